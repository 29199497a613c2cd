import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kesenjanganLokalPerusahaan, type KesenjanganParams } from '../../../core/indicators/kesenjangan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { ChartCard } from '../views';

const TOP = 10;

/**
 * Companies below the 75% local-worker quota, furthest below first, with the local workers they
 * lack. Follows the area filter and the sector selection. The list is the chart here: a table
 * whose numbers carry data-value.
 */
export function CompanyListCard({ params, span = 1 }: { params: KesenjanganParams; span?: 1 | 2 }) {
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganLokalPerusahaan, params);
  const [all, setAll] = useState(false);
  const rows = q.data ?? [];
  const shown = all ? rows : rows.slice(0, TOP);
  return (
    <ChartCard
      title={t('perusahaan.title')}
      subtitle={t('perusahaan.subtitle', { n: fmt.number(rows.length) })}
      info={kesenjanganLokalPerusahaan}
      query={q}
      isEmpty={() => false}
      span={span}
      testId={`chart-${kesenjanganLokalPerusahaan.id}`}
      footer={t('perusahaan.shortfallNote')}
    >
      {rows.length === 0 ? (
        <p className="note" data-testid="company-none">
          {t('perusahaan.empty')}
        </p>
      ) : null}
      <div className="gap-table-wrap" hidden={rows.length === 0}>
        <table className="gap-table" data-testid="company-table">
          <caption className="visually-hidden">{t('perusahaan.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('perusahaan.colNama')}</th>
              <th scope="col">{t('perusahaan.colSektor')}</th>
              <th scope="col">{t('perusahaan.colKelurahan')}</th>
              <th scope="col" className="num">{t('perusahaan.colPekerja')}</th>
              <th scope="col" className="num">{t('perusahaan.colPersen')}</th>
              <th scope="col" className="num">{t('perusahaan.colKurang')}</th>
              <th scope="col">{t('perusahaan.colMou')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id_perusahaan} data-testid={`company-${r.id_perusahaan}`}>
                <th scope="row">{r.nama_perusahaan}</th>
                <td title={r.kbli_versi === 2025 ? t('perusahaan.versi', { versi: r.kbli_versi, seksi: r.kbli_seksi_asli ?? '' }) : undefined}>
                  {r.kbli_seksi}
                  {r.kbli_versi === 2025 && r.kbli_seksi_asli !== r.kbli_seksi ? ` (2025: ${r.kbli_seksi_asli})` : ''}
                </td>
                <td>{r.nama_kelurahan ?? '–'}</td>
                <td className="num" data-value={r.pekerja}>{fmt.number(r.pekerja)}</td>
                <td className="num" data-value={r.persen} data-col="persen">
                  {fmt.percent(r.persen)}
                  {r.di_bawah_70 ? <span className="gap-flag"> · {t('perusahaan.below70')}</span> : null}
                </td>
                <td className="num" data-value={r.kekurangan} data-col="kekurangan">{fmt.number(r.kekurangan)}</td>
                <td>{r.mou ? t('perusahaan.ya') : t('perusahaan.tidak')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > TOP ? (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll((v) => !v)} data-testid="company-show-all">
          {all ? t('perusahaan.showLess', { n: TOP }) : t('perusahaan.showAll', { n: fmt.number(rows.length) })}
        </button>
      ) : null}
    </ChartCard>
  );
}
