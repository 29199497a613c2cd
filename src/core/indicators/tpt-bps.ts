import { bound, checkPeriode, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/** One year of the BPS open-unemployment rate. */
export interface TptBpsRow {
  tahun: number;
  /** Percent. */
  nilai: number;
  /** Citation of the published figure. */
  sumber: string;
}

/** Kemendagri code of the city whose BPS series is shown. */
export const KODE_KOTA = '64.74';

/**
 * BPS open-unemployment rate (TPT, Sakernas August round) for Kota Bontang, every year up to the
 * year of `periode`, with the source of each figure. City level only: area filters do not apply.
 */
export const tptBps: IndicatorDef<AreaPeriodParams, TptBpsRow> = {
  id: 'tptBps',
  label: { id: 'Tingkat Pengangguran Terbuka (BPS)', en: 'Open unemployment rate (BPS)' },
  unit: '%',
  definition: {
    id:
      'Persentase penganggur terhadap angkatan kerja menurut Survei Angkatan Kerja Nasional (Sakernas) Agustus. ' +
      'Angka survei tingkat kota; tidak tersedia per kecamatan atau kelurahan, dan berbeda dari jumlah pencari kerja terdaftar.',
    en:
      'Unemployed as a share of the labour force from the August National Labour Force Survey (Sakernas). ' +
      'A city-level survey figure; not available by kecamatan or kelurahan, and different from registered job seekers.',
  },
  source: {
    id: 'BPS Kota Bontang (Sakernas Agustus); sumber tiap angka tercantum pada kolom sumber',
    en: 'BPS Kota Bontang (August Sakernas); each figure carries its own citation',
  },
  tables: ['indikator'],
  sql: (p) => {
    const { year } = checkPeriode(p.periode);
    return bound(sql`
SELECT CAST(tahun AS INTEGER) AS tahun, CAST(nilai AS DOUBLE) AS nilai, sumber
FROM indikator
WHERE indikator = 'tpt' AND kode_wilayah = ${KODE_KOTA} AND lower(periode) = 'agustus' AND tahun <= CAST(${year} AS INTEGER)
ORDER BY tahun`);
  },
};
