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
  /**
   * True while the new snapshot's tables are still going into DuckDB but `snapshot` already is the
   * new one (its manifest, geometry and overview preview are read and verified): pages can be
   * drawn, `client` is undefined, queries wait, and `snapshot.pratinjau` answers the overview's
   * default queries at once.
   */
  previewing?: boolean;
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
  // The last snapshot that finished loading: its tables are in the database until another load succeeds.
  const lastReady = useRef<{ snapshot: LoadedSnapshot; client: DbClient } | null>(null);

  const load = useCallback((source: SnapshotSource) => {
    current.current?.abort();
    const ac = new AbortController();
    current.current = ac;
    const previous = () => ({ snapshot: lastReady.current?.snapshot, client: lastReady.current?.client });
    setState({ status: 'loading', ...previous() });
    loadSnapshot(source, {
      signal: ac.signal,
      onProgress: (progress) => {
        if (!ac.signal.aborted) setState((s) => ({ ...s, progress }));
      },
      // The new snapshot without its client: queries for its version must not reach the old tables.
      onPreview: (snapshot) => {
        if (!ac.signal.aborted) setState((s) => ({ status: 'loading', progress: s.progress, snapshot, previewing: true }));
      },
    }).then(
      ({ snapshot, client }) => {
        if (ac.signal.aborted) return;
        // the replaced snapshot's connection and prepared statements are not needed any more
        const replaced = lastReady.current?.client;
        if (replaced && replaced !== client) void replaced.close?.().catch(() => undefined);
        lastReady.current = { snapshot, client };
        setState({ status: 'ready', snapshot, client });
      },
      (e: unknown) => {
        if (ac.signal.aborted || isAbortError(e)) return;
        const error = toAppError(e);
        console.error('Snapshot gagal dimuat:', error.code, error.detail);
        setState({ status: 'error', error, ...previous() });
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
