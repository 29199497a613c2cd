/**
 * Turns per-kelurahan shapes into the snapshot's two FeatureCollections: kelurahan features with
 * their reference properties, and kecamatan features dissolved (unioned) from their kelurahan.
 * Shared by the official and the schematic geometry builders.
 */
import polygonClipping from 'polygon-clipping';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { KECAMATAN, KELURAHAN } from '../reference/wilayah';
import { interiorPoint, largestPoly, ringArea, roundMultiPoly, round6, type MultiPoly } from './planar';
import type { GeometryResult, KecamatanProps, KelurahanProps } from './types';

type Geom = Polygon | MultiPolygon;

/**
 * Holes smaller than this (square degrees, about 1.2 ha) left after dissolving kelurahan into a
 * kecamatan are slivers between simplified kelurahan edges, not real enclaves; they are filled.
 */
const SLIVER_HOLE_MAX = 1e-6;

/** Drops holes smaller than `SLIVER_HOLE_MAX`. */
export function fillSlivers(mp: MultiPoly): MultiPoly {
  return mp.map(([outer, ...holes]) => [outer, ...holes.filter((h) => Math.abs(ringArea(h)) >= SLIVER_HOLE_MAX)]);
}

/** Union of polygons (polygon-clipping), as a multipolygon. */
export function unionAll(parts: MultiPoly): MultiPoly {
  if (parts.length === 0) return [];
  const [first, ...rest] = parts as unknown as polygonClipping.Polygon[];
  return polygonClipping.union(first, ...rest) as unknown as MultiPoly;
}

/** GeoJSON geometry for a multipolygon: a Polygon when it has one part. */
export function toGeometry(mp: MultiPoly): Geom {
  return mp.length === 1 ? { type: 'Polygon', coordinates: mp[0] } : { type: 'MultiPolygon', coordinates: mp };
}

/** A label point {lat, lng} inside the largest part of a multipolygon, rounded to 6 decimals. */
export function labelOf(mp: MultiPoly): { lat: number; lng: number } | null {
  const p = largestPoly(mp);
  if (!p) return null;
  const [lng, lat] = interiorPoint(p);
  return { lat: round6(lat), lng: round6(lng) };
}

/**
 * Builds the result from shapes keyed by kelurahan code. `labels` gives kelurahan label points
 * (missing ones are computed); kecamatan labels are always computed from the dissolved shape.
 */
export function assemble(
  kind: GeometryResult['kind'],
  shapes: ReadonlyMap<string, MultiPoly>,
  givenLabels: ReadonlyMap<string, { lat: number; lng: number }>,
  unmatched: string[],
): GeometryResult {
  const skematis = kind === 'schematic';
  const labels: Record<string, { lat: number; lng: number }> = {};
  const kelFeatures: Feature<Geom, KelurahanProps>[] = [];
  const byKec = new Map<string, MultiPoly>();

  for (const kel of KELURAHAN) {
    const shape = shapes.get(kel.kode);
    if (!shape) continue;
    const mp = roundMultiPoly(shape);
    if (mp.length === 0) continue;
    const kec = KECAMATAN.find((k) => k.kode === kel.kode_kecamatan)!;
    kelFeatures.push({
      type: 'Feature',
      properties: { kode: kel.kode, nama: kel.nama, kode_kecamatan: kec.kode, nama_kecamatan: kec.nama, skematis },
      geometry: toGeometry(mp),
    });
    const label = givenLabels.get(kel.kode) ?? labelOf(mp);
    if (label) labels[kel.kode] = label;
    const list = byKec.get(kec.kode) ?? [];
    list.push(...mp);
    byKec.set(kec.kode, list);
  }

  const kecFeatures: Feature<Geom, KecamatanProps>[] = [];
  for (const kec of KECAMATAN) {
    const parts = byKec.get(kec.kode);
    if (!parts) continue;
    const mp = roundMultiPoly(fillSlivers(unionAll(parts)));
    if (mp.length === 0) continue;
    kecFeatures.push({
      type: 'Feature',
      properties: { kode: kec.kode, nama: kec.nama, skematis },
      geometry: toGeometry(mp),
    });
    const label = labelOf(mp);
    if (label) labels[kec.kode] = label;
  }

  return {
    kind,
    kelurahan: { type: 'FeatureCollection', features: kelFeatures },
    kecamatan: { type: 'FeatureCollection', features: kecFeatures },
    labels,
    unmatched,
  };
}
