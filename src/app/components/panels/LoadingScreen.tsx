import { useTranslation } from 'react-i18next';

export interface LoadingScreenProps {
  progress?: { step: string; done: number; total: number };
}

/** Full-page loading state while the snapshot is fetched and registered in DuckDB. */
export function LoadingScreen({ progress }: LoadingScreenProps) {
  const { t } = useTranslation();
  const hasCount = progress && progress.total > 0;
  return (
    <section className="screen loading-screen" role="status" aria-live="polite" data-testid="loading-screen">
      <span className="spinner spinner--large" aria-hidden="true" />
      <p className="screen-title">
        {hasCount ? t('loading.progress', { done: progress.done, total: progress.total }) : t('loading.title')}
      </p>
      {hasCount ? (
        <progress max={progress.total} value={progress.done} aria-hidden="true" />
      ) : (
        <p className="muted">{t('loading.starting')}</p>
      )}
      {progress?.step ? <p className="muted small">{progress.step}</p> : null}
    </section>
  );
}
