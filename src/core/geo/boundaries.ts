/**
 * Official map geometry from a kelurahan boundaries file (GeoJSON FeatureCollection of
 * Polygon/MultiPolygon, e.g. the cahyadsn/wilayah_boundaries export): each feature is matched to
 * a Kemendagri kelurahan through its code or name property, kecamatan are dissolved from their
 * kelurahan. Pure: the caller reads and parses the file.
 */
import type { KelurahanMatcher } from '../normalise/region';
import { assemble, unionAll } from './assemble';
import { pointInMultiPoly, type MultiPoly, type Poly } from './planar';
import { BoundariesError, type GeometryResult } from './types';

// Property names (compared lower-case) tried first, codes before names.
const CODE_KEYS = ['code', 'kode', 'kode_kelurahan', 'kd_kel', 'kode_kel', 'kode_desa', 'kdepum', 'kd_desa'];
const NAME_KEYS = ['name', 'nama', 'nama_kelurahan', 'namobj', 'wadmkd', 'nama_kel', 'nama_desa', 'kelurahan', 'desa'];

function isPosition(p: unknown): p is [number, number] {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

function asPolygon(coords: unknown, where: string): Poly {
  if (!Array.isArray(coords) || coords.length === 0) throw new BoundariesError(`${where}: polygon has no rings`);
  return coords.map((ring, r) => {
    if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) {
      throw new BoundariesError(`${where}: ring ${r} is not a list of at least 4 [lng, lat] positions`);
    }
    return ring.map((p: number[]) => [p[0], p[1]] as [number, number]);
  });
}

function asMultiPolygon(geometry: unknown, where: string): MultiPoly {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') throw new BoundariesError(`${where}: no geometry`);
  if (g.type === 'Polygon') return [asPolygon(g.coordinates, where)];
  if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0) {
    return g.coordinates.map((c, i) => asPolygon(c, `${where} part ${i}`));
  }
  throw new BoundariesError(`${where}: geometry type ${String(g.type)} is not Polygon or MultiPolygon`);
}

function matchFeature(props: Record<string, unknown>, matcher: KelurahanMatcher): string | null {
  const lower = new Map<string, unknown>();
  for (const [k, v] of Object.entries(props)) lower.set(k.toLowerCase(), v);
  for (const key of [...CODE_KEYS, ...NAME_KEYS]) {
    const v = lower.get(key);
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const r = matcher(v);
    if (r.ok) return r.value;
  }
  // Any other string property, but only on an exact (not fuzzy) match.
  for (const [key, v] of lower) {
    if (CODE_KEYS.includes(key) || NAME_KEYS.includes(key) || typeof v !== 'string') continue;
    const r = matcher(v);
    if (r.ok && !r.repaired) return r.value;
  }
  return null;
}

function describeFeature(props: Record<string, unknown>, index: number): string {
  const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of [...NAME_KEYS, ...CODE_KEYS]) {
    const v = lower.get(key);
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return `fitur #${index + 1}`;
}

function numberProp(props: Record<string, unknown>, key: string): number | null {
  const v = props[key];
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/**
 * Reads a kelurahan FeatureCollection and returns official geometry: one feature per matched
 * kelurahan (several input features of one kelurahan are merged), coordinates rounded to 6 decimals,
 * label points from `label_lat`/`label_lng` when given and inside the shape (else a computed interior
 * point), and
 * kecamatan dissolved from their kelurahan. Features matching no kelurahan are listed in `unmatched`;
 * kelurahan without a feature are simply absent.
 * Throws `BoundariesError` (code 'boundaries-invalid') when the input is not a FeatureCollection of polygons.
 */
export function geometryFromBoundaries(geojson: unknown, matcher: KelurahanMatcher): GeometryResult {
  const fc = geojson as { type?: unknown; features?: unknown } | null;
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new BoundariesError('input is not a GeoJSON FeatureCollection');
  }
  if (fc.features.length === 0) throw new BoundariesError('the FeatureCollection has no features');

  const parts = new Map<string, MultiPoly>();
  const labels = new Map<string, { lat: number; lng: number }>();
  const unmatched: string[] = [];
  fc.features.forEach((f: unknown, i: number) => {
    const feature = f as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') {
      throw new BoundariesError(`feature ${i + 1} is not a GeoJSON Feature`);
    }
    const mp = asMultiPolygon(feature.geometry, `feature ${i + 1}`);
    const props = (feature.properties && typeof feature.properties === 'object' ? feature.properties : {}) as Record<
      string,
      unknown
    >;
    const kode = matchFeature(props, matcher);
    if (!kode) {
      unmatched.push(describeFeature(props, i));
      return;
    }
    parts.set(kode, [...(parts.get(kode) ?? []), ...mp]);
    const lat = numberProp(props, 'label_lat');
    const lng = numberProp(props, 'label_lng');
    if (lat !== null && lng !== null && !labels.has(kode)) labels.set(kode, { lat, lng });
  });

  // Union per kelurahan: merges split features and normalises ring orientation.
  const shapes = new Map<string, MultiPoly>();
  for (const [kode, mp] of parts) shapes.set(kode, unionAll(mp));
  // A given label point that falls outside its shape (the real Bontang file has one ~10 m outside
  // Lok Tuan) is replaced by a computed interior point.
  for (const [kode, l] of labels) {
    const shape = shapes.get(kode);
    if (!shape || !pointInMultiPoly(l.lng, l.lat, shape)) labels.delete(kode);
  }
  return assemble('official', shapes, labels, unmatched);
}
