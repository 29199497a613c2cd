import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permintaan } from '../../../core/indicators/kesenjangan';

const OPTIONS: Permintaan[] = ['terbuka', 'dibuka12'];

/**
 * Segmented control choosing the demand measure (open positions at month end, or positions opened
 * in 12 months): two toggle buttons (aria-pressed), each a Tab stop, Enter or Space to choose.
 */
export function DemandToggle({ value, onChange }: { value: Permintaan; onChange(next: Permintaan): void }) {
  const { t } = useTranslation('kesenjangan');
  const id = useId();
  return (
    <div className="demand-toggle" role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-help`} data-testid="demand-toggle">
      <p id={`${id}-label`} className="demand-label">
        {t('demand.label')}
      </p>
      <div className="demand-options">
        {OPTIONS.map((o) => (
          <button
            key={o}
            type="button"
            className={`demand-option${value === o ? ' is-checked' : ''}`}
            aria-pressed={value === o}
            onClick={() => onChange(o)}
            data-testid={`demand-${o}`}
          >
            {t(`demand.${o}`)}
          </button>
        ))}
      </div>
      <p id={`${id}-help`} className="muted small demand-help">
        {t('demand.help')}
      </p>
    </div>
  );
}
