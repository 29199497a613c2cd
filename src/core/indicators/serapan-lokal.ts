import { areaFilter, bound, checkPeriode, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/** Local-hire share: one row. */
export interface SerapanLokalRow {
  pekerja: number;
  lokal: number;
  /** Percent 0-100; null when no workers are reported. */
  nilai: number | null;
  /** The quota the share is compared with (percent). */
  kuota: number;
}

/** Local-hire quota used for comparison, percent (Perda Kota Bontang 10/2018: 75% local, 25% outside). */
export const KUOTA_LOKAL_PERSEN = 75;

/**
 * Share of company workers holding a Bontang KTP: SUM(pekerja_lokal) / SUM(jumlah_pekerja) over
 * the companies in the area (company kelurahan), against the 75% quota. The company table is the
 * current state in the snapshot: `periode` does not change the result.
 */
export const serapanLokal: IndicatorDef<AreaPeriodParams, SerapanLokalRow> = {
  id: 'serapanLokal',
  label: { id: 'Serapan tenaga kerja lokal', en: 'Local workforce share' },
  unit: '%',
  definition: {
    id:
      'Pekerja ber-KTP Bontang dibagi seluruh pekerja pada perusahaan yang terdata (kondisi terakhir dalam snapshot, tidak ' +
      'berubah menurut periode), dibandingkan kuota 75% menurut Perda Kota Bontang 10/2018. Sebagian sumber menyebut minimal 70% ' +
      '(dan 70% untuk proyek jaringan gas kota 2026).',
    en:
      'Workers with a Bontang ID card divided by all workers of the recorded companies (latest state in the snapshot, not ' +
      'varying with the period), against the 75% quota of Bontang city regulation (Perda) 10/2018. Some sources cite a ' +
      'minimum of 70% (and 70% for the 2026 city gas-network project).',
  },
  source: {
    id: 'Data perusahaan Disnaker Kota Bontang; kuota: Perda Kota Bontang 10/2018',
    en: 'Disnaker Kota Bontang company data; quota: Bontang Perda 10/2018',
  },
  tables: ['perusahaan', 'wilayah'],
  sql: (p) => {
    checkPeriode(p.periode);
    return bound(sql`
SELECT CAST(COALESCE(SUM(jumlah_pekerja), 0) AS INTEGER) AS pekerja,
  CAST(COALESCE(SUM(pekerja_lokal), 0) AS INTEGER) AS lokal,
  CAST(100.0 * SUM(pekerja_lokal) / NULLIF(SUM(jumlah_pekerja), 0) AS DOUBLE) AS nilai,
  CAST(${KUOTA_LOKAL_PERSEN} AS DOUBLE) AS kuota
FROM perusahaan WHERE TRUE ${areaFilter('kode_kelurahan', p)}`);
  },
};
