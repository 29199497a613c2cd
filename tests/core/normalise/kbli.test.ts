import { describe, expect, it } from 'vitest';
import { parseKbli, parseKbliVersi } from '../../../src/core/normalise/kbli';

describe('normalise/kbli parseKbli', () => {
  it('blank code -> ok(null)', () => {
    for (const v of [null, undefined, '', ' ', '-']) expect(parseKbli(v, 2025)).toEqual({ ok: true, value: null });
  });

  it('reads 2-5 digit codes by the division table of their version', () => {
    expect(parseKbli('62010', 2020)).toEqual({ ok: true, value: { kode: '62010', seksi: 'J', versi: 2020 } });
    expect(parseKbli('62010', 2025)).toEqual({ ok: true, value: { kode: '62010', seksi: 'K', versi: 2025 } });
    expect(parseKbli('62010', '2025')).toEqual({ ok: true, value: { kode: '62010', seksi: 'K', versi: 2025 } });
    expect(parseKbli('47111')).toEqual({ ok: true, value: { kode: '47111', seksi: 'G', versi: 2020 } });
    expect(parseKbli('47111', 2025)).toEqual({ ok: true, value: { kode: '47111', seksi: 'G', versi: 2025 } });
    expect(parseKbli('20121', '')).toEqual({ ok: true, value: { kode: '20121', seksi: 'C', versi: 2020 } });
    expect(parseKbli(20121)).toEqual({ ok: true, value: { kode: '20121', seksi: 'C', versi: 2020 } });
    expect(parseKbli('01', 2020)).toEqual({ ok: true, value: { kode: '01', seksi: 'A', versi: 2020 } });
    expect(parseKbli('68111', 2020)).toEqual({ ok: true, value: { kode: '68111', seksi: 'L', versi: 2020 } });
    expect(parseKbli('68111', 2025)).toEqual({ ok: true, value: { kode: '68111', seksi: 'M', versi: 2025 } });
    expect(parseKbli('85', 2025)).toEqual({ ok: true, value: { kode: '85', seksi: 'Q', versi: 2025 } });
    expect(parseKbli('99000', 2025)).toEqual({ ok: true, value: { kode: '99000', seksi: 'V', versi: 2025 } });
    expect(parseKbli('62.01.0', 2020)).toEqual({ ok: true, value: { kode: '62010', seksi: 'J', versi: 2020 } });
    expect(parseKbli('42101 - Konstruksi Jalan Raya')).toEqual({ ok: true, value: { kode: '42101', seksi: 'F', versi: 2020 } });
  });

  it('reads section letters valid in the version', () => {
    expect(parseKbli('C')).toEqual({ ok: true, value: { kode: null, seksi: 'C', versi: 2020 } });
    expect(parseKbli('c', 2025)).toEqual({ ok: true, value: { kode: null, seksi: 'C', versi: 2025 } });
    expect(parseKbli('Seksi F')).toEqual({ ok: true, value: { kode: null, seksi: 'F', versi: 2020 } });
    expect(parseKbli('C - Industri Pengolahan')).toEqual({ ok: true, value: { kode: null, seksi: 'C', versi: 2020 } });
    expect(parseKbli('V', 2025)).toEqual({ ok: true, value: { kode: null, seksi: 'V', versi: 2025 } });
    expect(parseKbli('V', 2020)).toEqual({ ok: false, code: 'kbli-unknown' });
  });

  it('rejects unknown codes', () => {
    for (const v of ['04000', '34', '123456', '7', 'Konstruksi', 'ZZ', 'W', 62.5, true]) {
      expect(parseKbli(v), String(v)).toEqual({ ok: false, code: 'kbli-unknown' });
    }
  });

  it('rejects versions other than 2020 / 2025', () => {
    for (const ver of ['2009', 2017, 'baru', '2020a', true]) {
      expect(parseKbli('62010', ver), String(ver)).toEqual({ ok: false, code: 'kbli-version-invalid' });
    }
  });

  it('parses versions', () => {
    expect(parseKbliVersi(undefined)).toEqual({ ok: true, value: 2020 });
    expect(parseKbliVersi('KBLI 2025')).toEqual({ ok: true, value: 2025 });
    expect(parseKbliVersi(' 2020 ')).toEqual({ ok: true, value: 2020 });
    expect(parseKbliVersi('2025.0')).toEqual({ ok: true, value: 2025 });
  });
});
