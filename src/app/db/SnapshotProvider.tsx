import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isAbortError } from './client';
import { loadSnapshot } from './load-browser';
import { sourceKey } from './snapshot-files';
import { AppError, type DbClient, type LoadedSnapshot, type LoadProgress, type SnapshotSource } from './types';

export interface SnapshotState {
  status: 'loading' | 'ready' | 'error';
  progress?: LoadProgress;
  /**
   * The loaded snapshot. While a new one loads, or after it failed, this is still the previous one
   * (its tables stay in the database until a new load succeeds), so a view may keep showing it.
   */
  snapshot?: LoadedSnapshot;
  client?: DbClient;
  error?: AppError;
  /** Load another snapshot (e.g. a folder the user picked); cancels a load in progress. */
  load(source: SnapshotSource): void;
}

const SnapshotContext = createContext<SnapshotState | null>(null);

const toAppError = (e: unknown) =>
  e instanceof AppError ? e : new AppError('snapshot-corrupt', (e as Error)?.message ?? String(e));

/** Loads `source` into DuckDB-wasm on mount (and when it changes) and shares the result. */
export function SnapshotProvider(props: { source: SnapshotSource; children: ReactNode }) {
  const [state, setState] = useState<Omit<SnapshotState, 'load'>>({ status: 'loading' });
  const current = useRef<AbortController | null>(null);

  const load = useCallback((source: SnapshotSource) => {
    current.current?.abort();
    const ac = new AbortController();
    current.current = ac;
    setState((s) => ({ status: 'loading', snapshot: s.snapshot, client: s.client }));
    loadSnapshot(source, {
      signal: ac.signal,
      onProgress: (progress) => {
        if (!ac.signal.aborted) setState((s) => ({ ...s, progress }));
      },
    }).then(
      ({ snapshot, client }) => {
        if (!ac.signal.aborted) setState({ status: 'ready', snapshot, client });
      },
      (e: unknown) => {
        if (ac.signal.aborted || isAbortError(e)) return;
        const error = toAppError(e);
        console.error('Snapshot gagal dimuat:', error.code, error.detail);
        setState((s) => ({ status: 'error', error, snapshot: s.snapshot, client: s.client }));
      },
    );
  }, []);

  // Reload only when the source really changes (a new object for the same folder is ignored).
  const key = sourceKey(props.source);
  const latest = useRef(props.source);
  latest.current = props.source;
  useEffect(() => {
    load(latest.current);
    return () => current.current?.abort();
  }, [key, load]);

  const value = useMemo<SnapshotState>(() => ({ ...state, load }), [state, load]);
  return <SnapshotContext.Provider value={value}>{props.children}</SnapshotContext.Provider>;
}

/** The snapshot state; must be used inside <SnapshotProvider>. */
export function useSnapshot(): SnapshotState {
  const ctx = useContext(SnapshotContext);
  if (!ctx) throw new Error('useSnapshot() dipakai di luar <SnapshotProvider>');
  return ctx;
}
