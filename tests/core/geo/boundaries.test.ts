import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { BoundariesError, geometryFromBoundaries } from '../../../src/core/geo';
import { multiPolyArea, pointInMultiPoly, type MultiPoly } from '../../../src/core/geo/planar';
import { createKelurahanMatcher } from '../../../src/core/normalise/region';
import { KELURAHAN } from '../../../src/core/reference/wilayah';

// Real boundaries, read in place (never copied into the repo).
const dir = path.resolve(process.cwd(), '../shared/data/boundaries');
const readJson = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
const toMp = (g: Geometry): MultiPoly =>
  (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as MultiPoly;

function distanceToMultiPoly(x: number, y: number, mp: MultiPoly): number {
  if (pointInMultiPoly(x, y, mp)) return 0;
  let best = Infinity;
  for (const poly of mp) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i];
        const [bx, by] = ring[i + 1];
        const dx = bx - ax;
        const dy = by - ay;
        const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
      }
    }
  }
  return best;
}

const matcher = createKelurahanMatcher();
const kelurahanFile = readJson('bontang-kelurahan.geojson');
const result = geometryFromBoundaries(kelurahanFile, matcher);

describe('geo/geometryFromBoundaries on the real Bontang file', () => {
  it('matches all 15 kelurahan, in code order, with reference properties', () => {
    expect(result.kind).toBe('official');
    expect(result.unmatched).toEqual([]);
    expect(result.kelurahan.features.map((f) => f.properties.kode)).toEqual(KELURAHAN.map((k) => k.kode));
    const lokTuan = result.kelurahan.features.find((f) => f.properties.kode === '64.74.01.1003')!;
    expect(lokTuan.properties).toEqual({
      kode: '64.74.01.1003',
      nama: 'Lok Tuan',
      kode_kecamatan: '64.74.01',
      nama_kecamatan: 'Bontang Utara',
      skematis: false,
    });
  });

  it('rounds coordinates to 6 decimals', () => {
    for (const f of result.kelurahan.features) {
      for (const poly of toMp(f.geometry)) {
        for (const ring of poly) {
          for (const [x, y] of ring) {
            expect(Math.round(x * 1e6) / 1e6).toBe(x);
            expect(Math.round(y * 1e6) / 1e6).toBe(y);
          }
        }
      }
    }
  });

  it('yields 3 kecamatan whose union area is within 5% of the kota file', () => {
    expect(result.kecamatan.features.map((f) => [f.properties.kode, f.properties.nama])).toEqual([
      ['64.74.01', 'Bontang Utara'],
      ['64.74.02', 'Bontang Selatan'],
      ['64.74.03', 'Bontang Barat'],
    ]);
    const kecArea = result.kecamatan.features.reduce((s, f) => s + multiPolyArea(toMp(f.geometry)), 0);
    const kota = readJson('bontang-kota.geojson');
    const kotaArea = multiPolyArea(toMp(kota.features[0].geometry));
    expect(kotaArea).toBeGreaterThan(0.01);
    expect(Math.abs(kecArea / kotaArea - 1)).toBeLessThan(0.05);
    // Bontang Selatan is the largest kecamatan by area (domain-facts 2c).
    const areas = result.kecamatan.features.map((f) => multiPolyArea(toMp(f.geometry)));
    expect(Math.max(...areas)).toBe(areas[1]);
  });

  it('takes label points from label_lat/label_lng, replacing ones outside the shape; all fall inside', () => {
    expect(result.labels['64.74.01.1001']).toEqual({ lat: 0.133577, lng: 117.508492 });
    // The file's Lok Tuan label (0.164917, 117.474356) lies about 10 m outside its polygon: recomputed.
    expect(result.labels['64.74.01.1003']).not.toEqual({ lat: 0.164917, lng: 117.474356 });
    for (const f of result.kelurahan.features) {
      const l = result.labels[f.properties.kode];
      expect(pointInMultiPoly(l.lng, l.lat, toMp(f.geometry)), f.properties.nama).toBe(true);
    }
  });

  it('computes kecamatan label points inside the dissolved kecamatan', () => {
    for (const f of result.kecamatan.features) {
      const l = result.labels[f.properties.kode];
      expect(l, f.properties.kode).toBeDefined();
      expect(pointInMultiPoly(l.lng, l.lat, toMp(f.geometry))).toBe(true);
    }
  });

  it('each reference label point (domain-facts 2c) is in or within 100 m of its own kelurahan, and nearest to it', () => {
    // Rounding to 0.001° can push a point just outside a narrow kelurahan (Lok Tuan).
    for (const k of KELURAHAN) {
      const dists = result.kelurahan.features.map((f) => ({
        kode: f.properties.kode,
        d: distanceToMultiPoly(k.label.lng, k.label.lat, toMp(f.geometry)),
      }));
      const own = dists.find((x) => x.kode === k.kode)!.d;
      expect(own, k.nama).toBeLessThan(0.0009);
      expect(Math.min(...dists.map((x) => x.d)), k.nama).toBe(own);
    }
  });
});

describe('geo/geometryFromBoundaries on variants', () => {
  const features = kelurahanFile.features as { properties: Record<string, unknown>; geometry: Geometry }[];

  it('finds kelurahan by other property names, computes labels, and lists unmatched features', () => {
    const variant = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { NAMOBJ: 'Kel. Loktuan' }, geometry: features[2].geometry },
        { type: 'Feature', properties: { kd_kel: '6474031003' }, geometry: features[14].geometry },
        { type: 'Feature', properties: { keterangan: 'Api-Api', id: 7 }, geometry: features[5].geometry },
        { type: 'Feature', properties: { nama: 'Sangatta Utara' }, geometry: features[0].geometry },
        { type: 'Feature', properties: null, geometry: features[1].geometry },
      ],
    };
    const r = geometryFromBoundaries(variant, matcher);
    expect(r.kelurahan.features.map((f) => f.properties.kode)).toEqual(['64.74.01.1003', '64.74.01.1006', '64.74.03.1003']);
    expect(r.unmatched).toEqual(['Sangatta Utara', 'fitur #5']);
    expect(r.kecamatan.features.map((f) => f.properties.kode)).toEqual(['64.74.01', '64.74.03']);
    for (const f of r.kelurahan.features) {
      const l = r.labels[f.properties.kode];
      expect(pointInMultiPoly(l.lng, l.lat, toMp(f.geometry))).toBe(true);
    }
  });

  it('merges several features of one kelurahan', () => {
    const bl = features[10].geometry as { type: 'MultiPolygon'; coordinates: number[][][][] };
    const split = {
      type: 'FeatureCollection',
      features: bl.coordinates.map((c) => ({ type: 'Feature', properties: { name: 'Bontang Lestari' }, geometry: { type: 'Polygon', coordinates: c } })),
    };
    const r = geometryFromBoundaries(split, matcher);
    expect(r.kelurahan.features).toHaveLength(1);
    const merged = multiPolyArea(toMp(r.kelurahan.features[0].geometry));
    const original = multiPolyArea(toMp(result.kelurahan.features[10].geometry));
    expect(merged).toBeCloseTo(original, 8);
  });

  it('throws boundaries-invalid for input that is not a FeatureCollection of polygons', () => {
    const bad: unknown[] = [
      null,
      'text',
      { type: 'Feature' },
      { type: 'FeatureCollection', features: [] },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [117.5, 0.1] } }] },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[1, 2], [3, 4]]] } }] },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }] },
    ];
    for (const b of bad) {
      expect(() => geometryFromBoundaries(b, matcher)).toThrow(BoundariesError);
      try {
        geometryFromBoundaries(b, matcher);
      } catch (e) {
        expect((e as { code?: string }).code).toBe('boundaries-invalid');
      }
    }
  });
});
