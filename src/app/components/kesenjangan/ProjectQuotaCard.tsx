import { useTranslation } from 'react-i18next';
import { kesenjanganLokalProyek, type KesenjanganParams } from '../../../core/indicators/kesenjangan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { QuotaBar } from '../kpi/QuotaBar';
import { ChartCard } from '../views';

/** Local share of filled positions per project (each against its own quota) and for the other vacancies. */
export function ProjectQuotaCard({ params }: { params: KesenjanganParams }) {
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganLokalProyek, params);
  const rows = (q.data ?? []).map((r) => ({ ...r, label: r.jenis === 'lainnya' ? t('proyek.lainnya') : (r.proyek ?? '') }));
  const pct = (v: number | null) => (v == null ? '–' : fmt.percent(v));
  return (
    <ChartCard
      title={t('proyek.title')}
      subtitle={t('proyek.subtitle')}
      info={kesenjanganLokalProyek}
      query={q}
      testId={`chart-${kesenjanganLokalProyek.id}`}
      table={{
        columns: [
          { key: 'label', label: t('proyek.colProyek') },
          { key: 'kuota', label: t('proyek.colKuota'), format: (v) => fmt.percent(v as number, { digits: 0 }) },
          { key: 'lowongan', label: t('proyek.colLowongan') },
          { key: 'posisi', label: t('sulit.colPosisi') },
          { key: 'terisi', label: t('proyek.colTerisi') },
          { key: 'terisi_lokal', label: t('proyek.colLokal') },
          { key: 'persen', label: t('proyek.colPersen'), format: (v) => pct(v as number | null) },
        ],
        rows,
        rowKey: (r) => r.proyek ?? r.jenis,
      }}
    >
      <ul className="project-list">
        {rows.map((r) => {
          const met = r.persen != null && r.persen >= r.kuota;
          const kuota = fmt.percent(r.kuota, { digits: 0 });
          return (
            <li key={r.proyek ?? r.jenis} className="project-row" data-testid={`proyek-${r.jenis}`}>
              <p className="project-head">
                <strong>{r.label}</strong>
                <span className={`project-status ${met ? 'is-met' : 'is-below'}`}>
                  <span data-value={r.persen ?? ''} data-testid="proyek-persen">
                    {r.persen == null ? t('proyek.noFill') : t('proyek.value', { persen: pct(r.persen), kuota })}
                  </span>
                  {r.persen == null ? null : <> · {met ? t('proyek.met') : t('proyek.notMet')}</>}
                </span>
              </p>
              <QuotaBar value={r.persen ?? 0} quota={r.kuota} label={t('proyek.bar', { name: r.label, persen: pct(r.persen), kuota })} />
              <p className="muted small project-detail">
                {t('proyek.detail', {
                  lokal: fmt.number(r.terisi_lokal),
                  terisi: fmt.number(r.terisi),
                  lowongan: fmt.number(r.lowongan),
                  posisi: fmt.number(r.posisi),
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </ChartCard>
  );
}
