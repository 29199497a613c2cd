// Parquet is decoded in JavaScript with parquet-wasm, not by DuckDB: DuckDB-wasm 1.32 has no
// built-in Parquet reader, and read_parquet() would download the parquet extension from
// extensions.duckdb.org, which fails offline (and must not happen: the app never contacts another
// host). parquet-wasm decodes the bytes to Arrow IPC, which DuckDB-wasm inserts natively.
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
// The wasm file is bundled as an asset of the app (no CDN).
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | null = null;

/**
 * Download and instantiate parquet-wasm once (called at boot, so it runs while DuckDB starts).
 * A failure is reported by the next `parquetToIpc`, which tries again.
 */
export function initParquet(): Promise<unknown> {
  if (!ready) {
    ready = initParquetWasm({ module_or_path: parquetWasmUrl }).catch((e: unknown) => {
      ready = null;
      throw e;
    });
  }
  return ready;
}

/** Decode Parquet bytes into an Arrow IPC stream (initialising parquet-wasm on first use). */
export async function parquetToIpc(bytes: Uint8Array): Promise<Uint8Array> {
  await initParquet();
  return readParquet(bytes).intoIPCStream();
}
