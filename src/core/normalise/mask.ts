import { normaliseHeader } from './header';
import { detach } from './detach';
import { isBlank, type RawValue } from './result';

/**
 * Columns holding personal data (contract tables). They may be read for linkage and checks, but
 * their values never appear in a snapshot or, unmasked, in a report.
 */
export const PERSONAL_COLUMNS: readonly string[] = ['nik', 'no_kk', 'nama', 'tanggal_lahir', 'no_hp', 'alamat', 'email'];

const HIDDEN = '[disamarkan]';
const MAX_LENGTH = 60;
const ID_COLUMNS = new Set(['nik', 'no_kk']);
const HIDDEN_COLUMNS = new Set(['nama', 'no_hp', 'alamat', 'email']);

/** A run of 10 or more digits, possibly split by single spaces ('6474 0115 0190 0001'). */
const LONG_DIGIT_RUN = /\d(?: ?\d){9,}/g;

/** Keep the first 4 digits of every long digit run and replace the rest of its digits by '*'. */
function maskDigitRuns(s: string): string {
  return s.replace(LONG_DIGIT_RUN, (run) => {
    let kept = 0;
    return run.replace(/\d/g, (d) => (kept++ < 4 ? d : '*'));
  });
}

function asText(v: Exclude<RawValue, null | undefined>): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * The value of a cell as it may be printed in a report line (`RowIssue.maskedValue`).
 * nik/no_kk keep their first 4 characters (province and city) and the rest becomes '*';
 * tanggal_lahir has every digit replaced by '*' ('****-**-**'); nama, no_hp, alamat and email
 * become '[disamarkan]'. Other columns show the value (a Date as its ISO date), cut to 60
 * characters. In every column, a run of 10 or more digits keeps only its first 4 digits, so no
 * NIK or phone number typed into a free-text column leaks. Blank -> ''.
 */
export function maskValue(column: string, v: RawValue): string {
  if (isBlank(v)) return '';
  const col = normaliseHeader(column);
  if (HIDDEN_COLUMNS.has(col)) return HIDDEN;
  let text = asText(v as Exclude<RawValue, null | undefined>);
  if (ID_COLUMNS.has(col)) {
    text = text.trim();
    text = text.slice(0, 4) + '*'.repeat(Math.max(0, text.length - 4));
  } else if (col === 'tanggal_lahir') {
    text = text.replace(/\d/g, '*');
  }
  // Detached: report lines live until the end of the build, the source text should not.
  return detach(maskDigitRuns(text).slice(0, MAX_LENGTH));
}
