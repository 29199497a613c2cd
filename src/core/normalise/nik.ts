import type { ValueIssueCode } from '../errors';
import { detach } from './detach';
import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

/**
 * NIK (Nomor Induk Kependudukan) and KK (Kartu Keluarga) numbers: 16 digits,
 * PP KK KC DDMMYY SSSS = province, regency/city, district, birth date (day + 40 for women),
 * serial. Values damaged by Excel are reported, never guessed.
 */

/** Lowest and highest Kemendagri province codes (11 Aceh ... 94 Papua). */
const PROVINCE_MIN = 11;
const PROVINCE_MAX = 94;

function cleanDigits(s: string): string {
  // `="6474..."` is the spreadsheet trick for keeping digits as text.
  let t = s.trim().replace(/^=(?=["'])/, '');
  // Surrounding quotes, straight or curly, possibly nested with a leading apostrophe.
  for (let i = 0; i < 2; i++) {
    t = t.replace(/^["'\u2018\u2019\u201c\u201d]+/, '').replace(/["'\u2018\u2019\u201c\u201d]+$/, '');
  }
  return t.replace(/\s+/g, '');
}

type Invalid = 'nik-invalid' | 'kk-invalid';

/** True when `s` is exactly 16 characters '0'-'9'. */
function isSixteenDigits(s: string): boolean {
  if (s.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The number written by the two digits of `s` at `i` and `i + 1` (both known to be digits). */
const twoDigits = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);

function parseId(v: RawValue, invalid: Invalid, zeros: ValueIssueCode): Parsed<string> {
  if (isBlank(v)) return fail('required-missing');
  // A number cell keeps only 15 significant digits, so any NIK that went through one is unreliable.
  if (typeof v === 'number') return fail('nik-excel-mangled');
  if (typeof v !== 'string') return fail(invalid);
  // Most cells are already 16 clean digits: no cleaning or pattern tests needed for them.
  let s = v;
  if (!isSixteenDigits(s)) {
    s = cleanDigits(v);
    if (/^\d+(?:[.,]\d+)?[eE]\+?\d+$/.test(s)) return fail('nik-excel-mangled');
    if (!/^\d{16}$/.test(s)) return fail(invalid);
  }
  const province = twoDigits(s, 0);
  if (province < PROVINCE_MIN || province > PROVINCE_MAX) return fail(invalid);
  const day = twoDigits(s, 6);
  const month = twoDigits(s, 8);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) || month < 1 || month > 12) return fail(invalid);
  // Serials start at 0001; '0000' is what Excel leaves after rounding away the last digits.
  if (s.endsWith('0000')) return fail(zeros);
  // Detached: the NIK lives on in duplicate-key sets and pseudonym caches long after its row.
  return ok(detach(s));
}

/**
 * Parse a NIK cell into its 16-digit string. Strips spaces, a leading apostrophe (Excel's "text"
 * marker) and surrounding quotes. Blank -> 'required-missing'; a number cell or scientific
 * notation ('6.47401E+15', '6,47401E+15') -> 'nik-excel-mangled'; not 16 digits, province outside
 * 11-94, or an impossible day/month in digits 7-10 -> 'nik-invalid'; serial '0000' ->
 * 'nik-trailing-zeros'.
 */
export function parseNik(v: RawValue): Parsed<string> {
  return parseId(v, 'nik-invalid', 'nik-trailing-zeros');
}

/**
 * Parse a family-card (KK) number: the same checks as `parseNik`, but every structural problem,
 * including a '0000' serial, is 'kk-invalid'. Excel damage is still 'nik-excel-mangled'.
 */
export function parseKk(v: RawValue): Parsed<string> {
  return parseId(v, 'kk-invalid', 'kk-invalid');
}

/**
 * Sex and birth date encoded in a valid NIK: digits 7-8 are the day (plus 40 for women),
 * 9-10 the month, 11-12 the last two digits of the year.
 */
export function nikBirthInfo(nik: string): { sex: 'L' | 'P'; day: number; month: number; yy: number } {
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  return {
    sex: female ? 'P' : 'L',
    day: female ? rawDay - 40 : rawDay,
    month: Number(nik.slice(8, 10)),
    yy: Number(nik.slice(10, 12)),
  };
}

/** Digit value at `i`, or NaN when `s[i]` is not '0'-'9' (so any comparison with it fails). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/**
 * Compare a valid NIK with the stated sex and birth date (ISO). Returns the row issues found:
 * 'nik-sex-mismatch' when the sex differs, 'nik-birthdate-mismatch' when day, month or two-digit
 * year differ. A null sex or birth date is not checked.
 */
export function checkNikConsistency(
  nik: string,
  sex: 'L' | 'P' | null,
  birthIso: string | null,
): Array<'nik-sex-mismatch' | 'nik-birthdate-mismatch'> {
  const info = nikBirthInfo(nik);
  const issues: Array<'nik-sex-mismatch' | 'nik-birthdate-mismatch'> = [];
  if (sex !== null && sex !== info.sex) issues.push('nik-sex-mismatch');
  if (birthIso !== null) {
    // 'YYYY-MM-DD…' read by character codes (once per AK1 row); a non-ISO value never matches.
    const b = birthIso;
    const iso = b.charCodeAt(4) === 45 && b.charCodeAt(7) === 45;
    const yy = digit(b, 2) * 10 + digit(b, 3);
    const century = digit(b, 0) + digit(b, 1); // NaN unless both are digits
    const month = digit(b, 5) * 10 + digit(b, 6);
    const day = digit(b, 8) * 10 + digit(b, 9);
    if (!iso || Number.isNaN(century) || yy !== info.yy || month !== info.month || day !== info.day) {
      issues.push('nik-birthdate-mismatch');
    }
  }
  return issues;
}
