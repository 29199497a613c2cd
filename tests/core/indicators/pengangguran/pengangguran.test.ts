import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  BULAN_TREN,
  DISTRIBUSI_PENGANGGURAN,
  bpsPasarKerja,
  pencakerAktifAgustus,
  pengangguranPerKelurahan,
  pengangguranPerWilayah,
  pengangguranRingkasan,
  pengangguranTrenBulanan,
  PERSEN_USIA_PRODUKTIF_SP2020,
  type DistribusiRow,
} from '../../../../src/core/indicators/pengangguran';
import { pencakerAktifBulanan } from '../../../../src/core/indicators';
import { PENGANGGURAN_INDICATORS } from '../../../../src/core/indicators/pengangguran';
import { materialisedQuery } from '../../../../src/app/db/materialise';
import type { IndicatorDef } from '../../../../src/core/indicators/types';
import { KECAMATAN, KOTA } from '../../../../src/core/reference/wilayah';
import type { DimensionId, ViewParams } from '../../../../src/core/indicators/types';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import { activePeople, flows, isActive, loadRaw, median, monthEnd, population, selectedPeople, type Raw } from './reference';

/**
 * Every number of the pengangguran view, on the committed demo snapshot, against a plain
 * TypeScript computation over the raw rows (reference.ts), under several filter sets.
 */
const DEMO = 'data/snapshots/demo';
const last = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7) as string;

const PARAMS: ViewParams[] = [
  { periode: last },
  { periode: '2025-06', kecamatan: '64.74.02' },
  { periode: last, kecamatan: '64.74.01', kelurahan: '64.74.01.1003' },
  { periode: last, pilih: { jk: ['P'], pend: ['SMA', 'SMK'] } },
  { periode: '2026-02', kecamatan: '64.74.03', pilih: { kbji: ['?', '7'], durasi: ['12-17', '18-23'], umur: ['20-24', '25-29'] } },
  { periode: '2023-01' },
];
const SHARE = PERSEN_USIA_PRODUKTIF_SP2020 / 100;

let db: SnapshotDb;
let raw: Raw;
beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
  raw = await loadRaw(db);
}, 60_000);
afterAll(() => db?.close());

const label = (p: ViewParams) => JSON.stringify(p);

describe('pengangguranRingkasan', () => {
  for (const p of PARAMS) {
    it(`matches the raw rows for ${label(p)}`, async () => {
      const [row] = await queryIndicator(db, pengangguranRingkasan, p);
      const people = selectedPeople(raw, p);
      const months = people.map((x) => x.durasi_bulan);
      const lama = months.filter((m) => m >= 12).length;
      expect(row.aktif).toBe(people.length);
      expect(row.median_bulan).toBe(median(months));
      expect(row.lama).toBe(lama);
      if (people.length) expect(row.persen_lama).toBeCloseTo((100 * lama) / people.length, 10);
      else expect(row.persen_lama).toBeNull();
      if (p.kelurahan) {
        expect(row.penduduk).toBeNull();
        expect(row.per_1000).toBeNull();
      } else {
        const pop = population(raw, p.kecamatan ?? '64.74', Number(p.periode.slice(0, 4)))!;
        expect(row.penduduk).toBe(pop.penduduk);
        expect(row.penduduk_tahun).toBe(pop.tahun);
        expect(row.usia_kerja).toBeCloseTo(pop.penduduk * SHARE, 6);
        expect(row.per_1000).toBeCloseTo((people.length * 1000) / (pop.penduduk * SHARE), 10);
      }
    });
  }

  it('uses the published 2024 populations (city 191.811, kecamatan from the reference list) for 2026', async () => {
    const [city] = await queryIndicator(db, pengangguranRingkasan, { periode: last });
    expect(city.penduduk).toBe(KOTA.penduduk_2024);
    expect(city.penduduk_tahun).toBe(2024);
    for (const k of KECAMATAN) {
      const [row] = await queryIndicator(db, pengangguranRingkasan, { periode: last, kecamatan: k.kode });
      expect(row.penduduk, k.nama).toBe(k.penduduk_2024);
    }
  });

  it('counts the same people as the overview series at the period end', async () => {
    const [row] = await queryIndicator(db, pengangguranRingkasan, { periode: last });
    const series = await queryIndicator(db, pencakerAktifBulanan, { periode: last });
    expect(row.aktif).toBe(series[series.length - 1].nilai);
    expect(row.aktif).toBeGreaterThan(1000);
  });
});

describe('pengangguranPerWilayah (drill-down chart)', () => {
  for (const p of PARAMS) {
    it(`matches the raw rows for ${label(p)}`, async () => {
      const rows = await queryIndicator(db, pengangguranPerWilayah, p);
      const people = selectedPeople(raw, { ...p, kecamatan: undefined, kelurahan: undefined });
      if (p.kecamatan) {
        const kels = raw.wilayah.filter((w) => w.kode_kecamatan === p.kecamatan).sort((a, b) => (a.kode_kelurahan < b.kode_kelurahan ? -1 : 1));
        expect(rows.map((r) => r.kode)).toEqual(kels.map((w) => w.kode_kelurahan));
        for (const [i, w] of kels.entries()) {
          expect(rows[i].nama).toBe(w.nama_kelurahan);
          expect(rows[i].tingkat).toBe('kelurahan');
          expect(rows[i].nilai, w.nama_kelurahan).toBe(people.filter((x) => x.kel === w.kode_kelurahan).length);
          expect(rows[i].penduduk).toBeNull();
          expect(rows[i].per_1000).toBeNull();
        }
      } else {
        expect(rows.map((r) => r.kode)).toEqual(['64.74.01', '64.74.02', '64.74.03']);
        for (const r of rows) {
          const n = people.filter((x) => x.kec === r.kode).length;
          const pop = population(raw, r.kode, Number(p.periode.slice(0, 4)))!;
          expect(r.tingkat).toBe('kecamatan');
          expect(r.nama).toBe(raw.wilayah.find((w) => w.kode_kecamatan === r.kode)!.nama_kecamatan);
          expect(r.nilai, r.nama).toBe(n);
          expect(r.penduduk).toBe(pop.penduduk);
          expect(r.per_1000!).toBeCloseTo((n * 1000) / (pop.penduduk * SHARE), 10);
        }
        expect(rows.reduce((s, r) => s + r.nilai, 0)).toBe(people.length);
      }
    });
  }
});

describe('pengangguranPerKelurahan (map)', () => {
  for (const p of PARAMS) {
    it(`returns every kelurahan of the city, selections applied, for ${label(p)}`, async () => {
      const rows = await queryIndicator(db, pengangguranPerKelurahan, p);
      const people = selectedPeople(raw, p, { area: false });
      expect(rows).toHaveLength(raw.wilayah.length);
      for (const r of rows) expect(r.nilai, r.nama_kelurahan).toBe(people.filter((x) => x.kel === r.kode_kelurahan).length);
      expect(rows.reduce((s, r) => s + r.nilai, 0)).toBe(people.length);
    });
  }
});

const DIM_OF: Record<string, DimensionId> = {
  pengangguranMenurutJk: 'jk',
  pengangguranMenurutUmur: 'umur',
  pengangguranMenurutPendidikan: 'pend',
  pengangguranMenurutKbji: 'kbji',
  pengangguranMenurutDurasi: 'durasi',
};

describe('the five cross-filter distributions', () => {
  for (const def of DISTRIBUSI_PENGANGGURAN) {
    const dim = DIM_OF[def.id];
    for (const p of PARAMS) {
      it(`${def.id} for ${label(p)}: counts per category, own dimension not filtered`, async () => {
        const rows: DistribusiRow[] = await queryIndicator(db, def, p);
        const people = selectedPeople(raw, p, { exclude: dim });
        const value = (x: (typeof people)[number]) => ({ jk: x.jk, umur: x.umur, pend: x.pend, kbji: x.kbji, durasi: x.durasi })[dim as 'jk'];
        const counts = new Map<string, number>();
        for (const x of people) counts.set(value(x), (counts.get(value(x)) ?? 0) + 1);
        // every category present in the register at the period end (whole city) is listed, even at 0
        const listed = new Set(rows.map((r) => r.kunci));
        const present = new Set(activePeople(raw, p.periode).map(value));
        expect([...present].filter((v) => !listed.has(v))).toEqual([]);
        for (const r of rows) expect(r.nilai, `${def.id} ${r.kunci}`).toBe(counts.get(r.kunci) ?? 0);
        expect(rows.reduce((s, r) => s + r.nilai, 0)).toBe(people.length);
        const order = rows.map((r) => r.urutan);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      });
    }
  }

  it('lists every education level and KBJI major group with its reference name, and the fixed bands', async () => {
    const p = { periode: last };
    const pend = await queryIndicator(db, DISTRIBUSI_PENGANGGURAN[2], p);
    expect(pend.map((r) => r.kunci)).toEqual([...raw.refPendidikan].sort((a, b) => a.urutan - b.urutan).map((r) => r.kode));
    expect(pend.find((r) => r.kunci === 'SMA')!.nama).toBe(raw.refPendidikan.find((r) => r.kode === 'SMA')!.nama);
    const kbji = await queryIndicator(db, DISTRIBUSI_PENGANGGURAN[3], p);
    expect(kbji.map((r) => r.kunci)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '?']);
    expect(kbji.find((r) => r.kunci === '?')!.nama).toBeNull();
    expect(kbji.find((r) => r.kunci === '8')!.nama).toBe('Operator dan Perakit Mesin');
    const durasi = await queryIndicator(db, DISTRIBUSI_PENGANGGURAN[4], { periode: '2023-01' });
    expect(durasi.map((r) => r.kunci)).toEqual(['0-2', '3-5', '6-11', '12-17', '18-23']);
    const jk = await queryIndicator(db, DISTRIBUSI_PENGANGGURAN[0], { periode: last, kelurahan: '64.74.01.1003', kecamatan: '64.74.01', pilih: { jk: ['P'] } });
    expect(jk.map((r) => r.kunci)).toEqual(['L', 'P']);
    expect(jk.every((r) => r.nilai > 0)).toBe(true);
  });
});

describe('pengangguranTrenBulanan', () => {
  for (const p of PARAMS) {
    it(`registrations, placements and expiries per month for ${label(p)}`, async () => {
      const rows = await queryIndicator(db, pengangguranTrenBulanan, p);
      expect(rows).toHaveLength(BULAN_TREN);
      expect(rows).toEqual(flows(raw, p, BULAN_TREN));
    });
  }

  it('has real flows in the demo (expiries start two years after the register)', async () => {
    const rows = await queryIndicator(db, pengangguranTrenBulanan, { periode: last });
    expect(rows.every((r) => r.pendaftaran > 500)).toBe(true);
    expect(rows.some((r) => r.kedaluwarsa > 100)).toBe(true);
    expect(rows.every((r) => r.penempatan > 100)).toBe(true);
  });

  it('the flows reconcile with the change in the active stock (one registration per person in a month)', async () => {
    // stock(t) - stock(t-1) = registrations - placements - expiries - revocations ± re-registrations;
    // the demo's re-registrations and revocations are few, so the two stay close (a sanity bound, not an identity)
    const rows = await queryIndicator(db, pengangguranTrenBulanan, { periode: last });
    const stock = (ym: string) => new Set(raw.pencaker.filter((r) => isActive(r, monthEnd(ym))).map((r) => r.id_orang)).size;
    const r = rows[rows.length - 1];
    const prev = rows[rows.length - 2].bulan;
    const delta = stock(r.bulan) - stock(prev);
    expect(Math.abs(delta - (r.pendaftaran - r.penempatan - r.kedaluwarsa))).toBeLessThan(60);
  });
});

describe('bpsPasarKerja', () => {
  for (const p of PARAMS) {
    it(`returns the published August figures for 64.74 up to the period year, ${label(p)}`, async () => {
      const rows = await queryIndicator(db, bpsPasarKerja, p);
      const year = Number(p.periode.slice(0, 4));
      const want = raw.indikator
        .filter(
          (r) =>
            r.kode_wilayah === '64.74' &&
            ['tpt', 'penganggur', 'angkatan_kerja', 'tpak'].includes(r.indikator) &&
            r.periode?.toLowerCase() === 'agustus' &&
            r.tahun <= year,
        )
        .sort((a, b) => (a.indikator < b.indikator ? -1 : a.indikator > b.indikator ? 1 : a.tahun - b.tahun))
        .map((r) => ({ tahun: r.tahun, indikator: r.indikator, nilai: r.nilai, satuan: r.satuan, sumber: r.sumber, catatan: r.catatan }));
      expect(rows).toEqual(want);
    });
  }

  it('holds the known BPS figures (TPT 2025 6,36%; 6.631 unemployed and 93.930 labour force in 2024)', async () => {
    const rows = await queryIndicator(db, bpsPasarKerja, { periode: last });
    const get = (k: string, y: number) => rows.find((r) => r.indikator === k && r.tahun === y)?.nilai;
    expect(get('tpt', 2025)).toBe(6.36);
    expect(get('penganggur', 2024)).toBe(6631);
    expect(get('angkatan_kerja', 2024)).toBe(93930);
    expect(get('tpt', 2024)).toBeCloseTo((100 * 6631) / 93930, 1);
  });
});

describe('pencakerAktifAgustus', () => {
  for (const p of PARAMS) {
    it(`counts people active on 31 August of fully covered years, ${label(p)}`, async () => {
      const rows = await queryIndicator(db, pencakerAktifAgustus, p);
      const start = raw.pencaker.reduce((m, r) => (r.tanggal_daftar < m ? r.tanggal_daftar : m), '9999-12-31');
      const end = monthEnd(p.periode);
      const want: Array<{ tahun: number; nilai: number }> = [];
      for (let y = Number(start.slice(0, 4)); y <= Number(p.periode.slice(0, 4)); y++) {
        const d = `${y}-08-31`;
        if (d > end || start > `${y - 2}-08-31`) continue;
        want.push({ tahun: y, nilai: new Set(raw.pencaker.filter((r) => isActive(r, d)).map((r) => r.id_orang)).size });
      }
      expect(rows).toEqual(want);
    });
  }

  it('starts in 2025 for the demo register (which begins in January 2023)', async () => {
    const rows = await queryIndicator(db, pencakerAktifAgustus, { periode: last });
    expect(rows.map((r) => r.tahun)).toEqual([2025, 2026]);
  });
});

describe('the browser path (materialised {{aktif}} and {{arus}}) gives the same rows as the Node path', () => {
  it('for every indicator of the view, with area filters and selections', async () => {
    const client = { query: db.query.bind(db) } as never;
    for (const p of [PARAMS[2], PARAMS[4]]) {
      for (const def of PENGANGGURAN_INDICATORS) {
        const q = await materialisedQuery(client, def as IndicatorDef<ViewParams, unknown>, p);
        if (def.bases?.length) expect(q.sql, def.id).toMatch(/base_(aktif|arus)_/);
        expect(await db.query(q.sql, q.params), def.id).toEqual(await queryIndicator(db, def, p));
      }
    }
  });
});
