import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';

/** Kind of a quality finding, for grouping in the view. */
export type KategoriTemuan = 'nik' | 'ketidaksesuaian' | 'ganda' | 'wilayah' | 'lain';

/** One kind of quality finding in one source table. */
export interface TemuanKualitasRow {
  /** Source table (pencaker, dtsen, perusahaan, …). */
  tabel: string;
  /** Issue code of core/errors.ts. */
  kode_temuan: string;
  /** ditolak (row left out), diperbaiki (row kept, value repaired), catatan (row kept unchanged). */
  tingkat: 'ditolak' | 'diperbaiki' | 'catatan';
  kategori: KategoriTemuan;
  /** Rows affected. */
  jumlah: number;
}

/**
 * The pipeline's quality findings per source table, issue code and severity (table `kualitas`),
 * with a kind: invalid or Excel-damaged NIK, sex or birth date contradicting the NIK, duplicate
 * rows, unknown or corrected kelurahan, other. Covers the whole snapshot build: it does not change
 * with the period or the area filter.
 */
export const validasiTemuanKualitas: IndicatorDef<ViewParams, TemuanKualitasRow> = {
  id: 'validasiTemuanKualitas',
  label: { id: 'Temuan mutu data per tabel sumber', en: 'Data-quality findings by source table' },
  unit: 'baris',
  definition: {
    id:
      'Jumlah baris berkas sumber dengan temuan mutu saat snapshot dibangun, menurut tabel, jenis temuan dan akibatnya: ditolak ' +
      '(tidak masuk snapshot), diperbaiki (masuk, nilainya dibetulkan) atau catatan (masuk tanpa diubah). Berlaku untuk seluruh ' +
      'snapshot, tidak menurut periode atau wilayah.',
    en:
      'Source-file rows with a quality finding when the snapshot was built, by table, kind of finding and outcome: rejected (left ' +
      'out of the snapshot), repaired (kept with a corrected value) or noted (kept unchanged). Covers the whole snapshot, not a ' +
      'period or area.',
  },
  source: {
    id: 'Laporan validasi pipeline snapshot (tabel kualitas; rincian per baris di laporan/penolakan.csv)',
    en: 'Snapshot pipeline validation report (table kualitas; row-level detail in laporan/penolakan.csv)',
  },
  tables: ['kualitas'],
  sql: () =>
    bound(sql`
SELECT tabel, kode_temuan, tingkat,
  CASE WHEN kode_temuan IN ('nik-invalid', 'nik-excel-mangled', 'nik-trailing-zeros', 'kk-invalid') THEN 'nik'
       WHEN kode_temuan IN ('nik-sex-mismatch', 'nik-birthdate-mismatch') THEN 'ketidaksesuaian'
       WHEN kode_temuan = 'duplicate-row' THEN 'ganda'
       WHEN kode_temuan IN ('kelurahan-unknown', 'kelurahan-fuzzy') THEN 'wilayah'
       ELSE 'lain' END AS kategori,
  CAST(jumlah AS INTEGER) AS jumlah
FROM kualitas
ORDER BY tabel, CASE tingkat WHEN 'ditolak' THEN 1 WHEN 'diperbaiki' THEN 2 ELSE 3 END, jumlah DESC, kode_temuan`),
};
