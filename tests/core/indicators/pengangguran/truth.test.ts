import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoData, type DemoTruth } from '../../../../src/pipeline/demo';
import {
  BULAN_TREN,
  DISTRIBUSI_PENGANGGURAN,
  pengangguranPerKelurahan,
  pengangguranPerWilayah,
  pengangguranRingkasan,
  pengangguranTrenBulanan,
} from '../../../../src/core/indicators/pengangguran';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';

/**
 * The view's headline numbers on the committed demo snapshot against the demo generator's own
 * truth (computed from its clean model; the committed snapshot is the build of that folder).
 */
let dir: string;
let truth: DemoTruth;
let db: SnapshotDb;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sk-pengangguran-'));
  truth = await generateDemoData({ outDir: dir });
  db = await openSnapshotDb('data/snapshots/demo');
}, 120_000);

afterAll(async () => {
  db?.close();
  await rm(dir, { recursive: true, force: true });
});

const last = () => truth.pencaker.lastMonthEnd.slice(0, 7);

describe('pengangguran view against the demo generator truth', () => {
  it('active job seekers at the last month end: total, per kelurahan (map), per kecamatan (chart)', async () => {
    const p = { periode: last() };
    const [ringkasan] = await queryIndicator(db, pengangguranRingkasan, p);
    expect(ringkasan.aktif).toBe(truth.pencaker.activeAtLastMonthEnd.total);

    const map = await queryIndicator(db, pengangguranPerKelurahan, p);
    const byKel = Object.fromEntries(map.map((r) => [r.kode_kelurahan, r.nilai]));
    expect(byKel).toEqual(truth.pencaker.activeAtLastMonthEndByKelurahan);

    const chart = await queryIndicator(db, pengangguranPerWilayah, p);
    for (const r of chart) {
      const want = Object.entries(truth.pencaker.activeAtLastMonthEndByKelurahan)
        .filter(([kel]) => kel.startsWith(`${r.kode}.`))
        .reduce((s, [, n]) => s + n, 0);
      expect(r.nilai, r.nama).toBe(want);
    }
    for (const kec of ['64.74.01', '64.74.02', '64.74.03']) {
      const kels = await queryIndicator(db, pengangguranPerWilayah, { ...p, kecamatan: kec });
      for (const r of kels) expect(r.nilai, r.nama).toBe(truth.pencaker.activeAtLastMonthEndByKelurahan[r.kode]);
    }
  });

  it('every distribution adds up to the truth total', async () => {
    for (const def of DISTRIBUSI_PENGANGGURAN) {
      const rows = await queryIndicator(db, def, { periode: last() });
      expect(rows.reduce((s, r) => s + r.nilai, 0), def.id).toBe(truth.pencaker.activeAtLastMonthEnd.total);
    }
  });

  it('registrations and placements per month over the trend window', async () => {
    const rows = await queryIndicator(db, pengangguranTrenBulanan, { periode: last() });
    expect(rows).toHaveLength(BULAN_TREN);
    for (const r of rows) {
      expect(r.pendaftaran, r.bulan).toBe(truth.pencaker.registrationsPerMonth[r.bulan] ?? 0);
      expect(r.penempatan, r.bulan).toBe(truth.pencaker.placementsPerMonth[r.bulan] ?? 0);
    }
  });
});
