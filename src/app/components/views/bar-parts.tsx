import { useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';

/** Raw numbers of a row for tests, written as data-<name> attributes. */
export type RowData = Readonly<Record<string, number | string | null | undefined>>;

/** data-<name> attributes of a row ({ value: 1234 } -> data-value="1234"; null/undefined -> ""). */
export function dataAttributes(data: RowData | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data ?? {})) out[`data-${k}`] = v == null ? '' : String(v);
  return out;
}

/** True when two data records hold the same values (for memoised rows). */
export function sameData(a: RowData | undefined, b: RowData | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Shallow prop comparison for React.memo rows whose only object prop is `data`. */
export function sameRowProps<P extends { data?: RowData }>(a: P, b: P): boolean {
  for (const k of Object.keys(a) as Array<keyof P>) {
    if (k === 'data') continue;
    if (a[k] !== b[k]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length && sameData(a.data, b.data);
}

/**
 * Room for a text of `chars` characters at the charts' small size (0.75rem, tabular digits), as a
 * CSS length: estimated from the length of the string, so no layout is read while rendering.
 */
export function textRoom(chars: number): string {
  return `${(Math.max(1, chars) * 0.47 + 0.4).toFixed(2)}rem`;
}

/**
 * A toggle callback with a stable identity that always calls the latest `onToggle` with
 * { multi: true }, so memoised rows do not re-render when the caller passes a new arrow function.
 */
export function useStableToggle(onToggle: ((key: string, opts: { multi: boolean }) => void) | undefined) {
  const ref = useRef(onToggle);
  useLayoutEffect(() => {
    ref.current = onToggle;
  });
  return useCallback((key: string) => ref.current?.(key, { multi: true }), []);
}

/** Selection state of one row: nothing chosen, chosen, or not chosen while others are. */
export type RowState = 'none' | 'on' | 'off';

/** Row state for a key under the current selection. */
export function rowState(chosen: ReadonlySet<string>, key: string): RowState {
  return chosen.size === 0 ? 'none' : chosen.has(key) ? 'on' : 'off';
}

/** Class names of a row for its state. */
export function stateClass(state: RowState): string {
  return state === 'on' ? ' is-chosen' : state === 'off' ? ' is-dimmed' : '';
}

/** The rows of a bar chart: a labelled group of toggle buttons when the rows toggle, else a plain list. */
export function BarRowsGroup({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className="bars-rows" role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
