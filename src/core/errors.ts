/**
 * Stable codes for everything that can be wrong with an input value, a row or a file,
 * with the sentence shown to the data officer in Indonesian and English.
 *
 * Parsers (core/normalise) return a code, never a sentence; the pipeline report and the
 * browser look the sentence up here, so the wording lives in one place.
 */

/** Codes for a single value that could not be used as given. */
export type ValueIssueCode =
  | 'required-missing'
  | 'date-invalid'
  | 'date-out-of-range'
  | 'number-invalid'
  | 'count-not-integer'
  | 'count-negative'
  | 'nik-excel-mangled'
  | 'nik-invalid'
  | 'nik-trailing-zeros'
  | 'kk-invalid'
  | 'sex-invalid'
  | 'kelurahan-unknown'
  | 'kelurahan-fuzzy'
  | 'education-unknown'
  | 'kbji-unknown'
  | 'text-too-long'
  | 'kbli-unknown'
  | 'kbli-version-invalid'
  | 'desil-invalid'
  | 'status-invalid'
  | 'verification-status-invalid'
  | 'boolean-invalid'
  | 'percent-invalid';

/** Codes for whole rows (duplicates, contradictions) and quality notes. */
export type RowIssueCode =
  | 'duplicate-row'
  | 'nik-sex-mismatch'
  | 'nik-birthdate-mismatch'
  | 'placement-before-registration'
  | 'filled-exceeds-positions'
  | 'local-exceeds-filled'
  | 'local-exceeds-workers'
  | 'verified-exceeds-target'
  | 'passed-exceeds-participants'
  | 'company-unknown'
  | 'date-order-invalid';

/** Codes for problems that stop the build (the whole file or the whole run). */
export type FileIssueCode =
  | 'file-unreadable'
  | 'file-empty'
  | 'file-missing'
  | 'column-missing'
  | 'table-unknown'
  | 'mapping-invalid'
  | 'secret-missing'
  | 'boundaries-invalid'
  | 'output-unwritable';

export type IssueCode = ValueIssueCode | RowIssueCode | FileIssueCode;

/** What happened to the row: rejected (not in the snapshot), repaired (in, but changed), or a note (in, unchanged). */
export type IssueSeverity = 'ditolak' | 'diperbaiki' | 'catatan';

interface Message {
  id: string;
  en: string;
}

/** Human sentences per code. `{x}` placeholders are filled by `describeIssue`. */
export const ISSUE_MESSAGES: Record<IssueCode, Message> = {
  'required-missing': { id: 'Kolom wajib kosong', en: 'Required value is empty' },
  'date-invalid': { id: 'Tanggal tidak dikenali', en: 'Date not recognised' },
  'date-out-of-range': { id: 'Tanggal di luar rentang yang wajar', en: 'Date outside the plausible range' },
  'number-invalid': { id: 'Angka tidak dikenali', en: 'Number not recognised' },
  'count-not-integer': { id: 'Kolom hitungan berisi pecahan', en: 'Count column holds a fraction' },
  'count-negative': { id: 'Hitungan bernilai negatif', en: 'Count is negative' },
  'nik-excel-mangled': {
    id: 'NIK rusak oleh Excel (notasi ilmiah); perbaiki di sumber, jangan ditebak',
    en: 'NIK destroyed by Excel (scientific notation); fix it at the source, it is never guessed',
  },
  'nik-invalid': { id: 'NIK harus 16 digit angka', en: 'NIK must be 16 digits' },
  'nik-trailing-zeros': {
    id: 'NIK berakhir 0000 (digit terakhir kemungkinan dihapus Excel)',
    en: 'NIK ends in 0000 (last digits probably zeroed by Excel)',
  },
  'kk-invalid': { id: 'Nomor KK harus 16 digit angka', en: 'KK number must be 16 digits' },
  'sex-invalid': { id: 'Jenis kelamin tidak dikenali (L/P)', en: 'Sex not recognised (L/P)' },
  'kelurahan-unknown': {
    id: 'Kelurahan tidak dikenali (kode atau nama); tambahkan alias di berkas pemetaan bila perlu',
    en: 'Kelurahan not recognised (code or name); add an alias in the mapping file if needed',
  },
  'kelurahan-fuzzy': {
    id: 'Nama kelurahan diperbaiki dari ejaan yang mirip; periksa di sumber',
    en: 'Kelurahan name corrected from a close spelling; check the source',
  },
  'education-unknown': { id: 'Jenjang pendidikan tidak dikenali', en: 'Education level not recognised' },
  'kbji-unknown': { id: 'Jabatan tidak dikenali sebagai kode atau nama KBJI 2014', en: 'Occupation not recognised as a KBJI 2014 code or name' },
  'text-too-long': { id: 'Teks terlalu panjang (dipotong 200 karakter)', en: 'Text too long (cut to 200 characters)' },
  'kbli-unknown': { id: 'Kode KBLI tidak dikenali', en: 'KBLI code not recognised' },
  'kbli-version-invalid': { id: 'Versi KBLI harus 2020 atau 2025', en: 'KBLI version must be 2020 or 2025' },
  'desil-invalid': { id: 'Desil harus bilangan bulat 1-10 atau kosong', en: 'Desil must be an integer 1-10 or empty' },
  'status-invalid': {
    id: 'Status harus aktif, ditempatkan, kedaluwarsa atau dicabut',
    en: 'Status must be aktif, ditempatkan, kedaluwarsa or dicabut',
  },
  'verification-status-invalid': {
    id: 'Status verifikasi harus belum, proses, terverifikasi atau ditolak',
    en: 'Verification status must be belum, proses, terverifikasi or ditolak',
  },
  'boolean-invalid': { id: 'Nilai ya/tidak tidak dikenali', en: 'Yes/no value not recognised' },
  'percent-invalid': { id: 'Persentase harus 0-100', en: 'Percentage must be 0-100' },
  'duplicate-row': { id: 'Baris ganda (sudah ada baris yang sama)', en: 'Duplicate row (an identical row exists)' },
  'nik-sex-mismatch': {
    id: 'Jenis kelamin tidak sesuai dengan NIK (tanggal lahir +40 untuk perempuan)',
    en: 'Sex does not match the NIK (birth day +40 for women)',
  },
  'nik-birthdate-mismatch': { id: 'Tanggal lahir tidak sesuai dengan digit 7-12 NIK', en: 'Birth date does not match NIK digits 7-12' },
  'placement-before-registration': {
    id: 'Tanggal penempatan sebelum tanggal daftar',
    en: 'Placement date before registration date',
  },
  'filled-exceeds-positions': { id: 'Posisi terisi melebihi jumlah posisi', en: 'Filled positions exceed positions' },
  'local-exceeds-filled': { id: 'Terisi lokal melebihi terisi', en: 'Locally filled exceeds filled' },
  'local-exceeds-workers': { id: 'Pekerja lokal melebihi jumlah pekerja', en: 'Local workers exceed total workers' },
  'verified-exceeds-target': { id: 'Terverifikasi melebihi target', en: 'Verified exceeds target' },
  'passed-exceeds-participants': {
    id: 'Lulus/bersertifikat/ditempatkan melebihi peserta',
    en: 'Passed/certified/placed exceed participants',
  },
  'company-unknown': { id: 'Kode perusahaan tidak ada di tabel perusahaan', en: 'Company id not found in the companies table' },
  'date-order-invalid': { id: 'Tanggal akhir sebelum tanggal awal', en: 'End date before start date' },
  'file-unreadable': { id: 'Berkas tidak dapat dibaca', en: 'File cannot be read' },
  'file-empty': { id: 'Berkas kosong (tidak ada baris data)', en: 'File is empty (no data rows)' },
  'file-missing': { id: 'Berkas tabel wajib tidak ditemukan di folder sumber', en: 'Required table file not found in the source folder' },
  'column-missing': { id: 'Kolom wajib tidak ada', en: 'Required column missing' },
  'table-unknown': { id: 'Berkas tidak cocok dengan tabel mana pun', en: 'File does not match any table' },
  'mapping-invalid': { id: 'Berkas pemetaan kolom tidak valid', en: 'Column mapping file is invalid' },
  'secret-missing': {
    id: 'Kunci rahasia pseudonim tidak diberikan (--secret-file atau SIMPUL_KERJA_SECRET)',
    en: 'Pseudonym secret not given (--secret-file or SIMPUL_KERJA_SECRET)',
  },
  'boundaries-invalid': { id: 'Berkas batas wilayah tidak valid', en: 'Boundaries file is invalid' },
  'output-unwritable': { id: 'Folder keluaran tidak dapat ditulis', en: 'Output folder cannot be written' },
};

/** A problem found in one value or row of an input file. */
export interface RowIssue {
  table: string;
  file: string;
  /** 1-based data row number as the officer sees it in the file (header = row 1 for CSV/XLSX). */
  row: number;
  column: string;
  /** The offending value with personal data masked (see core/normalise/mask). */
  maskedValue: string;
  code: IssueCode;
  severity: IssueSeverity;
}

/** An error that stops the build: names the file and says what to do. */
export class PipelineError extends Error {
  constructor(
    readonly code: FileIssueCode,
    readonly file: string,
    readonly detail: string,
  ) {
    const m = ISSUE_MESSAGES[code];
    super(`${file}: ${m.id}. ${detail} / ${m.en}.`);
    this.name = 'PipelineError';
  }
}

/** Indonesian / English sentence for a code. */
export function describeIssue(code: IssueCode, lang: 'id' | 'en' = 'id'): string {
  return ISSUE_MESSAGES[code][lang];
}
