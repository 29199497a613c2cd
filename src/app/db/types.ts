import type { Pratinjau } from '../../core/indicators/pratinjau';
import type { SnapshotManifest } from '../../core/schema/snapshot';

/** Where a snapshot comes from: a folder on the same web server, or files the user opened from disk. */
export type SnapshotSource = { kind: 'url'; baseUrl: string } | { kind: 'files'; files: File[] };

/** A minimal GeoJSON FeatureCollection shape (avoids a types dependency in app code). */
export interface FeatureCollectionLike {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; properties: Record<string, unknown>; geometry: unknown }>;
}

/** A snapshot loaded into DuckDB-wasm. */
export interface LoadedSnapshot {
  manifest: SnapshotManifest;
  kelurahanGeo: FeatureCollectionLike;
  kecamatanGeo: FeatureCollectionLike;
  /** Stable id of this snapshot's content (used in query keys), e.g. a hash of the table hashes. */
  version: string;
  /** Human label of where it came from (URL or 'berkas lokal'). */
  sourceLabel: string;
  /**
   * The overview's precomputed rows (`pratinjau.json`, SHA-256 checked), when the snapshot has
   * them. Available before the tables are in DuckDB; `useIndicator` answers exactly matching
   * queries from it.
   */
  pratinjau?: Pratinjau;
}

/** Options of one query. */
export interface QueryOptions {
  /**
   * Abort signal (react-query passes one per query). On abort the promise rejects with a DOMException
   * named 'AbortError' (never an AppError); a parameterless query is also cancelled inside DuckDB.
   */
  signal?: AbortSignal;
  /** Name of what runs (e.g. the indicator id), kept with the query's timing for the benchmarks. */
  label?: string;
}

/**
 * Runs SQL against the loaded snapshot. Rows are plain objects; BIGINT values arrive as JS numbers.
 * Also: HUGEINT/DECIMAL -> number, DATE -> 'YYYY-MM-DD', TIMESTAMP -> ISO string, LIST -> array.
 * A failing query rejects with AppError('query-failed') whose `detail` is DuckDB's own message
 * (for the console or the SQL console, not for chart panels) and whose `sql` is the query.
 */
export interface DbClient {
  query<T = Record<string, unknown>>(
    sql: string,
    params?: ReadonlyArray<string | number | boolean | null>,
    opts?: QueryOptions,
  ): Promise<T[]>;
  /** Release the client's connection and prepared statements (its snapshot was replaced). */
  close?(): Promise<void>;
}

/** Loading progress: `step` is 'duckdb' (starting the engine), 'manifest.json', or the manifest file being read. */
export interface LoadProgress {
  step: string;
  /** Files finished so far. */
  done: number;
  /** Files to read in total (manifest + tables + geometry). */
  total: number;
}

export type AppErrorCode =
  | 'snapshot-missing'
  | 'snapshot-corrupt'
  | 'snapshot-incompatible'
  | 'db-start-failed'
  | 'query-failed';

/** An error with a stable code; the UI turns the code into a sentence from messages, raw detail goes to the console. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly detail: string,
    readonly sql?: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'AppError';
  }
}
