import type { TFunction } from 'i18next';
import { KBJI_JABATAN } from '../../../core/reference/kbji';

/** The kemiskinan namespace's t. */
export type KemiskinanT = TFunction<'kemiskinan'>;

/** Bar label of a desil category: '3' -> 'Desil 3'; short labels for the two categories without a decile. */
export function desilLabel(kat: string, t: KemiskinanT, short = false): string {
  if (kat === 'tanpa') return short ? t('desil.short.tanpa') : t('desil.tanpa');
  if (kat === 'luar') return short ? t('desil.short.luar') : t('desil.luar');
  return short ? kat : t('desil.value', { n: kat });
}

/** Group of a desil category for colouring: poor (1-4), other ranked (5-10), none. */
export function desilGroup(kat: string): 'poor' | 'other' | 'none' {
  const n = Number(kat);
  if (!Number.isInteger(n)) return 'none';
  return n <= 4 ? 'poor' : 'other';
}

const JABATAN = new Map(KBJI_JABATAN.map((j) => [j.kode, j.nama]));

/** Name of a 4-digit KBJI code from the project's reference list, or undefined. */
export function namaJabatan(kode: string): string | undefined {
  return JABATAN.get(kode);
}

/** The four deciles of the poor group, as `desil` selection values. */
export const DESIL_MISKIN = ['1', '2', '3', '4'] as const;

/** True when the desil selection is exactly deciles 1-4. */
export function isPoorSelection(values: readonly string[] | undefined): boolean {
  return !!values && values.length === 4 && DESIL_MISKIN.every((d) => values.includes(d));
}
