/** Month ('YYYY-MM') arithmetic for the period filter. */

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH_RE.test(value);
}

/** '2026-10-31' or '2026-10' -> '2026-10'; null when not a date. */
export function monthOf(date: string): string | null {
  const ym = date.slice(0, 7);
  return isMonth(ym) ? ym : null;
}

/** Shift a month by n (negative = earlier): addMonths('2026-01', -1) === '2025-12'. */
export function addMonths(ym: string, n: number): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive, ascending; empty when first > last or either is invalid. */
export function monthRange(first: string, last: string): string[] {
  if (!isMonth(first) || !isMonth(last)) return [];
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}
