import type { TFunction } from 'i18next';
import type { DimensionId } from '../../../core/indicators/dimensions';
import type { DistribusiRow } from '../../../core/indicators/pengangguran';
import { defaultValueLabel } from '../views';

/**
 * Label of a category of a distribution: the reference name for education, the shared value
 * labels otherwise ('Laki-laki', '20-24 tahun', '7 Pekerja Pengolahan…', '0-2 bulan').
 */
export function categoryLabel(dim: DimensionId, row: Pick<DistribusiRow, 'kunci' | 'nama'>, t: TFunction): string {
  if (dim === 'pend') return row.nama ?? row.kunci;
  if (dim === 'kbji' && row.kunci !== '?' && row.nama) return `${row.kunci} ${row.nama}`;
  return defaultValueLabel(dim, row.kunci, t);
}
