import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { KEMISKINAN_WILAYAH } from './kerangka';
import { AKTIF_TEXT, joinText, KUBUS_DIMS, SOURCE_AK1_DTSEN, sumber, SUMBER_BASES } from './shared';
import { bivariatCrossfilter } from './crossfilter';

/** The two variables of the bivariate map for one kelurahan. */
export interface KemiskinanBivariatRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  /** Active job seekers living in the kelurahan (people; every selection applied). */
  pencaker: number;
  /** Active job seekers of the whole city with the same selections (the denominator of x). */
  pencaker_kota: number;
  /** Persons of the kelurahan in the DTSEN extract (any desil, any verification status). */
  dtsen_jiwa: number;
  /** Of them, in desil 1-4. */
  dtsen_miskin: number;
  /** x: the kelurahan's share of the city's active job seekers, percent; null when the city has none. */
  x: number | null;
  /** y: share of the kelurahan's DTSEN persons in desil 1-4, percent; null when none. */
  y: number | null;
  /** Extra, table only: active job seekers per 1,000 DTSEN persons; null when none (see the definition). */
  per_seribu_dtsen: number | null;
}

/**
 * Both axes of the bivariate map, for every kelurahan of the city (the map always shows the
 * whole city): x = where the job seekers are (the kelurahan's share of the city's active job
 * seekers), y = poverty of the area (share of its DTSEN persons in desil 1-4). Kelurahan
 * populations are unknown, so x is a share, not a rate (see the definition for why the DTSEN
 * count is not used as the population). Selections apply to the job seekers (x); y has none.
 */
export const kemiskinanBivariat: IndicatorDef<ViewParams, KemiskinanBivariatRow> = {
  id: 'kemiskinanBivariat',
  label: {
    id: 'Pencari kerja dan kemiskinan per kelurahan (peta bivariat)',
    en: 'Job seekers and poverty by kelurahan (bivariate map)',
  },
  unit: '%',
  definition: joinText(AKTIF_TEXT, {
    id:
      'Sumbu x (pencari kerja) = porsi kelurahan dari seluruh pencari kerja aktif kota (dengan pilihan yang berlaku), menurut ' +
      'alamat saat mendaftar AK1. Ini menunjukkan di mana pencari kerja berada, bukan tingkat pengangguran: jumlah penduduk ' +
      'kelurahan tidak tersedia, sehingga kelurahan besar cenderung tinggi. Jumlah jiwa DTSEN tidak dipakai sebagai pengganti ' +
      'penduduk karena ekstrak DTSEN tidak memuat semua warga secara merata (keluarga miskin lebih lengkap tercatat), sehingga ' +
      '"pencari kerja per 1.000 jiwa DTSEN" (hanya di tabel) rendah justru di kelurahan miskin. Sumbu y (kemiskinan) = ' +
      'persentase jiwa DTSEN kelurahan pada desil 1-4 (semua status verifikasi; yang belum berperingkat ikut dalam ' +
      'penyebut); tidak dipengaruhi pilihan. Kelas rendah, sedang, tinggi = tersil seluruh kelurahan kota, dari nilai yang ' +
      'ditampilkan.',
    en:
      "Axis x (job seekers) = the kelurahan's share of all active job seekers of the city (with the current selections), by " +
      'address at AK1 registration. It shows where job seekers are, not an unemployment rate: kelurahan populations are not ' +
      'available, so large kelurahan tend to be high. The DTSEN count is not used as the population because the DTSEN ' +
      'extract does not hold all residents evenly (poor families are more completely recorded), so "job seekers per 1,000 ' +
      'DTSEN persons" (table only) is low precisely in poor kelurahan. Axis y (poverty) = share of the kelurahan\'s DTSEN ' +
      'persons in deciles 1-4 (all verification statuses; those not yet ranked count in the denominator); selections do not ' +
      'apply. Classes low, middle, high = terciles of all kelurahan of the city, from the values shown.',
  }),
  source: {
    id: `${SOURCE_AK1_DTSEN.id}; agregat DTSEN per kelurahan dan desil (dtsen_agregat)`,
    en: `${SOURCE_AK1_DTSEN.en}; DTSEN counts by kelurahan and decile (dtsen_agregat)`,
  },
  tables: ['pencaker', 'wilayah', 'dtsen_agregat', 'lowongan'],
  bases: [...SUMBER_BASES, KEMISKINAN_WILAYAH],
  crossfilter: bivariatCrossfilter(),
  sql: (p) => {
    const s = sumber(p, (x) => sql`TRUE ${selectionWhere(p.pilih, { supported: KUBUS_DIMS, alias: x })}`, { perKelurahan: true });
    // the city's total is the sum over the kelurahan (every active job seeker lives in one of them)
    return bound(sql`
SELECT w.kode_kelurahan, w.nama_kelurahan, w.kode_kecamatan,
       CAST(coalesce(n.pencaker, 0) AS INTEGER) AS pencaker,
       CAST(sum(coalesce(n.pencaker, 0)) OVER () AS INTEGER) AS pencaker_kota,
       CAST(coalesce(w.jiwa, 0) AS INTEGER) AS dtsen_jiwa,
       CAST(coalesce(w.miskin, 0) AS INTEGER) AS dtsen_miskin,
       CAST(100.0 * coalesce(n.pencaker, 0) / NULLIF(sum(coalesce(n.pencaker, 0)) OVER (), 0) AS DOUBLE) AS x,
       CAST(100.0 * coalesce(w.miskin, 0) / NULLIF(w.jiwa, 0) AS DOUBLE) AS y,
       CAST(1000.0 * coalesce(n.pencaker, 0) / NULLIF(w.jiwa, 0) AS DOUBLE) AS per_seribu_dtsen
FROM {{kemiskinan_wilayah}} w
LEFT JOIN (
  SELECT a.kode_kelurahan, ${s.orang()} AS pencaker
  FROM ${s.from}
  GROUP BY a.kode_kelurahan
) n ON n.kode_kelurahan = w.kode_kelurahan
ORDER BY w.kode_kelurahan`);
  },
};
