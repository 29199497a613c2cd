import { useCallback, useMemo } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import type { DimensionId } from '../../../core/indicators/dimensions';
import type { DistribusiRow } from '../../../core/indicators/pengangguran';
import type { IndicatorDef, ViewParams } from '../../../core/indicators/types';
import { useFormat } from '../../format/useFormat';
import type { ViewState } from '../../state/useViewParams';
import { useViewIndicator } from '../../state/useViewIndicator';
import { BarChart, ChartCard, dimensionLabel, type TableColumn } from '../views';
import { categoryLabel } from './labels';

export interface DistribusiCardProps {
  def: IndicatorDef<ViewParams, DistribusiRow>;
  dim: Extract<DimensionId, 'jk' | 'umur' | 'pend' | 'kbji' | 'durasi'>;
  view: Pick<ViewState, 'filters' | 'params' | 'selections' | 'paramsFor' | 'toggle' | 'prefills'>;
  orientation?: 'horizontal' | 'vertical';
}

/**
 * Active job seekers by one dimension as cross-filter bars: every other selection applies, this
 * dimension's own choice is highlighted; a click (or its button) toggles the value in the URL.
 */
export function DistribusiCard({ def, dim, view, orientation = 'horizontal' }: DistribusiCardProps) {
  const { t } = useCachedTranslation('pengangguran');
  const { t: tShared } = useCachedTranslation();
  const fmt = useFormat();
  const q = useViewIndicator(view, def, (v) => v.paramsFor(dim));
  const rows = useMemo(() => q.data ?? [], [q.data]);
  const title = t(`dist.${dim}`);
  const unit = t('dist.unit');
  const bars = useMemo(
    () => rows.map((r) => ({ key: r.kunci, label: categoryLabel(dim, r, tShared), value: r.nilai })),
    [rows, dim, tShared],
  );
  // the unit is on the axis and in the subtitle; a bare number keeps the bar labels inside the card
  const plain = useCallback((v: number) => fmt.number(v), [fmt]);
  const { toggle } = view;
  const onToggle = useCallback((key: string, o: { multi: boolean }) => toggle(dim, key, o), [toggle, dim]);
  const columns: TableColumn<DistribusiRow>[] = [
    { key: 'kunci', label: dimensionLabel(dim, fmt.lang), format: (_v, r) => categoryLabel(dim, r, tShared) },
    { key: 'nilai', label: `${title} (${unit})` },
  ];

  return (
    <ChartCard
      title={title}
      subtitle={t('dist.subtitle', { month: fmt.month(view.params.periode) })}
      info={def}
      query={q}
      isEmpty={(d) => d.every((r) => r.nilai === 0)}
      table={{ columns, rows, rowKey: (r) => r.kunci }}
      testId={`chart-${def.id}`}
    >
      <BarChart
        rows={bars}
        title={title}
        unit={unit}
        dim={dim}
        categoryLabel={dimensionLabel(dim, fmt.lang)}
        selected={view.selections[dim] ?? []}
        onToggle={onToggle}
        orientation={orientation}
        valueFormat={plain}
      />
    </ChartCard>
  );
}
