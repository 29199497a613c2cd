/**
 * Business-sector (KBLI) normalisation for `perusahaan.kbli` / `perusahaan.kbli_versi`:
 * a section letter, or a 2-5 digit KBLI code whose first two digits (the division) give the
 * section under the record's KBLI version (2020 when not given). Versions differ from section J
 * onward (see core/reference/kbli), so the version always travels with the result.
 */
import { KBLI_VERSI_DEFAULT, kbliSeksiList, seksiOfDivisi, type KbliVersi } from '../reference/kbli';
import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

/** A normalised KBLI value: the code when finer than a section, its section letter, its version. */
export interface KbliValue {
  kode: string | null;
  seksi: string;
  versi: KbliVersi;
}

/** Parses a KBLI version: blank -> 2020 (default); 2020/2025 (also 'KBLI 2025') -> that; else fail. */
export function parseKbliVersi(version: RawValue): Parsed<KbliVersi> {
  if (isBlank(version)) return ok(KBLI_VERSI_DEFAULT);
  if (typeof version === 'number') {
    return version === 2020 || version === 2025 ? ok(version) : fail('kbli-version-invalid');
  }
  if (typeof version !== 'string') return fail('kbli-version-invalid');
  const m = /^(?:kbli\s*)?(2020|2025)(?:\.0+)?$/i.exec(version.trim());
  return m ? ok(Number(m[1]) as KbliVersi) : fail('kbli-version-invalid');
}

// 'C', 'Seksi C', 'C - Industri Pengolahan', 'C. Industri'.
const SECTION_FORM = /^(?:seksi\s+|kategori\s+)?([A-Za-z])(?:\s*[-–—:.|)]\s*.*|\s+.*)?$/i;
// '62010', '62.01.0', '62010 - Aktivitas pemrograman komputer'.
const CODE_FORM = /^(\d(?:[\d.]*\d)?)(?:\s*[-–—:|]\s*[^\d\s].*|\s+[^\d\s].*)?$/;

/**
 * Parses a KBLI code with its version. Blank code -> ok(null); a section letter valid in the version
 * -> { kode: null, seksi }; a 2-5 digit code in a known division -> { kode, seksi };
 * invalid version -> fail('kbli-version-invalid'); anything else -> fail('kbli-unknown').
 *
 * A numeric cell that lost its leading zero (Excel turning '01111' into 1111) cannot be told apart
 * from a genuine 4-digit code; it is read as written, so keep KBLI columns as text in exports.
 */
export function parseKbli(code: RawValue, version?: RawValue): Parsed<KbliValue | null> {
  if (isBlank(code)) return ok(null);
  const v = parseKbliVersi(version);
  if (!v.ok) return v;
  const versi = v.value;
  let raw: string;
  if (typeof code === 'number') {
    if (!Number.isInteger(code) || code < 0) return fail('kbli-unknown');
    raw = String(code);
  } else if (typeof code === 'string') {
    raw = code.trim();
  } else {
    return fail('kbli-unknown');
  }

  const sec = SECTION_FORM.exec(raw);
  if (sec) {
    const letter = sec[1].toUpperCase();
    return kbliSeksiList(versi).some((x) => x.seksi === letter)
      ? ok({ kode: null, seksi: letter, versi })
      : fail('kbli-unknown');
  }
  const m = CODE_FORM.exec(raw);
  if (!m) return fail('kbli-unknown');
  const digits = m[1].replace(/\./g, '');
  if (digits.length < 2 || digits.length > 5) return fail('kbli-unknown');
  const seksi = seksiOfDivisi(Number(digits.slice(0, 2)), versi);
  return seksi ? ok({ kode: digits, seksi, versi }) : fail('kbli-unknown');
}
