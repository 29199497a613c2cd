import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KESENJANGAN_INDICATORS, type KesenjanganParams } from '../../../src/core/indicators/kesenjangan';
import { KUBUS_KESENJANGAN_LOWONGAN, KUBUS_KESENJANGAN_PENCAKER } from '../../../src/core/indicators/kesenjangan/kubus';
import { kesenjanganLokalPerusahaan, lokalPerusahaanCrossfilter } from '../../../src/core/indicators/kesenjangan/lokal-perusahaan';
import { kesenjanganLokalProyek, lokalProyekCrossfilter } from '../../../src/core/indicators/kesenjangan/lokal-proyek';
import { kesenjanganPelatihanProgram, pelatihanProgramCrossfilter } from '../../../src/core/indicators/kesenjangan/pelatihan-program';
import type { CrossfilterForm, IndicatorDef } from '../../../src/core/indicators/types';
import { cubeReader } from '../../support/cubes';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../support/snapshot-db';

/**
 * The kesenjangan view's in-memory cross-filter answers against their SQL on the demo snapshot,
 * for cases the shared test (crossfilter.test.ts) does not vary: the 12-month demand measure
 * (which reorders the skill list), a period before any vacancy, selected skills outside the top
 * list, sectors mapped from KBLI 2025, and the company and programme lists, which only one
 * dimension changes.
 */
const DEMO = 'data/snapshots/demo';
const last = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7) as string;

type Def = IndicatorDef<KesenjanganParams, Record<string, unknown>>;
type Form = CrossfilterForm<KesenjanganParams, Record<string, unknown>>;

const SUPPLY_DEMAND: KesenjanganParams[] = [
  { periode: last, permintaan: 'dibuka12', pilih: { kbji: ['7'] } },
  { periode: last, permintaan: 'dibuka12', pilih: { skill: ['k3 umum', 'penggalian'], pend: ['SMK', 'tanpa'] } },
  { periode: last, kecamatan: '64.74.03', kelurahan: '64.74.03.1002', pilih: { skill: ['menjahit'] } },
  { periode: '2024-02', kecamatan: '64.74.02', permintaan: 'dibuka12', pilih: { pend: ['tanpa', 'SMA'], kbji: ['?', '5'] } },
  { periode: '2022-12', pilih: { kbji: ['7'], skill: ['sim a'] } },
];
const SEKTOR: KesenjanganParams[] = [
  { periode: last, pilih: { kbli: ['H', 'tanpa'] } },
  { periode: last, kecamatan: '64.74.01', pilih: { kbli: ['N'], pend: ['SMA'] } },
  { periode: '2026-03', pilih: { kbli: ['C'] } },
  { periode: '2025-06', pilih: { kbli: ['F', 'G'], kbji: ['7'] } },
  { periode: last, pilih: { kbli: ['Z'] } },
];
const GOLONGAN: KesenjanganParams[] = [
  { periode: last, pilih: { kbji: ['7'] } },
  { periode: '2025-06', pilih: { kbji: ['3', '4', '?'], pend: ['SMK'] } },
  { periode: '2024-02', pilih: { kbji: ['8'] } },
  { periode: last, pilih: { kbji: ['0'] } },
];

let db: SnapshotDb;
const cubeFor = cubeReader(() => db);

/** Checks `form` against the SQL of `def` for every parameter set; returns how many answers differ from their frame. */
async function check(def: Def, form: Form, params: KesenjanganParams[]): Promise<number> {
  let changed = 0;
  for (const p of params) {
    const frame = await queryIndicator(db, def, { ...p, pilih: undefined });
    const want = await queryIndicator(db, def, p);
    const got = form.answer(frame, await Promise.all(form.cubes.map((c) => cubeFor(c, p.periode))), p);
    expect(got, JSON.stringify(p)).toEqual(want);
    if (JSON.stringify(got) !== JSON.stringify(frame)) changed++;
  }
  return changed;
}

beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
}, 60_000);
afterAll(() => db?.close());

describe('kesenjangan cross-filter answers equal the SQL', () => {
  const attached = KESENJANGAN_INDICATORS.filter((d) => d.crossfilter) as unknown as Def[];

  it('covers every chart a selection changes', () => {
    expect(attached.map((d) => d.id).sort()).toEqual(
      [
        'kesenjanganJabatan',
        'kesenjanganKelurahan',
        'kesenjanganKeterampilan',
        'kesenjanganLokalPerusahaan',
        'kesenjanganLokalProyek',
        'kesenjanganPelatihan',
        'kesenjanganPelatihanProgram',
        'kesenjanganPendidikan',
        'kesenjanganRingkasan',
        'kesenjanganSulitDiisi',
      ].sort(),
    );
  });

  // the company, project and programme lists follow one dimension each: checked below with theirs
  const oneDimension = new Set(['kesenjanganLokalPerusahaan', 'kesenjanganLokalProyek', 'kesenjanganPelatihanProgram']);
  for (const def of attached.filter((d) => !oneDimension.has(d.id))) {
    it(`${def.id}: demand measure, early periods, rare skills`, async () => {
      expect(await check(def, def.crossfilter!, SUPPLY_DEMAND)).toBeGreaterThanOrEqual(3);
    }, 120_000);
  }

  it('kesenjanganLokalPerusahaan: sector selections', async () => {
    expect(kesenjanganLokalPerusahaan.crossfilter).toBe(lokalPerusahaanCrossfilter);
    expect(await check(kesenjanganLokalPerusahaan as unknown as Def, lokalPerusahaanCrossfilter as unknown as Form, SEKTOR)).toBe(SEKTOR.length);
  }, 120_000);

  it('kesenjanganLokalProyek: sector selections', async () => {
    expect(await check(kesenjanganLokalProyek as unknown as Def, lokalProyekCrossfilter as unknown as Form, SEKTOR)).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('kesenjanganPelatihanProgram: occupation-group selections', async () => {
    expect(
      await check(kesenjanganPelatihanProgram as unknown as Def, pelatihanProgramCrossfilter as unknown as Form, GOLONGAN),
    ).toBe(GOLONGAN.length);
  }, 120_000);

  it('the cubes hold every vacancy opened by the period end and every active job seeker once', async () => {
    const [orang, lowongan] = await Promise.all([cubeFor(KUBUS_KESENJANGAN_PENCAKER, last), cubeFor(KUBUS_KESENJANGAN_LOWONGAN, last)]);
    const all = new Uint32Array(orang.length).map((_, i) => i);
    const [{ aktif }] = await db.query<{ aktif: number }>(
      `SELECT CAST(count(DISTINCT id_orang) AS INTEGER) AS aktif FROM pencaker p, (SELECT CAST(last_day(CAST(? AS DATE)) AS DATE) AS d) d
       WHERE p.tanggal_daftar <= d.d AND p.status <> 'dicabut' AND p.tanggal_kedaluwarsa > d.d AND (p.tanggal_penempatan IS NULL OR p.tanggal_penempatan > d.d)`,
      [`${last}-01`],
    );
    expect(orang.sum(all, 'n')).toBe(aktif);
    const [{ dibuka }] = await db.query<{ dibuka: number }>(
      `SELECT CAST(count(*) AS INTEGER) AS dibuka FROM lowongan WHERE tanggal_buka <= last_day(CAST(? AS DATE))`,
      [`${last}-01`],
    );
    const rows = new Uint32Array(lowongan.length).map((_, i) => i);
    const open = lowongan.number('dibuka');
    expect(lowongan.sum(rows, 'n', (i) => open[i] === 1)).toBe(dibuka);
  }, 60_000);
});
