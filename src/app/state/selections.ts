/**
 * Cross-filter selections of an analysis view, kept in the URL next to the global filters:
 * `#/pengangguran?periode=2026-10&kec=64.74.01&pilih.pend=SMA,SMK&pilih.jk=P`.
 *
 * One parameter per dimension (`pilih.<dim>`), values comma-separated, sorted and deduplicated,
 * so one selection has exactly one URL. Values are OR-ed within a dimension and dimensions are
 * AND-ed (see core/indicators/dimensions.ts, which turns them into SQL). Unknown dimensions and
 * empty values are dropped when reading. A comma or percent sign inside a value is escaped
 * (`%2C`, `%25`) so it survives the comma list.
 */
import { DIMENSION_IDS, type DimensionId, type Selections } from '../../core/indicators/dimensions';

export type { DimensionId, Selections };

/** Prefix of the selection parameters in the URL. */
export const SELECTION_PREFIX = 'pilih.';

const DIM_SET = new Set<string>(DIMENSION_IDS);

export function isDimensionId(value: string): value is DimensionId {
  return DIM_SET.has(value);
}

const NUMERIC_RE = /^-?\d+(\.\d+)?$/;

/** Order of values in a dimension: numbers numerically ('2' before '10'), then text by code point. */
export function compareValues(a: string, b: string): number {
  const na = NUMERIC_RE.test(a);
  const nb = NUMERIC_RE.test(b);
  if (na && nb) return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
  if (na !== nb) return na ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Trimmed, non-empty, deduplicated and sorted. */
export function normaliseValues(values: readonly string[]): string[] {
  const set = new Set<string>();
  for (const v of values) {
    const t = v.trim();
    if (t) set.add(t);
  }
  return [...set].sort(compareValues);
}

/** Canonical form: known dimensions in DIMENSION_IDS order, normalised values, empty dimensions removed. */
export function normaliseSelections(sel: Selections | undefined): Selections {
  const out: Selections = {};
  if (!sel) return out;
  for (const dim of DIMENSION_IDS) {
    const values = sel[dim];
    if (!values) continue;
    const norm = normaliseValues(values);
    if (norm.length > 0) out[dim] = norm;
  }
  return out;
}

export function hasSelections(sel: Selections | undefined): boolean {
  return !!sel && DIMENSION_IDS.some((d) => (sel[d]?.length ?? 0) > 0);
}

/** Number of chosen values over all dimensions. */
export function countSelections(sel: Selections | undefined): number {
  return sel ? DIMENSION_IDS.reduce((n, d) => n + (sel[d]?.length ?? 0), 0) : 0;
}

function escapeValue(v: string): string {
  return v.replace(/%/g, '%25').replace(/,/g, '%2C');
}

function unescapeValue(v: string): string {
  return v.replace(/%2C/gi, ',').replace(/%25/g, '%');
}

/** Read the selections from URL search params (other parameters are ignored). */
export function parseSelections(search: URLSearchParams | string): Selections {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const collected: Selections = {};
  p.forEach((value, key) => {
    if (!key.startsWith(SELECTION_PREFIX)) return;
    const dim = key.slice(SELECTION_PREFIX.length);
    if (!isDimensionId(dim)) return;
    const values = value.split(',').map(unescapeValue);
    collected[dim] = [...(collected[dim] ?? []), ...values];
  });
  return normaliseSelections(collected);
}

/**
 * Write selections into search params: every other parameter of `base` is kept in its order
 * (periode, kec, kel first as the filter code writes them), then one `pilih.<dim>` per dimension.
 * Any previous `pilih.*` parameter, known or not, is replaced.
 */
export function serialiseSelections(sel: Selections, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  base?.forEach((value, key) => {
    if (!key.startsWith(SELECTION_PREFIX)) out.append(key, value);
  });
  const norm = normaliseSelections(sel);
  for (const dim of DIMENSION_IDS) {
    const values = norm[dim];
    if (values) out.set(`${SELECTION_PREFIX}${dim}`, values.map(escapeValue).join(','));
  }
  return out;
}

/**
 * The search string ('?…', or '' when empty) of params, with the commas of the selection lists
 * left readable (`pilih.pend=SMA,SMK` rather than `SMA%2CSMK`; both read back the same).
 */
export function toSearchString(params: URLSearchParams): string {
  const parts: string[] = [];
  params.forEach((value, key) => {
    const one = new URLSearchParams([[key, value]]).toString();
    parts.push(key.startsWith(SELECTION_PREFIX) ? one.replace(/%2C/g, ',') : one);
  });
  return parts.length ? `?${parts.join('&')}` : '';
}

export interface ToggleOptions {
  /**
   * true (default): add the value to the dimension's selection, or remove it when present.
   * false: make it the only selected value; when it already is, clear the dimension.
   */
  multi?: boolean;
}

/** Select or unselect one value of a dimension; returns new canonical selections. */
export function toggle(sel: Selections, dim: DimensionId, value: string, opts: ToggleOptions = {}): Selections {
  const multi = opts.multi ?? true;
  const current = sel[dim] ?? [];
  const has = current.includes(value);
  let next: string[];
  if (multi) next = has ? current.filter((v) => v !== value) : [...current, value];
  else next = has && current.length === 1 ? [] : [value];
  return normaliseSelections({ ...sel, [dim]: next });
}

/** Clear one dimension, or every dimension when `dim` is omitted. */
export function clear(sel: Selections, dim?: DimensionId): Selections {
  if (!dim) return {};
  const next = { ...sel };
  delete next[dim];
  return normaliseSelections(next);
}

/** Selections without one dimension: what a chart of that dimension filters by (it never filters itself). */
export function without(sel: Selections, dim: DimensionId | undefined): Selections {
  return dim ? clear(sel, dim) : normaliseSelections(sel);
}

/** True when the two selections are the same after normalisation. */
export function sameSelections(a: Selections, b: Selections): boolean {
  const na = normaliseSelections(a);
  const nb = normaliseSelections(b);
  return DIMENSION_IDS.every((d) => (na[d] ?? []).join('\u0000') === (nb[d] ?? []).join('\u0000'));
}
