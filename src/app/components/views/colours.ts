import { COLOURS } from '../charts/palette';

/**
 * Series colours for the views, in order: the Okabe–Ito set (charts/palette.ts) plus its reddish
 * purple; yellow is left out because it vanishes on white. Each series also gets its own dash
 * pattern and symbol so colour is never the only cue (and the lines stay apart in grey print).
 */
export const SERIES_COLOURS = [
  COLOURS.blue,
  COLOURS.orange,
  COLOURS.green,
  COLOURS.vermillion,
  COLOURS.sky,
  '#CC79A7',
  COLOURS.ink,
] as const;

export type DashStyle = 'solid' | 'dashed' | 'dotted' | 'dashdot';

export const SERIES_DASHES: readonly DashStyle[] = ['solid', 'dashed', 'dotted', 'dashdot'];

/** ECharts symbol names, one per series. */
export const SERIES_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect', 'pin'] as const;

/** ECharts lineStyle.type for a dash style. */
export function echartsDash(d: DashStyle): 'solid' | 'dashed' | 'dotted' | number[] {
  return d === 'dashdot' ? [8, 3, 2, 3] : d;
}

/** SVG stroke-dasharray for a dash style (for HTML legends). */
export function svgDash(d: DashStyle): string | undefined {
  switch (d) {
    case 'dashed':
      return '6 3';
    case 'dotted':
      return '2 2';
    case 'dashdot':
      return '8 3 2 3';
    default:
      return undefined;
  }
}

/** Opacity of bars that are not selected while something in their dimension is. */
export const FADED_OPACITY = 0.3;

/**
 * 3×3 bivariate palette, index = yClass * 3 + xClass (class 0 = low). x (e.g. unemployment) runs
 * from light grey to orange, y (e.g. poverty) from light grey to blue; the middle and corner cells
 * are the multiply blend of the two ramps (x: #ffffff #f5c38a #e0801a, y: #ffffff #a9cce6 #3a7bbf),
 * so lightness falls towards "both high". Blue–orange stays apart for the common colour-vision
 * deficiencies (deuteranopia, protanopia).
 */
export const BIVARIATE_PALETTE = [
  '#eeeeee', '#f5c38a', '#e0801a',
  '#a9cce6', '#a29c7c', '#946617',
  '#3a7bbf', '#385e67', '#333e13',
] as const;

/** Two upper bounds splitting values into three classes: class 0 ≤ b0 < class 1 ≤ b1 < class 2. */
export type Breaks = readonly [number, number];

/** Class 0, 1 or 2 of a value for the breaks; null for a missing value. */
export function tercile(value: number | null | undefined, breaks: Breaks): 0 | 1 | 2 | null {
  if (value == null || !Number.isFinite(value)) return null;
  return value <= breaks[0] ? 0 : value <= breaks[1] ? 1 : 2;
}

/** Bivariate class of a pair: its x and y class, palette index and colour; null when either value is missing. */
export function bivariateClass(
  x: number | null | undefined,
  y: number | null | undefined,
  xBreaks: Breaks,
  yBreaks: Breaks,
): { x: 0 | 1 | 2; y: 0 | 1 | 2; index: number; colour: string } | null {
  const xi = tercile(x, xBreaks);
  const yi = tercile(y, yBreaks);
  if (xi === null || yi === null) return null;
  const index = yi * 3 + xi;
  return { x: xi, y: yi, index, colour: BIVARIATE_PALETTE[index] };
}

/**
 * Tercile breaks of a set of values (the values at 1/3 and 2/3 of the sorted list, nearest rank),
 * so about a third of the areas falls in each class. Empty input gives [0, 0].
 */
export function tercileBreaks(values: readonly number[]): Breaks {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return [0, 0];
  const at = (q: number) => s[Math.max(0, Math.ceil(q * s.length) - 1)];
  return [at(1 / 3), at(2 / 3)];
}
