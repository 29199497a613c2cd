import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import type { CrossfilterForm, IndicatorDef } from '../types';
import { KBJI_TIDAK_DIKETAHUI, windowRelation, type KesenjanganParams } from './common';

/** One training programme. */
export interface KesenjanganPelatihanProgramRow {
  id_program: string;
  nama_program: string;
  penyelenggara: string | null;
  kbji_kode: string | null;
  kbji_golongan: string;
  /** 'YYYY-MM-DD' */
  mulai: string;
  selesai: string | null;
  /** 'selesai' when it ended on or before the period end, else 'berjalan' (results not yet known then). */
  status: 'selesai' | 'berjalan';
  peserta: number;
  lulus: number | null;
  bersertifikat: number | null;
  ditempatkan: number | null;
}

/**
 * The in-memory answer of `kesenjanganPelatihanProgram` under an occupation-group selection: the
 * frame's programmes of the chosen groups, in the frame's order (no cube). Checked against the SQL
 * by tests/core/indicators/kesenjangan-crossfilter.test.ts.
 */
export const pelatihanProgramCrossfilter: CrossfilterForm<KesenjanganParams, KesenjanganPelatihanProgramRow> = {
  cubes: [],
  answer(frame, _cubes, p) {
    const golongan = p.pilih?.kbji;
    return golongan?.length ? frame.filter((r) => golongan.includes(r.kbji_golongan)) : [...frame];
  },
};

/**
 * Training programmes that started on or before the period end, newest first, with their
 * results once finished. Filtered by the occupation-group selection (the group a placement officer
 * clicked), always city-wide (programmes have no location).
 */
export const kesenjanganPelatihanProgram: IndicatorDef<KesenjanganParams, KesenjanganPelatihanProgramRow> = {
  id: 'kesenjanganPelatihanProgram',
  label: { id: 'Program pelatihan', en: 'Training programmes' },
  unit: 'orang',
  definition: {
    id:
      'Program pelatihan yang dimulai paling lambat hari terakhir periode, terbaru lebih dulu. Hasil (lulus, bersertifikat, ' +
      'ditempatkan) hanya untuk program yang sudah selesai pada hari itu. Golongan jabatan = golongan pokok KBJI dari jabatan ' +
      'sasaran program. Seluruh kota (program tidak memiliki lokasi).',
    en:
      'Training programmes started by the last day of the period, newest first. Results (passed, certified, placed) only for ' +
      "programmes finished by then. Occupation group = KBJI major group of the programme's target occupation. City-wide " +
      '(programmes have no location).',
  },
  source: {
    id: 'Program pelatihan UPTD BLKI Bontang, Disnaker dan perusahaan (tabel pelatihan)',
    en: 'Training programmes of UPTD BLKI Bontang, Disnaker and companies (table pelatihan)',
  },
  tables: ['pelatihan'],
  crossfilter: pelatihanProgramCrossfilter,
  sql: (p) =>
    bound(sql`
WITH w AS ${windowRelation(p.periode)}
SELECT t.id_program, t.nama_program, t.penyelenggara, t.kbji_kode, t.kbji_golongan,
       strftime(t.mulai, '%Y-%m-%d') AS mulai, strftime(t.selesai, '%Y-%m-%d') AS selesai,
       CASE WHEN t.selesai <= w.d THEN 'selesai' ELSE 'berjalan' END AS status,
       CAST(t.peserta AS INTEGER) AS peserta,
       CAST(CASE WHEN t.selesai <= w.d THEN t.lulus END AS INTEGER) AS lulus,
       CAST(CASE WHEN t.selesai <= w.d THEN t.bersertifikat END AS INTEGER) AS bersertifikat,
       CAST(CASE WHEN t.selesai <= w.d THEN t.ditempatkan END AS INTEGER) AS ditempatkan
FROM (SELECT * REPLACE (coalesce(kbji_golongan, ${KBJI_TIDAK_DIKETAHUI}) AS kbji_golongan) FROM pelatihan) t, w
WHERE t.mulai <= w.d ${selectionWhere(p.pilih, { supported: ['kbji'], alias: 't' })}
ORDER BY t.mulai DESC, t.id_program`),
};
