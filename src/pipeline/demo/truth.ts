/**
 * What the dashboard should show for a generated demo folder: `truth.json`, written by the
 * generator from its own clean model (never by re-reading the files it wrote).
 *
 * Rules the counts assume (the pipeline's, data-contract.md): a row is rejected for an invalid or
 * Excel-damaged NIK, an unknown kelurahan, an invalid required date, or as a duplicate (same key as
 * an earlier accepted row: NIK + tanggal_daftar for pencaker, NIK for dtsen; the first is kept);
 * a near-miss kelurahan name is repaired (fuzzy match); a sex or birth date that contradicts the
 * NIK is a note, and the row is kept. Months are 'YYYY-MM', dates 'YYYY-MM-DD', kelurahan and
 * kecamatan are Kemendagri codes ('64.74.01.1003', '64.74.01').
 */

/** Row accounting for one source file. */
export interface TableTruth {
  /** File name inside the demo folder. */
  file: string;
  format: 'csv' | 'xlsx';
  /** Data rows written (header excluded). */
  rowsWritten: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rejected rows by issue code, e.g. { 'nik-excel-mangled': 160, 'duplicate-row': 203 }. */
  rejectedByCode: Record<string, number>;
  /** Accepted rows with a repair, by issue code (one repair per row), e.g. { 'kelurahan-fuzzy': 204 }. */
  repairedByCode: Record<string, number>;
  /** Accepted rows with a quality note, by issue code, e.g. { 'nik-sex-mismatch': 61 }. */
  notedByCode: Record<string, number>;
  /** Header cells the pipeline should list as ignored (extra columns). */
  ignoredColumns: string[];
}

/** Desil key: '1'..'10', or 'kosong' when not ranked. */
export type DesilKey = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | 'kosong';

export interface PencakerTruth {
  /** Distinct NIKs among accepted rows. */
  distinctPersons: number;
  /** Accepted rows that re-register a person seen in an earlier row. */
  reRegistrations: number;
  /** Accepted rows by month of tanggal_daftar. */
  registrationsPerMonth: Record<string, number>;
  /** Accepted rows by year of tanggal_daftar. */
  registrationsPerYear: Record<string, number>;
  /** Accepted rows with status 'ditempatkan', by month of tanggal_penempatan. */
  placementsPerMonth: Record<string, number>;
  /** Accepted rows by status (aktif, ditempatkan, kedaluwarsa, dicabut) as written. */
  byStatus: Record<string, number>;
  /** Accepted rows by education code (TS, SD, SMP, SMA, SMK, D1-D4, S1-S3). */
  byPendidikan: Record<string, number>;
  /**
   * Distinct persons active at each month end. A registration is active at date d when
   * tanggal_daftar <= d AND status <> 'dicabut' AND tanggal_daftar + 2 years > d AND
   * (tanggal_penempatan IS NULL OR tanggal_penempatan > d).
   */
  activePersonsAtMonthEnd: Record<string, number>;
  /** The last month end of the data ('2026-10-31'). */
  lastMonthEnd: string;
  /** Persons active at the last month end, by kelurahan of their active registration. */
  activeAtLastMonthEndByKelurahan: Record<string, number>;
  /** Persons active at the last month end, and their link to accepted DTSEN rows (same NIK). */
  activeAtLastMonthEnd: {
    total: number;
    linkedToDtsen: number;
    desil1to4: number;
    byDesil: Partial<Record<DesilKey, number>>;
  };
  /** All distinct accepted persons linked to accepted DTSEN rows. */
  personsLinkedToDtsen: number;
  personsInDesil1to4: number;
}

export interface DtsenTruth {
  /** Accepted individual rows (= distinct NIKs). */
  acceptedIndividuals: number;
  /** Distinct KK numbers among accepted rows. */
  distinctKk: number;
  /** Accepted individuals by kelurahan code × desil. */
  byKelurahanDesil: Record<string, Partial<Record<DesilKey, number>>>;
  /** Accepted individuals in desil 1-4, in all and by kecamatan code. */
  desil1to4Persons: number;
  desil1to4ByKecamatan: Record<string, number>;
  /** Distinct KK in desil 1-4 by kecamatan code. */
  desil1to4KkByKecamatan: Record<string, number>;
  byDesil: Partial<Record<DesilKey, number>>;
}

export interface ValidasiTruth {
  /** Reporting dates, oldest first. */
  reportingDates: string[];
  latestDate: string;
  byKecamatan: Record<
    string,
    {
      targetKk: number;
      terverifikasiKk: number;
      /** terverifikasiKk / targetKk at the latest date. */
      share: number;
      targetJiwa: number;
      terverifikasiJiwa: number;
      /** First reporting date on which every kelurahan of the kecamatan was at 100%, or null. */
      reached100On: string | null;
    }
  >;
  /** First reporting date at 100% per kelurahan code. */
  kelurahanReached100On: Record<string, string | null>;
}

export interface PerusahaanTruth {
  companies: number;
  jumlahPekerja: number;
  pekerjaLokal: number;
  /** Companies by KBLI section letter. */
  bySeksi: Record<string, number>;
  /** Companies that signed the 2025 MoU. */
  mouYa: number;
  /** Companies whose local share is below 70%. */
  localShareBelow70: number;
}

export interface LowonganTruth {
  /** Vacancy rows by year of tanggal_buka. */
  vacanciesPerYear: Record<string, number>;
  /** Positions (sum of jumlah) by year of tanggal_buka. */
  positionsPerYear: Record<string, number>;
  /** Open at the last month end d: tanggal_buka <= d AND (tanggal_tutup IS NULL OR tanggal_tutup > d). */
  openVacanciesAtLastMonthEnd: number;
  openPositionsAtLastMonthEnd: number;
  terisi: number;
  terisiLokal: number;
  /** Rows of the 2026 city gas-network project (70% local quota). */
  jargas: { proyek: string; vacancies: number; positions: number; terisi: number; terisiLokal: number };
}

export interface PelatihanTruth {
  programmes: number;
  peserta: number;
  lulus: number;
  bersertifikat: number;
  ditempatkan: number;
}

/** Everything `generateDemoData` promises about the folder it wrote. */
export interface DemoTruth {
  generator: 'simpul-kerja-demo';
  /** Bumped when the generator's output changes for the same seed. */
  version: number;
  seed: number;
  /** Number of job-seeker rows asked for with --scale, or null for the default demo. */
  scale: number | null;
  /** Date the synthetic exports were "taken" ('2026-10-31'). */
  exportDate: string;
  /** Files written, truth.json last. */
  files: string[];
  tables: {
    pencaker: TableTruth;
    dtsen: TableTruth;
    perusahaan: TableTruth;
    lowongan: TableTruth;
    validasi: TableTruth;
    pelatihan: TableTruth;
    indikator: TableTruth;
  };
  pencaker: PencakerTruth;
  dtsen: DtsenTruth;
  validasi: ValidasiTruth;
  perusahaan: PerusahaanTruth;
  lowongan: LowonganTruth;
  pelatihan: PelatihanTruth;
}

/** A table without deliberate dirt: every written row is accepted. */
export function cleanTable(file: string, format: 'csv' | 'xlsx', rows: number, ignoredColumns: string[] = []): TableTruth {
  return {
    file,
    format,
    rowsWritten: rows,
    rowsAccepted: rows,
    rowsRejected: 0,
    rejectedByCode: {},
    repairedByCode: {},
    notedByCode: {},
    ignoredColumns,
  };
}

/** Increment a counter in a record. */
export function bump(rec: Record<string, number>, key: string, by = 1): void {
  rec[key] = (rec[key] ?? 0) + by;
}

/** A copy of a record with keys in sorted order (stable JSON). */
export function sortedRecord<T>(rec: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(rec).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) out[k] = rec[k];
  return out;
}
