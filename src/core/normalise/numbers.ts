import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

/**
 * Numbers as Indonesian offices write them: '.' groups thousands and ',' is the decimal mark
 * ('1.234' is one thousand two hundred thirty-four, '12,5' is twelve and a half). English forms
 * are accepted where they cannot be confused ('1,234,567', '1,234.5', '6.36').
 */

interface NumberParts {
  negative: boolean;
  /** Digits before the decimal mark, grouping removed. */
  int: string;
  /** Digits after the decimal mark, or null when there is none. */
  frac: string | null;
}

/** Split a digit string with separators into integer and fraction digits, or null when malformed. */
function splitBody(body: string): { int: string; frac: string | null } | null {
  if (/\s/.test(body)) {
    // Space-grouped thousands ('1 234', '1 234,5'); any other inner space is garbage.
    if (!/^\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?$/.test(body)) return null;
    body = body.replace(/\s/g, '');
  }
  if (!/^[\d.,]+$/.test(body)) return null;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return { int: body, frac: null };

  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    const markAt = Math.max(lastDot, lastComma);
    const group = markAt === lastDot ? ',' : '.';
    const intPart = body.slice(0, markAt);
    const frac = body.slice(markAt + 1);
    const grouped = group === '.' ? /^\d{1,3}(?:\.\d{3})*$/ : /^\d{1,3}(?:,\d{3})*$/;
    if (!/^\d+$/.test(frac) || !grouped.test(intPart)) return null;
    return { int: intPart.split(group).join(''), frac };
  }

  const sep = lastDot >= 0 ? '.' : ',';
  const parts = body.split(sep);
  if (parts.length > 2) {
    // Several separators of one kind can only be thousands grouping ('1.234.567', '1,234,567').
    if (!parts.slice(1).every((p) => /^\d{3}$/.test(p)) || !/^\d{1,3}$/.test(parts[0])) return null;
    return { int: parts.join(''), frac: null };
  }
  const [a, b] = parts;
  if (!/^\d*$/.test(a) || !/^\d+$/.test(b)) return null;
  // One '.' followed by exactly three digits, after 1-3 digits not starting with 0, groups thousands.
  if (sep === '.' && b.length === 3 && /^[1-9]\d{0,2}$/.test(a)) return { int: a + b, frac: null };
  return { int: a === '' ? '0' : a, frac: b };
}

function splitNumber(raw: string): NumberParts | null {
  let s = raw.trim().replace(/\u2212/g, '-');
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1).trimStart();
  }
  if (s === '') return null;
  const body = splitBody(s);
  return body && { negative, ...body };
}

/**
 * Parse a count (people, positions, households). Blank gives `ok(null)`. Accepts integers written
 * plainly or with thousands grouping ('1.234', '1.234.567', '1 234', '1,234,567'). A fraction gives
 * 'count-not-integer' ('12,5', '1.5', and '1,234', which in Indonesian is 1.234), a minus sign
 * 'count-negative', anything else 'number-invalid'. An all-zero fraction of one or two digits
 * ('12,00', Excel's number format) is accepted as the integer, flagged as repaired.
 */
export function parseCount(v: RawValue): Parsed<number | null> {
  if (isBlank(v)) return ok(null);
  let value: number;
  let repaired = false;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return fail('number-invalid');
    if (!Number.isInteger(v)) return fail('count-not-integer');
    value = v;
  } else if (typeof v === 'string') {
    const p = splitNumber(v);
    if (!p) return fail('number-invalid');
    if (p.frac !== null) {
      if (!/^0{1,2}$/.test(p.frac)) return fail('count-not-integer');
      repaired = true;
    }
    value = Number(p.int) * (p.negative ? -1 : 1);
    if (!Number.isSafeInteger(value)) return fail('number-invalid');
  } else {
    return fail('number-invalid');
  }
  if (value < 0) return fail('count-negative');
  return ok(value === 0 ? 0 : value, repaired);
}

/**
 * Parse a decimal value (percentages, rupiah, index values). Blank gives `ok(null)`. '12,5' -> 12.5,
 * '1.234,5' and '1,234.5' -> 1234.5 (with both separators the last is the decimal mark),
 * '6.36' -> 6.36, '1.234' -> 1234, '7,06 %' -> 7.06 (a trailing % is dropped, the number is kept
 * as written), '1,5E+3' -> 1500. Numbers pass through. Anything else gives 'number-invalid'.
 */
export function parseDecimal(v: RawValue): Parsed<number | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail('number-invalid');
  if (typeof v !== 'string') return fail('number-invalid');
  const s = v.trim().replace(/\s*%$/, '');
  const sci = /^([+-]?\d+(?:[.,]\d+)?)[eE]([+-]?\d+)$/.exec(s);
  if (sci) {
    const n = Number(`${sci[1].replace(',', '.')}e${sci[2]}`);
    return Number.isFinite(n) ? ok(n) : fail('number-invalid');
  }
  const p = splitNumber(s);
  if (!p) return fail('number-invalid');
  const n = Number(p.frac === null ? p.int : `${p.int}.${p.frac}`);
  if (!Number.isFinite(n)) return fail('number-invalid');
  return ok(p.negative && n !== 0 ? -n : n);
}
