/**
 * Base relations of the demand side of the kesenjangan view: companies with their harmonised
 * KBLI section, vacancies with their company's place and sector and the period's date tests
 * already evaluated, vacancy skills pre-aggregated, and the occupation names. Built once (per
 * period where the period matters), so a click neither re-joins vacancies to companies nor
 * re-evaluates the KBLI mapping, and the SQL each click prepares stays short.
 */
import { bound, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';
import { companiesRelation, kbjiNamesRelation, openAt, openedInWindow, vacanciesRelation, windowRelation } from './common';

/**
 * `{{kesenjangan_perusahaan}}`: every company (no area filter; indicators apply it to
 * `kode_kelurahan`) with `kbli_seksi` harmonised to KBLI 2020 ('tanpa' when not coded) and the
 * section as coded in `kbli_seksi_asli`. Columns as `companiesRelation`. The same for every
 * period.
 */
export const KESENJANGAN_PERUSAHAAN: BaseRelation<AreaPeriodParams> = {
  id: 'kesenjangan_perusahaan',
  description: {
    id: 'Perusahaan dengan seksi KBLI yang diselaraskan ke KBLI 2020',
    en: 'Companies with their KBLI section harmonised to KBLI 2020',
  },
  key: () => 'semua',
  sql: (p) => bound(sql`SELECT * FROM ${companiesRelation({ periode: p.periode })}`),
};

/**
 * `{{kesenjangan_lowongan}}`: every vacancy (no area filter; indicators apply it to the company's
 * `kode_kelurahan`) with the columns of `vacanciesRelation` and the period's tests, true, false
 * or NULL as the conditions they stand for: `dibuka` (opened on or before the period end),
 * `buka` (open at the period end), `baru` (opened in the 12-month window), `ditutup12` (closed
 * in the 12-month window).
 */
export const KESENJANGAN_LOWONGAN: BaseRelation<AreaPeriodParams> = {
  id: 'kesenjangan_lowongan',
  description: {
    id: 'Lowongan dengan kelurahan dan sektor perusahaannya serta status pada akhir periode',
    en: "Vacancies with their company's kelurahan and sector and their state at the end of the period",
  },
  key: (p) => p.periode,
  sql: (p) =>
    bound(sql`
SELECT v.*, v.tanggal_buka <= w.d AS dibuka, ${openAt('v', 'w.d')} AS buka, ${openedInWindow('v', 'w')} AS baru,
       v.tanggal_tutup > w.awal AND v.tanggal_tutup <= w.d AS ditutup12
FROM ${vacanciesRelation({ periode: p.periode })} v, ${windowRelation(p.periode)} w`),
};

/**
 * `{{kesenjangan_lowongan_keterampilan}}`: positions asking for each skill, summed per company
 * kelurahan × minimum education × KBJI major group × skill over the vacancies opened by the
 * period end (a vacancy counts once per distinct skill it asks for): `posisi` in vacancies open
 * at the period end, `posisi_12bln` in vacancies opened in the 12-month window (NULL when none).
 */
export const KESENJANGAN_LOWONGAN_KETERAMPILAN: BaseRelation<AreaPeriodParams> = {
  id: 'kesenjangan_lowongan_keterampilan',
  description: {
    id: 'Posisi lowongan per keterampilan yang diminta, dijumlahkan per kelurahan perusahaan, pendidikan dan golongan jabatan',
    en: "Vacancy positions by skill asked for, summed by company kelurahan, education and occupation group",
  },
  key: (p) => p.periode,
  bases: [KESENJANGAN_LOWONGAN],
  sql: () =>
    bound(sql`
SELECT kode_kelurahan, pendidikan, kbji_golongan, keterampilan,
       sum(jumlah) FILTER (WHERE buka) AS posisi, sum(jumlah) FILTER (WHERE baru) AS posisi_12bln
FROM (
  SELECT v.kode_kelurahan, v.pendidikan, v.kbji_golongan, unnest(list_distinct(v.keterampilan)) AS keterampilan, v.jumlah, v.buka, v.baru
  FROM {{kesenjangan_lowongan}} v
  WHERE v.dibuka
)
GROUP BY ALL`),
};

/** `{{kesenjangan_kbji_nama}}`: the occupation names of the project's KBJI list (`kbjiNamesRelation`), kode and nama. */
export const KESENJANGAN_KBJI_NAMA: BaseRelation<AreaPeriodParams> = {
  id: 'kesenjangan_kbji_nama',
  description: { id: 'Nama jabatan menurut kode KBJI 2014', en: 'Occupation names by KBJI 2014 code' },
  key: () => 'kbji',
  sql: () => bound(sql`SELECT * FROM ${kbjiNamesRelation()}`),
};
