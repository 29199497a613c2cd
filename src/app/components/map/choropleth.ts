import { NO_DATA_FILL, SEQUENTIAL_BLUES } from '../charts/palette';

/** Classes for a choropleth: inclusive upper bounds, ascending, and the colour of each class. */
export interface Classes {
  min: number;
  /** Upper bound (inclusive) of each class. */
  upper: number[];
  colours: string[];
}

/**
 * Quantile classes (up to `k`, default 5) for the given values. Identical bounds are merged, so
 * few distinct values give fewer classes; colours are then spread over the whole ramp.
 */
export function quantileClasses(values: number[], k = SEQUENTIAL_BLUES.length, ramp: readonly string[] = SEQUENTIAL_BLUES): Classes | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const upper: number[] = [];
  for (let i = 1; i <= k; i++) {
    const v = sorted[Math.max(0, Math.ceil((i * sorted.length) / k) - 1)];
    if (upper.length === 0 || v > upper[upper.length - 1]) upper.push(v);
  }
  const n = upper.length;
  const colours = upper.map((_, i) => ramp[n === 1 ? ramp.length - 1 : Math.round((i * (ramp.length - 1)) / (n - 1))]);
  return { min: sorted[0], upper, colours };
}

/** Index of the class holding `value` (values above the last bound go to the last class). */
export function classIndex(value: number, classes: Classes): number {
  const i = classes.upper.findIndex((u) => value <= u);
  return i === -1 ? classes.upper.length - 1 : i;
}

/** Fill colour for a value; undefined/NaN -> the no-data fill. */
export function fillFor(value: number | undefined, classes: Classes | null): string {
  if (value === undefined || !Number.isFinite(value) || !classes) return NO_DATA_FILL;
  return classes.colours[classIndex(value, classes)];
}

/**
 * Lower and upper bound of each class for the legend. For whole-number data a class after the
 * first starts at the previous bound + 1 ("13–25"); otherwise at the previous bound.
 */
export function classRanges(classes: Classes): Array<{ from: number; to: number; colour: string }> {
  const integers = Number.isInteger(classes.min) && classes.upper.every(Number.isInteger);
  return classes.upper.map((to, i) => ({
    from: i === 0 ? classes.min : integers ? classes.upper[i - 1] + 1 : classes.upper[i - 1],
    to,
    colour: classes.colours[i],
  }));
}
