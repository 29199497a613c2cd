/**
 * Calendar arithmetic for the demo generator on integer day numbers (days since 1970-01-01, UTC),
 * plus the date spellings offices use. Day numbers keep millions of dates cheap to store and compare.
 */

const DAY_MS = 86_400_000;

/** Day number of a calendar date. */
export function dayOf(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Day number of an ISO date 'YYYY-MM-DD'. */
export function dayOfIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

// Dates from 1930 to 2030 are precomputed: the generator formats millions of them.
const CACHE_FROM = dayOf(1930, 1, 1);
const CACHE_TO = dayOf(2031, 1, 1);
const YMD_CACHE: Ymd[] = [];
const ISO_CACHE: string[] = [];
for (let day = CACHE_FROM; day < CACHE_TO; day++) {
  const dt = new Date(day * DAY_MS);
  const ymd = { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  YMD_CACHE.push(ymd);
  ISO_CACHE.push(`${ymd.y}-${pad2(ymd.m)}-${pad2(ymd.d)}`);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function ymdOf(day: number): Ymd {
  if (day >= CACHE_FROM && day < CACHE_TO) return YMD_CACHE[day - CACHE_FROM];
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 'YYYY-MM-DD'. */
export function isoOf(day: number): string {
  if (day >= CACHE_FROM && day < CACHE_TO) return ISO_CACHE[day - CACHE_FROM];
  const { y, m, d } = ymdOf(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** 'YYYY-MM' of a day. */
export function monthKey(day: number): string {
  return isoOf(day).slice(0, 7);
}

/** Day of week, 0 = Sunday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Same calendar day `n` years later; 29 February becomes 28 February (as core/normalise/dates addYears). */
export function addYearsDay(day: number, n: number): number {
  const { y, m, d } = ymdOf(day);
  return dayOf(y + n, m, Math.min(d, daysInMonth(y + n, m)));
}

/** Last day of the month containing `day`. */
export function monthEnd(day: number): number {
  const { y, m } = ymdOf(day);
  return dayOf(y, m, daysInMonth(y, m));
}

/** Month ends from the month of `from` to the month of `to`, inclusive. */
export function monthEnds(from: number, to: number): number[] {
  const out: number[] = [];
  let { y, m } = ymdOf(from);
  const last = ymdOf(to);
  while (y < last.y || (y === last.y && m <= last.m)) {
    out.push(dayOf(y, m, daysInMonth(y, m)));
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Monday-Friday days of a month. */
export function workingDays(y: number, m: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= daysInMonth(y, m); d++) {
    const day = dayOf(y, m, d);
    const wd = weekday(day);
    if (wd !== 0 && wd !== 6) out.push(day);
  }
  return out;
}

const MONTH_LONG = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** How a date is spelled in an export. */
export type DateStyle = 'dmy' | 'iso' | 'long' | 'short';

/** '05/01/2026', '2026-01-05', '5 Januari 2026' or '05-Jan-2026'. */
export function formatDay(day: number, style: DateStyle): string {
  if (style === 'iso') return isoOf(day);
  const { y, m, d } = ymdOf(day);
  switch (style) {
    case 'dmy':
      return `${pad2(d)}/${pad2(m)}/${y}`;
    case 'long':
      return `${d} ${MONTH_LONG[m - 1]} ${y}`;
    case 'short':
      return `${pad2(d)}-${MONTH_SHORT[m - 1]}-${y}`;
  }
}

/** A Date at UTC midnight (for XLSX date cells). */
export function utcDate(day: number): Date {
  return new Date(day * DAY_MS);
}
