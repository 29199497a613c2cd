import { selectionWhere } from '../dimensions';
import { areaFilter, bound, sql } from '../sql';
import type { IndicatorDef } from '../types';
import { KESENJANGAN_LOWONGAN } from './bases-lowongan';
import { KESENJANGAN_PENCAKER_BASES, pencakerFrom } from './bases-pencaker';
import { KBJI_TIDAK_DIKETAHUI, SUPPLY_DEMAND_DIMS, windowRelation, type KesenjanganParams } from './common';
import { KUBUS_KESENJANGAN_LOWONGAN, KUBUS_KESENJANGAN_PENCAKER, supplyDemand } from './kubus';

/** Training output and the supply-demand gap of one KBJI major group. */
export interface KesenjanganPelatihanRow {
  kbji_golongan: string;
  nama: string | null;
  /** Programmes that finished in the 12-month window. */
  program: number;
  peserta: number;
  lulus: number;
  bersertifikat: number;
  ditempatkan: number;
  /** Active job seekers seeking the group at the period end. */
  pencaker: number;
  /** Positions in vacancies open at the period end / opened in the last 12 months. */
  posisi: number;
  posisi_12bln: number;
}

/**
 * Training output by target occupation group (KBJI major group of the programme's target
 * occupation): programmes that ENDED in the 12 months up to the period end, with participants,
 * passed, certified and placed; next to the same group's job seekers and vacancy positions (the
 * gap the training is meant to close). Training has no location, so it is always city-wide; the
 * job-seeker and vacancy columns follow the area filter and the skill and education selections.
 * The group selection is highlighted (own dimension).
 */
export const kesenjanganPelatihan: IndicatorDef<KesenjanganParams, KesenjanganPelatihanRow> = {
  id: 'kesenjanganPelatihan',
  label: { id: 'Hasil pelatihan menurut golongan jabatan', en: 'Training output by occupation group' },
  unit: 'orang',
  definition: {
    id:
      'Program pelatihan yang selesai dalam 12 bulan sampai hari terakhir periode, menurut golongan pokok KBJI jabatan sasarannya: ' +
      'peserta, lulus, bersertifikat dan ditempatkan kerja (sebagaimana dilaporkan penyelenggara). Pembanding: pencari kerja ' +
      'aktif dan posisi lowongan pada golongan yang sama. Pelatihan tidak memiliki lokasi, jadi selalu untuk seluruh kota; ' +
      'pencari kerja dan lowongan mengikuti filter wilayah.',
    en:
      'Training programmes that ended in the 12 months up to the last day of the period, by KBJI major group of their target ' +
      'occupation: participants, passed, certified and placed in work (as reported by the provider). For comparison: active ' +
      'job seekers and vacancy positions in the same group. Training has no location, so it is always city-wide; job seekers ' +
      'and vacancies follow the area filter.',
  },
  source: {
    id: 'Program pelatihan UPTD BLKI Bontang, Disnaker dan perusahaan (tabel pelatihan); pendaftaran AK1 dan lowongan Disnaker',
    en: 'Training programmes of UPTD BLKI Bontang, Disnaker and companies (table pelatihan); Disnaker AK1 registrations and vacancies',
  },
  tables: ['pelatihan', 'pencaker', 'lowongan', 'perusahaan', 'wilayah', 'ref_kbji'],
  bases: [...KESENJANGAN_PENCAKER_BASES, KESENJANGAN_LOWONGAN],
  crossfilter: {
    cubes: [KUBUS_KESENJANGAN_PENCAKER, KUBUS_KESENJANGAN_LOWONGAN],
    // training takes no selection (kept from the frame); the groups under a selection are among those without
    answer(frame, [orang, lowongan], p) {
      const j = supplyDemand(orang, lowongan, p, 'kbji_golongan', 'kbji', frame.map((r) => r.kbji_golongan));
      return frame
        .map((r) => ({
          ...r,
          pencaker: j.pencaker.get(r.kbji_golongan) ?? 0,
          posisi: j.posisi.get(r.kbji_golongan) ?? 0,
          posisi_12bln: j.posisi12.get(r.kbji_golongan) ?? 0,
        }))
        .filter((r) => r.program > 0 || r.pencaker > 0 || r.posisi > 0 || r.posisi_12bln > 0);
    },
  },
  sql: (p) =>
    bound(sql`
WITH w AS ${windowRelation(p.periode)},
t AS (
  SELECT coalesce(t.kbji_golongan, ${KBJI_TIDAK_DIKETAHUI}) AS kbji_golongan, count(*) AS program, sum(t.peserta) AS peserta,
         sum(coalesce(t.lulus, 0)) AS lulus, sum(coalesce(t.bersertifikat, 0)) AS bersertifikat,
         sum(coalesce(t.ditempatkan, 0)) AS ditempatkan, 0 AS pencaker, 0 AS posisi, 0 AS posisi_12bln
  FROM pelatihan t, w
  WHERE t.selesai > w.awal AND t.selesai <= w.d
  GROUP BY 1
),
s AS (
  SELECT CAST(a.kbji_golongan AS VARCHAR) AS kbji_golongan, 0 AS program, NULL AS peserta, 0 AS lulus, 0 AS bersertifikat,
         0 AS ditempatkan, sum(a.n) AS pencaker, 0 AS posisi, 0 AS posisi_12bln
  FROM ${pencakerFrom(p.pilih, 'kbji', areaFilter('a.kode_kelurahan', p))}
  GROUP BY a.kbji_golongan
),
d AS (
  SELECT CAST(v.kbji_golongan AS VARCHAR) AS kbji_golongan, 0 AS program, NULL AS peserta, 0 AS lulus, 0 AS bersertifikat,
         0 AS ditempatkan, 0 AS pencaker,
         coalesce(sum(v.jumlah) FILTER (WHERE v.buka), 0) AS posisi,
         coalesce(sum(v.jumlah) FILTER (WHERE v.baru), 0) AS posisi_12bln
  FROM {{kesenjangan_lowongan}} v
  WHERE v.dibuka ${areaFilter('v.kode_kelurahan', p)} ${selectionWhere(p.pilih, { supported: SUPPLY_DEMAND_DIMS, exclude: 'kbji', alias: 'v' })}
  GROUP BY v.kbji_golongan
),
g AS (
  SELECT kbji_golongan, sum(program) AS program, sum(peserta) AS peserta, sum(lulus) AS lulus,
         sum(bersertifikat) AS bersertifikat, sum(ditempatkan) AS ditempatkan, sum(pencaker) AS pencaker,
         sum(posisi) AS posisi, sum(posisi_12bln) AS posisi_12bln
  FROM (SELECT * FROM t UNION ALL SELECT * FROM s UNION ALL SELECT * FROM d)
  GROUP BY 1
)
SELECT g.kbji_golongan, r.nama,
       CAST(g.program AS INTEGER) AS program, CAST(coalesce(g.peserta, 0) AS INTEGER) AS peserta,
       CAST(g.lulus AS INTEGER) AS lulus, CAST(g.bersertifikat AS INTEGER) AS bersertifikat,
       CAST(g.ditempatkan AS INTEGER) AS ditempatkan, CAST(g.pencaker AS INTEGER) AS pencaker,
       CAST(g.posisi AS INTEGER) AS posisi, CAST(g.posisi_12bln AS INTEGER) AS posisi_12bln
FROM g
LEFT JOIN ref_kbji r ON r.kode = g.kbji_golongan
WHERE g.program > 0 OR g.pencaker > 0 OR g.posisi > 0 OR g.posisi_12bln > 0
ORDER BY g.kbji_golongan = ${KBJI_TIDAK_DIKETAHUI}, g.kbji_golongan`),
};
