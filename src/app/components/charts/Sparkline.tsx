import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { useFormat } from '../../format/useFormat';
import { EChart } from './EChart';
import { COLOURS } from './palette';

export interface SparkPoint {
  bulan: string;
  /** null leaves a gap. */
  nilai: number | null;
}

export interface SparklineProps {
  points: SparkPoint[];
  kind: 'count' | 'percent';
  description: string;
  height?: number;
}

/** A small line of the last months, no axes; the last point is marked. */
export function Sparkline({ points, kind, description, height = 44 }: SparklineProps) {
  const fmt = useFormat();
  const option = useMemo<EChartsCoreOption>(() => {
    const show = (v: number) => (kind === 'percent' ? fmt.percent(v) : fmt.number(v));
    return {
      animation: false,
      grid: { left: 3, right: 5, top: 5, bottom: 3 },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: points.map((p) => p.bulan) },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (params: unknown) => {
          const p = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
          const pt = points[p.dataIndex];
          return pt && pt.nilai != null ? `${fmt.month(pt.bulan, 'short')}: ${show(pt.nilai)}` : '';
        },
      },
      series: [
        {
          type: 'line',
          data: points.map((p, i) => ({
            value: p.nilai,
            symbol: i === points.length - 1 ? 'circle' : 'none',
            symbolSize: 5,
          })),
          lineStyle: { width: 1.5, color: COLOURS.blue },
          itemStyle: { color: COLOURS.blue },
          areaStyle: { color: COLOURS.blue, opacity: 0.08 },
          silent: false,
        },
      ],
    };
  }, [points, kind, fmt]);
  return <EChart option={option} description={description} height={height} className="sparkline" />;
}
