import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kemiskinanKeterampilan } from '../../../core/indicators/kemiskinan';
import { TOP_KETERAMPILAN } from '../../../core/indicators/kemiskinan/keterampilan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { COLOURS } from '../charts/palette';
import { BarChart, ChartCard } from '../views';

/**
 * The most common skills of the target group, skills asked for by open vacancies marked ✓;
 * bars select the skill (dimension 'skill').
 */
export function KeterampilanCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanKeterampilan, view.paramsFor('skill'));
  const data = useMemo(() => q.data ?? [], [q.data]);
  const rows = useMemo(
    () =>
      data.map((r) => ({
        key: r.keterampilan,
        label: r.diminta ? t('keterampilan.demanded', { name: r.keterampilan }) : r.keterampilan,
        value: r.nilai,
      })),
    [data, t],
  );
  const title = view.selections.desil?.length ? t('keterampilan.titleChosen') : t('keterampilan.title');
  return (
    <ChartCard
      title={title}
      subtitle={t('keterampilan.subtitle', { n: TOP_KETERAMPILAN, month: fmt.month(view.filters.periode) })}
      info={kemiskinanKeterampilan}
      query={q}
      isEmpty={(d) => d.every((r) => r.nilai === 0)}
      testId="chart-kemiskinanKeterampilan"
      table={{
        columns: [
          { key: 'keterampilan', label: t('keterampilan.colSkill') },
          { key: 'nilai', label: t('keterampilan.colPeople') },
          { key: 'persen', label: t('keterampilan.colShare'), format: (v) => (v == null ? '–' : fmt.percent(v as number)) },
          { key: 'diminta', label: t('keterampilan.colDemanded'), format: (v) => (v ? t('keterampilan.yes') : t('keterampilan.no')) },
        ],
        rows: data,
        rowKey: (r) => r.keterampilan,
      }}
      footer={<p className="muted">{t('keterampilan.legend')}</p>}
    >
      <BarChart
        rows={rows}
        title={title}
        unit={t('units.people')}
        dim="skill"
        categoryLabel={t('keterampilan.axis')}
        selected={view.selections.skill}
        onToggle={(key, opts) => view.toggle('skill', key, opts)}
        colour={COLOURS.green}
        testId="bars-kemiskinan-keterampilan"
      />
    </ChartCard>
  );
}
