import { SNAPSHOT_TABLES, type ManifestFile, type TableDef } from '../../core/schema/snapshot';
import { arrowTableToRows, type ArrowTabular } from './arrow-rows';
import { snapshotVersion, verifySha256 } from './checksum';
import { parseManifest } from './manifest';
import type { SnapshotReader } from './snapshot-files';
import { AppError, type FeatureCollectionLike, type LoadedSnapshot, type LoadProgress } from './types';

/** The part of a DuckDB-wasm connection the loader uses (AsyncDuckDBConnection fits). */
export interface ArrowConnection {
  query(sql: string): Promise<ArrowTabular>;
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create?: boolean }): Promise<void>;
}

export interface LoadDeps {
  reader: SnapshotReader;
  /** Resolves once the database is running (its own failure is AppError('db-start-failed')). */
  connect(): Promise<ArrowConnection>;
  /** Parquet bytes -> Arrow IPC stream bytes. */
  parquetToIpc(bytes: Uint8Array): Promise<Uint8Array>;
  onProgress?(p: LoadProgress): void;
  signal?: AbortSignal;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const RAW = (t: string) => `_sk_arrow_${t}`;
const NEW = (t: string) => `_sk_baru_${t}`;

function abortError(): DOMException {
  return new DOMException('Pemuatan snapshot dibatalkan', 'AbortError');
}

const asAppError = (e: unknown, file: string): unknown =>
  e instanceof AppError || (e as Error)?.name === 'AbortError'
    ? e
    : new AppError('snapshot-corrupt', `${file}: ${(e as Error)?.message ?? String(e)}`);

/**
 * Copy the Arrow-inserted table into one with exactly the contract's columns, order and types.
 * The Parquet -> Arrow -> DuckDB route keeps DATE and VARCHAR[] (checked in tests), but the casts
 * make the tables right even if a writer or decoder picks e.g. TIMESTAMP for a date or large strings.
 */
async function shapeTable(conn: ArrowConnection, def: TableDef, file: string): Promise<void> {
  const described = arrowTableToRows<{ column_name: string }>(await conn.query(`DESCRIBE ${q(RAW(def.name))}`));
  const present = new Set(described.map((r) => r.column_name));
  const absent = def.columns.filter((c) => !present.has(c.name)).map((c) => c.name);
  if (absent.length) throw new AppError('snapshot-corrupt', `${file}: kolom ${absent.join(', ')} tidak ada`);
  const select = def.columns.map((c) => `CAST(${q(c.name)} AS ${c.type}) AS ${q(c.name)}`).join(', ');
  await conn.query(`CREATE OR REPLACE TABLE ${q(NEW(def.name))} AS SELECT ${select} FROM ${q(RAW(def.name))}`);
  await conn.query(`DROP TABLE IF EXISTS ${q(RAW(def.name))}`);
}

function parseGeo(bytes: Uint8Array, file: string): FeatureCollectionLike {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new AppError('snapshot-corrupt', `${file} bukan JSON yang sah: ${(e as Error).message}`);
  }
  const fc = data as FeatureCollectionLike;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new AppError('snapshot-corrupt', `${file} bukan GeoJSON FeatureCollection`);
  }
  return fc;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Load a snapshot into the database: read and check `manifest.json`, then read every table and
 * geometry file, verify its SHA-256 against the manifest, decode Parquet to Arrow and insert it.
 * New tables are built beside the old ones and swapped in at the end in one transaction, so a
 * failed or cancelled load leaves the previously loaded snapshot intact. Loads run one at a time.
 */
export function loadSnapshotInto(deps: LoadDeps): Promise<LoadedSnapshot> {
  const run = queue.then(() => load(deps));
  queue = run.catch(() => undefined);
  return run;
}

async function load({ reader, connect, parquetToIpc, onProgress, signal }: LoadDeps): Promise<LoadedSnapshot> {
  const check = () => {
    if (signal?.aborted) throw abortError();
  };
  check();
  onProgress?.({ step: 'manifest.json', done: 0, total: 1 });
  const plan = parseManifest(new TextDecoder().decode(await reader.read('manifest.json', signal)));
  const total = 1 + plan.tables.length + 2;
  let done = 1;
  const read = async (entry: ManifestFile) => {
    check();
    onProgress?.({ step: entry.file, done, total });
    const bytes = await reader.read(entry.file, signal);
    await verifySha256(entry.file, bytes, entry.sha256);
    return bytes;
  };

  onProgress?.({ step: 'duckdb', done, total });
  const conn = await connect();
  const dropStaging = async () => {
    for (const def of SNAPSHOT_TABLES) {
      await conn.query(`DROP TABLE IF EXISTS ${q(RAW(def.name))}`).catch(() => undefined);
      await conn.query(`DROP TABLE IF EXISTS ${q(NEW(def.name))}`).catch(() => undefined);
    }
  };
  await dropStaging();
  try {
    for (const [i, def] of SNAPSHOT_TABLES.entries()) {
      const entry = plan.tables[i];
      const bytes = await read(entry);
      try {
        const ipc = await parquetToIpc(bytes);
        check();
        await conn.insertArrowFromIPCStream(ipc, { name: RAW(def.name), create: true });
        await shapeTable(conn, def, entry.file);
      } catch (e) {
        throw asAppError(e, entry.file);
      }
      done++;
    }
    const kelurahanGeo = parseGeo(await read(plan.kelurahanGeo), plan.kelurahanGeo.file);
    done++;
    const kecamatanGeo = parseGeo(await read(plan.kecamatanGeo), plan.kecamatanGeo.file);
    done++;
    check();

    await conn.query('BEGIN TRANSACTION');
    try {
      for (const def of SNAPSHOT_TABLES) {
        await conn.query(`DROP TABLE IF EXISTS ${q(def.name)}`);
        await conn.query(`ALTER TABLE ${q(NEW(def.name))} RENAME TO ${q(def.name)}`);
      }
      await conn.query('COMMIT');
    } catch (e) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw asAppError(e, 'manifest.json');
    }
    onProgress?.({ step: 'selesai', done: total, total });
    return {
      manifest: plan.manifest,
      kelurahanGeo,
      kecamatanGeo,
      version: await snapshotVersion(plan.manifest),
      sourceLabel: reader.label,
    };
  } catch (e) {
    await dropStaging();
    throw e;
  }
}
