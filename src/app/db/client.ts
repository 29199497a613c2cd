import { Table, type RecordBatch, type Schema } from 'apache-arrow';
import { arrowTableToRows } from './arrow-rows';
import { AppError, type DbClient, type QueryOptions } from './types';

/** The part of DuckDB-wasm's AsyncDuckDB the client uses (AsyncDuckDB fits). */
export interface DbLike {
  connect(): Promise<ConnLike>;
}

/** The part of AsyncDuckDBConnection the client uses. */
export interface ConnLike {
  query(sql: string): Promise<Table>;
  send(sql: string, allowStreamResult?: boolean): Promise<{ schema: Schema; readAll(): Promise<RecordBatch[]> | RecordBatch[] }>;
  cancelSent(): Promise<boolean> | boolean;
  prepare(sql: string): Promise<{ query(...params: unknown[]): Promise<Table> | Table; close(): Promise<void> | void }>;
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
export function createDbClient(db: DbLike): DbClient {
  return {
    async query<T>(sql: string, params: ReadonlyArray<string | number | boolean | null> = [], opts: QueryOptions = {}) {
      const { signal } = opts;
      if (signal?.aborted) throw abortError();
      let conn: ConnLike;
      try {
        conn = await db.connect();
      } catch (e) {
        throw new AppError('query-failed', `tidak dapat membuka koneksi: ${(e as Error)?.message ?? e}`, sql);
      }
      const run = (async (): Promise<Table> => {
        if (params.length === 0) {
          const reader = await conn.send(sql, false);
          return new Table(reader.schema, await reader.readAll());
        }
        const stmt = await conn.prepare(sql);
        try {
          return await stmt.query(...params);
        } finally {
          await stmt.close();
        }
      })();
      const settled = run.then(
        () => undefined,
        () => undefined,
      );
      void settled.then(() => conn.close());
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          if (params.length === 0) void Promise.resolve(conn.cancelSent()).catch(() => undefined);
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      try {
        const table = await (signal ? Promise.race([run, aborted]) : run);
        return arrowTableToRows<T>(table);
      } catch (e) {
        if (isAbortError(e) || signal?.aborted) throw abortError();
        throw new AppError('query-failed', (e as Error)?.message ?? String(e), sql);
      } finally {
        if (onAbort) signal?.removeEventListener('abort', onAbort);
        aborted.catch(() => undefined);
      }
    },
  };
}
