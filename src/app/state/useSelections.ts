import { useCallback, useMemo, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  clear as clearSel,
  parseSelections,
  serialiseSelections,
  toSearchString,
  toggle as toggleSel,
  type DimensionId,
  type Selections,
  type ToggleOptions,
} from './selections';

/**
 * Navigate to the current path with new search params (a new history entry, so Back undoes the
 * change); selection lists keep readable commas. The new URL is rendered synchronously (flushSync,
 * which needs the RouterProvider of 'react-router/dom', see App.tsx): a click is then one task and
 * one frame, instead of a transition rendered in slices with a frame painted between them.
 */
export function useWriteSearch(): (next: URLSearchParams) => void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return useCallback((next: URLSearchParams) => navigate({ pathname, search: toSearchString(next) }, { flushSync: true }), [navigate, pathname]);
}

export interface SelectionState {
  /** Canonical selections read from the URL. */
  selections: Selections;
  /** Toggle one value (default multi: add/remove; `{ multi: false }`: only this value, or none). */
  toggle(dim: DimensionId, value: string, opts?: ToggleOptions): void;
  /** Clear one dimension, or all selections. */
  clear(dim?: DimensionId): void;
  /** Replace all selections. */
  setSelections(next: Selections): void;
}

/**
 * The cross-filter selections of the current view, in the URL (`pilih.<dim>=a,b`). Every other
 * parameter (periode, kec, kel, …) is kept. Each change is a new history entry.
 */
export function useSelections(): SelectionState {
  const [searchParams] = useSearchParams();
  const write = useWriteSearch();
  const selections = useMemo(() => parseSelections(searchParams), [searchParams]);
  // Build on the latest URL written, so two changes before a re-render both count.
  const latest = useRef({ seen: searchParams, current: searchParams });
  if (latest.current.seen !== searchParams) latest.current = { seen: searchParams, current: searchParams };
  const change = useCallback(
    (f: (current: Selections) => Selections) => {
      const current = latest.current.current;
      const next = serialiseSelections(f(parseSelections(current)), current);
      latest.current.current = next;
      write(next);
    },
    [write],
  );
  const setSelections = useCallback((next: Selections) => change(() => next), [change]);
  const toggle = useCallback(
    (dim: DimensionId, value: string, opts?: ToggleOptions) => change((cur) => toggleSel(cur, dim, value, opts)),
    [change],
  );
  const clear = useCallback((dim?: DimensionId) => change((cur) => clearSel(cur, dim)), [change]);
  return { selections, toggle, clear, setSelections };
}
