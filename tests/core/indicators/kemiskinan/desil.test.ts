import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { kemiskinanMiskinPerKelurahan, kemiskinanPerDesil, kemiskinanRingkasan } from '../../../../src/core/indicators/kemiskinan';
import type { ViewParams } from '../../../../src/core/indicators/types';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import {
  activePeople,
  DEMO,
  inArea,
  inTarget,
  isPoor,
  listKec,
  loadRows,
  matcher,
  paramSets,
  passes,
  pct,
  type RawRows,
} from './reference';

const periode = JSON.parse(readFileSync(`${DEMO}/manifest.json`, 'utf8')).periode.akhir.slice(0, 7);
const PARAMS = paramSets(periode);

let db: SnapshotDb;
let rows: RawRows;
beforeAll(async () => {
  db = await openSnapshotDb(DEMO);
  rows = await loadRows(db);
});
afterAll(() => db?.close());

const label = (p: ViewParams) => JSON.stringify(p);

describe('kemiskinanRingkasan against plain TypeScript over the raw rows', () => {
  it.each(PARAMS.map((p) => [label(p), p] as const))('%s', async (_, p) => {
    const [got] = await queryIndicator(db, kemiskinanRingkasan, p);
    const m = matcher(rows, p.periode);
    const people = activePeople(rows, p.periode).filter((x) => inArea(x, p) && passes(x, p, ['desil']));
    const target = people.filter((x) => inTarget(x, p));
    const pool = target.filter((x) => m.byJob(x) || m.bySkill(x));
    const miskin = people.filter(isPoor).length;
    expect(got.aktif).toBe(people.length);
    expect(got.di_dtsen).toBe(people.filter((x) => x.diDtsen).length);
    expect(got.miskin).toBe(miskin);
    expect(got.sasaran).toBe(target.length);
    expect(got.prioritas).toBe(pool.length);
    expect(got.prioritas_jabatan).toBe(pool.filter(m.byJob).length);
    const share = pct(miskin, people.length);
    if (share === null) expect(got.persen_miskin).toBeNull();
    else expect(got.persen_miskin).toBeCloseTo(share, 9);
    const linked = pct(people.filter((x) => x.diDtsen).length, people.length);
    if (linked === null) expect(got.persen_di_dtsen).toBeNull();
    else expect(got.persen_di_dtsen).toBeCloseTo(linked, 9);
    const poolShare = pct(pool.length, target.length);
    if (poolShare === null) expect(got.persen_prioritas).toBeNull();
    else expect(got.persen_prioritas).toBeCloseTo(poolShare, 9);
  });

  it('sees a non-trivial city: people in DTSEN, in desil 1-4, and a pool smaller than the target group', async () => {
    const [got] = await queryIndicator(db, kemiskinanRingkasan, { periode });
    expect(got.aktif).toBeGreaterThan(got.di_dtsen);
    expect(got.di_dtsen).toBeGreaterThan(got.miskin);
    expect(got.miskin).toBeGreaterThan(0);
    expect(got.prioritas).toBeLessThan(got.sasaran);
    expect(got.prioritas_jabatan).toBeLessThan(got.prioritas);
  });
});

describe('kemiskinanPerDesil against plain TypeScript', () => {
  const CATS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'tanpa', 'luar'];
  it.each(PARAMS.map((p) => [label(p), p] as const))('%s', async (_, p) => {
    const got = await queryIndicator(db, kemiskinanPerDesil, p);
    const people = activePeople(rows, p.periode).filter((x) => inArea(x, p) && passes(x, p, ['desil']));
    expect(got.map((r) => r.desil_kat)).toEqual(CATS);
    expect(got.map((r) => r.urutan)).toEqual(CATS.map((_, i) => i + 1));
    for (const r of got) {
      const n = people.filter((x) => x.desilKat === r.desil_kat).length;
      expect(r.nilai, r.desil_kat).toBe(n);
      const share = pct(n, people.length);
      if (share === null) expect(r.persen).toBeNull();
      else expect(r.persen).toBeCloseTo(share, 9);
    }
  });

  it('keeps every category under its own selection (cross-filter excludes desil)', async () => {
    const all = await queryIndicator(db, kemiskinanPerDesil, { periode });
    const chosen = await queryIndicator(db, kemiskinanPerDesil, { periode, pilih: { desil: ['1'] } });
    expect(chosen).toEqual(all);
  });
});

describe('kemiskinanMiskinPerKelurahan against plain TypeScript', () => {
  it.each(PARAMS.map((p) => [label(p), p] as const))('%s', async (_, p) => {
    const got = await queryIndicator(db, kemiskinanMiskinPerKelurahan, p);
    const kec = listKec(p);
    const wil = rows.wilayah.filter((w) => !kec || w.kode_kecamatan === kec);
    expect(got.map((r) => r.kode_kelurahan)).toEqual(wil.map((w) => w.kode_kelurahan));
    const people = activePeople(rows, p.periode).filter((x) => passes(x, p, ['desil']));
    for (const r of got) {
      const here = people.filter((x) => x.kel === r.kode_kelurahan);
      const poor = here.filter(isPoor).length;
      expect(r.nama_kelurahan).toBe(rows.wilayah.find((w) => w.kode_kelurahan === r.kode_kelurahan)!.nama_kelurahan);
      expect(r.aktif, r.kode_kelurahan).toBe(here.length);
      expect(r.miskin, r.kode_kelurahan).toBe(poor);
      const share = pct(poor, here.length);
      if (share === null) expect(r.nilai).toBeNull();
      else expect(r.nilai).toBeCloseTo(share, 9);
    }
  });
});
