import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import type { FilterOptions, Filters, ResolvedFilters } from '../../state/filters';

export interface FilterBarProps {
  options: FilterOptions;
  filters: ResolvedFilters;
  onChange(patch: Filters): void;
  onReset(): void;
}

/** Period, kecamatan and kelurahan selects. Without a kecamatan the kelurahan list is grouped by kecamatan. */
export function FilterBar({ options, filters, onChange, onReset }: FilterBarProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const uid = useId();
  const months = [...options.months].reverse();
  const kelurahan = filters.kecamatan
    ? options.kelurahan.filter((k) => k.kode_kecamatan === filters.kecamatan)
    : options.kelurahan;
  const isDefault = !filters.kecamatan && !filters.kelurahan && filters.periode === options.months[options.months.length - 1];

  return (
    <form className="filter-bar" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()} data-testid="filter-bar">
      <div className="field">
        <label htmlFor={`${uid}-periode`}>{t('filters.periode')}</label>
        <select
          id={`${uid}-periode`}
          name="periode"
          value={filters.periode}
          onChange={(e) => onChange({ periode: e.target.value })}
        >
          {months.map((m) => (
            <option key={m} value={m}>
              {fmt.month(m)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-kec`}>{t('filters.kecamatan')}</label>
        <select
          id={`${uid}-kec`}
          name="kec"
          value={filters.kecamatan ?? ''}
          onChange={(e) => onChange({ kecamatan: e.target.value || undefined })}
        >
          <option value="">{t('filters.allKecamatan')}</option>
          {options.kecamatan.map((k) => (
            <option key={k.kode} value={k.kode}>
              {k.nama}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-kel`}>{t('filters.kelurahan')}</label>
        <select
          id={`${uid}-kel`}
          name="kel"
          value={filters.kelurahan ?? ''}
          onChange={(e) => onChange({ kelurahan: e.target.value || undefined })}
        >
          <option value="">{t('filters.allKelurahan')}</option>
          {filters.kecamatan
            ? kelurahan.map((k) => (
                <option key={k.kode} value={k.kode}>
                  {k.nama}
                </option>
              ))
            : options.kecamatan.map((kec) => (
                <optgroup key={kec.kode} label={kec.nama}>
                  {kelurahan
                    .filter((k) => k.kode_kecamatan === kec.kode)
                    .map((k) => (
                      <option key={k.kode} value={k.kode}>
                        {k.nama}
                      </option>
                    ))}
                </optgroup>
              ))}
        </select>
      </div>
      <button type="button" className="button button--quiet" onClick={onReset} disabled={isDefault}>
        {t('filters.reset')}
      </button>
    </form>
  );
}
