import type { ReactNode } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import type { ViewState } from '../../state/useViewParams';
import { DrillBreadcrumb } from './DrillBreadcrumb';
import { SelectionChips } from './SelectionChips';
import type { ValueLabeller } from './value-labels';
import './views.css';

export interface ViewLayoutProps {
  /** Page title (h1). */
  title: string;
  /** One or two sentences under the title (data-testid="page-lede"). */
  lede?: ReactNode;
  view: Pick<ViewState, 'filters' | 'options' | 'selections' | 'toggle' | 'setFilters' | 'clearAll'>;
  /** The view's labels for selected values (chips). */
  labelOf?: ValueLabeller;
  /** data-testid of the page, e.g. "page-pengangguran". */
  testId?: string;
  /** Controls at the right of the title (e.g. print). */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * Frame of an analysis view: title and lede, the drill breadcrumb, the active-selection chips
 * and the view's content (usually a ViewGrid of ChartCards).
 */
export function ViewLayout({ title, lede, view, labelOf, testId, actions, children }: ViewLayoutProps) {
  const { t } = useCachedTranslation();
  return (
    <article className="page view-page" data-testid={testId}>
      <header className="page-head view-head">
        <div>
          <h1 className="page-title">{title}</h1>
          {lede ? (
            <p className="lede" data-testid="page-lede">
              {lede}
            </p>
          ) : null}
        </div>
        {actions ? <div className="view-actions">{actions}</div> : null}
      </header>
      <div className="view-context">
        <DrillBreadcrumb view={view} />
        <SelectionChips view={view} labelOf={labelOf} />
        <p className="muted small view-hint">{t('views.bar.hint')}</p>
      </div>
      {children}
    </article>
  );
}

/** Responsive grid of cards: two columns on wide screens (ChartCard span={2} takes a full row), one on narrow screens and in print. */
export function ViewGrid({ children, testId }: { children?: ReactNode; testId?: string }) {
  return (
    <div className="view-grid" data-testid={testId}>
      {children}
    </div>
  );
}
