import type { RowIssue } from '../../core/errors';

/** kualitas: the quality findings per source table and code (feeds the data-linkage panel). */
export function kualitasRows(issues: readonly RowIssue[]) {
  const counts = new Map<string, { tabel: string; kode_temuan: string; tingkat: string; jumlah: number }>();
  for (const i of issues) {
    const key = `${i.table}|${i.code}|${i.severity}`;
    const row = counts.get(key) ?? { tabel: i.table, kode_temuan: i.code, tingkat: i.severity, jumlah: 0 };
    row.jumlah++;
    counts.set(key, row);
  }
  return [...counts.values()];
}
