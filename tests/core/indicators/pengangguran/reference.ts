/**
 * Independent plain-TypeScript computation of the pengangguran view's numbers from the raw rows of
 * a snapshot (`SELECT * FROM pencaker`, …), written from the indicator definitions, not from their
 * SQL, so the two can disagree.
 */
import type { Selections, ViewParams } from '../../../../src/core/indicators/types';
import type { SnapshotDb } from '../../../support/snapshot-db';

export interface Reg {
  id_pendaftaran: number;
  id_orang: string;
  jenis_kelamin: string;
  kelompok_umur: string;
  kode_kelurahan: string;
  pendidikan: string;
  kbji_golongan: string | null;
  tanggal_daftar: string;
  status: string;
  tanggal_penempatan: string | null;
  tanggal_kedaluwarsa: string;
}

export interface Wil {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  nama_kecamatan: string;
}

export interface Ind {
  tahun: number;
  periode: string | null;
  kode_wilayah: string;
  indikator: string;
  nilai: number;
  satuan: string | null;
  sumber: string;
  catatan: string | null;
}

export interface Raw {
  pencaker: Reg[];
  wilayah: Wil[];
  indikator: Ind[];
  refPendidikan: Array<{ kode: string; nama: string; urutan: number }>;
  refKbji: Array<{ kode: string; nama: string }>;
}

export async function loadRaw(db: SnapshotDb): Promise<Raw> {
  return {
    pencaker: await db.query<Reg>(
      'SELECT id_pendaftaran, id_orang, jenis_kelamin, kelompok_umur, kode_kelurahan, pendidikan, kbji_golongan, tanggal_daftar, status, tanggal_penempatan, tanggal_kedaluwarsa FROM pencaker',
    ),
    wilayah: await db.query<Wil>('SELECT kode_kelurahan, nama_kelurahan, kode_kecamatan, nama_kecamatan FROM wilayah'),
    indikator: await db.query<Ind>('SELECT * FROM indikator'),
    refPendidikan: await db.query('SELECT kode, nama, urutan FROM ref_pendidikan'),
    refKbji: await db.query('SELECT kode, nama FROM ref_kbji'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of 'YYYY-MM' as 'YYYY-MM-DD'. */
export function monthEnd(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The `count` months ending at `ym`, oldest first. */
export function monthsEnding(ym: string, count: number): string[] {
  const [y, m] = ym.split('-').map(Number);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`);
  }
  return out;
}

/** The project's definition of an active registration at day d. */
export function isActive(r: Reg, d: string): boolean {
  return (
    r.tanggal_daftar <= d &&
    r.status !== 'dicabut' &&
    r.tanggal_kedaluwarsa > d &&
    (r.tanggal_penempatan === null || r.tanggal_penempatan > d)
  );
}

/** Calendar months between the month of `from` and the month of `to`. */
function monthsBetween(from: string, to: string): number {
  return Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - (Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)));
}

function durasiGroup(m: number): string {
  if (m < 3) return '0-2';
  if (m < 6) return '3-5';
  if (m < 12) return '6-11';
  if (m < 18) return '12-17';
  return '18-23';
}

/** An active person with the attributes of their latest active registration. */
export interface Person {
  id_orang: string;
  kel: string;
  kec: string;
  jk: string;
  umur: string;
  pend: string;
  kbji: string;
  durasi_bulan: number;
  durasi: string;
}

/** Value of a person on a dimension. */
export function dimValue(p: Person, dim: keyof Selections): string {
  switch (dim) {
    case 'jk':
      return p.jk;
    case 'umur':
      return p.umur;
    case 'pend':
      return p.pend;
    case 'kbji':
      return p.kbji;
    case 'durasi':
      return p.durasi;
    default:
      throw new Error(`dimension ${dim} not on persons`);
  }
}

const cache = new WeakMap<Raw, Map<string, Person[]>>();

/** People active at the end of `periode` (whole city); cached per raw rows and period. */
export function activePeople(raw: Raw, periode: string): Person[] {
  let byPeriod = cache.get(raw);
  if (!byPeriod) cache.set(raw, (byPeriod = new Map()));
  let people = byPeriod.get(periode);
  if (!people) byPeriod.set(periode, (people = computeActivePeople(raw, periode)));
  return people;
}

function computeActivePeople(raw: Raw, periode: string): Person[] {
  const d = monthEnd(periode);
  const kecOf = new Map(raw.wilayah.map((w) => [w.kode_kelurahan, w.kode_kecamatan]));
  const latest = new Map<string, Reg>();
  for (const r of raw.pencaker) {
    if (!isActive(r, d)) continue;
    const cur = latest.get(r.id_orang);
    if (
      !cur ||
      r.tanggal_daftar > cur.tanggal_daftar ||
      (r.tanggal_daftar === cur.tanggal_daftar && r.id_pendaftaran > cur.id_pendaftaran)
    ) {
      latest.set(r.id_orang, r);
    }
  }
  return [...latest.values()].map((r) => {
    const m = monthsBetween(r.tanggal_daftar, d);
    return {
      id_orang: r.id_orang,
      kel: r.kode_kelurahan,
      kec: kecOf.get(r.kode_kelurahan)!,
      jk: r.jenis_kelamin,
      umur: r.kelompok_umur,
      pend: r.pendidikan,
      kbji: r.kbji_golongan ?? '?',
      durasi_bulan: m,
      durasi: durasiGroup(m),
    };
  });
}

/** Selections match (OR within a dimension, AND across), skipping `exclude` and unsupported ones. */
export function matches(values: (dim: keyof Selections) => string, pilih: Selections | undefined, supported: ReadonlyArray<keyof Selections>, exclude?: keyof Selections): boolean {
  for (const [dim, chosen] of Object.entries(pilih ?? {}) as Array<[keyof Selections, string[]]>) {
    if (dim === exclude || !supported.includes(dim) || !chosen?.length) continue;
    if (!chosen.includes(values(dim))) return false;
  }
  return true;
}

export function inArea(p: Person, params: ViewParams): boolean {
  return (!params.kecamatan || p.kec === params.kecamatan) && (!params.kelurahan || p.kel === params.kelurahan);
}

const PERSON_DIMS = ['jk', 'umur', 'pend', 'kbji', 'durasi'] as const;

/** Active people of the area matching every selection except `exclude`. */
export function selectedPeople(raw: Raw, params: ViewParams, opts: { area?: boolean; exclude?: keyof Selections } = {}): Person[] {
  return activePeople(raw, params.periode).filter(
    (p) => (opts.area === false || inArea(p, params)) && matches((d) => dimValue(p, d), params.pilih, PERSON_DIMS, opts.exclude),
  );
}

/** Population of an area code from the indikator rows: the year nearest to `year`, later wins a tie. */
export function population(raw: Raw, kode: string, year: number): { penduduk: number; tahun: number } | null {
  const rows = raw.indikator
    .filter((r) => r.indikator === 'penduduk' && r.kode_wilayah === kode && r.nilai > 0)
    .sort((a, b) => Math.abs(a.tahun - year) - Math.abs(b.tahun - year) || b.tahun - a.tahun || b.nilai - a.nilai);
  return rows.length ? { penduduk: rows[0].nilai, tahun: rows[0].tahun } : null;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Registration flows per month (registrations, placements, expiries) for the area and selections. */
export function flows(raw: Raw, params: ViewParams, months: number) {
  const kecOf = new Map(raw.wilayah.map((w) => [w.kode_kelurahan, w.kode_kecamatan]));
  const regs = raw.pencaker.filter((r) => {
    if (params.kecamatan && kecOf.get(r.kode_kelurahan) !== params.kecamatan) return false;
    if (params.kelurahan && r.kode_kelurahan !== params.kelurahan) return false;
    const value = (dim: keyof Selections) =>
      ({ jk: r.jenis_kelamin, umur: r.kelompok_umur, pend: r.pendidikan, kbji: r.kbji_golongan ?? '?' })[dim as 'jk'];
    return matches(value, params.pilih, ['jk', 'umur', 'pend', 'kbji']);
  });
  return monthsEnding(params.periode, months).map((bulan) => ({
    bulan,
    pendaftaran: regs.filter((r) => r.tanggal_daftar.slice(0, 7) === bulan).length,
    penempatan: regs.filter((r) => r.tanggal_penempatan?.slice(0, 7) === bulan).length,
    kedaluwarsa: regs.filter(
      (r) =>
        r.tanggal_kedaluwarsa.slice(0, 7) === bulan &&
        r.status !== 'dicabut' &&
        (r.tanggal_penempatan === null || r.tanggal_penempatan > r.tanggal_kedaluwarsa),
    ).length,
  }));
}
