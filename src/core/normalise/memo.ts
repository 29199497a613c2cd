import { detach } from './detach';
import type { Parsed, RawValue } from './result';

/**
 * Wraps a cell parser whose result depends only on the cell, for columns with few distinct
 * spellings (sex, status, education, ya/tidak, desil): each distinct text is parsed once and its
 * frozen result reused, which saves a million rows most of their lower-casing and regular
 * expressions. Other cell types (numbers, dates from XLSX) are parsed every time. The cache is
 * emptied when it reaches `limit` entries, so messy data cannot grow it without bound.
 */
export function memoByText<T>(parse: (v: RawValue) => Parsed<T>, limit = 10_000): (v: RawValue) => Parsed<T> {
  const cache = new Map<string, Parsed<T>>();
  return (v) => {
    if (typeof v !== 'string') return parse(v);
    const hit = cache.get(v);
    if (hit) return hit;
    const result = Object.freeze(parse(v)) as Parsed<T>;
    if (cache.size >= limit) cache.clear();
    cache.set(detach(v), result);
    return result;
  };
}
