/**
 * Values computed in memory exactly as the indicators' SQL computes them, so that a cross-filter
 * answer from a cube equals the SQL's rows (tests compare them with `toEqual`).
 */

/** `100.0 * part / NULLIF(whole, 0)`: a percentage, null when the whole is 0 (or missing). */
export function percentOf(part: number, whole: number | null | undefined): number | null {
  return whole ? (part * 100) / whole : null;
}

/** `a / NULLIF(b, 0)` as a double: null when b is 0. */
export function ratioOf(a: number, b: number): number | null {
  return b !== 0 ? a / b : null;
}

/**
 * DuckDB's order of VARCHAR values (binary collation: by Unicode code point, as UTF-8 bytes
 * compare), which differs from JavaScript's `<` (UTF-16 code units) beyond the BMP.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
