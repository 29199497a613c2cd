/**
 * The global filters (period, kecamatan, kelurahan) live in the search part of the hash route,
 * e.g. `#/?periode=2026-10&kec=64.74.01&kel=64.74.01.1003`, so a copied link reproduces the view.
 *
 * parseFilters reads and validates the raw URL values; resolveFilters checks them against what
 * the loaded snapshot offers (months, areas) and fills the default period (the latest month).
 */
import type { AreaPeriodParams } from '../../core/indicators/types';
import { isMonth } from './months';

/** URL parameter names. */
export const FILTER_PARAMS = { periode: 'periode', kecamatan: 'kec', kelurahan: 'kel' } as const;

/** Filters as read from the URL (each may be absent). */
export interface Filters {
  periode?: string;
  kecamatan?: string;
  kelurahan?: string;
}

/** Filters checked against the snapshot: the period is always set. */
export interface ResolvedFilters {
  periode: string;
  kecamatan?: string;
  kelurahan?: string;
}

export interface AreaOption {
  kode: string;
  nama: string;
}

export interface KelurahanOption extends AreaOption {
  kode_kecamatan: string;
}

/** What the loaded snapshot allows the user to choose. */
export interface FilterOptions {
  /** Available months, ascending ('YYYY-MM'). */
  months: string[];
  kecamatan: AreaOption[];
  kelurahan: KelurahanOption[];
}

const KEC_RE = /^\d{2}\.\d{2}\.\d{2}$/;
const KEL_RE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** '6474011003' -> '64.74.01.1003'; dotted codes pass through; anything else -> undefined. */
export function normaliseKelurahanCode(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const v = raw.trim();
  if (KEL_RE.test(v)) return v;
  if (/^\d{10}$/.test(v)) return `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 6)}.${v.slice(6)}`;
  return undefined;
}

/** '647401' -> '64.74.01'; dotted codes pass through; anything else -> undefined. */
export function normaliseKecamatanCode(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const v = raw.trim();
  if (KEC_RE.test(v)) return v;
  if (/^\d{6}$/.test(v)) return `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4)}`;
  return undefined;
}

/** Kecamatan code a kelurahan code belongs to ('64.74.01.1003' -> '64.74.01'). */
export function kecamatanOfKelurahan(kel: string): string {
  return kel.slice(0, 8);
}

/**
 * Read the filters from URL search params. Invalid values are dropped; a kelurahan implies its
 * kecamatan; a kelurahan outside the given kecamatan is dropped.
 */
export function parseFilters(search: URLSearchParams | string): Filters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: Filters = {};
  const periode = p.get(FILTER_PARAMS.periode);
  if (isMonth(periode)) out.periode = periode;
  let kec = normaliseKecamatanCode(p.get(FILTER_PARAMS.kecamatan));
  const kel = normaliseKelurahanCode(p.get(FILTER_PARAMS.kelurahan));
  if (kel) {
    if (!kec) kec = kecamatanOfKelurahan(kel);
    if (kecamatanOfKelurahan(kel) === kec) out.kelurahan = kel;
  }
  if (kec) out.kecamatan = kec;
  return out;
}

/**
 * Write filters into URL search params (periode, kec, kel in that order), keeping any other
 * parameters of `base` untouched.
 */
export function serialiseFilters(filters: Filters, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.periode) out.set(FILTER_PARAMS.periode, filters.periode);
  if (filters.kecamatan) out.set(FILTER_PARAMS.kecamatan, filters.kecamatan);
  if (filters.kelurahan) out.set(FILTER_PARAMS.kelurahan, filters.kelurahan);
  const own = new Set<string>(Object.values(FILTER_PARAMS));
  base?.forEach((value, key) => {
    if (!own.has(key)) out.append(key, value);
  });
  return out;
}

/**
 * Check filters against the snapshot's options: a period outside the available months becomes
 * the nearest available one (none given -> the latest); unknown areas are dropped.
 */
export function resolveFilters(filters: Filters, options: FilterOptions): ResolvedFilters {
  const { months } = options;
  const latest = months[months.length - 1] ?? '';
  let periode = filters.periode ?? latest;
  if (months.length > 0 && !months.includes(periode)) {
    periode = periode < months[0] ? months[0] : latest;
  }
  const out: ResolvedFilters = { periode };
  const kec = filters.kecamatan && options.kecamatan.some((k) => k.kode === filters.kecamatan) ? filters.kecamatan : undefined;
  if (kec) {
    out.kecamatan = kec;
    const kel = filters.kelurahan && options.kelurahan.find((k) => k.kode === filters.kelurahan);
    if (kel && kel.kode_kecamatan === kec) out.kelurahan = kel.kode;
  }
  return out;
}

/** The parameters indicators take. */
export function toAreaPeriodParams(f: ResolvedFilters): AreaPeriodParams {
  return {
    periode: f.periode,
    ...(f.kecamatan ? { kecamatan: f.kecamatan } : {}),
    ...(f.kelurahan ? { kelurahan: f.kelurahan } : {}),
  };
}

/** Apply a change: choosing a kecamatan clears a kelurahan that is not in it; choosing a kelurahan sets its kecamatan. */
export function changeFilters(current: ResolvedFilters, patch: Filters & { kecamatan?: string | undefined }): ResolvedFilters {
  const next: ResolvedFilters = { ...current, ...patch, periode: patch.periode ?? current.periode };
  if ('kelurahan' in patch && patch.kelurahan) next.kecamatan = kecamatanOfKelurahan(patch.kelurahan);
  if ('kecamatan' in patch && !('kelurahan' in patch)) {
    if (!patch.kecamatan || (next.kelurahan && kecamatanOfKelurahan(next.kelurahan) !== patch.kecamatan)) {
      delete next.kelurahan;
    }
  }
  if (!next.kecamatan) delete next.kecamatan;
  if (!next.kelurahan) delete next.kelurahan;
  return next;
}
