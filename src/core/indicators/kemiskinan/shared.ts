/**
 * Pieces shared by the indicators of the kemiskinan (poverty overlap) view: the dimensions its
 * relations carry, area conditions on them, the view's "target group" rule and where each chart
 * counts people from (`sumber`: the kemiskinan cubes of kubus.ts). One place, so every chart
 * says the same thing.
 */
import { selectionWhere, type DimensionId, type Selections } from '../dimensions';
import { EMPTY, raw, sql, type SqlFragment } from '../sql';
import type { AreaPeriodParams, Text } from '../types';
import { KEMISKINAN_KETERAMPILAN, KEMISKINAN_KUBUS, KEMISKINAN_KUBUS_KOTA } from './kubus';

/** How many skills the skills chart lists (selected skills are always added). */
export const TOP_KETERAMPILAN = 15;

/** How many occupations the priority-pool occupation table lists. */
export const TOP_JABATAN = 12;

/** Cross-filter dimensions carried by `{{aktif}}` (every one except kbli). */
export const AKTIF_DIMS: readonly DimensionId[] = ['jk', 'umur', 'pend', 'kbji', 'desil', 'durasi', 'skill'];

/** Source text of indicators on job seekers linked to DTSEN. */
export const SOURCE_AK1_DTSEN: Text = {
  id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja) ditautkan ke DTSEN (DSPM/Dinsos) lewat pseudonim NIK',
  en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja) linked to DTSEN (DSPM/Dinsos) through a NIK pseudonym',
};

/** Source text of indicators that also read vacancies. */
export const SOURCE_AK1_DTSEN_LOWONGAN: Text = {
  id: `${SOURCE_AK1_DTSEN.id}; lowongan yang dilaporkan ke Disnaker`,
  en: `${SOURCE_AK1_DTSEN.en}; vacancies reported to Disnaker`,
};

/** Sentence defining the active job seeker, reused in definitions. */
export const AKTIF_TEXT: Text = {
  id:
    'Pencari kerja aktif = orang berbeda dengan kartu AK1 yang berlaku pada hari terakhir periode (sudah mendaftar, ' +
    'belum kedaluwarsa, tidak dicabut, belum ditempatkan).',
  en:
    'Active job seeker = a distinct person holding an AK1 card valid on the last day of the period (registered, ' +
    'not expired, not revoked, not yet placed).',
};

/** Sentence defining the target group of the education, skills and priority charts. */
export const SASARAN_TEXT: Text = {
  id:
    'Kelompok sasaran = pencari kerja aktif pada desil 1-4 DTSEN (miskin dan rentan miskin); bila desil dipilih, ' +
    'desil yang dipilih.',
  en:
    'Target group = active job seekers in DTSEN deciles 1-4 (poor and near-poor); when deciles are selected, the ' +
    'selected deciles.',
};

/** Sentence defining the vacancy match of the priority pool. */
export const COCOK_TEXT: Text = {
  id:
    'Cocok = kode KBJI 4 digit jabatan yang dicari sama dengan kode jabatan sebuah lowongan yang terbuka pada hari ' +
    'terakhir periode (dibuka paling lambat hari itu dan belum ditutup), ATAU minimal satu keterampilannya diminta ' +
    'lowongan terbuka tersebut. Lowongan seluruh kota dipakai; pendidikan minimum tidak diperiksa. Satu keterampilan ' +
    'umum (mis. komunikasi) sudah cukup, sehingga jalur keterampilan longgar: lihat jumlah yang cocok lewat jabatan.',
  en:
    "Match = the 4-digit KBJI code of the occupation sought equals the occupation code of a vacancy open on the last " +
    'day of the period (opened by that day and not yet closed), OR at least one of the person\'s skills is asked for ' +
    'by such a vacancy. Vacancies of the whole city count; the minimum education is not checked. One general skill ' +
    '(e.g. communication) is enough, so the skill route is loose: see the count matched by occupation.',
};

/** `AND …` restricting rows of a kemiskinan relation (alias) to the selected kecamatan and kelurahan. */
export function aktifArea(p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>, alias = 'a'): SqlFragment {
  const parts: SqlFragment[] = [];
  if (p.kecamatan) parts.push(sql`AND ${raw(alias)}.kode_kecamatan = ${p.kecamatan}`);
  if (p.kelurahan) parts.push(sql`AND ${raw(alias)}.kode_kelurahan = ${p.kelurahan}`);
  return parts.length ? sql`${parts}` : EMPTY;
}

/**
 * The kecamatan whose kelurahan a by-kelurahan chart lists: the selected kecamatan, or the
 * kecamatan of the selected kelurahan (the chart then highlights that kelurahan among its
 * neighbours); undefined for the whole city.
 */
export function listKecamatan(p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>): string | undefined {
  return p.kecamatan ?? (p.kelurahan ? p.kelurahan.slice(0, 8) : undefined);
}

/**
 * Boolean SQL: the row (alias) of a kemiskinan relation is in the target group: desil 1-4, or, when the user
 * selected deciles, one of the selected `desil_kat` values.
 */
export function sasaranCondition(pilih: Selections | undefined, alias = 'a'): SqlFragment {
  const chosen = pilih?.desil ?? [];
  if (chosen.length === 0) return raw(`(${alias}.desil BETWEEN 1 AND 4)`);
  return sql`(TRUE ${selectionWhere({ desil: chosen }, { supported: ['desil'], alias })})`;
}

/** The dimensions of `{{aktif}}` other than skill: the columns of `{{kemiskinan_kubus}}`. */
export const KUBUS_DIMS: readonly DimensionId[] = AKTIF_DIMS.filter((d) => d !== 'skill');

/** KUBUS_DIMS without desil (the target-group charts handle desil themselves). */
export const KUBUS_DIMS_NO_DESIL: readonly DimensionId[] = KUBUS_DIMS.filter((d) => d !== 'desil');

/**
 * Where a chart counts people from, given the area and the skill selection (`pilih.skill`, unless
 * the chart excludes it): `from`, the rows (alias `a`, carrying every column of
 * `{{kemiskinan_kubus}}`) that meet the chart's conditions, counted with `orang`.
 * - no skill chosen: `{{kemiskinan_kubus_kota}}` for a chart of the whole city that does not list
 *   kelurahan, else `{{kemiskinan_kubus}}`; people = `sum(n)`;
 * - one skill: its rows of `{{kemiskinan_keterampilan}}` (one per person), people = `count(*)`;
 * - several: the rows of the first chosen skill, then those of the second of the people without
 *   the first, and so on: again one row per person, people = `count(*)`.
 * Always the same people as "the skill list holds any chosen value" on `{{aktif}}`.
 */
export interface Sumber {
  /** FROM item with its conditions, aliased `a` (follow it with GROUP BY, not WHERE). */
  from: SqlFragment;
  /** Aggregate expression: the number of people among the rows (that meet `cond`), BIGINT, 0 when none. */
  orang(cond?: SqlFragment): SqlFragment;
}

/** The relations a chart reading `sumber` needs (the indicator's `bases`). */
export const SUMBER_BASES = [KEMISKINAN_KUBUS, KEMISKINAN_KUBUS_KOTA, KEMISKINAN_KETERAMPILAN] as const;

/**
 * The source of a chart's counts for these parameters (see `Sumber`). `syarat(alias)` gives the
 * chart's conditions on a row of that alias (a boolean expression on per-person columns: area,
 * selections, target group). `exclude: 'skill'` ignores the skill selection; `perKelurahan` is
 * for charts that group by kelurahan (they always need the area columns).
 */
export function sumber(
  p: AreaPeriodParams & { pilih?: Selections },
  syarat: (alias: string) => SqlFragment,
  opts: { exclude?: DimensionId; perKelurahan?: boolean } = {},
): Sumber {
  const chosen = opts.exclude === 'skill' ? [] : (p.pilih?.skill ?? []);
  const filter = (cond?: SqlFragment) => (cond ? sql` FILTER (WHERE ${cond})` : EMPTY);
  if (chosen.length === 0) {
    const kota = !opts.perKelurahan && !p.kecamatan && !p.kelurahan;
    return {
      from: sql`${raw(kota ? '{{kemiskinan_kubus_kota}}' : '{{kemiskinan_kubus}}')} a WHERE ${syarat('a')}`,
      orang: (cond) => sql`CAST(coalesce(sum(a.n)${filter(cond)}, 0) AS BIGINT)`,
    };
  }
  const count = (cond?: SqlFragment) => sql`count(*)${filter(cond)}`;
  if (chosen.length === 1) {
    // the table is ordered by skill: an equality on it reads only that skill's blocks
    return { from: sql`{{kemiskinan_keterampilan}} a WHERE a.keterampilan = ${chosen[0]} AND ${syarat('a')}`, orang: count };
  }
  // one branch per chosen skill: its rows, without the people listing an earlier chosen skill
  // (people failing the conditions are dropped anyway, so the exclusion only needs the others)
  const branches = chosen.map((v, i) => {
    const own = sql`SELECT b.* FROM {{kemiskinan_keterampilan}} b`;
    if (i === 0) return sql`${own} WHERE b.keterampilan = ${v} AND ${syarat('b')}`;
    const earlier = chosen.slice(0, i).map((e) => sql`${e}`);
    const list = earlier.slice(1).reduce((acc, f) => sql`${acc}, ${f}`, earlier[0]);
    return sql`${own}
    ANTI JOIN (SELECT c.o FROM {{kemiskinan_keterampilan}} c WHERE c.keterampilan IN (${list}) AND ${syarat('c')}) e ON b.o = e.o
    WHERE b.keterampilan = ${v} AND ${syarat('b')}`;
  });
  const union = branches.slice(1).reduce((acc, f) => sql`${acc}
  UNION ALL ${f}`, branches[0]);
  return { from: sql`(${union}) a`, orang: count };
}

/** Join two texts with a space (for definitions built from the shared sentences). */
export function joinText(...parts: Text[]): Text {
  return { id: parts.map((t) => t.id).join(' '), en: parts.map((t) => t.en).join(' ') };
}
