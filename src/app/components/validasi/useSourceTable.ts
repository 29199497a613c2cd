import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useWriteSearch } from '../../state/useSelections';

/** URL parameter holding the source table highlighted in the quality panel. */
export const SOURCE_TABLE_PARAM = 'temuan';

/**
 * The source table highlighted in the quality-findings card, kept in the URL (`temuan=pencaker`)
 * with the rest of the view state; every other parameter is kept. Each change is a history entry.
 */
export function useSourceTable(): [string | undefined, (table: string | undefined) => void] {
  const [searchParams] = useSearchParams();
  const write = useWriteSearch();
  const value = searchParams.get(SOURCE_TABLE_PARAM) || undefined;
  const set = useCallback(
    (table: string | undefined) => {
      const next = new URLSearchParams(searchParams);
      if (table) next.set(SOURCE_TABLE_PARAM, table);
      else next.delete(SOURCE_TABLE_PARAM);
      write(next);
    },
    [searchParams, write],
  );
  return [value, set];
}
