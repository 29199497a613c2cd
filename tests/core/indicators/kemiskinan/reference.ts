/**
 * Independent plain-TypeScript computation of the kemiskinan view's numbers from the raw rows of
 * a snapshot (SELECT * of each table), written from the indicator definitions, not from the SQL.
 */
import { inlineQuery } from '../../../../src/core/indicators/bases';
import type { BaseRelation, IndicatorDef, ViewParams } from '../../../../src/core/indicators/types';
import type { DimensionId } from '../../../../src/core/indicators/dimensions';
import type { SnapshotDb } from '../../../support/snapshot-db';

export interface Pencaker {
  id_pendaftaran: number;
  id_orang: string;
  jenis_kelamin: string;
  kelompok_umur: string;
  kode_kelurahan: string;
  pendidikan: string;
  keterampilan: string[];
  kbji_kode: string | null;
  kbji_golongan: string | null;
  tanggal_daftar: string;
  status: string;
  tanggal_penempatan: string | null;
  tanggal_kedaluwarsa: string;
  di_dtsen: boolean;
  desil: number | null;
}

export interface Lowongan {
  id_lowongan: string;
  kbji_kode: string | null;
  kbji_golongan: string | null;
  jumlah: number;
  keterampilan: string[];
  tanggal_buka: string;
  tanggal_tutup: string | null;
}

export interface Wilayah {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
}

export interface DtsenAgregat {
  kode_kelurahan: string;
  desil: number | null;
  jumlah_jiwa: number;
}

export interface RawRows {
  pencaker: Pencaker[];
  lowongan: Lowongan[];
  wilayah: Wilayah[];
  dtsen: DtsenAgregat[];
  pendidikan: Array<{ kode: string; nama: string; urutan: number }>;
  kbji: Array<{ kode: string; nama: string }>;
}

export async function loadRows(db: SnapshotDb): Promise<RawRows> {
  return {
    pencaker: await db.query<Pencaker>('SELECT * FROM pencaker'),
    lowongan: await db.query<Lowongan>('SELECT * FROM lowongan'),
    wilayah: await db.query<Wilayah>('SELECT * FROM wilayah ORDER BY kode_kelurahan'),
    dtsen: await db.query<DtsenAgregat>('SELECT * FROM dtsen_agregat'),
    pendidikan: await db.query('SELECT * FROM ref_pendidikan ORDER BY urutan'),
    kbji: await db.query('SELECT * FROM ref_kbji ORDER BY kode'),
  };
}

/** One active person at the period end, with the attributes the view filters on. */
export interface Person {
  id: string;
  kel: string;
  kec: string;
  jk: string;
  umur: string;
  pend: string;
  kbji: string | null;
  golongan: string;
  skills: string[];
  diDtsen: boolean;
  desil: number | null;
  desilKat: string;
  durasi: string;
}

/** 'YYYY-MM' -> its last day 'YYYY-MM-DD'. */
export function lastDay(periode: string): string {
  const [y, m] = periode.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

function durasiBand(months: number): string {
  if (months < 3) return '0-2';
  if (months < 6) return '3-5';
  if (months < 12) return '6-11';
  if (months < 18) return '12-17';
  return '18-23';
}

/** People with an AK1 card active on the last day of `periode`, each with their latest active registration. */
export function activePeople(rows: RawRows, periode: string): Person[] {
  const d = lastDay(periode);
  const kecOf = new Map(rows.wilayah.map((w) => [w.kode_kelurahan, w.kode_kecamatan]));
  const latest = new Map<string, Pencaker>();
  for (const r of rows.pencaker) {
    const active =
      r.tanggal_daftar <= d && r.status !== 'dicabut' && r.tanggal_kedaluwarsa > d && (r.tanggal_penempatan === null || r.tanggal_penempatan > d);
    if (!active) continue;
    const prev = latest.get(r.id_orang);
    if (!prev || r.tanggal_daftar > prev.tanggal_daftar || (r.tanggal_daftar === prev.tanggal_daftar && r.id_pendaftaran > prev.id_pendaftaran)) {
      latest.set(r.id_orang, r);
    }
  }
  return [...latest.values()].map((r) => ({
    id: r.id_orang,
    kel: r.kode_kelurahan,
    kec: kecOf.get(r.kode_kelurahan)!,
    jk: r.jenis_kelamin,
    umur: r.kelompok_umur,
    pend: r.pendidikan,
    kbji: r.kbji_kode,
    golongan: r.kbji_golongan ?? '?',
    skills: r.keterampilan,
    diDtsen: r.di_dtsen,
    desil: r.desil,
    desilKat: !r.di_dtsen ? 'luar' : r.desil === null ? 'tanpa' : String(r.desil),
    durasi: durasiBand(monthsBetween(r.tanggal_daftar, d)),
  }));
}

const VALUE_OF: Record<Exclude<DimensionId, 'kbli'>, (p: Person) => string | string[]> = {
  jk: (p) => p.jk,
  umur: (p) => p.umur,
  pend: (p) => p.pend,
  kbji: (p) => p.golongan,
  desil: (p) => p.desilKat,
  durasi: (p) => p.durasi,
  skill: (p) => p.skills,
};

/** The person passes every selection of `params` except the dimensions in `skip`. */
export function passes(person: Person, params: ViewParams, skip: DimensionId[] = []): boolean {
  for (const [dim, values] of Object.entries(params.pilih ?? {}) as Array<[DimensionId, string[]]>) {
    if (skip.includes(dim) || dim === 'kbli' || !values?.length) continue;
    const v = VALUE_OF[dim](person);
    const ok = Array.isArray(v) ? v.some((x) => values.includes(x)) : values.includes(v);
    if (!ok) return false;
  }
  return true;
}

export function inArea(person: Person, params: ViewParams): boolean {
  return (!params.kecamatan || person.kec === params.kecamatan) && (!params.kelurahan || person.kel === params.kelurahan);
}

export const isPoor = (p: Person) => p.desil !== null && p.desil >= 1 && p.desil <= 4;

/** Target group: desil 1-4, or the selected desil categories. */
export function inTarget(person: Person, params: ViewParams): boolean {
  const chosen = params.pilih?.desil ?? [];
  return chosen.length ? chosen.includes(person.desilKat) : isPoor(person);
}

/** Vacancies open on the last day of `periode`. */
export function openVacancies(rows: RawRows, periode: string): Lowongan[] {
  const d = lastDay(periode);
  return rows.lowongan.filter((l) => l.tanggal_buka <= d && (l.tanggal_tutup === null || l.tanggal_tutup > d));
}

/** How a person matches the open vacancies. */
export function matcher(rows: RawRows, periode: string) {
  const open = openVacancies(rows, periode);
  const codes = new Set(open.map((l) => l.kbji_kode).filter((c): c is string => c !== null && c.length === 4));
  const skills = new Set(open.flatMap((l) => l.keterampilan));
  return {
    open,
    skills,
    byJob: (p: Person) => p.kbji !== null && codes.has(p.kbji),
    bySkill: (p: Person) => p.skills.some((s) => skills.has(s)),
  };
}

export const pct = (a: number, b: number): number | null => (b === 0 ? null : (100 * a) / b);

/** Kecamatan a by-kelurahan list shows: the selected one, or the selected kelurahan's. */
export const listKec = (p: ViewParams) => p.kecamatan ?? p.kelurahan?.slice(0, 8);

/** Parameter sets every indicator is checked under (besides the generator-truth checks). */
export function paramSets(periode: string): ViewParams[] {
  return [
    { periode },
    { periode: '2025-06' },
    { periode, kecamatan: '64.74.02' },
    { periode, kecamatan: '64.74.01', kelurahan: '64.74.01.1003' },
    { periode, pilih: { desil: ['1', '2', 'luar'] } },
    { periode, pilih: { desil: ['tanpa', '7'], pend: ['SMA', 'SMK'] } },
    { periode, kecamatan: '64.74.03', pilih: { jk: ['P'], pend: ['SMA', 'SMK'], umur: ['20-24', '25-29'] } },
    { periode, pilih: { skill: ['k3 umum', 'las smaw', 'tidak ada keterampilan ini'], kbji: ['7', '8'] } },
    { periode: '2025-12', kecamatan: '64.74.02', kelurahan: '64.74.02.1002', pilih: { durasi: ['0-2', '3-5'], desil: ['3'] } },
    // an empty result: nobody in desil 10 with a doctorate in this kelurahan
    { periode, kecamatan: '64.74.01', kelurahan: '64.74.01.1005', pilih: { desil: ['10'], pend: ['S3'] } },
  ];
}

/** Latest month of the demo snapshot ('YYYY-MM'). */
export const DEMO = 'data/snapshots/demo';

/** Every row of a base relation for `params`, with the relations it reads inlined (as the Node path does). */
export async function queryBase<R = Record<string, unknown>>(db: SnapshotDb, base: BaseRelation<ViewParams>, params: ViewParams): Promise<R[]> {
  const wrapper = {
    id: `semua_${base.id}`,
    bases: [base],
    sql: () => ({ sql: `SELECT * FROM {{${base.id}}}`, params: [] }),
  } as unknown as IndicatorDef<ViewParams, unknown>;
  const q = inlineQuery(wrapper, params);
  return db.query<R>(q.sql, q.params);
}
