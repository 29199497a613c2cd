import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import type { ValidasiContext } from './context';

/**
 * The empty state of the verification charts when the chosen period ends before the area's first
 * report: says so, and names the first report date and month to choose.
 */
export function NoReport({ ctx, first, compact }: { ctx: ValidasiContext; first: string | null; compact?: boolean }) {
  const { t } = useTranslation('validasi');
  const fmt = useFormat();
  const body = first
    ? t('noReport.body', { area: ctx.parentName, date: fmt.date(first), firstMonth: fmt.month(first.slice(0, 7)) })
    : t('noReport.bodyNone', { area: ctx.parentName });
  if (compact) {
    return (
      <div className="status-panel status-panel--empty validasi-empty" data-testid="validasi-empty-chart">
        <p>
          {t('noReport.chart', { month: ctx.monthText })} {body}
        </p>
      </div>
    );
  }
  return (
    <div className="note note--warning validasi-empty" role="status" data-testid="validasi-empty">
      <p className="validasi-empty-title">
        <strong>{t('noReport.title', { month: ctx.monthText })}</strong>
      </p>
      <p>{body}</p>
    </div>
  );
}
