import type { TFunction } from 'i18next';
import { DIMENSIONS, type DimensionId } from '../../../core/indicators/dimensions';
import { namaGolonganPokok } from '../../../core/reference/kbji';
import { namaSeksi } from '../../../core/reference/kbli';
import type { Lang } from '../../format/format';

/** A view's own label for a value (e.g. from its query rows); undefined falls back to the defaults. */
export type ValueLabeller = (dim: DimensionId, value: string) => string | undefined;

/** Label of a dimension in the UI language ('pend' -> 'Pendidikan'). */
export function dimensionLabel(dim: DimensionId, lang: Lang): string {
  return DIMENSIONS[dim].label[lang];
}

/**
 * Readable label of a selected value for chips and announcements, from the codes the indicators
 * use: jk L/P, desil '1'…'10' / 'tanpa' / 'luar', umur and durasi bands, KBJI major group digit,
 * KBLI 2020 section letter. Other values (education codes, skills) are shown as they are.
 */
export function defaultValueLabel(dim: DimensionId, value: string, t: TFunction): string {
  switch (dim) {
    case 'jk':
      return value === 'L' ? t('views.values.L') : value === 'P' ? t('views.values.P') : value;
    case 'desil':
      if (value === 'tanpa') return t('views.values.desilTanpa');
      if (value === 'luar') return t('views.values.desilLuar');
      return t('views.values.desil', { value });
    case 'umur':
      return t('views.values.umur', { value });
    case 'durasi':
      return t('views.values.durasi', { value });
    case 'kbji': {
      if (value === '?') return t('views.values.unknown');
      const nama = namaGolonganPokok(value);
      return nama ? `${value} ${nama}` : value;
    }
    case 'kbli': {
      const nama = namaSeksi(value, 2020);
      return nama ? `${value} ${nama}` : value;
    }
    default:
      return value;
  }
}

/** `custom` first, then the defaults. */
export function valueLabel(dim: DimensionId, value: string, t: TFunction, custom?: ValueLabeller): string {
  return custom?.(dim, value) ?? defaultValueLabel(dim, value, t);
}
