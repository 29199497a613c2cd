import type { ValueIssueCode } from '../errors';

/**
 * Outcome of parsing one cell value. Parsers never throw on bad input: they return either the
 * cleaned value (with `repaired: true` when the value had to be changed to be usable, so the
 * pipeline can list it as "diperbaiki") or an issue code the pipeline turns into a report line.
 */
export type Parsed<T> = { ok: true; value: T; repaired?: boolean } | { ok: false; code: ValueIssueCode };

/** Successful parse; pass `repaired = true` when the value was changed (not just reformatted). */
export const ok = <T>(value: T, repaired = false): Parsed<T> =>
  repaired ? { ok: true, value, repaired: true } : { ok: true, value };

/** Failed parse with the issue code to report. */
export const fail = (code: ValueIssueCode): Parsed<never> => ({ ok: false, code });

/** Raw cell value as readers deliver it: CSV gives strings, XLSX may give number/Date/boolean. */
export type RawValue = string | number | boolean | Date | null | undefined;

/**
 * True when a cell holds nothing: null/undefined, an empty or whitespace-only string, or a lone
 * '-' (offices type a dash for "none"). Numbers, booleans and Dates are never blank.
 */
export function isBlank(v: RawValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  const t = v.trim();
  return t === '' || t === '-';
}
