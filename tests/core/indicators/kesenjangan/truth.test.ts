import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoData, type DemoTruth } from '../../../../src/pipeline/demo';
import {
  kesenjanganJabatan,
  kesenjanganLokalPerusahaan,
  kesenjanganLokalProyek,
  kesenjanganLokalSektor,
  kesenjanganPelatihanProgram,
  kesenjanganRingkasan,
} from '../../../../src/core/indicators/kesenjangan';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';

/**
 * The kesenjangan numbers the generator knows, from its own clean model (truth.json), against the
 * indicators on the committed demo snapshot (which is the pipeline build of that default-seed demo
 * folder; tests/pipeline checks so).
 */
let dir: string;
let truth: DemoTruth;
let db: SnapshotDb;
let periode: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sk-ksj-'));
  truth = await generateDemoData({ outDir: dir });
  db = await openSnapshotDb('data/snapshots/demo');
  periode = truth.pencaker.lastMonthEnd.slice(0, 7);
}, 180_000);

afterAll(async () => {
  db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('kesenjangan indicators against the demo generator truth', () => {
  it('supply and demand at the last month end: active people, open vacancies and positions', async () => {
    const [r] = await queryIndicator(db, kesenjanganRingkasan, { periode });
    expect(r.pencaker).toBe(truth.pencaker.activeAtLastMonthEnd.total);
    expect(r.lowongan).toBe(truth.lowongan.openVacanciesAtLastMonthEnd);
    expect(r.posisi).toBe(truth.lowongan.openPositionsAtLastMonthEnd);
    expect(r.rasio).toBeCloseTo(truth.pencaker.activeAtLastMonthEnd.total / truth.lowongan.openPositionsAtLastMonthEnd, 9);
    const groups = await queryIndicator(db, kesenjanganJabatan, { periode });
    expect(groups.reduce((s, g) => s + g.posisi, 0)).toBe(truth.lowongan.openPositionsAtLastMonthEnd);
    expect(groups.reduce((s, g) => s + g.pencaker, 0)).toBe(truth.pencaker.activeAtLastMonthEnd.total);
  });

  it('positions opened in the 12 months to a December: the generator positions of that calendar year', async () => {
    for (const year of ['2023', '2024', '2025']) {
      const [r] = await queryIndicator(db, kesenjanganRingkasan, { periode: `${year}-12` });
      expect(r.posisi_12bln, year).toBe(truth.lowongan.positionsPerYear[year]);
    }
  });

  it('local hire by sector: companies, workers, local workers, companies below 70%, per section', async () => {
    const rows = await queryIndicator(db, kesenjanganLokalSektor, { periode });
    expect(rows.reduce((s, r) => s + r.perusahaan, 0)).toBe(truth.perusahaan.companies);
    expect(rows.reduce((s, r) => s + r.pekerja, 0)).toBe(truth.perusahaan.jumlahPekerja);
    expect(rows.reduce((s, r) => s + r.lokal, 0)).toBe(truth.perusahaan.pekerjaLokal);
    expect(rows.reduce((s, r) => s + r.di_bawah_70, 0)).toBe(truth.perusahaan.localShareBelow70);
    // The demo codes KBLI 2025 only in sections whose letter is unchanged, so harmonised = generated section.
    expect(Object.fromEntries(rows.map((r) => [r.kbli_seksi, r.perusahaan]))).toEqual(truth.perusahaan.bySeksi);
  });

  it('companies below the quota: the list holds every company below 70% (and more below 75%)', async () => {
    const rows = await queryIndicator(db, kesenjanganLokalPerusahaan, { periode });
    expect(rows.filter((r) => r.di_bawah_70).length).toBe(truth.perusahaan.localShareBelow70);
    expect(rows.filter((r) => r.persen < 70).length).toBe(truth.perusahaan.localShareBelow70);
    expect(rows.length).toBeGreaterThan(truth.perusahaan.localShareBelow70);
    for (let i = 1; i < rows.length; i++) expect(rows[i].persen).toBeGreaterThanOrEqual(rows[i - 1].persen);
  });

  it('the gas-network project: vacancies, positions, filled and filled locally, against its 70% quota', async () => {
    const rows = await queryIndicator(db, kesenjanganLokalProyek, { periode });
    const j = rows.find((r) => r.proyek === truth.lowongan.jargas.proyek);
    expect(j).toBeDefined();
    expect(j!.jenis).toBe('proyek');
    expect(j!.kuota).toBe(70);
    expect(j!.lowongan).toBe(truth.lowongan.jargas.vacancies);
    expect(j!.posisi).toBe(truth.lowongan.jargas.positions);
    expect(j!.terisi).toBe(truth.lowongan.jargas.terisi);
    expect(j!.terisi_lokal).toBe(truth.lowongan.jargas.terisiLokal);
    expect(j!.persen).toBeCloseTo((100 * truth.lowongan.jargas.terisiLokal) / truth.lowongan.jargas.terisi, 9);
  });

  it('training totals: every programme started by the export, with its results', async () => {
    const rows = await queryIndicator(db, kesenjanganPelatihanProgram, { periode });
    const sum = (f: (r: (typeof rows)[number]) => number | null) => rows.reduce((s, r) => s + (f(r) ?? 0), 0);
    expect(rows.length).toBe(truth.pelatihan.programmes);
    expect(sum((r) => r.peserta)).toBe(truth.pelatihan.peserta);
    expect(sum((r) => r.lulus)).toBe(truth.pelatihan.lulus);
    expect(sum((r) => r.bersertifikat)).toBe(truth.pelatihan.bersertifikat);
    expect(sum((r) => r.ditempatkan)).toBe(truth.pelatihan.ditempatkan);
  });
});
