import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALL_INDICATORS } from '../../../src/core/indicators';
import type { IndicatorDef, ViewParams } from '../../../src/core/indicators/types';
import { cubeReader } from '../../support/cubes';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../support/snapshot-db';

/**
 * Every indicator that can answer cross-filter clicks in memory (`crossfilter`) gives exactly the
 * rows of its SQL, on the demo snapshot, for areas, periods and selections of one and several
 * dimensions, including a selection nobody matches.
 */
const DEMO = 'data/snapshots/demo';
const last = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7) as string;
const SELECTIONS: NonNullable<ViewParams['pilih']>[] = [
  { jk: ['P'] },
  { pend: ['SMA', 'SMK'] },
  { kbji: ['?', '7'] },
  { durasi: ['12-17', '18-23'], umur: ['20-24', '25-29'] },
  { jk: ['L'], pend: ['S1', 'D3'], kbji: ['2', '3'], durasi: ['0-2'] },
  { desil: ['1', '2', '3', '4'], jk: ['P'] },
  { umur: ['tidak-ada'] },
  // skills (a list per person: any chosen one), with deciles, other dimensions and a skill nobody lists
  { skill: ['k3 umum'] },
  { skill: ['sim a', 'komunikasi'], pend: ['SMA', 'SMK'] },
  { desil: ['5', 'luar'], skill: ['microsoft office'], kbji: ['4'] },
  { skill: ['keterampilan-tidak-ada'], jk: ['L'] },
  // sectors (companies and their vacancies)
  { kbli: ['C', 'F'] },
  { kbli: ['B'], kbji: ['7', '8'] },
];
const AREAS: Array<Pick<ViewParams, 'kecamatan' | 'kelurahan'>> = [{}, { kecamatan: '64.74.02' }, { kecamatan: '64.74.01', kelurahan: '64.74.01.1003' }];
const PARAMS: ViewParams[] = [
  ...AREAS.flatMap((area) => SELECTIONS.map((pilih) => ({ periode: last, ...area, pilih }))),
  ...['2025-06', '2023-01'].flatMap((periode) => [SELECTIONS[1], SELECTIONS[4], SELECTIONS[8]].map((pilih) => ({ periode, kecamatan: '64.74.03', pilih }))),
];

const WITH_CROSSFILTER = ALL_INDICATORS.filter((d) => d.crossfilter) as Array<IndicatorDef<ViewParams, Record<string, unknown>>>;

let db: SnapshotDb;
const cubeFor = cubeReader(() => db);

beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
}, 60_000);
afterAll(() => db?.close());

describe('in-memory cross-filter answers equal the SQL', () => {
  it('covers the pengangguran, kemiskinan and kesenjangan views', () => {
    expect(WITH_CROSSFILTER.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'pengangguranRingkasan',
        'pengangguranPerKelurahan',
        'pengangguranPerWilayah',
        'pengangguranMenurutJk',
        'pengangguranMenurutKbji',
        'pengangguranTrenBulanan',
        'kemiskinanRingkasan',
        'kemiskinanKeterampilan',
        'kemiskinanPrioritasJabatan',
        'kesenjanganRingkasan',
        'kesenjanganKeterampilan',
        'kesenjanganLokalPerusahaan',
      ]),
    );
  });
  for (const def of WITH_CROSSFILTER) {
    it(`${def.id}`, async () => {
      let nonZero = 0;
      for (const p of PARAMS) {
        const frame = await queryIndicator(db, def, { ...p, pilih: undefined });
        const want = await queryIndicator(db, def, p);
        const cubesOf = await Promise.all(def.crossfilter!.cubes.map((c) => cubeFor(c, p.periode)));
        const got = def.crossfilter!.answer(frame, cubesOf, p);
        expect(got, JSON.stringify(p)).toEqual(want);
        if (JSON.stringify(got) !== JSON.stringify(frame)) nonZero++;
      }
      // the selections change the answers (the test would pass vacuously otherwise); an indicator
      // reads only some dimensions (a company list only the sector), so not every selection changes it
      expect(nonZero).toBeGreaterThanOrEqual(3);
    }, 120_000);
  }
});
