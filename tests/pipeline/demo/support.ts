import { resolveHeader, validateRows, type ValidatedRows } from '../../../src/core/tables/validate';
import type { SourceTableSpec, ValidationContext } from '../../../src/core/tables/column-spec';
import { readTableFile } from '../../../src/pipeline/sources/read-table-file';

/** Issue counts of a validated file, split by severity. */
export interface IssueCounts {
  rejected: Record<string, number>;
  repaired: Record<string, number>;
  noted: Record<string, number>;
}

/**
 * Read one generated file the way the pipeline does (core/tables/validate) and count what it
 * rejects, repairs and notes: an independent check of the generator's truth.
 */
export async function validateFile<Row>(
  spec: SourceTableSpec<Row>,
  path: string,
  ctx: ValidationContext,
): Promise<{ result: ValidatedRows<Row>; counts: IssueCounts; ignored: string[]; header: string[] }> {
  const raw = await readTableFile(path);
  const resolution = resolveHeader(spec, raw.header);
  if (resolution.missing.length > 0) throw new Error(`${path}: missing ${resolution.missing.join(', ')}`);
  const result = validateRows(spec, raw.file, resolution, raw.rows, ctx, { rowNumbers: raw.rowNumbers, seenKeys: new Set() });
  const counts: IssueCounts = { rejected: {}, repaired: {}, noted: {} };
  for (const i of result.issues) {
    const bucket = i.severity === 'ditolak' ? counts.rejected : i.severity === 'diperbaiki' ? counts.repaired : counts.noted;
    bucket[i.code] = (bucket[i.code] ?? 0) + 1;
  }
  return { result, counts, ignored: resolution.ignored, header: raw.header };
}

/** Drop zero entries so that {} equals { x: 0 }. */
export function nonZero(rec: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(rec).filter(([, v]) => v !== 0));
}
