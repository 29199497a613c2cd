import { describe, expect, it } from 'vitest';
import { memoByText } from '../../../src/core/normalise/memo';
import { detach } from '../../../src/core/normalise/detach';
import { parseSex } from '../../../src/core/normalise/sex';
import { ok, type RawValue } from '../../../src/core/normalise/result';

describe('memoByText', () => {
  it('parses each distinct text once and returns the same (frozen) result', () => {
    const calls: RawValue[] = [];
    const parse = memoByText((v) => (calls.push(v), parseSex(v)));
    const a = parse('Laki-laki');
    expect(parse('Laki-laki')).toBe(a);
    expect(a).toEqual({ ok: true, value: 'L' });
    expect(Object.isFrozen(a)).toBe(true);
    expect(parse('x')).toEqual({ ok: false, code: 'sex-invalid' });
    expect(calls).toEqual(['Laki-laki', 'x']);
  });

  it('does not cache other cell types, and empties itself at the limit', () => {
    const calls: RawValue[] = [];
    const parse = memoByText((v) => (calls.push(v), ok(String(v))), 2);
    parse(1);
    parse(1);
    parse('a');
    parse('b');
    parse('c'); // the cache is full: emptied, then 'c' kept
    parse('a');
    expect(calls).toEqual([1, 1, 'a', 'b', 'c', 'a']);
  });
});

describe('detach', () => {
  it('returns an equal string', () => {
    const big = 'x'.repeat(1000) + '6474014101950001';
    expect(detach(big.slice(1000))).toBe('6474014101950001');
    expect(detach('')).toBe('');
  });
});
