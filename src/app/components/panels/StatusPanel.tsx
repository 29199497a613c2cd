import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type PanelStatus = 'loading' | 'error' | 'empty' | 'ready';

/** The parts of a react-query result StatusPanel needs. */
export interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  data?: T;
  error?: unknown;
}

/** Status of one or more queries: error wins, then loading, then empty (per `isEmpty`, default: no rows). */
export function statusOf<T>(queries: QueryLike<T> | Array<QueryLike<T>>, isEmpty?: (data: T) => boolean): PanelStatus {
  const list = Array.isArray(queries) ? queries : [queries];
  if (list.some((q) => q.isError)) return 'error';
  if (list.some((q) => q.isPending || q.data === undefined)) return 'loading';
  const empty =
    isEmpty ?? ((d: T) => (Array.isArray(d) ? d.length === 0 : d == null));
  return list.every((q) => empty(q.data as T)) ? 'empty' : 'ready';
}

export interface StatusPanelProps {
  status: PanelStatus;
  /** Logged to the console (raw detail never goes on screen). */
  error?: unknown;
  /** Smaller messages, for KPI cards. */
  compact?: boolean;
  /** Keeps the layout steady while loading. */
  minHeight?: number | string;
  children?: ReactNode;
}

/** The one loading / error / empty state used by every chart, map and card. */
export function StatusPanel({ status, error, compact, minHeight, children }: StatusPanelProps) {
  const { t } = useTranslation();
  useEffect(() => {
    if (status === 'error' && error) console.error('[Simpul Kerja]', error);
  }, [status, error]);

  if (status === 'ready') return <>{children}</>;
  const cls = `status-panel status-panel--${status}${compact ? ' status-panel--compact' : ''}`;
  if (status === 'loading') {
    return (
      <div className={cls} role="status" aria-live="polite" style={{ minHeight }}>
        <span className="spinner" aria-hidden="true" />
        <span>{t('status.loading')}</span>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className={cls} role="alert" style={{ minHeight }}>
        {t('status.error')}
      </div>
    );
  }
  return (
    <div className={cls} style={{ minHeight }}>
      {t('status.empty')}
    </div>
  );
}
