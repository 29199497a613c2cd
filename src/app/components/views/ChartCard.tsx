import { useId, useState, type ReactNode } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import type { Text } from '../../../core/indicators/types';
import { useFormat } from '../../format/useFormat';
import { InfoTip } from '../panels/InfoTip';
import { StatusPanel, statusOf, type PanelStatus, type QueryLike } from '../panels/StatusPanel';
import './views.css';

/** One column of a chart's data table. */
export interface TableColumn<R = Record<string, unknown>> {
  key: string;
  label: string;
  /** Default: right when the column holds numbers, left otherwise. */
  align?: 'left' | 'right';
  /** Cell text; default: id-ID number for numbers, the value as text otherwise, '–' for null. */
  format?(value: unknown, row: R): string;
}

/** The data behind a chart, shown as an accessible table (its text alternative). */
export interface ChartTable<R = Record<string, unknown>> {
  columns: TableColumn<R>[];
  rows: R[];
  rowKey?(row: R, index: number): string;
}

export interface ChartCardProps<T = unknown, R = Record<string, unknown>> {
  /** The finding's subject, e.g. "Pencari kerja aktif menurut pendidikan". */
  title: string;
  /** Unit and period, e.g. "orang, akhir Oktober 2026". */
  subtitle?: string;
  /** Definition and source (an IndicatorDef fits), shown in the "i" tip and as a source line. */
  info?: { definition: Text; source: Text };
  /** The react-query result(s) feeding the chart: error, then loading, then empty (no rows) states. */
  query?: QueryLike<T> | Array<QueryLike<T>>;
  /** What counts as empty (default: no rows). */
  isEmpty?(data: T): boolean;
  /** Explicit status; overrides `query`. Without both the card is ready. */
  status?: PanelStatus;
  error?: unknown;
  /** Enables "Tampilkan tabel". */
  table?: ChartTable<R>;
  testId?: string;
  /** 2 = full width of the ViewGrid (default 1 = half). */
  span?: 1 | 2;
  /** Heading level of the title (default 2: cards sit right under the page h1). */
  headingLevel?: 2 | 3;
  /** Keeps the layout steady while loading. */
  minHeight?: number;
  /** Extra controls in the header (left of the "i"). */
  actions?: ReactNode;
  /** Notes under the chart (above the source line). */
  footer?: ReactNode;
  children?: ReactNode;
}

function cellText<R>(col: TableColumn<R>, row: R, fmtNumber: (v: number) => string): string {
  const value = (row as Record<string, unknown>)[col.key];
  if (col.format) return col.format(value, row);
  if (value == null) return '–';
  if (typeof value === 'number') return fmtNumber(value);
  return String(value);
}

/**
 * A chart card: title (the finding's subject), subtitle (unit/period), definition and source,
 * the one loading/error/empty panel, and a "Tampilkan tabel" toggle that shows the chart's data
 * as a table whose caption is the title.
 */
export function ChartCard<T = unknown, R = Record<string, unknown>>(props: ChartCardProps<T, R>) {
  const { t } = useCachedTranslation();
  const fmt = useFormat();
  const { title, subtitle, info, table, testId, span = 1, headingLevel = 2 } = props;
  const [showTable, setShowTable] = useState(false);
  const uid = useId();
  const titleId = `${uid}-title`;
  const tableId = `${uid}-table`;
  const status: PanelStatus = props.status ?? (props.query ? statusOf(props.query, props.isEmpty) : 'ready');
  const error =
    props.error ?? (props.query ? (Array.isArray(props.query) ? props.query : [props.query]).find((q) => q.isError)?.error : undefined);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const rightAligned = (table?.columns ?? []).map((c) =>
    c.align ? c.align === 'right' : table!.rows.some((r) => typeof (r as Record<string, unknown>)[c.key] === 'number'),
  );

  return (
    <section
      className={`card chart-card${span === 2 ? ' chart-card--wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      data-status={status}
    >
      <header className="card-head">
        <div>
          <Heading id={titleId} className="card-title">
            {title}
          </Heading>
          {subtitle ? <p className="muted small chart-subtitle">{subtitle}</p> : null}
        </div>
        <div className="chart-card-tools">
          {props.actions}
          {info ? <InfoTip title={title} definition={info.definition[fmt.lang]} source={info.source[fmt.lang]} /> : null}
        </div>
      </header>
      <StatusPanel status={status} error={error} minHeight={props.minHeight}>
        <div className="chart-body">{props.children}</div>
        {table ? (
          <div className="chart-table-toggle">
            <button
              type="button"
              className="link-button"
              aria-expanded={showTable}
              aria-controls={tableId}
              data-testid={testId ? `${testId}-table-toggle` : undefined}
              onClick={() => setShowTable((s) => !s)}
            >
              {showTable ? t('views.card.hideTable') : t('views.card.showTable')}
            </button>
          </div>
        ) : null}
        {table ? (
          <div id={tableId} className="chart-table" hidden={!showTable}>
            {showTable ? (
              <table data-testid={testId ? `${testId}-table` : undefined}>
                <caption>{title}{subtitle ? <span className="muted small"> — {subtitle}</span> : null}</caption>
                <thead>
                  <tr>
                    {table.columns.map((c, j) => (
                      <th key={c.key} scope="col" className={rightAligned[j] ? 'num' : undefined}>
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, i) => (
                    <tr key={table.rowKey ? table.rowKey(row, i) : i}>
                      {table.columns.map((c, j) => {
                        const right = rightAligned[j];
                        const text = cellText(c, row, (v) => fmt.number(v));
                        const raw = (row as Record<string, unknown>)[c.key];
                        const dataValue = typeof raw === 'number' ? String(raw) : undefined;
                        return j === 0 ? (
                          <th key={c.key} scope="row" className={right ? 'num' : undefined} data-value={dataValue}>
                            {text}
                          </th>
                        ) : (
                          <td key={c.key} className={right ? 'num' : undefined} data-value={dataValue}>
                            {text}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        ) : null}
      </StatusPanel>
      {props.footer ? <div className="chart-footer small">{props.footer}</div> : null}
      {info ? <p className="source chart-source">{t('compare.source', { source: info.source[fmt.lang] })}</p> : null}
    </section>
  );
}
