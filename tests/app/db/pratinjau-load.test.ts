import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { createDbClient } from '../../../src/app/db/client';
import { loadSnapshotInto, type ArrowConnection } from '../../../src/app/db/load-snapshot';
import type { SnapshotReader } from '../../../src/app/db/snapshot-files';
import type { LoadedSnapshot } from '../../../src/app/db/types';
import { inlineQuery } from '../../../src/core/indicators/bases';
import { INDICATORS } from '../../../src/core/indicators';
import type { SnapshotManifest } from '../../../src/core/schema/snapshot';
import { writePratinjau } from '../../../src/pipeline/snapshots/pratinjau';
import { makeTestSnapshot, type TestSnapshot } from '../../support/make-test-snapshot';
import { openWasmDb, parquetToIpcNode, type WasmDb } from './wasm-node';

/**
 * The preview written by the pipeline (Node DuckDB) must be what DuckDB-wasm returns in the
 * browser for the same query, value for value and type for type; and the loader must hand it to
 * the page before the database is running.
 */
let root: string;
let snap: TestSnapshot;
let db: WasmDb;

function dirReader(dir: string): SnapshotReader {
  return { label: dir, read: async (file) => new Uint8Array(await readFile(path.join(dir, file))) };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sk-pratinjau-load-'));
  snap = await makeTestSnapshot(path.join(root, 'snap'));
  // add the preview as the pipeline writes it, with the pipeline's own code
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const entry = await writePratinjau(conn, snap.dir, snap.manifest.tables, snap.manifest.periode);
  conn.closeSync();
  instance.closeSync();
  expect(entry).not.toBeNull();
  const manifest: SnapshotManifest = { ...snap.manifest, pratinjau: entry! };
  await writeFile(path.join(snap.dir, 'manifest.json'), JSON.stringify(manifest));
  db = await openWasmDb();
}, 120_000);

afterAll(async () => {
  db?.close();
  await rm(root, { recursive: true, force: true });
});

describe('pratinjau.json in the browser loader', () => {
  it('reaches onPreview before the database is connected, and the loaded snapshot is that same object', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const previews: LoadedSnapshot[] = [];
    let connected = false;
    const loading = loadSnapshotInto({
      reader: dirReader(snap.dir),
      parquetToIpc: parquetToIpcNode,
      connect: async (): Promise<ArrowConnection> => {
        await gate;
        connected = true;
        return db.arrowConnection();
      },
      onPreview: (s) => {
        previews.push(s);
        expect(connected).toBe(false);
        open();
      },
    });
    const loaded = await loading;
    expect(previews).toHaveLength(1);
    expect(loaded).toBe(previews[0]);
    expect(loaded.pratinjau?.periode).toBe(snap.manifest.periode.akhir.slice(0, 7));
    expect(loaded.pratinjau?.entries.map((e) => e.indicator)).toEqual(INDICATORS.map((d) => d.id));
  });

  it('holds rows strictly equal to what DuckDB-wasm returns for the same indicator queries', async () => {
    const loaded = await loadSnapshotInto({ reader: dirReader(snap.dir), parquetToIpc: parquetToIpcNode, connect: () => db.arrowConnection() });
    const client = createDbClient(db);
    for (const e of loaded.pratinjau!.entries) {
      const def = INDICATORS.find((d) => d.id === e.indicator)!;
      const q = inlineQuery(def, e.params);
      const wasm = await client.query(q.sql, q.params);
      expect(wasm.length, e.indicator).toBeGreaterThan(0);
      expect(e.rows, e.indicator).toStrictEqual(wasm);
    }
  });

  it('loads without the preview when its bytes do not match the manifest hash', async () => {
    const dir = path.join(root, 'rusak');
    await (await import('node:fs/promises')).cp(snap.dir, dir, { recursive: true });
    const file = path.join(dir, 'pratinjau.json');
    const text = (await readFile(file, 'utf8')).replace('"nilai":', '"nilai":1');
    await writeFile(file, text);
    expect(createHash('sha256').update(text).digest('hex')).not.toBe(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')).pratinjau.sha256);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const loaded = await loadSnapshotInto({ reader: dirReader(dir), parquetToIpc: parquetToIpcNode, connect: () => db.arrowConnection() });
      expect(loaded.pratinjau).toBeUndefined();
      expect(loaded.kelurahanGeo.features).toHaveLength(15);
    } finally {
      console.warn = warn;
    }
  });
});
