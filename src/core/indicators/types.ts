import type { SnapshotTableName } from '../schema/snapshot';

/** A bilingual text: Indonesian first, English second. */
export interface Text {
  id: string;
  en: string;
}

/** The global filters every view shares (kept in the URL). */
export interface AreaPeriodParams {
  /** Reporting month 'YYYY-MM'; the indicator is evaluated at the last day of that month. */
  periode: string;
  /** Kemendagri kecamatan code ('64.74.01'), or undefined for the whole city. */
  kecamatan?: string;
  /** Kemendagri kelurahan code ('64.74.01.1003'), or undefined. */
  kelurahan?: string;
}

/** Cross-filter selections of a view: dimension -> chosen values (OR within, AND across dimensions). */
export type { DimensionId, Selections } from './dimensions';
import type { Selections } from './dimensions';
import type { Cube, CubeColumns } from '../crossfilter/cube';

/** Parameters of the analysis views: the global filters plus the view's cross-filter selections. */
export interface ViewParams extends AreaPeriodParams {
  pilih?: Selections;
}

/** SQL with positional `?` placeholders and their values, runnable in DuckDB-wasm and @duckdb/node-api alike. */
export interface BoundQuery {
  sql: string;
  params: Array<string | number | boolean | null>;
}

/**
 * One indicator, defined once: the browser runs `sql(params)` in DuckDB-wasm and the Node tests
 * run the very same SQL on the same snapshot through @duckdb/node-api.
 *
 * Result columns must be VARCHAR, BOOLEAN or numeric only (format dates with strftime in SQL),
 * so both engines return the same plain values. `R` describes one result row.
 */
export interface IndicatorDef<P = AreaPeriodParams, R = Record<string, unknown>> {
  id: string;
  label: Text;
  /** Unit of the main value, in Indonesian ('orang', '%', 'posisi'). */
  unit: string;
  /** How the number is computed, for tooltips and the data explorer. */
  definition: Text;
  /** Where the underlying data comes from. */
  source: Text;
  /** Snapshot tables the SQL reads. */
  tables: readonly SnapshotTableName[];
  sql(params: P): BoundQuery;
  /**
   * Relations the SQL reads as `{{id}}` (e.g. `FROM {{aktif}} a`). The browser materialises each
   * once per key (e.g. per period) so cross-filter clicks only scan a small table; Node tests and
   * any other engine inline them as subqueries (see bases.ts). Same rows either way.
   */
  bases?: readonly BaseRelation<P>[];
  /**
   * How to answer the indicator under cross-filter selections without SQL: from its own rows
   * without selections (the frame: categories, names, populations) and a cube held in memory.
   * Must give exactly the rows `sql` gives (tests check it); the browser uses it for clicks.
   */
  crossfilter?: CrossfilterForm<P, R>;
  /** Phantom field carrying the row type; never set at run time. */
  readonly _row?: R;
}

/**
 * A cube for in-memory cross-filtering: the SQL of its rows (run once per period; area and
 * selections are applied in memory) and which of its columns are dimensions and numbers.
 */
export interface CubeDef {
  query: IndicatorDef<AreaPeriodParams, Record<string, unknown>>;
  columns: CubeColumns;
}

/** See `IndicatorDef.crossfilter`. */
export interface CrossfilterForm<P, R> {
  /** The cubes the answer reads (usually one; a second may hold lookups such as open vacancies). */
  cubes: readonly CubeDef[];
  /** The rows for `params`, given the rows for `params` without selections and the cubes (in `cubes`' order). */
  answer(frame: readonly R[], cubes: readonly Cube[], params: P): R[];
}

/** Row type of an indicator. */
export type RowOf<D> = D extends IndicatorDef<unknown, infer R> ? R : never;

/**
 * A derived relation several indicators share, e.g. "one row per job seeker active at the end of
 * the period". `key` names what it depends on (the browser caches one table per key).
 */
export interface BaseRelation<P = unknown> {
  id: string;
  description: Text;
  key(params: P): string;
  sql(params: P): BoundQuery;
  /**
   * Relations this one reads as `{{id}}` (e.g. a pre-aggregate of `{{aktif}}`). Their keys must
   * be covered by this relation's key. The browser builds them first and reads their tables.
   */
  bases?: readonly BaseRelation<P>[];
  /**
   * Hints for engines that store the relation as a table (the browser): VARCHAR columns with few
   * distinct values, worth dictionary-encoding (DuckDB ENUM) because cross-filters compare and
   * group them on every click; and the row order that lets those filters skip blocks. They never
   * change the relation's rows, only how fast it is read.
   */
  storage?: { lowCardinality?: readonly string[]; sortBy?: readonly string[] };
}
