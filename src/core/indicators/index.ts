/**
 * Every indicator of the dashboard. The Node tests loop over these lists, so a new indicator is
 * checked (runs on the demo snapshot, parameters bound, labels present) without writing a new test.
 * The overview's indicators live here; each analysis view keeps its own in a subfolder.
 */
import { lowonganTerbukaBulanan } from './lowongan-terbuka';
import { pencakerAktifBulanan } from './pencaker-aktif';
import { pencakerMiskinBulanan } from './pencaker-miskin';
import { pencakerAktifPerKelurahan } from './pencaker-per-kelurahan';
import { pencakerTerdaftarTahunan } from './pencaker-terdaftar-tahunan';
import { penempatanBulanan } from './penempatan';
import { serapanLokal } from './serapan-lokal';
import { tptBps } from './tpt-bps';
import type { AreaPeriodParams, IndicatorDef, ViewParams } from './types';
import { PENGANGGURAN_INDICATORS } from './pengangguran';
import { KEMISKINAN_INDICATORS } from './kemiskinan';
import { VALIDASI_INDICATORS } from './validasi';
import { KESENJANGAN_INDICATORS } from './kesenjangan';
import { validasiProgresBulanan } from './validasi-progres';

export {
  lowonganTerbukaBulanan,
  pencakerAktifBulanan,
  pencakerMiskinBulanan,
  pencakerAktifPerKelurahan,
  pencakerTerdaftarTahunan,
  penempatanBulanan,
  serapanLokal,
  tptBps,
  validasiProgresBulanan,
};
export type { MonthlyRow } from './pencaker-aktif';
export type { PencakerMiskinRow } from './pencaker-miskin';
export type { PencakerKelurahanRow } from './pencaker-per-kelurahan';
export type { PencakerTahunanRow } from './pencaker-terdaftar-tahunan';
export type { SerapanLokalRow } from './serapan-lokal';
export type { TptBpsRow } from './tpt-bps';
export type { ValidasiProgresRow } from './validasi-progres';

/**
 * Result columns each indicator returns, in order, with their JS type
 * ('number' columns may be null where the row type says so). Checked by the indicator tests.
 */
export const INDICATOR_COLUMNS: Readonly<Record<string, ReadonlyArray<readonly [string, 'string' | 'number']>>> = {
  pencakerAktifBulanan: [['bulan', 'string'], ['nilai', 'number']],
  penempatanBulanan: [['bulan', 'string'], ['nilai', 'number']],
  lowonganTerbukaBulanan: [['bulan', 'string'], ['nilai', 'number']],
  pencakerMiskinBulanan: [['bulan', 'string'], ['nilai', 'number'], ['pembilang', 'number'], ['penyebut', 'number']],
  validasiProgresBulanan: [['bulan', 'string'], ['nilai', 'number'], ['terverifikasi', 'number'], ['target', 'number']],
  serapanLokal: [['pekerja', 'number'], ['lokal', 'number'], ['nilai', 'number'], ['kuota', 'number']],
  pencakerAktifPerKelurahan: [
    ['kode_kelurahan', 'string'],
    ['nama_kelurahan', 'string'],
    ['kode_kecamatan', 'string'],
    ['nilai', 'number'],
  ],
  tptBps: [['tahun', 'number'], ['nilai', 'number'], ['sumber', 'string']],
  pencakerTerdaftarTahunan: [['tahun', 'number'], ['nilai', 'number']],
};

/** The overview's indicators, in the order the overview shows them. */
export const INDICATORS: ReadonlyArray<IndicatorDef<AreaPeriodParams, unknown>> = [
  pencakerAktifBulanan,
  penempatanBulanan,
  lowonganTerbukaBulanan,
  pencakerMiskinBulanan,
  validasiProgresBulanan,
  serapanLokal,
  pencakerAktifPerKelurahan,
  tptBps,
  pencakerTerdaftarTahunan,
];

/** Every indicator of every view (overview first). */
export const ALL_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [
  ...INDICATORS,
  ...PENGANGGURAN_INDICATORS,
  ...KEMISKINAN_INDICATORS,
  ...VALIDASI_INDICATORS,
  ...KESENJANGAN_INDICATORS,
];
