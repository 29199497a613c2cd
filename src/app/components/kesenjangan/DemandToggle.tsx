import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permintaan } from '../../../core/indicators/kesenjangan';

/** Radio group choosing the demand measure (open positions at month end, or positions opened in 12 months). */
export function DemandToggle({ value, onChange }: { value: Permintaan; onChange(next: Permintaan): void }) {
  const { t } = useTranslation('kesenjangan');
  const name = useId();
  const helpId = `${name}-help`;
  const options: Permintaan[] = ['terbuka', 'dibuka12'];
  return (
    <fieldset className="demand-toggle" aria-describedby={helpId} data-testid="demand-toggle">
      <legend>{t('demand.label')}</legend>
      {options.map((o) => (
        <label key={o} className={`demand-option${value === o ? ' is-checked' : ''}`}>
          <input
            type="radio"
            name={name}
            value={o}
            checked={value === o}
            onChange={() => onChange(o)}
            data-testid={`demand-${o}`}
          />
          {t(`demand.${o}`)}
        </label>
      ))}
      <p id={helpId} className="muted small demand-help">
        {t('demand.help')}
      </p>
    </fieldset>
  );
}
