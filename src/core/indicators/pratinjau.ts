/**
 * The overview preview (`pratinjau.json`): the rows of the overview's indicators for the state the
 * app opens in (the latest month, no area filter), computed by the pipeline at build time with the
 * very SQL the browser runs. The app shows them at once, before DuckDB-wasm has started, and
 * DuckDB answers every other filter. Aggregates only: each row is an indicator result row.
 */
import { INDICATORS } from './index';
import type { AreaPeriodParams, IndicatorDef } from './types';

/** File name of the preview inside a snapshot folder. */
export const PRATINJAU_FILE = 'pratinjau.json';

/** Version of the preview file's own layout (not the snapshot schema version). */
export const PRATINJAU_FORMAT = 1;

/** One precomputed indicator result. */
export interface PratinjauEntry {
  /** `IndicatorDef.id`. */
  indicator: string;
  /** The parameters exactly as the overview passes them to the indicator. */
  params: AreaPeriodParams;
  /** The rows the indicator's SQL returns for `params`, in the plain shape of the browser client. */
  rows: Array<Record<string, unknown>>;
}

/** Contents of `pratinjau.json`. */
export interface Pratinjau {
  format: number;
  /** The default period the entries were computed for ('YYYY-MM'). */
  periode: string;
  entries: PratinjauEntry[];
}

/** The indicators the overview shows (KPIs, map, BPS vs Disnaker), all precomputed. */
export const PRATINJAU_INDICATORS: ReadonlyArray<IndicatorDef<AreaPeriodParams, unknown>> = INDICATORS;

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The period the app opens with when the URL names none: the month of the snapshot's last date
 * (`manifest.periode.akhir`), or null when the manifest's dates are not usable (then the app has
 * no default period either). Mirrors the app's filter resolution (a test checks both agree).
 */
export function defaultPeriode(periode: { mulai: string; akhir: string }): string | null {
  const first = periode.mulai?.slice(0, 7);
  const last = periode.akhir?.slice(0, 7);
  return MONTH_RE.test(first ?? '') && MONTH_RE.test(last ?? '') && first <= last ? last : null;
}

/** The parameters the overview's indicators get for `periode` and no area filter. */
export function pratinjauParams(periode: string): AreaPeriodParams {
  return { periode };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Structural equality of two parameter values (plain JSON-like data). Keys whose value is
 * undefined count as absent, as in a react-query key.
 */
export function sameParams(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameParams(v, b[i]));
  }
  if (!isObj(a) || !isObj(b)) return false;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined).sort();
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameParams(a[k], b[k]));
}

/**
 * Parse and check the text of `pratinjau.json`. Throws an Error naming the problem when it is not
 * a preview this code understands (another format, missing fields, rows that are not objects).
 */
export function parsePratinjau(text: string): Pratinjau {
  const data: unknown = JSON.parse(text);
  if (!isObj(data)) throw new Error('pratinjau.json bukan objek JSON');
  if (data.format !== PRATINJAU_FORMAT) throw new Error(`pratinjau.json format ${JSON.stringify(data.format ?? null)} tidak dikenal`);
  if (typeof data.periode !== 'string' || !MONTH_RE.test(data.periode)) throw new Error('pratinjau.json: periode tidak sah');
  if (!Array.isArray(data.entries)) throw new Error('pratinjau.json: entries tidak ada');
  data.entries.forEach((e, i) => {
    if (!isObj(e) || typeof e.indicator !== 'string' || !isObj(e.params) || !Array.isArray(e.rows) || !e.rows.every(isObj)) {
      throw new Error(`pratinjau.json: entri ${i} tidak lengkap (indicator, params, rows)`);
    }
  });
  return data as unknown as Pratinjau;
}

/**
 * The precomputed rows of indicator `id` for `params`, or undefined when the preview has no entry
 * whose id and parameters are exactly these.
 */
export function pratinjauRows(pratinjau: Pratinjau | undefined, id: string, params: unknown): Array<Record<string, unknown>> | undefined {
  return pratinjau?.entries.find((e) => e.indicator === id && sameParams(e.params, params))?.rows;
}
