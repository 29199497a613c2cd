import { dataAttributes, type RowData } from './bar-parts';
import './views.css';

export interface CategoryButtonItem {
  key: string;
  label: string;
  /** Value text shown after the label (e.g. "1.234 orang"). */
  detail?: string;
  /** Swatch colour; none = no swatch. */
  colour?: string;
  /** Raw numbers for tests, written as data-<name> attributes (e.g. { value: 1234 } -> data-value="1234"). */
  data?: RowData;
}

export interface CategoryButtonsProps {
  items: CategoryButtonItem[];
  selected?: readonly string[];
  /** Called with multi: true (toggle buttons add or remove one value). */
  onToggle(key: string, opts: { multi: boolean }): void;
  /** Accessible name of the group, e.g. "Pilih Pendidikan". */
  label: string;
  /** Test id of each button: `<prefix>-<dim>-<key>` (default prefix 'bar'). */
  dim?: string;
  testIdPrefix?: string;
}

/**
 * One toggle button per category (aria-pressed), next to a chart: every selection a click on the
 * chart makes is also reachable by keyboard, and the list doubles as the chart's legend.
 */
export function CategoryButtons({ items, selected = [], onToggle, label, dim, testIdPrefix = 'bar' }: CategoryButtonsProps) {
  const any = selected.length > 0;
  return (
    <ul className="category-buttons" role="group" aria-label={label}>
      {items.map((it) => {
        const pressed = selected.includes(it.key);
        return (
          <li key={it.key}>
            <button
              type="button"
              className={`category-button${pressed ? ' is-pressed' : ''}${any && !pressed ? ' is-faded' : ''}`}
              aria-pressed={pressed}
              data-testid={`${testIdPrefix}-${dim ?? 'x'}-${it.key}`}
              {...dataAttributes(it.data)}
              onClick={() => onToggle(it.key, { multi: true })}
            >
              <span className="category-check" aria-hidden="true">
                {pressed ? '✓' : ''}
              </span>
              {it.colour ? <span className="swatch" style={{ background: it.colour }} aria-hidden="true" /> : null}
              <span className="category-label">{it.label}</span>
              {it.detail ? <span className="category-detail">{it.detail}</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
