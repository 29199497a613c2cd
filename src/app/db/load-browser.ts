import { createDbClient } from './client';
import { startDuckDB } from './duckdb';
import { loadSnapshotInto } from './load-snapshot';
import { initParquet, parquetToIpc } from './parquet';
import { afterFirstFiles, forgetPrefetched, withPrefetched } from './prefetch';
import { filesReader, urlReader, type SnapshotReader } from './snapshot-files';
import { checkSnapshotUrl, currentPage } from './snapshot-source';
import type { DbClient, LoadedSnapshot, LoadProgress, SnapshotSource } from './types';

/**
 * Called once at boot: start DuckDB-wasm as soon as the snapshot files the first page needs have
 * arrived (`afterFirstFiles`, at most 1.5 s after boot). Its 33 MB engine takes longest, but its
 * download and compilation would otherwise compete (for the server connections and a small
 * machine's CPU) with those files and the first paint, which the overview's precomputed numbers
 * make possible without DuckDB. parquet-wasm follows once the first page is drawn (see
 * `loadSnapshot`). Failures are reported later by `loadSnapshot`, which retries them.
 */
export function startEngines(): void {
  afterFirstFiles(() => void startDuckDB().catch(() => undefined));
}

/** Start parquet-wasm after the next paint (the preview page first), or at once without a window. */
function initParquetAfterPaint(): void {
  const start = () => void initParquet().catch(() => undefined); // reported by parquetToIpc
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(start, 0));
  else start();
}

/**
 * Load `source` into the page's DuckDB-wasm (started on first use, see `startEngines`) and return the snapshot with a
 * client for querying it. `onPreview` gets the snapshot (manifest, geometry, overview preview)
 * before the tables are in DuckDB. Errors are AppError (snapshot-missing / -corrupt / -incompatible,
 * db-start-failed) or an AbortError when `signal` fires.
 */
export async function loadSnapshot(
  source: SnapshotSource,
  opts: { onProgress?: (p: LoadProgress) => void; onPreview?: (s: LoadedSnapshot) => void; signal?: AbortSignal } = {},
): Promise<{ snapshot: LoadedSnapshot; client: DbClient }> {
  let reader: SnapshotReader;
  if (source.kind === 'url') {
    const baseUrl = checkSnapshotUrl(source.baseUrl, currentPage());
    reader = withPrefetched(urlReader(baseUrl), baseUrl);
  } else {
    reader = filesReader(source.files);
  }
  // the same moment as startEngines (for a snapshot opened from disk: at once)
  const dbReady = new Promise<void>((resolve) => afterFirstFiles(resolve)).then(startDuckDB);
  dbReady.catch(() => undefined); // reported when awaited below
  const conns: Array<{ close(): Promise<void> }> = [];
  let settled = false;
  try {
    const snapshot = await loadSnapshotInto({
      reader,
      parquetToIpc,
      onProgress: opts.onProgress,
      onPreview: (snapshot) => {
        opts.onPreview?.(snapshot);
        initParquetAfterPaint(); // parquetToIpc starts it anyway if a table is decoded first
      },
      signal: opts.signal,
      async connect() {
        const conn = await (await dbReady).connect();
        // The loader asks for the connection first thing; if the load already failed, close it here.
        if (settled) void conn.close().catch(() => undefined);
        else conns.push(conn);
        return conn;
      },
    });
    forgetPrefetched(); // used: a later load of the same folder fetches afresh
    return { snapshot, client: createDbClient(await dbReady) };
  } catch (e) {
    if ((e as Error)?.name !== 'AbortError') forgetPrefetched();
    throw e;
  } finally {
    settled = true;
    for (const c of conns) await c.close().catch(() => undefined);
  }
}
