import type { IndicatorDef, ViewParams } from '../types';
import { validasiDtsenPencaker } from './dtsen-pencaker';
import { validasiProgresKelurahan } from './progres-kelurahan';
import { validasiProgresSeri } from './progres-seri';
import { validasiProgresWilayah } from './progres-wilayah';
import { validasiTautanDtsen } from './tautan-dtsen';
import { validasiTemuanKualitas } from './temuan-kualitas';

export { validasiDtsenPencaker, validasiProgresKelurahan, validasiProgresSeri, validasiProgresWilayah, validasiTautanDtsen, validasiTemuanKualitas };
export type { DtsenPencakerRow } from './dtsen-pencaker';
export type { ProgresKelurahanRow } from './progres-kelurahan';
export type { ProgresSeriRow } from './progres-seri';
export type { ProgresWilayahRow, StatusProgres } from './progres-wilayah';
export type { TautanDtsenRow } from './tautan-dtsen';
export type { KategoriTemuan, TemuanKualitasRow } from './temuan-kualitas';
export type { Jenis } from './grup';
export { PROYEKSI_HARI } from './progres-wilayah';
export { rincianLevel } from './grup';
export { TERDAFTAR } from './terdaftar';

/** Indicators of the validasi view (one file each in this folder). */
export const VALIDASI_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [
  validasiProgresWilayah,
  validasiProgresSeri,
  validasiProgresKelurahan,
  validasiTautanDtsen,
  validasiDtsenPencaker,
  validasiTemuanKualitas,
];
