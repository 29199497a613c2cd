import type { ReactNode } from 'react';
import { InfoTip } from '../panels/InfoTip';
import { StatusPanel, type PanelStatus } from '../panels/StatusPanel';

export interface StatCardProps {
  /** data-testid="kpi-<id>" */
  id: string;
  label: string;
  /** Raw value (data-value); null = not available. */
  value: number | null | undefined;
  /** Formatted value; shown as '—' when `value` is null. */
  text: string;
  unit?: string;
  note?: ReactNode;
  definition: string;
  source: string;
  status: PanelStatus;
  error?: unknown;
}

/** One headline number of the view with its unit, a note, and its definition and source behind an "i". */
export function StatCard({ id, label, value, text, unit, note, definition, source, status, error }: StatCardProps) {
  const headingId = `png-kpi-${id}`;
  const missing = value == null || !Number.isFinite(value);
  return (
    <article className="card kpi-card" data-testid={`kpi-${id}`} aria-labelledby={headingId}>
      <header className="kpi-head">
        <h3 id={headingId} className="kpi-label">
          {label}
        </h3>
        <InfoTip title={label} definition={definition} source={source} />
      </header>
      <StatusPanel status={status} error={error} compact minHeight={72}>
        <p className={`kpi-value${missing ? ' png-kpi-value--missing' : ''}`} data-testid="kpi-value" data-value={missing ? '' : String(value)}>
          {missing ? '—' : text}
          {!missing && unit ? <span className="kpi-unit"> {unit}</span> : null}
        </p>
        {note ? <p className="kpi-foot" data-testid="kpi-note">{note}</p> : null}
      </StatusPanel>
    </article>
  );
}
