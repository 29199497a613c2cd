/**
 * Independent plain-TypeScript computation of the kesenjangan indicators over the raw snapshot
 * rows (`SELECT * FROM <table>`), written from the definitions rather than from the SQL.
 */
import type { Selections } from '../../../../src/core/indicators/dimensions';
import type { KesenjanganParams } from '../../../../src/core/indicators/kesenjangan';
import type { SnapshotDb } from '../../../support/snapshot-db';
import type { LowonganRow, PencakerRow, PerusahaanRow } from '../../../support/make-test-snapshot';

export interface WilayahRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  nama_kecamatan: string;
}
export interface PelatihanRow {
  id_program: string;
  nama_program: string;
  penyelenggara: string | null;
  kbji_kode: string | null;
  kbji_golongan: string | null;
  mulai: string;
  selesai: string | null;
  peserta: number;
  lulus: number | null;
  bersertifikat: number | null;
  ditempatkan: number | null;
}
export interface Raw {
  pencaker: PencakerRow[];
  perusahaan: PerusahaanRow[];
  lowongan: LowonganRow[];
  pelatihan: PelatihanRow[];
  wilayah: WilayahRow[];
  refKbji: Map<string, string>;
  refPendidikan: Map<string, { nama: string; urutan: number }>;
  refKbli2020: Map<string, string>;
}

export async function loadRaw(db: SnapshotDb): Promise<Raw> {
  const all = <T,>(t: string) => db.query<T>(`SELECT * FROM ${t}`);
  const refPend = await all<{ kode: string; nama: string; urutan: number }>('ref_pendidikan');
  const refKbli = await all<{ versi: number; seksi: string; nama: string }>('ref_kbli');
  return {
    pencaker: await all<PencakerRow>('pencaker'),
    perusahaan: await all<PerusahaanRow>('perusahaan'),
    lowongan: await all<LowonganRow>('lowongan'),
    pelatihan: await all<PelatihanRow>('pelatihan'),
    wilayah: await all<WilayahRow>('wilayah'),
    refKbji: new Map((await all<{ kode: string; nama: string }>('ref_kbji')).map((r) => [r.kode, r.nama])),
    refPendidikan: new Map(refPend.map((r) => [r.kode, { nama: r.nama, urutan: r.urutan }])),
    refKbli2020: new Map(refKbli.filter((r) => r.versi === 2020).map((r) => [r.seksi, r.nama])),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of the month `delta` months after 'YYYY-MM', as 'YYYY-MM-DD'. */
export function monthEnd(periode: string, delta = 0): string {
  const [y, m] = periode.split('-').map(Number);
  const last = new Date(Date.UTC(y, m + delta, 0));
  return `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`;
}

/** KBLI 2025 -> 2020 section letters, from domain-facts 4c (letters change from J on). */
export const KBLI_2025_TO_2020: Record<string, string> = {
  J: 'J', K: 'J', L: 'K', M: 'L', N: 'M', O: 'N', P: 'O', Q: 'P', R: 'Q', S: 'R', T: 'S', U: 'T', V: 'U',
};

const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const div = (a: number, b: number) => (b === 0 ? null : a / b);
const pct = (a: number, b: number) => (b === 0 ? null : (100 * a) / b);

interface Person {
  id_orang: string;
  kode_kelurahan: string;
  pendidikan: string;
  kbji_kode: string | null;
  kbji_golongan: string;
  keterampilan: string[];
}
interface Vacancy extends LowonganRow {
  kelurahan: string | null;
  sektor: string;
  gol: string;
}

export function reference(raw: Raw) {
  const kecOf = new Map(raw.wilayah.map((w) => [w.kode_kelurahan, w.kode_kecamatan]));
  const inArea = (kel: string | null, p: KesenjanganParams) => {
    if (!p.kecamatan && !p.kelurahan) return true;
    if (kel === null) return false;
    if (p.kecamatan && kecOf.get(kel) !== p.kecamatan) return false;
    if (p.kelurahan && kel !== p.kelurahan) return false;
    return true;
  };
  const sektorOf = (c: PerusahaanRow) =>
    c.kbli_seksi === null ? 'tanpa' : c.kbli_versi === 2025 ? (KBLI_2025_TO_2020[c.kbli_seksi] ?? c.kbli_seksi) : c.kbli_seksi;
  const companies = new Map(raw.perusahaan.map((c) => [c.id_perusahaan, c]));

  /** One person per id_orang: the latest active registration at d. */
  const activePeople = (d: string): Person[] => {
    const best = new Map<string, PencakerRow>();
    for (const r of raw.pencaker) {
      const active =
        r.tanggal_daftar <= d && r.status !== 'dicabut' && r.tanggal_kedaluwarsa > d && (r.tanggal_penempatan === null || r.tanggal_penempatan > d);
      if (!active) continue;
      const cur = best.get(r.id_orang);
      if (!cur || r.tanggal_daftar > cur.tanggal_daftar || (r.tanggal_daftar === cur.tanggal_daftar && r.id_pendaftaran > cur.id_pendaftaran)) {
        best.set(r.id_orang, r);
      }
    }
    return [...best.values()].map((r) => ({
      id_orang: r.id_orang,
      kode_kelurahan: r.kode_kelurahan,
      pendidikan: r.pendidikan,
      kbji_kode: r.kbji_kode,
      kbji_golongan: r.kbji_golongan ?? '?',
      keterampilan: r.keterampilan,
    }));
  };
  const cache = new Map<string, Person[]>();
  const people = (d: string) => {
    if (!cache.has(d)) cache.set(d, activePeople(d));
    return cache.get(d)!;
  };
  const vacancies: Vacancy[] = raw.lowongan.map((l) => {
    const c = companies.get(l.id_perusahaan);
    return { ...l, kelurahan: c?.kode_kelurahan ?? null, sektor: c ? sektorOf(c) : 'tanpa', gol: l.kbji_golongan ?? '?' };
  });

  type Dim = 'kbji' | 'skill' | 'pend';
  const matchPerson = (x: Person, pilih: Selections | undefined, skip?: Dim) =>
    (skip === 'kbji' || !pilih?.kbji?.length || pilih.kbji.includes(x.kbji_golongan)) &&
    (skip === 'pend' || !pilih?.pend?.length || pilih.pend.includes(x.pendidikan)) &&
    (skip === 'skill' || !pilih?.skill?.length || x.keterampilan.some((s) => pilih.skill!.includes(s)));
  const matchVacancy = (v: Vacancy, pilih: Selections | undefined, skip?: Dim) =>
    (skip === 'kbji' || !pilih?.kbji?.length || pilih.kbji.includes(v.gol)) &&
    (skip === 'pend' || !pilih?.pend?.length || pilih.pend.includes(v.pendidikan_min ?? 'tanpa')) &&
    (skip === 'skill' || !pilih?.skill?.length || v.keterampilan.some((s) => pilih.skill!.includes(s)));

  const ctx = (p: KesenjanganParams, skip?: Dim) => {
    const d = monthEnd(p.periode);
    const awal = monthEnd(p.periode, -12);
    const ps = people(d).filter((x) => inArea(x.kode_kelurahan, p) && matchPerson(x, p.pilih, skip));
    const vs = vacancies.filter((v) => inArea(v.kelurahan, p) && matchVacancy(v, p.pilih, skip));
    const open = (v: Vacancy) => v.tanggal_buka <= d && (v.tanggal_tutup === null || v.tanggal_tutup > d);
    const opened12 = (v: Vacancy) => v.tanggal_buka > awal && v.tanggal_buka <= d;
    return { d, awal, ps, vs, open, opened12 };
  };
  const sum = <T,>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

  /** Supply and demand per key; `keys` lists a row's keys (several for skills). */
  function byKey(p: KesenjanganParams, skip: Dim, personKeys: (x: Person) => string[], vacancyKeys: (v: Vacancy) => string[]) {
    const { ps, vs, open, opened12 } = ctx(p, skip);
    const rows = new Map<string, { pencaker: number; posisi: number; posisi_12bln: number }>();
    const get = (k: string) => {
      if (!rows.has(k)) rows.set(k, { pencaker: 0, posisi: 0, posisi_12bln: 0 });
      return rows.get(k)!;
    };
    for (const x of ps) for (const k of new Set(personKeys(x))) get(k).pencaker++;
    for (const v of vs) {
      for (const k of new Set(vacancyKeys(v))) {
        if (open(v)) get(k).posisi += v.jumlah;
        if (opened12(v)) get(k).posisi_12bln += v.jumlah;
      }
    }
    return [...rows.entries()]
      .map(([k, r]) => ({ k, ...r, rasio: div(r.pencaker, r.posisi), rasio_12bln: div(r.pencaker, r.posisi_12bln) }))
      .filter((r) => r.pencaker > 0 || r.posisi > 0 || r.posisi_12bln > 0);
  }

  return {
    people,
    kesenjanganRingkasan(p: KesenjanganParams) {
      const { ps, vs, open, opened12 } = ctx(p);
      const openVs = vs.filter(open);
      const posisi = sum(openVs, (v) => v.jumlah);
      const posisi_12bln = sum(vs.filter(opened12), (v) => v.jumlah);
      return [{ pencaker: ps.length, lowongan: openVs.length, posisi, rasio: div(ps.length, posisi), posisi_12bln, rasio_12bln: div(ps.length, posisi_12bln) }];
    },

    kesenjanganJabatan(p: KesenjanganParams) {
      return byKey(p, 'kbji', (x) => [x.kbji_golongan], (v) => [v.gol])
        .sort((a, b) => Number(a.k === '?') - Number(b.k === '?') || (a.k < b.k ? -1 : 1))
        .map(({ k, ...r }) => ({
          kbji_golongan: k,
          nama: raw.refKbji.get(k) ?? null,
          pencaker: r.pencaker,
          posisi: r.posisi,
          posisi_12bln: r.posisi_12bln,
          rasio: r.rasio,
          rasio_12bln: r.rasio_12bln,
        }));
    },

    /** Every skill row (unranked); the test ranks and checks the top. */
    keterampilanAll(p: KesenjanganParams) {
      return byKey(p, 'skill', (x) => x.keterampilan, (v) => v.keterampilan).map(({ k, ...r }) => ({ keterampilan: k, ...r }));
    },

    kesenjanganPendidikan(p: KesenjanganParams) {
      const rows = byKey(p, 'pend', (x) => [x.pendidikan], (v) => [v.pendidikan_min ?? 'tanpa']);
      const tot = (f: (r: (typeof rows)[number]) => number) => sum(rows, f);
      const [tp, tv, t12] = [tot((r) => r.pencaker), tot((r) => r.posisi), tot((r) => r.posisi_12bln)];
      return rows
        .map((r) => ({
          pendidikan: r.k,
          nama: raw.refPendidikan.get(r.k)?.nama ?? null,
          urutan: raw.refPendidikan.get(r.k)?.urutan ?? 99,
          pencaker: r.pencaker,
          posisi: r.posisi,
          posisi_12bln: r.posisi_12bln,
          pencaker_persen: pct(r.pencaker, tp),
          posisi_persen: pct(r.posisi, tv),
          posisi_12bln_persen: pct(r.posisi_12bln, t12),
        }))
        .sort((a, b) => a.urutan - b.urutan || (a.pendidikan < b.pendidikan ? -1 : 1));
    },

    /** Every ranked occupation (no top-10 cut). */
    sulitDiisiAll(p: KesenjanganParams) {
      const { d, awal, ps, vs } = ctx(p);
      const groups = new Map<string, Vacancy[]>();
      for (const v of vs) {
        if (v.kbji_kode === null || v.tanggal_tutup === null || !(v.tanggal_tutup > awal && v.tanggal_tutup <= d)) continue;
        groups.set(v.kbji_kode, [...(groups.get(v.kbji_kode) ?? []), v]);
      }
      return [...groups.entries()]
        .map(([kode, list]) => {
          const posisi = sum(list, (v) => v.jumlah);
          const terisi = sum(list, (v) => v.terisi);
          return {
            kbji_kode: kode,
            kbji_golongan: list[0].gol,
            lowongan: list.length,
            posisi,
            terisi,
            persen_terisi: (100 * terisi) / posisi,
            median_hari: median(list.map((v) => daysBetween(v.tanggal_buka, v.tanggal_tutup!))),
            pencaker: ps.filter((x) => x.kbji_kode === kode).length,
          };
        })
        .filter((r) => r.posisi >= 10);
    },

    kesenjanganLokalSektor(p: KesenjanganParams) {
      const cs = raw.perusahaan.filter((c) => inArea(c.kode_kelurahan, p));
      const groups = new Map<string, PerusahaanRow[]>();
      for (const c of cs) groups.set(sektorOf(c), [...(groups.get(sektorOf(c)) ?? []), c]);
      return [...groups.entries()]
        .map(([s, list]) => {
          const pekerja = sum(list, (c) => c.jumlah_pekerja);
          const lokal = sum(list, (c) => c.pekerja_lokal);
          return {
            kbli_seksi: s,
            nama: raw.refKbli2020.get(s) ?? null,
            perusahaan: list.length,
            perusahaan_kbli2025: list.filter((c) => c.kbli_versi === 2025).length,
            pekerja,
            lokal,
            persen: pct(lokal, pekerja),
            kuota: 75,
            di_bawah_kuota: list.filter((c) => c.pekerja_lokal / c.jumlah_pekerja < 0.75).length,
            di_bawah_70: list.filter((c) => c.pekerja_lokal / c.jumlah_pekerja < 0.7).length,
          };
        })
        .sort((a, b) => b.pekerja - a.pekerja || (a.kbli_seksi < b.kbli_seksi ? -1 : 1));
    },

    kesenjanganLokalPerusahaan(p: KesenjanganParams) {
      const kel = new Map(raw.wilayah.map((w) => [w.kode_kelurahan, w.nama_kelurahan]));
      return raw.perusahaan
        .filter((c) => inArea(c.kode_kelurahan, p))
        .filter((c) => !p.pilih?.kbli?.length || p.pilih.kbli.includes(sektorOf(c)))
        .filter((c) => c.jumlah_pekerja > 0 && c.pekerja_lokal / c.jumlah_pekerja < 0.75)
        .map((c) => {
          const persen = (100 * c.pekerja_lokal) / c.jumlah_pekerja;
          return {
            id_perusahaan: c.id_perusahaan,
            nama_perusahaan: c.nama_perusahaan,
            kbli_seksi: sektorOf(c),
            kbli_seksi_asli: c.kbli_seksi,
            kbli_versi: c.kbli_versi,
            kode_kelurahan: c.kode_kelurahan,
            nama_kelurahan: c.kode_kelurahan ? (kel.get(c.kode_kelurahan) ?? null) : null,
            pekerja: c.jumlah_pekerja,
            lokal: c.pekerja_lokal,
            persen,
            selisih_poin: 75 - persen,
            kekurangan: Math.ceil((c.jumlah_pekerja * 3) / 4) - c.pekerja_lokal,
            di_bawah_70: c.pekerja_lokal / c.jumlah_pekerja < 0.7,
            mou: c.mou,
          };
        })
        .sort((a, b) => a.persen - b.persen || b.pekerja - a.pekerja || (a.id_perusahaan < b.id_perusahaan ? -1 : 1));
    },

    kesenjanganLokalProyek(p: KesenjanganParams) {
      const d = monthEnd(p.periode);
      const awal = monthEnd(p.periode, -12);
      const vs = vacancies.filter(
        (v) =>
          inArea(v.kelurahan, p) &&
          (!p.pilih?.kbli?.length || p.pilih.kbli.includes(v.sektor)) &&
          v.tanggal_buka <= d &&
          (v.proyek !== null || v.tanggal_buka > awal),
      );
      const groups = new Map<string, Vacancy[]>();
      for (const v of vs) groups.set(v.proyek ?? '', [...(groups.get(v.proyek ?? '') ?? []), v]);
      return [...groups.entries()]
        .map(([proyek, list]) => {
          const terisi = sum(list, (v) => v.terisi);
          const terisi_lokal = sum(list, (v) => v.terisi_lokal);
          const quotas = list.map((v) => v.kuota_lokal_persen).filter((q): q is number => q !== null);
          return {
            jenis: proyek ? 'proyek' : 'lainnya',
            proyek: proyek || null,
            kuota: quotas.length ? Math.max(...quotas) : 75,
            lowongan: list.length,
            posisi: sum(list, (v) => v.jumlah),
            terisi,
            terisi_lokal,
            persen: pct(terisi_lokal, terisi),
          };
        })
        .sort((a, b) => Number(a.jenis === 'lainnya') - Number(b.jenis === 'lainnya') || ((a.proyek ?? '') < (b.proyek ?? '') ? -1 : 1));
    },

    kesenjanganPelatihan(p: KesenjanganParams) {
      const { awal, d } = ctx(p);
      const supply = byKey(p, 'kbji', (x) => [x.kbji_golongan], (v) => [v.gol]);
      const training = new Map<string, { program: number; peserta: number; lulus: number; bersertifikat: number; ditempatkan: number }>();
      for (const t of raw.pelatihan) {
        if (t.selesai === null || !(t.selesai > awal && t.selesai <= d)) continue;
        const k = t.kbji_golongan ?? '?';
        const cur = training.get(k) ?? { program: 0, peserta: 0, lulus: 0, bersertifikat: 0, ditempatkan: 0 };
        cur.program++;
        cur.peserta += t.peserta;
        cur.lulus += t.lulus ?? 0;
        cur.bersertifikat += t.bersertifikat ?? 0;
        cur.ditempatkan += t.ditempatkan ?? 0;
        training.set(k, cur);
      }
      const keys = new Set([...training.keys(), ...supply.map((r) => r.k)]);
      const zero = { program: 0, peserta: 0, lulus: 0, bersertifikat: 0, ditempatkan: 0 };
      return [...keys]
        .sort((a, b) => Number(a === '?') - Number(b === '?') || (a < b ? -1 : 1))
        .map((k) => {
          const s = supply.find((r) => r.k === k);
          return {
            kbji_golongan: k,
            nama: raw.refKbji.get(k) ?? null,
            ...(training.get(k) ?? zero),
            pencaker: s?.pencaker ?? 0,
            posisi: s?.posisi ?? 0,
            posisi_12bln: s?.posisi_12bln ?? 0,
          };
        })
        .filter((r) => r.program > 0 || r.pencaker > 0 || r.posisi > 0 || r.posisi_12bln > 0);
    },

    kesenjanganPelatihanProgram(p: KesenjanganParams) {
      const d = monthEnd(p.periode);
      return raw.pelatihan
        .filter((t) => t.mulai <= d && (!p.pilih?.kbji?.length || p.pilih.kbji.includes(t.kbji_golongan ?? '?')))
        .sort((a, b) => (a.mulai === b.mulai ? (a.id_program < b.id_program ? -1 : 1) : a.mulai > b.mulai ? -1 : 1))
        .map((t) => {
          const done = t.selesai !== null && t.selesai <= d;
          return {
            id_program: t.id_program,
            nama_program: t.nama_program,
            penyelenggara: t.penyelenggara,
            kbji_kode: t.kbji_kode,
            kbji_golongan: t.kbji_golongan ?? '?',
            mulai: t.mulai,
            selesai: t.selesai,
            status: done ? 'selesai' : 'berjalan',
            peserta: t.peserta,
            lulus: done ? t.lulus : null,
            bersertifikat: done ? t.bersertifikat : null,
            ditempatkan: done ? t.ditempatkan : null,
          };
        });
    },

    kesenjanganKelurahan(p: KesenjanganParams) {
      const whole = { periode: p.periode, pilih: p.pilih };
      const { ps, vs, open } = ctx(whole);
      return [...raw.wilayah]
        .sort((a, b) => (a.kode_kelurahan < b.kode_kelurahan ? -1 : 1))
        .map((w) => {
          const pencaker = ps.filter((x) => x.kode_kelurahan === w.kode_kelurahan).length;
          const posisi = sum(vs.filter((v) => open(v) && v.kelurahan === w.kode_kelurahan), (v) => v.jumlah);
          return {
            kode_kelurahan: w.kode_kelurahan,
            nama_kelurahan: w.nama_kelurahan,
            kode_kecamatan: w.kode_kecamatan,
            nama_kecamatan: w.nama_kecamatan,
            pencaker,
            posisi,
            rasio: div(pencaker, posisi),
          };
        });
    },
  };
}
