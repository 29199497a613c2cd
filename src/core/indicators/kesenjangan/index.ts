import type { IndicatorDef, ViewParams } from '../types';
import { kesenjanganJabatan } from './jabatan';
import { kesenjanganKelurahan } from './kelurahan';
import { kesenjanganKeterampilan } from './keterampilan';
import { kesenjanganLokalPerusahaan } from './lokal-perusahaan';
import { kesenjanganLokalProyek } from './lokal-proyek';
import { kesenjanganLokalSektor } from './lokal-sektor';
import { kesenjanganPelatihan } from './pelatihan';
import { kesenjanganPelatihanProgram } from './pelatihan-program';
import { kesenjanganPendidikan } from './pendidikan';
import { kesenjanganRingkasan } from './ringkasan';
import { kesenjanganSulitDiisi } from './sulit-diisi';

export {
  kesenjanganJabatan,
  kesenjanganKelurahan,
  kesenjanganKeterampilan,
  kesenjanganLokalPerusahaan,
  kesenjanganLokalProyek,
  kesenjanganLokalSektor,
  kesenjanganPelatihan,
  kesenjanganPelatihanProgram,
  kesenjanganPendidikan,
  kesenjanganRingkasan,
  kesenjanganSulitDiisi,
};
export type { KesenjanganJabatanRow } from './jabatan';
export type { KesenjanganKelurahanRow } from './kelurahan';
export type { KesenjanganKeterampilanRow } from './keterampilan';
export type { KesenjanganLokalPerusahaanRow } from './lokal-perusahaan';
export type { KesenjanganLokalProyekRow } from './lokal-proyek';
export type { KesenjanganLokalSektorRow } from './lokal-sektor';
export type { KesenjanganPelatihanRow } from './pelatihan';
export type { KesenjanganPelatihanProgramRow } from './pelatihan-program';
export type { KesenjanganPendidikanRow } from './pendidikan';
export type { KesenjanganRingkasanRow } from './ringkasan';
export type { KesenjanganSulitDiisiRow } from './sulit-diisi';
export type { KesenjanganParams, Permintaan } from './common';
export { KUOTA_LOKAL_MIN_PERSEN, KUOTA_LOKAL_PERSEN, KBJI_TIDAK_DIKETAHUI, SEKSI_TIDAK_DIKETAHUI } from './common';

/** Indicators of the kesenjangan view (one file each in this folder), in the order the page shows them. */
export const KESENJANGAN_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [
  kesenjanganRingkasan,
  kesenjanganKelurahan,
  kesenjanganJabatan,
  kesenjanganKeterampilan,
  kesenjanganPendidikan,
  kesenjanganSulitDiisi,
  kesenjanganLokalSektor,
  kesenjanganLokalPerusahaan,
  kesenjanganLokalProyek,
  kesenjanganPelatihan,
  kesenjanganPelatihanProgram,
];
