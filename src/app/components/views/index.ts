/** Shared building blocks of the analysis views; see README.md in this folder. */
export { AreaMap, colourClasses, type AreaMapProps } from './AreaMap';
export { BarChart, type BarChartProps, type BarRow } from './BarChart';
export { BivariateLegend, type BivariateLegendProps } from './BivariateLegend';
export { CategoryButtons, type CategoryButtonItem, type CategoryButtonsProps } from './CategoryButtons';
export { ChartCard, type ChartCardProps, type ChartTable, type TableColumn } from './ChartCard';
export {
  BIVARIATE_PALETTE,
  bivariateClass,
  FADED_OPACITY,
  SERIES_COLOURS,
  SERIES_DASHES,
  SERIES_SYMBOLS,
  tercile,
  tercileBreaks,
  type Breaks,
  type DashStyle,
} from './colours';
export { DivergingBarChart, gapRatio, type DivergingBarChartProps, type DivergingRow } from './DivergingBarChart';
export { drillLevel, drillPatch } from './drill';
export { DrillBreadcrumb, type DrillBreadcrumbProps } from './DrillBreadcrumb';
export { categoriesOf, LineChart, styleSeries, type LineChartProps, type LinePoint, type LineSeries } from './LineChart';
export { ProgressBars, progressPercent, type ProgressBarsProps, type ProgressRow } from './ProgressBars';
export { SelectionChips, useChips, type Chip, type SelectionChipsProps } from './SelectionChips';
export { defaultValueLabel, dimensionLabel, valueLabel, type ValueLabeller } from './value-labels';
export { ViewEChart, type ChartItemEvent, type ViewEChartProps } from './ViewEChart';
export { ViewGrid, ViewLayout, type ViewLayoutProps } from './ViewLayout';
