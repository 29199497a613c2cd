import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import { PipelineError, type RowIssue } from '../core/errors';
import type { SourceTableSpec, ValidationContext } from '../core/tables/column-spec';
import { resolveHeader, validateRows } from '../core/tables/validate';
import type { ManifestSource } from '../core/schema/snapshot';
import { readTableFile } from './sources/read-table-file';
import type { PipelineEffects } from './effects';

/** All files of one contract table, read, validated and concatenated. */
export interface SourceTableResult<Row> {
  table: string;
  rows: Row[];
  issues: RowIssue[];
  sources: ManifestSource[];
  rowsRead: number;
  rowsRejected: number;
  rowsRepaired: number;
}

/**
 * Read and validate every file of a table. A file that lacks a required column, or that does
 * not look like this table at all, stops the build with a message naming the file.
 */
export async function readSourceTable<Row>(
  spec: SourceTableSpec<Row>,
  paths: readonly string[],
  ctx: ValidationContext,
  mapping: Readonly<Record<string, string>>,
  effects: PipelineEffects,
): Promise<SourceTableResult<Row>> {
  const result: SourceTableResult<Row> = {
    table: spec.name,
    rows: [],
    issues: [],
    sources: [],
    rowsRead: 0,
    rowsRejected: 0,
    rowsRepaired: 0,
  };
  const seenKeys = new Set<string>();
  for (const path of paths) {
    const raw = await readTableFile(path);
    const resolution = resolveHeader(spec, raw.header, mapping);
    const required = spec.columns.filter((c) => c.requiredColumn).map((c) => c.name);
    // Most required columns absent: this is not a messy export of the table, it is another file.
    if (resolution.missing.length * 2 > required.length) {
      throw new PipelineError(
        'table-unknown',
        raw.file,
        `Tidak satu pun kolom wajib tabel ${spec.name} (${required.join(', ')}) ditemukan; apakah ini berkas tabel lain? ` +
          `None of the required columns of ${spec.name} were found; is this another table's file?`,
      );
    }
    if (resolution.missing.length > 0) {
      throw new PipelineError(
        'column-missing',
        raw.file,
        `Kolom wajib tidak ada: ${resolution.missing.join(', ')}. Kolom di berkas: ${raw.header.join(', ')}. ` +
          `Ganti nama kolom di berkas atau tambahkan di berkas pemetaan (--mapping). ` +
          `Missing required columns: ${resolution.missing.join(', ')}; rename them or map them with --mapping`,
      );
    }
    const validated = validateRows(spec, raw.file, resolution, raw.rows, ctx, {
      rowNumbers: raw.rowNumbers,
      seenKeys,
    });
    for (const r of validated.rows) result.rows.push(r);
    for (const i of validated.issues) result.issues.push(i);
    result.rowsRead += validated.rowsRead;
    result.rowsRejected += validated.rowsRejected;
    result.rowsRepaired += validated.rowsRepaired;
    result.sources.push({
      table: spec.name,
      file: basename(path),
      sha256: createHash('sha256').update(raw.bytes).digest('hex'),
      rows_read: validated.rowsRead,
      rows_accepted: validated.rows.length,
      rows_rejected: validated.rowsRejected,
      ignored_columns: resolution.ignored,
    });
    effects.log(
      `  ${raw.file} (${raw.detail}): ${validated.rowsRead} baris dibaca, ${validated.rows.length} diterima, ` +
        `${validated.rowsRejected} ditolak, ${validated.rowsRepaired} diperbaiki`,
    );
  }
  return result;
}
