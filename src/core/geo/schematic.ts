/**
 * Schematic map geometry for when no official boundaries are loaded: Voronoi cells around the
 * 15 kelurahan label points (core/reference/wilayah), clipped to a rough outline of the city's
 * extent. Shapes are honest placeholders (features carry `skematis: true`); only the topology
 * (which kelurahan neighbours which) and the rough position are meaningful.
 */
import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import { KELURAHAN, KOTA } from '../reference/wilayah';
import { assemble } from './assemble';
import type { MultiPoly, Poly, Pt } from './planar';
import type { GeometryResult } from './types';

/** The city extent as an octagon (a rectangle with its corners cut), [lng, lat] counter-clockwise. */
export function extentOutline(): Poly {
  const { minLat, maxLat, minLng, maxLng } = KOTA.extent;
  const cut = 0.25 * Math.min(maxLat - minLat, maxLng - minLng);
  const ring: Pt[] = [
    [minLng + cut, minLat],
    [maxLng - cut, minLat],
    [maxLng, minLat + cut],
    [maxLng, maxLat - cut],
    [maxLng - cut, maxLat],
    [minLng + cut, maxLat],
    [minLng, maxLat - cut],
    [minLng, minLat + cut],
  ];
  ring.push([ring[0][0], ring[0][1]]);
  return [ring];
}

/**
 * Builds schematic geometry: one Voronoi cell per kelurahan (clipped to the city outline),
 * kecamatan dissolved from the cells, labels = the reference label points. Deterministic.
 */
export function schematicGeometry(): GeometryResult {
  const { minLat, maxLat, minLng, maxLng } = KOTA.extent;
  const points = KELURAHAN.map((k) => [k.label.lng, k.label.lat] as Pt);
  const voronoi = Delaunay.from(points).voronoi([minLng, minLat, maxLng, maxLat]);
  const outline = extentOutline() as unknown as polygonClipping.Polygon;
  const shapes = new Map<string, MultiPoly>();
  const labels = new Map<string, { lat: number; lng: number }>();
  KELURAHAN.forEach((k, i) => {
    const cell = voronoi.cellPolygon(i);
    if (!cell) return;
    const clipped = polygonClipping.intersection([cell as unknown as polygonClipping.Ring], outline);
    shapes.set(k.kode, clipped as unknown as MultiPoly);
    labels.set(k.kode, { lat: k.label.lat, lng: k.label.lng });
  });
  return assemble('schematic', shapes, labels, []);
}
