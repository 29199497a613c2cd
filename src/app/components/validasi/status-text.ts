import type { TFunction } from 'i18next';
import type { ProgresWilayahRow } from '../../../core/indicators/validasi';
import type { Formatters } from '../../format/useFormat';

type StatusFields = Pick<
  ProgresWilayahRow,
  'status' | 'tanggal_selesai' | 'tanggal_proyeksi' | 'kelurahan' | 'kelurahan_lapor'
>;

/**
 * The completion sentence of an area: "Selesai 14 November 2025", "Perkiraan selesai 9 Januari
 * 2026", or why there is no projection.
 */
export function completionText(r: StatusFields, t: TFunction<'validasi'>, fmt: Formatters): string {
  switch (r.status) {
    case 'selesai':
      return t('status.selesai', { date: fmt.date(r.tanggal_selesai ?? '') });
    case 'berjalan':
      return t('status.berjalan', { date: fmt.date(r.tanggal_proyeksi ?? '') });
    case 'belum-lapor':
      return t('status.belumLapor');
    default:
      return r.kelurahan_lapor < r.kelurahan
        ? t('status.belumSemua', { n: fmt.number(r.kelurahan - r.kelurahan_lapor) })
        : t('status.tanpaLaju');
  }
}

/** "laju 56,3 KK/minggu (rata-rata 28 hari terakhir)", or '' when there is no pace. */
export function paceText(r: Pick<ProgresWilayahRow, 'laju_kk_minggu' | 'laju_hari'>, t: TFunction<'validasi'>, fmt: Formatters): string {
  if (r.laju_kk_minggu == null || r.laju_hari == null) return '';
  return t('status.pace', { value: fmt.number(r.laju_kk_minggu, { digits: 1 }), days: fmt.number(r.laju_hari) });
}
