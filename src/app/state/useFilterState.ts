import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AreaPeriodParams } from '../../core/indicators/types';
import {
  changeFilters,
  parseFilters,
  resolveFilters,
  serialiseFilters,
  toAreaPeriodParams,
  type Filters,
  type FilterOptions,
  type ResolvedFilters,
} from './filters';

export interface FilterState {
  filters: ResolvedFilters;
  /** The same filters as indicator parameters. */
  params: AreaPeriodParams;
  options: FilterOptions;
  /** Change some filters; the URL is updated (a new history entry). */
  setFilters(patch: Filters): void;
  /** Back to the whole city and the latest month. */
  reset(): void;
}

/** Filters kept in the hash route's search params, checked against `options`. */
export function useFilterState(options: FilterOptions): FilterState {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => resolveFilters(parseFilters(searchParams), options), [searchParams, options]);
  const params = useMemo(() => toAreaPeriodParams(filters), [filters]);
  const setFilters = useCallback(
    (patch: Filters) => setSearchParams((prev) => serialiseFilters(changeFilters(filters, patch), prev)),
    [filters, setSearchParams],
  );
  const reset = useCallback(() => setSearchParams((prev) => serialiseFilters({}, prev)), [setSearchParams]);
  return { filters, params, options, setFilters, reset };
}
