/**
 * Independent plain-TypeScript computation of every indicator over the rows the test snapshot
 * was built from. Written from the definitions, not from the SQL, so the two can disagree.
 */
import type { AreaPeriodParams } from '../../../src/core/indicators/types';
import type { PencakerRow, TestSnapshotRows } from '../../support/make-test-snapshot';

export interface Month {
  bulan: string;
  /** Last day, 'YYYY-MM-DD'. */
  d: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The `count` months ending at 'YYYY-MM', oldest first, with their last day. */
export function monthsEnding(periode: string, count = 13): Month[] {
  const [y, m] = periode.split('-').map(Number);
  const out: Month[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const first = new Date(Date.UTC(y, m - 1 - i, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    out.push({ bulan: `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}`, d: last.toISOString().slice(0, 10) });
  }
  return out;
}

/** The project's definition of an active registration at day d. */
export function isActive(r: PencakerRow, d: string): boolean {
  return (
    r.tanggal_daftar <= d &&
    r.status !== 'dicabut' &&
    r.tanggal_kedaluwarsa > d &&
    (r.tanggal_penempatan === null || r.tanggal_penempatan > d)
  );
}

export function inArea(kode: string | null, p: AreaPeriodParams): boolean {
  if (p.kecamatan && !(kode ?? '').startsWith(`${p.kecamatan}.`)) return false;
  if (p.kelurahan && kode !== p.kelurahan) return false;
  return true;
}

const pct = (a: number, b: number) => (b === 0 ? null : (100 * a) / b);

export function expected(rows: TestSnapshotRows) {
  const pencakerIn = (p: AreaPeriodParams) => rows.pencaker.filter((r) => inArea(r.kode_kelurahan, p));
  const activePeople = (regs: PencakerRow[], d: string) => {
    const people = new Map<string, boolean>();
    for (const r of regs) {
      if (!isActive(r, d)) continue;
      const poor = r.desil !== null && r.desil >= 1 && r.desil <= 4;
      people.set(r.id_orang, (people.get(r.id_orang) ?? false) || poor);
    }
    return people;
  };
  const kelurahanOf = new Map(rows.perusahaan.map((c) => [c.id_perusahaan, c.kode_kelurahan]));
  const year = (p: AreaPeriodParams) => Number(p.periode.slice(0, 4));

  return {
    pencakerAktifBulanan: (p: AreaPeriodParams) =>
      monthsEnding(p.periode).map(({ bulan, d }) => ({ bulan, nilai: activePeople(pencakerIn(p), d).size })),

    penempatanBulanan: (p: AreaPeriodParams) =>
      monthsEnding(p.periode).map(({ bulan }) => ({
        bulan,
        nilai: pencakerIn(p).filter((r) => r.tanggal_penempatan?.slice(0, 7) === bulan).length,
      })),

    lowonganTerbukaBulanan: (p: AreaPeriodParams) => {
      const filtered = p.kecamatan || p.kelurahan;
      const ls = rows.lowongan.filter((l) => !filtered || inArea(kelurahanOf.get(l.id_perusahaan) ?? null, p));
      return monthsEnding(p.periode).map(({ bulan, d }) => ({
        bulan,
        nilai: ls
          .filter((l) => l.tanggal_buka <= d && (l.tanggal_tutup === null || l.tanggal_tutup > d))
          .reduce((s, l) => s + l.jumlah, 0),
      }));
    },

    pencakerMiskinBulanan: (p: AreaPeriodParams) =>
      monthsEnding(p.periode).map(({ bulan, d }) => {
        const people = activePeople(pencakerIn(p), d);
        const penyebut = people.size;
        const pembilang = [...people.values()].filter(Boolean).length;
        return { bulan, nilai: pct(pembilang, penyebut), pembilang, penyebut };
      }),

    validasiProgresBulanan: (p: AreaPeriodParams) =>
      monthsEnding(p.periode).map(({ bulan, d }) => {
        const latest = new Map<string, { tanggal: string; t: number; g: number }>();
        for (const v of rows.validasi) {
          if (!inArea(v.kode_kelurahan, p) || v.tanggal > d) continue;
          const cur = latest.get(v.kode_kelurahan);
          if (!cur || v.tanggal > cur.tanggal) latest.set(v.kode_kelurahan, { tanggal: v.tanggal, t: v.terverifikasi_kk, g: v.target_kk });
        }
        let terverifikasi = 0;
        let target = 0;
        for (const v of latest.values()) {
          terverifikasi += v.t;
          target += v.g;
        }
        return { bulan, nilai: pct(terverifikasi, target), terverifikasi, target };
      }),

    serapanLokal: (p: AreaPeriodParams) => {
      const cs = rows.perusahaan.filter((c) => inArea(c.kode_kelurahan, p));
      const pekerja = cs.reduce((s, c) => s + c.jumlah_pekerja, 0);
      const lokal = cs.reduce((s, c) => s + c.pekerja_lokal, 0);
      return [{ pekerja, lokal, nilai: pct(lokal, pekerja), kuota: 75 }];
    },

    pencakerAktifPerKelurahan: (p: AreaPeriodParams) => {
      const d = monthsEnding(p.periode, 1)[0].d;
      return [...rows.wilayah]
        .sort((a, b) => (a.kode_kelurahan < b.kode_kelurahan ? -1 : 1))
        .map((w) => ({
          kode_kelurahan: w.kode_kelurahan,
          nama_kelurahan: w.nama_kelurahan,
          kode_kecamatan: w.kode_kecamatan,
          nilai: activePeople(rows.pencaker.filter((r) => r.kode_kelurahan === w.kode_kelurahan), d).size,
        }));
    },

    tptBps: (p: AreaPeriodParams) =>
      rows.indikator
        .filter((r) => r.indikator === 'tpt' && r.kode_wilayah === '64.74' && r.periode === 'Agustus' && r.tahun <= year(p))
        .sort((a, b) => a.tahun - b.tahun)
        .map((r) => ({ tahun: r.tahun, nilai: r.nilai, sumber: r.sumber })),

    pencakerTerdaftarTahunan: (p: AreaPeriodParams) => {
      const d = monthsEnding(p.periode, 1)[0].d;
      const first = Math.min(...rows.pencaker.map((r) => Number(r.tanggal_daftar.slice(0, 4))));
      const out: Array<{ tahun: number; nilai: number }> = [];
      for (let t = first; t <= year(p); t++) {
        out.push({
          tahun: t,
          nilai: pencakerIn(p).filter((r) => r.tanggal_daftar <= d && Number(r.tanggal_daftar.slice(0, 4)) === t).length,
        });
      }
      return out;
    },
  } satisfies Record<string, (p: AreaPeriodParams) => unknown[]>;
}
