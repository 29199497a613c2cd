/**
 * Canonical form of a column header, used to match a file's headers to the contract's column names:
 * BOM removed, lowercase, every run of characters other than a-z and 0-9 turned into '_', no '_' at
 * either end. 'Jenis Kelamin', 'JENIS_KELAMIN' and ' jenis  kelamin ' all give 'jenis_kelamin';
 * 'No. HP' gives 'no_hp'.
 */
export function normaliseHeader(h: string): string {
  return h
    .replace(/\uFEFF/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
