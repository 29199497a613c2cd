import { createDbClient } from './client';
import { startDuckDB } from './duckdb';
import { loadSnapshotInto } from './load-snapshot';
import { initParquet, parquetToIpc } from './parquet';
import { filesReader, urlReader } from './snapshot-files';
import { checkSnapshotUrl, currentPage } from './snapshot-source';
import type { DbClient, LoadedSnapshot, LoadProgress, SnapshotSource } from './types';

/**
 * Start DuckDB-wasm and parquet-wasm now (called once at boot, before the first render), so both
 * download and compile while the page renders and the snapshot files are fetched. Failures are
 * reported later by `loadSnapshot`, which retries them.
 */
export function startEngines(): void {
  startDuckDB().catch(() => undefined);
  initParquet().catch(() => undefined);
}

/**
 * Load `source` into the page's DuckDB-wasm (started on first use) and return the snapshot with a
 * client for querying it. Errors are AppError (snapshot-missing / -corrupt / -incompatible,
 * db-start-failed) or an AbortError when `signal` fires.
 */
export async function loadSnapshot(
  source: SnapshotSource,
  opts: { onProgress?: (p: LoadProgress) => void; signal?: AbortSignal } = {},
): Promise<{ snapshot: LoadedSnapshot; client: DbClient }> {
  const reader = source.kind === 'url' ? urlReader(checkSnapshotUrl(source.baseUrl, currentPage())) : filesReader(source.files);
  const dbReady = startDuckDB();
  dbReady.catch(() => undefined); // reported when awaited below
  initParquet().catch(() => undefined); // reported by parquetToIpc
  const conns: Array<{ close(): Promise<void> }> = [];
  let settled = false;
  try {
    const snapshot = await loadSnapshotInto({
      reader,
      parquetToIpc,
      onProgress: opts.onProgress,
      signal: opts.signal,
      async connect() {
        const conn = await (await dbReady).connect();
        // The loader asks for the connection first thing; if the load already failed, close it here.
        if (settled) void conn.close().catch(() => undefined);
        else conns.push(conn);
        return conn;
      },
    });
    return { snapshot, client: createDbClient(await dbReady) };
  } finally {
    settled = true;
    for (const c of conns) await c.close().catch(() => undefined);
  }
}
