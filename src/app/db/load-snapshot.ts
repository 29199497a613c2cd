import { parsePratinjau, type Pratinjau } from '../../core/indicators/pratinjau';
import { SNAPSHOT_TABLES, type ManifestFile, type TableDef } from '../../core/schema/snapshot';
import { RecordBatchReader } from 'apache-arrow';
import type { ArrowTabular } from './arrow-rows';
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
  /**
   * Called once, before the tables are in the database, as soon as the manifest, the geometry and
   * the overview preview (`pratinjau.json`, when the manifest lists it) are read and verified: the
   * snapshot as it will be returned, so the page can be drawn while DuckDB starts. The returned
   * snapshot is this very object.
   */
  onPreview?(snapshot: LoadedSnapshot): void;
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

/** Column names of an Arrow IPC stream, read from its schema message only (no record batches). */
function ipcColumns(ipc: Uint8Array): string[] {
  const reader = RecordBatchReader.from(ipc);
  reader.open();
  return reader.schema.fields.map((f) => f.name);
}

/** Throw AppError('snapshot-corrupt') naming `file` when the decoded table lacks a contract column. */
function checkColumns(ipc: Uint8Array, def: TableDef, file: string): void {
  const present = new Set(ipcColumns(ipc));
  const absent = def.columns.filter((c) => !present.has(c.name)).map((c) => c.name);
  if (absent.length) throw new AppError('snapshot-corrupt', `${file}: kolom ${absent.join(', ')} tidak ada`);
}

/**
 * SQL that copies the Arrow-inserted table into one with exactly the contract's columns, order and
 * types, then drops the raw table (one round trip to the worker). The Parquet -> Arrow -> DuckDB
 * route keeps DATE and VARCHAR[] (checked in tests), but the casts make the tables right even if a
 * writer or decoder picks e.g. TIMESTAMP for a date or large strings.
 */
function shapeSql(def: TableDef): string {
  const select = def.columns.map((c) => `CAST(${q(c.name)} AS ${c.type}) AS ${q(c.name)}`).join(', ');
  return (
    `CREATE OR REPLACE TABLE ${q(NEW(def.name))} AS SELECT ${select} FROM ${q(RAW(def.name))};\n` +
    `DROP TABLE IF EXISTS ${q(RAW(def.name))};`
  );
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
 * The database is started (`connect`) at once, and all files are fetched, verified and decoded
 * concurrently while it starts; only the inserts wait for it. The geometry and the overview
 * preview (`pratinjau.json`, optional; ignored when missing, altered or unreadable) are requested
 * first and reach `onPreview` before the inserts. New tables are built beside the old
 * ones and swapped in at the end in one transaction, so a failed or cancelled load leaves the
 * previously loaded snapshot intact. Loads run one at a time.
 */
export function loadSnapshotInto(deps: LoadDeps): Promise<LoadedSnapshot> {
  const run = queue.then(() => load(deps));
  queue = run.catch(() => undefined);
  return run;
}

const dropStagingSql = SNAPSHOT_TABLES.map((def) => `DROP TABLE IF EXISTS ${q(RAW(def.name))}; DROP TABLE IF EXISTS ${q(NEW(def.name))};`).join('\n');

const swapSql = [
  'BEGIN TRANSACTION;',
  ...SNAPSHOT_TABLES.map((def) => `DROP TABLE IF EXISTS ${q(def.name)}; ALTER TABLE ${q(NEW(def.name))} RENAME TO ${q(def.name)};`),
  'COMMIT;',
].join('\n');

async function load({ reader, connect, parquetToIpc, onProgress, onPreview, signal }: LoadDeps): Promise<LoadedSnapshot> {
  const check = () => {
    if (signal?.aborted) throw abortError();
  };
  check();
  // The database takes longest to start and nothing before the inserts needs it: start it first.
  const connecting = connect();
  connecting.catch(() => undefined); // reported where it is awaited
  onProgress?.({ step: 'manifest.json', done: 0, total: 1 });
  const plan = parseManifest(new TextDecoder().decode(await reader.read('manifest.json', signal)));
  check();
  const total = 1 + plan.tables.length + 2 + (plan.pratinjau ? 1 : 0);
  let done = 1;
  const finished = (file: string) => {
    done++;
    if (!signal?.aborted) onProgress?.({ step: file, done, total });
  };
  const read = async (entry: ManifestFile) => {
    check();
    const bytes = await reader.read(entry.file, signal);
    check();
    await verifySha256(entry.file, bytes, entry.sha256);
    check();
    return bytes;
  };
  onProgress?.({ step: plan.tables[0]?.file ?? 'manifest.json', done, total });

  // The small files the first paint needs are requested first (a browser opens only a few
  // connections per host at once): geometry and the overview preview.
  const geo = (entry: ManifestFile) =>
    read(entry).then((bytes) => {
      const fc = parseGeo(bytes, entry.file);
      finished(entry.file);
      return fc;
    });
  const preview = (entry: ManifestFile | undefined): Promise<Pratinjau | undefined> => {
    if (!entry) return Promise.resolve(undefined);
    return read(entry).then(
      (bytes) => {
        const p = parsePratinjau(new TextDecoder().decode(bytes));
        finished(entry.file);
        return p;
      },
      (e: unknown) => {
        if ((e as Error)?.name === 'AbortError') throw e;
        // Only a shortcut: without it the overview waits for DuckDB, as for an older snapshot.
        console.warn(`${entry.file} diabaikan:`, (e as AppError)?.detail ?? (e as Error)?.message ?? e);
        finished(entry.file);
        return undefined;
      },
    );
  };
  const early = Promise.all([
    geo(plan.kelurahanGeo),
    geo(plan.kecamatanGeo),
    preview(plan.pratinjau),
    snapshotVersion(plan.manifest),
  ]).then(([kelurahanGeo, kecamatanGeo, pratinjau, version]): LoadedSnapshot => {
    const snapshot: LoadedSnapshot = {
      manifest: plan.manifest,
      kelurahanGeo,
      kecamatanGeo,
      version,
      sourceLabel: reader.label,
      ...(pratinjau ? { pratinjau } : {}),
    };
    if (!signal?.aborted) onPreview?.(snapshot);
    return snapshot;
  });
  early.catch(() => undefined); // reported where it is awaited

  // Every file at once: fetch, verify, decode (Parquet -> Arrow IPC) and check the columns.
  const tables = Promise.all(
    SNAPSHOT_TABLES.map(async (def, i) => {
      const entry = plan.tables[i];
      const bytes = await read(entry);
      let ipc: Uint8Array;
      try {
        ipc = await parquetToIpc(bytes);
        checkColumns(ipc, def, entry.file);
      } catch (e) {
        throw asAppError(e, entry.file);
      }
      finished(entry.file);
      return ipc;
    }),
  );
  const [ipcs, snapshot] = await Promise.all([tables, early]);
  check();

  onProgress?.({ step: 'duckdb', done, total });
  const conn = await connecting;
  check();
  const dropStaging = () => conn.query(dropStagingSql).catch(() => undefined);
  await dropStaging();
  try {
    for (const [i, def] of SNAPSHOT_TABLES.entries()) {
      check();
      const file = plan.tables[i].file;
      try {
        await conn.insertArrowFromIPCStream(ipcs[i], { name: RAW(def.name), create: true });
        await conn.query(shapeSql(def));
      } catch (e) {
        throw asAppError(e, file);
      }
    }
    check();
    try {
      await conn.query(swapSql);
    } catch (e) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw asAppError(e, 'manifest.json');
    }
    onProgress?.({ step: 'selesai', done: total, total });
    return snapshot;
  } catch (e) {
    await dropStaging();
    throw e;
  }
}
