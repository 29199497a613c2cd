import { arrowTableToRows, type ArrowTabular } from './arrow-rows';
import { AppError, type DbClient, type QueryOptions } from './types';

/** The part of DuckDB-wasm's AsyncDuckDB the client uses (AsyncDuckDB fits). */
export interface DbLike {
  connect(): Promise<ConnLike>;
}

/** The part of AsyncDuckDBConnection the client uses. */
export interface ConnLike {
  query(sql: string): Promise<ArrowTabular>;
  send(sql: string, allowStreamResult?: boolean): Promise<{ readAll(): Promise<ArrowTabular[]> | ArrowTabular[] }>;
  cancelSent(): Promise<boolean> | boolean;
  prepare(sql: string): Promise<{ query(...params: unknown[]): Promise<ArrowTabular> | ArrowTabular; close(): Promise<void> | void }>;
  close(): Promise<void> | void;
}

/** True for the rejection of an aborted query (a DOMException named 'AbortError'). */
export function isAbortError(e: unknown): boolean {
  return (e as Error)?.name === 'AbortError';
}

const abortError = () => new DOMException('Kueri dibatalkan', 'AbortError');

/**
 * A DbClient over DuckDB-wasm. Each query gets its own connection, so queries never share
 * statement state and superseded ones can be dropped independently.
 *
 * Cancellation: a query without parameters is sent with `conn.send`, which DuckDB-wasm runs as a
 * pending query that `conn.cancelSent()` interrupts. Prepared statements (queries with `?`
 * parameters, e.g. every indicator) cannot be interrupted in DuckDB-wasm 1.32, so an aborted one
 * finishes in the worker and its result is ignored.
 */
/**
 * Durations of recent queries (ms, end time), for the view benchmark (`npm run bench:views`),
 * which compares time spent in DuckDB with the whole click-to-chart time. Bounded; no SQL kept.
 */
export interface QueryTiming {
  start: number;
  ms: number;
}
const TIMINGS_MAX = 500;
function recordTiming(t: QueryTiming) {
  const g = globalThis as { __simpulKerjaQueryTimings?: QueryTiming[] };
  const list = (g.__simpulKerjaQueryTimings ??= []);
  list.push(t);
  if (list.length > TIMINGS_MAX) list.splice(0, list.length - TIMINGS_MAX);
}

export function createDbClient(db: DbLike): DbClient {
  return {
    async query<T>(sql: string, params: ReadonlyArray<string | number | boolean | null> = [], opts: QueryOptions = {}) {
      const { signal } = opts;
      if (signal?.aborted) throw abortError();
      let onAbort: (() => void) | undefined;
      let cancel: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          cancel?.();
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      aborted.catch(() => undefined);
      const started = performance.now();
      const run = (async (): Promise<T[]> => {
        let conn: ConnLike;
        try {
          conn = await db.connect();
        } catch (e) {
          throw new AppError('query-failed', `tidak dapat membuka koneksi: ${(e as Error)?.message ?? e}`, sql);
        }
        try {
          if (signal?.aborted) throw abortError();
          if (params.length === 0) {
            cancel = () => void Promise.resolve(conn.cancelSent()).catch(() => undefined);
            const reader = await conn.send(sql, false);
            return (await reader.readAll()).flatMap((batch) => arrowTableToRows<T>(batch));
          }
          const stmt = await conn.prepare(sql);
          try {
            return arrowTableToRows<T>(await stmt.query(...params));
          } finally {
            await stmt.close();
          }
        } finally {
          await conn.close();
          recordTiming({ start: started, ms: performance.now() - started });
        }
      })();
      try {
        return await (signal ? Promise.race([run, aborted]) : run);
      } catch (e) {
        if (isAbortError(e) || signal?.aborted) {
          run.catch(() => undefined); // a superseded query may still fail in the worker: ignored
          throw abortError();
        }
        if (e instanceof AppError) throw e;
        throw new AppError('query-failed', (e as Error)?.message ?? String(e), sql);
      } finally {
        if (onAbort) signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
