import { useCallback, useMemo } from 'react';
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
 * change); selection lists keep readable commas.
 */
export function useWriteSearch(): (next: URLSearchParams) => void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return useCallback((next: URLSearchParams) => navigate({ pathname, search: toSearchString(next) }), [navigate, pathname]);
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
  const setSelections = useCallback(
    (next: Selections) => write(serialiseSelections(next, searchParams)),
    [write, searchParams],
  );
  const toggle = useCallback(
    (dim: DimensionId, value: string, opts?: ToggleOptions) => setSelections(toggleSel(selections, dim, value, opts)),
    [selections, setSelections],
  );
  const clear = useCallback((dim?: DimensionId) => setSelections(clearSel(selections, dim)), [selections, setSelections]);
  return { selections, toggle, clear, setSelections };
}
