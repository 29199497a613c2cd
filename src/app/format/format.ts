/**
 * Number and date formatting for the UI: Indonesian conventions (id-ID: 1.234 and 12,5%)
 * by default, English (en-GB: 1,234 and 12.5%) when the user switches language.
 * Pure functions over Intl, so they are usable in tests and in chart label callbacks.
 */

export type Lang = 'id' | 'en';

/** Bontang is in WITA (UTC+8); timestamps such as the build time are shown in that zone. */
const TIME_ZONE = 'Asia/Makassar';

export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** Accepts any i18next language string ('id', 'en', 'en-US') and returns a supported Lang. */
export function toLang(language: string | undefined): Lang {
  return language && language.toLowerCase().startsWith('en') ? 'en' : 'id';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, min: number, max: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}|${signed}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    numberFormats.set(key, f);
  }
  return f;
}

// Creating an Intl.DateTimeFormat costs far more than formatting with one (a view formats every
// month of the period list on each render), so formatters are made once per language and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${lang}|${key}`;
  let f = dateFormats.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), options);
    dateFormats.set(k, f);
  }
  return f;
}

export interface NumberOptions {
  /** Fixed number of decimals (default: 0 for whole numbers, up to 1 otherwise). */
  digits?: number;
  /** Show '+' for positive values. */
  signed?: boolean;
}

/** 1234 -> '1.234' (id) / '1,234' (en). */
export function formatNumber(value: number, lang: Lang = 'id', opts: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const digits = opts.digits ?? (Number.isInteger(value) ? 0 : 1);
  return numberFormat(lang, opts.digits === undefined ? 0 : digits, digits, opts.signed ?? false).format(value);
}

/** A value already in percent units: 12.5 -> '12,5%' (id) / '12.5%' (en). Always `digits` decimals (default 1). */
export function formatPercent(value: number, lang: Lang = 'id', opts: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const digits = opts.digits ?? 1;
  return `${numberFormat(lang, digits, digits, opts.signed ?? false).format(value)}%`;
}

function parseMonth(ym: string): Date | null {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return new Date(Date.UTC(Number(m[1]), month - 1, 1));
}

/** '2026-10' -> 'Oktober 2026' (id) / 'October 2026' (en); short: 'Okt 2026' / 'Oct 2026'. */
export function formatMonth(ym: string, lang: Lang = 'id', style: 'long' | 'short' = 'long'): string {
  const d = parseMonth(ym);
  if (!d) return ym;
  return dateFormat(lang, `month-${style}`, { month: style, year: 'numeric', timeZone: 'UTC' }).format(d);
}

/**
 * '2026-11-22' -> '22 November 2026'. A full ISO timestamp ('2026-11-22T03:00:00Z') is shown
 * as its calendar date in Bontang (WITA).
 */
export function formatDate(iso: string, lang: Lang = 'id'): string {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  if (dateOnly) {
    const d = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
    return dateFormat(lang, 'date-utc', { ...options, timeZone: 'UTC' }).format(d);
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, 'date-local', { ...options, timeZone: TIME_ZONE }).format(d);
}
