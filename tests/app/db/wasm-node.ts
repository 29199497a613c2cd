/**
 * DuckDB-wasm (the same engine build as the browser, through its synchronous Node bindings) and
 * parquet-wasm's Node build, wrapped in the async interfaces the app's loader and client use.
 * Lets Node tests run the browser loading path without a browser.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import * as parquet from 'parquet-wasm/node';
import type { ConnLike, DbLike } from '../../../src/app/db/client';
import type { ArrowConnection } from '../../../src/app/db/load-snapshot';

const require = createRequire(import.meta.url);

export interface WasmDb extends DbLike {
  /** A connection for the loader. */
  arrowConnection(): Promise<ArrowConnection>;
  close(): void;
}

/** Start a fresh in-memory DuckDB-wasm (mvp/eh bundle picked as in the browser). */
export async function openWasmDb(): Promise<WasmDb> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const conns: duckdb.DuckDBConnection[] = [];
  const connectSync = () => {
    const c = db.connect();
    conns.push(c);
    return c;
  };
  return {
    async connect(): Promise<ConnLike> {
      const c = connectSync();
      return {
        query: async (sql) => c.query(sql),
        prepare: async (sql) => {
          const stmt = c.prepare(sql);
          return { query: (...p: unknown[]) => stmt.query(...p), close: () => stmt.close() };
        },
        close: () => c.close(),
      };
    },
    async arrowConnection() {
      const c = connectSync();
      return {
        query: async (sql) => c.query(sql),
        insertArrowFromIPCStream: async (buf, opts) => c.insertArrowFromIPCStream(buf, opts),
      };
    },
    close() {
      for (const c of conns) {
        try {
          c.close();
        } catch {
          // already closed
        }
      }
      db.reset();
    },
  };
}

/** parquet-wasm (Node build): Parquet bytes -> Arrow IPC stream. */
export async function parquetToIpcNode(bytes: Uint8Array): Promise<Uint8Array> {
  return parquet.readParquet(bytes).intoIPCStream();
}
