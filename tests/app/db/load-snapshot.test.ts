import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbClient } from '../../../src/app/db/client';
import { loadSnapshotInto, type LoadDeps } from '../../../src/app/db/load-snapshot';
import type { SnapshotReader } from '../../../src/app/db/snapshot-files';
import { AppError, type LoadProgress } from '../../../src/app/db/types';
import { INDICATORS } from '../../../src/core/indicators';
import { SNAPSHOT_TABLES } from '../../../src/core/schema/snapshot';
import { makeTestSnapshot, type TestSnapshot } from '../../support/make-test-snapshot';
import { openSnapshotDb, type SnapshotDb } from '../../support/snapshot-db';
import { openWasmDb, parquetToIpcNode, type WasmDb } from './wasm-node';

let root: string;
let snap: TestSnapshot;
let nodeDb: SnapshotDb;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sk-load-'));
  snap = await makeTestSnapshot(path.join(root, 'snap'));
  nodeDb = await openSnapshotDb(snap.dir);
});

afterAll(async () => {
  nodeDb?.close();
  await rm(root, { recursive: true, force: true });
});

function dirReader(dir: string): SnapshotReader {
  return {
    label: dir,
    async read(file) {
      try {
        return new Uint8Array(await readFile(path.join(dir, file)));
      } catch {
        throw new AppError(file === 'manifest.json' ? 'snapshot-missing' : 'snapshot-corrupt', `${file} tidak ada`);
      }
    },
  };
}

function deps(db: WasmDb, dir: string, extra: Partial<LoadDeps> = {}): LoadDeps {
  return { reader: dirReader(dir), connect: () => db.arrowConnection(), parquetToIpc: parquetToIpcNode, ...extra };
}

async function copySnapshot(name: string): Promise<string> {
  const dir = path.join(root, name);
  await cp(snap.dir, dir, { recursive: true });
  return dir;
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a rejection');
}

describe('loading a snapshot into DuckDB-wasm (Parquet -> parquet-wasm -> Arrow IPC)', () => {
  let db: WasmDb;
  beforeAll(async () => {
    db = await openWasmDb();
  });
  afterAll(() => db?.close());

  it('loads every table with the contract types, reports progress per file, and gives a stable version', async () => {
    const progress: LoadProgress[] = [];
    const loaded = await loadSnapshotInto(deps(db, snap.dir, { onProgress: (p) => progress.push(p) }));
    expect(loaded.manifest.schema_version).toBe(snap.manifest.schema_version);
    expect(loaded.version).toMatch(/^[0-9a-f]{16}$/);
    expect(loaded.kelurahanGeo.features).toHaveLength(15);
    expect(loaded.kecamatanGeo.features).toHaveLength(3);
    const steps = progress.map((p) => p.step);
    for (const t of snap.manifest.tables) expect(steps).toContain(t.file);
    expect(steps).toContain('kelurahan.geojson');
    expect(progress.at(-1)).toEqual({ step: 'selesai', done: 15, total: 15 });

    const client = createDbClient(db);
    for (const def of SNAPSHOT_TABLES) {
      const cols = await client.query<{ column_name: string; column_type: string }>(`DESCRIBE "${def.name}"`);
      expect(cols.map((c) => [c.column_name, c.column_type])).toEqual(def.columns.map((c) => [c.name, c.type]));
      const [{ n }] = await client.query<{ n: number }>(`SELECT count(*) AS n FROM "${def.name}"`);
      expect(n).toBe(snap.manifest.tables.find((t) => t.name === def.name)!.rows);
    }
    // No staging tables left behind.
    const tables = await client.query<{ table_name: string }>('SELECT table_name FROM information_schema.tables');
    expect(tables.filter((t) => t.table_name.startsWith('_sk_'))).toEqual([]);

    // DATE and VARCHAR[] survive the round trip with their values.
    const first = snap.rows.pencaker.find((r) => r.keterampilan.length > 1 && r.tanggal_penempatan)!;
    const [row] = await client.query<Record<string, unknown>>(
      'SELECT tanggal_daftar, tanggal_penempatan, keterampilan, desil, di_dtsen FROM pencaker WHERE id_pendaftaran = ?',
      [first.id_pendaftaran],
    );
    expect(row).toEqual({
      tanggal_daftar: first.tanggal_daftar,
      tanggal_penempatan: first.tanggal_penempatan,
      keterampilan: first.keterampilan,
      desil: first.desil,
      di_dtsen: first.di_dtsen,
    });
    const again = await loadSnapshotInto(deps(db, snap.dir));
    expect(again.version).toBe(loaded.version);
  });

  it('gives the same indicator results as @duckdb/node-api reading the Parquet files', async () => {
    await loadSnapshotInto(deps(db, snap.dir));
    const client = createDbClient(db);
    for (const def of INDICATORS) {
      for (const p of [{ periode: '2026-03' }, { periode: '2025-08', kecamatan: '64.74.01' }, { periode: '2025-11', kelurahan: '64.74.02.1005' }]) {
        const q = def.sql(p);
        const wasm = await client.query(q.sql, q.params);
        const node = await nodeDb.query(q.sql, q.params);
        expect(wasm, `${def.id} ${JSON.stringify(p)}`).toEqual(node);
      }
    }
  });

  it('names the file whose checksum does not match, and keeps the previous snapshot loaded', async () => {
    await loadSnapshotInto(deps(db, snap.dir));
    const dir = await copySnapshot('rusak');
    const victim = path.join(dir, 'lowongan.parquet');
    const bytes = await readFile(victim);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    await writeFile(victim, bytes);
    const e = await rejection(loadSnapshotInto(deps(db, dir)));
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('snapshot-corrupt');
    expect(e.detail).toContain('lowongan.parquet');
    const client = createDbClient(db);
    const [{ n }] = await client.query<{ n: number }>('SELECT count(*) AS n FROM lowongan');
    expect(n).toBe(snap.rows.lowongan.length);
    const staged = await client.query("SELECT table_name FROM information_schema.tables WHERE table_name LIKE '\\_sk\\_%' ESCAPE '\\'");
    expect(staged).toEqual([]);
  });

  it('refuses bytes that match the manifest but are not Parquet, naming the file', async () => {
    const dir = await copySnapshot('bukan-parquet');
    const junk = new TextEncoder().encode('bukan parquet');
    await writeFile(path.join(dir, 'kualitas.parquet'), junk);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    const { createHash } = await import('node:crypto');
    manifest.tables.find((t: { name: string }) => t.name === 'kualitas').sha256 = createHash('sha256').update(junk).digest('hex');
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const e = await rejection(loadSnapshotInto(deps(db, dir)));
    expect(e.code).toBe('snapshot-corrupt');
    expect(e.detail).toContain('kualitas.parquet');
  });

  it('refuses a table that lacks a contract column, naming the file and the column, before touching the database', async () => {
    await loadSnapshotInto(deps(db, snap.dir));
    const dir = await copySnapshot('kolom-kurang');
    const target = path.join(dir, 'kualitas.parquet');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const inst = await DuckDBInstance.create(':memory:');
    const c = await inst.connect();
    const tmp = path.join(dir, 'kualitas-baru.parquet');
    await c.run(`COPY (SELECT * EXCLUDE (kode_temuan) FROM read_parquet('${target}')) TO '${tmp}' (FORMAT parquet)`);
    c.closeSync();
    inst.closeSync();
    const bytes = await readFile(tmp);
    await writeFile(target, bytes);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    const { createHash } = await import('node:crypto');
    manifest.tables.find((t: { name: string }) => t.name === 'kualitas').sha256 = createHash('sha256').update(bytes).digest('hex');
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const e = await rejection(loadSnapshotInto(deps(db, dir)));
    expect(e.code).toBe('snapshot-corrupt');
    expect(e.detail).toBe('kualitas.parquet: kolom kode_temuan tidak ada');
    // The previous snapshot is still loaded in full.
    const client = createDbClient(db);
    const [{ n }] = await client.query<{ n: number }>('SELECT count(*) AS n FROM kualitas');
    expect(n).toBe(snap.rows.kualitas.length);
  });

  it('says which schema versions differ', async () => {
    const dir = await copySnapshot('versi');
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    manifest.schema_version = 999;
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const e = await rejection(loadSnapshotInto(deps(db, dir)));
    expect(e.code).toBe('snapshot-incompatible');
    expect(e.detail).toContain('999');
    expect(e.detail).toContain(String(snap.manifest.schema_version));
  });

  it('reports a missing manifest as snapshot-missing and a missing table file as snapshot-corrupt', async () => {
    expect((await rejection(loadSnapshotInto(deps(db, path.join(root, 'tidak-ada'))))).code).toBe('snapshot-missing');
    const dir = await copySnapshot('kurang');
    await rm(path.join(dir, 'validasi.parquet'));
    const e = await rejection(loadSnapshotInto(deps(db, dir)));
    expect(e.code).toBe('snapshot-corrupt');
    expect(e.detail).toContain('validasi.parquet');
  });

  it('stops when aborted, with an AbortError rather than an AppError', async () => {
    const ac = new AbortController();
    const p = loadSnapshotInto(
      deps(db, snap.dir, {
        signal: ac.signal,
        onProgress: (pr) => {
          if (pr.step === 'perusahaan.parquet') ac.abort();
        },
      }),
    );
    const e = await rejection(p);
    expect((e as unknown as Error).name).toBe('AbortError');
  });

  it('reports a database that does not start as the connect error, untouched', async () => {
    const e = await rejection(
      loadSnapshotInto(deps(db, snap.dir, { connect: () => Promise.reject(new AppError('db-start-failed', 'uji')) })),
    );
    expect(e.code).toBe('db-start-failed');
  });
});
