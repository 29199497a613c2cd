// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  changeFilters,
  parseFilters,
  resolveFilters,
  serialiseFilters,
  toAreaPeriodParams,
  type FilterOptions,
} from '../../../src/app/state/filters';
import { addMonths, monthRange } from '../../../src/app/state/months';

const OPTIONS: FilterOptions = {
  months: monthRange('2025-01', '2026-10'),
  kecamatan: [
    { kode: '64.74.01', nama: 'Bontang Utara' },
    { kode: '64.74.02', nama: 'Bontang Selatan' },
  ],
  kelurahan: [
    { kode: '64.74.01.1003', nama: 'Lok Tuan', kode_kecamatan: '64.74.01' },
    { kode: '64.74.02.1002', nama: 'Berbas Tengah', kode_kecamatan: '64.74.02' },
  ],
};

describe('filter URL state', () => {
  it('round-trips parse -> serialise -> parse', () => {
    const search = 'periode=2026-10&kec=64.74.01&kel=64.74.01.1003';
    const first = parseFilters(search);
    expect(first).toEqual({ periode: '2026-10', kecamatan: '64.74.01', kelurahan: '64.74.01.1003' });
    const written = serialiseFilters(first);
    expect(written.toString()).toBe('periode=2026-10&kec=64.74.01&kel=64.74.01.1003');
    expect(parseFilters(written)).toEqual(first);
  });

  it('keeps unrelated parameters and drops empty filters', () => {
    const out = serialiseFilters({ periode: '2026-09' }, new URLSearchParams('kec=64.74.01&tab=peta'));
    expect(out.toString()).toBe('periode=2026-09&tab=peta');
  });

  it('drops invalid values', () => {
    expect(parseFilters('periode=2026-13&kec=abc&kel=64.74')).toEqual({});
    expect(parseFilters('periode=Oktober')).toEqual({});
  });

  it('derives the kecamatan from a kelurahan and accepts undotted codes', () => {
    expect(parseFilters('kel=6474011003')).toEqual({ kecamatan: '64.74.01', kelurahan: '64.74.01.1003' });
  });

  it('drops a kelurahan outside the chosen kecamatan', () => {
    expect(parseFilters('kec=64.74.02&kel=64.74.01.1003')).toEqual({ kecamatan: '64.74.02' });
  });
});

describe('resolveFilters', () => {
  it('defaults to the latest month of the snapshot', () => {
    expect(resolveFilters({}, OPTIONS)).toEqual({ periode: '2026-10' });
  });
  it('clamps a period outside the snapshot', () => {
    expect(resolveFilters({ periode: '2027-03' }, OPTIONS).periode).toBe('2026-10');
    expect(resolveFilters({ periode: '2020-01' }, OPTIONS).periode).toBe('2025-01');
  });
  it('drops areas the snapshot does not know', () => {
    expect(resolveFilters({ periode: '2026-05', kecamatan: '64.74.09' }, OPTIONS)).toEqual({ periode: '2026-05' });
    expect(resolveFilters({ periode: '2026-05', kecamatan: '64.74.01', kelurahan: '64.74.01.1009' }, OPTIONS)).toEqual({
      periode: '2026-05',
      kecamatan: '64.74.01',
    });
  });
  it('turns into indicator parameters without undefined keys', () => {
    const params = toAreaPeriodParams(resolveFilters(parseFilters('periode=2026-05&kel=64.74.02.1002'), OPTIONS));
    expect(params).toEqual({ periode: '2026-05', kecamatan: '64.74.02', kelurahan: '64.74.02.1002' });
    expect(Object.keys(toAreaPeriodParams({ periode: '2026-05' }))).toEqual(['periode']);
  });
});

describe('changeFilters', () => {
  const base = { periode: '2026-10', kecamatan: '64.74.01', kelurahan: '64.74.01.1003' };
  it('clears the kelurahan when another kecamatan is chosen', () => {
    expect(changeFilters(base, { kecamatan: '64.74.02' })).toEqual({ periode: '2026-10', kecamatan: '64.74.02' });
  });
  it('clears both areas when "all kecamatan" is chosen', () => {
    expect(changeFilters(base, { kecamatan: undefined })).toEqual({ periode: '2026-10' });
  });
  it('sets the kecamatan of a chosen kelurahan', () => {
    expect(changeFilters({ periode: '2026-10' }, { kelurahan: '64.74.02.1002' })).toEqual({
      periode: '2026-10',
      kecamatan: '64.74.02',
      kelurahan: '64.74.02.1002',
    });
  });
  it('keeps the areas when only the period changes', () => {
    expect(changeFilters(base, { periode: '2026-01' })).toEqual({ ...base, periode: '2026-01' });
  });
});

describe('months', () => {
  it('steps across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-11', 14)).toBe('2027-01');
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2025-11')).toEqual([]);
  });
});
