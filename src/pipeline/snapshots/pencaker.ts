import type { DuckDBConnection } from '@duckdb/node-api';
import { addYears, ageBand, ageOn } from '../../core/normalise/dates';
import type { Pseudonymiser } from '../../core/linkage/pseudonym';
import type { DtsenSourceRow, PencakerSourceRow } from '../../core/tables/source-tables';
import { loadStagingCsv, StagingCsvWriter, type StageColumn } from '../staging-csv';

/** Columns of `pencaker_stage`: one pseudonymous row per accepted AK1 registration. */
export const PENCAKER_STAGE_COLUMNS: readonly StageColumn[] = [
  { name: 'src_seq', type: 'INTEGER' },
  { name: 'id_orang', type: 'VARCHAR' },
  { name: 'jenis_kelamin', type: 'VARCHAR' },
  { name: 'kelompok_umur', type: 'VARCHAR' },
  { name: 'kode_kelurahan', type: 'VARCHAR' },
  { name: 'pendidikan', type: 'VARCHAR' },
  { name: 'jurusan', type: 'VARCHAR' },
  { name: 'keterampilan', type: 'VARCHAR[]' },
  { name: 'kbji_kode', type: 'VARCHAR' },
  { name: 'kbji_golongan', type: 'VARCHAR' },
  { name: 'tanggal_daftar', type: 'DATE' },
  { name: 'status', type: 'VARCHAR' },
  { name: 'tanggal_penempatan', type: 'DATE' },
  { name: 'tanggal_kedaluwarsa', type: 'DATE' },
  { name: 'id_perusahaan_penempatan', type: 'VARCHAR' },
  { name: 'disabilitas', type: 'BOOLEAN' },
];

/** Columns of `dtsen_stage`: DTSEN individuals with pseudonymised NIK and KK. */
export const DTSEN_STAGE_COLUMNS: readonly StageColumn[] = [
  { name: 'id_orang', type: 'VARCHAR' },
  { name: 'id_kk', type: 'VARCHAR' },
  { name: 'kode_kelurahan', type: 'VARCHAR' },
  { name: 'desil', type: 'INTEGER' },
  { name: 'status_verifikasi', type: 'VARCHAR' },
  { name: 'tanggal_verifikasi', type: 'DATE' },
];

/** Writes rows, batch by batch, to a staging CSV work file (pseudonymised rows only). */
export interface Stager<Row> {
  add(rows: readonly Row[]): void;
  close(): void;
}

/**
 * Stager for `pencaker_stage` (the source of pencaker.parquet): one pseudonymous row per AK1
 * registration, linked to DTSEN by the keyed NIK pseudonym. The NIK, name, birth date, phone and
 * address never leave this function: the staged rows carry the pseudonym and the age band only.
 * `src_seq` numbers the accepted rows in file order across all batches.
 */
export function pencakerStager(path: string, pseudoNik: Pseudonymiser): Stager<PencakerSourceRow> {
  const out = new StagingCsvWriter(path, PENCAKER_STAGE_COLUMNS);
  return {
    add(rows) {
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        out.add([
          out.rows,
          pseudoNik(r.nik),
          r.jenis_kelamin,
          ageBand(ageOn(r.tanggal_lahir, r.tanggal_daftar)),
          r.kelurahan,
          r.pendidikan,
          r.jurusan,
          r.keterampilan,
          r.jabatan_dicari?.kode ?? null,
          r.jabatan_dicari?.golongan ?? null,
          r.tanggal_daftar,
          r.status,
          r.tanggal_penempatan,
          addYears(r.tanggal_daftar, 2),
          r.id_perusahaan_penempatan,
          r.disabilitas,
        ]);
      }
    },
    close: () => out.close(),
  };
}

/** Stager for `dtsen_stage` (never written to the snapshot as rows, only aggregated). */
export function dtsenStager(path: string, pseudoNik: Pseudonymiser, pseudoKk: Pseudonymiser): Stager<DtsenSourceRow> {
  const out = new StagingCsvWriter(path, DTSEN_STAGE_COLUMNS);
  return {
    add(rows) {
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        out.add([pseudoNik(r.nik), pseudoKk(r.no_kk), r.kelurahan, r.desil, r.status_verifikasi, r.tanggal_verifikasi]);
      }
    },
    close: () => out.close(),
  };
}

/** Load the two staging files into `pencaker_stage` and `dtsen_stage`. */
export async function loadStages(conn: DuckDBConnection, pencakerFile: string, dtsenFile: string): Promise<void> {
  await loadStagingCsv(conn, 'pencaker_stage', PENCAKER_STAGE_COLUMNS, pencakerFile);
  await loadStagingCsv(conn, 'dtsen_stage', DTSEN_STAGE_COLUMNS, dtsenFile);
}

/**
 * The linkage, in SQL so the browser can run the same statement on DuckDB-wasm:
 * a registration is in DTSEN when its person's pseudonym appears there, with that person's desil.
 * DTSEN rows are unique per NIK (later duplicates are rejected), so `min` only guards against a
 * pseudonym collision, taking the poorer reading.
 */
export const LINK_PENCAKER_SQL = `
CREATE OR REPLACE TABLE pencaker AS
WITH person AS (
  SELECT id_orang, min(desil) AS desil
  FROM dtsen_stage
  GROUP BY id_orang
)
SELECT
  CAST(row_number() OVER (ORDER BY p.tanggal_daftar, p.id_orang, p.src_seq) AS INTEGER) AS id_pendaftaran,
  p.id_orang, p.jenis_kelamin, p.kelompok_umur, p.kode_kelurahan, p.pendidikan, p.jurusan,
  coalesce(p.keterampilan, []::VARCHAR[]) AS keterampilan,
  p.kbji_kode, p.kbji_golongan, p.tanggal_daftar, p.status, p.tanggal_penempatan, p.tanggal_kedaluwarsa,
  p.id_perusahaan_penempatan, p.disabilitas,
  person.id_orang IS NOT NULL AS di_dtsen,
  person.desil
FROM pencaker_stage p
LEFT JOIN person USING (id_orang)`;

/** dtsen_agregat: counts only, by kelurahan × desil × verification status. */
export const DTSEN_AGREGAT_SQL = `
CREATE OR REPLACE TABLE dtsen_agregat AS
SELECT
  d.kode_kelurahan, d.desil, d.status_verifikasi,
  CAST(count(*) AS INTEGER) AS jumlah_jiwa,
  CAST(count(DISTINCT d.id_kk) AS INTEGER) AS jumlah_kk,
  CAST(count(*) FILTER (WHERE d.id_orang IN (SELECT id_orang FROM pencaker_stage)) AS INTEGER) AS jumlah_pencaker
FROM dtsen_stage d
GROUP BY ALL`;
