import Papa from 'papaparse';
import { describeIssue, type RowIssue } from '../../core/errors';
import type { ManifestSource } from '../../core/schema/snapshot';

/**
 * The reject report in `laporan/`: `penolakan.csv` lists every rejected, repaired or noted row
 * (file, row, column, masked value, reason in Indonesian and English) and `ringkasan.txt` sums
 * it up per table so the officer sees at once that rows read = accepted + rejected.
 */
export function rejectReportCsv(issues: readonly RowIssue[]): string {
  return Papa.unparse(
    {
      fields: ['tabel', 'berkas', 'baris', 'kolom', 'nilai_disamarkan', 'kode', 'tingkat', 'alasan', 'reason'],
      data: issues.map((i) => [
        i.table,
        i.file,
        i.row,
        i.column,
        i.maskedValue,
        i.code,
        i.severity,
        describeIssue(i.code, 'id'),
        describeIssue(i.code, 'en'),
      ]),
    },
    { newline: '\n' },
  ) + '\n';
}

export interface TableSummary {
  table: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsRepaired: number;
  notes: number;
  missing: boolean;
}

export function summaryText(
  tables: readonly TableSummary[],
  sources: readonly ManifestSource[],
  issues: readonly RowIssue[],
  extra: { ignoredFiles: string[]; geometry: string; unmatchedShapes: string[]; builtAt: string },
): string {
  const lines: string[] = [];
  lines.push('RINGKASAN PEMBANGUNAN SNAPSHOT — Simpul Kerja / SNAPSHOT BUILD SUMMARY');
  lines.push(`Dibangun / built: ${extra.builtAt}`);
  lines.push('');
  lines.push('Tabel / table: dibaca = diterima + ditolak (read = accepted + rejected); diperbaiki = repaired');
  for (const t of tables) {
    if (t.missing) {
      lines.push(`- ${t.table}: TIDAK ADA BERKAS — tabel kosong / no file — empty table`);
      continue;
    }
    const ok = t.rowsRead === t.rowsAccepted + t.rowsRejected ? 'cocok/ok' : 'TIDAK COCOK/MISMATCH';
    lines.push(
      `- ${t.table}: ${t.rowsRead} = ${t.rowsAccepted} + ${t.rowsRejected} (${ok}); diperbaiki ${t.rowsRepaired}; catatan ${t.notes}`,
    );
  }
  lines.push('');
  lines.push('Berkas sumber / source files:');
  for (const s of sources) {
    const ign = s.ignored_columns.length ? `; kolom diabaikan / ignored columns: ${s.ignored_columns.join(', ')}` : '';
    lines.push(`- ${s.file} → ${s.table}: ${s.rows_read} baris${ign}`);
  }
  if (extra.ignoredFiles.length) lines.push(`Berkas tidak dibaca / files not read: ${extra.ignoredFiles.join(', ')}`);
  lines.push('');
  lines.push('Alasan terbanyak / most frequent reasons:');
  const counts = new Map<string, number>();
  for (const i of issues) {
    const k = `${i.table}|${i.severity}|${i.code}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [k, n] of [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const [table, severity, code] = k.split('|');
    lines.push(`- ${table} · ${severity} · ${describeIssue(code as RowIssue['code'], 'id')} / ${describeIssue(code as RowIssue['code'], 'en')}: ${n}`);
  }
  lines.push('');
  lines.push(`Peta / map: ${extra.geometry}`);
  if (extra.unmatchedShapes.length) lines.push(`Bentuk tanpa kelurahan / unmatched shapes: ${extra.unmatchedShapes.join(', ')}`);
  lines.push('Rincian per baris / row details: laporan/penolakan.csv');
  return lines.join('\n') + '\n';
}
