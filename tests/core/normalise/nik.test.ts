import { describe, expect, it } from 'vitest';
import { checkNikConsistency, nikBirthInfo, parseKk, parseNik } from '../../../src/core/normalise/nik';

/** Synthetic NIK: Bontang (6474), kecamatan 01, birth date DDMMYY (day + 40 for women), serial. */
const nik = (day: number, month: number, yy: number, serial = 1, female = false): string =>
  `647401${String(female ? day + 40 : day).padStart(2, '0')}${String(month).padStart(2, '0')}` +
  `${String(yy).padStart(2, '0')}${String(serial).padStart(4, '0')}`;

const code = (r: ReturnType<typeof parseNik>) => (r.ok ? `ok:${r.value}` : r.code);

describe('parseNik', () => {
  const male = nik(15, 1, 90, 1); // 6474011501900001
  const female = nik(15, 1, 90, 2, true); // 6474015501900002

  it('accepts 16-digit NIKs written as text in various ways', () => {
    expect(male).toBe('6474011501900001');
    for (const v of [male, ` ${male} `, `'${male}`, `"${male}"`, `"'${male}"`, '6474 0115 0190 0001', `="${male}"`, `“${male}”`]) {
      expect(parseNik(v), v).toEqual({ ok: true, value: male });
    }
    expect(parseNik(female)).toEqual({ ok: true, value: female });
  });

  it('requires a value', () => {
    for (const v of [null, undefined, '', '  ', '-']) expect(code(parseNik(v))).toBe('required-missing');
  });

  it('flags values that went through an Excel number cell', () => {
    expect(code(parseNik(6474011501900001))).toBe('nik-excel-mangled');
    expect(code(parseNik(6474011501900000))).toBe('nik-excel-mangled');
    expect(code(parseNik('6.47401E+15'))).toBe('nik-excel-mangled');
    expect(code(parseNik('6,47401E+15'))).toBe('nik-excel-mangled');
    expect(code(parseNik('6.47401e15'))).toBe('nik-excel-mangled');
  });

  it('rejects wrong length, letters, province and date parts', () => {
    for (const v of ['647401150190001', '64740115019000012', '6474O11501900001', '6474-0115-0190-0001', '1074011501900001',
      '9574011501900001', nik(0, 1, 90), nik(32, 1, 90), nik(1, 13, 90), nik(1, 0, 90), '6474017201900001', true]) {
      expect(code(parseNik(v as string)), String(v)).toBe('nik-invalid');
    }
    expect(code(parseNik(nik(31, 12, 99)))).toBe(`ok:${nik(31, 12, 99)}`);
    expect(code(parseNik(nik(31, 12, 99, 1, true)))).toBe(`ok:${nik(31, 12, 99, 1, true)}`); // day 71
    expect(code(parseNik('1174011501900001'))).toBe('ok:1174011501900001');
    expect(code(parseNik('9474011501900001'))).toBe('ok:9474011501900001');
  });

  it('flags a 0000 serial as Excel damage', () => {
    expect(code(parseNik(nik(15, 1, 90, 0)))).toBe('nik-trailing-zeros');
    expect(code(parseNik(nik(15, 1, 90, 10)))).toBe(`ok:${nik(15, 1, 90, 10)}`);
  });
});

describe('parseKk', () => {
  it('uses kk-invalid for structural problems', () => {
    expect(parseKk('6474010201150003')).toEqual({ ok: true, value: '6474010201150003' });
    expect(code(parseKk('647401020115000'))).toBe('kk-invalid');
    expect(code(parseKk('6474010201150000'))).toBe('kk-invalid');
    expect(code(parseKk('0074010201150003'))).toBe('kk-invalid');
    expect(code(parseKk('6,47401E+15'))).toBe('nik-excel-mangled');
    expect(code(parseKk(6474010201150003))).toBe('nik-excel-mangled');
    expect(code(parseKk(''))).toBe('required-missing');
  });
});

describe('nikBirthInfo and checkNikConsistency', () => {
  it('decodes a male NIK', () => {
    expect(nikBirthInfo(nik(15, 1, 90))).toEqual({ sex: 'L', day: 15, month: 1, yy: 90 });
  });

  it('decodes a female NIK (day + 40)', () => {
    expect(nikBirthInfo(nik(7, 11, 2, 3, true))).toEqual({ sex: 'P', day: 7, month: 11, yy: 2 });
    expect(nik(7, 11, 2, 3, true).slice(6, 8)).toBe('47');
  });

  it('finds mismatches with stated sex and birth date', () => {
    const f = nik(7, 11, 2, 3, true);
    expect(checkNikConsistency(f, 'P', '2002-11-07')).toEqual([]);
    expect(checkNikConsistency(f, 'L', '2002-11-07')).toEqual(['nik-sex-mismatch']);
    expect(checkNikConsistency(f, 'P', '2002-11-08')).toEqual(['nik-birthdate-mismatch']);
    expect(checkNikConsistency(f, 'P', '2002-12-07')).toEqual(['nik-birthdate-mismatch']);
    expect(checkNikConsistency(f, 'P', '1992-11-07')).toEqual(['nik-birthdate-mismatch']);
    expect(checkNikConsistency(f, 'L', '1992-11-07')).toEqual(['nik-sex-mismatch', 'nik-birthdate-mismatch']);
    expect(checkNikConsistency(f, null, null)).toEqual([]);
    expect(checkNikConsistency(nik(15, 1, 90), 'L', '1990-01-15')).toEqual([]);
  });
});
