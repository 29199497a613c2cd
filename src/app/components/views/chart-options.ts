import { COLOURS } from '../charts/palette';
import { FADED_OPACITY } from './colours';

/** Escape text put into an ECharts HTML tooltip (labels come from agency data). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Axis styling shared by the view charts. */
export const AXIS_STYLE = {
  axisLine: { lineStyle: { color: COLOURS.muted } },
  axisTick: { show: false },
  axisLabel: { color: COLOURS.ink },
  nameTextStyle: { color: COLOURS.muted, fontSize: 12 },
  splitLine: { lineStyle: { color: COLOURS.grid } },
} as const;

/** itemStyle of one bar: chosen bars get an outline, the others fade while anything is chosen. */
export function barItemStyle(colour: string, isSelected: boolean, anySelected: boolean, extra: Record<string, unknown> = {}) {
  return {
    color: colour,
    opacity: anySelected && !isSelected ? FADED_OPACITY : 1,
    borderColor: isSelected ? COLOURS.ink : colour,
    borderWidth: isSelected ? 2 : 0,
    ...extra,
  };
}

/** Diagonal stripes for a second bar series (so it differs by more than colour). */
export const STRIPES_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  rotation: -Math.PI / 4,
  color: 'rgba(255,255,255,0.6)',
} as const;
