/**
 * Kelurahan matching: turns a source value (Kemendagri code in any common layout, or a name
 * with the spelling variants real exports contain) into the Kemendagri kelurahan code.
 *
 * Order of attempts: the user's extra aliases (mapping file), a 10-digit code, the reference
 * names and aliases (core/reference/wilayah), and last a fuzzy match (edit distance <= 2 to
 * exactly one kelurahan), which is flagged `repaired` so the report lists it.
 * Results are cached per distinct raw value: the pipeline calls this once per row.
 */
import { KELURAHAN } from '../reference/wilayah';
import { detach } from './detach';
import { fail, isBlank, ok, type Parsed, type RawValue } from './result';

/** Matches one source value to a Kemendagri kelurahan code such as '64.74.01.1003'. */
export interface KelurahanMatcher {
  (v: RawValue): Parsed<string>;
}

// Words that only say "this is a kelurahan"; dropped before matching.
const PREFIX_WORDS = new Set(['kel', 'kelurahan', 'kelurhan', 'desa', 'ds', 'lurah']);
// Words after which the rest is the kecamatan / city (e.g. "Lok Tuan Kec. Bontang Utara").
const STOP_WORDS = new Set(['kec', 'kecamatan', 'kota', 'kab', 'kabupaten']);
// Common abbreviations in place names.
const ABBREVIATIONS: Record<string, string> = {
  tj: 'tanjung',
  tg: 'tanjung',
  tjg: 'tanjung',
  tanjong: 'tanjung',
  gn: 'gunung',
  gng: 'gunung',
  g: 'gunung',
  btg: 'bontang',
};

/**
 * Normalised matching key of a name: lower case, accents and punctuation removed, prefix words
 * ('Kel.', 'Kelurahan', 'Desa') dropped, abbreviations expanded, cut at 'Kec.'/'Kota', spaces removed.
 * Exported for the mapping-file loader and tests.
 */
export function kelurahanKey(name: string): string {
  const tokens = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t !== '');
  let start = 0;
  while (start < tokens.length - 1 && PREFIX_WORDS.has(tokens[start])) start++;
  const out: string[] = [];
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > start && STOP_WORDS.has(t)) break;
    out.push(ABBREVIATIONS[t] ?? t);
  }
  return out.join('');
}

const CODE_LIKE = /^[0-9][0-9\s.\-/]*$/;

/** '6474011003' / '64 74 01 1003' / '64.74.01.1003' -> '64.74.01.1003'; null when not 10 digits. */
function codeFromDigits(s: string): string | null {
  const d = s.replace(/[^0-9]/g, '');
  if (d.length !== 10) return null;
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}.${d.slice(6)}`;
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

const FUZZY_MAX = 2;
const FUZZY_MIN_LENGTH = 4;
const CACHE_LIMIT = 100_000;

const KNOWN_CODES = new Set(KELURAHAN.map((k) => k.kode));
const BUILTIN_KEYS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const k of KELURAHAN) for (const name of [k.nama, ...k.alias]) m.set(kelurahanKey(name), k.kode);
  return m;
})();

/**
 * Creates a matcher. `extraAliases` (from the user's mapping file) maps a name or code as written
 * in their data to a Kemendagri kelurahan code (any layout: '6474011003' is fine); these win over
 * everything else, so a BPS code can be mapped too. Throws an Error with `code: 'mapping-invalid'`
 * when an alias points to a code that is not a Bontang kelurahan.
 *
 * Results: ok(code) for codes, names and aliases; ok(code, repaired=true) for a fuzzy match;
 * fail('required-missing') for blanks; fail('kelurahan-unknown') otherwise (including codes
 * outside 64.74).
 */
export function createKelurahanMatcher(extraAliases?: Record<string, string>): KelurahanMatcher {
  const extras = new Map<string, string>();
  for (const [alias, target] of Object.entries(extraAliases ?? {})) {
    const code = codeFromDigits(String(target));
    if (!code || !KNOWN_CODES.has(code)) {
      throw Object.assign(new Error(`alias "${alias}" points to "${target}", which is not a Kota Bontang kelurahan code`), {
        code: 'mapping-invalid' as const,
      });
    }
    const key = kelurahanKey(alias);
    if (key !== '') extras.set(key, code);
  }
  const fuzzyKeys = [...BUILTIN_KEYS, ...extras].filter(([key]) => !/^[0-9]+$/.test(key));

  const cache = new Map<string, Parsed<string>>();
  const blank = Object.freeze(fail('required-missing')) as Parsed<string>;
  const unknown = Object.freeze(fail('kelurahan-unknown')) as Parsed<string>;

  function resolve(raw: string): Parsed<string> {
    const key = kelurahanKey(raw);
    if (key === '') return unknown;
    const extra = extras.get(key);
    if (extra) return ok(extra);
    if (CODE_LIKE.test(raw.trim())) {
      const code = codeFromDigits(raw);
      return code && KNOWN_CODES.has(code) ? ok(code) : unknown;
    }
    const builtin = BUILTIN_KEYS.get(key);
    if (builtin) return ok(builtin);
    // "Lok Tuan (Bontang Utara)", "Lok Tuan, Btg Utara": try the part before the bracket or comma.
    const head = raw.split(/[(,;]/)[0];
    if (head !== raw) {
      const r = resolve(head);
      if (r.ok) return r;
    }
    if (key.length < FUZZY_MIN_LENGTH) return unknown;
    let found: string | null = null;
    for (const [candidate, code] of fuzzyKeys) {
      if (boundedLevenshtein(key, candidate, FUZZY_MAX) <= FUZZY_MAX) {
        if (found !== null && found !== code) return unknown;
        found = code;
      }
    }
    return found ? ok(found, true) : unknown;
  }

  return (v: RawValue): Parsed<string> => {
    if (isBlank(v)) return blank;
    if (typeof v !== 'string' && typeof v !== 'number') return unknown;
    const raw = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : '') : v;
    const hit = cache.get(raw);
    if (hit) return hit;
    const result = Object.freeze(resolve(raw)) as Parsed<string>;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(detach(raw), result); // a detached key does not keep the source text alive
    return result;
  };
}
