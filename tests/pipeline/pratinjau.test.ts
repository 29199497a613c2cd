import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoData } from '../../src/pipeline/demo';
import { buildSnapshot } from '../../src/pipeline/build-snapshot';
import { silentEffects } from '../../src/pipeline/effects';
import { DEMO_SECRET } from '../../src/core/linkage/pseudonym';
import { INDICATOR_COLUMNS, INDICATORS } from '../../src/core/indicators';
import { parsePratinjau, PRATINJAU_FILE, type Pratinjau } from '../../src/core/indicators/pratinjau';
import type { SnapshotManifest } from '../../src/core/schema/snapshot';
import { filterOptionsFromSnapshot } from '../../src/app/state/snapshot-options';
import { parseFilters, resolveFilters, toAreaPeriodParams } from '../../src/app/state/filters';
import type { LoadedSnapshot } from '../../src/app/db/types';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../support/snapshot-db';

/**
 * `pratinjau.json` (the overview's numbers precomputed at build time) must hold exactly what the
 * browser would compute: every entry is compared with the same indicator run in Node on the
 * built snapshot's Parquet files, for the parameters the overview builds when the URL is empty.
 */
let dir: string;
let manifest: SnapshotManifest;
let db: SnapshotDb;
let bytes: Buffer;
let pratinjau: Pratinjau;
const out = () => join(dir, 'snapshot');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sk-pratinjau-'));
  await generateDemoData({ outDir: join(dir, 'sumber') });
  manifest = await buildSnapshot({ sourceDir: join(dir, 'sumber'), outDir: out(), secret: DEMO_SECRET, demo: true }, silentEffects);
  db = await openSnapshotDb(out());
  bytes = await readFile(join(out(), PRATINJAU_FILE));
  pratinjau = parsePratinjau(bytes.toString('utf8'));
}, 300_000);

afterAll(async () => {
  db?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The overview's parameters for an empty URL, resolved the way the app does it. */
async function appDefaultParams(m: SnapshotManifest, snapshotDir: string) {
  const geo = async (f: string) => JSON.parse(await readFile(join(snapshotDir, f), 'utf8'));
  const snapshot = {
    manifest: m,
    kelurahanGeo: await geo('kelurahan.geojson'),
    kecamatanGeo: await geo('kecamatan.geojson'),
  } as LoadedSnapshot;
  return toAreaPeriodParams(resolveFilters(parseFilters(''), filterOptionsFromSnapshot(snapshot)));
}

describe('pratinjau.json', () => {
  it('is listed in the manifest with its size and SHA-256', () => {
    expect(manifest.pratinjau).toBeDefined();
    expect(manifest.pratinjau!.file).toBe(PRATINJAU_FILE);
    expect(manifest.pratinjau!.bytes).toBe(bytes.length);
    expect(manifest.pratinjau!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('has one entry per overview indicator, for the parameters the app builds with no filter in the URL', async () => {
    const params = await appDefaultParams(manifest, out());
    expect(params).toEqual({ periode: manifest.periode.akhir.slice(0, 7) });
    expect(pratinjau.periode).toBe(params.periode);
    expect(pratinjau.entries.map((e) => e.indicator)).toEqual(INDICATORS.map((d) => d.id));
    for (const e of pratinjau.entries) expect(e.params, e.indicator).toEqual(params);
  });

  it('equals, entry by entry, the indicator SQL run in Node on the built snapshot (values and JS types)', async () => {
    for (const def of INDICATORS) {
      const entry = pratinjau.entries.find((e) => e.indicator === def.id)!;
      const want = await queryIndicator(db, def, entry.params);
      expect(want.length, def.id).toBeGreaterThan(0);
      // toStrictEqual: same keys, same order of rows, numbers stay numbers, null stays null
      expect(entry.rows, def.id).toStrictEqual(want);
    }
    // the KPI the page shows first is a real count, not an empty month
    const aktif = pratinjau.entries.find((e) => e.indicator === 'pencakerAktifBulanan')!;
    expect(aktif.rows.find((r) => r.bulan === pratinjau.periode)?.nilai).toBeGreaterThan(1000);
  });

  it('holds aggregates only: each row has exactly the indicator result columns, and no 16-digit number', () => {
    for (const e of pratinjau.entries) {
      const cols = INDICATOR_COLUMNS[e.indicator].map(([name]) => name);
      for (const r of e.rows) expect(Object.keys(r), e.indicator).toEqual(cols);
    }
    expect(bytes.toString('utf8')).not.toMatch(/\d{16}/);
  });

  it('is in the committed demo snapshot, equal to the SQL on its own tables', async () => {
    const demoDir = 'data/snapshots/demo';
    const demo: SnapshotManifest = JSON.parse(await readFile(join(demoDir, 'manifest.json'), 'utf8'));
    expect(demo.pratinjau).toBeDefined();
    const text = await readFile(join(demoDir, demo.pratinjau!.file));
    expect(createHash('sha256').update(text).digest('hex')).toBe(demo.pratinjau!.sha256);
    const demoDb = await openSnapshotDb(demoDir);
    try {
      const p = parsePratinjau(text.toString('utf8'));
      expect(p.entries.map((e) => e.params)).toEqual(INDICATORS.map(() => ({ periode: demo.periode.akhir.slice(0, 7) })));
      for (const e of p.entries) {
        const def = INDICATORS.find((d) => d.id === e.indicator)!;
        expect(e.rows, e.indicator).toStrictEqual(await queryIndicator(demoDb, def, e.params));
      }
    } finally {
      demoDb.close();
    }
  });
});
