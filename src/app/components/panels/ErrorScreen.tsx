import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../core/schema/snapshot';
import type { AppErrorCode } from '../../db/types';

const KNOWN: readonly AppErrorCode[] = [
  'snapshot-missing',
  'snapshot-corrupt',
  'snapshot-incompatible',
  'db-start-failed',
  'query-failed',
];

/** The message key for an error: its AppError code when known, else 'unknown'. */
export function errorKey(error: unknown): AppErrorCode | 'unknown' {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (KNOWN as readonly string[]).includes(code) ? (code as AppErrorCode) : 'unknown';
}

/** The file named in an error detail ('…/pencaker.parquet: sha256 mismatch' -> 'pencaker.parquet'). */
export function fileFromDetail(detail: string): string {
  const m = /([\w.-]+\.(?:parquet|json|geojson|csv))/i.exec(detail);
  return m ? m[1] : detail;
}

export interface ErrorScreenProps {
  error: unknown;
  /** Extra actions, e.g. the "open snapshot from disk" control. */
  children?: ReactNode;
}

/** Full-page error for a snapshot that cannot be used: what happened and what to do, per error code. */
export function ErrorScreen({ error, children }: ErrorScreenProps) {
  const { t } = useTranslation();
  const key = errorKey(error);
  const detail = (error as { detail?: unknown } | null)?.detail;
  const detailText = typeof detail === 'string' ? detail : error instanceof Error ? error.message : '';
  useEffect(() => {
    console.error('[Simpul Kerja]', error);
  }, [error]);

  const showDetail = (key === 'snapshot-corrupt' || key === 'snapshot-incompatible') && detailText;
  return (
    <section className="screen error-screen" role="alert" data-testid="error-screen" data-code={key}>
      <h1 className="screen-title">{t(`errors.${key}.title`)}</h1>
      <p className="error-body">
        {t(`errors.${key}.body`, { file: fileFromDetail(detailText), expected: SNAPSHOT_SCHEMA_VERSION })}
      </p>
      <h2 className="error-subtitle">{t('errors.whatToDo')}</h2>
      <p>{t(`errors.${key}.action`)}</p>
      <div className="error-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
        {children}
      </div>
      {showDetail ? (
        <details className="error-detail">
          <summary>{t('errors.technical')}</summary>
          <code>{detailText}</code>
        </details>
      ) : null}
    </section>
  );
}
