import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { extentOutline, schematicGeometry } from '../../../src/core/geo';
import { multiPolyArea, pointInMultiPoly, polyArea, type MultiPoly } from '../../../src/core/geo/planar';
import { KELURAHAN, KOTA } from '../../../src/core/reference/wilayah';

const toMp = (g: Geometry): MultiPoly =>
  (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as MultiPoly;

describe('geo/schematicGeometry', () => {
  const r = schematicGeometry();

  it('gives 15 non-empty cells, each containing its own label point, flagged skematis', () => {
    expect(r.kind).toBe('schematic');
    expect(r.unmatched).toEqual([]);
    expect(r.kelurahan.features.map((f) => f.properties.kode)).toEqual(KELURAHAN.map((k) => k.kode));
    for (const f of r.kelurahan.features) {
      const k = KELURAHAN.find((x) => x.kode === f.properties.kode)!;
      const mp = toMp(f.geometry);
      expect(multiPolyArea(mp), k.nama).toBeGreaterThan(0);
      expect(pointInMultiPoly(k.label.lng, k.label.lat, mp), k.nama).toBe(true);
      expect(f.properties.skematis).toBe(true);
      expect(r.labels[k.kode]).toEqual(k.label);
    }
  });

  it('cells tile the city outline without overlap', () => {
    const total = r.kelurahan.features.reduce((s, f) => s + multiPolyArea(toMp(f.geometry)), 0);
    expect(total).toBeCloseTo(polyArea(extentOutline()), 6);
    const e = KOTA.extent;
    expect(total).toBeLessThan((e.maxLat - e.minLat) * (e.maxLng - e.minLng));
  });

  it('dissolves 3 kecamatan covering the same area', () => {
    expect(r.kecamatan.features.map((f) => f.properties.kode)).toEqual(['64.74.01', '64.74.02', '64.74.03']);
    for (const f of r.kecamatan.features) {
      expect(f.properties.skematis).toBe(true);
      const l = r.labels[f.properties.kode];
      expect(pointInMultiPoly(l.lng, l.lat, toMp(f.geometry))).toBe(true);
    }
    const kec = r.kecamatan.features.reduce((s, f) => s + multiPolyArea(toMp(f.geometry)), 0);
    expect(kec).toBeCloseTo(polyArea(extentOutline()), 6);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(schematicGeometry())).toBe(JSON.stringify(r));
  });
});
