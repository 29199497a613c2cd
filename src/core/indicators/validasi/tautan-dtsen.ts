import { AKTIF } from '../bases/aktif';
import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { grupCte, type Jenis } from './grup';
import { TERDAFTAR } from './terdaftar';

/** Linkage of job seekers to DTSEN in one area. */
export interface TautanDtsenRow {
  jenis: Jenis;
  kode: string;
  nama: string | null;
  /** Persons with an active AK1 card at the period end, and of them found in DTSEN. */
  aktif: number;
  aktif_dtsen: number;
  persen_aktif: number | null;
  /** Persons with any registration up to the period end (any status), and of them found in DTSEN. */
  terdaftar: number;
  terdaftar_dtsen: number;
  persen_terdaftar: number | null;
}

/**
 * Share of job seekers whose pseudonymised NIK was found in the DTSEN extract (`di_dtsen`), per
 * area of the drill level and for the parent area, on two bases: persons with an active AK1 card
 * at the end of `periode` (kelurahan of their latest active registration), and all persons who
 * registered by then, in any status (kelurahan of their latest registration). Not found means:
 * not in this DTSEN extract, or a NIK that could not be linked (e.g. rejected as invalid).
 */
export const validasiTautanDtsen: IndicatorDef<ViewParams, TautanDtsenRow> = {
  id: 'validasiTautanDtsen',
  label: { id: 'Pencari kerja yang ditemukan di DTSEN', en: 'Job seekers found in DTSEN' },
  unit: '%',
  definition: {
    id:
      'Persentase orang yang pseudonim NIK-nya ditemukan di ekstrak DTSEN. Dua dasar: pencari kerja dengan kartu AK1 aktif pada ' +
      'hari terakhir periode, dan semua orang yang pernah mendaftar AK1 sampai hari itu (status apa pun). Wilayah menurut kelurahan ' +
      'pendaftaran terakhir. Tidak ditemukan berarti tidak ada di ekstrak DTSEN, bukan berarti tidak miskin.',
    en:
      'Share of persons whose pseudonymised NIK was found in the DTSEN extract. Two bases: job seekers with an active AK1 card on the ' +
      'last day of the period, and everyone who registered for AK1 by that day (any status). Area by kelurahan of the latest ' +
      'registration. Not found means not in the DTSEN extract, not that the person is not poor.',
  },
  source: {
    id: 'Pendaftaran AK1 Disnaker (SIAPkerja) ditautkan ke ekstrak DTSEN (DSPM/Dinsos) lewat pseudonim NIK (HMAC) saat membangun snapshot',
    en: 'Disnaker AK1 registrations (SIAPkerja) linked to the DTSEN extract (DSPM/Dinsos) by NIK pseudonym (HMAC) when building the snapshot',
  },
  tables: ['pencaker', 'wilayah'],
  bases: [AKTIF, TERDAFTAR],
  sql: (p) =>
    bound(sql`
WITH grup AS (${grupCte(p)}),
daftar AS (SELECT DISTINCT jenis, kode, nama FROM grup),
a AS (
  SELECT g.kode, COUNT(*) AS n, COUNT(*) FILTER (WHERE a.di_dtsen) AS d
  FROM {{aktif}} a JOIN grup g USING (kode_kelurahan) GROUP BY g.kode
),
t AS (
  SELECT g.kode, COUNT(*) AS n, COUNT(*) FILTER (WHERE t.di_dtsen) AS d
  FROM {{terdaftar}} t JOIN grup g USING (kode_kelurahan) GROUP BY g.kode
)
SELECT d.jenis, d.kode, d.nama,
  CAST(COALESCE(a.n, 0) AS INTEGER) AS aktif,
  CAST(COALESCE(a.d, 0) AS INTEGER) AS aktif_dtsen,
  CAST(100.0 * a.d / NULLIF(a.n, 0) AS DOUBLE) AS persen_aktif,
  CAST(COALESCE(t.n, 0) AS INTEGER) AS terdaftar,
  CAST(COALESCE(t.d, 0) AS INTEGER) AS terdaftar_dtsen,
  CAST(100.0 * t.d / NULLIF(t.n, 0) AS DOUBLE) AS persen_terdaftar
FROM daftar d
LEFT JOIN a ON a.kode = d.kode
LEFT JOIN t ON t.kode = d.kode
ORDER BY d.jenis, d.kode`),
};
