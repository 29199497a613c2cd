/**
 * Small helpers for writing indicator SQL with positional `?` placeholders.
 *
 * Every indicator builds its query with the `sql` tagged template: interpolated values become `?`
 * and are pushed to `params` in the order they appear in the text, so the placeholder order can
 * never drift from the parameter order. Fragments built with `sql` (or `raw`) can be nested.
 */
import type { AreaPeriodParams, BoundQuery } from './types';

type Param = BoundQuery['params'][number];

const FRAGMENT = Symbol('sql-fragment');

/** A piece of SQL with its own parameters, for nesting inside `sql`. */
export interface SqlFragment extends BoundQuery {
  readonly [FRAGMENT]: true;
}

function fragment(text: string, params: Param[]): SqlFragment {
  return { sql: text, params, [FRAGMENT]: true };
}

function isFragment(v: unknown): v is SqlFragment {
  return typeof v === 'object' && v !== null && (v as SqlFragment)[FRAGMENT] === true;
}

/**
 * Tagged template: `sql\`SELECT … WHERE x = ${value}\`` gives `{ sql: 'SELECT … WHERE x = ?', params: [value] }`.
 * A nested fragment is spliced in with its parameters; arrays of fragments are joined with a space.
 */
export function sql(strings: TemplateStringsArray, ...values: Array<Param | SqlFragment | SqlFragment[]>): SqlFragment {
  let text = strings[0];
  const params: Param[] = [];
  values.forEach((v, i) => {
    const parts = Array.isArray(v) ? v : [v];
    const pieces: string[] = [];
    for (const part of parts) {
      if (isFragment(part)) {
        pieces.push(part.sql);
        params.push(...part.params);
      } else {
        pieces.push('?');
        params.push(part);
      }
    }
    text += pieces.join(' ') + strings[i + 1];
  });
  return fragment(text, params);
}

/** Trusted SQL text without parameters (never user input). */
export function raw(text: string): SqlFragment {
  return fragment(text, []);
}

/** An empty fragment. */
export const EMPTY = raw('');

/** Strip the fragment marker: the plain `BoundQuery` an indicator returns. */
export function bound(q: SqlFragment): BoundQuery {
  return { sql: q.sql.trim(), params: [...q.params] };
}

const PERIODE_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Check a 'YYYY-MM' period; throws a plain Error for anything else (the UI only passes valid months). */
export function checkPeriode(periode: string): { year: number; month: number; firstDay: string } {
  const m = PERIODE_RE.exec(periode);
  if (!m) throw new Error(`periode harus berbentuk YYYY-MM, bukan '${periode}'`);
  return { year: Number(m[1]), month: Number(m[2]), firstDay: `${periode}-01` };
}

/**
 * CTE body listing the 13 months ending at `periode`: columns `bulan` ('YYYY-MM') and `d`
 * (the month's last day, DATE). Use as `WITH bulan AS (${monthsCte(p.periode)}) …`.
 */
export function monthsCte(periode: string, count = 13): SqlFragment {
  const { firstDay } = checkPeriode(periode);
  return sql`SELECT strftime(m, '%Y-%m') AS bulan, CAST(last_day(m) AS DATE) AS d
    FROM generate_series(CAST(${firstDay} AS DATE) - ${raw(`INTERVAL ${count - 1} MONTH`)}, CAST(${firstDay} AS DATE), INTERVAL 1 MONTH) AS g(m)`;
}

/** SQL expression for the last day of `periode` (DATE). */
export function periodEnd(periode: string): SqlFragment {
  const { firstDay } = checkPeriode(periode);
  return sql`CAST(last_day(CAST(${firstDay} AS DATE)) AS DATE)`;
}

/**
 * `AND …` conditions restricting a kelurahan-code column to the selected kecamatan/kelurahan
 * (kecamatan through the `wilayah` table). Empty when no area is selected.
 */
export function areaFilter(column: string, p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>): SqlFragment {
  const parts: SqlFragment[] = [];
  if (p.kecamatan) {
    parts.push(sql`AND ${raw(column)} IN (SELECT kode_kelurahan FROM wilayah WHERE kode_kecamatan = ${p.kecamatan})`);
  }
  if (p.kelurahan) parts.push(sql`AND ${raw(column)} = ${p.kelurahan}`);
  return parts.length ? sql`${parts}` : EMPTY;
}

/**
 * Condition: registration `alias` is active at date expression `d` (the project's one definition
 * of an active job seeker): registered on or before d, not revoked, card not yet expired at d,
 * and not placed on or before d.
 */
export function activeAt(alias: string, d: string): SqlFragment {
  const a = alias;
  return raw(
    `${a}.tanggal_daftar <= ${d} AND ${a}.status <> 'dicabut' AND ${a}.tanggal_kedaluwarsa > ${d}` +
      ` AND (${a}.tanggal_penempatan IS NULL OR ${a}.tanggal_penempatan > ${d})`,
  );
}
