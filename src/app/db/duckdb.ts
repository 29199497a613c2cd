import * as duckdb from '@duckdb/duckdb-wasm';
// Bundled with the app (no CDN): the app must work without internet.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { AppError } from './types';

// Only the single-threaded builds: the threaded "coi" build needs cross-origin isolation headers,
// which a plain intranet web server or file share does not send.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let started: Promise<duckdb.AsyncDuckDB> | null = null;

async function start(): Promise<duckdb.AsyncDuckDB> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    const conn = await db.connect();
    // Never fetch extensions from the internet (offline-first); a query needing one fails instead.
    await conn.query('SET autoinstall_known_extensions = false');
    await conn.query('SET autoload_known_extensions = false');
    await conn.close();
  } catch (e) {
    await db.terminate().catch(() => undefined);
    throw e;
  }
  return db;
}

/**
 * The one DuckDB-wasm instance of the page, started on first use behind one stored promise.
 * A failed start rejects with AppError('db-start-failed'); the next call tries again.
 */
export function startDuckDB(): Promise<duckdb.AsyncDuckDB> {
  if (!started) {
    started = start().catch((e: unknown) => {
      started = null;
      console.error('DuckDB-wasm gagal dijalankan', e);
      throw new AppError('db-start-failed', (e as Error)?.message ?? String(e));
    });
  }
  return started;
}
