import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { generateDemoData, type DemoTruth } from '../../src/pipeline/demo';
import { buildSnapshot } from '../../src/pipeline/build-snapshot';
import { silentEffects } from '../../src/pipeline/effects';
import { DEMO_SECRET } from '../../src/core/linkage/pseudonym';
import type { SnapshotManifest } from '../../src/core/schema/snapshot';
import {
  lowonganTerbukaBulanan,
  pencakerAktifBulanan,
  pencakerAktifPerKelurahan,
  pencakerMiskinBulanan,
  pencakerTerdaftarTahunan,
  penempatanBulanan,
  serapanLokal,
  validasiProgresBulanan,
} from '../../src/core/indicators';
import { openSnapshotDb, type SnapshotDb } from '../support/snapshot-db';
import { listFilesRecursive, scanForPersonalData } from '../support/privacy-scan';

/**
 * The demo folder goes through the real pipeline, and what the snapshot (and the indicator SQL
 * the dashboard runs) says is compared with the generator's own truth, computed from its clean
 * model and not from the files.
 */
let dir: string;
let truth: DemoTruth;
let manifest: SnapshotManifest;
let db: SnapshotDb;
let report: Array<Record<string, string>>;
const logLines: string[] = [];
const out = () => join(dir, 'snapshot');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sk-demo-'));
  truth = await generateDemoData({ outDir: join(dir, 'sumber') });
  manifest = await buildSnapshot(
    { sourceDir: join(dir, 'sumber'), outDir: out(), secret: DEMO_SECRET, demo: true },
    { ...silentEffects, log: (m) => logLines.push(m) },
  );
  db = await openSnapshotDb(out());
  report = Papa.parse<Record<string, string>>(await readFile(join(out(), 'laporan/penolakan.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}, 300_000);

afterAll(async () => {
  db?.close();
  await rm(dir, { recursive: true, force: true });
});

const lastMonth = () => truth.pencaker.lastMonthEnd.slice(0, 7);

describe('demo data through the pipeline reconciles with the generator truth', () => {
  it('accounts for every row of every table: read = accepted + rejected, by reason', () => {
    for (const [table, t] of Object.entries(truth.tables)) {
      const src = manifest.sources.find((s) => s.table === table);
      expect(src, table).toBeDefined();
      expect(src!.rows_read, table).toBe(t.rowsWritten);
      expect(src!.rows_accepted, table).toBe(t.rowsAccepted);
      expect(src!.rows_rejected, table).toBe(t.rowsRejected);
      const count = (severity: string) => {
        const m: Record<string, number> = {};
        for (const r of report) if (r.tabel === table && r.tingkat === severity) m[r.kode] = (m[r.kode] ?? 0) + 1;
        return m;
      };
      expect(count('ditolak'), `${table} rejected`).toEqual(t.rejectedByCode);
      expect(count('diperbaiki'), `${table} repaired`).toEqual(t.repairedByCode);
      expect(count('catatan'), `${table} notes`).toEqual(t.notedByCode);
      expect([...src!.ignored_columns].sort(), `${table} ignored columns`).toEqual([...t.ignoredColumns].sort());
    }
  });

  it('counts people, registrations and placements as the generator made them', async () => {
    const [{ orang }] = await db.query<{ orang: number }>('SELECT count(DISTINCT id_orang) AS orang FROM pencaker');
    expect(orang).toBe(truth.pencaker.distinctPersons);
    const years = Object.keys(truth.pencaker.registrationsPerYear);
    const q = pencakerTerdaftarTahunan.sql({ periode: lastMonth() });
    const perYear = await db.query<{ tahun: number; nilai: number }>(q.sql, q.params);
    for (const y of years) expect(perYear.find((r) => String(r.tahun) === y)?.nilai, y).toBe(truth.pencaker.registrationsPerYear[y]);
    const p = penempatanBulanan.sql({ periode: lastMonth() });
    for (const r of await db.query<{ bulan: string; nilai: number }>(p.sql, p.params)) {
      expect(r.nilai, r.bulan).toBe(truth.pencaker.placementsPerMonth[r.bulan] ?? 0);
    }
  });

  it('gives the active job seekers of every month end (dashboard SQL = generator truth)', async () => {
    const months = Object.keys(truth.pencaker.activePersonsAtMonthEnd).sort();
    // the indicator returns 13 months ending at periode: walk the whole span in steps
    for (let i = months.length - 1; i >= 0; i -= 13) {
      const q = pencakerAktifBulanan.sql({ periode: months[i] });
      for (const r of await db.query<{ bulan: string; nilai: number }>(q.sql, q.params)) {
        if (r.bulan in truth.pencaker.activePersonsAtMonthEnd) {
          expect(r.nilai, r.bulan).toBe(truth.pencaker.activePersonsAtMonthEnd[r.bulan]);
        }
      }
    }
    const k = pencakerAktifPerKelurahan.sql({ periode: lastMonth() });
    const byKel = await db.query<{ kode_kelurahan: string; nilai: number }>(k.sql, k.params);
    for (const r of byKel) expect(r.nilai, r.kode_kelurahan).toBe(truth.pencaker.activeAtLastMonthEndByKelurahan[r.kode_kelurahan] ?? 0);
  });

  it('links active job seekers to DTSEN desil as the generator did', async () => {
    const q = pencakerMiskinBulanan.sql({ periode: lastMonth() });
    const rows = await db.query<{ bulan: string; pembilang: number; penyebut: number; nilai: number }>(q.sql, q.params);
    const last = rows.find((r) => r.bulan === lastMonth())!;
    const t = truth.pencaker.activeAtLastMonthEnd;
    expect(last.penyebut).toBe(t.total);
    expect(last.pembilang).toBe(t.desil1to4);
    expect(last.nilai).toBeCloseTo((100 * t.desil1to4) / t.total, 9);
    const [{ linked }] = await db.query<{ linked: number }>('SELECT count(DISTINCT id_orang) AS linked FROM pencaker WHERE di_dtsen');
    expect(linked).toBe(truth.pencaker.personsLinkedToDtsen);
  });

  it('aggregates DTSEN by kelurahan and desil without keeping individuals', async () => {
    const rows = await db.query<{ kode_kelurahan: string; desil: number | null; n: number }>(
      'SELECT kode_kelurahan, desil, sum(jumlah_jiwa)::INT AS n FROM dtsen_agregat GROUP BY ALL',
    );
    const got: Record<string, Record<string, number>> = {};
    for (const r of rows) (got[r.kode_kelurahan] ??= {})[r.desil === null ? 'kosong' : String(r.desil)] = r.n;
    expect(got).toEqual(truth.dtsen.byKelurahanDesil);
  });

  it('reports validation progress per kecamatan at the latest report', async () => {
    const periode = truth.validasi.latestDate.slice(0, 7);
    for (const [kec, t] of Object.entries(truth.validasi.byKecamatan)) {
      const q = validasiProgresBulanan.sql({ periode, kecamatan: kec });
      const r = (await db.query<{ bulan: string; terverifikasi: number; target: number }>(q.sql, q.params)).find((x) => x.bulan === periode)!;
      expect([r.terverifikasi, r.target], kec).toEqual([t.terverifikasiKk, t.targetKk]);
    }
  });

  it('gives local-hire share and open vacancy positions as the generator made them', async () => {
    const s = serapanLokal.sql({ periode: lastMonth() });
    const [row] = await db.query<{ pekerja: number; lokal: number }>(s.sql, s.params);
    expect([row.pekerja, row.lokal]).toEqual([truth.perusahaan.jumlahPekerja, truth.perusahaan.pekerjaLokal]);
    const l = lowonganTerbukaBulanan.sql({ periode: lastMonth() });
    const open = (await db.query<{ bulan: string; nilai: number }>(l.sql, l.params)).find((r) => r.bulan === lastMonth())!;
    expect(open.nilai).toBe(truth.lowongan.openPositionsAtLastMonthEnd);
  });

  it('writes no personal data from the demo sources into any output file', async () => {
    // names and NIKs of the synthetic people, read back from the generated source
    const src = Papa.parse<string[]>(new TextDecoder('windows-1252').decode(await readFile(join(dir, 'sumber/pencaker.csv'))), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data.slice(1);
    const sample = src.filter((_, i) => i % 97 === 0).flatMap((r) => [r[0], r[1]].filter((v) => /^\d{16}$/.test(v) || v.length > 8));
    expect(sample.length).toBeGreaterThan(100);
    const logFile = join(dir, 'pipeline.log');
    await writeFile(logFile, logLines.join('\n'));
    expect(logLines.length).toBeGreaterThan(5);
    expect(await scanForPersonalData([logFile, ...(await listFilesRecursive(out()))], sample)).toEqual([]);
  });

  it('rebuilds the committed demo snapshot byte for byte (run `npm run demo-snapshot` after changing the pipeline)', async () => {
    const committed: SnapshotManifest = JSON.parse(await readFile('data/snapshots/demo/manifest.json', 'utf8'));
    expect(manifest.tables).toEqual(committed.tables);
    expect(manifest.files).toEqual(committed.files);
    expect(manifest.pratinjau).toEqual(committed.pratinjau);
  });
});
