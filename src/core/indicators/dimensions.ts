import { raw, sql, EMPTY, type SqlFragment } from './sql';
import type { Text } from './types';

/**
 * The dimensions a view can cross-filter on. A selection is kept in the URL as
 * `pilih.<dim>=v1,v2`; values within one dimension are OR-ed, dimensions are AND-ed.
 * Each dimension names the column it filters in the relations that carry it.
 */
export type DimensionId = 'jk' | 'umur' | 'pend' | 'kbji' | 'desil' | 'durasi' | 'skill' | 'kbli';

export type Selections = Partial<Record<DimensionId, string[]>>;

export interface DimensionDef {
  id: DimensionId;
  label: Text;
  /** Column holding the value in the relations that support this dimension. */
  column: string;
  /** The column holds a list (keterampilan): a row matches when the list has any chosen value. */
  list?: boolean;
}

export const DIMENSIONS: Readonly<Record<DimensionId, DimensionDef>> = {
  jk: { id: 'jk', label: { id: 'Jenis kelamin', en: 'Sex' }, column: 'jenis_kelamin' },
  umur: { id: 'umur', label: { id: 'Kelompok umur', en: 'Age group' }, column: 'kelompok_umur' },
  pend: { id: 'pend', label: { id: 'Pendidikan', en: 'Education' }, column: 'pendidikan' },
  kbji: { id: 'kbji', label: { id: 'Golongan jabatan (KBJI)', en: 'Occupation group (KBJI)' }, column: 'kbji_golongan' },
  desil: { id: 'desil', label: { id: 'Desil DTSEN', en: 'DTSEN decile' }, column: 'desil_kat' },
  durasi: { id: 'durasi', label: { id: 'Lama terdaftar', en: 'Time registered' }, column: 'kelompok_durasi' },
  skill: { id: 'skill', label: { id: 'Keterampilan', en: 'Skill' }, column: 'keterampilan', list: true },
  kbli: { id: 'kbli', label: { id: 'Sektor (KBLI)', en: 'Sector (KBLI)' }, column: 'kbli_seksi' },
};

export const DIMENSION_IDS = Object.keys(DIMENSIONS) as DimensionId[];

/**
 * `AND …` conditions for the selections, for a relation that carries the dimensions `supported`.
 * `exclude` leaves out one dimension: a chart never filters itself, so it keeps showing all its
 * categories with the chosen ones highlighted (cross-filtering, as in Mosaic).
 */
export function selectionWhere(
  pilih: Selections | undefined,
  opts: { supported: readonly DimensionId[]; exclude?: DimensionId; alias?: string },
): SqlFragment {
  if (!pilih) return EMPTY;
  const parts: SqlFragment[] = [];
  for (const dim of opts.supported) {
    if (dim === opts.exclude) continue;
    const values = pilih[dim];
    if (!values || values.length === 0) continue;
    const d = DIMENSIONS[dim];
    const col = raw(opts.alias ? `${opts.alias}.${d.column}` : d.column);
    if (d.list) {
      // "the list holds any chosen value", written as OR-ed list_contains: the same rows as
      // list_has_any (NULL lists match nothing either way), about 4× faster in DuckDB
      const tests = values.map((v) => sql`list_contains(${col}, ${v})`);
      parts.push(sql`AND (${tests.slice(1).reduce((acc, f) => sql`${acc} OR ${f}`, tests[0])})`);
      continue;
    }
    const list = values.map((v) => sql`${v}`);
    const joined = list.slice(1).reduce((acc, f) => sql`${acc}, ${f}`, list[0]);
    parts.push(sql`AND ${col} IN (${joined})`);
  }
  return parts.length ? sql`${parts}` : EMPTY;
}
