import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoData, type DemoTruth } from '../../../../src/pipeline/demo';
import {
  kemiskinanBivariat,
  kemiskinanMiskinPerKelurahan,
  kemiskinanPerDesil,
  kemiskinanPrioritasGolongan,
  kemiskinanRingkasan,
} from '../../../../src/core/indicators/kemiskinan';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import { DEMO } from './reference';

/**
 * The committed demo snapshot is the pipeline's build of the default demo folder (checked
 * elsewhere); here the view's numbers on it are compared with the generator's own truth, which
 * is computed from its clean model and not from any file.
 */
let dir: string;
let truth: DemoTruth;
let db: SnapshotDb;
let periode: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sk-kemiskinan-'));
  truth = await generateDemoData({ outDir: dir });
  periode = truth.pencaker.lastMonthEnd.slice(0, 7);
  db = await openSnapshotDb(DEMO);
}, 120_000);

afterAll(async () => {
  db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('kemiskinan view against the demo generator truth (last month of the data, whole city)', () => {
  it('kemiskinanRingkasan: active, linked to DTSEN, in desil 1-4', async () => {
    const [got] = await queryIndicator(db, kemiskinanRingkasan, { periode });
    const t = truth.pencaker.activeAtLastMonthEnd;
    expect(got.aktif).toBe(t.total);
    expect(got.di_dtsen).toBe(t.linkedToDtsen);
    expect(got.miskin).toBe(t.desil1to4);
    expect(got.sasaran).toBe(t.desil1to4);
    expect(got.persen_miskin).toBeCloseTo((100 * t.desil1to4) / t.total, 9);
  });

  it('kemiskinanPerDesil: every desil, "in DTSEN without desil" and "not found in DTSEN"', async () => {
    const got = await queryIndicator(db, kemiskinanPerDesil, { periode });
    const t = truth.pencaker.activeAtLastMonthEnd;
    const by = Object.fromEntries(got.map((r) => [r.desil_kat, r.nilai]));
    for (let d = 1; d <= 10; d++) expect(by[String(d)], `desil ${d}`).toBe(t.byDesil[String(d) as '1'] ?? 0);
    expect(by.tanpa).toBe(t.byDesil.kosong ?? 0);
    expect(by.luar).toBe(t.total - t.linkedToDtsen);
    expect(got.reduce((s, r) => s + r.nilai, 0)).toBe(t.total);
  });

  it('kemiskinanMiskinPerKelurahan and kemiskinanBivariat: active job seekers per kelurahan', async () => {
    const share = await queryIndicator(db, kemiskinanMiskinPerKelurahan, { periode });
    const bi = await queryIndicator(db, kemiskinanBivariat, { periode });
    const want = truth.pencaker.activeAtLastMonthEndByKelurahan;
    expect(Object.keys(want).length).toBe(bi.length);
    for (const r of share) expect(r.aktif, r.kode_kelurahan).toBe(want[r.kode_kelurahan] ?? 0);
    for (const r of bi) expect(r.pencaker, r.kode_kelurahan).toBe(want[r.kode_kelurahan] ?? 0);
    expect(share.reduce((s, r) => s + r.miskin, 0)).toBe(truth.pencaker.activeAtLastMonthEnd.desil1to4);
  });

  it('kemiskinanBivariat: DTSEN persons, persons in desil 1-4 and the poverty share per kelurahan', async () => {
    const got = await queryIndicator(db, kemiskinanBivariat, { periode });
    for (const r of got) {
      const t = truth.dtsen.byKelurahanDesil[r.kode_kelurahan] ?? {};
      const jiwa = Object.values(t).reduce((s, n) => s + (n ?? 0), 0);
      const miskin = (['1', '2', '3', '4'] as const).reduce((s, d) => s + (t[d] ?? 0), 0);
      expect(r.dtsen_jiwa, r.kode_kelurahan).toBe(jiwa);
      expect(r.dtsen_miskin, r.kode_kelurahan).toBe(miskin);
      expect(r.y!).toBeCloseTo((100 * miskin) / jiwa, 9);
      const here = truth.pencaker.activeAtLastMonthEndByKelurahan[r.kode_kelurahan] ?? 0;
      expect(r.x!).toBeCloseTo((100 * here) / truth.pencaker.activeAtLastMonthEnd.total, 9);
      expect(r.per_seribu_dtsen!).toBeCloseTo((1000 * here) / jiwa, 9);
    }
    expect(got.reduce((s, r) => s + r.dtsen_miskin, 0)).toBe(truth.dtsen.desil1to4Persons);
  });

  it('kemiskinanPrioritasGolongan: open positions at the last month end add up to the truth', async () => {
    const got = await queryIndicator(db, kemiskinanPrioritasGolongan, { periode });
    expect(got.reduce((s, r) => s + r.posisi_terbuka, 0)).toBe(truth.lowongan.openPositionsAtLastMonthEnd);
    expect(got.reduce((s, r) => s + r.sasaran, 0)).toBe(truth.pencaker.activeAtLastMonthEnd.desil1to4);
  });
});
