import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Small synthetic source folders for pipeline tests. Every person here is invented: NIKs are
 * built from the Bontang prefix 6474, a kecamatan, a birth date and a serial, as real NIKs are,
 * but belong to nobody.
 */

/** A structurally valid synthetic NIK (day + 40 for women). */
export function syntheticNik(opts: { kec?: 1 | 2 | 3; birth: string; sex: 'L' | 'P'; serial: number }): string {
  const [y, m, d] = opts.birth.split('-').map(Number);
  const day = opts.sex === 'P' ? d + 40 : d;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `6474${pad(opts.kec ?? 1)}${pad(day)}${pad(m)}${pad(y % 100)}${pad(opts.serial, 4)}`;
}

export interface FixturePerson {
  nik: string;
  nama: string;
  sex: 'L' | 'P';
  birth: string;
}

export function person(i: number, sex: 'L' | 'P' = i % 3 === 0 ? 'P' : 'L'): FixturePerson {
  const birth = `${1995 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
  return { nik: syntheticNik({ kec: ((i % 3) + 1) as 1 | 2 | 3, birth, sex, serial: 1 + i }), nama: `Orang Contoh ${i}`, sex, birth };
}

export const PENCAKER_HEADER = [
  'NIK', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Kelurahan', 'Pendidikan', 'Jurusan', 'Keterampilan',
  'Jabatan Dicari', 'Tanggal Daftar', 'Status', 'Tanggal Penempatan', 'ID Perusahaan Penempatan', 'Disabilitas', 'No HP',
];

/** One pencaker CSV line (array of cells) for a person. */
export function pencakerRow(p: FixturePerson, over: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    NIK: p.nik,
    Nama: p.nama,
    'Jenis Kelamin': p.sex,
    'Tanggal Lahir': p.birth.split('-').reverse().join('/'),
    Kelurahan: 'Lok Tuan',
    Pendidikan: 'SMA',
    Jurusan: 'IPA',
    Keterampilan: 'las; listrik',
    'Jabatan Dicari': '7212',
    'Tanggal Daftar': '15/03/2025',
    Status: 'aktif',
    'Tanggal Penempatan': '',
    'ID Perusahaan Penempatan': '',
    Disabilitas: 'tidak',
    'No HP': '081200000000',
    ...over,
  };
  return PENCAKER_HEADER.map((h) => base[h] ?? '');
}

export function csv(rows: string[][], delimiter = ','): string {
  const q = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map(q).join(delimiter)).join('\n') + '\n';
}

export const DTSEN_HEADER = ['nik', 'no_kk', 'kelurahan', 'desil', 'status_verifikasi', 'tanggal_verifikasi'];
export const PERUSAHAAN_CSV = csv([
  ['id_perusahaan', 'nama_perusahaan', 'kbli', 'kbli_versi', 'kelurahan', 'jumlah_pekerja', 'pekerja_lokal', 'mou'],
  ['P001', 'PT Contoh Industri', '20111', '2020', 'Guntung', '1.200', '900', 'ya'],
  ['P002', 'PT Contoh Bangun', 'F', '2020', 'Api-Api', '300', '180', 'tidak'],
]);
export const LOWONGAN_CSV = csv([
  ['id_lowongan', 'id_perusahaan', 'jabatan', 'jumlah', 'pendidikan_min', 'keterampilan', 'tanggal_buka', 'tanggal_tutup', 'terisi', 'terisi_lokal', 'proyek', 'kuota_lokal_persen'],
  ['L001', 'P001', '7212', '10', 'SMK', 'las', '01/02/2025', '30/04/2025', '8', '6', '', ''],
  ['L002', 'P002', 'Operator Alat Berat', '5', 'SMA', 'alat berat', '2025-03-01', '', '2', '2', 'Jaringan Gas Kota Bontang 2026', '70'],
]);
export const VALIDASI_CSV = csv([
  ['tanggal', 'kelurahan', 'target_kk', 'terverifikasi_kk', 'target_jiwa', 'terverifikasi_jiwa'],
  ['2025-10-01', 'Lok Tuan', '500', '200', '1700', '650'],
  ['2025-11-01', 'Lok Tuan', '500', '500', '1700', '1700'],
]);
export const PELATIHAN_CSV = csv([
  ['id_program', 'nama_program', 'penyelenggara', 'jabatan', 'mulai', 'selesai', 'peserta', 'lulus', 'bersertifikat', 'ditempatkan'],
  ['T001', 'Juru Las SMAW 3G', 'UPTD BLKI Bontang', '7212', '01/09/2025', '30/10/2025', '16', '14', '12', '5'],
]);
export const INDIKATOR_CSV = csv([
  ['tahun', 'periode', 'wilayah', 'indikator', 'nilai', 'satuan', 'sumber', 'catatan'],
  ['2025', 'Agustus', '64.74', 'tpt', '6,36', 'persen', 'BPS (uji)', ''],
]);

/** Write a source folder; `files` overrides or adds files by name (value null removes a file). */
export async function writeSourceFolder(files: Record<string, string | Uint8Array | null>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sk-src-'));
  await mkdir(dir, { recursive: true });
  const defaults: Record<string, string> = {
    'perusahaan.csv': PERUSAHAAN_CSV,
    'lowongan.csv': LOWONGAN_CSV,
    'validasi.csv': VALIDASI_CSV,
    'pelatihan.csv': PELATIHAN_CSV,
    'indikator.csv': INDIKATOR_CSV,
  };
  for (const [name, content] of Object.entries({ ...defaults, ...files })) {
    if (content === null) continue;
    await writeFile(join(dir, name), content);
  }
  return dir;
}

export const TEST_SECRET = 'kunci-uji-yang-cukup-panjang-0123456789';
