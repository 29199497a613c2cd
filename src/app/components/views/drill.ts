import { kecamatanOfKelurahan, type Filters, type ResolvedFilters } from '../../state/filters';

/**
 * The filter change for a click on kelurahan `kode` on a view map, drilling one level at a time:
 * at city level the click chooses its kecamatan; inside that kecamatan it chooses the kelurahan;
 * a click on the chosen kelurahan goes back up to its kecamatan; a click in another kecamatan
 * moves to that kecamatan.
 */
export function drillPatch(current: Pick<ResolvedFilters, 'kecamatan' | 'kelurahan'>, kode: string): Filters {
  const kec = kecamatanOfKelurahan(kode);
  if (!current.kecamatan || current.kecamatan !== kec) return { kecamatan: kec };
  if (current.kelurahan === kode) return { kelurahan: undefined };
  return { kelurahan: kode };
}

/** Current drill level. */
export function drillLevel(f: Pick<ResolvedFilters, 'kecamatan' | 'kelurahan'>): 'kota' | 'kecamatan' | 'kelurahan' {
  return f.kelurahan ? 'kelurahan' : f.kecamatan ? 'kecamatan' : 'kota';
}
