import { describe, expect, it } from 'vitest';
import { checkNikConsistency, parseKk, parseNik } from '../../../src/core/normalise/nik';
import { dayOf, isoOf } from '../../../src/pipeline/demo/calendar';
import { excelMangled, IdFactory, nameFor, zeroedSerial } from '../../../src/pipeline/demo/identity';

describe('IdFactory', () => {
  it('makes structurally valid NIKs consistent with sex and birth date, serials from 0001', () => {
    const ids = new IdFactory();
    const birth = dayOf(2001, 12, 13);
    const a = ids.nik(2, birth, true);
    const b = ids.nik(2, birth, true);
    expect(a).toBe('6474025312010001');
    expect(b).toBe('6474025312010002');
    expect(ids.nik(1, dayOf(1999, 1, 5), false)).toBe('6474010501990001');
    expect(parseNik(a)).toEqual({ ok: true, value: a });
    expect(checkNikConsistency(a, 'P', isoOf(birth))).toEqual([]);
    expect(checkNikConsistency(a, 'L', isoOf(birth))).toEqual(['nik-sex-mismatch']);
  });

  it('never repeats a number across NIK and KK', () => {
    const ids = new IdFactory();
    const day = dayOf(2010, 3, 4);
    const kk = ids.kk(3, day);
    const nik = ids.nik(3, day, false);
    expect(kk).toBe('6474030403100001');
    expect(nik).toBe('6474030403100002');
    expect(parseKk(kk).ok).toBe(true);
  });

  it('damages NIKs the way Excel does, which the parser rejects', () => {
    expect(excelMangled('6474025312010001', false)).toBe('6.47402E+15');
    expect(excelMangled('6474025312010001', true)).toBe('6,47402E+15');
    expect(parseNik(excelMangled('6474025312010001', true))).toEqual({ ok: false, code: 'nik-excel-mangled' });
    expect(zeroedSerial('6474025312010007')).toBe('6474025312010000');
    expect(parseNik(zeroedSerial('6474025312010007'))).toEqual({ ok: false, code: 'nik-trailing-zeros' });
  });

  it('names people from the lists, sometimes with a single name', () => {
    expect(nameFor(false, 0, 0.5)).toMatch(/^Ahmad [A-Z][a-z]+$/);
    expect(nameFor(true, 0, 0.05)).toBe('Siti');
  });
});
