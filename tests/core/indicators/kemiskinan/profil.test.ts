import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { kemiskinanKeterampilan, kemiskinanPendidikan } from '../../../../src/core/indicators/kemiskinan';
import { TOP_KETERAMPILAN } from '../../../../src/core/indicators/kemiskinan/keterampilan';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import { activePeople, DEMO, inArea, inTarget, loadRows, matcher, paramSets, passes, pct, type RawRows } from './reference';

const periode = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7);
const PARAMS = paramSets(periode);

let db: SnapshotDb;
let rows: RawRows;
beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
  rows = await loadRows(db);
});
afterAll(() => db?.close());

describe('kemiskinanPendidikan against plain TypeScript', () => {
  it.each(PARAMS.map((p) => [JSON.stringify(p), p] as const))('%s', async (_, p) => {
    const got = await queryIndicator(db, kemiskinanPendidikan, p);
    expect(got.map((r) => r.pendidikan)).toEqual(rows.pendidikan.map((r) => r.kode));
    const group = activePeople(rows, p.periode).filter((x) => inArea(x, p) && inTarget(x, p) && passes(x, p, ['pend', 'desil']));
    for (const r of got) {
      const n = group.filter((x) => x.pend === r.pendidikan).length;
      expect(r.nilai, r.pendidikan).toBe(n);
      const share = pct(n, group.length);
      if (share === null) expect(r.persen).toBeNull();
      else expect(r.persen).toBeCloseTo(share, 9);
    }
    expect(got.reduce((s, r) => s + r.nilai, 0)).toBe(group.length);
  });

  it('is about the poor by default: desil 1-4 only', async () => {
    const byDefault = await queryIndicator(db, kemiskinanPendidikan, { periode });
    const explicit = await queryIndicator(db, kemiskinanPendidikan, { periode, pilih: { desil: ['1', '2', '3', '4'] } });
    expect(explicit).toEqual(byDefault);
    const rich = await queryIndicator(db, kemiskinanPendidikan, { periode, pilih: { desil: ['10'] } });
    expect(rich.reduce((s, r) => s + r.nilai, 0)).toBeLessThan(byDefault.reduce((s, r) => s + r.nilai, 0));
  });
});

describe('kemiskinanKeterampilan against plain TypeScript', () => {
  it.each(PARAMS.map((p) => [JSON.stringify(p), p] as const))('%s', async (_, p) => {
    const got = await queryIndicator(db, kemiskinanKeterampilan, p);
    const { skills: demanded } = matcher(rows, p.periode);
    const group = activePeople(rows, p.periode).filter((x) => inArea(x, p) && inTarget(x, p) && passes(x, p, ['skill', 'desil']));
    const counts = new Map<string, number>();
    for (const x of group) for (const s of new Set(x.skills)) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const s of p.pilih?.skill ?? []) if (!counts.has(s)) counts.set(s, 0);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const want = ranked
      .map(([k, n], i) => ({ keterampilan: k, nilai: n, peringkat: i + 1 }))
      .filter((r) => r.peringkat <= TOP_KETERAMPILAN || (p.pilih?.skill ?? []).includes(r.keterampilan));
    expect(got.map((r) => [r.keterampilan, r.nilai, r.peringkat])).toEqual(want.map((r) => [r.keterampilan, r.nilai, r.peringkat]));
    for (const r of got) {
      expect(r.diminta, r.keterampilan).toBe(demanded.has(r.keterampilan));
      const share = pct(r.nilai, group.length);
      if (share === null) expect(r.persen).toBeNull();
      else expect(r.persen).toBeCloseTo(share, 9);
    }
  });

  it('lists a selected skill nobody has, with 0, so it can be seen and removed', async () => {
    const got = await queryIndicator(db, kemiskinanKeterampilan, { periode, pilih: { skill: ['tidak ada keterampilan ini'] } });
    const row = got.find((r) => r.keterampilan === 'tidak ada keterampilan ini');
    expect(row).toMatchObject({ nilai: 0, diminta: false });
    expect(got.length).toBe(TOP_KETERAMPILAN + 1);
  });
});
