import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isoOf } from './calendar';
import { writeDtsen } from './dtsen';
import { IdFactory } from './identity';
import { writeIndikator } from './indikator';
import { buildJobSeekers, defaultRegistrationCount, EXPORT_DAY } from './jobseekers';
import { writeLowongan } from './lowongan';
import { cleanRowsFor, pencakerTable, planDirt, summarisePencaker, writePencaker } from './pencaker';
import { writePelatihan } from './pelatihan';
import { buildCompanies, writePerusahaan } from './perusahaan';
import type { DemoTruth } from './truth';
import { planVerification, writeValidasi } from './validasi';

export type { DemoTruth } from './truth';

/** Seed used when none is given (the date the demo was specified, 22 Nov 2026). */
export const DEFAULT_SEED = 20261122;
/** Bumped whenever the files for a given seed change. */
export const DEMO_VERSION = 1;
/** Smallest and largest --scale accepted. */
export const MIN_SCALE = 1_000;
export const MAX_SCALE = 5_000_000;

export interface DemoOptions {
  /** Folder to write into (created when missing). Files of the same tables in the other format are removed. */
  outDir: string;
  /** Seed for every random choice; the same seed and scale give byte-identical files. */
  seed?: number;
  /**
   * Number of job-seeker rows to write (1,000 - 5,000,000), with a DTSEN extract of about as many
   * persons; every table is then written as CSV. Without it: the default demo (~42,000 job-seeker
   * rows, 60,000 DTSEN persons), with DTSEN, companies and validation as XLSX.
   */
  scale?: number;
  /** Progress messages (Indonesian). */
  log?: (msg: string) => void;
}

const TABLES_WITH_FORMAT = ['dtsen', 'perusahaan', 'validasi'];

/**
 * Write a synthetic but realistic source folder for Kota Bontang in the formats of the data
 * contract (pencaker.csv, dtsen, perusahaan, lowongan.csv, validasi, pelatihan.csv, indikator.csv)
 * plus `truth.json`: the counts the dashboard should show, computed from the generator's own model.
 * Deterministic: no clock, no Math.random.
 */
export async function generateDemoData(opts: DemoOptions): Promise<DemoTruth> {
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed harus bilangan bulat 0-4294967295, bukan ${seed}`);
  const scale = opts.scale ?? null;
  if (scale !== null && (!Number.isInteger(scale) || scale < MIN_SCALE || scale > MAX_SCALE)) {
    throw new Error(`scale harus bilangan bulat ${MIN_SCALE}-${MAX_SCALE}, bukan ${scale}`);
  }
  const log = opts.log ?? (() => {});
  const dir = opts.outDir;
  const wide = scale === null ? 'xlsx' : 'csv';
  await mkdir(dir, { recursive: true });
  // A folder must hold one file per table: drop the other format left by an earlier run.
  for (const t of TABLES_WITH_FORMAT) await rm(join(dir, `${t}.${wide === 'xlsx' ? 'csv' : 'xlsx'}`), { force: true });

  const companies = buildCompanies(seed);
  const perusahaan = await writePerusahaan(dir, companies, wide, seed);
  log(`perusahaan.${wide}: ${perusahaan.table.rowsWritten} baris`);

  const plan = planVerification(seed);
  const validasi = await writeValidasi(dir, plan, wide);
  log(`validasi.${wide}: ${validasi.table.rowsWritten} baris`);

  const ids = new IdFactory();
  const clean = scale === null ? defaultRegistrationCount() : cleanRowsFor(scale);
  const model = buildJobSeekers(seed, clean, companies, ids);
  const duplicates = scale === null ? Math.round(clean * 0.005) : scale - clean;
  const dirt = planDirt(seed, clean, duplicates);
  const written = await writePencaker(dir, model, dirt, companies, seed);
  log(`pencaker.csv: ${written} baris (${model.persons.count} orang)`);

  const dtsen = await writeDtsen({ dir, format: wide, seed, scale, persons: model.persons, plan, ids });
  log(`dtsen.${wide}: ${dtsen.table.rowsWritten} baris`);

  const lowongan = await writeLowongan(dir, companies, seed);
  log(`lowongan.csv: ${lowongan.table.rowsWritten} baris`);
  const pelatihan = await writePelatihan(dir, companies, seed);
  log(`pelatihan.csv: ${pelatihan.table.rowsWritten} baris`);
  const indikator = await writeIndikator(dir);
  log(`indikator.csv: ${indikator.rowsWritten} baris`);

  const pencakerTruth = pencakerTable(dirt, clean);
  if (pencakerTruth.rowsWritten !== written) throw new Error(`pencaker: wrote ${written} rows, expected ${pencakerTruth.rowsWritten}`);

  const truth: DemoTruth = {
    generator: 'simpul-kerja-demo',
    version: DEMO_VERSION,
    seed,
    scale,
    exportDate: isoOf(EXPORT_DAY),
    files: [
      'pencaker.csv',
      dtsen.table.file,
      perusahaan.table.file,
      'lowongan.csv',
      validasi.table.file,
      'pelatihan.csv',
      'indikator.csv',
      'truth.json',
    ],
    tables: {
      pencaker: pencakerTruth,
      dtsen: dtsen.table,
      perusahaan: perusahaan.table,
      lowongan: lowongan.table,
      validasi: validasi.table,
      pelatihan: pelatihan.table,
      indikator,
    },
    pencaker: summarisePencaker(model, dirt, dtsen.personDesil),
    dtsen: dtsen.truth,
    validasi: validasi.truth,
    perusahaan: perusahaan.truth,
    lowongan: lowongan.truth,
    pelatihan: pelatihan.truth,
  };
  await writeFile(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  log('truth.json ditulis');
  return truth;
}
