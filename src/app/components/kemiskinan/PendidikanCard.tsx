import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kemiskinanPendidikan } from '../../../core/indicators/kemiskinan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { COLOURS } from '../charts/palette';
import { BarChart, ChartCard } from '../views';

/** Education of the target group (desil 1-4, or the selected deciles); bars select the education (dimension 'pend'). */
export function PendidikanCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanPendidikan, view.paramsFor('pend'));
  const data = useMemo(() => q.data ?? [], [q.data]);
  const rows = useMemo(() => data.map((r) => ({ key: r.pendidikan, label: r.nama, value: r.nilai })), [data]);
  const title = view.selections.desil?.length ? t('pendidikan.titleChosen') : t('pendidikan.title');
  return (
    <ChartCard
      title={title}
      subtitle={t('subtitlePeople', { month: fmt.month(view.filters.periode) })}
      info={kemiskinanPendidikan}
      query={q}
      isEmpty={(d) => d.every((r) => r.nilai === 0)}
      testId="chart-kemiskinanPendidikan"
      table={{
        columns: [
          { key: 'nama', label: t('pendidikan.colPend') },
          { key: 'nilai', label: t('pendidikan.colPeople') },
          { key: 'persen', label: t('pendidikan.colShare'), format: (v) => (v == null ? '–' : fmt.percent(v as number)) },
        ],
        rows: data,
        rowKey: (r) => r.pendidikan,
      }}
    >
      <BarChart
        rows={rows}
        title={title}
        unit={t('units.people')}
        dim="pend"
        categoryLabel={t('pendidikan.axis')}
        selected={view.selections.pend}
        onToggle={(key, opts) => view.toggle('pend', key, opts)}
        colour={COLOURS.blue}
        testId="bars-kemiskinan-pendidikan"
      />
    </ChartCard>
  );
}
