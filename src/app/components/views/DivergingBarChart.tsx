import { memo, useCallback, useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { COLOURS } from '../charts/palette';
import { BarRowsGroup, rowState, stateClass, textRoom, useStableToggle, type RowState } from './bar-parts';
import { niceScale, percentOf } from './nice-ticks';
import './views.css';

/** Supply and demand of one category (e.g. a KBJI group: job seekers vs open vacancies). */
export interface DivergingRow {
  key: string;
  label: string;
  supply: number;
  demand: number;
}

/** Supply per unit of demand (3.2 = 3,2 job seekers per vacancy); null without demand. */
export function gapRatio(supply: number, demand: number): number | null {
  return demand > 0 && Number.isFinite(supply) ? supply / demand : null;
}

export interface DivergingBarChartProps {
  rows: DivergingRow[];
  title: string;
  /** Unit of both sides ('orang / posisi'). */
  unit: string;
  /** e.g. "Pencari kerja (pasokan)". */
  supplyLabel: string;
  /** e.g. "Lowongan (permintaan)". */
  demandLabel: string;
  dim?: string;
  categoryLabel?: string;
  selected?: readonly string[];
  onToggle?(key: string, opts: { multi: boolean }): void;
  /** Text of a count (default id-ID number). */
  valueFormat?(value: number): string;
  supplyColour?: string;
  demandColour?: string;
  /** Minimum height of the chart in px. */
  height?: number;
  testId?: string;
}

/**
 * Supply to the left of a centre axis and demand (striped) to the right, one row per category,
 * with the ratio supply : demand at the right edge ("rasio 3,2 : 1"). HTML and CSS, both sides on
 * one nice scale; with `onToggle` each row is a toggle button (test id `bar-<dim>-<key>`, data-supply,
 * data-demand, data-ratio) as in BarChart.
 */
export function DivergingBarChart(props: DivergingBarChartProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const {
    rows,
    title,
    unit,
    supplyLabel,
    demandLabel,
    dim,
    categoryLabel,
    selected = [],
    onToggle,
    supplyColour = COLOURS.blue,
    demandColour = COLOURS.orange,
  } = props;
  const show = useMemo(() => props.valueFormat ?? ((v: number) => fmt.number(v)), [props.valueFormat, fmt]);
  const ratioText = useCallback(
    (r: DivergingRow) => {
      const ratio = gapRatio(r.supply, r.demand);
      return ratio === null ? t('views.diverging.noDemand') : t('views.diverging.ratio', { ratio: fmt.number(ratio, { digits: 1 }) });
    },
    [t, fmt],
  );
  const toggle = useStableToggle(onToggle);

  const model = useMemo(() => {
    const scale = niceScale(rows.reduce((m, r) => Math.max(m, r.supply, r.demand), 0), 2, rows.every((r) => Number.isInteger(r.supply) && Number.isInteger(r.demand)));
    const items = rows.map((r) => {
      const ratio = ratioText(r);
      const supply = show(r.supply);
      const demand = show(r.demand);
      return {
        row: r,
        ratio,
        ratioValue: gapRatio(r.supply, r.demand),
        supply,
        demand,
        supplySize: percentOf(r.supply, scale.max),
        demandSize: percentOf(r.demand, scale.max),
        name: t('views.diverging.row', { label: r.label, supplyLabel, supply, demandLabel, demand, ratio }),
      };
    });
    const longest = items.reduce((n, it) => Math.max(n, it.supply.length, it.demand.length), 0);
    const longestRatio = items.reduce((n, it) => Math.max(n, it.ratio.length), 0);
    // the axis mirrored: ticks of the supply side (right to left), then of the demand side. Each
    // side is half the plot: with three or more steps only every other tick is labelled (0, 2·step, …)
    // so that the labels do not run into each other; every tick keeps its gridline.
    const sparse = scale.ticks.length > 3;
    const side = scale.ticks.slice(1).map((v, i) => ({ v, pct: percentOf(v, scale.max) / 2, text: sparse && i % 2 === 0 ? '' : show(v) }));
    const ticks = [
      ...[...side].reverse().map((x) => ({ key: `s${x.v}`, pos: 50 - x.pct, text: x.text, zero: false })),
      { key: '0', pos: 50, text: show(0), zero: true },
      ...side.map((x) => ({ key: `d${x.v}`, pos: 50 + x.pct, text: x.text, zero: false })),
    ];
    return { items, ticks, valueRoom: textRoom(longest), ratioRoom: textRoom(longestRatio + 1) };
  }, [rows, show, ratioText, t, supplyLabel, demandLabel]);

  const description = t('views.diverging.description', { title, unit, values: model.items.map((it) => it.name).join('; ') });
  const chosen = new Set(selected);
  const vars: Record<string, string | number | undefined> = { '--value-w': model.valueRoom, '--ratio-w': model.ratioRoom, minHeight: props.height };
  const style = vars as CSSProperties;

  return (
    <figure className="diverging" data-testid={props.testId} style={style}>
      <figcaption className="visually-hidden">{description}</figcaption>
      <ul className="series-legend series-legend--split" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: supplyColour }} />
          {supplyLabel} ←
        </li>
        <li>
          → {demandLabel}
          <span className="swatch swatch--striped" style={{ background: demandColour }} />
        </li>
      </ul>
      <div className="bars-plot">
        <div className="bars-grid" aria-hidden="true">
          {model.ticks.map((tk) => (
            <span key={tk.key} className={`bars-gridline${tk.zero ? ' bars-gridline--zero' : ''}`} style={{ left: `${tk.pos}%` }} />
          ))}
        </div>
        <BarRowsGroup label={onToggle ? t('views.bar.buttons', { subject: categoryLabel ?? title }) : undefined}>
          {model.items.map((it) => (
            <DivergingItem
              key={it.row.key}
              id={it.row.key}
              label={it.row.label}
              name={it.name}
              supplyText={it.supply}
              demandText={it.demand}
              ratioText={it.ratio}
              supplySize={it.supplySize}
              demandSize={it.demandSize}
              supplyColour={supplyColour}
              demandColour={demandColour}
              supply={it.row.supply}
              demand={it.row.demand}
              ratio={it.ratioValue}
              state={rowState(chosen, it.row.key)}
              testId={onToggle ? `bar-${dim ?? 'x'}-${it.row.key}` : undefined}
              onToggle={onToggle ? toggle : undefined}
            />
          ))}
        </BarRowsGroup>
      </div>
      <div className="bars-axis" aria-hidden="true">
        <div className="bars-ticks">
          {model.ticks
            .filter((tk) => tk.text)
            .map((tk) => (
              <span key={tk.key} className="bars-tick" style={{ left: `${tk.pos}%` }}>
                {tk.text}
              </span>
            ))}
        </div>
        {unit ? <span className="bars-axis-name">{unit}</span> : null}
      </div>
    </figure>
  );
}

interface DivergingItemProps {
  id: string;
  label: string;
  /** Accessible name and tooltip: label, both values and the ratio in words. */
  name: string;
  supplyText: string;
  demandText: string;
  ratioText: string;
  /** Supply and demand as percent of one side of the axis. */
  supplySize: number;
  demandSize: number;
  supplyColour: string;
  demandColour: string;
  supply: number;
  demand: number;
  ratio: number | null;
  state: RowState;
  testId?: string;
  onToggle?(key: string): void;
}

/** One category of the diverging chart: a toggle button when `onToggle` is given. Primitive props, memoised. */
const DivergingItem = memo(function DivergingItem(p: DivergingItemProps) {
  const body = (
    <>
      <span className="bar-label category-label" title={p.label}>
        {p.label}
      </span>
      {/* the numbers in one text, as the old button list had it (read by tests and kept for copy) */}
      <span className="visually-hidden category-detail">{`${p.supplyText} : ${p.demandText} · ${p.ratioText}`}</span>
      <span className="bar-track bar-track--supply" aria-hidden="true">
        <span className="bar-fill" style={{ width: `${p.supplySize}%`, backgroundColor: p.supplyColour }} />
        <span className="bar-value" style={{ right: `${p.supplySize}%` }}>
          {p.supplyText}
        </span>
      </span>
      <span className="bar-track bar-track--demand" aria-hidden="true">
        <span className="bar-fill bar-fill--striped" style={{ width: `${p.demandSize}%`, backgroundColor: p.demandColour }} />
        <span className="bar-value" style={{ left: `${p.demandSize}%` }}>
          {p.demandText}
        </span>
      </span>
      <span className="diverging-ratio" aria-hidden="true">
        {p.ratioText}
      </span>
    </>
  );
  const attrs = {
    className: `bar-item${stateClass(p.state)}`,
    title: p.name,
    'data-testid': p.testId,
    'data-supply': String(p.supply),
    'data-demand': String(p.demand),
    'data-ratio': p.ratio == null ? '' : String(p.ratio),
  };
  if (!p.onToggle) return <div {...attrs}>{body}</div>;
  const toggle = p.onToggle;
  return (
    <button type="button" {...attrs} aria-pressed={p.state === 'on'} aria-label={p.name} onClick={() => toggle(p.id)}>
      {body}
    </button>
  );
});
