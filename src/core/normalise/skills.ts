import { isBlank, type RawValue } from './result';

/** Whitespace that collapsing would change: a run of two, or any other than a plain space. */
const UNTIDY_SPACE = /\s\s|[^\S ]/;

/**
 * Split a free-text skills cell into a clean list: separators are ';' ',' '/' '|' and line breaks;
 * each item is trimmed, lowercased and has its inner spaces collapsed; empty items and lone '-'
 * are dropped; duplicates are removed keeping the first occurrence. Blank -> [].
 * 'Las; Mengemudi, las' -> ['las', 'mengemudi'].
 */
export function parseSkills(v: RawValue): string[] {
  if (isBlank(v) || typeof v === 'boolean') return [];
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[;,/|\r\n]+/)) {
    const item = (UNTIDY_SPACE.test(part) ? part.replace(/\s+/g, ' ') : part).trim().toLowerCase();
    if (item === '' || item === '-' || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
  }
  return out;
}
