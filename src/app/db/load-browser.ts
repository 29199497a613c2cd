import { createDbClient } from './client';
import { startDuckDB } from './duckdb';
import { loadSnapshotInto } from './load-snapshot';
import { parquetToIpc } from './parquet';
import { filesReader, urlReader } from './snapshot-files';
import { checkSnapshotUrl, currentPage } from './snapshot-source';
import type { DbClient, LoadedSnapshot, LoadProgress, SnapshotSource } from './types';

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
  const conns: Array<{ close(): Promise<void> }> = [];
  try {
    const snapshot = await loadSnapshotInto({
      reader,
      parquetToIpc,
      onProgress: opts.onProgress,
      signal: opts.signal,
      async connect() {
        const conn = await (await dbReady).connect();
        conns.push(conn);
        return conn;
      },
    });
    return { snapshot, client: createDbClient(await dbReady) };
  } finally {
    for (const c of conns) await c.close().catch(() => undefined);
  }
}
