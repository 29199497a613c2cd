import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

const TRUE = new Set(['ya', 'y', 'yes', 'true', '1', 'benar', 'iya']);
const FALSE = new Set(['tidak', 't', 'tdk', 'no', 'n', 'false', '0', 'bukan']);

/**
 * Parse a ya/tidak column (e.g. `disabilitas`, `mou`). ya/y/yes/true/1/benar -> true,
 * tidak/t/no/false/0/bukan -> false (any case), booleans and the numbers 1/0 pass through,
 * blank -> `ok(null)`, anything else -> 'boolean-invalid'.
 */
export function parseYaTidak(v: RawValue): Parsed<boolean | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number') return v === 1 ? ok(true) : v === 0 ? ok(false) : fail('boolean-invalid');
  if (typeof v !== 'string') return fail('boolean-invalid');
  const key = v.trim().toLowerCase().replace(/\.$/, '');
  if (TRUE.has(key)) return ok(true);
  if (FALSE.has(key)) return ok(false);
  return fail('boolean-invalid');
}
