import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSnapshot } from '../../src/pipeline/build-snapshot';
import { silentEffects } from '../../src/pipeline/effects';
import { openSnapshotDb } from '../support/snapshot-db';
import { csv, PENCAKER_HEADER, pencakerRow, person, TEST_SECRET, writeSourceFolder } from '../support/source-fixture';

/** The real Bontang boundaries stay in ../shared; they are read at test time, never copied. */
const REAL_KELURAHAN = resolve(process.cwd(), '../shared/data/boundaries/bontang-kelurahan.geojson');

describe.runIf(existsSync(REAL_KELURAHAN))('snapshot with the real Bontang boundaries', () => {
  it('matches all 15 kelurahan and dissolves them into 3 kecamatan', async () => {
    const src = await writeSourceFolder({ 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(person(1))]) });
    const out = join(await mkdtemp(join(tmpdir(), 'sk-geo-')), 'snapshot');
    const m = await buildSnapshot({ sourceDir: src, outDir: out, secret: TEST_SECRET, boundariesPath: REAL_KELURAHAN }, silentEffects);
    expect(m.geometry).toEqual({ kind: 'official', source: 'bontang-kelurahan.geojson' });

    const kel = JSON.parse(await readFile(join(out, 'kelurahan.geojson'), 'utf8'));
    const kec = JSON.parse(await readFile(join(out, 'kecamatan.geojson'), 'utf8'));
    const input = JSON.parse(await readFile(REAL_KELURAHAN, 'utf8'));
    const expectedCodes = input.features.map((f: { properties: { code: string } }) => f.properties.code).sort();
    expect(kel.features.map((f: { properties: { kode: string } }) => f.properties.kode).sort()).toEqual(expectedCodes);
    expect(expectedCodes).toHaveLength(15);
    expect(kec.features.map((f: { properties: { kode: string } }) => f.properties.kode)).toEqual(['64.74.01', '64.74.02', '64.74.03']);
    expect(kel.features.every((f: { properties: { skematis: boolean } }) => f.properties.skematis === false)).toBe(true);

    const db = await openSnapshotDb(out);
    try {
      const w = await db.query<{ n: number; skematis: number }>('SELECT count(*) AS n, count(*) FILTER (WHERE geometri_skematis) AS skematis FROM wilayah');
      expect(w[0]).toEqual({ n: 15, skematis: 0 });
    } finally {
      db.close();
    }
    const summary = await readFile(join(out, 'laporan', 'ringkasan.txt'), 'utf8');
    expect(summary).toContain('batas resmi dari bontang-kelurahan.geojson');
    expect(summary).not.toContain('Bentuk tanpa kelurahan');
  });
});
