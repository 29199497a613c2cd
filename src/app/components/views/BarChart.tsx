import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { useFormat } from '../../format/useFormat';
import { COLOURS } from '../charts/palette';
import { CategoryButtons } from './CategoryButtons';
import { AXIS_STYLE, barItemStyle, escapeHtml, STRIPES_DECAL } from './chart-options';
import { ViewEChart, type ChartItemEvent } from './ViewEChart';
import './views.css';

/** One category of a bar chart. */
export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** A second value (e.g. "of whom poor"), drawn striped, stacked or side by side. */
  secondary?: number;
}

export interface BarChartProps {
  rows: BarRow[];
  /** Subject of the chart (used in its text alternative). */
  title: string;
  /** Unit of the values: the value-axis name ('orang', '%'). */
  unit: string;
  /** Dimension the categories belong to (test ids `bar-<dim>-<key>`). */
  dim?: string;
  /** Name of the category axis and of the keyboard group, e.g. "Pendidikan". */
  categoryLabel?: string;
  selected?: readonly string[];
  /** Click on a bar (multi when Ctrl/Cmd/Shift is held) or a keyboard button (always multi). */
  onToggle?(key: string, opts: { multi: boolean }): void;
  /** Full text of a value in labels, tooltip and buttons (default id-ID number + unit). */
  valueFormat?(value: number): string;
  /** Axis tick labels (default id-ID number). */
  axisFormat?(value: number): string;
  orientation?: 'horizontal' | 'vertical';
  colour?: string;
  secondaryColour?: string;
  /** Names of the two series when rows have `secondary`. */
  seriesNames?: { value: string; secondary: string };
  /** Secondary stacked on the value (default) or drawn beside it. */
  stacked?: boolean;
  height?: number;
  testId?: string;
}

/**
 * Bars for one categorical dimension. Clicking a bar (or its button in the list under the chart)
 * toggles the category; chosen bars are outlined and the others fade. The list of buttons is
 * the keyboard route and the legend. ECharts SVG; id-ID numbers; the unit names the value axis.
 */
export function BarChart(props: BarChartProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const {
    rows,
    title,
    unit,
    dim,
    categoryLabel,
    selected = [],
    onToggle,
    orientation = 'horizontal',
    colour = COLOURS.blue,
    secondaryColour = COLOURS.orange,
    stacked = true,
  } = props;
  const show = useMemo(
    () => props.valueFormat ?? ((v: number) => (unit && unit !== '%' ? `${fmt.number(v)} ${unit}` : unit === '%' ? fmt.percent(v) : fmt.number(v))),
    [props.valueFormat, unit, fmt],
  );
  const axis = useMemo(() => props.axisFormat ?? ((v: number) => fmt.number(v)), [props.axisFormat, fmt]);
  const hasSecondary = rows.some((r) => r.secondary !== undefined);
  const horizontal = orientation === 'horizontal';
  const selectedKey = selected.join('\u0000');

  const option = useMemo<EChartsCoreOption>(() => {
    const chosen = new Set(selected);
    const any = chosen.size > 0;
    const categoryAxis = {
      ...AXIS_STYLE,
      type: 'category',
      data: rows.map((r) => r.label),
      inverse: horizontal,
      name: horizontal ? undefined : categoryLabel,
      nameLocation: 'middle',
      nameGap: 28,
      splitLine: { show: false },
      axisLabel: horizontal
        ? // interval 0: every category has its row (the chart grows with them); an automatic interval
          // would make ECharts measure every label again on each cross-filter update
          { color: COLOURS.ink, interval: 0, width: 150, overflow: 'truncate' }
        : { color: COLOURS.ink, interval: 0, width: 80, overflow: 'truncate', hideOverlap: true },
    };
    const valueAxis = {
      ...AXIS_STYLE,
      type: 'value',
      min: 0,
      name: unit,
      nameLocation: 'middle',
      nameGap: horizontal ? 26 : 44,
      axisLabel: { color: COLOURS.muted, formatter: axis },
    };
    const label = {
      show: !hasSecondary || !stacked,
      position: horizontal ? 'right' : 'top',
      color: COLOURS.ink,
      fontSize: 11,
      formatter: (p: { value: number }) => show(p.value),
    };
    const series: unknown[] = [
      {
        type: 'bar',
        name: props.seriesNames?.value ?? title,
        stack: hasSecondary && stacked ? 'total' : undefined,
        barMaxWidth: 24,
        label,
        data: rows.map((r) => ({ value: r.value, itemStyle: barItemStyle(colour, chosen.has(r.key), any) })),
      },
    ];
    if (hasSecondary) {
      series.push({
        type: 'bar',
        name: props.seriesNames?.secondary ?? '',
        stack: stacked ? 'total' : undefined,
        barMaxWidth: 24,
        label: { ...label, show: !stacked },
        data: rows.map((r) => ({
          value: r.secondary ?? 0,
          itemStyle: barItemStyle(secondaryColour, chosen.has(r.key), any, { decal: STRIPES_DECAL }),
        })),
      });
    }
    return {
      animation: false,
      grid: horizontal ? { left: 8, right: 56, top: 8, bottom: 36 } : { left: 56, right: 12, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (params: unknown) => {
          const list = (Array.isArray(params) ? params : [params]) as Array<{ dataIndex: number }>;
          const r = rows[list[0]?.dataIndex ?? -1];
          if (!r) return '';
          const lines = [`<strong>${escapeHtml(r.label)}</strong>`];
          if (hasSecondary && props.seriesNames) {
            lines.push(`${escapeHtml(props.seriesNames.value)}: ${escapeHtml(show(r.value))}`);
            lines.push(`${escapeHtml(props.seriesNames.secondary)}: ${escapeHtml(show(r.secondary ?? 0))}`);
          } else lines.push(escapeHtml(show(r.value)));
          return lines.join('<br/>');
        },
      },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series,
    };
    // selectedKey stands for `selected`, whose identity may change on every render.
  }, [rows, selectedKey, horizontal, categoryLabel, unit, axis, show, hasSecondary, stacked, colour, secondaryColour, title, props.seriesNames]);

  const description = t('views.bar.description', {
    title,
    unit,
    values: rows
      .map((r) => `${r.label} ${show(r.value)}${hasSecondary && props.seriesNames ? ` (${props.seriesNames.secondary} ${show(r.secondary ?? 0)})` : ''}`)
      .join('; '),
  });

  const onItemClick = useCallback(
    (e: ChartItemEvent) => {
      const r = rows[e.dataIndex];
      if (r && onToggle) onToggle(r.key, { multi: e.multi });
    },
    [rows, onToggle],
  );

  const height = props.height ?? (horizontal ? Math.max(140, rows.length * 28 + 56) : 280);
  return (
    <div className="bar-chart" data-testid={props.testId}>
      {hasSecondary && props.seriesNames ? (
        <ul className="series-legend" aria-hidden="true">
          <li>
            <span className="swatch" style={{ background: colour }} />
            {props.seriesNames.value}
          </li>
          <li>
            <span className="swatch swatch--striped" style={{ background: secondaryColour }} />
            {props.seriesNames.secondary}
          </li>
        </ul>
      ) : null}
      <ViewEChart option={option} description={description} height={height} onItemClick={onToggle ? onItemClick : undefined} />
      {onToggle ? (
        <CategoryButtons
          items={rows.map((r) => ({ key: r.key, label: r.label, detail: show(r.value), data: { value: r.value, secondary: r.secondary } }))}
          selected={selected}
          onToggle={onToggle}
          label={t('views.bar.buttons', { subject: categoryLabel ?? title })}
          dim={dim}
        />
      ) : null}
    </div>
  );
}
