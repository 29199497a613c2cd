import { selectionWhere } from '../dimensions';
import { bound, EMPTY, raw, sql, type SqlFragment } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { KEMISKINAN_KETERAMPILAN_KUBUS, KEMISKINAN_KETERAMPILAN_KUBUS_KOTA } from './kubus';
import { keterampilanDimintaCte, LOWONGAN_TERBUKA } from './lowongan-terbuka';
import {
  AKTIF_TEXT,
  aktifArea,
  joinText,
  KUBUS_DIMS_NO_DESIL,
  SASARAN_TEXT,
  sasaranCondition,
  SOURCE_AK1_DTSEN_LOWONGAN,
  sumber,
  SUMBER_BASES,
  TOP_KETERAMPILAN,
} from './shared';
import { keterampilanCrossfilter } from './crossfilter';

export { TOP_KETERAMPILAN };

/** Target-group job seekers with one skill. */
export interface KemiskinanKeterampilanRow {
  /** The skill (lower case, as in the snapshot): the `skill` dimension's values. */
  keterampilan: string;
  /** People of the target group listing it. */
  nilai: number;
  /** nilai / the whole target group (people, with or without skills), percent; null when empty. */
  persen: number | null;
  /** Rank by nilai (ties by name); 1 = most common. */
  peringkat: number;
  /** True when an open vacancy at the period end asks for this skill. */
  diminta: boolean;
}

function chosenSkills(values: readonly string[]): SqlFragment {
  const list = values.map((v) => sql`${v}`);
  return list.slice(1).reduce((acc, f) => sql`${acc}, ${f}`, list[0]);
}

/**
 * The most common skills of the target group (desil 1-4, or the selected deciles), a person
 * counted once per skill; selected skills are always listed (0 when nobody has them). Each row
 * says whether open vacancies ask for the skill. Cross-filtered by every selection except skill.
 */
export const kemiskinanKeterampilan: IndicatorDef<ViewParams, KemiskinanKeterampilanRow> = {
  id: 'kemiskinanKeterampilan',
  label: { id: 'Keterampilan pencari kerja miskin (desil 1-4)', en: 'Skills of poor job seekers (deciles 1-4)' },
  unit: 'orang',
  definition: joinText(AKTIF_TEXT, SASARAN_TEXT, {
    id:
      `${TOP_KETERAMPILAN} keterampilan yang paling sering dicantumkan kelompok sasaran pada pendaftaran AK1 (teks bebas yang ` +
      'dirapikan; satu orang dapat memiliki beberapa keterampilan, jadi jumlahnya lebih dari 100%). Persentase terhadap ' +
      'seluruh kelompok sasaran. "Diminta" = keterampilan itu tercantum pada lowongan yang terbuka di hari terakhir periode.',
    en:
      `The ${TOP_KETERAMPILAN} skills the target group lists most often on AK1 registrations (cleaned free text; a person may ` +
      'list several, so shares add up to more than 100%). Shares of the whole target group. "In demand" = the skill is ' +
      'listed by a vacancy open on the last day of the period.',
  }),
  source: SOURCE_AK1_DTSEN_LOWONGAN,
  tables: ['pencaker', 'wilayah', 'lowongan'],
  bases: [...SUMBER_BASES, KEMISKINAN_KETERAMPILAN_KUBUS, KEMISKINAN_KETERAMPILAN_KUBUS_KOTA, LOWONGAN_TERBUKA],
  crossfilter: keterampilanCrossfilter(),
  sql: (p) => {
    const chosen = p.pilih?.skill ?? [];
    // a chosen skill nobody in the group lists is shown with 0; whether vacancies ask for it is
    // looked up in the open vacancies (the other skills carry it in the skill cube)
    const extra = chosen.length
      ? sql`UNION ALL
  SELECT c.k, 0, coalesce(list_contains(m.skill, c.k), false)
  FROM (SELECT unnest([${chosenSkills(chosen)}]) AS k) c, (${keterampilanDimintaCte()}) m
  WHERE c.k NOT IN (SELECT k FROM s0)`
      : EMPTY;
    const keep = chosen.length ? sql`OR r.k IN (${chosenSkills(chosen)})` : EMPTY;
    // the target group under every selection but skill: people from the cube, skills from the skill cube
    const where = (alias: string) =>
      sql`${sasaranCondition(p.pilih, alias)} ${aktifArea(p, alias)}
    ${selectionWhere(p.pilih, { supported: KUBUS_DIMS_NO_DESIL, alias })}`;
    const s = sumber(p, where, { exclude: 'skill' });
    const skills = raw(p.kecamatan || p.kelurahan ? '{{kemiskinan_keterampilan_kubus}}' : '{{kemiskinan_keterampilan_kubus_kota}}');
    return bound(sql`
WITH s0 AS (
  SELECT CAST(b.keterampilan AS VARCHAR) AS k, CAST(sum(b.n) AS BIGINT) AS nilai, bool_or(b.diminta) AS diminta
  FROM ${skills} b
  WHERE ${where('b')}
  GROUP BY b.keterampilan
),
s AS (SELECT k, nilai, diminta FROM s0 ${extra}),
r AS (SELECT k, nilai, diminta, row_number() OVER (ORDER BY nilai DESC, k) AS peringkat FROM s)
SELECT r.k AS keterampilan, CAST(r.nilai AS INTEGER) AS nilai,
       CAST(100.0 * r.nilai / NULLIF(tot.n, 0) AS DOUBLE) AS persen,
       CAST(r.peringkat AS INTEGER) AS peringkat, r.diminta
FROM r, (SELECT ${s.orang()} AS n FROM ${s.from}) tot
WHERE r.peringkat <= ${raw(String(TOP_KETERAMPILAN))} ${keep}
ORDER BY r.peringkat`);
  },
};
