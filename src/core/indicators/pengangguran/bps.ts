import { bound, checkPeriode, sql } from '../sql';
import { KODE_KOTA } from '../tpt-bps';
import type { IndicatorDef, ViewParams } from '../types';

/** The BPS labour-force indicators this view shows, in display order. */
export const KODE_BPS_PASAR_KERJA = ['tpt', 'penganggur', 'angkatan_kerja', 'tpak'] as const;
export type KodeBpsPasarKerja = (typeof KODE_BPS_PASAR_KERJA)[number];

/** One published figure (long format: one row per year × indicator). */
export interface BpsPasarKerjaRow {
  tahun: number;
  indikator: KodeBpsPasarKerja;
  nilai: number;
  satuan: string | null;
  /** Citation of this figure. */
  sumber: string;
  /** Publisher's or compiler's note (e.g. "derived"), or null. */
  catatan: string | null;
}

/**
 * BPS labour-force series for the city (Sakernas, August round): TPT, unemployed persons, labour
 * force and TPAK, every year up to the year of `periode`, each figure with its own source and
 * note. City level only: area filters and selections do not apply.
 */
export const bpsPasarKerja: IndicatorDef<ViewParams, BpsPasarKerjaRow> = {
  id: 'bpsPasarKerja',
  label: { id: 'Pengangguran menurut BPS (Sakernas Agustus)', en: 'Unemployment according to BPS (August Sakernas)' },
  unit: '%',
  definition: {
    id:
      'Angka survei BPS (Survei Angkatan Kerja Nasional, putaran Agustus) untuk Kota Bontang. Penganggur: penduduk usia kerja ' +
      '(15 tahun ke atas) yang tidak bekerja dan sedang mencari kerja, mempersiapkan usaha, merasa tidak mungkin mendapat kerja, ' +
      'atau sudah diterima tetapi belum mulai bekerja; bekerja = bekerja paling sedikit 1 jam dalam seminggu terakhir. ' +
      'Angkatan kerja = bekerja + penganggur. TPT = penganggur ÷ angkatan kerja × 100. TPAK = angkatan kerja ÷ penduduk usia kerja × 100. ' +
      'Hanya tingkat kota; beberapa tahun tidak diketahui, dan angka bertanda "diturunkan" dihitung dari angka terbitan lain.',
    en:
      'BPS survey figures (National Labour Force Survey, August round) for Kota Bontang. Unemployed: working-age people (15+) ' +
      'not working and seeking work, preparing a business, discouraged, or hired but not yet started; working = worked at ' +
      'least 1 hour in the past week. Labour force = employed + unemployed. TPT = unemployed ÷ labour force × 100. ' +
      'TPAK = labour force ÷ working-age population × 100. City level only; some years are unknown, and figures marked ' +
      '"derived" are computed from other published figures.',
  },
  source: {
    id: 'BPS Kota Bontang (Sakernas Agustus), sebagaimana dikutip; sumber tiap angka tercantum pada kolom sumber',
    en: 'BPS Kota Bontang (August Sakernas), as quoted; each figure carries its own citation',
  },
  tables: ['indikator'],
  sql: (p) => {
    const { year } = checkPeriode(p.periode);
    return bound(sql`
SELECT CAST(tahun AS INTEGER) AS tahun, indikator, CAST(nilai AS DOUBLE) AS nilai, satuan, sumber, catatan
FROM indikator
WHERE kode_wilayah = ${KODE_KOTA} AND indikator IN ('tpt', 'penganggur', 'angkatan_kerja', 'tpak')
  AND lower(periode) = 'agustus' AND tahun <= CAST(${year} AS INTEGER)
ORDER BY indikator, tahun`);
  },
};
