import { useMemo } from 'react';
import { useSnapshot } from '../db/SnapshotProvider';
import type { FilterOptions } from './filters';
import { filterOptionsFromSnapshot } from './snapshot-options';
import { useFilterState, type FilterState } from './useFilterState';

const NO_OPTIONS: FilterOptions = { months: [], kecamatan: [], kelurahan: [] };

/** The global filters of the loaded snapshot (periode defaults to its latest month). */
export function useAreaFilters(): FilterState {
  const { snapshot } = useSnapshot();
  const options = useMemo(() => (snapshot ? filterOptionsFromSnapshot(snapshot) : NO_OPTIONS), [snapshot]);
  return useFilterState(options);
}
