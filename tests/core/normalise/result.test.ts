import { describe, expect, it } from 'vitest';
import { fail, isBlank, ok } from '../../../src/core/normalise/result';

describe('result helpers', () => {
  it('ok and fail build the two shapes', () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
    expect(ok('x', true)).toEqual({ ok: true, value: 'x', repaired: true });
    expect(fail('number-invalid')).toEqual({ ok: false, code: 'number-invalid' });
  });

  it('isBlank recognises empty cells and a lone dash', () => {
    for (const v of [null, undefined, '', '   ', '\t', '-', ' - ']) expect(isBlank(v)).toBe(true);
    for (const v of ['0', 'a', '--', 0, false, new Date(0)]) expect(isBlank(v)).toBe(false);
  });
});
