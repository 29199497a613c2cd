/**
 * Pieces shared by the indicators of the pengangguran (registered job seekers) view: area
 * conditions on the `{{aktif}}` base relation, the dimensions each relation supports, the
 * population denominator and the texts every indicator of the view repeats.
 */
import { checkPeriode, EMPTY, raw, sql, type SqlFragment } from '../sql';
import type { DimensionId } from '../dimensions';
import type { AreaPeriodParams, Text } from '../types';

/** Cross-filter dimensions the `{{aktif}}` relation carries and this view offers. */
export const DIMENSI_AKTIF: readonly DimensionId[] = ['jk', 'umur', 'pend', 'kbji', 'durasi'];

/**
 * Dimensions that also exist on every `pencaker` row (the registration flows): the duration of
 * registration is a property of the active stock only, so a `durasi` selection does not apply to flows.
 */
export const DIMENSI_PENDAFTARAN: readonly DimensionId[] = ['jk', 'umur', 'pend', 'kbji'];

/** Value of `kbji_golongan` in `{{aktif}}` when the occupation sought is missing or not codable. */
export const KBJI_TIDAK_DIKETAHUI = '?';

/**
 * `AND …` restricting rows of a base relation that carries `kode_kecamatan` and `kode_kelurahan`
 * (`{{aktif}}`, `{{arus}}`; alias `alias`) to the selected kecamatan/kelurahan, without a join.
 */
export function aktifArea(alias: string, p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>): SqlFragment {
  const parts: SqlFragment[] = [];
  if (p.kecamatan) parts.push(sql`AND ${raw(alias)}.kode_kecamatan = ${p.kecamatan}`);
  if (p.kelurahan) parts.push(sql`AND ${raw(alias)}.kode_kelurahan = ${p.kelurahan}`);
  return parts.length ? sql`${parts}` : EMPTY;
}

/**
 * Share of the productive-age population (15-64 years) in Kota Bontang at the 2020 Population
 * Census (SP2020): 66.97 %. Population by age is not known per kecamatan or kelurahan, so the
 * city-wide share is applied to each kecamatan's total population to estimate its working-age
 * population (an approximation, stated in every definition that uses it).
 */
export const PERSEN_USIA_PRODUKTIF_SP2020 = 66.97;

/** Source of `PERSEN_USIA_PRODUKTIF_SP2020`. */
export const SUMBER_USIA_PRODUKTIF_SP2020 =
  'BPS Kota Bontang, hasil Sensus Penduduk 2020 (rilis 21 Januari 2021): https://bontangkota.bps.go.id/en/pressrelease/2021/01/21/542/sensus-penduduk-';

/**
 * CTE body: the population (`indikator` rows with indikator = 'penduduk') of every area code,
 * taking for each code the published year nearest to the year of `periode` (a later year wins a
 * tie). Columns: kode_wilayah, penduduk (DOUBLE), penduduk_tahun (INTEGER), usia_kerja (DOUBLE,
 * penduduk × 66.97 %).
 */
export function pendudukCte(periode: string): SqlFragment {
  const { year } = checkPeriode(periode);
  return sql`SELECT kode_wilayah, penduduk, penduduk_tahun, penduduk * ${raw(String(PERSEN_USIA_PRODUKTIF_SP2020 / 100))} AS usia_kerja
  FROM (
    SELECT kode_wilayah, CAST(nilai AS DOUBLE) AS penduduk, CAST(tahun AS INTEGER) AS penduduk_tahun,
           row_number() OVER (PARTITION BY kode_wilayah ORDER BY abs(tahun - CAST(${year} AS INTEGER)), tahun DESC, nilai DESC) AS r
    FROM indikator
    WHERE indikator = 'penduduk' AND nilai > 0
  )
  WHERE r = 1`;
}

/** Source text of indicators counting active job seekers from the register. */
export const SUMBER_AK1: Text = {
  id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja), tabel pencaker snapshot',
  en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja), snapshot table pencaker',
};

/** Sentence every "active job seekers" definition starts with (the project's one definition). */
export const DEFINISI_AKTIF: Text = {
  id:
    'Pencari kerja aktif: orang berbeda dengan kartu AK1 yang masih berlaku pada hari terakhir periode ' +
    '(terdaftar paling lambat hari itu, tidak dicabut, kartu belum kedaluwarsa, belum ditempatkan kerja); ' +
    'orang yang mendaftar lebih dari sekali dihitung sekali, dengan data pendaftaran aktif terakhirnya. ' +
    'Ini angka administrasi Disnaker, bukan angka pengangguran BPS.',
  en:
    'Active job seekers: distinct people holding an AK1 card still valid on the last day of the period ' +
    '(registered by that day, not revoked, not expired, not yet placed in a job); people who registered more ' +
    'than once count once, with the data of their latest active registration. ' +
    'This is a Disnaker administrative count, not the BPS unemployment figure.',
};

/** Definition of the rate per 1,000 productive-age residents and its limits. */
export const DEFINISI_PER_1000: Text = {
  id:
    'Rasio per 1.000 penduduk usia produktif = pencari kerja aktif × 1.000 ÷ (penduduk kecamatan × 66,97%). ' +
    'Penduduk menurut umur tidak diketahui per kecamatan, jadi porsi usia produktif (15–64 tahun) kota hasil SP2020 ' +
    'dipakai untuk setiap kecamatan; penduduk diambil dari tabel indikator pada tahun terdekat dengan periode. ' +
    'Penyebut selalu seluruh penduduk usia produktif, juga bila ada pilihan (mis. hanya perempuan). ' +
    'Penduduk per kelurahan tidak diketahui, sehingga rasio tidak dihitung untuk kelurahan.',
  en:
    'Rate per 1,000 productive-age residents = active job seekers × 1,000 ÷ (kecamatan population × 66.97%). ' +
    'Population by age is not known per kecamatan, so the city-wide productive-age (15-64) share from the 2020 census ' +
    'is applied to each kecamatan; population comes from the indikator table, the year nearest to the period. ' +
    'The denominator is always the whole productive-age population, also when a selection is active (e.g. women only). ' +
    'Kelurahan populations are not known, so no rate is computed for a kelurahan.',
};
