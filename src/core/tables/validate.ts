import type { IssueCode, IssueSeverity, RowIssue } from '../errors';
import { normaliseHeader } from '../normalise/header';
import { maskValue } from '../normalise/mask';
import type { RawValue } from '../normalise/result';
import type { SourceTableSpec, ValidationContext } from './column-spec';

/** Which file column feeds which canonical column. */
export interface HeaderResolution {
  /** canonical column name -> index in the file's header */
  index: Map<string, number>;
  /** file columns that match nothing (listed in the report, otherwise ignored) */
  ignored: string[];
  /** required canonical columns absent from the file */
  missing: string[];
}

/**
 * Match a file header to a table's canonical columns: case and spacing do not matter
 * (`Jenis Kelamin` = `JENIS_KELAMIN`), known aliases are accepted, and a user mapping
 * (`{ "NO KTP": "nik" }`) renames foreign names without code changes.
 */
export function resolveHeader(
  spec: SourceTableSpec<any>,
  header: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
): HeaderResolution {
  const userMap = new Map(Object.entries(mapping).map(([from, to]) => [normaliseHeader(from), normaliseHeader(to)]));
  const lookup = new Map<string, string>();
  for (const c of spec.columns) {
    lookup.set(c.name, c.name);
    for (const a of c.aliases ?? []) if (!lookup.has(a)) lookup.set(a, c.name);
  }
  const index = new Map<string, number>();
  const ignored: string[] = [];
  header.forEach((raw, i) => {
    const h = normaliseHeader(raw);
    const target = userMap.get(h) ?? h;
    const canonical = lookup.get(target);
    if (canonical && !index.has(canonical)) index.set(canonical, i);
    else if (raw.trim() !== '') ignored.push(raw.trim());
  });
  const missing = spec.columns.filter((c) => c.requiredColumn && !index.has(c.name)).map((c) => c.name);
  return { index, ignored, missing };
}

/** The outcome of validating one file of one table. */
export interface ValidatedRows<Row> {
  rows: Row[];
  /** Row number in the file (as the officer sees it) of each accepted row. */
  rowNumbers: number[];
  issues: RowIssue[];
  rowsRead: number;
  rowsRejected: number;
  rowsRepaired: number;
}

/**
 * Parse and check every data row of one file. Each row is either accepted (possibly with
 * repairs or notes) or rejected with at least one issue, so `rowsRead = rows.length + rowsRejected`.
 * `seenKeys` is shared across files of the same table so duplicates between files are found too.
 */
export function validateRows<Row>(
  spec: SourceTableSpec<Row>,
  file: string,
  resolution: HeaderResolution,
  rows: ReadonlyArray<ReadonlyArray<RawValue>>,
  ctx: ValidationContext,
  opts: { rowNumbers: readonly number[]; seenKeys: Set<string> },
): ValidatedRows<Row> {
  const cols = spec.columns
    .filter((c) => resolution.index.has(c.name))
    .map((c) => ({ spec: c, at: resolution.index.get(c.name)! }));
  const absent = spec.columns.filter((c) => !resolution.index.has(c.name)).map((c) => c.name);
  // Every record starts as a copy of this one (absent columns, then present ones, all null):
  // one allocation of the final shape per row instead of growing an empty object 17 times.
  const template: Record<string, unknown> = {};
  for (const a of absent) template[a] = null;
  for (const c of cols) template[c.spec.name] = null;
  const out: ValidatedRows<Row> = { rows: [], rowNumbers: [], issues: [], rowsRead: 0, rowsRejected: 0, rowsRepaired: 0 };

  // One issue list and one `add` for the whole file (not per row): the list is emptied per row.
  const issues: RowIssue[] = [];
  let rowNumber = 0;
  const add = (column: string, value: RawValue, code: IssueCode, severity: IssueSeverity) => {
    issues.push({ table: spec.name, file, row: rowNumber, column, maskedValue: maskValue(column, value), code, severity });
  };

  for (let r = 0; r < rows.length; r++) {
    const raw = rows[r];
    rowNumber = opts.rowNumbers[r];
    out.rowsRead++;
    const record: Record<string, unknown> = { ...template };
    let rejected = false;
    let repaired = false;
    issues.length = 0;

    for (let k = 0; k < cols.length; k++) {
      const c = cols[k].spec;
      const at = cols[k].at;
      const value = raw[at];
      const parsed = c.parse(value, ctx);
      if (parsed.ok) {
        if (parsed.value === null && c.requiredValue) {
          add(c.name, value, 'required-missing', 'ditolak');
          rejected = true;
        } else {
          record[c.name] = parsed.value;
          if (parsed.repaired) {
            add(c.name, value, repairCode(c.name), 'diperbaiki');
            repaired = true;
          }
        }
      } else if (c.onInvalid === 'repair-null' && parsed.code !== 'required-missing') {
        record[c.name] = null;
        add(c.name, value, parsed.code, 'diperbaiki');
        repaired = true;
      } else {
        add(c.name, value, parsed.code, 'ditolak');
        rejected = true;
      }
    }

    if (!rejected && spec.check) {
      for (const f of spec.check(record as Row, ctx)) {
        const at = resolution.index.get(f.column);
        add(f.column, at === undefined ? null : raw[at], f.code, f.severity);
        if (f.severity === 'ditolak') rejected = true;
        if (f.severity === 'diperbaiki') repaired = true;
      }
    }
    if (!rejected && spec.key) {
      const key = spec.key(record as Row);
      if (opts.seenKeys.has(key)) {
        add(keyColumn(spec), raw[resolution.index.get(keyColumn(spec)) ?? -1], 'duplicate-row', 'ditolak');
        rejected = true;
      } else {
        opts.seenKeys.add(key);
      }
    }

    // A rejected row reports only what rejected it; repairs and notes on it would be noise.
    for (let k = 0; k < issues.length; k++) {
      const i = issues[k];
      if (!rejected || i.severity === 'ditolak') out.issues.push(i);
    }
    if (rejected) {
      out.rowsRejected++;
    } else {
      out.rows.push(record as Row);
      out.rowNumbers.push(rowNumber);
      if (repaired) out.rowsRepaired++;
    }
  }
  return out;
}

function repairCode(column: string): IssueCode {
  if (column === 'kelurahan') return 'kelurahan-fuzzy';
  return 'text-too-long';
}

function keyColumn(spec: SourceTableSpec<any>): string {
  return spec.columns[0].name;
}
