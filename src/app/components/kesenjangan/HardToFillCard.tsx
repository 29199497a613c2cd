import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kesenjanganSulitDiisi, type KesenjanganParams } from '../../../core/indicators/kesenjangan';
import { COLOURS } from '../charts/palette';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import { BarChart, ChartCard } from '../views';

/** The occupations with the lowest share of positions filled among vacancies closed in the last 12 months. */
export function HardToFillCard({ params, periodText }: { params: KesenjanganParams; periodText: string }) {
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganSulitDiisi, params);
  const name = (r: { kbji_kode: string; nama: string | null }) => (r.nama ? `${r.nama} (${r.kbji_kode})` : r.kbji_kode);
  const rows = useMemo(
    () => (q.data ?? []).map((r) => ({ key: r.kbji_kode, label: name(r), value: r.persen_terisi })),
    [q.data],
  );
  return (
    <ChartCard
      title={t('sulit.title')}
      subtitle={t('sulit.subtitle', { period: periodText })}
      info={kesenjanganSulitDiisi}
      query={q}
      testId={`chart-${kesenjanganSulitDiisi.id}`}
      footer={t('sulit.note')}
      table={{
        columns: [
          { key: 'label', label: t('sulit.colJabatan') },
          { key: 'lowongan', label: t('sulit.colLowongan') },
          { key: 'posisi', label: t('sulit.colPosisi') },
          { key: 'terisi', label: t('sulit.colTerisi') },
          { key: 'persen_terisi', label: t('sulit.colPersen'), format: (v) => fmt.percent(v as number) },
          { key: 'median_hari', label: t('sulit.colMedian'), format: (v) => fmt.number(v as number) },
          { key: 'pencaker', label: t('sulit.colPencaker') },
        ],
        rows: (q.data ?? []).map((r) => ({ ...r, label: name(r) })),
        rowKey: (r) => r.kbji_kode,
      }}
    >
      <BarChart
        rows={rows}
        title={t('sulit.title')}
        unit={t('sulit.unit')}
        colour={COLOURS.vermillion}
        valueFormat={(v) => fmt.percent(v)}
        axisFormat={(v) => `${fmt.number(v)}%`}
        testId="bar-sulit"
      />
      <ul className="gap-details small">
        {(q.data ?? []).map((r) => (
          <li key={r.kbji_kode} data-testid={`sulit-${r.kbji_kode}`}>
            <strong>{name(r)}</strong>:{' '}
            <span data-value={r.persen_terisi}>{fmt.percent(r.persen_terisi)}</span> —{' '}
            {t('sulit.detail', {
              terisi: fmt.number(r.terisi),
              posisi: fmt.number(r.posisi),
              hari: fmt.number(r.median_hari),
              pencaker: fmt.number(r.pencaker),
            })}
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
