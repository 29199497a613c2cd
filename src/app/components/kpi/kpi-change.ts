/** Which way a value should move to count as an improvement ('none': neither way is better). */
export type GoodDirection = 'up' | 'down' | 'none';

export type ChangeDirection = 'up' | 'down' | 'same' | 'none';

export interface KpiChange {
  direction: ChangeDirection;
  /** current − previous (percent points for percentages); null without a previous value. */
  delta: number | null;
  tone: 'good' | 'bad' | 'neutral';
}

/**
 * Month-on-month change. Changes that round to zero at display precision (whole numbers for
 * counts, one decimal for percentages) count as "same".
 */
export function computeChange(
  current: number | null | undefined,
  previous: number | null | undefined,
  kind: 'count' | 'percent',
  good: GoodDirection,
): KpiChange {
  if (current == null || previous == null || !Number.isFinite(current) || !Number.isFinite(previous)) {
    return { direction: 'none', delta: null, tone: 'neutral' };
  }
  const delta = current - previous;
  const shown = kind === 'percent' ? Math.round(delta * 10) / 10 : Math.round(delta);
  if (shown === 0) return { direction: 'same', delta: 0, tone: 'neutral' };
  const direction = shown > 0 ? 'up' : 'down';
  return { direction, delta, tone: good === 'none' ? 'neutral' : direction === good ? 'good' : 'bad' };
}
