/**
 * An in-memory data cube: the rows of a pre-aggregate (one row per combination of dimension
 * values, with counts), held column by column so that a cross-filter click can be answered in
 * JavaScript in a few milliseconds instead of a round of SQL queries. This is Mosaic's
 * pre-aggregation idea taken one step further: the cube itself comes from SQL once per period,
 * and every filtered sum over it is computed here.
 *
 * Dimension columns are dictionary-encoded (code 0 = NULL); number columns are Float64Array.
 * Filters follow the SQL of `selectionWhere`: values of one filter are OR-ed, filters are AND-ed,
 * and NULL never matches. A list dimension (a person's skills) holds each row's list as one text,
 * items joined by LIST_SEPARATOR; a filter on it passes a row whose list has any chosen item.
 */

/** Joins the items of a list dimension's value (SQL: `array_to_string(list, chr(31))`). */
export const LIST_SEPARATOR = '\u001f';

/** Rows whose `column` holds one of `values`. */
export interface CubeFilter {
  column: string;
  values: ReadonlySet<string>;
  /** The column holds lists (must then be a list dimension of the cube: checked). */
  list?: boolean;
}

/** Which columns of the rows are dimensions (text) and which are numbers. */
export interface CubeColumns {
  dims: readonly string[];
  numbers: readonly string[];
  /** Dimensions among `dims` whose values are lists (items joined by LIST_SEPARATOR; '' = empty list). */
  lists?: readonly string[];
}

/** A dimension column as stored (read only), for answers that tally several numbers in one pass. */
export interface DimColumn {
  /** dictionary[code]; dictionary[0] is NULL. */
  dictionary: Array<string | null>;
  codes: Uint32Array;
  /** For a list dimension: the items of dictionary[code]. */
  items?: string[][];
}

function splitList(text: string | null): string[] {
  return text ? text.split(LIST_SEPARATOR) : [];
}

/** How many `matching` answers a cube keeps. */
const RECENT_ANSWERS = 12;

export class Cube {
  private readonly recent = new Map<string, Uint32Array>();

  private constructor(
    /** Number of rows. */
    readonly length: number,
    private readonly dims: ReadonlyMap<string, DimColumn>,
    private readonly numbers: ReadonlyMap<string, Float64Array>,
  ) {}

  /** Build a cube from plain rows (e.g. a query result); dimension values are read as text. */
  static fromRows(rows: ReadonlyArray<Record<string, unknown>>, columns: CubeColumns): Cube {
    const dims = new Map<string, DimColumn>();
    for (const name of columns.dims) {
      const dictionary: Array<string | null> = [null];
      const index = new Map<string, number>();
      const codes = new Uint32Array(rows.length);
      rows.forEach((row, i) => {
        const v = row[name];
        if (v === null || v === undefined) return;
        const text = String(v);
        let code = index.get(text);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(text);
          index.set(text, code);
        }
        codes[i] = code;
      });
      const items = columns.lists?.includes(name) ? dictionary.map(splitList) : undefined;
      dims.set(name, { dictionary, codes, items });
    }
    const numbers = new Map<string, Float64Array>();
    for (const name of columns.numbers) {
      const values = new Float64Array(rows.length);
      rows.forEach((row, i) => {
        const v = row[name];
        values[i] = v === null || v === undefined ? Number.NaN : Number(v);
      });
      numbers.set(name, values);
    }
    return new Cube(rows.length, dims, numbers);
  }

  /**
   * Positions of the rows that pass every filter. The last few answers are kept: the charts of one
   * click share filter sets (every chart but the clicked one filters on the same selections).
   * The returned array is shared; do not modify it.
   */
  matching(filters: readonly CubeFilter[]): Uint32Array {
    const key = filters
      .map((f) => `${f.column}${f.list ? '[]' : ''}\u0001${[...f.values].sort().join('\u0002')}`)
      .sort()
      .join('\u0003');
    const known = this.recent.get(key);
    if (known) {
      // most recently used last
      this.recent.delete(key);
      this.recent.set(key, known);
      return known;
    }
    const found = this.scan(filters);
    this.recent.set(key, found);
    if (this.recent.size > RECENT_ANSWERS) this.recent.delete(this.recent.keys().next().value as string);
    return found;
  }

  private scan(filters: readonly CubeFilter[]): Uint32Array {
    const codes: Uint32Array[] = [];
    const allowed: Uint8Array[] = [];
    for (const f of filters) {
      const col = this.dim(f.column);
      if (!!f.list !== !!col.items) throw new Error(`kolom ${f.column} ${f.list ? 'bukan daftar di kubus' : 'berisi daftar di kubus'}`);
      const ok = new Uint8Array(col.dictionary.length);
      col.dictionary.forEach((v, code) => {
        if (v === null) return;
        if (col.items ? col.items[code].some((item) => f.values.has(item)) : f.values.has(v)) ok[code] = 1;
      });
      codes.push(col.codes);
      allowed.push(ok);
    }
    const out = new Uint32Array(this.length);
    let n = 0;
    // one and two filters (most clicks) get loops of their own: about 5× faster than the general one
    if (codes.length === 0) {
      for (let i = 0; i < this.length; i++) out[n++] = i;
    } else if (codes.length === 1) {
      const [c0, a0] = [codes[0], allowed[0]];
      for (let i = 0; i < this.length; i++) if (a0[c0[i]] !== 0) out[n++] = i;
    } else if (codes.length === 2) {
      const [c0, a0, c1, a1] = [codes[0], allowed[0], codes[1], allowed[1]];
      for (let i = 0; i < this.length; i++) if (a0[c0[i]] !== 0 && a1[c1[i]] !== 0) out[n++] = i;
    } else {
      const k = codes.length;
      for (let i = 0; i < this.length; i++) {
        let pass = true;
        for (let j = 0; j < k; j++) {
          if (allowed[j][codes[j][i]] === 0) {
            pass = false;
            break;
          }
        }
        if (pass) out[n++] = i;
      }
    }
    return out.slice(0, n);
  }

  /**
   * Sum of `measure` over `rows` (optionally only where `where(row position)` holds), per value of
   * the dimension `key` (NULL keys and zero sums left out). For a list dimension: per item, a row
   * adding to every item of its list.
   */
  sumBy(rows: Uint32Array, key: string, measure: string, where?: (row: number) => boolean): Map<string, number> {
    const col = this.dim(key);
    const m = this.number(measure);
    const sums = new Float64Array(col.dictionary.length);
    const { codes } = col;
    if (where) {
      for (let j = 0; j < rows.length; j++) if (where(rows[j])) sums[codes[rows[j]]] += m[rows[j]];
    } else {
      for (let j = 0; j < rows.length; j++) sums[codes[rows[j]]] += m[rows[j]];
    }
    const out = new Map<string, number>();
    col.dictionary.forEach((v, code) => {
      if (v === null || sums[code] === 0) return;
      if (!col.items) out.set(v, sums[code]);
      else for (const item of col.items[code]) out.set(item, (out.get(item) ?? 0) + sums[code]);
    });
    return out;
  }

  /** The distinct values of the dimension `key` (items, for a list dimension), NULL left out. */
  values(key: string): Set<string> {
    const col = this.dim(key);
    const out = new Set<string>();
    col.dictionary.forEach((v, code) => {
      if (v === null) return;
      if (col.items) for (const item of col.items[code]) out.add(item);
      else out.add(v);
    });
    return out;
  }

  /**
   * Sum of `measure` over `rows` (optionally only where `where(row position)` holds) per pair of
   * values of the dimensions `outer` and `inner` (one pass; NULL keys left out): outer value →
   * inner value → sum.
   */
  sumByPair(rows: Uint32Array, outer: string, inner: string, measure: string, where?: (row: number) => boolean): Map<string, Map<string, number>> {
    const a = this.plainDim(outer);
    const b = this.plainDim(inner);
    const m = this.number(measure);
    const width = b.dictionary.length;
    const sums = new Float64Array(a.dictionary.length * width);
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      if (!where || where(i)) sums[a.codes[i] * width + b.codes[i]] += m[i];
    }
    const out = new Map<string, Map<string, number>>();
    a.dictionary.forEach((va, ca) => {
      if (va === null) return;
      const inside = new Map<string, number>();
      b.dictionary.forEach((vb, cb) => {
        if (vb !== null && sums[ca * width + cb] !== 0) inside.set(vb, sums[ca * width + cb]);
      });
      out.set(va, inside);
    });
    return out;
  }

  /** Sum of `measure` over `rows`, optionally only where `where(row position)` holds. */
  sum(rows: Uint32Array, measure: string, where?: (row: number) => boolean): number {
    const m = this.number(measure);
    let total = 0;
    for (let j = 0; j < rows.length; j++) if (!where || where(rows[j])) total += m[rows[j]];
    return total;
  }

  /**
   * Median of the number column `value` over `rows`, each row weighted by `weight` (a count):
   * DuckDB's `median` of the underlying individual values (the mean of the two middle values
   * when their number is even); null when the weights sum to 0.
   */
  weightedMedian(rows: Uint32Array, value: string, weight: string): number | null {
    const v = this.number(value);
    const w = this.number(weight);
    const byValue = new Map<number, number>();
    let total = 0;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      if (Number.isNaN(v[i]) || w[i] === 0) continue;
      byValue.set(v[i], (byValue.get(v[i]) ?? 0) + w[i]);
      total += w[i];
    }
    if (total === 0) return null;
    const sorted = [...byValue].sort((a, b) => a[0] - b[0]);
    // 0-based positions of the middle value(s) among the `total` individual values
    const lo = Math.floor((total - 1) / 2);
    const hi = Math.floor(total / 2);
    let seen = 0;
    let low: number | undefined;
    for (const [x, count] of sorted) {
      seen += count;
      if (low === undefined && seen > lo) low = x;
      if (seen > hi) return (low! + x) / 2;
    }
    return null;
  }

  /**
   * The dimension column `name` as stored: codes per row and the dictionary. For answers that
   * count several things in one pass over the rows (a closure per row and per count is slower).
   */
  dimension(name: string): Readonly<DimColumn> {
    return this.dim(name);
  }

  /** The number column `name`, for conditions in `sum`'s `where`. */
  number(name: string): Float64Array {
    const col = this.numbers.get(name);
    if (!col) throw new Error(`kubus tidak punya kolom angka ${name}`);
    return col;
  }

  private dim(name: string): DimColumn {
    const col = this.dims.get(name);
    if (!col) throw new Error(`kubus tidak punya kolom dimensi ${name}`);
    return col;
  }

  private plainDim(name: string): DimColumn {
    const col = this.dim(name);
    if (col.items) throw new Error(`kolom ${name} berisi daftar; tidak dapat dipasangkan`);
    return col;
  }
}
