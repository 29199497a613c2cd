import type { TFunction } from 'i18next';
import { namaGolonganPokok } from '../../../core/reference/kbji';
import { namaSeksi } from '../../../core/reference/kbli';

/** Last day of a 'YYYY-MM' month as 'YYYY-MM-DD'. */
export function lastDayOf(periode: string): string {
  const [y, m] = periode.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

type KT = TFunction<'kesenjangan'>;

/** "7 Pekerja Pengolahan, …" for a KBJI major group; "Jabatan tidak diketahui" for '?'. */
export function golonganLabel(kode: string, nama: string | null | undefined, t: KT): string {
  if (kode === '?') return t('labels.unknownKbji');
  const n = nama ?? namaGolonganPokok(kode);
  return n ? `${kode} ${n}` : kode;
}

/** "C Industri Pengolahan" for a KBLI 2020 section; "Tanpa KBLI" for 'tanpa'. */
export function sektorLabel(seksi: string, nama: string | null | undefined, t: KT): string {
  if (seksi === 'tanpa') return t('labels.noSector');
  const n = nama ?? namaSeksi(seksi, 2020);
  return n ? `${seksi} ${n}` : seksi;
}

/** Education level label: the ref_pendidikan name, or "Tidak disebut" for vacancies without a minimum. */
export function pendidikanLabel(kode: string, nama: string | null | undefined, t: KT): string {
  if (kode === 'tanpa') return t('labels.notStated');
  return nama ?? kode;
}
