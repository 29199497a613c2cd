import { describe, expect, it } from 'vitest';
import { activeAt, areaFilter, bound, checkPeriode, monthsCte, raw, sql } from '../../../src/core/indicators/sql';

describe('sql tagged template', () => {
  it('turns values into ? placeholders in text order, including nested fragments', () => {
    const inner = sql`b = ${2} AND c = ${'x'}`;
    const q = bound(sql`SELECT * FROM t WHERE a = ${1} AND ${inner} AND d IN (${[raw('1'), sql`${3}`]}) AND e = ${null}`);
    expect(q.sql).toBe("SELECT * FROM t WHERE a = ? AND b = ? AND c = ? AND d IN (1 ?) AND e = ?");
    expect(q.params).toEqual([1, 2, 'x', 3, null]);
  });

  it('builds area filters through the wilayah table and an equality on the kelurahan', () => {
    expect(areaFilter('p.kode_kelurahan', {}).sql).toBe('');
    const f = areaFilter('p.kode_kelurahan', { kecamatan: '64.74.02', kelurahan: '64.74.02.1004' });
    expect(f.sql).toContain('IN (SELECT kode_kelurahan FROM wilayah WHERE kode_kecamatan = ?)');
    expect(f.sql).toContain('p.kode_kelurahan = ?');
    expect(f.params).toEqual(['64.74.02', '64.74.02.1004']);
  });

  it('checks the period format', () => {
    expect(checkPeriode('2026-03')).toEqual({ year: 2026, month: 3, firstDay: '2026-03-01' });
    for (const bad of ['2026-3', '2026-00', '26-03', '2026-03-01', '']) expect(() => checkPeriode(bad)).toThrow();
    expect(() => monthsCte('2026/03')).toThrow();
  });

  it('states the active definition with all four conditions', () => {
    const s = activeAt('p', 'b.d').sql;
    expect(s).toBe(
      "p.tanggal_daftar <= b.d AND p.status <> 'dicabut' AND p.tanggal_kedaluwarsa > b.d AND (p.tanggal_penempatan IS NULL OR p.tanggal_penempatan > b.d)",
    );
  });
});
