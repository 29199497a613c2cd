import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { grupCte, type Jenis } from './grup';

/** DTSEN individuals of one area and how many of them are registered job seekers. */
export interface DtsenPencakerRow {
  jenis: Jenis;
  kode: string;
  nama: string | null;
  /** Individuals in the DTSEN extract living in the area (DTSEN kelurahan). */
  jiwa: number;
  /** Of them, persons with at least one AK1 registration (any date, any status). */
  pencaker: number;
  persen: number | null;
}

/**
 * The linkage seen from the other side: individuals in the DTSEN extract (by their DTSEN
 * kelurahan) and how many of them also appear in the AK1 register, per area of the drill level and
 * the parent area. From `dtsen_agregat`, which holds the state at the export date: it does not
 * change with the period.
 */
export const validasiDtsenPencaker: IndicatorDef<ViewParams, DtsenPencakerRow> = {
  id: 'validasiDtsenPencaker',
  label: { id: 'Individu DTSEN yang terdaftar sebagai pencari kerja', en: 'DTSEN individuals registered as job seekers' },
  unit: '%',
  definition: {
    id:
      'Individu di ekstrak DTSEN menurut kelurahan DTSEN, dan berapa di antaranya pernah mendaftar AK1 (pseudonim NIK sama, ' +
      'tanggal dan status apa pun). Keadaan pada tanggal ekspor data; tidak berubah menurut periode.',
    en:
      'Individuals in the DTSEN extract by their DTSEN kelurahan, and how many of them ever registered for AK1 (same NIK ' +
      'pseudonym, any date and status). State at the export date; it does not change with the period.',
  },
  source: {
    id: 'Ekstrak DTSEN (DSPM/Dinsos), agregat tabel dtsen_agregat; pendaftaran AK1 Disnaker',
    en: 'DTSEN extract (DSPM/Dinsos), aggregate table dtsen_agregat; Disnaker AK1 registrations',
  },
  tables: ['dtsen_agregat', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH grup AS (${grupCte(p)}),
daftar AS (SELECT DISTINCT jenis, kode, nama FROM grup),
s AS (
  SELECT g.kode, SUM(d.jumlah_jiwa) AS jiwa, SUM(d.jumlah_pencaker) AS pencaker
  FROM dtsen_agregat d JOIN grup g USING (kode_kelurahan) GROUP BY g.kode
)
SELECT d.jenis, d.kode, d.nama,
  CAST(COALESCE(s.jiwa, 0) AS INTEGER) AS jiwa,
  CAST(COALESCE(s.pencaker, 0) AS INTEGER) AS pencaker,
  CAST(100.0 * s.pencaker / NULLIF(s.jiwa, 0) AS DOUBLE) AS persen
FROM daftar d LEFT JOIN s ON s.kode = d.kode
ORDER BY d.jenis, d.kode`),
};
