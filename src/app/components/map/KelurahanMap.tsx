import { useCallback, useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { GeoJSON, MapContainer, Pane } from 'react-leaflet';
import type { Feature, GeoJsonObject, Geometry } from 'geojson';
import type { FeatureCollectionLike } from '../../db/types';
import { COLOURS } from '../charts/palette';
import { fillFor, type Classes } from './choropleth';

export interface KelurahanMapProps {
  kelurahanGeo: FeatureCollectionLike;
  kecamatanGeo: FeatureCollectionLike;
  /** Value per kelurahan code. */
  values: ReadonlyMap<string, number>;
  classes: Classes | null;
  selectedKelurahan?: string;
  selectedKecamatan?: string;
  onSelect(kode: string): void;
  /** Tooltip text of a kelurahan. */
  tooltip(kode: string, nama: string, value: number | undefined): string;
  ariaLabel: string;
  height?: number;
}

type KelFeature = Feature<Geometry, { kode?: string; nama?: string }>;

function kodeOf(layer: L.Layer): string {
  return String((layer as L.Layer & { feature?: KelFeature }).feature?.properties?.kode ?? '');
}

function kelurahanStyle(
  kode: string,
  p: Pick<KelurahanMapProps, 'values' | 'classes' | 'selectedKelurahan'>,
): L.PathOptions {
  const selected = kode === p.selectedKelurahan;
  return {
    className: 'kelurahan-shape',
    fillColor: fillFor(p.values.get(kode), p.classes),
    fillOpacity: 1,
    color: selected ? COLOURS.ink : '#ffffff',
    weight: selected ? 3 : 1,
    opacity: 1,
  };
}

function kecamatanStyle(kode: string, selectedKecamatan: string | undefined): L.PathOptions {
  const selected = kode === selectedKecamatan;
  return {
    className: 'kecamatan-outline',
    fill: false,
    color: selected ? COLOURS.ink : '#4b5563',
    weight: selected ? 3.5 : 2,
    opacity: 1,
  };
}

/**
 * Choropleth of kelurahan with kecamatan outlines on top, on a plain background (no tiles).
 * Each kelurahan path carries class "kelurahan-shape" and data-kode, for tests and styling.
 */
export function KelurahanMap(props: KelurahanMapProps) {
  const { kelurahanGeo, kecamatanGeo, values, classes, selectedKelurahan, selectedKecamatan } = props;
  const kelLayer = useRef<L.GeoJSON | null>(null);
  const kecLayer = useRef<L.GeoJSON | null>(null);
  // Leaflet keeps the callbacks it was given at creation; route them through refs so they see fresh props.
  const latest = useRef(props);
  latest.current = props;

  const bounds = useMemo(() => {
    const b = L.geoJSON(kelurahanGeo as unknown as GeoJsonObject).getBounds();
    return b.isValid() ? b : L.latLngBounds([0.02, 117.38], [0.21, 117.57]);
  }, [kelurahanGeo]);

  const options = useMemo(
    () => ({
      style: (feature?: KelFeature) => kelurahanStyle(String(feature?.properties?.kode ?? ''), latest.current),
      onEachFeature: (feature: KelFeature, layer: L.Layer) => {
        const kode = String(feature.properties?.kode ?? '');
        const nama = String(feature.properties?.nama ?? kode);
        layer.on('add', () => {
          const el = (layer as L.Path).getElement();
          if (el) {
            el.classList.add('kelurahan-shape');
            el.setAttribute('data-kode', kode);
          }
          if (kode === latest.current.selectedKelurahan) {
            el?.setAttribute('data-selected', 'true');
            (layer as L.Path).bringToFront();
          }
        });
        layer.on('click', () => latest.current.onSelect(kode));
        layer.bindTooltip(
          () => {
            const span = document.createElement('span');
            span.textContent = latest.current.tooltip(kode, nama, latest.current.values.get(kode));
            return span;
          },
          { sticky: true, direction: 'top', className: 'map-tooltip' },
        );
      },
    }),
    [],
  );

  // The style each path was last given: a path whose colour and outline stay the same is not
  // touched (Leaflet's setStyle rewrites every SVG attribute of the path), and the chosen path is
  // brought to the front only when the choice changes.
  const applied = useRef(new WeakMap<L.Layer, string>());
  const frontOf = useRef<string | undefined>(undefined);
  useEffect(() => {
    const group = kelLayer.current;
    if (!group) return;
    let selectedLayer: L.Path | undefined;
    group.eachLayer((layer) => {
      const kode = kodeOf(layer);
      const path = layer as L.Path;
      const selected = kode === selectedKelurahan;
      const style = kelurahanStyle(kode, { values, classes, selectedKelurahan });
      const signature = `${style.fillColor}|${style.color}|${style.weight}`;
      if (applied.current.get(layer) !== signature) {
        path.setStyle(style);
        applied.current.set(layer, signature);
        const el = path.getElement();
        if (el) {
          if (selected) el.setAttribute('data-selected', 'true');
          else el.removeAttribute('data-selected');
        }
      }
      if (selected) selectedLayer = path;
    });
    if (frontOf.current !== selectedKelurahan) {
      frontOf.current = selectedKelurahan;
      selectedLayer?.bringToFront();
    }
  }, [values, classes, selectedKelurahan, kelurahanGeo]);

  // One function for the component's life: react-leaflet restyles every outline whenever the
  // GeoJSON's `style` prop is a new function (a new selection is applied by the effect below).
  const kecamatanOutlineStyle = useCallback(
    (feature?: Feature) => kecamatanStyle(String(feature?.properties?.kode ?? ''), latest.current.selectedKecamatan),
    [],
  );

  useEffect(() => {
    kecLayer.current?.eachLayer((layer) => {
      (layer as L.Path).setStyle(kecamatanStyle(kodeOf(layer), selectedKecamatan));
    });
  }, [selectedKecamatan, kecamatanGeo]);

  return (
    <div className="map-frame" role="region" aria-label={props.ariaLabel}>
      <MapContainer
        bounds={bounds}
        boundsOptions={{ padding: [8, 8] }}
        zoomSnap={0.25}
        scrollWheelZoom={false}
        attributionControl={false}
        style={{ height: props.height ?? 420, width: '100%' }}
        className="kelurahan-map"
      >
        <GeoJSON ref={kelLayer} data={kelurahanGeo as unknown as GeoJsonObject} {...options} />
        <Pane name="kecamatan-outline" style={{ zIndex: 450, pointerEvents: 'none' }}>
          <GeoJSON
            ref={kecLayer}
            data={kecamatanGeo as unknown as GeoJsonObject}
            interactive={false}
            style={kecamatanOutlineStyle}
          />
        </Pane>
      </MapContainer>
    </div>
  );
}
