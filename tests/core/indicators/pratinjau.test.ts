import { describe, expect, it } from 'vitest';
import { defaultPeriode, parsePratinjau, pratinjauRows, sameParams, type Pratinjau } from '../../../src/core/indicators/pratinjau';

const preview: Pratinjau = {
  format: 1,
  periode: '2026-10',
  entries: [
    { indicator: 'pencakerAktifBulanan', params: { periode: '2026-10' }, rows: [{ bulan: '2026-10', nilai: 14243 }] },
    { indicator: 'serapanLokal', params: { periode: '2026-10' }, rows: [{ nilai: 71.5 }] },
  ],
};

describe('pratinjau helpers', () => {
  it('defaultPeriode is the month of the last date, or null for unusable dates', () => {
    expect(defaultPeriode({ mulai: '2021-01-04', akhir: '2026-10-31' })).toBe('2026-10');
    expect(defaultPeriode({ mulai: '2026-10-01', akhir: '2026-10-31' })).toBe('2026-10');
    expect(defaultPeriode({ mulai: '2026-11-01', akhir: '2026-10-31' })).toBeNull();
    expect(defaultPeriode({ mulai: '', akhir: '2026-10-31' })).toBeNull();
    expect(defaultPeriode({ mulai: null as never, akhir: null as never })).toBeNull();
  });

  it('sameParams compares structure, ignoring keys whose value is undefined', () => {
    expect(sameParams({ periode: '2026-10' }, { periode: '2026-10' })).toBe(true);
    expect(sameParams({ periode: '2026-10' }, { periode: '2026-10', kecamatan: undefined })).toBe(true);
    expect(sameParams({ periode: '2026-10' }, { periode: '2026-09' })).toBe(false);
    expect(sameParams({ periode: '2026-10' }, { periode: '2026-10', kecamatan: '64.74.01' })).toBe(false);
    expect(sameParams({ pilih: { pend: ['SMA', 'SMK'] } }, { pilih: { pend: ['SMA', 'SMK'] } })).toBe(true);
    expect(sameParams({ pilih: { pend: ['SMA', 'SMK'] } }, { pilih: { pend: ['SMK', 'SMA'] } })).toBe(false);
    expect(sameParams({ a: 1 }, [1])).toBe(false);
  });

  it('pratinjauRows answers only the exact indicator id and parameters', () => {
    expect(pratinjauRows(preview, 'pencakerAktifBulanan', { periode: '2026-10' })).toEqual([{ bulan: '2026-10', nilai: 14243 }]);
    expect(pratinjauRows(preview, 'pencakerAktifBulanan', { periode: '2026-09' })).toBeUndefined();
    expect(pratinjauRows(preview, 'pencakerAktifBulanan', { periode: '2026-10', kecamatan: '64.74.01' })).toBeUndefined();
    expect(pratinjauRows(preview, 'penempatanBulanan', { periode: '2026-10' })).toBeUndefined();
    expect(pratinjauRows(undefined, 'pencakerAktifBulanan', { periode: '2026-10' })).toBeUndefined();
  });

  it('parsePratinjau accepts the written layout and refuses anything else', () => {
    expect(parsePratinjau(JSON.stringify(preview))).toEqual(preview);
    expect(() => parsePratinjau('nope')).toThrow();
    expect(() => parsePratinjau(JSON.stringify({ ...preview, format: 2 }))).toThrow(/format/);
    expect(() => parsePratinjau(JSON.stringify({ ...preview, periode: '2026-13' }))).toThrow(/periode/);
    expect(() => parsePratinjau(JSON.stringify({ ...preview, entries: [{ indicator: 'x', params: {}, rows: [1] }] }))).toThrow(/entri 0/);
    expect(() => parsePratinjau(JSON.stringify({ ...preview, entries: undefined }))).toThrow(/entries/);
  });
});
