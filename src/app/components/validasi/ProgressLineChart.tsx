import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { localeOf } from '../../format/format';
import { useFormat } from '../../format/useFormat';
import { COLOURS } from '../charts/palette';
import { AXIS_STYLE, escapeHtml } from '../views/chart-options';
import { echartsDash, svgDash, type DashStyle } from '../views/colours';
import { styleSeries, ViewEChart, type ChartItemEvent } from '../views';

/** One line: an area's cumulative share verified on each reporting date. */
export interface ProgressLine {
  key: string;
  name: string;
  /** The parent area (drawn black and thick, not selectable). */
  parent?: boolean;
  points: Array<{ date: string; persen: number | null; verified: number; target: number }>;
}

interface Props {
  lines: ProgressLine[];
  title: string;
  selected?: string;
  onSelect?(key: string): void;
  legendLabel: string;
}

interface Styled extends ProgressLine {
  colour: string;
  dash: DashStyle;
  symbol: string;
}

function Swatch({ s }: { s: Styled }) {
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" className="line-swatch">
      <line x1="1" y1="6" x2="27" y2="6" stroke={s.colour} strokeWidth={s.parent ? 3.5 : 2.5} strokeDasharray={svgDash(s.dash)} />
      {s.symbol === 'none' ? null : s.symbol.includes('rect') ? (
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
 * Cumulative verification lines over reporting dates (time axis), one per area plus the parent
 * area in black, with the 100% target. Each area differs by colour, dash and symbol. Clicking a
 * line or its legend button drills to that area (the legend buttons are the keyboard route); a
 * chosen area is drawn thicker and the others fade.
 */
export function ProgressLineChart({ lines, title, selected, onSelect, legendLabel }: Props) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const styled = useMemo<Styled[]>(() => {
    const parts = styleSeries(lines.filter((l) => !l.parent).map((l) => ({ key: l.key, name: l.name, points: [] })));
    const byKey = new Map(parts.map((p) => [p.key, p]));
    return lines.map((l) => {
      if (l.parent) return { ...l, colour: COLOURS.ink, dash: 'solid' as DashStyle, symbol: 'none' };
      const s = byKey.get(l.key)!;
      return { ...l, colour: s.colour, dash: s.dash, symbol: s.symbol };
    });
  }, [lines]);

  const option = useMemo<EChartsCoreOption>(() => {
    const top = Math.max(100, ...lines.flatMap((l) => l.points.map((p) => p.persen ?? 0)));
    // ECharts' own time labels are English ("Oct"): write them in the UI language. Ticks are in
    // local time (ECharts reads 'YYYY-MM-DD' as local midnight): month starts as "Okt 2025", other days "5 Okt".
    const locale = localeOf(fmt.lang);
    const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
    const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
    const tick = (v: number) => {
      const d = new Date(v);
      return d.getDate() === 1 ? monthYear.format(d) : dayMonth.format(d);
    };
    const faded = (s: Styled) => !!selected && !s.parent && s.key !== selected;
    return {
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (params: unknown) => {
          const list = (Array.isArray(params) ? params : [params]) as Array<{ seriesIndex: number; dataIndex: number }>;
          if (list.length === 0) return '';
          const first = styled[list[0].seriesIndex]?.points[list[0].dataIndex];
          const head = first ? fmt.date(first.date) : '';
          const body = list.map((p) => {
            const s = styled[p.seriesIndex];
            const pt = s?.points[p.dataIndex];
            if (!s || !pt) return '';
            const value = pt.persen == null ? '–' : fmt.percent(pt.persen);
            return `${escapeHtml(s.name)}: ${escapeHtml(value)} (${escapeHtml(fmt.number(pt.verified))} / ${escapeHtml(fmt.number(pt.target))} KK)`;
          });
          return [`<strong>${escapeHtml(head)}</strong>`, ...body].join('<br/>');
        },
      },
      xAxis: {
        ...AXIS_STYLE,
        type: 'time',
        splitLine: { show: false },
        axisLabel: { color: COLOURS.ink, hideOverlap: true, formatter: tick },
      },
      yAxis: {
        ...AXIS_STYLE,
        type: 'value',
        min: 0,
        max: Math.ceil(top / 10) * 10,
        name: t('lines.axis'),
        nameLocation: 'middle',
        nameGap: 40,
        axisLabel: { color: COLOURS.muted, formatter: (v: number) => `${fmt.number(v)}%` },
      },
      series: styled.map((s, i) => ({
        type: 'line',
        name: s.name,
        data: s.points.map((p) => [p.date, p.persen]),
        connectNulls: false,
        symbol: s.symbol,
        symbolSize: 6,
        showAllSymbol: true,
        z: s.parent ? 3 : s.key === selected ? 4 : 2,
        itemStyle: { color: s.colour, opacity: faded(s) ? 0.3 : 1 },
        lineStyle: {
          color: s.colour,
          width: s.parent ? 3.5 : s.key === selected ? 4 : 2,
          type: echartsDash(s.dash),
          opacity: faded(s) ? 0.3 : 1,
        },
        markLine:
          i === 0
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { color: COLOURS.muted, type: 'dotted', width: 1.5 },
                label: { formatter: t('lines.target'), position: 'insideEndTop', color: COLOURS.muted },
                data: [{ yAxis: 100 }],
              }
            : undefined,
      })),
    };
  }, [styled, lines, selected, fmt, t]);

  const description = t('lines.description', {
    title,
    values: styled
      .map((s) => {
        const last = [...s.points].reverse().find((p) => p.persen != null);
        return last ? t('lines.summary', { name: s.name, value: fmt.percent(last.persen as number), date: fmt.date(last.date) }) : s.name;
      })
      .join('; '),
  });

  const onItemClick = useCallback(
    (e: ChartItemEvent) => {
      const s = e.seriesIndex === undefined ? undefined : styled[e.seriesIndex];
      if (s && !s.parent && onSelect) onSelect(s.key);
    },
    [styled, onSelect],
  );

  const any = !!selected;
  return (
    <div className="line-chart validasi-lines">
      <ViewEChart option={option} description={description} height={300} onItemClick={onSelect ? onItemClick : undefined} />
      <ul className="category-buttons validasi-line-legend" role="group" aria-label={legendLabel}>
        {styled.map((s) => {
          const last = [...s.points].reverse().find((p) => p.persen != null);
          const detail = last ? fmt.percent(last.persen as number) : '–';
          if (s.parent || !onSelect) {
            return (
              <li key={s.key} className="series-legend-item" data-testid={`line-${s.key}`}>
                <Swatch s={s} />
                <span className="category-label">{s.name}</span>
                <span className="category-detail">{detail}</span>
              </li>
            );
          }
          const pressed = s.key === selected;
          return (
            <li key={s.key}>
              <button
                type="button"
                className={`category-button${pressed ? ' is-pressed' : ''}${any && !pressed ? ' is-faded' : ''}`}
                aria-pressed={pressed}
                data-testid={`line-${s.key}`}
                onClick={() => onSelect(s.key)}
              >
                <Swatch s={s} />
                <span className="category-label">{s.name}</span>
                <span className="category-detail">{detail}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
