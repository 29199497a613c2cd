import type { IndicatorDef, ViewParams } from '../types';
import { kemiskinanBivariat } from './bivariat';
import { kemiskinanKeterampilan } from './keterampilan';
import { kemiskinanMiskinPerKelurahan } from './miskin-per-kelurahan';
import { kemiskinanPendidikan } from './pendidikan';
import { kemiskinanPerDesil } from './per-desil';
import { kemiskinanPrioritasGolongan } from './prioritas-golongan';
import { kemiskinanPrioritasJabatan } from './prioritas-jabatan';
import { kemiskinanPrioritasKelurahan } from './prioritas-kelurahan';
import { kemiskinanRingkasan } from './ringkasan';

export {
  kemiskinanBivariat,
  kemiskinanKeterampilan,
  kemiskinanMiskinPerKelurahan,
  kemiskinanPendidikan,
  kemiskinanPerDesil,
  kemiskinanPrioritasGolongan,
  kemiskinanPrioritasJabatan,
  kemiskinanPrioritasKelurahan,
  kemiskinanRingkasan,
};
export type { KemiskinanBivariatRow } from './bivariat';
export type { KemiskinanKeterampilanRow } from './keterampilan';
export type { KemiskinanKelurahanRow } from './miskin-per-kelurahan';
export type { KemiskinanPendidikanRow } from './pendidikan';
export type { KemiskinanDesilRow } from './per-desil';
export type { KemiskinanPrioritasGolonganRow } from './prioritas-golongan';
export type { KemiskinanPrioritasJabatanRow } from './prioritas-jabatan';
export type { KemiskinanPrioritasKelurahanRow } from './prioritas-kelurahan';
export type { KemiskinanRingkasanRow } from './ringkasan';

/** Indicators of the kemiskinan view (one file each in this folder), in the order the view shows them. */
export const KEMISKINAN_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [
  kemiskinanRingkasan,
  kemiskinanPerDesil,
  kemiskinanBivariat,
  kemiskinanMiskinPerKelurahan,
  kemiskinanPendidikan,
  kemiskinanKeterampilan,
  kemiskinanPrioritasKelurahan,
  kemiskinanPrioritasGolongan,
  kemiskinanPrioritasJabatan,
] as ReadonlyArray<IndicatorDef<ViewParams, unknown>>;
