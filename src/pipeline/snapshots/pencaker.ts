import type { DuckDBConnection } from '@duckdb/node-api';
import { addYears, ageBand, ageOn } from '../../core/normalise/dates';
import type { Pseudonymiser } from '../../core/linkage/pseudonym';
import type { DtsenSourceRow, PencakerSourceRow } from '../../core/tables/source-tables';
import { loadRows } from '../duck';

/**
 * Builds the `pencaker` table (pencaker.parquet): one pseudonymous row per AK1 registration,
 * linked to DTSEN by the keyed NIK pseudonym. The NIK, name, birth date, phone and address
 * never leave this function: the staged rows carry the pseudonym and the age band only.
 */
export async function stagePencaker(
  conn: DuckDBConnection,
  rows: readonly PencakerSourceRow[],
  pseudoNik: Pseudonymiser,
  tmpFile: string,
): Promise<void> {
  function* staged() {
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      yield {
        src_seq: i,
        id_orang: pseudoNik(r.nik),
        jenis_kelamin: r.jenis_kelamin,
        kelompok_umur: ageBand(ageOn(r.tanggal_lahir, r.tanggal_daftar)),
        kode_kelurahan: r.kelurahan,
        pendidikan: r.pendidikan,
        jurusan: r.jurusan,
        keterampilan: r.keterampilan,
        kbji_kode: r.jabatan_dicari?.kode ?? null,
        kbji_golongan: r.jabatan_dicari?.golongan ?? null,
        tanggal_daftar: r.tanggal_daftar,
        status: r.status,
        tanggal_penempatan: r.tanggal_penempatan,
        tanggal_kedaluwarsa: addYears(r.tanggal_daftar, 2),
        id_perusahaan_penempatan: r.id_perusahaan_penempatan,
        disabilitas: r.disabilitas,
      };
    }
  }
  await loadRows(
    conn,
    'pencaker_stage',
    [
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
    ],
    staged(),
    tmpFile,
  );
}

/** Stage DTSEN individuals with pseudonymised NIK and KK (never written to the snapshot as rows). */
export async function stageDtsen(
  conn: DuckDBConnection,
  rows: readonly DtsenSourceRow[],
  pseudoNik: Pseudonymiser,
  pseudoKk: Pseudonymiser,
  tmpFile: string,
): Promise<void> {
  function* staged() {
    for (const r of rows) {
      yield {
        id_orang: pseudoNik(r.nik),
        id_kk: pseudoKk(r.no_kk),
        kode_kelurahan: r.kelurahan,
        desil: r.desil,
        status_verifikasi: r.status_verifikasi,
        tanggal_verifikasi: r.tanggal_verifikasi,
      };
    }
  }
  await loadRows(
    conn,
    'dtsen_stage',
    [
      { name: 'id_orang', type: 'VARCHAR' },
      { name: 'id_kk', type: 'VARCHAR' },
      { name: 'kode_kelurahan', type: 'VARCHAR' },
      { name: 'desil', type: 'INTEGER' },
      { name: 'status_verifikasi', type: 'VARCHAR' },
      { name: 'tanggal_verifikasi', type: 'DATE' },
    ],
    staged(),
    tmpFile,
  );
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
