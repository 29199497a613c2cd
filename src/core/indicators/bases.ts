import type { BaseRelation, BoundQuery, IndicatorDef } from './types';

/**
 * Replace each `{{id}}` in an indicator's SQL with a relation: a table name (browser, materialised)
 * or a parenthesised subquery (everywhere else). Parameters are positional, so the relation's own
 * parameters are spliced in at the position of its reference.
 */
export function substituteRelations(q: BoundQuery, relations: Readonly<Record<string, BoundQuery>>): BoundQuery {
  const out: BoundQuery = { sql: '', params: [] };
  let paramIndex = 0;
  const re = /\{\{(\w+)\}\}|\?/g;
  let last = 0;
  for (let m = re.exec(q.sql); m; m = re.exec(q.sql)) {
    out.sql += q.sql.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '?') {
      out.sql += '?';
      out.params.push(q.params[paramIndex++]);
      continue;
    }
    const rel = relations[m[1]];
    if (!rel) throw new Error(`relasi {{${m[1]}}} tidak dikenal`);
    out.sql += rel.sql;
    out.params.push(...rel.params);
  }
  out.sql += q.sql.slice(last);
  if (paramIndex !== q.params.length) throw new Error(`jumlah parameter tidak cocok (${paramIndex} ≠ ${q.params.length})`);
  return out;
}

/** Each of `bases` as a parenthesised subquery, with the relations it reads inlined in turn. */
function inlineBases<P>(bases: readonly BaseRelation<P>[], params: P): Record<string, BoundQuery> {
  const relations: Record<string, BoundQuery> = {};
  for (const b of bases) {
    const own = b.sql(params);
    const r = b.bases?.length ? substituteRelations(own, inlineBases(b.bases, params)) : own;
    relations[b.id] = { sql: `(${r.sql})`, params: r.params };
  }
  return relations;
}

/** The indicator's query with every base relation inlined as a subquery: runnable on any DuckDB. */
export function inlineQuery<P>(def: IndicatorDef<P, unknown>, params: P): BoundQuery {
  const q = def.sql(params);
  return def.bases?.length ? substituteRelations(q, inlineBases(def.bases, params)) : q;
}

/** Name of the table a base relation is materialised into for one key (safe SQL identifier). */
export function baseTableName<P>(base: BaseRelation<P>, params: P): string {
  return `base_${base.id}_${base.key(params).replace(/[^A-Za-z0-9]/g, '_')}`;
}
