/**
 * Small planar geometry helpers on [lng, lat] coordinates (degrees treated as a flat plane,
 * good enough at Bontang's size and latitude): areas, point-in-polygon, an interior label point,
 * and coordinate rounding. Used by core/geo and its tests.
 */

/** A position [lng, lat]. */
export type Pt = [number, number];
/** A closed ring of positions (first === last). */
export type Ring = Pt[];
/** A polygon: outer ring first, then holes. */
export type Poly = Ring[];
/** A multipolygon. */
export type MultiPoly = Poly[];

/** Signed shoelace area of a ring (positive when counter-clockwise), in square degrees. */
export function ringArea(ring: readonly Pt[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % n];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Area of a polygon (outer minus holes), square degrees. */
export function polyArea(poly: Poly): number {
  if (poly.length === 0) return 0;
  let a = Math.abs(ringArea(poly[0]));
  for (let i = 1; i < poly.length; i++) a -= Math.abs(ringArea(poly[i]));
  return a;
}

/** Area of a multipolygon, square degrees. */
export function multiPolyArea(mp: MultiPoly): number {
  return mp.reduce((s, p) => s + polyArea(p), 0);
}

/** Even-odd ray test of a point against one ring. */
export function pointInRing(x: number, y: number, ring: readonly Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the polygon's outer ring and outside all its holes. */
export function pointInPoly(x: number, y: number, poly: Poly): boolean {
  if (poly.length === 0 || !pointInRing(x, y, poly[0])) return false;
  for (let i = 1; i < poly.length; i++) if (pointInRing(x, y, poly[i])) return false;
  return true;
}

/** True when the point lies inside any polygon of the multipolygon. */
export function pointInMultiPoly(x: number, y: number, mp: MultiPoly): boolean {
  return mp.some((p) => pointInPoly(x, y, p));
}

function ringCentroid(ring: readonly Pt[]): Pt | null {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % n];
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  if (a === 0) return null;
  return [cx / (3 * a), cy / (3 * a)];
}

/** Midpoint of the widest inside stretch of the horizontal line at `y`, with its width. */
function widestSpan(poly: Poly, y: number): { x: number; width: number } | null {
  const xs: number[] = [];
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  let best: { x: number; width: number } | null = null;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const width = xs[i + 1] - xs[i];
    if (width > 0 && (!best || width > best.width)) best = { x: (xs[i] + xs[i + 1]) / 2, width };
  }
  return best;
}

/**
 * A point inside the polygon, for labels: the area centroid when it falls inside, otherwise the
 * middle of the widest inside stretch along a few horizontal lines, otherwise the vertex mean.
 */
export function interiorPoint(poly: Poly): Pt {
  const outer = poly[0];
  const c = ringCentroid(outer);
  if (c && pointInPoly(c[0], c[1], poly)) return c;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y] of outer) {
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  let best: { x: number; y: number; width: number } | null = null;
  for (const f of [0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875]) {
    const y = minY + f * (maxY - minY);
    const span = widestSpan(poly, y);
    if (span && (!best || span.width > best.width)) best = { x: span.x, y, width: span.width };
  }
  if (best) return [best.x, best.y];
  const n = outer.length;
  return [outer.reduce((s, p) => s + p[0], 0) / n, outer.reduce((s, p) => s + p[1], 0) / n];
}

/** The polygon with the largest area in a multipolygon (undefined when empty). */
export function largestPoly(mp: MultiPoly): Poly | undefined {
  let best: Poly | undefined;
  let bestArea = -1;
  for (const p of mp) {
    const a = polyArea(p);
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  return best;
}

/** Rounds a number to 6 decimals (about 0.1 m). */
export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6 + 0;

/**
 * Rounds every coordinate to 6 decimals, drops repeated consecutive points, keeps rings closed,
 * and drops rings (and polygons) that collapse to fewer than 4 positions.
 */
export function roundMultiPoly(mp: MultiPoly): MultiPoly {
  const out: MultiPoly = [];
  for (const poly of mp) {
    const rings: Poly = [];
    for (let r = 0; r < poly.length; r++) {
      const ring = roundRing(poly[r]);
      if (ring.length >= 4) rings.push(ring);
      else if (r === 0) break; // outer ring collapsed: drop the whole polygon
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

function roundRing(src: readonly Pt[]): Ring {
  const ring: Ring = [];
  for (const [x, y] of src) {
    const p: Pt = [round6(x), round6(y)];
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  return ring;
}
