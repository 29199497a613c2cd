import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

/**
 * Dates as offices write them, turned into ISO 'YYYY-MM-DD'. Numeric forms are always read
 * day-first (Indonesian usage): '05/01/2026' is 5 January 2026.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MAX_EXCEL_SERIAL = 2958465; // 9999-12-31
const DAY_MS = 86_400_000;

/** Indonesian month names for display, January first. */
const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** Month spellings accepted in text dates (lowercase, without a trailing dot). */
const MONTH_NAMES: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, december: 12, dec: 12,
};

/** Weekday names that may precede a text date ('Senin, 5 Januari 2026'). */
const WEEKDAY = /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\s*,?\s+/i;

const TIME = String.raw`(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:T.*|${TIME})$`);
const DMY = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME}$`);
const D_MON_Y = /^(\d{1,2})[\s./-]*([a-z]+)\.?[\s./,-]+(\d{4})$/i;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Number of days in a month (1-12) of a year. */
function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** '00'..'99': months and days are padded by lookup (dates are built a few million times per build). */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const pad = (n: number, w = 2): string => (w === 2 && n >= 0 && n < 100 ? TWO_DIGITS[n] : String(n).padStart(w, '0'));
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function fromParts(y: number, m: number, d: number): Parsed<string> {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return fail('date-invalid');
  if (y < MIN_YEAR || y > MAX_YEAR) return fail('date-out-of-range');
  return ok(iso(y, m, d));
}

function fromUtcMs(ms: number): Parsed<string> {
  if (!Number.isFinite(ms)) return fail('date-invalid');
  const dt = new Date(ms);
  return fromParts(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/**
 * Excel serial date (1900 date system). Excel counts 1900-02-29, a day that never existed, as
 * serial 60; serials from 61 on are therefore days since 1899-12-30, serials 1-59 days since
 * 1899-12-31. Serial 60 itself is rejected as an impossible date. The fraction (time) is ignored.
 */
function fromExcelSerial(n: number): Parsed<string> {
  if (!Number.isFinite(n)) return fail('date-invalid');
  const serial = Math.floor(n);
  if (serial < 1 || serial > MAX_EXCEL_SERIAL) return fail('date-out-of-range');
  if (serial === 60) return fail('date-invalid');
  const base = serial > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return fromUtcMs(base + serial * DAY_MS);
}

/** Value of the decimal digit at `i` of `s`, or -1 when it is not one of '0'-'9'. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The two layouts nearly every export uses, exactly 10 characters without spaces: 'DD/MM/YYYY'
 * (or with '-' or '.') and 'YYYY-MM-DD' (or with '/'). Gives what the regular expressions in
 * `fromText` give for such a string, without running them; null for anything else.
 */
function fromTenChars(s: string): Parsed<string> | null {
  if (s.length !== 10) return null;
  const sep = s.charCodeAt(2);
  if ((sep === 47 || sep === 45 || sep === 46) && s.charCodeAt(5) === sep) {
    const d1 = digitAt(s, 0), d2 = digitAt(s, 1), m1 = digitAt(s, 3), m2 = digitAt(s, 4);
    const y1 = digitAt(s, 6), y2 = digitAt(s, 7), y3 = digitAt(s, 8), y4 = digitAt(s, 9);
    if ((d1 | d2 | m1 | m2 | y1 | y2 | y3 | y4) < 0) return null;
    return fromParts(y1 * 1000 + y2 * 100 + y3 * 10 + y4, m1 * 10 + m2, d1 * 10 + d2);
  }
  const isoSep = s.charCodeAt(4);
  if ((isoSep === 45 || isoSep === 47) && s.charCodeAt(7) === isoSep) {
    const y1 = digitAt(s, 0), y2 = digitAt(s, 1), y3 = digitAt(s, 2), y4 = digitAt(s, 3);
    const m1 = digitAt(s, 5), m2 = digitAt(s, 6), d1 = digitAt(s, 8), d2 = digitAt(s, 9);
    if ((d1 | d2 | m1 | m2 | y1 | y2 | y3 | y4) < 0) return null;
    return fromParts(y1 * 1000 + y2 * 100 + y3 * 10 + y4, m1 * 10 + m2, d1 * 10 + d2);
  }
  return null;
}

function fromText(raw: string): Parsed<string> {
  const fast = fromTenChars(raw);
  if (fast) return fast;
  const s = raw.trim().replace(/\s+/g, ' ').replace(WEEKDAY, '');
  let m = ISO.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  m = DMY.exec(s);
  if (m) return fromParts(Number(m[4]), Number(m[3]), Number(m[1]));
  m = D_MON_Y.exec(s);
  if (m) {
    const month = MONTH_NAMES[m[2].toLowerCase()];
    if (month === undefined) return fail('date-invalid');
    return fromParts(Number(m[3]), month, Number(m[1]));
  }
  return fail('date-invalid');
}

/**
 * Parse a date cell into ISO 'YYYY-MM-DD'. Blank gives `ok(null)` (the caller decides whether the
 * column is required). Accepts: Date objects (their UTC calendar date, as XLSX readers deliver
 * them), Excel serial numbers, 'YYYY-MM-DD' (optionally with a time), 'DD/MM/YYYY', 'DD-MM-YYYY',
 * 'DD.MM.YYYY', 'D/M/YYYY' (optionally with a time), and 'D Month YYYY' / 'DD-Mon-YYYY' with
 * Indonesian or English month names, full or abbreviated, any case. Impossible dates give
 * 'date-invalid', years outside 1900-2100 'date-out-of-range'.
 */
export function parseDate(v: RawValue): Parsed<string | null> {
  if (isBlank(v)) return ok(null);
  if (v instanceof Date) return fromUtcMs(v.getTime());
  if (typeof v === 'number') return fromExcelSerial(v);
  if (typeof v === 'boolean') return fail('date-invalid');
  return fromText(v as string);
}

/** Year, month and day of a string starting 'YYYY-MM-DD'; throws on anything else. */
function splitIso(isoDate: string): [number, number, number] {
  // By character codes, not a regular expression: called several times per AK1 row.
  const y1 = digitAt(isoDate, 0), y2 = digitAt(isoDate, 1), y3 = digitAt(isoDate, 2), y4 = digitAt(isoDate, 3);
  const m1 = digitAt(isoDate, 5), m2 = digitAt(isoDate, 6), d1 = digitAt(isoDate, 8), d2 = digitAt(isoDate, 9);
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0 || isoDate.charCodeAt(4) !== 45 || isoDate.charCodeAt(7) !== 45) {
    throw new Error(`Not an ISO date: ${isoDate}`);
  }
  return [y1 * 1000 + y2 * 100 + y3 * 10 + y4, m1 * 10 + m2, d1 * 10 + d2];
}

/** Indonesian long form for display and print: '2026-01-05' -> '5 Januari 2026'. Throws on a non-ISO string. */
export function formatDateId(isoDate: string): string {
  const [y, m, d] = splitIso(isoDate);
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

/**
 * Same calendar day `years` later (or earlier when negative); 29 February becomes 28 February in
 * a non-leap year. Used for card expiry (AK1 is valid 2 years): '2024-02-29' + 2 -> '2026-02-28'.
 */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = splitIso(isoDate);
  const ny = y + years;
  return iso(ny, m, Math.min(d, daysInMonth(ny, m)));
}

/**
 * Age in completed years on a date. Consistent with `addYears`: someone born on 29 February turns
 * a year older on 28 February in non-leap years. Negative when `onIso` precedes the birth date.
 */
export function ageOn(birthIso: string, onIso: string): number {
  const [by] = splitIso(birthIso);
  const [oy] = splitIso(onIso);
  const years = oy - by;
  return onIso.slice(0, 10) < addYears(birthIso, years) ? years - 1 : years;
}

/** Five-year age bands used in the snapshot ('kelompok_umur'), youngest first. */
export const AGE_BANDS: readonly string[] = [
  '<15', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60+',
];

/** Age band label for an age in completed years: <15, 15-19, ..., 55-59, 60+. */
export function ageBand(age: number): string {
  if (!(age >= 15)) return '<15';
  if (age >= 60) return '60+';
  const lo = Math.floor(age / 5) * 5;
  return `${lo}-${lo + 4}`;
}
