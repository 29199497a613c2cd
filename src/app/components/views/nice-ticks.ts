/** A value axis starting at 0: its end, the step between ticks, and the tick values. */
export interface NiceScale {
  /** End of the axis (the last tick), >= the largest value. */
  max: number;
  step: number;
  /** 0, step, 2·step, …, max. */
  ticks: number[];
}

/**
 * "Nice" ticks for a value axis from 0 to at least `maxValue`: the smallest step of 1, 2 or 5 × 10^k
 * (the classic 1-2-5 rule of chart axes) for which at most `target + 1` steps cover the values.
 * With `integer` (counts) the step is at least 1. A non-positive or missing maximum gives the axis 0–1.
 */
export function niceScale(maxValue: number, target = 4, integer = false): NiceScale {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 1;
  const most = Math.max(1, target) + 1;
  const magnitude = 10 ** Math.floor(Math.log10(top / Math.max(1, target)));
  // floating point: 1.1 / 0.1 is 11.000000000000002, which must count as 11 steps
  const steps = (s: number) => Math.max(1, Math.ceil(Number((top / s).toFixed(9))));
  let step = 10 * magnitude;
  for (const m of [1, 2, 5]) {
    if (steps(m * magnitude) <= most) {
      step = m * magnitude;
      break;
    }
  }
  if (integer && step < 1) step = 1;
  const n = steps(step);
  // decimals of the step, so that 3 × 0.1 is 0.3 and not 0.30000000000000004
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks = Array.from({ length: n + 1 }, (_, i) => Number((i * step).toFixed(digits)));
  return { max: ticks[n], step, ticks };
}

/** Share of the axis a value covers, in percent, clamped to 0–100 (0 for a missing value). */
export function percentOf(value: number | null | undefined, max: number): number {
  if (value == null || !Number.isFinite(value) || !(max > 0)) return 0;
  return Math.min(100, Math.max(0, (value / max) * 100));
}
