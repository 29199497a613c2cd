import { selectionWhere } from '../dimensions';
import { areaFilter, bound, checkPeriode, sql } from '../sql';
import type { CrossfilterForm, IndicatorDef } from '../types';
import { KESENJANGAN_PERUSAHAAN } from './bases-lowongan';
import { COMPANY_DIMS, KUOTA_LOKAL_MIN_PERSEN, KUOTA_LOKAL_PERSEN, type KesenjanganParams } from './common';

/** A company below the local-hire quota. */
export interface KesenjanganLokalPerusahaanRow {
  id_perusahaan: string;
  nama_perusahaan: string;
  /** KBLI 2020 section (harmonised) and the section and version as coded. */
  kbli_seksi: string;
  kbli_seksi_asli: string | null;
  kbli_versi: number;
  kode_kelurahan: string | null;
  nama_kelurahan: string | null;
  pekerja: number;
  lokal: number;
  /** lokal / pekerja, percent. */
  persen: number;
  /** Percentage points below the 75% quota. */
  selisih_poin: number;
  /** Local workers missing to reach 75%: ceil(0.75 × pekerja) − lokal. */
  kekurangan: number;
  /** Also below the 70% some sources cite. */
  di_bawah_70: boolean;
  /** Signed the 2025 recruitment MoU. */
  mou: boolean;
}

/**
 * The in-memory answer of `kesenjanganLokalPerusahaan` under a sector selection: the frame's
 * companies of the chosen KBLI sections, in the frame's order (no cube). Checked against the SQL by
 * tests/core/indicators/kesenjangan-crossfilter.test.ts.
 */
export const lokalPerusahaanCrossfilter: CrossfilterForm<KesenjanganParams, KesenjanganLokalPerusahaanRow> = {
  cubes: [],
  answer(frame, _cubes, p) {
    const seksi = p.pilih?.kbli;
    return seksi?.length ? frame.filter((r) => seksi.includes(r.kbli_seksi)) : [...frame];
  },
};

/**
 * Companies whose share of Bontang-KTP workers is below the 75% quota, furthest below first
 * (then the larger workforce first), with how many local workers they lack to reach it. Filters:
 * area (company kelurahan) and the sector selection (KBLI 2020 section, harmonised).
 */
export const kesenjanganLokalPerusahaan: IndicatorDef<KesenjanganParams, KesenjanganLokalPerusahaanRow> = {
  id: 'kesenjanganLokalPerusahaan',
  label: { id: 'Perusahaan di bawah kuota pekerja lokal', en: 'Companies below the local-hire quota' },
  unit: '%',
  definition: {
    id:
      `Perusahaan dengan pekerja ber-KTP Bontang kurang dari ${KUOTA_LOKAL_PERSEN}% seluruh pekerjanya (Perda Kota Bontang ` +
      '10/2018), diurutkan dari yang paling jauh di bawah kuota. Kekurangan = pekerja lokal yang masih diperlukan untuk ' +
      `mencapai ${KUOTA_LOKAL_PERSEN}%. Ditandai juga yang di bawah ${KUOTA_LOKAL_MIN_PERSEN}% (angka yang dipakai sebagian sumber). ` +
      'Kondisi terakhir dalam snapshot, sebagaimana dilaporkan perusahaan.',
    en:
      `Companies with fewer than ${KUOTA_LOKAL_PERSEN}% of their workers holding a Bontang ID card (Bontang Perda 10/2018), ` +
      `furthest below first. Shortfall = local workers still needed to reach ${KUOTA_LOKAL_PERSEN}%. Companies below ` +
      `${KUOTA_LOKAL_MIN_PERSEN}% (the figure some sources use) are flagged. Latest state in the snapshot, as reported by the companies.`,
  },
  source: {
    id: 'Data perusahaan Disnaker Kota Bontang; kuota: Perda Kota Bontang 10/2018',
    en: 'Disnaker Kota Bontang company data; quota: Bontang Perda 10/2018',
  },
  tables: ['perusahaan', 'wilayah'],
  bases: [KESENJANGAN_PERUSAHAAN],
  crossfilter: lokalPerusahaanCrossfilter,
  sql: (p) => {
    checkPeriode(p.periode);
    return bound(sql`
SELECT c.id_perusahaan, c.nama_perusahaan, c.kbli_seksi, c.kbli_seksi_asli, CAST(c.kbli_versi AS INTEGER) AS kbli_versi,
       c.kode_kelurahan, w.nama_kelurahan,
       CAST(c.jumlah_pekerja AS INTEGER) AS pekerja, CAST(c.pekerja_lokal AS INTEGER) AS lokal,
       CAST(100.0 * c.pekerja_lokal / c.jumlah_pekerja AS DOUBLE) AS persen,
       CAST(${KUOTA_LOKAL_PERSEN} - 100.0 * c.pekerja_lokal / c.jumlah_pekerja AS DOUBLE) AS selisih_poin,
       CAST(ceil(c.jumlah_pekerja * ${KUOTA_LOKAL_PERSEN} / 100.0) - c.pekerja_lokal AS INTEGER) AS kekurangan,
       100 * c.pekerja_lokal < ${KUOTA_LOKAL_MIN_PERSEN} * c.jumlah_pekerja AS di_bawah_70,
       c.mou
FROM {{kesenjangan_perusahaan}} c
LEFT JOIN wilayah w ON w.kode_kelurahan = c.kode_kelurahan
WHERE 100 * c.pekerja_lokal < ${KUOTA_LOKAL_PERSEN} * c.jumlah_pekerja ${areaFilter('c.kode_kelurahan', p)}
  ${selectionWhere(p.pilih, { supported: COMPANY_DIMS, alias: 'c' })}
ORDER BY persen, pekerja DESC, c.id_perusahaan`);
  },
};
