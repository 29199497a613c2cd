import { DIMENSIONS, type DimensionId, type Selections } from '../indicators/dimensions';
import type { AreaPeriodParams } from '../indicators/types';
import type { CubeFilter } from './cube';

/**
 * The cube filters of a view's selections: the same rows as `selectionWhere` in SQL (values of a
 * dimension OR-ed, dimensions AND-ed, `exclude` left out so a chart never filters itself).
 * A multi-valued dimension (skills) must be a list dimension of the cube (see CubeColumns.lists).
 */
export function selectionFilters(
  pilih: Selections | undefined,
  opts: { supported: readonly DimensionId[]; exclude?: DimensionId },
): CubeFilter[] {
  const out: CubeFilter[] = [];
  for (const dim of opts.supported) {
    if (dim === opts.exclude) continue;
    const values = pilih?.[dim];
    if (!values || values.length === 0) continue;
    const d = DIMENSIONS[dim];
    out.push({ column: d.column, values: new Set(values), ...(d.list ? { list: true } : {}) });
  }
  return out;
}

/** The cube filters of the chosen kecamatan and kelurahan (columns kode_kecamatan, kode_kelurahan). */
export function areaFilters(p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>): CubeFilter[] {
  const out: CubeFilter[] = [];
  if (p.kecamatan) out.push({ column: 'kode_kecamatan', values: new Set([p.kecamatan]) });
  if (p.kelurahan) out.push({ column: 'kode_kelurahan', values: new Set([p.kelurahan]) });
  return out;
}

/** True when at least one dimension has a chosen value. */
export function hasSelections(pilih: Selections | undefined): boolean {
  return !!pilih && Object.values(pilih).some((v) => v && v.length > 0);
}
