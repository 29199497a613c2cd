import type { IssueCode, IssueSeverity } from '../errors';
import type { Parsed, RawValue } from '../normalise/result';
import type { KelurahanMatcher } from '../normalise/region';

/** What the validator knows beyond one row: the region matcher and lookups across tables. */
export interface ValidationContext {
  matchKelurahan: KelurahanMatcher;
  /** Company ids accepted so far (lowongan rows referring to others get a note). */
  companyIds?: ReadonlySet<string>;
}

/**
 * How one canonical column of a source table is read.
 * `parse` turns the raw cell into the stored value; on failure `onInvalid` says whether the
 * whole row is rejected or the value is dropped (set to null) and the row kept as repaired.
 */
export interface ColumnSpec {
  name: string;
  /** The column must be present in the file header. */
  requiredColumn: boolean;
  /** The value must be non-blank (blank -> reject with required-missing). */
  requiredValue: boolean;
  /** Personal data: read for checks and linkage, masked in reports, never written to a snapshot. */
  personal?: boolean;
  /** Other header spellings seen in exports (already in normalised snake_case). */
  aliases?: readonly string[];
  parse: (v: RawValue, ctx: ValidationContext) => Parsed<unknown>;
  onInvalid: 'reject' | 'repair-null';
}

/** A finding raised by a whole-row check. */
export interface RowCheckFinding {
  code: IssueCode;
  column: string;
  severity: IssueSeverity;
}

/** One table of the data contract, as the pipeline (and later the browser) reads it. */
export interface SourceTableSpec<Row = Record<string, unknown>> {
  name: string;
  /** Indonesian description, for messages. */
  label: string;
  columns: readonly ColumnSpec[];
  /** Rows with the same key are duplicates: the first is kept, later ones rejected. */
  key?: (row: Row) => string;
  /** Cross-column checks on a parsed row. A 'ditolak' finding rejects the row. */
  check?: (row: Row, ctx: ValidationContext) => RowCheckFinding[];
}
