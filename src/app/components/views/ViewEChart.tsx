import { EChart, type EChartProps } from '../charts/EChart';

export type { ChartItemEvent } from '../charts/EChart';
export type ViewEChartProps = EChartProps;

/**
 * The views' chart host: charts/EChart with the views' default height. A module of its own so
 * view tests can mock it (as overview tests mock charts/EChart).
 */
export function ViewEChart({ height = 240, ...props }: ViewEChartProps) {
  return <EChart height={height} {...props} />;
}
