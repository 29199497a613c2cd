import { areaFilter, bound, checkPeriode, sql } from '../sql';
import type { IndicatorDef } from '../types';
import { KESENJANGAN_PERUSAHAAN } from './bases-lowongan';
import { KUOTA_LOKAL_MIN_PERSEN, KUOTA_LOKAL_PERSEN, type KesenjanganParams } from './common';

/** Local-hire share of one KBLI section. */
export interface KesenjanganLokalSektorRow {
  /** KBLI 2020 section letter (KBLI 2025 letters mapped, see common.ts); 'tanpa' when not coded. */
  kbli_seksi: string;
  /** KBLI 2020 section name (ref_kbli). */
  nama: string | null;
  perusahaan: number;
  /** Of which coded in KBLI 2025 in the source. */
  perusahaan_kbli2025: number;
  pekerja: number;
  lokal: number;
  /** lokal / pekerja, percent; null when no workers. */
  persen: number | null;
  /** Quota the share is compared with (Perda 10/2018, 75). */
  kuota: number;
  /** Companies below 75% and below 70% local workers. */
  di_bawah_kuota: number;
  di_bawah_70: number;
}

/**
 * Share of workers with a Bontang KTP by sector (KBLI section harmonised to KBLI 2020, so
 * companies coded in either version land in one row), against the 75% quota, with the number of
 * companies below 75% and below 70%. Current state of the company table (the period does not
 * change it). Area: the company's kelurahan. The sector selection is highlighted (own dimension).
 */
export const kesenjanganLokalSektor: IndicatorDef<KesenjanganParams, KesenjanganLokalSektorRow> = {
  id: 'kesenjanganLokalSektor',
  label: { id: 'Pekerja lokal menurut sektor', en: 'Local workers by sector' },
  unit: '%',
  definition: {
    id:
      'Per seksi KBLI: pekerja ber-KTP Bontang dibagi seluruh pekerja perusahaan yang terdata (kondisi terakhir dalam snapshot), ' +
      `dibandingkan kuota ${KUOTA_LOKAL_PERSEN}% (Perda Kota Bontang 10/2018; sebagian sumber menyebut minimal ` +
      `${KUOTA_LOKAL_MIN_PERSEN}%). Perusahaan berkode KBLI 2025 dipetakan ke seksi KBLI 2020 lewat golongan pokok (2 digit) ` +
      'yang sama; mulai seksi J hurufnya berbeda antarversi. Wilayah: kelurahan lokasi perusahaan.',
    en:
      'By KBLI section: workers with a Bontang ID card divided by all workers of the recorded companies (latest state in the ' +
      `snapshot), against the ${KUOTA_LOKAL_PERSEN}% quota (Bontang Perda 10/2018; some sources cite a minimum of ` +
      `${KUOTA_LOKAL_MIN_PERSEN}%). Companies coded in KBLI 2025 are mapped to KBLI 2020 sections through the shared 2-digit ` +
      "divisions; from section J on the letters differ between versions. Area: the company's kelurahan.",
  },
  source: {
    id: 'Data perusahaan Disnaker Kota Bontang; KBLI 2020 (Peraturan BPS 2/2020) dan KBLI 2025 (Peraturan BPS 7/2025); Perda Kota Bontang 10/2018',
    en: 'Disnaker Kota Bontang company data; KBLI 2020 (BPS Regulation 2/2020) and KBLI 2025 (BPS Regulation 7/2025); Bontang Perda 10/2018',
  },
  tables: ['perusahaan', 'wilayah', 'ref_kbli'],
  bases: [KESENJANGAN_PERUSAHAAN],
  sql: (p) => {
    checkPeriode(p.periode);
    return bound(sql`
SELECT c.kbli_seksi, any_value(r.nama) AS nama, CAST(count(*) AS INTEGER) AS perusahaan,
       CAST(count(*) FILTER (WHERE c.kbli_versi = 2025) AS INTEGER) AS perusahaan_kbli2025,
       CAST(sum(c.jumlah_pekerja) AS INTEGER) AS pekerja, CAST(sum(c.pekerja_lokal) AS INTEGER) AS lokal,
       CAST(100.0 * sum(c.pekerja_lokal) / NULLIF(sum(c.jumlah_pekerja), 0) AS DOUBLE) AS persen,
       CAST(${KUOTA_LOKAL_PERSEN} AS DOUBLE) AS kuota,
       CAST(count(*) FILTER (WHERE 100 * c.pekerja_lokal < ${KUOTA_LOKAL_PERSEN} * c.jumlah_pekerja) AS INTEGER) AS di_bawah_kuota,
       CAST(count(*) FILTER (WHERE 100 * c.pekerja_lokal < ${KUOTA_LOKAL_MIN_PERSEN} * c.jumlah_pekerja) AS INTEGER) AS di_bawah_70
FROM {{kesenjangan_perusahaan}} c
LEFT JOIN ref_kbli r ON r.versi = 2020 AND r.seksi = c.kbli_seksi
WHERE TRUE ${areaFilter('c.kode_kelurahan', p)}
GROUP BY 1
ORDER BY pekerja DESC, 1`);
  },
};
