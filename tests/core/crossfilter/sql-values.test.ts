import { describe, expect, it } from 'vitest';
import { compareText, percentOf, ratioOf } from '../../../src/core/crossfilter/sql-values';

describe('values computed as the SQL computes them', () => {
  it('percentOf: 100.0 * part / NULLIF(whole, 0)', () => {
    expect(percentOf(1, 3)).toBe((1 * 100) / 3);
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(5, null)).toBeNull();
  });
  it('ratioOf: a / NULLIF(b, 0)', () => {
    expect(ratioOf(7, 2)).toBe(3.5);
    expect(ratioOf(7, 0)).toBeNull();
  });
  it('compareText orders by code point as DuckDB does, not by UTF-16 unit', () => {
    // U+FF5E (fullwidth tilde) sorts before U+1F600 (emoji) by code point; JS `<` says otherwise
    expect(compareText('\uff5e', '\u{1f600}')).toBeLessThan(0);
    expect('\uff5e' < '\u{1f600}').toBe(false);
    expect(compareText('las', 'las smaw')).toBeLessThan(0);
    expect(compareText('sim b', 'sim a')).toBeGreaterThan(0);
    expect(compareText('k3', 'k3')).toBe(0);
  });
});
