/**
 * Shared types of core/geo: the map geometry that goes into a snapshot
 * (`kelurahan.geojson`, `kecamatan.geojson` and the label points of the `wilayah` table).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Properties of an output kelurahan feature. */
export interface KelurahanProps {
  kode: string;
  nama: string;
  kode_kecamatan: string;
  nama_kecamatan: string;
  /** True when the shape is a schematic (Voronoi) cell, not an official boundary. */
  skematis: boolean;
}

/** Properties of an output kecamatan feature. */
export interface KecamatanProps {
  kode: string;
  nama: string;
  skematis: boolean;
}

/** Map geometry for a snapshot. */
export interface GeometryResult {
  /** 'official' when built from a boundaries file, 'schematic' when drawn from label points. */
  kind: 'official' | 'schematic';
  /** One feature per matched kelurahan, ordered by code. */
  kelurahan: FeatureCollection<Polygon | MultiPolygon, KelurahanProps>;
  /** One feature per kecamatan that has at least one kelurahan, ordered by code. */
  kecamatan: FeatureCollection<Polygon | MultiPolygon, KecamatanProps>;
  /** Label point per kelurahan code, and per kecamatan code ('64.74.01'). */
  labels: Record<string, { lat: number; lng: number }>;
  /** Input features that matched no kelurahan, by their name/code property (or 'fitur #i'). */
  unmatched: string[];
}

/** Thrown when a boundaries input is not a FeatureCollection of polygons. `code` is 'boundaries-invalid'. */
export class BoundariesError extends Error {
  readonly code = 'boundaries-invalid' as const;
  constructor(detail: string) {
    super(`boundaries-invalid: ${detail}`);
    this.name = 'BoundariesError';
  }
}
