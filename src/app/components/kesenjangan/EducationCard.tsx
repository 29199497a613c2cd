import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kesenjanganPendidikan, type KesenjanganParams, type Permintaan } from '../../../core/indicators/kesenjangan';
import { COLOURS } from '../charts/palette';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { BarChart, ChartCard } from '../views';
import { pendidikanLabel } from './labels';

/**
 * Education of job seekers against the minimum education of positions, each as a share of its own
 * total (side-by-side bars, levels in ref_pendidikan order). Click = select the level.
 */
export function EducationCard(props: { view: ViewState; params: KesenjanganParams; permintaan: Permintaan; periodText: string }) {
  const { view, params, permintaan, periodText } = props;
  const { t } = useTranslation('kesenjangan');
  const fmt = useFormat();
  const q = useIndicator(kesenjanganPendidikan, params);
  const twelve = permintaan === 'dibuka12';
  const rows = useMemo(
    () =>
      (q.data ?? []).map((r) => ({
        key: r.pendidikan,
        label: pendidikanLabel(r.pendidikan, r.nama, t),
        value: r.pencaker_persen ?? 0,
        secondary: (twelve ? r.posisi_12bln_persen : r.posisi_persen) ?? 0,
      })),
    [q.data, twelve, t],
  );
  const pct = (v: unknown) => (v == null ? '–' : fmt.percent(v as number));
  return (
    <ChartCard
      title={t('pendidikan.title')}
      subtitle={t('pendidikan.subtitle', { period: periodText })}
      info={kesenjanganPendidikan}
      query={q}
      testId={`chart-${kesenjanganPendidikan.id}`}
      footer={t('pendidikan.note')}
      table={{
        columns: [
          { key: 'label', label: t('labels.pendidikan') },
          { key: 'pencaker', label: t('labels.supply') },
          { key: 'pencaker_persen', label: t('pendidikan.colPencakerPersen'), format: pct },
          { key: 'posisi', label: t('labels.demandTerbuka') },
          { key: 'posisi_persen', label: t('pendidikan.colPosisiPersen'), format: pct },
          { key: 'posisi_12bln', label: t('labels.demand12') },
          { key: 'posisi_12bln_persen', label: `${t('labels.demand12')} (%)`, format: pct },
        ],
        rows: (q.data ?? []).map((r) => ({ ...r, label: pendidikanLabel(r.pendidikan, r.nama, t) })),
        rowKey: (r) => r.pendidikan,
      }}
    >
      <BarChart
        rows={rows}
        title={t('pendidikan.title')}
        unit="%"
        dim="pend"
        categoryLabel={t('pendidikan.category')}
        selected={view.selections.pend}
        onToggle={(key, o) => view.toggle('pend', key, o)}
        seriesNames={{ value: t('pendidikan.seriesSupply'), secondary: t('pendidikan.seriesDemand') }}
        stacked={false}
        colour={COLOURS.blue}
        secondaryColour={COLOURS.orange}
        valueFormat={(v) => fmt.percent(v)}
        axisFormat={(v) => `${fmt.number(v)}%`}
        testId="bar-pendidikan"
      />
    </ChartCard>
  );
}
