/**
 * KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) reference data for the two versions a
 * company record may carry: KBLI 2020 (Peraturan BPS 2/2020, sections A-U, based on ISIC Rev.4)
 * and KBLI 2025 (Peraturan BPS 7/2025, sections A-V, based on ISIC Rev.5).
 *
 * The letters differ from section J onward, so a code is only meaningful with its version.
 * Used by core/normalise/kbli (2-digit division -> section) and by the pipeline for the
 * `ref_kbli` snapshot table. Names from domain-facts 4c.
 */

/** The KBLI versions the project accepts. */
export type KbliVersi = 2020 | 2025;

/** The KBLI versions, oldest first. */
export const KBLI_VERSI: readonly KbliVersi[] = [2020, 2025];

/** Version assumed when a record does not say. */
export const KBLI_VERSI_DEFAULT: KbliVersi = 2020;

/** One KBLI section. */
export interface KbliSeksi {
  /** Section letter. */
  seksi: string;
  /** Indonesian name. */
  nama: string;
  /** Inclusive 2-digit division ranges [from, to] belonging to the section. */
  divisi: readonly (readonly [number, number])[];
}

const s = (seksi: string, nama: string, ...divisi: [number, number][]): KbliSeksi => ({ seksi, nama, divisi });

const A = 'Pertanian, Kehutanan dan Perikanan';
const B = 'Pertambangan dan Penggalian';
const D = 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin';
const E = 'Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi';
const F = 'Konstruksi';
const G = 'Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor';
const I = 'Penyediaan Akomodasi dan Penyediaan Makan Minum';

/** KBLI 2020 sections A-U with their divisions. */
export const KBLI_2020: readonly KbliSeksi[] = [
  s('A', A, [1, 3]),
  s('B', B, [5, 9]),
  s('C', 'Industri Pengolahan', [10, 33]),
  s('D', D, [35, 35]),
  s('E', E, [36, 39]),
  s('F', F, [41, 43]),
  s('G', G, [45, 47]),
  s('H', 'Pengangkutan dan Pergudangan', [49, 53]),
  s('I', I, [55, 56]),
  s('J', 'Informasi dan Komunikasi', [58, 63]),
  s('K', 'Aktivitas Keuangan dan Asuransi', [64, 66]),
  s('L', 'Real Estat', [68, 68]),
  s('M', 'Aktivitas Profesional, Ilmiah dan Teknis', [69, 75]),
  s(
    'N',
    'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya',
    [77, 82],
  ),
  s('O', 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib', [84, 84]),
  s('P', 'Pendidikan', [85, 85]),
  s('Q', 'Aktivitas Kesehatan Manusia dan Aktivitas Sosial', [86, 88]),
  s('R', 'Kesenian, Hiburan dan Rekreasi', [90, 93]),
  s('S', 'Aktivitas Jasa Lainnya', [94, 96]),
  s(
    'T',
    'Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri',
    [97, 98],
  ),
  s('U', 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya', [99, 99]),
];

/**
 * KBLI 2025 sections A-V with their divisions (ISIC Rev.5 layout).
 * The names of A, B, D, E, F, G and I were not found for 2025 (domain-facts 4c lists only the
 * changed ones); they reuse the 2020 names.
 * ISIC Rev.5 dropped division 45 (motor-vehicle trade moved into 46/47, repair into 95); a 45xxx
 * code tagged 2025 is most likely a 2020 code, so it still maps to G rather than being rejected.
 */
export const KBLI_2025: readonly KbliSeksi[] = [
  s('A', A, [1, 3]),
  s('B', B, [5, 9]),
  s('C', 'Industri', [10, 33]),
  s('D', D, [35, 35]),
  s('E', E, [36, 39]),
  s('F', F, [41, 43]),
  s('G', G, [45, 47]),
  s('H', 'Transportasi dan Penyimpanan', [49, 53]),
  s('I', I, [55, 56]),
  s('J', 'Penerbitan, Penyiaran, serta Produksi dan Distribusi Konten', [58, 60]),
  s(
    'K',
    'Telekomunikasi, Pemrograman Komputer, Konsultansi, Infrastruktur Komputasi dan Jasa Informasi Lainnya',
    [61, 63],
  ),
  s('L', 'Keuangan dan Asuransi', [64, 66]),
  s('M', 'Real Estat', [68, 68]),
  s('N', 'Profesional, Ilmiah dan Teknis', [69, 75]),
  s('O', 'Administratif dan Penunjang Usaha', [77, 82]),
  s('P', 'Administrasi Pemerintahan dan Pertahanan, serta Jaminan Sosial Wajib', [84, 84]),
  s('Q', 'Pendidikan', [85, 85]),
  s('R', 'Kesehatan Manusia dan Aktivitas Sosial', [86, 88]),
  s('S', 'Kesenian, Olahraga dan Rekreasi', [90, 93]),
  s('T', 'Jasa Lainnya', [94, 96]),
  s('U', 'Rumah Tangga sebagai Pemberi Kerja dan Produksi Rumah Tangga', [97, 98]),
  s('V', 'Badan Internasional', [99, 99]),
];

/** The sections of a version. */
export function kbliSeksiList(versi: KbliVersi): readonly KbliSeksi[] {
  return versi === 2025 ? KBLI_2025 : KBLI_2020;
}

function divisionTable(list: readonly KbliSeksi[]): (string | null)[] {
  const table: (string | null)[] = new Array(100).fill(null);
  for (const sek of list) for (const [from, to] of sek.divisi) for (let d = from; d <= to; d++) table[d] = sek.seksi;
  return table;
}

const DIVISION_TO_SECTION: Record<KbliVersi, (string | null)[]> = {
  2020: divisionTable(KBLI_2020),
  2025: divisionTable(KBLI_2025),
};

/** Section letter of a 2-digit division (0-99) in a version, or null when the division does not exist. */
export function seksiOfDivisi(divisi: number, versi: KbliVersi): string | null {
  if (!Number.isInteger(divisi) || divisi < 0 || divisi > 99) return null;
  return DIVISION_TO_SECTION[versi][divisi];
}

/** Indonesian name of a section in a version, or undefined. */
export function namaSeksi(seksi: string, versi: KbliVersi): string | undefined {
  return kbliSeksiList(versi).find((x) => x.seksi === seksi)?.nama;
}
