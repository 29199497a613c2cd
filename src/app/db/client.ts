import { arrowTableToRows, type ArrowTabular } from './arrow-rows';
import { AppError, type DbClient, type QueryOptions } from './types';

/** The part of DuckDB-wasm's AsyncDuckDB the client uses (AsyncDuckDB fits). */
export interface DbLike {
  connect(): Promise<ConnLike>;
}

/** The part of AsyncDuckDBConnection the client uses. */
export interface ConnLike {
  query(sql: string): Promise<ArrowTabular>;
  prepare(sql: string): Promise<{ query(...params: unknown[]): Promise<ArrowTabular> | ArrowTabular; close(): Promise<void> | void }>;
  close(): Promise<void> | void;
}

/** True for the rejection of an aborted query (a DOMException named 'AbortError'). */
export function isAbortError(e: unknown): boolean {
  return (e as Error)?.name === 'AbortError';
}

const abortError = () => new DOMException('Kueri dibatalkan', 'AbortError');

/**
 * Durations of recent queries (ms, end time), for the view benchmark (`npm run bench:views`),
 * which compares time spent in DuckDB with the whole click-to-chart time. Bounded; no SQL kept.
 */
export interface QueryTiming {
  start: number;
  ms: number;
  /** What ran (an indicator id), when the caller said. */
  label?: string;
}
const TIMINGS_MAX = 500;
function recordTiming(t: QueryTiming) {
  const g = globalThis as { __simpulKerjaQueryTimings?: QueryTiming[] };
  const list = (g.__simpulKerjaQueryTimings ??= []);
  list.push(t);
  if (list.length > TIMINGS_MAX) list.splice(0, list.length - TIMINGS_MAX);
}

type PreparedLike = Awaited<ReturnType<ConnLike['prepare']>>;

/** Prepared statements kept per client (by SQL text); the least recently used is closed beyond this. */
const STATEMENTS_MAX = 96;
/** Statements that are not worth caching: they run once. */
const ONE_OFF = /^\s*(CREATE|DROP|ALTER|INSERT)\b/i;
/** Errors of a statement whose catalog changed under it. */
const STALE = /Catalog Error|prepared statement/i;

/**
 * A DbClient over DuckDB-wasm.
 *
 * Queries with `?` parameters (every indicator) run on one long-lived connection, through prepared
 * statements cached by SQL text: a cross-filter click re-runs the same few statements with new
 * parameters, so DuckDB plans each one once and a query costs one worker round trip instead of
 * five (connect, prepare, run, close statement, close connection). The worker runs one request at
 * a time anyway, so sharing the connection serialises nothing that was parallel before.
 *
 * SQL without parameters (DDL, or a query with nothing to bind) runs on the same connection with
 * `conn.query`. (Its streamed form, `conn.send`, could be interrupted, but DuckDB-wasm 1.32's
 * streamed batches lose the dictionaries of ENUM columns, which the base tables use.)
 *
 * Cancellation: DuckDB-wasm 1.32 cannot interrupt a prepared statement or `conn.query`, so an
 * aborted query rejects at once with an AbortError, finishes in the worker, and its result is
 * ignored.
 */
export function createDbClient(db: DbLike): DbClient {
  let shared: Promise<ConnLike> | null = null;
  const statements = new Map<string, Promise<PreparedLike>>();

  const sharedConnection = () => {
    if (!shared) {
      shared = db.connect();
      shared.catch(() => (shared = null));
    }
    return shared;
  };

  const forget = (sql: string, stmt: Promise<PreparedLike>) => {
    if (statements.get(sql) === stmt) statements.delete(sql);
    stmt.then((s) => s.close()).catch(() => undefined);
  };

  /** The cached statement for `sql` (marked most recently used), prepared on first use. */
  const statement = (conn: ConnLike, sql: string): Promise<PreparedLike> => {
    let stmt = statements.get(sql);
    if (stmt) {
      statements.delete(sql);
      statements.set(sql, stmt);
      return stmt;
    }
    stmt = conn.prepare(sql);
    statements.set(sql, stmt);
    const failed = stmt;
    failed.catch(() => {
      if (statements.get(sql) === failed) statements.delete(sql);
    });
    while (statements.size > STATEMENTS_MAX) {
      const [oldest, old] = statements.entries().next().value as [string, Promise<PreparedLike>];
      forget(oldest, old);
    }
    return stmt;
  };

  async function runPrepared<T>(sql: string, params: ReadonlyArray<unknown>): Promise<T[]> {
    let conn: ConnLike;
    try {
      conn = await sharedConnection();
    } catch (e) {
      throw new AppError('query-failed', `tidak dapat membuka koneksi: ${(e as Error)?.message ?? e}`, sql);
    }
    if (ONE_OFF.test(sql)) {
      // DDL with parameters (building a base table) runs once: prepare, run, close, not cached
      const once = await conn.prepare(sql);
      try {
        return arrowTableToRows<T>(await once.query(...params));
      } finally {
        await once.close();
      }
    }
    const stmt = statement(conn, sql);
    try {
      return arrowTableToRows<T>(await (await stmt).query(...params));
    } catch (e) {
      forget(sql, stmt);
      // Only a statement gone stale (a table it read was dropped and rebuilt) is worth preparing
      // again; any other error would only happen twice.
      const preparedFine = await stmt.then(() => true, () => false);
      if (!preparedFine || !STALE.test((e as Error)?.message ?? '')) throw e;
      return arrowTableToRows<T>(await (await statement(conn, sql)).query(...params));
    }
  }

  async function runPlain<T>(sql: string): Promise<T[]> {
    let conn: ConnLike;
    try {
      conn = await sharedConnection();
    } catch (e) {
      throw new AppError('query-failed', `tidak dapat membuka koneksi: ${(e as Error)?.message ?? e}`, sql);
    }
    return arrowTableToRows<T>(await conn.query(sql));
  }

  return {
    async close() {
      const open = [...statements.values()];
      statements.clear();
      for (const stmt of open) await stmt.then((st) => st.close()).catch(() => undefined);
      const conn = shared;
      shared = null;
      if (conn) await conn.then((c) => c.close()).catch(() => undefined);
    },
    async query<T>(sql: string, params: ReadonlyArray<string | number | boolean | null> = [], opts: QueryOptions = {}) {
      const { signal } = opts;
      if (signal?.aborted) throw abortError();
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(abortError());
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      aborted.catch(() => undefined);
      const started = performance.now();
      const run = (params.length === 0 ? runPlain<T>(sql) : runPrepared<T>(sql, params)).finally(() =>
        recordTiming({ start: started, ms: performance.now() - started, label: opts.label }),
      );
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
