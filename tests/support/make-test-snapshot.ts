/**
 * Builds a small but complete snapshot folder for tests: every table of SNAPSHOT_TABLES as a ZSTD
 * Parquet file with the contract's columns and types, square geometries for the 15 kelurahan and
 * 3 kecamatan, and `manifest.json` with correct byte counts and SHA-256 hashes.
 *
 * All people are synthetic (random pseudonyms, no names). The generated rows are returned too, so
 * tests can compute the expected indicator values in plain TypeScript and compare them with SQL.
 *
 * Run directly to write a folder: `npx tsx tests/support/make-test-snapshot.ts <dir>`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { KECAMATAN, KELURAHAN } from '../../src/core/reference/wilayah';
import {
  SNAPSHOT_SCHEMA_VERSION,
  SNAPSHOT_TABLES,
  type ColumnType,
  type ManifestFile,
  type SnapshotManifest,
  type SnapshotTableName,
} from '../../src/core/schema/snapshot';

export interface PencakerRow {
  id_pendaftaran: number;
  id_orang: string;
  jenis_kelamin: string;
  kelompok_umur: string;
  kode_kelurahan: string;
  pendidikan: string;
  jurusan: string | null;
  keterampilan: string[];
  kbji_kode: string | null;
  kbji_golongan: string | null;
  tanggal_daftar: string;
  status: 'aktif' | 'ditempatkan' | 'kedaluwarsa' | 'dicabut';
  tanggal_penempatan: string | null;
  tanggal_kedaluwarsa: string;
  id_perusahaan_penempatan: string | null;
  disabilitas: boolean | null;
  di_dtsen: boolean;
  desil: number | null;
}

export interface PerusahaanRow {
  id_perusahaan: string;
  nama_perusahaan: string;
  kbli_kode: string | null;
  kbli_seksi: string | null;
  kbli_versi: number;
  kode_kelurahan: string | null;
  jumlah_pekerja: number;
  pekerja_lokal: number;
  mou: boolean;
}

export interface LowonganRow {
  id_lowongan: string;
  id_perusahaan: string;
  kbji_kode: string | null;
  kbji_golongan: string | null;
  jumlah: number;
  pendidikan_min: string | null;
  keterampilan: string[];
  tanggal_buka: string;
  tanggal_tutup: string | null;
  terisi: number;
  terisi_lokal: number;
  proyek: string | null;
  kuota_lokal_persen: number | null;
}

export interface ValidasiRow {
  tanggal: string;
  kode_kelurahan: string;
  target_kk: number;
  terverifikasi_kk: number;
  target_jiwa: number | null;
  terverifikasi_jiwa: number | null;
}

export interface IndikatorRow {
  tahun: number;
  periode: string | null;
  kode_wilayah: string;
  indikator: string;
  nilai: number;
  satuan: string | null;
  sumber: string;
  catatan: string | null;
}

export interface WilayahRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  nama_kecamatan: string;
  kode_bps: string | null;
  lat: number;
  lng: number;
  geometri_skematis: boolean;
}

type AnyRow = Record<string, unknown>;

export interface TestSnapshotRows {
  wilayah: WilayahRow[];
  pencaker: PencakerRow[];
  perusahaan: PerusahaanRow[];
  lowongan: LowonganRow[];
  validasi: ValidasiRow[];
  indikator: IndikatorRow[];
  dtsen_agregat: AnyRow[];
  pelatihan: AnyRow[];
  kualitas: AnyRow[];
  ref_kbji: AnyRow[];
  ref_kbli: AnyRow[];
  ref_pendidikan: AnyRow[];
}

export interface TestSnapshot {
  dir: string;
  manifest: SnapshotManifest;
  rows: TestSnapshotRows;
}

/** Last date of the synthetic registers. */
export const TEST_SNAPSHOT_END = '2026-03-31';

// ---------------------------------------------------------------- dates and randomness

const DAY = 86_400_000;
const toDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDays = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** The same day two years later (29 February becomes 28 February). */
function plusTwoYears(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + 2}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day of the month containing `iso`. */
function monthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** mulberry32: small deterministic PRNG so the snapshot is identical on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const chance = (p: number) => next() < p;
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
  return { next, int, pick, chance, hex };
}

// ---------------------------------------------------------------- synthetic rows

const KEL_CODES = KELURAHAN.map((k) => k.kode);
const UMUR = ['15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54'];
const PENDIDIKAN = ['SD', 'SMP', 'SMA', 'SMA', 'SMA', 'SMK', 'SMK', 'D3', 'S1'];
const SKILLS = ['las', 'listrik', 'komputer', 'mengemudi', 'akuntansi', 'k3', 'bahasa inggris', 'perpipaan', 'memasak'];
const KBJI = ['7212', '7411', '4110', '8322', '3313', '5120', '9313', '2144'];

function pencakerRows(r: ReturnType<typeof rng>, people: number): PencakerRow[] {
  const start = toDays('2023-01-01');
  const end = toDays(TEST_SNAPSHOT_END);
  const out: Omit<PencakerRow, 'id_pendaftaran'>[] = [];
  for (let i = 0; i < people; i++) {
    const id = r.hex(16);
    const home = r.pick(KEL_CODES);
    const inDtsen = r.chance(0.6);
    const desil = inDtsen && r.chance(0.85) ? r.int(1, 10) : null;
    const sex = r.chance(0.5) ? 'L' : 'P';
    const n = r.chance(0.07) ? 3 : r.chance(0.25) ? 2 : 1;
    for (let k = 0; k < n; k++) {
      let daftar = fromDays(r.int(start, end));
      // Some registrations on a month's last day, to exercise the "<= d" edge.
      if (r.chance(0.08)) daftar = monthEnd(daftar);
      const kedaluwarsa = plusTwoYears(daftar);
      let penempatan: string | null = null;
      let perusahaan: string | null = null;
      const revoked = r.chance(0.05);
      if (!revoked && r.chance(0.35)) {
        let p = toDays(daftar) + r.int(0, 600);
        if (r.chance(0.15)) p = toDays(monthEnd(fromDays(p)));
        if (p < toDays(kedaluwarsa) && p <= end) {
          penempatan = fromDays(p);
          perusahaan = `PRS${String(r.int(1, 25)).padStart(3, '0')}`;
        }
      }
      const status: PencakerRow['status'] = revoked
        ? 'dicabut'
        : penempatan
          ? 'ditempatkan'
          : toDays(kedaluwarsa) <= end
            ? 'kedaluwarsa'
            : 'aktif';
      const kbji = r.chance(0.8) ? r.pick(KBJI) : null;
      out.push({
        id_orang: id,
        jenis_kelamin: sex,
        kelompok_umur: r.pick(UMUR),
        kode_kelurahan: r.chance(0.85) ? home : r.pick(KEL_CODES),
        pendidikan: r.pick(PENDIDIKAN),
        jurusan: r.chance(0.5) ? r.pick(['teknik mesin', 'akuntansi', 'tata boga', 'teknik listrik']) : null,
        keterampilan: Array.from(new Set(Array.from({ length: r.int(0, 3) }, () => r.pick(SKILLS)))),
        kbji_kode: kbji,
        kbji_golongan: kbji ? kbji[0] : null,
        tanggal_daftar: daftar,
        status,
        tanggal_penempatan: penempatan,
        tanggal_kedaluwarsa: kedaluwarsa,
        id_perusahaan_penempatan: perusahaan,
        disabilitas: r.chance(0.3) ? r.chance(0.1) : null,
        di_dtsen: inDtsen,
        desil,
      });
    }
  }
  out.sort((a, b) => (a.tanggal_daftar < b.tanggal_daftar ? -1 : a.tanggal_daftar > b.tanggal_daftar ? 1 : a.id_orang < b.id_orang ? -1 : 1));
  return out.map((row, i) => ({ id_pendaftaran: i + 1, ...row }));
}

function perusahaanRows(r: ReturnType<typeof rng>): PerusahaanRow[] {
  return Array.from({ length: 25 }, (_, i) => {
    const pekerja = r.int(10, 2000);
    const seksi = r.pick(['B', 'C', 'F', 'G', 'H', 'I']);
    return {
      id_perusahaan: `PRS${String(i + 1).padStart(3, '0')}`,
      nama_perusahaan: `PT Contoh Uji ${i + 1}`,
      kbli_kode: r.chance(0.5) ? `${seksi === 'C' ? '20' : '41'}${r.int(100, 999)}` : null,
      kbli_seksi: seksi,
      kbli_versi: r.chance(0.7) ? 2020 : 2025,
      // Two companies without a kelurahan: their vacancies count only city-wide.
      kode_kelurahan: i === 3 || i === 17 ? null : r.pick(KEL_CODES),
      jumlah_pekerja: pekerja,
      pekerja_lokal: Math.round(pekerja * (0.4 + r.next() * 0.6)),
      mou: r.chance(0.6),
    };
  });
}

function lowonganRows(r: ReturnType<typeof rng>, perusahaan: PerusahaanRow[]): LowonganRow[] {
  const start = toDays('2024-06-01');
  const end = toDays(TEST_SNAPSHOT_END);
  const rows: LowonganRow[] = [];
  for (let i = 0; i < 120; i++) {
    const buka = r.chance(0.1) ? monthEnd(fromDays(r.int(start, end))) : fromDays(r.int(start, end));
    let tutup: string | null = null;
    if (!r.chance(0.3)) {
      tutup = fromDays(toDays(buka) + r.int(0, 120));
      if (r.chance(0.15)) tutup = monthEnd(tutup);
    }
    const jumlah = r.int(1, 20);
    const terisi = r.int(0, jumlah);
    const kbji = r.chance(0.9) ? r.pick(KBJI) : null;
    const jargas = r.chance(0.1);
    rows.push({
      id_lowongan: `LWG${String(i + 1).padStart(4, '0')}`,
      id_perusahaan: r.pick(perusahaan).id_perusahaan,
      kbji_kode: kbji,
      kbji_golongan: kbji ? kbji[0] : null,
      jumlah,
      pendidikan_min: r.chance(0.8) ? r.pick(['SMA', 'SMK', 'D3', 'S1']) : null,
      keterampilan: Array.from(new Set(Array.from({ length: r.int(0, 3) }, () => r.pick(SKILLS)))),
      tanggal_buka: buka,
      tanggal_tutup: tutup,
      terisi,
      terisi_lokal: r.int(0, terisi),
      proyek: jargas ? 'Jaringan gas kota' : null,
      kuota_lokal_persen: jargas ? 70 : null,
    });
  }
  return rows.sort((a, b) => (a.tanggal_buka < b.tanggal_buka ? -1 : a.tanggal_buka > b.tanggal_buka ? 1 : a.id_lowongan < b.id_lowongan ? -1 : 1));
}

function validasiRows(r: ReturnType<typeof rng>): ValidasiRow[] {
  // Validation ran kecamatan by kecamatan: Bontang Selatan and Barat first, Utara last.
  const firstReport: Record<string, string> = { '64.74.02': '2025-04-07', '64.74.03': '2025-06-16', '64.74.01': '2025-10-31' };
  const rows: ValidasiRow[] = [];
  for (const k of KELURAHAN) {
    const target = r.int(300, 1500);
    let done = 0;
    let day = toDays(firstReport[k.kode_kecamatan]) + r.int(0, 5);
    while (day <= toDays('2026-03-20')) {
      done = Math.min(target, done + r.int(10, Math.ceil(target / 6)));
      rows.push({
        tanggal: fromDays(day),
        kode_kelurahan: k.kode,
        target_kk: target,
        terverifikasi_kk: done,
        target_jiwa: r.chance(0.5) ? target * 3 : null,
        terverifikasi_jiwa: null,
      });
      day += r.int(12, 30);
    }
  }
  return rows.sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : a.kode_kelurahan < b.kode_kelurahan ? -1 : 1));
}

function indikatorRows(): IndikatorRow[] {
  const src = 'uji sintetis (bukan angka BPS)';
  const tpt: Array<[number, number]> = [
    [2019, 9.5],
    [2020, 9.46],
    [2021, 9.19],
    [2022, 8.64],
    [2023, 7.74],
    [2024, 6.9],
    [2025, 6.36],
  ];
  const rows: IndikatorRow[] = tpt.map(([tahun, nilai]) => ({
    tahun,
    periode: 'Agustus',
    kode_wilayah: '64.74',
    indikator: 'tpt',
    nilai,
    satuan: 'persen',
    sumber: `${src} ${tahun}`,
    catatan: null,
  }));
  // Rows the TPT indicator must leave out: other round, other region, other indicator.
  rows.push(
    { tahun: 2025, periode: 'Februari', kode_wilayah: '64.74', indikator: 'tpt', nilai: 1.11, satuan: 'persen', sumber: src, catatan: null },
    { tahun: 2024, periode: 'Agustus', kode_wilayah: '64', indikator: 'tpt', nilai: 2.22, satuan: 'persen', sumber: src, catatan: null },
    { tahun: 2024, periode: 'Agustus', kode_wilayah: '64.74', indikator: 'tpak', nilai: 66.6, satuan: 'persen', sumber: src, catatan: null },
    { tahun: 2024, periode: null, kode_wilayah: '64.74', indikator: 'penduduk', nilai: 191811, satuan: 'jiwa', sumber: src, catatan: 'uji' },
  );
  return rows;
}

function buildRows(seed: number, people: number): TestSnapshotRows {
  const r = rng(seed);
  const kecNama = new Map(KECAMATAN.map((k) => [k.kode, k.nama]));
  const wilayah: WilayahRow[] = KELURAHAN.map((k) => ({
    kode_kelurahan: k.kode,
    nama_kelurahan: k.nama,
    kode_kecamatan: k.kode_kecamatan,
    nama_kecamatan: kecNama.get(k.kode_kecamatan) ?? '',
    kode_bps: null,
    lat: k.label.lat,
    lng: k.label.lng,
    geometri_skematis: true,
  }));
  const pencaker = pencakerRows(r, people);
  const perusahaan = perusahaanRows(r);
  const lowongan = lowonganRows(r, perusahaan);
  const validasi = validasiRows(r);
  const dtsen_agregat: AnyRow[] = [];
  for (const k of KEL_CODES) {
    for (const desil of [1, 2, 5, null]) {
      dtsen_agregat.push({ kode_kelurahan: k, desil, status_verifikasi: 'terverifikasi', jumlah_jiwa: r.int(20, 400), jumlah_kk: r.int(5, 100), jumlah_pencaker: r.int(0, 10) });
    }
  }
  const pelatihan: AnyRow[] = Array.from({ length: 8 }, (_, i) => {
    const peserta = r.int(10, 40);
    const lulus = r.int(0, peserta);
    return {
      id_program: `PLT${i + 1}`,
      nama_program: `Pelatihan uji ${i + 1}`,
      penyelenggara: r.pick(['UPTD BLKI', 'Disnaker', null]),
      kbji_kode: r.pick(KBJI),
      kbji_golongan: null,
      mulai: fromDays(toDays('2025-01-06') + i * 30),
      selesai: i % 3 === 0 ? null : fromDays(toDays('2025-01-06') + i * 30 + 20),
      peserta,
      lulus,
      bersertifikat: r.int(0, lulus),
      ditempatkan: r.int(0, lulus),
    };
  });
  for (const p of pelatihan) p.kbji_golongan = String(p.kbji_kode).slice(0, 1);
  const kualitas: AnyRow[] = [
    { tabel: 'pencaker', kode_temuan: 'nik-invalid', tingkat: 'ditolak', jumlah: 3 },
    { tabel: 'pencaker', kode_temuan: 'kelurahan-unknown', tingkat: 'ditolak', jumlah: 1 },
    { tabel: 'lowongan', kode_temuan: 'filled-exceeds-positions', tingkat: 'diperbaiki', jumlah: 2 },
  ];
  const ref_kbji: AnyRow[] = [
    ['0', 'TNI dan Polri'],
    ['1', 'Manajer'],
    ['2', 'Profesional'],
    ['3', 'Teknisi dan asisten profesional'],
    ['4', 'Tenaga tata usaha'],
    ['5', 'Tenaga usaha jasa dan penjualan'],
    ['6', 'Pekerja terampil pertanian, kehutanan dan perikanan'],
    ['7', 'Pekerja pengolahan, kerajinan'],
    ['8', 'Operator dan perakit mesin'],
    ['9', 'Pekerja kasar'],
  ].map(([kode, nama]) => ({ kode, nama }));
  const ref_kbli: AnyRow[] = [2020, 2025].flatMap((versi) =>
    [
      ['B', 'Pertambangan dan Penggalian'],
      ['C', 'Industri Pengolahan'],
      ['F', 'Konstruksi'],
      ['G', 'Perdagangan Besar dan Eceran'],
      ['H', 'Pengangkutan dan Pergudangan'],
      ['I', 'Penyediaan Akomodasi dan Makan Minum'],
    ].map(([seksi, nama]) => ({ versi, seksi, nama })),
  );
  const ref_pendidikan: AnyRow[] = [
    ['TS', 'Tidak/Belum Sekolah', 'Dasar'],
    ['SD', 'SD', 'Dasar'],
    ['SMP', 'SMP', 'Dasar'],
    ['SMA', 'SMA', 'Menengah'],
    ['SMK', 'SMK', 'Menengah'],
    ['D1', 'Diploma I', 'Tinggi'],
    ['D2', 'Diploma II', 'Tinggi'],
    ['D3', 'Diploma III', 'Tinggi'],
    ['D4', 'Diploma IV', 'Tinggi'],
    ['S1', 'Sarjana', 'Tinggi'],
    ['S2', 'Magister', 'Tinggi'],
    ['S3', 'Doktor', 'Tinggi'],
  ].map(([kode, nama, kelompok], i) => ({ kode, nama, urutan: i + 1, kelompok }));
  return {
    wilayah,
    pencaker,
    perusahaan,
    lowongan,
    validasi,
    indikator: indikatorRows(),
    dtsen_agregat,
    pelatihan,
    kualitas,
    ref_kbji,
    ref_kbli,
    ref_pendidikan,
  };
}

// ---------------------------------------------------------------- writing

function literal(v: unknown, type: ColumnType): string {
  if (v === null || v === undefined) return `NULL::${type}`;
  switch (type) {
    case 'VARCHAR':
      return `'${String(v).replace(/'/g, "''")}'`;
    case 'DATE':
      return `DATE '${String(v)}'`;
    case 'BOOLEAN':
      return v ? 'TRUE' : 'FALSE';
    case 'VARCHAR[]':
      return `[${(v as string[]).map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')}]::VARCHAR[]`;
    default:
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`not a number: ${String(v)}`);
      return `${v}::${type}`;
  }
}

function square(lat: number, lng: number, half: number) {
  const ring = [
    [lng - half, lat - half],
    [lng + half, lat - half],
    [lng + half, lat + half],
    [lng - half, lat + half],
    [lng - half, lat - half],
  ].map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** Same feature properties as the pipeline's geometry (src/core/geo/assemble.ts). */
function geojson(rows: TestSnapshotRows) {
  const half = 0.003;
  const kelurahan = {
    type: 'FeatureCollection',
    features: rows.wilayah.map((w) => ({
      type: 'Feature',
      properties: { kode: w.kode_kelurahan, nama: w.nama_kelurahan, kode_kecamatan: w.kode_kecamatan, nama_kecamatan: w.nama_kecamatan, skematis: true },
      geometry: square(w.lat, w.lng, half),
    })),
  };
  const kecamatan = {
    type: 'FeatureCollection',
    features: KECAMATAN.map((k) => {
      const ws = rows.wilayah.filter((w) => w.kode_kecamatan === k.kode);
      const [minLat, maxLat] = [Math.min(...ws.map((w) => w.lat)) - half, Math.max(...ws.map((w) => w.lat)) + half];
      const [minLng, maxLng] = [Math.min(...ws.map((w) => w.lng)) - half, Math.max(...ws.map((w) => w.lng)) + half];
      const ring = [
        [minLng, minLat],
        [maxLng, minLat],
        [maxLng, maxLat],
        [minLng, maxLat],
        [minLng, minLat],
      ].map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
      return { type: 'Feature', properties: { kode: k.kode, nama: k.nama, skematis: true }, geometry: { type: 'Polygon', coordinates: [ring] } };
    }),
  };
  return { kelurahan, kecamatan };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Write a test snapshot into `dir` (created; existing files are overwritten) and return its
 * manifest and the rows it holds. Same seed, same bytes.
 */
export async function makeTestSnapshot(dir: string, opts: { seed?: number; people?: number } = {}): Promise<TestSnapshot> {
  const rows = buildRows(opts.seed ?? 20260331, opts.people ?? 260);
  await mkdir(dir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const tables: ManifestFile[] = [];
  try {
    for (const def of SNAPSHOT_TABLES) {
      const data = rows[def.name as SnapshotTableName] as AnyRow[];
      const cols = def.columns.map((c) => `"${c.name}" ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(', ');
      await conn.run(`CREATE TABLE "${def.name}" (${cols})`);
      for (let i = 0; i < data.length; i += 200) {
        const values = data
          .slice(i, i + 200)
          .map((row) => `(${def.columns.map((c) => literal(row[c.name], c.type)).join(', ')})`)
          .join(',\n');
        await conn.run(`INSERT INTO "${def.name}" VALUES ${values}`);
      }
      const file = `${def.name}.parquet`;
      const target = path.join(dir, file).replace(/'/g, "''");
      const order = def.orderBy.map((c) => `"${c}"`).join(', ');
      await conn.run(`COPY (SELECT * FROM "${def.name}" ORDER BY ${order}) TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
      const bytes = await readFile(path.join(dir, file));
      tables.push({ name: def.name, file, rows: data.length, bytes: bytes.length, sha256: sha256(bytes) });
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  const geo = geojson(rows);
  const files: ManifestFile[] = [];
  for (const name of ['kelurahan', 'kecamatan'] as const) {
    const file = `${name}.geojson`;
    const bytes = new TextEncoder().encode(JSON.stringify(geo[name]));
    await writeFile(path.join(dir, file), bytes);
    files.push({ name, file, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const manifest: SnapshotManifest = {
    schema_version: SNAPSHOT_SCHEMA_VERSION,
    pipeline_version: 'test-snapshot',
    built_at: '2026-04-01T00:00:00.000Z',
    demo: true,
    region: { kode: '64.74', nama: 'Kota Bontang' },
    periode: { mulai: rows.pencaker[0].tanggal_daftar, akhir: TEST_SNAPSHOT_END },
    tables,
    files,
    geometry: { kind: 'schematic', source: 'kotak uji di sekitar titik label kelurahan' },
    sources: [],
    rejects: { total_rejected: 4, total_repaired: 2, total_notes: 0, report: 'laporan/index.html' },
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, manifest, rows };
}

/** Remove a folder written by `makeTestSnapshot`. */
export async function removeTestSnapshot(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx tests/support/make-test-snapshot.ts <folder>');
    process.exit(2);
  }
  makeTestSnapshot(path.resolve(dir)).then(
    (s) => console.log(`test snapshot written to ${s.dir} (${s.rows.pencaker.length} pencaker rows)`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
