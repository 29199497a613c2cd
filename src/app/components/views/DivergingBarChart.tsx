import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { useFormat } from '../../format/useFormat';
import { COLOURS } from '../charts/palette';
import { CategoryButtons } from './CategoryButtons';
import { AXIS_STYLE, barItemStyle, escapeHtml, STRIPES_DECAL } from './chart-options';
import { ViewEChart, type ChartItemEvent } from './ViewEChart';
import './views.css';

/** Supply and demand of one category (e.g. a KBJI group: job seekers vs open vacancies). */
export interface DivergingRow {
  key: string;
  label: string;
  supply: number;
  demand: number;
}

/** Supply per unit of demand (3.2 = 3,2 job seekers per vacancy); null without demand. */
export function gapRatio(supply: number, demand: number): number | null {
  return demand > 0 && Number.isFinite(supply) ? supply / demand : null;
}

export interface DivergingBarChartProps {
  rows: DivergingRow[];
  title: string;
  /** Unit of both sides ('orang / posisi'). */
  unit: string;
  /** e.g. "Pencari kerja (pasokan)". */
  supplyLabel: string;
  /** e.g. "Lowongan (permintaan)". */
  demandLabel: string;
  dim?: string;
  categoryLabel?: string;
  selected?: readonly string[];
  onToggle?(key: string, opts: { multi: boolean }): void;
  /** Text of a count (default id-ID number). */
  valueFormat?(value: number): string;
  supplyColour?: string;
  demandColour?: string;
  height?: number;
  testId?: string;
}

/**
 * Supply to the left of the axis and demand to the right, one row per category, with the ratio
 * supply : demand at the right edge ("rasio 3,2 : 1"). Same click and keyboard behaviour as BarChart.
 */
export function DivergingBarChart(props: DivergingBarChartProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const {
    rows,
    title,
    unit,
    supplyLabel,
    demandLabel,
    dim,
    categoryLabel,
    selected = [],
    onToggle,
    supplyColour = COLOURS.blue,
    demandColour = COLOURS.orange,
  } = props;
  const show = useMemo(() => props.valueFormat ?? ((v: number) => fmt.number(v)), [props.valueFormat, fmt]);
  const ratioText = useCallback(
    (r: DivergingRow) => {
      const ratio = gapRatio(r.supply, r.demand);
      return ratio === null ? t('views.diverging.noDemand') : t('views.diverging.ratio', { ratio: fmt.number(ratio, { digits: 1 }) });
    },
    [t, fmt],
  );
  const selectedKey = selected.join('\u0000');

  const option = useMemo<EChartsCoreOption>(() => {
    const chosen = new Set(selected);
    const any = chosen.size > 0;
    const max = Math.max(1, ...rows.map((r) => Math.max(r.supply, r.demand)));
    const bound = max * 1.3;
    const category = {
      ...AXIS_STYLE,
      type: 'category',
      inverse: true,
      splitLine: { show: false },
      axisLine: { show: false },
    };
    return {
      animation: false,
      grid: { left: 8, right: 8, top: 8, bottom: 36 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (params: unknown) => {
          const list = (Array.isArray(params) ? params : [params]) as Array<{ dataIndex: number }>;
          const r = rows[list[0]?.dataIndex ?? -1];
          if (!r) return '';
          return [
            `<strong>${escapeHtml(r.label)}</strong>`,
            `${escapeHtml(supplyLabel)}: ${escapeHtml(show(r.supply))}`,
            `${escapeHtml(demandLabel)}: ${escapeHtml(show(r.demand))}`,
            escapeHtml(ratioText(r)),
          ].join('<br/>');
        },
      },
      xAxis: {
        ...AXIS_STYLE,
        type: 'value',
        min: -bound,
        max: bound,
        name: unit,
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { color: COLOURS.muted, formatter: (v: number) => show(Math.abs(v)), showMinLabel: false, showMaxLabel: false },
      },
      yAxis: [
        { ...category, data: rows.map((r) => r.label), axisLabel: { color: COLOURS.ink, width: 150, overflow: 'truncate' } },
        {
          ...category,
          position: 'right',
          data: rows.map((r) => ratioText(r)),
          axisLabel: { color: COLOURS.muted, fontSize: 11 },
        },
      ],
      series: [
        {
          type: 'bar',
          name: supplyLabel,
          stack: 'gap',
          barMaxWidth: 22,
          label: { show: true, position: 'left', color: COLOURS.ink, fontSize: 11, formatter: (p: { value: number }) => show(Math.abs(p.value)) },
          data: rows.map((r) => ({ value: -r.supply, itemStyle: barItemStyle(supplyColour, chosen.has(r.key), any) })),
        },
        {
          type: 'bar',
          name: demandLabel,
          stack: 'gap',
          barMaxWidth: 22,
          label: { show: true, position: 'right', color: COLOURS.ink, fontSize: 11, formatter: (p: { value: number }) => show(p.value) },
          data: rows.map((r) => ({
            value: r.demand,
            itemStyle: barItemStyle(demandColour, chosen.has(r.key), any, { decal: STRIPES_DECAL }),
          })),
        },
      ],
    };
    // selectedKey stands for `selected`, whose identity may change on every render.
  }, [rows, selectedKey, unit, supplyLabel, demandLabel, show, ratioText, supplyColour, demandColour]);

  const rowText = (r: DivergingRow) =>
    t('views.diverging.row', {
      label: r.label,
      supplyLabel,
      supply: show(r.supply),
      demandLabel,
      demand: show(r.demand),
      ratio: ratioText(r),
    });
  const description = t('views.diverging.description', { title, unit, values: rows.map(rowText).join('; ') });
  const onItemClick = useCallback(
    (e: ChartItemEvent) => {
      const r = rows[e.dataIndex];
      if (r && onToggle) onToggle(r.key, { multi: e.multi });
    },
    [rows, onToggle],
  );

  return (
    <div className="diverging-chart" data-testid={props.testId}>
      <ul className="series-legend series-legend--split" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: supplyColour }} />
          {supplyLabel} ←
        </li>
        <li>
          → {demandLabel}
          <span className="swatch swatch--striped" style={{ background: demandColour }} />
        </li>
      </ul>
      <ViewEChart
        option={option}
        description={description}
        height={props.height ?? Math.max(160, rows.length * 30 + 56)}
        onItemClick={onToggle ? onItemClick : undefined}
      />
      {onToggle ? (
        <CategoryButtons
          items={rows.map((r) => ({
            key: r.key,
            label: r.label,
            detail: `${show(r.supply)} : ${show(r.demand)} · ${ratioText(r)}`,
            data: { supply: r.supply, demand: r.demand, ratio: gapRatio(r.supply, r.demand) },
          }))}
          selected={selected}
          onToggle={onToggle}
          label={t('views.bar.buttons', { subject: categoryLabel ?? title })}
          dim={dim}
        />
      ) : null}
    </div>
  );
}
