import { memo, useMemo, type CSSProperties } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import { useFormat } from '../../format/useFormat';
import { COLOURS } from '../charts/palette';
import {
  BarRowsGroup,
  dataAttributes,
  rowState,
  sameRowProps,
  stateClass,
  textRoom,
  useStableToggle,
  type RowData,
  type RowState,
} from './bar-parts';
import { niceScale, percentOf } from './nice-ticks';
import './views.css';

/** One category of a bar chart. */
export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** A second value (e.g. "of whom poor"), drawn striped, stacked or side by side. */
  secondary?: number;
  /** Shorter label under a vertical bar; the full label stays in the tooltip and accessible name. */
  shortLabel?: string;
  /** Fill of this row's bar instead of the chart's `colour` (e.g. a group colour). */
  colour?: string;
  /** Stripes on this row's bar, so that its group differs by more than colour. */
  striped?: boolean;
  /** Full text of the value in the accessible name, tooltip and description, when the bar label is shorter. */
  valueText?: string;
  /** More raw numbers for tests, written as data-<name> attributes on the row. */
  data?: RowData;
}

export interface BarChartProps {
  rows: BarRow[];
  /** Subject of the chart (used in its text alternative). */
  title: string;
  /** Unit of the values: the value-axis name ('orang', '%'). */
  unit: string;
  /** Dimension the categories belong to (test ids `bar-<dim>-<key>`). */
  dim?: string;
  /** Name of the category axis and of the keyboard group, e.g. "Pendidikan". */
  categoryLabel?: string;
  selected?: readonly string[];
  /** Click (or Enter/Space) on a row: always { multi: true }, the row adds or removes its value. */
  onToggle?(key: string, opts: { multi: boolean }): void;
  /** Full text of a value in labels, tooltip and buttons (default id-ID number + unit). */
  valueFormat?(value: number): string;
  /** Axis tick labels (default id-ID number). */
  axisFormat?(value: number): string;
  orientation?: 'horizontal' | 'vertical';
  colour?: string;
  secondaryColour?: string;
  /** Names of the two series when rows have `secondary`. */
  seriesNames?: { value: string; secondary: string };
  /** Secondary stacked on the value (default) or drawn beside it. */
  stacked?: boolean;
  /** Vertical: height of the plot in px (default 200). Horizontal: minimum height of the chart. */
  height?: number;
  testId?: string;
}

type Layout = 'single' | 'stacked' | 'side';

/**
 * Bars for one categorical dimension, drawn in HTML and CSS: one element per category, sized as a
 * percentage of a "nice" value axis (1-2-5 ticks, gridlines, the unit as axis name), with the
 * value in id-ID at the end of each bar. With `onToggle` every row is a toggle button
 * (aria-pressed, test id `bar-<dim>-<key>`); chosen bars are outlined and the others fade. A
 * `secondary` value is striped, stacked on the value or beside it, with a small legend.
 */
export function BarChart(props: BarChartProps) {
  const { t } = useCachedTranslation();
  const fmt = useFormat();
  const {
    rows,
    title,
    unit,
    dim,
    categoryLabel,
    selected = [],
    onToggle,
    orientation = 'horizontal',
    colour = COLOURS.blue,
    secondaryColour = COLOURS.orange,
    stacked = true,
    seriesNames,
  } = props;
  const show = useMemo(
    () => props.valueFormat ?? ((v: number) => (unit && unit !== '%' ? `${fmt.number(v)} ${unit}` : unit === '%' ? fmt.percent(v) : fmt.number(v))),
    [props.valueFormat, unit, fmt],
  );
  const axis = useMemo(() => props.axisFormat ?? ((v: number) => fmt.number(v)), [props.axisFormat, fmt]);
  const hasSecondary = rows.some((r) => r.secondary !== undefined);
  const layout: Layout = !hasSecondary ? 'single' : stacked ? 'stacked' : 'side';
  const horizontal = orientation === 'horizontal';
  const toggle = useStableToggle(onToggle);

  // Everything but the selection: recomputed when the data change, not on a click.
  const model = useMemo(() => {
    let top = 0;
    let integer = true;
    for (const r of rows) {
      const s = r.secondary ?? 0;
      top = Math.max(top, layout === 'stacked' ? r.value + s : Math.max(r.value, s));
      integer &&= Number.isInteger(r.value) && Number.isInteger(s);
    }
    const scale = niceScale(top, 4, integer);
    const items = rows.map((r) => {
      const s = r.secondary ?? 0;
      const valueText = r.valueText ?? show(r.value);
      const name = !hasSecondary
        ? `${r.label}: ${valueText}`
        : seriesNames
          ? `${r.label}: ${seriesNames.value} ${valueText}, ${seriesNames.secondary} ${show(s)}`
          : `${r.label}: ${valueText}, ${show(s)}`;
      return {
        row: r,
        name,
        size: percentOf(r.value, scale.max),
        // stacked: the striped part ends at the total, which the axis covers
        size2: layout === 'stacked' ? Math.min(percentOf(s, scale.max), 100 - percentOf(r.value, scale.max)) : percentOf(s, scale.max),
        text: layout === 'stacked' ? show(r.value + s) : show(r.value),
        text2: layout === 'side' ? show(s) : '',
      };
    });
    const longest = items.reduce((n, it) => Math.max(n, it.text.length, it.text2.length), 0);
    const tickTexts = scale.ticks.map((v) => axis(v));
    return { scale, items, valueRoom: textRoom(longest), tickTexts, tickRoom: textRoom(tickTexts.reduce((n, s) => Math.max(n, s.length), 0)) };
  }, [rows, layout, hasSecondary, seriesNames, show, axis]);

  const description = useMemo(
    () =>
      t('views.bar.description', {
        title,
        unit,
        values: rows
          .map((r) => `${r.label} ${r.valueText ?? show(r.value)}${hasSecondary && seriesNames ? ` (${seriesNames.secondary} ${show(r.secondary ?? 0)})` : ''}`)
          .join('; '),
      }),
    [t, title, unit, rows, show, hasSecondary, seriesNames],
  );

  const chosen = new Set(selected);
  const { scale } = model;
  const vars: Record<string, string | number | undefined> = { '--value-w': model.valueRoom, '--tick-w': model.tickRoom };
  if (horizontal) vars.minHeight = props.height;
  else vars['--plot-h'] = `${props.height ?? 200}px`;
  const style = vars as CSSProperties;

  // ticks and gridlines keyed by position: new data moves and relabels them instead of replacing them
  const grid = (
    <div className="bars-grid" aria-hidden="true">
      {scale.ticks.map((v, i) => (
        <span key={i} className={`bars-gridline${i === 0 ? ' bars-gridline--zero' : ''}`} style={at(horizontal, percentOf(v, scale.max))} />
      ))}
    </div>
  );
  const ticks = (
    <div className="bars-ticks" aria-hidden="true">
      {scale.ticks.map((v, i) => (
        <span key={i} className="bars-tick" style={at(horizontal, percentOf(v, scale.max))}>
          {model.tickTexts[i]}
        </span>
      ))}
    </div>
  );
  const list = (
    <BarRowsGroup label={onToggle ? t('views.bar.buttons', { subject: categoryLabel ?? title }) : undefined}>
      {model.items.map((it) => (
        <BarItem
          key={it.row.key}
          id={it.row.key}
          label={it.row.label}
          shortLabel={horizontal ? undefined : it.row.shortLabel}
          name={it.name}
          horizontal={horizontal}
          layout={layout}
          size={it.size}
          size2={it.size2}
          text={it.text}
          text2={it.text2}
          colour={it.row.colour ?? colour}
          colour2={secondaryColour}
          striped={!!it.row.striped}
          state={rowState(chosen, it.row.key)}
          value={it.row.value}
          secondary={it.row.secondary}
          data={it.row.data}
          testId={onToggle ? `bar-${dim ?? 'x'}-${it.row.key}` : undefined}
          onToggle={onToggle ? toggle : undefined}
        />
      ))}
    </BarRowsGroup>
  );

  return (
    <figure
      className={`bars bars--${horizontal ? 'horizontal' : 'vertical'} bars--${layout}${onToggle ? ' bars--interactive' : ''}`}
      data-testid={props.testId}
      style={style}
    >
      <figcaption className="visually-hidden">{description}</figcaption>
      {hasSecondary && seriesNames ? (
        <ul className="series-legend" aria-hidden="true">
          <li>
            <span className="swatch" style={{ background: colour }} />
            {seriesNames.value}
          </li>
          <li>
            <span className="swatch swatch--striped" style={{ background: secondaryColour }} />
            {seriesNames.secondary}
          </li>
        </ul>
      ) : null}
      {horizontal ? (
        <>
          <div className="bars-plot">
            {grid}
            {list}
          </div>
          <div className="bars-axis" aria-hidden="true">
            {ticks}
            {unit ? <span className="bars-axis-name">{unit}</span> : null}
          </div>
        </>
      ) : (
        <>
          <div className="bars-body">
            <span className="bars-axis-name bars-axis-name--y" aria-hidden="true">
              {unit}
            </span>
            {ticks}
            <div className="bars-plot">
              {grid}
              {list}
            </div>
          </div>
          {categoryLabel ? (
            <span className="bars-axis-name bars-axis-name--x" aria-hidden="true">
              {categoryLabel}
            </span>
          ) : null}
        </>
      )}
    </figure>
  );
}

/** Position along the value axis: left in a horizontal chart, bottom in a vertical one. */
function at(horizontal: boolean, pct: number): CSSProperties {
  return horizontal ? { left: `${pct}%` } : { bottom: `${pct}%` };
}

/** Extent of a bar segment from `start` for `pct` percent of the axis. */
function span(horizontal: boolean, start: number, pct: number): CSSProperties {
  return horizontal ? { left: `${start}%`, width: `${pct}%` } : { bottom: `${start}%`, height: `${pct}%` };
}

interface BarItemProps {
  id: string;
  label: string;
  shortLabel?: string;
  /** Accessible name and tooltip: label and value(s). */
  name: string;
  horizontal: boolean;
  layout: Layout;
  /** Value and secondary as percent of the axis. */
  size: number;
  size2: number;
  /** Label at the end of the (first) bar, and of the second bar when side by side. */
  text: string;
  text2: string;
  colour: string;
  colour2: string;
  striped: boolean;
  state: RowState;
  value: number;
  secondary?: number;
  data?: RowData;
  testId?: string;
  onToggle?(key: string): void;
}

/** One category: a toggle button when `onToggle` is given, else a plain row. Primitive props, memoised. */
const BarItem = memo(function BarItem(p: BarItemProps) {
  const h = p.horizontal;
  const fill = (c: string) => ({ backgroundColor: c });
  const bars =
    p.layout === 'single' ? (
      <span className={`bar-fill${p.striped ? ' bar-fill--striped' : ''}`} style={{ ...span(h, 0, p.size), ...fill(p.colour) }} />
    ) : p.layout === 'stacked' ? (
      <>
        <span className={`bar-fill${p.striped ? ' bar-fill--striped' : ''}`} style={{ ...span(h, 0, p.size), ...fill(p.colour) }} />
        <span className="bar-fill bar-fill--striped bar-fill--secondary" style={{ ...span(h, p.size, p.size2), ...fill(p.colour2) }} />
      </>
    ) : (
      <>
        <span className={`bar-fill bar-fill--lane0${p.striped ? ' bar-fill--striped' : ''}`} style={{ ...span(h, 0, p.size), ...fill(p.colour) }} />
        <span className="bar-fill bar-fill--lane1 bar-fill--striped bar-fill--secondary" style={{ ...span(h, 0, p.size2), ...fill(p.colour2) }} />
      </>
    );
  const end = p.layout === 'stacked' ? Math.min(100, p.size + p.size2) : p.size;
  const body = (
    <>
      <span className="bar-label category-label" title={p.label}>
        {p.shortLabel ?? p.label}
      </span>
      <span className="bar-track">
        {bars}
        <span className={`bar-value category-detail${p.layout === 'side' ? ' bar-value--lane0' : ''}`} style={at(h, end)}>
          {p.text}
        </span>
        {p.layout === 'side' ? (
          <span className="bar-value bar-value--lane1" style={at(h, p.size2)}>
            {p.text2}
          </span>
        ) : null}
      </span>
    </>
  );
  const attrs = {
    className: `bar-item${stateClass(p.state)}`,
    title: p.name,
    'data-testid': p.testId,
    'data-value': String(p.value),
    'data-secondary': p.secondary == null ? '' : String(p.secondary),
    ...dataAttributes(p.data),
  };
  if (!p.onToggle) return <div {...attrs}>{body}</div>;
  const toggle = p.onToggle;
  return (
    <button type="button" {...attrs} aria-pressed={p.state === 'on'} aria-label={p.name} onClick={() => toggle(p.id)}>
      {body}
    </button>
  );
}, sameRowProps);
