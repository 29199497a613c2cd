import { DataType, util, type Field, type Vector } from 'apache-arrow';

/** What row conversion needs of an Arrow Table or RecordBatch (structural, so any Arrow copy fits). */
export interface ArrowTabular {
  schema: { fields: Field[] };
  numRows: number;
  getChildAt(index: number): Vector | null;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * One Arrow value as a plain JS value: 64-bit integers and decimals (DuckDB's HUGEINT arrives as
 * Decimal(38,0)) -> number, DATE -> 'YYYY-MM-DD', TIMESTAMP -> ISO string, LIST -> array,
 * STRUCT -> object. The Node test client (tests/support/snapshot-db.ts) gives the same shapes.
 */
export function plainValue(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (DataType.isInt(type) || DataType.isFloat(type)) return typeof value === 'bigint' ? Number(value) : value;
  if (DataType.isDecimal(type)) {
    return util.bigNumToNumber(value as Parameters<typeof util.bigNumToNumber>[0], type.scale);
  }
  if (DataType.isDate(type)) return typeof value === 'number' ? isoDate(value) : isoDate((value as Date).getTime());
  if (DataType.isTimestamp(type)) {
    return new Date(typeof value === 'number' ? value : Number(value as bigint)).toISOString();
  }
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    const child = type.children[0].type as DataType;
    return Array.from(value as Iterable<unknown>, (v) => plainValue(v, child));
  }
  if (DataType.isStruct(type)) {
    const row = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of type.children as Field[]) out[f.name] = plainValue(row[f.name], f.type);
    return out;
  }
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** An Arrow table or record batch (a DuckDB-wasm result) as an array of plain row objects. */
export function arrowTableToRows<T = Record<string, unknown>>(table: ArrowTabular): T[] {
  const fields = table.schema.fields;
  const columns = fields.map((_, i) => table.getChildAt(i) as Vector | null);
  const rows: T[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      row[f.name] = plainValue(columns[i]?.get(r), f.type);
    });
    rows[r] = row as T;
  }
  return rows;
}
