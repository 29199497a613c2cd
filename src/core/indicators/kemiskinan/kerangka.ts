import { KBJI_UNKNOWN } from '../bases/aktif';
import { bound, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';
import { LOWONGAN_TERBUKA } from './lowongan-terbuka';

/*
 * Frames of the kemiskinan charts: the categories a chart lists (every kelurahan, every KBJI
 * group) with the numbers that do not depend on the cross-filter selections, computed once.
 * DuckDB-wasm plans a query with bound parameters again on every run, so every join or
 * aggregate left out of a chart's per-click SQL saves planning time on every click (and so does
 * every parameter avoided: a query without selections then has none and is planned once).
 */

/**
 * `{{kemiskinan_wilayah}}`: every kelurahan of `wilayah` with its DTSEN persons (dtsen_agregat,
 * any decile and verification status) and those in desil 1-4. Columns: kode_kelurahan,
 * nama_kelurahan, kode_kecamatan, jiwa and miskin (sums of jumlah_jiwa; NULL when the kelurahan
 * has no DTSEN rows, respectively none in desil 1-4). Does not depend on the period.
 */
export const KEMISKINAN_WILAYAH: BaseRelation<AreaPeriodParams> = {
  id: 'kemiskinan_wilayah',
  description: {
    id: 'Kelurahan dengan jumlah jiwa DTSEN dan jiwa pada desil 1-4',
    en: 'Kelurahan with their DTSEN persons and persons in deciles 1-4',
  },
  key: () => 'semua',
  sql: () =>
    bound(sql`
SELECT w.kode_kelurahan, w.nama_kelurahan, w.kode_kecamatan, d.jiwa, d.miskin
FROM wilayah w
LEFT JOIN (
  SELECT kode_kelurahan, sum(jumlah_jiwa) AS jiwa, sum(jumlah_jiwa) FILTER (WHERE desil BETWEEN 1 AND 4) AS miskin
  FROM dtsen_agregat
  GROUP BY kode_kelurahan
) d ON d.kode_kelurahan = w.kode_kelurahan`),
};

/**
 * `{{kemiskinan_golongan}}`: every KBJI major group of ref_kbji plus '?' (occupation unknown),
 * with the positions of the vacancies of that group open at the end of `periode` (whole city).
 * Columns: golongan, nama (NULL for '?'), tidak_diketahui (true for '?'), posisi (sum of jumlah,
 * 0 when none) and ada_lowongan (an open vacancy has this group, even with 0 positions).
 */
export const KEMISKINAN_GOLONGAN: BaseRelation<AreaPeriodParams> = {
  id: 'kemiskinan_golongan',
  description: {
    id: 'Golongan pokok KBJI dengan jumlah posisi lowongan terbuka pada akhir periode',
    en: 'KBJI major groups with the positions of the vacancies open at the end of the period',
  },
  key: (p) => p.periode,
  bases: [LOWONGAN_TERBUKA],
  sql: () =>
    bound(sql`
SELECT k.golongan, k.nama, k.tidak_diketahui, coalesce(l.posisi, 0) AS posisi, l.kbji_golongan IS NOT NULL AS ada_lowongan
FROM (SELECT kode AS golongan, nama, false AS tidak_diketahui FROM ref_kbji UNION ALL SELECT ${KBJI_UNKNOWN}, NULL, true) k
LEFT JOIN (SELECT kbji_golongan, sum(jumlah) AS posisi FROM {{lowongan_terbuka}} GROUP BY kbji_golongan) l
  ON l.kbji_golongan = k.golongan`),
};
