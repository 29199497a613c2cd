import type { FeatureCollectionLike, LoadedSnapshot } from '../db/types';
import type { AreaOption, FilterOptions, KelurahanOption } from './filters';
import { monthOf, monthRange } from './months';

function str(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

function byKode<T extends AreaOption>(a: T, b: T): number {
  return a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0;
}

export function kecamatanOptions(geo: FeatureCollectionLike): AreaOption[] {
  return geo.features
    .map((f) => ({ kode: str(f.properties.kode), nama: str(f.properties.nama) }))
    .filter((k) => k.kode)
    .sort(byKode);
}

export function kelurahanOptions(geo: FeatureCollectionLike): KelurahanOption[] {
  return geo.features
    .map((f) => ({
      kode: str(f.properties.kode),
      nama: str(f.properties.nama),
      kode_kecamatan: str(f.properties.kode_kecamatan),
    }))
    .filter((k) => k.kode)
    .sort(byKode);
}

/** Months and areas a snapshot offers to the filter bar. */
export function filterOptionsFromSnapshot(snapshot: LoadedSnapshot): FilterOptions {
  const first = monthOf(snapshot.manifest.periode.mulai);
  const last = monthOf(snapshot.manifest.periode.akhir);
  return {
    months: first && last ? monthRange(first, last) : [],
    kecamatan: kecamatanOptions(snapshot.kecamatanGeo),
    kelurahan: kelurahanOptions(snapshot.kelurahanGeo),
  };
}
