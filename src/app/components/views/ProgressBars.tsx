import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { COLOURS } from '../charts/palette';
import './views.css';

/** Progress of one area (e.g. households verified against the target). */
export interface ProgressRow {
  key: string;
  label: string;
  value: number;
  target: number;
  /** e.g. "Selesai 12 Maret 2026" or "Perkiraan selesai Juni 2027" (the view words it). */
  dateText?: string;
}

/** Percent of target (unclamped); null without a positive target. */
export function progressPercent(value: number, target: number): number | null {
  return target > 0 && Number.isFinite(value) ? (value / target) * 100 : null;
}

export interface ProgressBarsProps {
  rows: ProgressRow[];
  /** Unit of value and target ('KK'). */
  unit: string;
  /** Accessible name of the list. */
  label: string;
  /** Text of a count (default id-ID number). */
  valueFormat?(value: number): string;
  selected?: string;
  /** Makes each row a toggle button (aria-pressed). */
  onSelect?(key: string): void;
  colour?: string;
  testId?: string;
}

/**
 * Horizontal progress bars, one per area: value against target with the percentage as text, the
 * counts, and a completion date. Rows are buttons when `onSelect` is given (test id `progress-<key>`).
 * The bar itself is decorative; the text carries the numbers.
 */
export function ProgressBars({ rows, unit, label, valueFormat, selected, onSelect, colour = COLOURS.blue, testId }: ProgressBarsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const show = valueFormat ?? ((v: number) => fmt.number(v));
  return (
    <ul className="progress-bars" aria-label={label} data-testid={testId}>
      {rows.map((r) => {
        const pct = progressPercent(r.value, r.target);
        const done = pct !== null && pct >= 100;
        const isSelected = r.key === selected;
        const body = (
          <>
            <span className="progress-head">
              <span className="progress-label">{r.label}</span>
              <span className="progress-pct" data-testid={`progress-pct-${r.key}`}>
                {pct === null ? t('views.progress.noTarget') : fmt.percent(pct)}
                {done ? ` ✓ ${t('views.progress.done')}` : ''}
              </span>
            </span>
            <span className="progress-track" aria-hidden="true">
              <span
                className="progress-fill"
                style={{ width: `${Math.max(0, Math.min(100, pct ?? 0))}%`, background: done ? COLOURS.green : colour }}
              />
            </span>
            <span className="progress-detail muted small">
              {t('views.progress.of', { value: show(r.value), target: show(r.target), unit })}
              {r.dateText ? ` · ${r.dateText}` : ''}
            </span>
          </>
        );
        return (
          <li
            key={r.key}
            data-testid={`progress-${r.key}`}
            className={isSelected ? 'is-selected' : undefined}
            data-value={r.value}
            data-target={r.target}
            data-percent={pct ?? ''}
          >
            {onSelect ? (
              <button
                type="button"
                className="progress-row progress-row--button"
                aria-pressed={isSelected}
                onClick={() => onSelect(r.key)}
              >
                {body}
              </button>
            ) : (
              <div className="progress-row">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
