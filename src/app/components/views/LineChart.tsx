import { useMemo } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import type { EChartsCoreOption } from 'echarts/core';
import { useFormat } from '../../format/useFormat';
import { monthRange } from '../../state/months';
import { COLOURS } from '../charts/palette';
import { AXIS_STYLE, escapeHtml } from './chart-options';
import { echartsDash, SERIES_COLOURS, SERIES_DASHES, SERIES_SYMBOLS, svgDash, type DashStyle } from './colours';
import { ViewEChart } from './ViewEChart';
import './views.css';

export interface LinePoint {
  /** 'YYYY-MM' (xKind 'month'), 'YYYY-MM-DD' (xKind 'date'), or any category text. */
  x: string;
  /** null leaves a gap. */
  y: number | null;
}

export interface LineSeries {
  key: string;
  name: string;
  points: LinePoint[];
  /** Default: SERIES_COLOURS / SERIES_DASHES / SERIES_SYMBOLS by position. */
  colour?: string;
  dash?: DashStyle;
  symbol?: string;
}

export interface LineChartProps {
  series: LineSeries[];
  title: string;
  /** Unit of the values: the value-axis name. */
  unit: string;
  /**
   * 'month' (default): x is 'YYYY-MM', every month between the first and last is on the axis (gaps
   * stay gaps), labels like "Okt 2026". 'date': x is 'YYYY-MM-DD' on a time axis. 'category': as given.
   */
  xKind?: 'month' | 'date' | 'category';
  /** Full text of a value (default id-ID number + unit, or percent when unit is '%'). */
  valueFormat?(value: number): string;
  axisFormat?(value: number): string;
  /** Horizontal target line. */
  target?: { value: number; label?: string };
  /** Keys of series not drawn. */
  hidden?: readonly string[];
  /** Makes the legend items buttons that show/hide a series. */
  onToggleSeries?(key: string): void;
  /** Lower bound of the value axis (default 0; 'auto' fits the data). */
  yMin?: number | 'auto';
  yMax?: number;
  height?: number;
  testId?: string;
}

interface Styled extends LineSeries {
  colour: string;
  dash: DashStyle;
  symbol: string;
}

/** Series with their colour, dash and symbol fixed by position (hiding one does not restyle the rest). */
export function styleSeries(series: readonly LineSeries[]): Styled[] {
  return series.map((s, i) => ({
    ...s,
    colour: s.colour ?? SERIES_COLOURS[i % SERIES_COLOURS.length],
    dash: s.dash ?? SERIES_DASHES[i % SERIES_DASHES.length],
    symbol: s.symbol ?? SERIES_SYMBOLS[i % SERIES_SYMBOLS.length],
  }));
}

/** The category axis: every month from first to last for 'month', else the distinct x in first-seen order. */
export function categoriesOf(series: readonly LineSeries[], xKind: 'month' | 'category'): string[] {
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  if (xKind === 'month') {
    const sorted = [...new Set(xs)].sort();
    return sorted.length ? monthRange(sorted[0], sorted[sorted.length - 1]) : [];
  }
  return [...new Set(xs)];
}

/** A line swatch for the HTML legend: the series' colour, dash pattern and symbol. */
function LineSwatch({ s }: { s: Styled }) {
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" className="line-swatch">
      <line x1="1" y1="6" x2="27" y2="6" stroke={s.colour} strokeWidth="2.5" strokeDasharray={svgDash(s.dash)} />
      {s.symbol.includes('rect') ? (
        <rect x="10.5" y="2.5" width="7" height="7" fill={s.colour} />
      ) : s.symbol === 'triangle' ? (
        <path d="M14 2 L18 10 L10 10 Z" fill={s.colour} />
      ) : s.symbol === 'diamond' ? (
        <path d="M14 1.5 L18 6 L14 10.5 L10 6 Z" fill={s.colour} />
      ) : (
        <circle cx="14" cy="6" r="3.5" fill={s.colour} />
      )}
    </svg>
  );
}

/**
 * Multi-series line chart over months, dates or categories. Each series differs by colour, dash
 * pattern and symbol; the legend is HTML (buttons with aria-pressed when `onToggleSeries` is
 * given; test ids `series-<key>`); an optional target line; gaps for missing values.
 */
export function LineChart(props: LineChartProps) {
  const { t } = useCachedTranslation();
  const fmt = useFormat();
  const { series, title, unit, xKind = 'month', target, hidden = [], onToggleSeries, yMin = 0, yMax } = props;
  const show = useMemo(
    () => props.valueFormat ?? ((v: number) => (unit === '%' ? fmt.percent(v) : unit ? `${fmt.number(v)} ${unit}` : fmt.number(v))),
    [props.valueFormat, unit, fmt],
  );
  const axis = useMemo(() => props.axisFormat ?? ((v: number) => fmt.number(v)), [props.axisFormat, fmt]);
  const styled = useMemo(() => styleSeries(series), [series]);
  const hiddenKey = hidden.join('\u0000');
  const xLabel = useMemo(
    () => (x: string) => (xKind === 'month' ? fmt.month(x, 'short') : xKind === 'date' ? fmt.date(x) : x),
    [xKind, fmt],
  );

  const option = useMemo<EChartsCoreOption>(() => {
    const off = new Set(hidden);
    const visible = styled.filter((s) => !off.has(s.key));
    const cats = xKind === 'date' ? [] : categoriesOf(series, xKind);
    const index = new Map(cats.map((c, i) => [c, i]));
    const out = visible.map((s, i) => {
      let data: unknown[];
      if (xKind === 'date') data = s.points.map((p) => [p.x, p.y]);
      else {
        const arr: Array<number | null> = cats.map(() => null);
        for (const p of s.points) {
          const at = index.get(p.x);
          if (at !== undefined) arr[at] = p.y;
        }
        data = arr;
      }
      return {
        // ids let an update merge into the same series and axes instead of rebuilding them; the
        // position is part of the id, so showing or hiding a series redraws in the same order as
        // a fresh chart
        id: `${i}:${s.key}`,
        type: 'line',
        name: s.name,
        data,
        connectNulls: false,
        symbol: s.symbol,
        symbolSize: 7,
        showAllSymbol: true,
        itemStyle: { color: s.colour },
        lineStyle: { color: s.colour, width: 2.5, type: echartsDash(s.dash) },
        markLine:
          i === 0 && target
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { color: COLOURS.ink, type: 'dashed', width: 1.5 },
                label: {
                  formatter: target.label ?? t('views.line.target', { value: show(target.value) }),
                  position: 'insideEndTop',
                  color: COLOURS.ink,
                },
                data: [{ yAxis: target.value }],
              }
            : undefined,
      };
    });
    return {
      animation: false,
      grid: { id: 'g', left: 56, right: 16, top: 24, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (params: unknown) => {
          const list = (Array.isArray(params) ? params : [params]) as Array<{
            seriesIndex: number;
            dataIndex: number;
            axisValue?: string | number;
            value: unknown;
          }>;
          if (list.length === 0) return '';
          const head =
            xKind === 'date'
              ? xLabel(String((list[0].value as [string, number | null])[0]))
              : xLabel(cats[list[0].dataIndex] ?? String(list[0].axisValue ?? ''));
          const lines = list.map((p) => {
            const s = visible[p.seriesIndex];
            const v = xKind === 'date' ? (p.value as [string, number | null])[1] : (p.value as number | null);
            return `${escapeHtml(s?.name ?? '')}: ${v == null ? escapeHtml(t('views.line.noData')) : escapeHtml(show(v))}`;
          });
          return [`<strong>${escapeHtml(head)}</strong>`, ...lines].join('<br/>');
        },
      },
      xAxis:
        xKind === 'date'
          ? { ...AXIS_STYLE, id: 'x', type: 'time', splitLine: { show: false }, axisLabel: { color: COLOURS.ink, hideOverlap: true } }
          : {
              ...AXIS_STYLE,
              id: 'x',
              type: 'category',
              data: cats,
              boundaryGap: false,
              splitLine: { show: false },
              axisLabel: { color: COLOURS.ink, hideOverlap: true, formatter: (v: string) => xLabel(v) },
            },
      yAxis: {
        ...AXIS_STYLE,
        id: 'y',
        type: 'value',
        min: yMin === 'auto' ? undefined : yMin,
        max: yMax,
        scale: yMin === 'auto',
        name: unit,
        nameLocation: 'middle',
        nameGap: 44,
        axisLabel: { color: COLOURS.muted, formatter: axis },
      },
      series: out,
    };
    // hiddenKey stands for `hidden`, whose identity may change on every render.
  }, [styled, series, hiddenKey, xKind, target, t, show, axis, xLabel, unit, yMin, yMax]);

  const description = t('views.line.description', {
    title,
    unit,
    values: styled
      .filter((s) => !hidden.includes(s.key))
      .map((s) => {
        const pts = s.points.filter((p) => p.y != null);
        if (pts.length === 0) return t('views.line.seriesEmpty', { name: s.name });
        const first = pts[0];
        const last = pts[pts.length - 1];
        return t('views.line.seriesSummary', {
          name: s.name,
          first: show(first.y as number),
          firstX: xLabel(first.x),
          last: show(last.y as number),
          lastX: xLabel(last.x),
        });
      })
      .join('; '),
  });

  return (
    <div className="line-chart" data-testid={props.testId}>
      <ul className="series-legend" role={onToggleSeries ? 'group' : undefined} aria-label={t('views.line.legend')}>
        {styled.map((s) => {
          const shown = !hidden.includes(s.key);
          return (
            <li key={s.key}>
              {onToggleSeries ? (
                <button
                  type="button"
                  className={`category-button${shown ? '' : ' is-faded'}`}
                  aria-pressed={shown}
                  title={t('views.line.toggle', { name: s.name })}
                  data-testid={`series-${s.key}`}
                  onClick={() => onToggleSeries(s.key)}
                >
                  <LineSwatch s={s} />
                  <span className={shown ? undefined : 'is-off'}>{s.name}</span>
                </button>
              ) : (
                <span className="series-legend-item" data-testid={`series-${s.key}`}>
                  <LineSwatch s={s} />
                  {s.name}
                </span>
              )}
            </li>
          );
        })}
        {target ? (
          <li className="series-legend-item muted">
            <svg width="28" height="12" aria-hidden="true">
              <line x1="1" y1="6" x2="27" y2="6" stroke={COLOURS.ink} strokeWidth="1.5" strokeDasharray="6 3" />
            </svg>
            {target.label ?? t('views.line.target', { value: show(target.value) })}
          </li>
        ) : null}
      </ul>
      <ViewEChart option={option} description={description} height={props.height ?? 260} />
    </div>
  );
}
