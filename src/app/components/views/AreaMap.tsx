import { useCallback, useMemo, type ReactNode } from 'react';
import { useCachedTranslation } from '../useCachedTranslation';
import { useSnapshot } from '../../db/SnapshotProvider';
import { useFormat } from '../../format/useFormat';
import { kecamatanOptions, kelurahanOptions } from '../../state/snapshot-options';
import { SEQUENTIAL_BLUES } from '../charts/palette';
import { quantileClasses, type Classes } from '../map/choropleth';
import { KelurahanMap } from '../map/KelurahanMap';
import { MapLegend } from '../map/MapLegend';
import './views.css';

export interface AreaMapProps {
  /** Value per kelurahan code: colours (unless `colourOf`), tooltip and list. */
  values: ReadonlyMap<string, number>;
  /** Caption of the legend with the unit, e.g. "Pencari kerja aktif (orang)". */
  legendTitle: string;
  /** Accessible name of the map region. */
  ariaLabel: string;
  /** Text of a value (default id-ID number). */
  valueFormat?(value: number): string;
  selectedKelurahan?: string;
  selectedKecamatan?: string;
  /** Click on a kelurahan (map or list). For drilling pass `(k) => view.setFilters(drillPatch(view.filters, k))`. */
  onSelect?(kode: string): void;
  /**
   * Colour of each kelurahan instead of the sequential classes (e.g. the bivariate class);
   * undefined = no data. Memoise it (useCallback): a new function recolours the map. Pass `legend` too.
   */
  colourOf?(kode: string): string | undefined;
  /** Replaces the sequential legend (e.g. a BivariateLegend). */
  legend?: ReactNode;
  /** Sequential ramp, light to dark (default SEQUENTIAL_BLUES). */
  ramp?: readonly string[];
  /** Tooltip text (default "Nama: nilai"). */
  tooltip?(kode: string, nama: string, value: number | undefined): string;
  /** Header of the value column of the list (default: the legend title). */
  valueLabel?: string;
  /** Text of the list's value cell (default: valueFormat of the value). */
  listText?(kode: string, value: number | undefined): string;
  /** The keyboard/screen-reader list next to the map (default true). */
  showList?: boolean;
  height?: number;
  testId?: string;
}

/**
 * Colours as "classes" for KelurahanMap: each distinct colour becomes a class whose upper bound is
 * its index, and every kelurahan gets its colour's index as value. This lets the existing map draw
 * any colouring (e.g. bivariate) without changing its props.
 */
export function colourClasses(
  kodes: readonly string[],
  colourOf: (kode: string) => string | undefined,
): { values: Map<string, number>; classes: Classes | null } {
  const colours: string[] = [];
  const values = new Map<string, number>();
  for (const kode of kodes) {
    const c = colourOf(kode);
    if (!c) continue;
    let i = colours.indexOf(c);
    if (i === -1) i = colours.push(c) - 1;
    values.set(kode, i);
  }
  return { values, classes: colours.length ? { min: 0, upper: colours.map((_, i) => i), colours } : null };
}

/**
 * Choropleth of any value per kelurahan on the snapshot's geometry (kecamatan outlines on top),
 * with legend, tooltip, highlighted selection, the schematic-boundary note, and a list of the
 * kelurahan as buttons (test ids `area-<kode>`) for keyboard and screen-reader users.
 */
export function AreaMap(props: AreaMapProps) {
  const { t } = useCachedTranslation();
  const fmt = useFormat();
  const { snapshot } = useSnapshot();
  const { values, colourOf, selectedKelurahan, selectedKecamatan, onSelect, showList = true } = props;
  const show = useMemo(() => props.valueFormat ?? ((v: number) => fmt.number(v)), [props.valueFormat, fmt]);

  const kelurahan = useMemo(() => (snapshot ? kelurahanOptions(snapshot.kelurahanGeo) : []), [snapshot]);
  const kecNames = useMemo(
    () => new Map((snapshot ? kecamatanOptions(snapshot.kecamatanGeo) : []).map((k) => [k.kode, k.nama])),
    [snapshot],
  );
  const ramp = props.ramp ?? SEQUENTIAL_BLUES;
  const sequential = useMemo(() => quantileClasses([...values.values()], undefined, ramp), [values, ramp]);
  const coloured = useMemo(
    () => (colourOf ? colourClasses(kelurahan.map((k) => k.kode), colourOf) : null),
    [colourOf, kelurahan],
  );
  const tooltip = useCallback(
    (kode: string, nama: string) => {
      const v = values.get(kode);
      if (props.tooltip) return props.tooltip(kode, nama, v);
      return t('views.map.tooltip', { name: nama, value: v === undefined ? t('views.map.noData') : show(v) });
    },
    // props.tooltip is read at call time through this closure; values/show cover the rest.
    [values, show, t, props.tooltip],
  );
  const select = useCallback((kode: string) => onSelect?.(kode), [onSelect]);

  const items = useMemo(
    () =>
      kelurahan
        .map((k) => ({ ...k, kecamatan: kecNames.get(k.kode_kecamatan) ?? '', nilai: values.get(k.kode) }))
        .sort((a, b) => (b.nilai ?? -Infinity) - (a.nilai ?? -Infinity) || a.nama.localeCompare(b.nama, 'id')),
    [kelurahan, kecNames, values],
  );

  if (!snapshot) return null;
  const schematic = snapshot.manifest.geometry.kind === 'schematic';
  const missing = kelurahan.some((k) => !values.has(k.kode));
  const listText = props.listText ?? ((_k: string, v: number | undefined) => (v === undefined ? '–' : show(v)));

  return (
    <div className="area-map" data-testid={props.testId ?? 'area-map'}>
      {schematic ? (
        <p className="note note--warning" data-testid="schematic-note">
          {t('map.schematic')}
        </p>
      ) : null}
      <div className={showList ? 'map-layout' : undefined}>
        <div className="map-main">
          <KelurahanMap
            key={snapshot.version}
            kelurahanGeo={snapshot.kelurahanGeo}
            kecamatanGeo={snapshot.kecamatanGeo}
            values={coloured ? coloured.values : values}
            classes={coloured ? coloured.classes : sequential}
            selectedKelurahan={selectedKelurahan}
            selectedKecamatan={selectedKecamatan}
            onSelect={select}
            tooltip={tooltip}
            ariaLabel={props.ariaLabel}
            height={props.height}
          />
          {props.legend ?? (coloured ? null : <MapLegend title={props.legendTitle} classes={sequential} showNoData={missing} />)}
        </div>
        {showList ? (
          <div className="kelurahan-list">
            <table>
              <caption>
                {t('views.map.listTitle')}
                {onSelect ? <span className="muted small"> — {t('views.map.listHint')}</span> : null}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('map.colKelurahan')}</th>
                  <th scope="col">{t('map.colKecamatan')}</th>
                  <th scope="col" className="num">
                    {props.valueLabel ?? props.legendTitle}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((it) => {
                  const isSelected = it.kode === selectedKelurahan;
                  const inKec = !!selectedKecamatan && it.kode_kecamatan === selectedKecamatan;
                  return (
                    <tr
                      key={it.kode}
                      className={isSelected ? 'is-selected' : inKec ? 'is-in-selection' : undefined}
                      data-kode={it.kode}
                    >
                      <th scope="row">
                        {onSelect ? (
                          <button
                            type="button"
                            className="link-button"
                            aria-pressed={isSelected}
                            aria-label={t(isSelected ? 'map.deselect' : 'map.select', { name: it.nama })}
                            data-testid={`area-${it.kode}`}
                            onClick={() => onSelect(it.kode)}
                          >
                            {it.nama}
                          </button>
                        ) : (
                          it.nama
                        )}
                      </th>
                      <td>{it.kecamatan}</td>
                      <td className="num" data-value={it.nilai ?? ''}>
                        {listText(it.kode, it.nilai)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </div>
  );
}
