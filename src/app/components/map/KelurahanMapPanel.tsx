import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pencakerAktifPerKelurahan } from '../../../core/indicators';
import { useSnapshot } from '../../db/SnapshotProvider';
import { useFormat } from '../../format/useFormat';
import { useIndicator } from '../../queries/useIndicator';
import type { FilterState } from '../../state/useFilterState';
import { InfoTip } from '../panels/InfoTip';
import { StatusPanel, statusOf } from '../panels/StatusPanel';
import { quantileClasses } from './choropleth';
import { KelurahanList, type KelurahanListItem } from './KelurahanList';
import { KelurahanMap } from './KelurahanMap';
import { MapLegend } from './MapLegend';

/** Map of active job seekers by kelurahan at the end of the chosen month, with legend and list. */
export function KelurahanMapPanel({ state }: { state: FilterState }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { snapshot } = useSnapshot();
  const { filters, setFilters, options } = state;
  const def = pencakerAktifPerKelurahan;
  const q = useIndicator(def, { periode: filters.periode });

  const values = useMemo(() => new Map((q.data ?? []).map((r) => [r.kode_kelurahan, r.nilai])), [q.data]);
  const classes = useMemo(() => quantileClasses([...values.values()]), [values]);
  const kecNames = useMemo(() => new Map(options.kecamatan.map((k) => [k.kode, k.nama])), [options.kecamatan]);
  const items = useMemo<KelurahanListItem[]>(
    () =>
      options.kelurahan
        .map((k) => ({ kode: k.kode, nama: k.nama, kecamatan: kecNames.get(k.kode_kecamatan) ?? '', nilai: values.get(k.kode) }))
        .sort((a, b) => (b.nilai ?? -1) - (a.nilai ?? -1) || a.nama.localeCompare(b.nama)),
    [options.kelurahan, kecNames, values],
  );

  const onSelect = useCallback(
    (kode: string) => setFilters(filters.kelurahan === kode ? { kelurahan: undefined } : { kelurahan: kode }),
    [filters.kelurahan, setFilters],
  );
  const tooltip = useCallback(
    (_kode: string, nama: string, value: number | undefined) =>
      t('map.tooltip', { name: nama, value: value === undefined ? t('map.noData') : fmt.number(value) }),
    [t, fmt],
  );

  if (!snapshot) return null;
  const schematic = snapshot.manifest.geometry.kind === 'schematic';
  const missing = options.kelurahan.some((k) => !values.has(k.kode));
  return (
    <section className="card map-card" aria-labelledby="map-title" data-testid="kelurahan-map-panel">
      <header className="card-head">
        <div>
          <h2 id="map-title" className="card-title">
            {t('map.title')}
          </h2>
          <p className="muted small">{t('map.subtitle', { month: fmt.month(filters.periode) })}</p>
        </div>
        <InfoTip title={def.label[fmt.lang]} definition={def.definition[fmt.lang]} source={def.source[fmt.lang]} />
      </header>
      {schematic ? (
        <p className="note note--warning" data-testid="schematic-note">
          {t('map.schematic')}
        </p>
      ) : null}
      <StatusPanel status={statusOf(q)} error={q.error} minHeight={420}>
        <div className="map-layout">
          <div className="map-main">
            <KelurahanMap
              key={snapshot.version}
              kelurahanGeo={snapshot.kelurahanGeo}
              kecamatanGeo={snapshot.kecamatanGeo}
              values={values}
              classes={classes}
              selectedKelurahan={filters.kelurahan}
              selectedKecamatan={filters.kecamatan}
              onSelect={onSelect}
              tooltip={tooltip}
              ariaLabel={t('map.ariaLabel')}
            />
            <MapLegend title={t('map.legend')} classes={classes} showNoData={missing} />
          </div>
          <KelurahanList items={items} selected={filters.kelurahan} onSelect={onSelect} />
        </div>
      </StatusPanel>
    </section>
  );
}
