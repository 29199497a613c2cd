import type { IndicatorDef, ViewParams } from '../types';
import { pencakerAktifAgustus } from './agustus';
import { bpsPasarKerja } from './bps';
import {
  pengangguranMenurutDurasi,
  pengangguranMenurutJk,
  pengangguranMenurutKbji,
  pengangguranMenurutPendidikan,
  pengangguranMenurutUmur,
} from './distribusi';
import { pengangguranPerKelurahan } from './per-kelurahan';
import { pengangguranPerWilayah } from './per-wilayah';
import { pengangguranRingkasan } from './ringkasan';
import { pengangguranTrenBulanan } from './tren';

export { pencakerAktifAgustus, type AgustusRow } from './agustus';
export { bpsPasarKerja, KODE_BPS_PASAR_KERJA, type BpsPasarKerjaRow, type KodeBpsPasarKerja } from './bps';
export {
  DISTRIBUSI_PENGANGGURAN,
  pengangguranMenurutDurasi,
  pengangguranMenurutJk,
  pengangguranMenurutKbji,
  pengangguranMenurutPendidikan,
  pengangguranMenurutUmur,
  type DistribusiRow,
} from './distribusi';
export { pengangguranPerKelurahan, type KelurahanAktifRow } from './per-kelurahan';
export { pengangguranPerWilayah, type WilayahRow } from './per-wilayah';
export { pengangguranRingkasan, type RingkasanRow } from './ringkasan';
export { ARUS, BULAN_TREN } from './arus';
export { pengangguranTrenBulanan, type TrenRow } from './tren';
export { DIMENSI_AKTIF, DIMENSI_PENDAFTARAN, PERSEN_USIA_PRODUKTIF_SP2020 } from './shared';

/** Indicators of the pengangguran view (one file each in this folder; the distributions share one). */
export const PENGANGGURAN_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [
  pengangguranRingkasan,
  pengangguranPerWilayah,
  pengangguranPerKelurahan,
  pengangguranMenurutJk,
  pengangguranMenurutUmur,
  pengangguranMenurutPendidikan,
  pengangguranMenurutKbji,
  pengangguranMenurutDurasi,
  pengangguranTrenBulanan,
  bpsPasarKerja,
  pencakerAktifAgustus,
] as ReadonlyArray<IndicatorDef<ViewParams, unknown>>;
