import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useFormat } from '../../format/useFormat';
import { InfoTip } from '../panels/InfoTip';
import { StatusPanel, type PanelStatus } from '../panels/StatusPanel';
import { computeChange, type GoodDirection } from './kpi-change';

const ARROWS = { up: '▲', down: '▼', same: '■', none: '' } as const;

/** Display name of an indicator unit ('orang' -> 'orang' / 'persons'); '' for percentages. */
export function unitText(unit: string | undefined, t: TFunction): string {
  switch ((unit ?? '').toLowerCase()) {
    case '':
    case '%':
    case 'persen':
      return '';
    case 'orang':
      return t('units.orang');
    case 'posisi':
      return t('units.posisi');
    case 'kk':
      return t('units.kk');
    case 'jiwa':
      return t('units.jiwa');
    default:
      return unit ?? '';
  }
}

/** A line that replaces the month-on-month change (e.g. the gap to a quota). */
export interface KpiComparison {
  direction: 'up' | 'down' | 'same';
  text: string;
  tone: 'good' | 'bad' | 'neutral';
}

export interface KpiCardProps {
  /** Indicator id: the card gets data-testid="kpi-<id>". */
  indicatorId: string;
  label: string;
  definition: string;
  source: string;
  kind: 'count' | 'percent';
  unit?: string;
  value?: number | null;
  previous?: number | null;
  /** 'YYYY-MM' of `previous`. */
  previousMonth?: string;
  goodDirection: GoodDirection;
  status: PanelStatus;
  error?: unknown;
  footnote?: string;
  comparison?: KpiComparison;
  /** Sparkline or other small graphic. */
  children?: ReactNode;
}

/** One headline number with its change, definition and a small trend. */
export function KpiCard(props: KpiCardProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { indicatorId, label, kind, value, status } = props;
  const show = (v: number, signed = false) =>
    kind === 'percent' ? fmt.percent(v, { signed }) : fmt.number(v, { signed });

  const headingId = `kpi-title-${indicatorId}`;
  const hasValue = value != null && Number.isFinite(value);
  const cardStatus: PanelStatus = status === 'ready' && !hasValue ? 'empty' : status;

  let changeLine: ReactNode = null;
  if (hasValue) {
    if (props.comparison) {
      const c = props.comparison;
      changeLine = (
        <p className={`kpi-change kpi-change--${c.tone}`} data-testid="kpi-change">
          <span aria-hidden="true">{ARROWS[c.direction]} </span>
          {c.text}
        </p>
      );
    } else {
      const change = computeChange(value, props.previous, kind, props.goodDirection);
      const month = props.previousMonth ? fmt.month(props.previousMonth) : '';
      let text: string;
      if (change.direction === 'none') text = t('kpi.noPrevious');
      else if (change.direction === 'same') text = t('kpi.same', { month });
      else {
        const abs = Math.abs(change.delta ?? 0);
        const delta = kind === 'percent' ? t('kpi.points', { value: fmt.number(abs, { digits: 1 }) }) : fmt.number(abs);
        text = t(change.direction === 'up' ? 'kpi.up' : 'kpi.down', { delta, month });
      }
      const judgement = change.tone === 'good' ? t('kpi.better') : change.tone === 'bad' ? t('kpi.worse') : '';
      changeLine = (
        <p className={`kpi-change kpi-change--${change.tone}`} data-testid="kpi-change" data-direction={change.direction}>
          {change.direction !== 'none' ? <span aria-hidden="true">{ARROWS[change.direction]} </span> : null}
          {text}
          {judgement ? <span className="visually-hidden"> {judgement}</span> : null}
        </p>
      );
    }
  }

  const unit = unitText(props.unit, t);
  return (
    <article className="card kpi-card" data-testid={`kpi-${indicatorId}`} aria-labelledby={headingId}>
      <header className="kpi-head">
        <h3 id={headingId} className="kpi-label">
          {label}
        </h3>
        <InfoTip title={label} definition={props.definition} source={props.source} />
      </header>
      <StatusPanel status={cardStatus} error={props.error} compact minHeight={96}>
        <p className="kpi-value" data-value={hasValue ? String(value) : ''} data-testid="kpi-value">
          {hasValue ? show(value) : ''}
          {unit ? <span className="kpi-unit"> {unit}</span> : null}
        </p>
        {changeLine}
        {props.footnote ? <p className="kpi-foot">{props.footnote}</p> : null}
        {props.children ? <div className="kpi-graphic">{props.children}</div> : null}
      </StatusPanel>
    </article>
  );
}
