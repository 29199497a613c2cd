import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  kesenjanganJabatan,
  kesenjanganKelurahan,
  kesenjanganKeterampilan,
  kesenjanganLokalPerusahaan,
  kesenjanganLokalProyek,
  kesenjanganLokalSektor,
  kesenjanganPelatihan,
  kesenjanganPelatihanProgram,
  kesenjanganPendidikan,
  kesenjanganRingkasan,
  kesenjanganSulitDiisi,
  type KesenjanganParams,
} from '../../../../src/core/indicators/kesenjangan';
import { KETERAMPILAN_TERATAS } from '../../../../src/core/indicators/kesenjangan/keterampilan';
import { SULIT_DIISI_TERATAS } from '../../../../src/core/indicators/kesenjangan/sulit-diisi';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import { loadRaw, reference } from './reference';

/**
 * Every kesenjangan indicator on the committed demo snapshot against an independent plain
 * TypeScript computation over the raw rows, under several filter sets: whole city, a kecamatan, a
 * kelurahan, earlier periods (including one before any vacancy exists), and cross-filter
 * selections.
 */
const DEMO = 'data/snapshots/demo';
const last = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7) as string;

const PARAMS: KesenjanganParams[] = [
  { periode: last },
  { periode: '2025-06', kecamatan: '64.74.02' },
  { periode: last, kecamatan: '64.74.01', kelurahan: '64.74.01.1004' },
  { periode: last, kecamatan: '64.74.03', kelurahan: '64.74.03.1002' },
  { periode: '2024-02' },
  { periode: '2022-12' }, // before the first vacancy: zero demand, no ratio
  { periode: last, pilih: { kbji: ['7'] } },
  { periode: last, pilih: { kbji: ['3', '8'], pend: ['SMK'] } },
  { periode: '2026-03', pilih: { skill: ['k3 umum', 'las smaw'] }, permintaan: 'dibuka12' },
  { periode: last, kecamatan: '64.74.01', pilih: { pend: ['SMA', 'S1'], kbli: ['C', 'F'] } },
  { periode: '2025-11', pilih: { kbji: ['?'], kbli: ['N'] } },
  { periode: last, pilih: { pend: ['tanpa', 'D3'], kbji: ['8'] } },
];

let db: SnapshotDb;
let ref: ReturnType<typeof reference>;

beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
  ref = reference(await loadRaw(db));
}, 60_000);
afterAll(() => db?.close());

/** Same rows in the same order; non-integers to 9 decimals. */
function expectRows(actual: object[], want: object[], label: string) {
  expect(actual.length, `${label}: rows`).toBe(want.length);
  want.forEach((w, i) => {
    const a = actual[i] as Record<string, unknown>;
    expect(Object.keys(a), `${label}: columns`).toEqual(Object.keys(w));
    for (const [k, v] of Object.entries(w)) {
      if (typeof v === 'number' && !Number.isInteger(v)) expect(a[k], `${label} ${k} row ${i}`).toBeCloseTo(v, 9);
      else expect(a[k], `${label} ${k} row ${i}`).toEqual(v);
    }
  });
}

describe('kesenjangan indicators equal a plain TypeScript computation over the raw rows', () => {
  for (const p of PARAMS) {
    const label = JSON.stringify(p);
    it(`supply and demand: ringkasan, jabatan, pendidikan, kelurahan — ${label}`, async () => {
      expectRows(await queryIndicator(db, kesenjanganRingkasan, p), ref.kesenjanganRingkasan(p), `ringkasan ${label}`);
      expectRows(await queryIndicator(db, kesenjanganJabatan, p), ref.kesenjanganJabatan(p), `jabatan ${label}`);
      expectRows(await queryIndicator(db, kesenjanganPendidikan, p), ref.kesenjanganPendidikan(p), `pendidikan ${label}`);
      expectRows(await queryIndicator(db, kesenjanganKelurahan, p), ref.kesenjanganKelurahan(p), `kelurahan ${label}`);
    });

    it(`skills: the top ${KETERAMPILAN_TERATAS} by the chosen demand measure, plus the chosen skills — ${label}`, async () => {
      const [first, second] = p.permintaan === 'dibuka12' ? (['posisi_12bln', 'posisi'] as const) : (['posisi', 'posisi_12bln'] as const);
      const all = ref
        .keterampilanAll(p)
        .sort((a, b) => b[first] - a[first] || b[second] - a[second] || b.pencaker - a.pencaker || (a.keterampilan < b.keterampilan ? -1 : 1));
      const want = all.filter((r, i) => i < KETERAMPILAN_TERATAS || (p.pilih?.skill ?? []).includes(r.keterampilan));
      expectRows(await queryIndicator(db, kesenjanganKeterampilan, p), want, `keterampilan ${label}`);
    });

    it(`hard-to-fill occupations — ${label}`, async () => {
      const want = ref
        .sulitDiisiAll(p)
        .sort((a, b) => a.persen_terisi - b.persen_terisi || b.median_hari - a.median_hari || b.posisi - a.posisi || (a.kbji_kode < b.kbji_kode ? -1 : 1))
        .slice(0, SULIT_DIISI_TERATAS);
      const got = await queryIndicator(db, kesenjanganSulitDiisi, p);
      expectRows(
        got.map(({ nama: _n, ...r }) => r),
        want,
        `sulit ${label}`,
      );
    });

    it(`local hire by sector, company and project — ${label}`, async () => {
      expectRows(await queryIndicator(db, kesenjanganLokalSektor, p), ref.kesenjanganLokalSektor(p), `sektor ${label}`);
      expectRows(await queryIndicator(db, kesenjanganLokalPerusahaan, p), ref.kesenjanganLokalPerusahaan(p), `perusahaan ${label}`);
      expectRows(await queryIndicator(db, kesenjanganLokalProyek, p), ref.kesenjanganLokalProyek(p), `proyek ${label}`);
    });

    it(`training output against the gap, and the programme list — ${label}`, async () => {
      expectRows(await queryIndicator(db, kesenjanganPelatihan, p), ref.kesenjanganPelatihan(p), `pelatihan ${label}`);
      expectRows(await queryIndicator(db, kesenjanganPelatihanProgram, p), ref.kesenjanganPelatihanProgram(p), `program ${label}`);
    });
  }
});

describe('kesenjangan: properties the charts rely on', () => {
  it('the occupation groups add up to the headline supply and demand (each person and vacancy has one group)', async () => {
    for (const p of PARAMS.filter((x) => !x.pilih?.kbji)) {
      const [total] = await queryIndicator(db, kesenjanganRingkasan, p);
      const rows = await queryIndicator(db, kesenjanganJabatan, p);
      expect(rows.reduce((s, r) => s + r.pencaker, 0)).toBe(total.pencaker);
      expect(rows.reduce((s, r) => s + r.posisi, 0)).toBe(total.posisi);
      expect(rows.reduce((s, r) => s + r.posisi_12bln, 0)).toBe(total.posisi_12bln);
    }
  });

  it('zero demand gives no ratio rather than infinity', async () => {
    const [r] = await queryIndicator(db, kesenjanganRingkasan, { periode: '2022-12' });
    expect(r.posisi).toBe(0);
    expect(r.rasio).toBeNull();
    const rows = await queryIndicator(db, kesenjanganJabatan, { periode: last });
    const unknown = rows.find((x) => x.kbji_golongan === '?');
    expect(unknown?.pencaker).toBeGreaterThan(0);
    expect(unknown?.posisi).toBe(0);
    expect(unknown?.rasio).toBeNull();
  });

  it('hard-to-fill rows carry the occupation name of the project KBJI list', async () => {
    const rows = await queryIndicator(db, kesenjanganSulitDiisi, { periode: last });
    expect(rows.length).toBe(SULIT_DIISI_TERATAS);
    expect(rows.every((r) => typeof r.nama === 'string' && r.nama.length > 2)).toBe(true);
    const welder = (await queryIndicator(db, kesenjanganSulitDiisi, { periode: last, pilih: { kbji: ['7'] } })).find((r) => r.kbji_kode === '7212');
    if (welder) expect(welder.nama).toBe('Tukang Las');
  });
});
