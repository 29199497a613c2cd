import { selectionWhere } from '../dimensions';
import { bound, raw, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import {
  AKTIF_TEXT,
  aktifArea,
  COCOK_TEXT,
  joinText,
  KUBUS_DIMS_NO_DESIL,
  SASARAN_TEXT,
  sasaranCondition,
  SOURCE_AK1_DTSEN_LOWONGAN,
  sumber,
  SUMBER_BASES,
} from './shared';
import { ringkasanCrossfilter } from './crossfilter';

/** The headline numbers of the poverty-overlap view (one row). */
export interface KemiskinanRingkasanRow {
  /** Active job seekers (people). */
  aktif: number;
  /** Of them, found in DTSEN (any desil or none). */
  di_dtsen: number;
  /** di_dtsen / aktif in percent; null when aktif = 0. */
  persen_di_dtsen: number | null;
  /** Of them, in desil 1-4. */
  miskin: number;
  /** miskin / aktif in percent; null when aktif = 0. */
  persen_miskin: number | null;
  /** Target group: desil 1-4, or the selected deciles. */
  sasaran: number;
  /** Target group matching an open vacancy by occupation or skill (the priority pool). */
  prioritas: number;
  /** Of the pool, matching by occupation (4-digit KBJI). */
  prioritas_jabatan: number;
  /** prioritas / sasaran in percent; null when sasaran = 0. */
  persen_prioritas: number | null;
}

/**
 * Headline numbers: active job seekers in the area, how many are in DTSEN, how many in desil 1-4,
 * and the priority pool. Every selection except desil applies to all of them; a desil selection
 * only redefines the target group (sasaran) and so the pool.
 */
export const kemiskinanRingkasan: IndicatorDef<ViewParams, KemiskinanRingkasanRow> = {
  id: 'kemiskinanRingkasan',
  label: { id: 'Ringkasan irisan pencari kerja dan kemiskinan', en: 'Job seekers and poverty: summary' },
  unit: 'orang',
  definition: joinText(
    AKTIF_TEXT,
    {
      id:
        'Di DTSEN = pseudonim NIK ditemukan di ekstrak DTSEN (dengan atau tanpa desil). Miskin = desil 1-4, persentasenya ' +
        'terhadap semua pencari kerja aktif (termasuk yang tidak ditemukan di DTSEN). Kelompok prioritas = kelompok sasaran ' +
        'yang cocok dengan lowongan terbuka.',
      en:
        'In DTSEN = the NIK pseudonym is found in the DTSEN extract (with or without a decile). Poor = deciles 1-4, as a ' +
        'share of all active job seekers (including those not found in DTSEN). Priority pool = the target group members ' +
        'who match an open vacancy.',
    },
    SASARAN_TEXT,
    COCOK_TEXT,
  ),
  source: SOURCE_AK1_DTSEN_LOWONGAN,
  tables: ['pencaker', 'wilayah', 'lowongan'],
  bases: SUMBER_BASES,
  crossfilter: ringkasanCrossfilter(),
  sql: (p) => {
    const s = sumber(p, (x) => sql`TRUE ${aktifArea(p, x)} ${selectionWhere(p.pilih, { supported: KUBUS_DIMS_NO_DESIL, alias: x })}`);
    const sasaran = sasaranCondition(p.pilih, 'a');
    return bound(sql`
WITH s AS (
  SELECT ${s.orang()} AS aktif,
         ${s.orang(raw('a.di_dtsen'))} AS di_dtsen,
         ${s.orang(raw('a.desil BETWEEN 1 AND 4'))} AS miskin,
         ${s.orang(sasaran)} AS sasaran,
         ${s.orang(sql`${sasaran} AND (a.cocok_jabatan OR a.cocok_keterampilan)`)} AS prioritas,
         ${s.orang(sql`${sasaran} AND a.cocok_jabatan`)} AS prioritas_jabatan
  FROM ${s.from}
)
SELECT CAST(aktif AS INTEGER) AS aktif, CAST(di_dtsen AS INTEGER) AS di_dtsen,
       CAST(100.0 * di_dtsen / NULLIF(aktif, 0) AS DOUBLE) AS persen_di_dtsen, CAST(miskin AS INTEGER) AS miskin,
       CAST(100.0 * miskin / NULLIF(aktif, 0) AS DOUBLE) AS persen_miskin,
       CAST(sasaran AS INTEGER) AS sasaran, CAST(prioritas AS INTEGER) AS prioritas,
       CAST(prioritas_jabatan AS INTEGER) AS prioritas_jabatan,
       CAST(100.0 * prioritas / NULLIF(sasaran, 0) AS DOUBLE) AS persen_prioritas
FROM s`);
  },
};
