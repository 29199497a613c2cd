import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Permintaan } from '../../../core/indicators/kesenjangan';
import { useWriteSearch } from '../../state/useSelections';

/** URL parameter of the view's demand measure (absent = 'terbuka'). */
export const PERMINTAAN_PARAM = 'permintaan';

/** The demand measure of the kesenjangan view, kept in the URL (`permintaan=dibuka12`). */
export function usePermintaan(): [Permintaan, (next: Permintaan) => void] {
  const [search] = useSearchParams();
  const write = useWriteSearch();
  const value: Permintaan = search.get(PERMINTAAN_PARAM) === 'dibuka12' ? 'dibuka12' : 'terbuka';
  const set = useCallback(
    (next: Permintaan) => {
      const params = new URLSearchParams(search);
      if (next === 'dibuka12') params.set(PERMINTAAN_PARAM, next);
      else params.delete(PERMINTAAN_PARAM);
      write(params);
    },
    [search, write],
  );
  return [value, set];
}
