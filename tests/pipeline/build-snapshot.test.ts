import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnapshot } from '../../src/pipeline/build-snapshot';
import { silentEffects } from '../../src/pipeline/effects';
import { SNAPSHOT_TABLES, type SnapshotManifest } from '../../src/core/schema/snapshot';
import { openSnapshotDb } from '../support/snapshot-db';
import { csv, DTSEN_HEADER, PENCAKER_HEADER, pencakerRow, person, TEST_SECRET, writeSourceFolder } from '../support/source-fixture';
import { listFilesRecursive, scanForPersonalData } from '../support/privacy-scan';

const people = Array.from({ length: 6 }, (_, i) => person(i + 1));

function basicSources() {
  return writeSourceFolder({
    'pencaker.csv': csv(
      [
        PENCAKER_HEADER,
        pencakerRow(people[0]),
        pencakerRow(people[1], { Kelurahan: 'Loktuan', 'Tanggal Daftar': '2025-01-10' }),
        pencakerRow(people[2], { Kelurahan: '64.74.02.1001', Status: 'ditempatkan', 'Tanggal Penempatan': '01/06/2025', 'ID Perusahaan Penempatan': 'P001' }),
        pencakerRow(people[3], { Kelurahan: 'Kel. Api-Api', Pendidikan: 'SLTA', 'Tanggal Daftar': '5 Januari 2026' }),
        pencakerRow(people[4], { Kelurahan: '6474031002', Pendidikan: 'Diploma III', 'Tanggal Daftar': '05-Jan-2026' }),
        // the same person registering again after placement: history kept, one person
        pencakerRow(people[2], { Kelurahan: 'Tanjung Laut', 'Tanggal Daftar': '01/09/2026' }),
      ],
      ';',
    ),
    'dtsen.csv': csv([
      DTSEN_HEADER,
      [people[0].nik, '6474010101250001', 'Lok Tuan', '2', 'terverifikasi', '2025-10-20'],
      [people[2].nik, '6474020101250002', 'Tanjung Laut', '7', 'terverifikasi', '2025-10-21'],
      [people[5].nik, '6474020101250002', 'Tanjung Laut', '', 'belum', ''],
    ]),
  });
}

describe('buildSnapshot on a small synthetic source folder', () => {
  let src: string;
  let out: string;
  let manifest: SnapshotManifest;
  beforeAll(async () => {
    src = await basicSources();
    out = join(await mkdtemp(join(tmpdir(), 'sk-out-')), 'snapshot');
    manifest = await buildSnapshot({ sourceDir: src, outDir: out, secret: TEST_SECRET }, silentEffects);
  });
  afterAll(async () => {
    await rm(src, { recursive: true, force: true });
  });

  it('writes every table of the schema with its row count and hash in the manifest', async () => {
    const names = manifest.tables.map((t) => t.name).sort();
    expect(names).toEqual(SNAPSHOT_TABLES.map((t) => t.name).sort());
    const onDisk = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(onDisk.tables).toEqual(manifest.tables);
    expect(manifest.tables.find((t) => t.name === 'pencaker')!.rows).toBe(6);
    expect(manifest.periode).toEqual({ mulai: '2025-01-10', akhir: '2026-09-01' });
    expect(manifest.geometry.kind).toBe('schematic');
    expect(manifest.demo).toBe(false);
  });

  it('reconciles rows read = accepted + rejected for every source file', () => {
    for (const s of manifest.sources) expect(s.rows_read).toBe(s.rows_accepted + s.rows_rejected);
    const p = manifest.sources.find((s) => s.table === 'pencaker')!;
    expect([p.rows_read, p.rows_accepted, p.rows_rejected]).toEqual([6, 6, 0]);
    expect(p.ignored_columns).toEqual([]);
  });

  it('normalises region, education and dates, and links job seekers to DTSEN by pseudonym', async () => {
    const db = await openSnapshotDb(out);
    try {
      const rows = await db.query<{ kode_kelurahan: string; pendidikan: string; tanggal_daftar: string; di_dtsen: boolean; desil: number | null; id_orang: string }>(
        'SELECT kode_kelurahan, pendidikan, tanggal_daftar, di_dtsen, desil, id_orang FROM pencaker ORDER BY id_pendaftaran',
      );
      expect(rows.map((r) => r.tanggal_daftar)).toEqual(['2025-01-10', '2025-03-15', '2025-03-15', '2026-01-05', '2026-01-05', '2026-09-01']);
      const codes = new Set(rows.map((r) => r.kode_kelurahan));
      for (const c of ['64.74.01.1003', '64.74.02.1001', '64.74.01.1006', '64.74.03.1002']) expect(codes.has(c)).toBe(true);
      expect(rows.filter((r) => r.desil === 2)).toHaveLength(1);
      expect(rows.filter((r) => r.desil === 7)).toHaveLength(2); // person 3 registered twice
      expect(rows.filter((r) => r.di_dtsen)).toHaveLength(3);
      expect(new Set(rows.map((r) => r.id_orang)).size).toBe(5);
      expect(rows.every((r) => /^[a-p]{16}$/.test(r.id_orang))).toBe(true);
      const pend = await db.query<{ pendidikan: string; n: number }>(`SELECT pendidikan, count(*) AS n FROM pencaker GROUP BY 1 ORDER BY 1`);
      expect(pend).toEqual([
        { pendidikan: 'D3', n: 1 },
        { pendidikan: 'SMA', n: 5 },
      ]);
      const agg = await db.query<{ jumlah_jiwa: number; jumlah_kk: number; jumlah_pencaker: number }>(
        'SELECT sum(jumlah_jiwa)::INT AS jumlah_jiwa, sum(jumlah_kk)::INT AS jumlah_kk, sum(jumlah_pencaker)::INT AS jumlah_pencaker FROM dtsen_agregat',
      );
      expect(agg[0]).toEqual({ jumlah_jiwa: 3, jumlah_kk: 3, jumlah_pencaker: 2 });
    } finally {
      db.close();
    }
  });

  it('leaves no NIK, KK, name, phone or birth date in any file it wrote', async () => {
    const files = await listFilesRecursive(out);
    expect(files.length).toBeGreaterThan(SNAPSHOT_TABLES.length);
    const secrets = [
      ...people.flatMap((p) => [p.nik, p.nama, p.birth, p.birth.split('-').reverse().join('/')]),
      '6474010101250001',
      '6474020101250002',
      '081200000000',
    ];
    const findings = await scanForPersonalData(files, secrets);
    expect(findings).toEqual([]);
    // the scanner does see personal data where there is some: the input folder
    const inputFindings = await scanForPersonalData(await listFilesRecursive(src), secrets);
    expect(inputFindings.length).toBeGreaterThan(0);
  });

  it('gives byte-identical tables for the same inputs and secret, and other pseudonyms for another secret', async () => {
    const again = join(await mkdtemp(join(tmpdir(), 'sk-out-')), 'snapshot');
    const m2 = await buildSnapshot({ sourceDir: src, outDir: again, secret: TEST_SECRET }, silentEffects);
    expect(m2.tables).toEqual(manifest.tables);
    expect(m2.files).toEqual(manifest.files);
    const other = join(await mkdtemp(join(tmpdir(), 'sk-out-')), 'snapshot');
    const m3 = await buildSnapshot({ sourceDir: src, outDir: other, secret: TEST_SECRET + '-lain' }, silentEffects);
    const sha = (m: SnapshotManifest, t: string) => m.tables.find((x) => x.name === t)!.sha256;
    expect(sha(m3, 'pencaker')).not.toBe(sha(manifest, 'pencaker'));
    expect(sha(m3, 'perusahaan')).toBe(sha(manifest, 'perusahaan'));
  });
});

describe('atomic write', () => {
  it('keeps the previous snapshot untouched when a build fails, and leaves no staging folder', async () => {
    const good = await writeSourceFolder({
      'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(person(1))]),
    });
    const parent = await mkdtemp(join(tmpdir(), 'sk-atomic-'));
    const out = join(parent, 'snapshot');
    await buildSnapshot({ sourceDir: good, outDir: out, secret: TEST_SECRET }, silentEffects);
    const before = await readFile(join(out, 'manifest.json'), 'utf8');
    const pencakerBefore = await readFile(join(out, 'pencaker.parquet'));

    const bad = await writeSourceFolder({
      'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(person(2))]),
      // lowongan without its required `jumlah` column stops the build after pencaker was read
      'lowongan.csv': csv([['id_lowongan', 'id_perusahaan', 'tanggal_buka'], ['L1', 'P001', '2025-01-01']]),
    });
    await expect(buildSnapshot({ sourceDir: bad, outDir: out, secret: TEST_SECRET }, silentEffects)).rejects.toThrow(
      /lowongan\.csv: Kolom wajib tidak ada.*jumlah/,
    );
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(Buffer.compare(await readFile(join(out, 'pencaker.parquet')), pencakerBefore)).toBe(0);
    expect(await readdir(parent)).toEqual(['snapshot']);
  });

  it('replaces the previous snapshot once the new one is complete', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'sk-atomic-'));
    const out = join(parent, 'snapshot');
    const one = await writeSourceFolder({ 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(person(1))]) });
    const two = await writeSourceFolder({ 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(person(1)), pencakerRow(person(2))]) });
    await buildSnapshot({ sourceDir: one, outDir: out, secret: TEST_SECRET }, silentEffects);
    await writeFile(join(out, 'stale.txt'), 'from the previous build');
    const m = await buildSnapshot({ sourceDir: two, outDir: out, secret: TEST_SECRET }, silentEffects);
    expect(m.tables.find((t) => t.name === 'pencaker')!.rows).toBe(2);
    expect(await readdir(out)).not.toContain('stale.txt');
    expect(await readdir(parent)).toEqual(['snapshot']);
  });
});
