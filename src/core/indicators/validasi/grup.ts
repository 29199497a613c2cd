import { sql, type SqlFragment } from '../sql';
import type { AreaPeriodParams } from '../types';

/**
 * Role of a row in the area-level indicators of the validasi view:
 * `induk` = the parent area (the whole city, or the chosen kecamatan), one row;
 * `rincian` = its parts (the kecamatan of the city, or the kelurahan of the kecamatan).
 */
export type Jenis = 'induk' | 'rincian';

/** Drill level of the breakdown rows for the given filters: kecamatan at city level, kelurahan below. */
export function rincianLevel(p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>): 'kecamatan' | 'kelurahan' {
  return p.kecamatan || p.kelurahan ? 'kelurahan' : 'kecamatan';
}

/**
 * Body of a CTE mapping each kelurahan to the groups it counts in, for the drill-down of the
 * validasi view: columns `kode_kelurahan`, `jenis` ('induk' | 'rincian'), `kode`, `nama`.
 *
 * - No area chosen: rincian = the city's kecamatan, induk = the city (kode '64.74', nama NULL:
 *   the region name comes from the manifest).
 * - A kecamatan (or a kelurahan) chosen: rincian = the kelurahan of that kecamatan, induk = the
 *   kecamatan. A chosen kelurahan does not narrow the rows: it stays among its siblings and the
 *   view highlights it (a chart never filters itself away).
 *
 * Use as `WITH grup AS (${grupCte(p)}) …`; it reads the `wilayah` table.
 */
export function grupCte(p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>): SqlFragment {
  if (!p.kecamatan && !p.kelurahan) {
    return sql`SELECT w.kode_kelurahan, 'rincian' AS jenis, w.kode_kecamatan AS kode, w.nama_kecamatan AS nama FROM wilayah w
  UNION ALL
  SELECT w.kode_kelurahan, 'induk' AS jenis, left(w.kode_kecamatan, 5) AS kode, CAST(NULL AS VARCHAR) AS nama FROM wilayah w`;
  }
  const kec = p.kecamatan
    ? sql`${p.kecamatan}`
    : sql`(SELECT kode_kecamatan FROM wilayah WHERE kode_kelurahan = ${p.kelurahan ?? null})`;
  return sql`SELECT w.kode_kelurahan, 'rincian' AS jenis, w.kode_kelurahan AS kode, w.nama_kelurahan AS nama FROM wilayah w
    WHERE w.kode_kecamatan = ${kec}
  UNION ALL
  SELECT w.kode_kelurahan, 'induk' AS jenis, w.kode_kecamatan AS kode, w.nama_kecamatan AS nama FROM wilayah w
    WHERE w.kode_kecamatan = ${kec}`;
}
