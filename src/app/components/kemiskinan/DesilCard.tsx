import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { kemiskinanPerDesil, type KemiskinanDesilRow } from '../../../core/indicators/kemiskinan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { COLOURS } from '../charts/palette';
import { CategoryButtons, ChartCard, ViewEChart, type ChartItemEvent } from '../views';
import { AXIS_STYLE, barItemStyle, escapeHtml, STRIPES_DECAL } from '../views/chart-options';
import { DESIL_MISKIN, desilGroup, desilLabel, isPoorSelection } from './labels';

const GROUP_COLOUR = { poor: COLOURS.vermillion, other: COLOURS.blue, none: COLOURS.muted } as const;

/**
 * Active job seekers by DTSEN decile (1-10, in DTSEN without a decile, not found). Clicking a bar
 * or its button selects the decile (dimension 'desil'); one button selects deciles 1-4 at once.
 * Deciles 1-4 are vermillion and striped, 5-10 blue, the rest grey, with a legend in words.
 */
export function DesilCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanPerDesil, view.paramsFor('desil'));
  const rows = useMemo(() => q.data ?? [], [q.data]);
  // "not found in DTSEN" is most job seekers: drawn, it would flatten the deciles, so it is stated
  // in words above the chart and stays selectable through its button
  const bars = useMemo(() => rows.filter((r) => r.desil_kat !== 'luar'), [rows]);
  const luar = rows.find((r) => r.desil_kat === 'luar');
  const selected = useMemo(() => view.selections.desil ?? [], [view.selections.desil]);
  const show = useCallback(
    (r: KemiskinanDesilRow) => `${fmt.number(r.nilai)} ${t('units.people')} (${r.persen == null ? '–' : fmt.percent(r.persen)})`,
    [fmt, t],
  );
  const title = t('desil.title');

  const option = useMemo<EChartsCoreOption>(() => {
    const chosen = new Set(selected);
    const any = chosen.size > 0;
    return {
      animation: false,
      grid: { left: 56, right: 12, top: 24, bottom: 56 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (params: unknown) => {
          const list = (Array.isArray(params) ? params : [params]) as Array<{ dataIndex: number }>;
          const r = bars[list[0]?.dataIndex ?? -1];
          return r ? `<strong>${escapeHtml(desilLabel(r.desil_kat, t))}</strong><br/>${escapeHtml(show(r))}` : '';
        },
      },
      xAxis: {
        ...AXIS_STYLE,
        type: 'category',
        data: bars.map((r) => desilLabel(r.desil_kat, t, true)),
        name: t('desil.axis'),
        nameLocation: 'middle',
        nameGap: 36,
        splitLine: { show: false },
        axisLabel: { color: COLOURS.ink, interval: 0, fontSize: 11, width: 64, overflow: 'break' },
      },
      yAxis: {
        ...AXIS_STYLE,
        type: 'value',
        min: 0,
        name: t('units.people'),
        nameLocation: 'middle',
        nameGap: 44,
        axisLabel: { color: COLOURS.muted, formatter: (v: number) => fmt.number(v) },
      },
      series: [
        {
          type: 'bar',
          name: title,
          barMaxWidth: 28,
          label: { show: true, position: 'top', color: COLOURS.ink, fontSize: 10, formatter: (p: { value: number }) => fmt.number(p.value) },
          data: bars.map((r) => {
            const group = desilGroup(r.desil_kat);
            const extra = group === 'poor' ? { decal: STRIPES_DECAL } : {};
            return { value: r.nilai, itemStyle: barItemStyle(GROUP_COLOUR[group], chosen.has(r.desil_kat), any, extra) };
          }),
        },
      ],
    };
  }, [bars, selected, t, fmt, show, title]);

  const onItemClick = useCallback(
    (e: ChartItemEvent) => {
      const r = bars[e.dataIndex];
      if (r) view.toggle('desil', r.desil_kat, { multi: e.multi });
    },
    [bars, view],
  );
  const poorChosen = isPoorSelection(selected);
  const togglePoor = () =>
    view.update({ selections: { ...view.selections, desil: poorChosen ? [] : [...DESIL_MISKIN] } });

  const description = t('desil.title') + ': ' + rows.map((r) => `${desilLabel(r.desil_kat, t)} ${show(r)}`).join('; ') + '.';
  return (
    <ChartCard
      title={title}
      subtitle={t('subtitlePeople', { month: fmt.month(view.filters.periode) })}
      info={kemiskinanPerDesil}
      query={q}
      isEmpty={(d) => d.every((r) => r.nilai === 0)}
      testId="chart-kemiskinanPerDesil"
      minHeight={300}
      actions={
        <button
          type="button"
          className={`button button--quiet${poorChosen ? ' is-pressed' : ''}`}
          aria-pressed={poorChosen}
          data-testid="desil-miskin-toggle"
          onClick={togglePoor}
        >
          {poorChosen ? t('desil.unchoosePoor') : t('desil.choosePoor')}
        </button>
      }
      table={{
        columns: [
          { key: 'desil_kat', label: t('desil.colDesil'), format: (v) => desilLabel(String(v), t) },
          { key: 'nilai', label: t('desil.colPeople') },
          { key: 'persen', label: t('desil.colShare'), format: (v) => (v == null ? '–' : fmt.percent(v as number)) },
        ],
        rows,
        rowKey: (r) => r.desil_kat,
      }}
      footer={<p className="muted">{t('desil.note')}</p>}
    >
      <ul className="series-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--striped" style={{ background: GROUP_COLOUR.poor }} />
          {t('desil.groupPoor')}
        </li>
        <li>
          <span className="swatch" style={{ background: GROUP_COLOUR.other }} />
          {t('desil.groupOther')}
        </li>
        <li>
          <span className="swatch" style={{ background: GROUP_COLOUR.none }} />
          {t('desil.groupNone')}
        </li>
      </ul>
      {luar ? (
        <p className="small kemiskinan-luar" data-testid="desil-luar" data-value={luar.nilai}>
          {t('desil.luarNote', { value: show(luar) })}
        </p>
      ) : null}
      <ViewEChart option={option} description={description} height={280} onItemClick={onItemClick} />
      <CategoryButtons
        items={rows.map((r) => ({
          key: r.desil_kat,
          label: desilLabel(r.desil_kat, t),
          detail: show(r),
          colour: GROUP_COLOUR[desilGroup(r.desil_kat)],
          data: { value: r.nilai, persen: r.persen },
        }))}
        selected={selected}
        onToggle={(key, opts) => view.toggle('desil', key, opts)}
        label={t('desil.buttons')}
        dim="desil"
      />
    </ChartCard>
  );
}
