import { describe, expect, it } from 'vitest';
import { parseCount, parseDecimal } from '../../../src/core/normalise/numbers';

type In = Parameters<typeof parseCount>[0];
const show = (r: ReturnType<typeof parseCount>) => (r.ok ? r.value : r.code);

describe('parseCount', () => {
  it('gives null for blank cells', () => {
    for (const v of [null, undefined, '', ' ', '-']) expect(parseCount(v)).toEqual({ ok: true, value: null });
  });

  it('accepts plain and grouped integers', () => {
    const cases: Array<[In, number]> = [
      ['0', 0], ['7', 7], [' 1234 ', 1234], ['1.234', 1234], ['1.234.567', 1234567], ['1 234', 1234],
      ['1\u00a0234', 1234], ['1,234,567', 1234567], ['12.000', 12000], ['+5', 5], ['-0', 0], [42, 42], [0, 0],
    ];
    for (const [input, n] of cases) expect(parseCount(input), String(input)).toEqual({ ok: true, value: n });
  });

  it('rejects fractions', () => {
    for (const v of ['12,5', '12.5', '1.5', '1,234', '0,1', '1.2345', 2.5, '1.234,5']) {
      expect(show(parseCount(v)), String(v)).toBe('count-not-integer');
    }
  });

  it('accepts an all-zero short fraction as the integer, marked repaired', () => {
    expect(parseCount('12,00')).toEqual({ ok: true, value: 12, repaired: true });
    expect(parseCount('12.0')).toEqual({ ok: true, value: 12, repaired: true });
    expect(parseCount('1.234,00')).toEqual({ ok: true, value: 1234, repaired: true });
    expect(show(parseCount('1,000'))).toBe('count-not-integer'); // ambiguous: 1,000 or 1.000
  });

  it('rejects negative counts', () => {
    for (const v of ['-3', '−3', '- 3', '-1.234', -1]) expect(show(parseCount(v)), String(v)).toBe('count-negative');
  });

  it('rejects garbage', () => {
    for (const v of ['abc', '12a', '1..2', '1,23,4', '1.23.4', '1 2', '12,', '%', '1e3', '5 orang', true, new Date(0),
      Number.NaN, Number.POSITIVE_INFINITY, '99999999999999999999']) {
      expect(show(parseCount(v as In)), String(v)).toBe('number-invalid');
    }
  });
});

describe('parseDecimal', () => {
  it('gives null for blank cells', () => {
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal(null)).toEqual({ ok: true, value: null });
  });

  it('reads Indonesian and English decimals', () => {
    const cases: Array<[In, number]> = [
      ['12,5', 12.5], ['1.234,5', 1234.5], ['1,234.5', 1234.5], ['6.36', 6.36], ['1.234', 1234],
      ['7,06 %', 7.06], ['7,06%', 7.06], ['1.234.567,89', 1234567.89], ['1,234,567.89', 1234567.89],
      ['0.123', 0.123], ['1234.567', 1234.567], [',5', 0.5], ['-2,5', -2.5], ['1,234', 1.234], ['1 234,5', 1234.5],
      ['1,5E+3', 1500], ['2.5e-1', 0.25], ['42', 42], [6.36, 6.36], [-1, -1], ['-0', 0],
    ];
    for (const [input, n] of cases) expect(parseDecimal(input), String(input)).toEqual({ ok: true, value: n });
  });

  it('rejects garbage', () => {
    for (const v of ['abc', '1.2,5', '1,2.3.4', '1.23.456', '12,5,6', 'Rp 5', '7 % 1', true, Number.NaN]) {
      const r = parseDecimal(v as In);
      expect(r.ok ? r.value : r.code, String(v)).toBe('number-invalid');
    }
  });
});
