import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import { DIMENSION_IDS, type DimensionId } from '../../../core/indicators/dimensions';
import { useFormat } from '../../format/useFormat';
import type { ViewState } from '../../state/useViewParams';
import { dimensionLabel, valueLabel, type ValueLabeller } from './value-labels';
import './views.css';

/** One removable chip: a selected value of a dimension, or the kecamatan/kelurahan filter. */
export interface Chip {
  /** Dimension id, or 'kec' / 'kel' for the area filter. */
  dim: DimensionId | 'kec' | 'kel';
  value: string;
  dimLabel: string;
  valueLabel: string;
}

export interface SelectionChipsProps {
  view: Pick<ViewState, 'filters' | 'options' | 'selections' | 'toggle' | 'setFilters' | 'clearAll'>;
  /** The view's labels for values (e.g. from its rows); defaults cover jk, desil, umur, durasi, kbji, kbli. */
  labelOf?: ValueLabeller;
  /** Show the kecamatan/kelurahan filter as chips too (default true). */
  includeArea?: boolean;
}

/** Every chip to show, area first, then dimensions in their fixed order. */
export function useChips({ view, labelOf, includeArea = true }: SelectionChipsProps): Chip[] {
  const { t } = useCachedTranslation();
  const fmt = useFormat();
  const { filters, options, selections } = view;
  return useMemo(() => {
    const out: Chip[] = [];
    if (includeArea && filters.kecamatan) {
      const nama = options.kecamatan.find((k) => k.kode === filters.kecamatan)?.nama ?? filters.kecamatan;
      out.push({ dim: 'kec', value: filters.kecamatan, dimLabel: t('filters.kecamatan'), valueLabel: nama });
    }
    if (includeArea && filters.kelurahan) {
      const nama = options.kelurahan.find((k) => k.kode === filters.kelurahan)?.nama ?? filters.kelurahan;
      out.push({ dim: 'kel', value: filters.kelurahan, dimLabel: t('filters.kelurahan'), valueLabel: nama });
    }
    for (const dim of DIMENSION_IDS) {
      for (const value of selections[dim] ?? []) {
        out.push({ dim, value, dimLabel: dimensionLabel(dim, fmt.lang), valueLabel: valueLabel(dim, value, t, labelOf) });
      }
    }
    return out;
  }, [filters, options, selections, includeArea, labelOf, t, fmt.lang]);
}

/**
 * The active selection of a view as removable chips ("Pendidikan: SMA ✕"), area filter included,
 * with "Hapus semua pilihan". Changes are announced to screen readers; after a removal the focus
 * moves to the next chip (or the group) instead of getting lost.
 */
export function SelectionChips(props: SelectionChipsProps) {
  const { t } = useCachedTranslation();
  const { view } = props;
  const chips = useChips(props);
  const headingId = useId();
  const group = useRef<HTMLElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const summary = chips.map((c) => t('views.chips.chip', { dim: c.dimLabel, value: c.valueLabel })).join('; ');
  // The live region's text follows a change of the chips in the same commit (state derived while
  // rendering, not in an effect: an effect would commit, lay out and paint the page a second time).
  const [announced, setAnnounced] = useState({ summary, text: '' });
  if (announced.summary !== summary) {
    setAnnounced({ summary, text: summary ? t('views.chips.announce', { list: summary }) : t('views.chips.announceNone') });
  }
  const announcement = announced.text;

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const buttons = group.current?.querySelectorAll<HTMLButtonElement>('button.chip');
    if (buttons && buttons.length > 0) buttons[Math.min(index, buttons.length - 1)].focus();
    else group.current?.focus();
  }, [chips]);

  const remove = (chip: Chip, index: number) => {
    pendingFocus.current = index;
    if (chip.dim === 'kec') view.setFilters({ kecamatan: undefined });
    else if (chip.dim === 'kel') view.setFilters({ kelurahan: undefined });
    else view.toggle(chip.dim, chip.value, { multi: true });
  };
  const clearAll = () => {
    pendingFocus.current = 0;
    view.clearAll();
  };

  return (
    <section ref={group} className="selection-chips" data-testid="selection-chips" aria-labelledby={headingId} tabIndex={-1}>
      <p id={headingId} className="selection-chips-label">
        {t('views.chips.label')}:
      </p>
      {chips.length === 0 ? (
        <p className="muted small selection-chips-none">{t('views.chips.none')}</p>
      ) : (
        <>
          <ul className="chip-list">
            {chips.map((c, i) => (
              <li key={`${c.dim}-${c.value}`}>
                <button
                  type="button"
                  className="chip"
                  data-testid={`chip-${c.dim}-${c.value}`}
                  aria-label={t('views.chips.remove', { dim: c.dimLabel, value: c.valueLabel })}
                  title={t('views.chips.remove', { dim: c.dimLabel, value: c.valueLabel })}
                  onClick={() => remove(c, i)}
                >
                  <span className="chip-dim">{c.dimLabel}:</span> <span className="chip-value">{c.valueLabel}</span>
                  <span className="chip-x" aria-hidden="true">
                    ✕
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--quiet chip-clear" data-testid="chips-clear-all" onClick={clearAll}>
            {t('views.chips.clearAll')}
          </button>
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="chips-announcement">
        {announcement}
      </p>
    </section>
  );
}
