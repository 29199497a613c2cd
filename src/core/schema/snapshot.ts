/**
 * The snapshot contract: every table the pipeline writes and the browser loads.
 *
 * A snapshot is a folder holding `manifest.json`, one Parquet file per table below,
 * `kelurahan.geojson` / `kecamatan.geojson`, and a `laporan/` folder (reject report).
 * The pipeline builds the Parquet files from these definitions (column order and types),
 * the browser checks `SNAPSHOT_SCHEMA_VERSION` before loading, and
 * `docs/snapshot-schema.md` is generated from this file (`npm run docs:schema`).
 *
 * Privacy: no column here may hold a NIK, KK number, name, phone, address, e-mail or exact
 * birth date. People are identified only by `id_orang`, a keyed pseudonym (see core/linkage).
 */

/** Bumped whenever a table or column changes meaning or type; the app refuses other versions. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

/** DuckDB logical types used in the snapshot. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'BOOLEAN' | 'VARCHAR[]';

/** One column of a snapshot table. */
export interface ColumnDef {
  name: string;
  type: ColumnType;
  /** May the column hold NULL? */
  nullable: boolean;
  /** Meaning, in Indonesian (shown in the data explorer and the schema docs). */
  description: string;
  /** Unit or code list, when the column is a measure or a code. */
  unit?: string;
}

/** One snapshot table (one Parquet file). */
export interface TableDef {
  name: SnapshotTableName;
  /** What one row is, in Indonesian. */
  grain: string;
  /** Where the rows come from (source table or reference data). */
  source: string;
  /** Order rows are written in; makes the Parquet bytes reproducible. */
  orderBy: string[];
  columns: ColumnDef[];
}

export type SnapshotTableName =
  | 'wilayah'
  | 'pencaker'
  | 'dtsen_agregat'
  | 'perusahaan'
  | 'lowongan'
  | 'validasi'
  | 'pelatihan'
  | 'indikator'
  | 'kualitas'
  | 'ref_kbji'
  | 'ref_kbli'
  | 'ref_pendidikan';

const c = (
  name: string,
  type: ColumnType,
  nullable: boolean,
  description: string,
  unit?: string,
): ColumnDef => ({ name, type, nullable, description, ...(unit ? { unit } : {}) });

const KODE_KEL = 'kode kelurahan Kemendagri, mis. 64.74.01.1003';

export const SNAPSHOT_TABLES: readonly TableDef[] = [
  {
    name: 'wilayah',
    grain: 'satu kelurahan',
    source: 'data rujukan proyek (Kepmendagri 300.2.2-2138/2025) + titik label dari batas wilayah',
    orderBy: ['kode_kelurahan'],
    columns: [
      c('kode_kelurahan', 'VARCHAR', false, 'Kode kelurahan Kemendagri', KODE_KEL),
      c('nama_kelurahan', 'VARCHAR', false, 'Nama kelurahan'),
      c('kode_kecamatan', 'VARCHAR', false, 'Kode kecamatan Kemendagri', 'mis. 64.74.01'),
      c('nama_kecamatan', 'VARCHAR', false, 'Nama kecamatan'),
      c('kode_bps', 'VARCHAR', true, 'Kode wilayah BPS (bila diketahui; berbeda dari Kemendagri)'),
      c('lat', 'DOUBLE', false, 'Lintang titik label', 'derajat WGS84'),
      c('lng', 'DOUBLE', false, 'Bujur titik label', 'derajat WGS84'),
      c('geometri_skematis', 'BOOLEAN', false, 'Benar bila bentuk peta dibuat skematis (bukan batas resmi)'),
    ],
  },
  {
    name: 'pencaker',
    grain: 'satu pendaftaran AK1 (seorang pencari kerja bisa mendaftar lebih dari sekali)',
    source: 'pencaker (Disnaker / SIAPkerja), ditautkan ke dtsen lewat pseudonim NIK',
    orderBy: ['tanggal_daftar', 'id_orang', 'id_pendaftaran'],
    columns: [
      c('id_pendaftaran', 'INTEGER', false, 'Nomor urut pendaftaran dalam snapshot (bukan nomor kartu)'),
      c('id_orang', 'VARCHAR', false, 'Pseudonim orang: 64 bit pertama HMAC-SHA-256 NIK dengan kunci rahasia petugas, ditulis 16 huruf a-p (tidak pernah berupa angka)'),
      c('jenis_kelamin', 'VARCHAR', false, 'Jenis kelamin', 'L = laki-laki, P = perempuan'),
      c('kelompok_umur', 'VARCHAR', false, 'Kelompok umur saat mendaftar', '<15, 15-19, …, 55-59, 60+'),
      c('kode_kelurahan', 'VARCHAR', false, 'Kelurahan tempat tinggal', KODE_KEL),
      c('pendidikan', 'VARCHAR', false, 'Pendidikan terakhir (kode baku)', 'lihat ref_pendidikan'),
      c('jurusan', 'VARCHAR', true, 'Jurusan / bidang studi (teks bebas, dirapikan)'),
      c('keterampilan', 'VARCHAR[]', false, 'Keterampilan (huruf kecil, dipisah)'),
      c('kbji_kode', 'VARCHAR', true, 'Jabatan yang dicari, kode KBJI 2014 (1-4 digit)', 'lihat ref_kbji'),
      c('kbji_golongan', 'VARCHAR', true, 'Golongan pokok KBJI 2014 dari jabatan yang dicari', '0-9'),
      c('tanggal_daftar', 'DATE', false, 'Tanggal pendaftaran AK1'),
      c('status', 'VARCHAR', false, 'Status kartu', 'aktif, ditempatkan, kedaluwarsa, dicabut'),
      c('tanggal_penempatan', 'DATE', true, 'Tanggal penempatan kerja (bila ditempatkan)'),
      c('tanggal_kedaluwarsa', 'DATE', false, 'Tanggal kartu habis berlaku (tanggal daftar + 2 tahun)'),
      c('id_perusahaan_penempatan', 'VARCHAR', true, 'Perusahaan tempat ditempatkan'),
      c('disabilitas', 'BOOLEAN', true, 'Penyandang disabilitas (bila dilaporkan)'),
      c('di_dtsen', 'BOOLEAN', false, 'Pseudonim NIK ditemukan di ekstrak DTSEN'),
      c('desil', 'INTEGER', true, 'Desil kesejahteraan DTSEN (1 = termiskin); kosong bila tidak ditemukan atau tidak berperingkat', '1-10'),
    ],
  },
  {
    name: 'dtsen_agregat',
    grain: 'kelurahan × desil × status verifikasi',
    source: 'dtsen (DSPM / Dinsos); hanya hitungan, tanpa data perorangan',
    orderBy: ['kode_kelurahan', 'desil', 'status_verifikasi'],
    columns: [
      c('kode_kelurahan', 'VARCHAR', false, 'Kelurahan tempat tinggal', KODE_KEL),
      c('desil', 'INTEGER', true, 'Desil kesejahteraan (kosong = belum berperingkat)', '1-10'),
      c('status_verifikasi', 'VARCHAR', false, 'Status verifikasi', 'belum, proses, terverifikasi, ditolak'),
      c('jumlah_jiwa', 'INTEGER', false, 'Jumlah individu', 'jiwa'),
      c('jumlah_kk', 'INTEGER', false, 'Jumlah keluarga (nomor KK berbeda)', 'KK'),
      c('jumlah_pencaker', 'INTEGER', false, 'Individu yang juga terdaftar sebagai pencari kerja (AK1)', 'orang'),
    ],
  },
  {
    name: 'perusahaan',
    grain: 'satu perusahaan',
    source: 'perusahaan (Disnaker)',
    orderBy: ['id_perusahaan'],
    columns: [
      c('id_perusahaan', 'VARCHAR', false, 'Kode perusahaan'),
      c('nama_perusahaan', 'VARCHAR', false, 'Nama perusahaan (data publik)'),
      c('kbli_kode', 'VARCHAR', true, 'Kode KBLI (bila diberikan lebih rinci dari seksi)'),
      c('kbli_seksi', 'VARCHAR', true, 'Seksi KBLI (huruf)', 'lihat ref_kbli'),
      c('kbli_versi', 'INTEGER', false, 'Versi KBLI', '2020 atau 2025'),
      c('kode_kelurahan', 'VARCHAR', true, 'Kelurahan lokasi', KODE_KEL),
      c('jumlah_pekerja', 'INTEGER', false, 'Jumlah pekerja', 'orang'),
      c('pekerja_lokal', 'INTEGER', false, 'Pekerja ber-KTP Bontang', 'orang'),
      c('mou', 'BOOLEAN', false, 'Menandatangani MoU rekrutmen 2025'),
    ],
  },
  {
    name: 'lowongan',
    grain: 'satu lowongan yang dilaporkan ke Disnaker',
    source: 'lowongan (Disnaker)',
    orderBy: ['tanggal_buka', 'id_lowongan'],
    columns: [
      c('id_lowongan', 'VARCHAR', false, 'Kode lowongan'),
      c('id_perusahaan', 'VARCHAR', false, 'Kode perusahaan'),
      c('kbji_kode', 'VARCHAR', true, 'Jabatan, kode KBJI 2014', 'lihat ref_kbji'),
      c('kbji_golongan', 'VARCHAR', true, 'Golongan pokok KBJI 2014', '0-9'),
      c('jumlah', 'INTEGER', false, 'Jumlah posisi', 'posisi'),
      c('pendidikan_min', 'VARCHAR', true, 'Pendidikan minimum', 'lihat ref_pendidikan'),
      c('keterampilan', 'VARCHAR[]', false, 'Keterampilan yang diminta'),
      c('tanggal_buka', 'DATE', false, 'Tanggal dibuka'),
      c('tanggal_tutup', 'DATE', true, 'Tanggal ditutup'),
      c('terisi', 'INTEGER', false, 'Posisi terisi', 'posisi'),
      c('terisi_lokal', 'INTEGER', false, 'Posisi terisi oleh pekerja lokal', 'posisi'),
      c('proyek', 'VARCHAR', true, 'Nama proyek (mis. jaringan gas kota)'),
      c('kuota_lokal_persen', 'DOUBLE', true, 'Kuota pekerja lokal khusus proyek', 'persen'),
    ],
  },
  {
    name: 'validasi',
    grain: 'kelurahan × tanggal laporan (angka kumulatif)',
    source: 'validasi (DSPM)',
    orderBy: ['tanggal', 'kode_kelurahan'],
    columns: [
      c('tanggal', 'DATE', false, 'Tanggal laporan'),
      c('kode_kelurahan', 'VARCHAR', false, 'Kelurahan', KODE_KEL),
      c('target_kk', 'INTEGER', false, 'Target keluarga yang diverifikasi', 'KK'),
      c('terverifikasi_kk', 'INTEGER', false, 'Keluarga terverifikasi (kumulatif)', 'KK'),
      c('target_jiwa', 'INTEGER', true, 'Target individu', 'jiwa'),
      c('terverifikasi_jiwa', 'INTEGER', true, 'Individu terverifikasi (kumulatif)', 'jiwa'),
    ],
  },
  {
    name: 'pelatihan',
    grain: 'satu program pelatihan',
    source: 'pelatihan (Disnaker, UPTD BLKI, perusahaan)',
    orderBy: ['mulai', 'id_program'],
    columns: [
      c('id_program', 'VARCHAR', false, 'Kode program'),
      c('nama_program', 'VARCHAR', false, 'Nama program'),
      c('penyelenggara', 'VARCHAR', true, 'Penyelenggara'),
      c('kbji_kode', 'VARCHAR', true, 'Jabatan sasaran, kode KBJI 2014'),
      c('kbji_golongan', 'VARCHAR', true, 'Golongan pokok KBJI 2014', '0-9'),
      c('mulai', 'DATE', false, 'Tanggal mulai'),
      c('selesai', 'DATE', true, 'Tanggal selesai'),
      c('peserta', 'INTEGER', false, 'Peserta', 'orang'),
      c('lulus', 'INTEGER', false, 'Lulus', 'orang'),
      c('bersertifikat', 'INTEGER', false, 'Bersertifikat', 'orang'),
      c('ditempatkan', 'INTEGER', false, 'Ditempatkan kerja', 'orang'),
    ],
  },
  {
    name: 'indikator',
    grain: 'satu angka statistik terbitan (tahun × periode × wilayah × indikator)',
    source: 'indikator (BPS dan lainnya), dengan sumber tiap angka',
    orderBy: ['indikator', 'kode_wilayah', 'tahun', 'periode'],
    columns: [
      c('tahun', 'INTEGER', false, 'Tahun'),
      c('periode', 'VARCHAR', true, 'Periode survei', 'mis. Agustus, Maret'),
      c('kode_wilayah', 'VARCHAR', false, 'Kode wilayah Kemendagri', '64.74 = Kota Bontang'),
      c('indikator', 'VARCHAR', false, 'Kode indikator', 'tpt, tpak, penganggur, …'),
      c('nilai', 'DOUBLE', false, 'Nilai'),
      c('satuan', 'VARCHAR', true, 'Satuan'),
      c('sumber', 'VARCHAR', false, 'Sumber (kutipan atau URL)'),
      c('catatan', 'VARCHAR', true, 'Catatan'),
    ],
  },
  {
    name: 'kualitas',
    grain: 'tabel sumber × jenis temuan mutu data',
    source: 'laporan validasi pipeline',
    orderBy: ['tabel', 'kode_temuan', 'tingkat'],
    columns: [
      c('tabel', 'VARCHAR', false, 'Tabel sumber'),
      c('kode_temuan', 'VARCHAR', false, 'Kode temuan (lihat core/errors)'),
      c('tingkat', 'VARCHAR', false, 'Akibat', 'ditolak, diperbaiki, catatan'),
      c('jumlah', 'INTEGER', false, 'Jumlah baris', 'baris'),
    ],
  },
  {
    name: 'ref_kbji',
    grain: 'satu golongan pokok KBJI 2014',
    source: 'KBJI 2014 (Kemnaker dan BPS)',
    orderBy: ['kode'],
    columns: [
      c('kode', 'VARCHAR', false, 'Kode golongan pokok', '0-9'),
      c('nama', 'VARCHAR', false, 'Nama golongan pokok'),
    ],
  },
  {
    name: 'ref_kbli',
    grain: 'satu seksi KBLI per versi',
    source: 'KBLI 2020 (Peraturan BPS 2/2020) dan KBLI 2025 (Peraturan BPS 7/2025)',
    orderBy: ['versi', 'seksi'],
    columns: [
      c('versi', 'INTEGER', false, 'Versi KBLI', '2020 atau 2025'),
      c('seksi', 'VARCHAR', false, 'Huruf seksi'),
      c('nama', 'VARCHAR', false, 'Nama seksi'),
    ],
  },
  {
    name: 'ref_pendidikan',
    grain: 'satu jenjang pendidikan',
    source: 'jenjang pendidikan formal (kode baku proyek)',
    orderBy: ['urutan'],
    columns: [
      c('kode', 'VARCHAR', false, 'Kode jenjang', 'TS, SD, SMP, SMA, SMK, D1-D4, S1-S3'),
      c('nama', 'VARCHAR', false, 'Nama jenjang'),
      c('urutan', 'INTEGER', false, 'Urutan dari terendah'),
      c('kelompok', 'VARCHAR', false, 'Kelompok', 'Dasar, Menengah, Tinggi'),
    ],
  },
];

/** Look up a table definition by name; throws for an unknown name. */
export function tableDef(name: SnapshotTableName): TableDef {
  const def = SNAPSHOT_TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`unknown snapshot table ${name}`);
  return def;
}

/** The manifest written beside the tables (`manifest.json`). */
export interface SnapshotManifest {
  schema_version: number;
  pipeline_version: string;
  /** ISO timestamp of the build (the only field that changes between identical builds). */
  built_at: string;
  /** True when built from synthetic demo data: the app shows a "DATA SIMULASI" badge. */
  demo: boolean;
  region: { kode: string; nama: string };
  /** First and last dates found in the job-seeker and vacancy registers (YYYY-MM-DD). */
  periode: { mulai: string; akhir: string };
  tables: ManifestFile[];
  /** Non-tabular files: geometry. */
  files: ManifestFile[];
  /**
   * `pratinjau.json`: the overview's indicator rows for the default state (latest month, whole
   * city), precomputed by the pipeline so the app can show them before DuckDB-wasm has started
   * (layout: `core/indicators/pratinjau.ts`). Optional: snapshots without it load as before, and
   * the app then waits for DuckDB. Aggregates only.
   */
  pratinjau?: ManifestFile;
  geometry: { kind: 'official' | 'schematic'; source: string };
  sources: ManifestSource[];
  /** Totals of the reject report. */
  rejects: { total_rejected: number; total_repaired: number; total_notes: number; report: string };
}

export interface ManifestFile {
  name: string;
  file: string;
  rows?: number;
  bytes: number;
  sha256: string;
}

export interface ManifestSource {
  table: string;
  file: string;
  sha256: string;
  rows_read: number;
  rows_accepted: number;
  rows_rejected: number;
  ignored_columns: string[];
}
