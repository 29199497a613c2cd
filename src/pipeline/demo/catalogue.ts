import { KBJI_JABATAN } from '../../core/reference/kbji';
import type { EducationCode } from '../../core/normalise/education';
import { Rng, WeightedItems } from './rng';

/**
 * What synthetic job seekers and vacancies are made of: education levels and their spellings,
 * fields of study, occupations (KBJI 2014 codes, written as codes or as names from
 * core/reference/kbji) and skills.
 */

/** Education of job seekers: mostly SMA/SMK (domain-facts 3a). */
export const EDUCATION_MIX = new WeightedItems<EducationCode>([
  ['TS', 0.3],
  ['SD', 4],
  ['SMP', 8],
  ['SMA', 36],
  ['SMK', 25],
  ['D1', 1],
  ['D2', 0.5],
  ['D3', 8],
  ['D4', 1.5],
  ['S1', 14],
  ['S2', 0.7],
]);

/** Minimum plausible age (years) at registration by education. */
export const MIN_AGE: Record<EducationCode, number> = {
  TS: 17, SD: 17, SMP: 17, SMA: 17, SMK: 17, D1: 19, D2: 20, D3: 20, D4: 21, S1: 21, S2: 24, S3: 27,
};

/** Education as an export writes it (all spellings are read by core/normalise/education). */
export function spellEducation(e: EducationCode, rng: Rng): string {
  const u = rng.f32();
  switch (e) {
    case 'TS':
      return 'Tidak/Belum Sekolah';
    case 'SMA':
      return u < 0.75 ? 'SMA' : u < 0.9 ? 'SLTA' : 'SMU';
    case 'SMK':
      return u < 0.9 ? 'SMK' : 'STM';
    case 'SMP':
      return u < 0.75 ? 'SMP' : 'SLTP';
    case 'D3':
      return u < 0.75 ? 'D3' : 'Diploma III';
    case 'S1':
      return u < 0.8 ? 'S1' : 'Sarjana';
    default:
      return e;
  }
}

/** Fields of study by education; a few carry non-ASCII characters (é, â, en dash) on purpose. */
const JURUSAN: Partial<Record<EducationCode, readonly string[]>> = {
  SMA: ['IPA', 'IPS', 'IPA', 'IPS', 'Bahasa'],
  SMK: [
    'Teknik Pengelasan',
    'Teknik Instalasi Tenaga Listrik',
    'Teknik Kendaraan Ringan Otomotif',
    'Teknik Kimia Industri',
    'Akuntansi dan Keuangan Lembaga',
    'Otomatisasi dan Tata Kelola Perkantoran',
    'Tata Boga',
    'Teknik Komputer dan Jaringan',
    'Teknik Pemesinan',
    'Teknik Alat Berat',
    'Tata Busana',
    'Perhotelan – Food & Beverage',
  ],
  D1: ['Administrasi Perkantoran', 'Teknik Komputer'],
  D2: ['Administrasi Perkantoran', 'Teknik Mesin'],
  D3: [
    'Teknik Kimia',
    'Teknik Mesin',
    'Teknik Listrik',
    'Keperawatan',
    'Akuntansi',
    'Manajemen Informatika',
    'Analis Kesehatan',
    'Manajemen Café dan Restoran',
    'Tata Boga (Pâtisserie)',
  ],
  D4: ['Teknik Kimia Industri', 'Teknologi Rekayasa Instrumentasi', 'Keselamatan dan Kesehatan Kerja'],
  S1: [
    'Teknik Kimia',
    'Teknik Sipil',
    'Teknik Mesin',
    'Teknik Elektro',
    'Manajemen',
    'Akuntansi',
    'Ilmu Hukum',
    'Kesehatan Masyarakat',
    'Pendidikan Bahasa Inggris',
    'Ilmu Komunikasi – Jurnalistik',
    'Sistem Informasi',
    'Keperawatan (Ners)',
    'Teknik Lingkungan',
    'Agroteknologi',
  ],
  S2: ['Magister Manajemen', 'Teknik Kimia', 'Ilmu Lingkungan'],
};

/** Field of study for a person; `u` is a stable per-person number in [0, 1). Empty below SMA. */
export function jurusanFor(e: EducationCode, u: number): string {
  const list = JURUSAN[e];
  return list ? list[Math.floor(u * list.length)] : '';
}

/** Occupations sought, by education group, as KBJI 2014 unit groups with weights. */
const SOUGHT: Record<'dasar' | 'sma' | 'smk' | 'tinggi', readonly (readonly [string, number])[]> = {
  dasar: [['9313', 5], ['9112', 4], ['8322', 3], ['5414', 3], ['9329', 3], ['9333', 2], ['7531', 1], ['5223', 2], ['7119', 2]],
  sma: [
    ['4110', 8], ['5223', 4], ['5230', 3], ['5414', 4], ['8322', 3], ['8342', 3], ['7119', 3], ['9313', 3], ['4321', 3],
    ['8344', 2], ['5131', 2], ['5120', 2], ['7212', 2], ['3257', 2], ['8131', 3], ['9112', 2], ['4222', 2],
  ],
  smk: [
    ['7212', 8], ['7411', 5], ['7126', 4], ['8342', 4], ['7233', 3], ['3115', 3], ['3113', 2], ['7119', 3], ['7215', 2],
    ['8131', 4], ['3111', 2], ['4110', 3], ['3512', 2], ['7231', 2], ['5120', 1], ['3313', 2], ['3257', 2],
  ],
  tinggi: [
    ['4110', 5], ['3313', 4], ['2145', 3], ['2142', 3], ['2151', 2], ['3221', 3], ['2221', 1], ['2330', 3], ['3257', 3],
    ['2263', 2], ['3111', 2], ['3114', 2], ['2411', 2], ['2512', 1], ['3322', 2], ['2423', 2], ['2144', 2],
  ],
};

const SOUGHT_TABLES = {
  dasar: new WeightedItems(SOUGHT.dasar),
  sma: new WeightedItems(SOUGHT.sma),
  smk: new WeightedItems(SOUGHT.smk),
  tinggi: new WeightedItems(SOUGHT.tinggi),
};

export function educationGroup(e: EducationCode): keyof typeof SOUGHT {
  if (e === 'TS' || e === 'SD' || e === 'SMP') return 'dasar';
  if (e === 'SMA') return 'sma';
  if (e === 'SMK') return 'smk';
  return 'tinggi';
}

/** A KBJI code for the occupation a job seeker with this education looks for. */
export function soughtOccupation(e: EducationCode, rng: Rng): string {
  return SOUGHT_TABLES[educationGroup(e)].draw(rng);
}

const KBJI_BY_CODE = new Map(KBJI_JABATAN.map((j) => [j.kode, j]));

/** How an occupation is written: the code, a name (official or synonym), or 'code - name'. */
export type OccupationStyle = 'code' | 'name' | 'code-name';

/**
 * An occupation as written in an export. Names come from core/reference/kbji, so the pipeline
 * recognises them; a code missing there is written as the bare code.
 */
export function spellOccupation(code: string, style: OccupationStyle, rng: Rng): string {
  const j = KBJI_BY_CODE.get(code);
  if (!j || style === 'code') return code;
  if (style === 'code-name') return `${code} - ${j.nama}`;
  return j.sinonim.length > 0 && rng.chance(0.35) ? rng.pick(j.sinonim) : j.nama;
}

/** Skills by occupation (KBJI code). */
const SKILLS: Record<string, readonly string[]> = {
  '7212': ['Las SMAW', 'Las TIG', 'Las FCAW', 'Membaca Gambar Teknik', 'K3 Pengelasan'],
  '8342': ['Operator Excavator', 'SIO Alat Berat', 'Perawatan Alat Berat'],
  '4110': ['Microsoft Office', 'Pengarsipan', 'Surat Menyurat', 'Entri Data'],
  '8322': ['SIM A', 'SIM B1', 'Mengemudi Defensif'],
  '8332': ['SIM B2 Umum', 'Mengemudi Defensif'],
  '5414': ['Gada Pratama', 'Bela Diri', 'Patroli'],
  '9313': ['Pekerjaan Beton', 'Angkat Angkut', 'Bekisting'],
  '7119': ['Scaffolding', 'Bekerja di Ketinggian', 'K3 Umum'],
  '7126': ['Pipefitting', 'Membaca Isometrik', 'Pemasangan Pipa'],
  '7411': ['Instalasi Listrik', 'PUIL', 'Pengkabelan'],
  '3257': ['K3 Umum', 'Investigasi Kecelakaan', 'P3K'],
  '8131': ['Operasi Pabrik Kimia', 'Pengambilan Sampel', 'K3 Umum'],
  '5223': ['Pelayanan Pelanggan', 'Penataan Barang'],
  '5230': ['Kasir', 'Pelayanan Pelanggan', 'Microsoft Excel'],
  '3313': ['Akuntansi', 'Microsoft Excel', 'Perpajakan', 'Aplikasi Akuntansi'],
  '4321': ['Administrasi Gudang', 'Inventarisasi', 'Microsoft Excel', 'Operator Forklift'],
  '9112': ['Kebersihan', 'Pengoperasian Mesin Poles'],
  '5120': ['Memasak', 'Sanitasi Makanan', 'Tata Boga'],
  '5131': ['Pelayanan Tamu', 'Bahasa Inggris Dasar'],
  '3221': ['Asuhan Keperawatan', 'BTCLS', 'P3K'],
  '2330': ['Mengajar', 'Microsoft Office', 'Bahasa Inggris'],
  '3111': ['Analisis Kimia', 'Kalibrasi Alat Lab', 'ISO 17025'],
  '3115': ['Perawatan Mesin', 'Pompa dan Kompresor', 'Membaca Gambar Teknik'],
  '7233': ['Perawatan Mesin', 'Hidrolik', 'Mesin Diesel'],
  '3113': ['Instalasi Listrik', 'PLC', 'Perawatan Motor Listrik'],
  '2145': ['Proses Kimia', 'Simulasi Proses', 'K3 Proses'],
  '2142': ['AutoCAD', 'Estimasi Biaya', 'Manajemen Proyek'],
  '3512': ['Jaringan Komputer', 'Perbaikan Komputer', 'Microsoft Office'],
  '7531': ['Menjahit', 'Pola Pakaian', 'Mesin Jahit'],
  '8344': ['Operator Forklift', 'SIO Forklift'],
  '7215': ['Rigging', 'Signalman', 'K3 Angkat Angkut'],
  '3114': ['Instrumentasi', 'Kalibrasi', 'PLC'],
  '4222': ['Pelayanan Pelanggan', 'Komunikasi', 'Microsoft Office'],
  '3322': ['Penjualan', 'Negosiasi', 'Media Sosial'],
  '2151': ['Sistem Tenaga Listrik', 'AutoCAD Electrical', 'Proteksi Listrik'],
  '2221': ['Asuhan Keperawatan', 'BTCLS'],
  '2263': ['Ahli K3 Umum', 'Audit SMK3', 'Manajemen Risiko'],
  '2411': ['Akuntansi', 'Perpajakan', 'Audit'],
  '2512': ['JavaScript', 'Python', 'Basis Data SQL'],
  '2423': ['Rekrutmen', 'Penggajian', 'Microsoft Office'],
  '2144': ['AutoCAD', 'Desain Mesin', 'Perawatan Mesin'],
  '9329': ['Pengemasan', 'K3 Umum'],
  '9333': ['Angkat Angkut', 'Bongkar Muat'],
  '7231': ['Servis Mobil', 'Servis Sepeda Motor', 'Kelistrikan Otomotif'],
  '9312': ['Penggalian', 'Angkat Angkut', 'K3 Umum'],
  '3123': ['Pengawasan Lapangan', 'K3 Konstruksi', 'Membaca Gambar Teknik'],
};
const GENERIC_SKILLS = ['Microsoft Office', 'Bahasa Inggris', 'K3 Umum', 'SIM A', 'SIM C', 'Komunikasi'];

/** 1-4 skills for an occupation: mostly its own, sometimes a generic one. */
export function skillsFor(code: string, rng: Rng): string[] {
  const own = SKILLS[code] ?? GENERIC_SKILLS;
  const n = 1 + Math.min(own.length - 1, Math.floor(rng.f32() * 3));
  const out = rng.shuffle([...own]).slice(0, n);
  if (rng.chance(0.3)) {
    const g = rng.pick(GENERIC_SKILLS);
    if (!out.includes(g)) out.push(g);
  }
  return out;
}

/** Typical minimum education asked for an occupation in vacancies. */
export function minEducationFor(code: string): EducationCode {
  const major = code[0];
  if (major === '2' || code === '1323') return 'S1';
  if (major === '3') return code === '3257' || code === '3313' ? 'D3' : 'SMK';
  if (major === '7') return 'SMK';
  if (major === '8') return 'SMA';
  if (major === '9') return 'SMP';
  return 'SMA';
}
