import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import { PipelineError, type RowIssue } from '../core/errors';
import type { SourceTableSpec, ValidationContext } from '../core/tables/column-spec';
import { resolveHeader, validateRows, type HeaderResolution } from '../core/tables/validate';
import type { ManifestSource } from '../core/schema/snapshot';
import { readTableFileInBatches } from './sources/read-table-file';
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
  const rows: Row[] = [];
  const result = await streamSourceTable(spec, paths, ctx, mapping, effects, (batch) => {
    for (let i = 0; i < batch.length; i++) rows.push(batch[i]);
  });
  result.rows = rows;
  return result;
}

/**
 * `readSourceTable` for the big tables: the accepted rows go to `onRows` batch by batch, in
 * file order, and are not kept (`rows` of the result stays empty), so a caller can stage and
 * drop them while the file is still being read. Counts, issues and sources are as with
 * `readSourceTable`; issues come in the same order. `timings`, when given, gets the time (ms)
 * spent validating ('validate') and in `onRows` ('onRows'), for scripts/bench/phases.ts.
 */
export async function streamSourceTable<Row>(
  spec: SourceTableSpec<Row>,
  paths: readonly string[],
  ctx: ValidationContext,
  mapping: Readonly<Record<string, string>>,
  effects: PipelineEffects,
  onRows: (rows: Row[]) => void,
  timings: Record<string, number> = {},
): Promise<SourceTableResult<Row>> {
  timings.validate ??= 0;
  timings.onRows ??= 0;
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
    let resolution: HeaderResolution | undefined;
    const file = { read: 0, accepted: 0, rejected: 0, repaired: 0 };
    const info = await readTableFileInBatches(path, {
      header(h) {
        resolution = checkedHeader(spec, basename(path), h, mapping);
      },
      rows(raw, rowNumbers) {
        const t = performance.now();
        const validated = validateRows(spec, basename(path), resolution!, raw, ctx, { rowNumbers, seenKeys });
        const t1 = performance.now();
        timings.validate += t1 - t;
        for (const i of validated.issues) result.issues.push(i);
        file.read += validated.rowsRead;
        file.accepted += validated.rows.length;
        file.rejected += validated.rowsRejected;
        file.repaired += validated.rowsRepaired;
        if (validated.rows.length > 0) onRows(validated.rows);
        timings.onRows += performance.now() - t1;
      },
    });
    result.rowsRead += file.read;
    result.rowsRejected += file.rejected;
    result.rowsRepaired += file.repaired;
    result.sources.push({
      table: spec.name,
      file: basename(path),
      sha256: createHash('sha256').update(info.bytes).digest('hex'),
      rows_read: file.read,
      rows_accepted: file.accepted,
      rows_rejected: file.rejected,
      ignored_columns: resolution!.ignored,
    });
    effects.log(
      `  ${info.file} (${info.detail}): ${file.read} baris dibaca, ${file.accepted} diterima, ` +
        `${file.rejected} ditolak, ${file.repaired} diperbaiki`,
    );
  }
  return result;
}

/** Match the header to the table; stop the build when required columns are missing. */
function checkedHeader<Row>(
  spec: SourceTableSpec<Row>,
  file: string,
  header: string[],
  mapping: Readonly<Record<string, string>>,
): HeaderResolution {
  const resolution = resolveHeader(spec, header, mapping);
  const required = spec.columns.filter((c) => c.requiredColumn).map((c) => c.name);
  // Most required columns absent: this is not a messy export of the table, it is another file.
  if (resolution.missing.length * 2 > required.length) {
    throw new PipelineError(
      'table-unknown',
      file,
      `Tidak satu pun kolom wajib tabel ${spec.name} (${required.join(', ')}) ditemukan; apakah ini berkas tabel lain? ` +
        `None of the required columns of ${spec.name} were found; is this another table's file?`,
    );
  }
  if (resolution.missing.length > 0) {
    throw new PipelineError(
      'column-missing',
      file,
      `Kolom wajib tidak ada: ${resolution.missing.join(', ')}. Kolom di berkas: ${header.join(', ')}. ` +
        `Ganti nama kolom di berkas atau tambahkan di berkas pemetaan (--mapping). ` +
        `Missing required columns: ${resolution.missing.join(', ')}; rename them or map them with --mapping`,
    );
  }
  return resolution;
}
