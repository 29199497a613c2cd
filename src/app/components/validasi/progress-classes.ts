import { SEQUENTIAL_BLUES } from '../charts/palette';

/**
 * Fixed classes for the progress map, so a colour always means the same share whatever the
 * period: below 25%, 25-<50%, 50-<75%, 75-<100%, and 100% (complete). Sequential blues, light to
 * dark (lightness alone carries the order: colour-blind safe and readable in grey print).
 */
export const PROGRESS_BREAKS = [25, 50, 75, 100] as const;

/** Class 0-4 of a percentage; null without a report. */
export function progressClass(persen: number | null | undefined): number | null {
  if (persen == null || !Number.isFinite(persen)) return null;
  const i = PROGRESS_BREAKS.findIndex((b) => persen < b);
  return i === -1 ? PROGRESS_BREAKS.length : i;
}

/** Fill colour of a percentage; undefined without a report (the map's no-data fill). */
export function progressColour(persen: number | null | undefined): string | undefined {
  const c = progressClass(persen);
  return c === null ? undefined : SEQUENTIAL_BLUES[c];
}
