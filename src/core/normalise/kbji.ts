/**
 * Occupation (jabatan) normalisation to KBJI 2014: accepts a 1-4 digit code (optionally followed
 * by its name, '7212 - Tukang Las', or a KBJI occupation suffix, '7212.01'), or a known Indonesian /
 * English job title from core/reference/kbji. Used for `pencaker.jabatan_dicari`,
 * `lowongan.jabatan` and `pelatihan.jabatan`. Results are cached per distinct raw value.
 */
import { KBJI_JABATAN } from '../reference/kbji';
import { detach } from './detach';
import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

/** A KBJI 2014 code (1-4 digits) and its major group (first digit). */
export interface KbjiValue {
  kode: string;
  golongan: string;
}

/** Matching key of a job title: lower case, letters and digits only. */
export function kbjiKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const NAME_TO_CODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const jab of KBJI_JABATAN) for (const name of [jab.nama, ...jab.sinonim]) m.set(kbjiKey(name), jab.kode);
  return m;
})();

// A code alone, with a KBJI occupation suffix ('7212.01'), or followed by a name ('7212 - Tukang Las').
const CODE_FORM = /^(\d{1,4})(?:\.\d{1,3})?(?:\s*[-–—:|]\s*|\s+)?([^\d\s].*)?$/;

const cache = new Map<string, Parsed<KbjiValue | null>>();
const CACHE_LIMIT = 100_000;

function resolve(raw: string): Parsed<KbjiValue | null> {
  const s = raw.trim();
  const m = CODE_FORM.exec(s);
  if (m) return ok(Object.freeze({ kode: m[1], golongan: m[1][0] }));
  const code = NAME_TO_CODE.get(kbjiKey(s));
  return code ? ok(Object.freeze({ kode: code, golongan: code[0] })) : fail('kbji-unknown');
}

/**
 * Parses an occupation value. Blank -> ok(null); a code or 'code - name' -> that code; a known
 * title or synonym -> its 4-digit code; anything else -> fail('kbji-unknown').
 */
export function parseKbji(v: RawValue): Parsed<KbjiValue | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v !== 'string' && typeof v !== 'number') return fail('kbji-unknown');
  const raw = typeof v === 'number' ? (Number.isInteger(v) && v >= 0 ? String(v) : '?') : v;
  const hit = cache.get(raw);
  if (hit) return hit;
  const result = Object.freeze(resolve(raw)) as Parsed<KbjiValue | null>;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(detach(raw), result); // a detached key does not keep the source text alive
  return result;
}
