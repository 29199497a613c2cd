import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kemiskinanPerDesil, type KemiskinanDesilRow } from '../../../core/indicators/kemiskinan';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { ViewState } from '../../state/useViewParams';
import { COLOURS } from '../charts/palette';
import { BarChart, CategoryButtons, ChartCard, type BarRow } from '../views';
import { DESIL_MISKIN, desilGroup, desilLabel, isPoorSelection } from './labels';

const GROUP_COLOUR = { poor: COLOURS.vermillion, other: COLOURS.blue, none: COLOURS.muted } as const;

/**
 * Active job seekers by DTSEN decile (1-10, in DTSEN without a decile, not found), as vertical
 * BarChart columns. Each column is a toggle button for the decile (dimension 'desil'); "not found"
 * is not drawn and has its own button under the chart; one button selects deciles 1-4 at once.
 * Deciles 1-4 are vermillion and striped, 5-10 blue, the rest grey, with a legend in words.
 */
export function DesilCard({ view }: { view: ViewState }) {
  const { t } = useTranslation('kemiskinan');
  const fmt = useFormat();
  const q = useIndicator(kemiskinanPerDesil, view.paramsFor('desil'));
  const rows = useMemo(() => q.data ?? [], [q.data]);
  // "not found in DTSEN" is most job seekers: drawn, it would flatten the deciles, so it is stated
  // in words above the chart and stays selectable through its button
  const bars = useMemo(() => rows.filter((r) => r.desil_kat !== 'luar'), [rows]);
  const luar = rows.find((r) => r.desil_kat === 'luar');
  const selected = useMemo(() => view.selections.desil ?? [], [view.selections.desil]);
  const show = useCallback(
    (r: KemiskinanDesilRow) => `${fmt.number(r.nilai)} ${t('units.people')} (${r.persen == null ? '–' : fmt.percent(r.persen)})`,
    [fmt, t],
  );
  const title = t('desil.title');

  const barRows = useMemo<BarRow[]>(
    () =>
      bars.map((r) => {
        const group = desilGroup(r.desil_kat);
        return {
          key: r.desil_kat,
          label: desilLabel(r.desil_kat, t),
          shortLabel: desilLabel(r.desil_kat, t, true),
          value: r.nilai,
          valueText: show(r),
          colour: GROUP_COLOUR[group],
          striped: group === 'poor',
          data: { persen: r.persen },
        };
      }),
    [bars, t, show],
  );
  const onToggle = useCallback((key: string, opts: { multi: boolean }) => view.toggle('desil', key, opts), [view]);
  const plain = useCallback((v: number) => fmt.number(v), [fmt]);
  const poorChosen = isPoorSelection(selected);
  const togglePoor = () =>
    view.update({ selections: { ...view.selections, desil: poorChosen ? [] : [...DESIL_MISKIN] } });

  return (
    <ChartCard
      title={title}
      subtitle={t('subtitlePeople', { month: fmt.month(view.filters.periode) })}
      info={kemiskinanPerDesil}
      query={q}
      isEmpty={(d) => d.every((r) => r.nilai === 0)}
      testId="chart-kemiskinanPerDesil"
      minHeight={300}
      actions={
        <button
          type="button"
          className={`button button--quiet${poorChosen ? ' is-pressed' : ''}`}
          aria-pressed={poorChosen}
          data-testid="desil-miskin-toggle"
          onClick={togglePoor}
        >
          {poorChosen ? t('desil.unchoosePoor') : t('desil.choosePoor')}
        </button>
      }
      table={{
        columns: [
          { key: 'desil_kat', label: t('desil.colDesil'), format: (v) => desilLabel(String(v), t) },
          { key: 'nilai', label: t('desil.colPeople') },
          { key: 'persen', label: t('desil.colShare'), format: (v) => (v == null ? '–' : fmt.percent(v as number)) },
        ],
        rows,
        rowKey: (r) => r.desil_kat,
      }}
      footer={<p className="muted">{t('desil.note')}</p>}
    >
      <ul className="series-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--striped" style={{ background: GROUP_COLOUR.poor }} />
          {t('desil.groupPoor')}
        </li>
        <li>
          <span className="swatch" style={{ background: GROUP_COLOUR.other }} />
          {t('desil.groupOther')}
        </li>
        <li>
          <span className="swatch" style={{ background: GROUP_COLOUR.none }} />
          {t('desil.groupNone')}
        </li>
      </ul>
      {luar ? (
        <p className="small kemiskinan-luar" data-testid="desil-luar" data-value={luar.nilai}>
          {t('desil.luarNote', { value: show(luar) })}
        </p>
      ) : null}
      <BarChart
        rows={barRows}
        title={title}
        unit={t('units.people')}
        dim="desil"
        categoryLabel={t('desil.axis')}
        selected={selected}
        onToggle={onToggle}
        orientation="vertical"
        valueFormat={plain}
        testId="bars-kemiskinan-desil"
      />
      {luar ? (
        <CategoryButtons
          items={[
            {
              key: luar.desil_kat,
              label: desilLabel(luar.desil_kat, t),
              detail: show(luar),
              colour: GROUP_COLOUR.none,
              data: { value: luar.nilai, persen: luar.persen },
            },
          ]}
          selected={selected}
          onToggle={onToggle}
          label={t('desil.buttons')}
          dim="desil"
        />
      ) : null}
    </ChartCard>
  );
}
