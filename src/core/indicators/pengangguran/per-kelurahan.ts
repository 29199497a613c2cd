import { AKTIF_KUBUS } from '../bases/aktif-kubus';
import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { DEFINISI_AKTIF, DIMENSI_AKTIF, SUMBER_AK1 } from './shared';
import { perKelurahanCrossfilter } from './kubus';

/** Active job seekers matching the selections in one kelurahan (for the map). */
export interface KelurahanAktifRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  nilai: number;
}

/**
 * Active job seekers per kelurahan for the map: every kelurahan of the city (0 where nobody
 * matches), whatever area is chosen (the map shows the whole city and highlights the choice);
 * all cross-filter selections apply.
 */
export const pengangguranPerKelurahan: IndicatorDef<ViewParams, KelurahanAktifRow> = {
  id: 'pengangguranPerKelurahan',
  label: { id: 'Peta pencari kerja aktif per kelurahan', en: 'Map of active job seekers by kelurahan' },
  unit: 'orang',
  definition: {
    id: `${DEFINISI_AKTIF.id} Menurut kelurahan tempat tinggal pada pendaftaran; seluruh kota ditampilkan, wilayah terpilih disorot.`,
    en: `${DEFINISI_AKTIF.en} By kelurahan of residence at registration; the whole city is shown, the chosen area highlighted.`,
  },
  source: {
    id: `${SUMBER_AK1.id}; wilayah menurut Kepmendagri 300.2.2-2138/2025`,
    en: `${SUMBER_AK1.en}; areas per Kepmendagri 300.2.2-2138/2025`,
  },
  tables: ['pencaker', 'wilayah'],
  bases: [AKTIF_KUBUS],
  crossfilter: perKelurahanCrossfilter<KelurahanAktifRow>(),
  sql: (p) =>
    bound(sql`
WITH n AS (
  SELECT CAST(a.kode_kelurahan AS VARCHAR) AS kode_kelurahan, sum(a.n) AS n FROM {{aktif_kubus}} a
  WHERE TRUE ${selectionWhere(p.pilih, { supported: DIMENSI_AKTIF, alias: 'a' })}
  GROUP BY a.kode_kelurahan
)
SELECT w.kode_kelurahan, w.nama_kelurahan, w.kode_kecamatan, CAST(coalesce(n.n, 0) AS INTEGER) AS nilai
FROM wilayah w LEFT JOIN n ON n.kode_kelurahan = w.kode_kelurahan
ORDER BY w.kode_kelurahan`),
};
