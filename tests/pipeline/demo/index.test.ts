import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears } from '../../../src/core/normalise/dates';
import { parseCsv } from '../../../src/core/normalise/csv';
import { decodeText } from '../../../src/core/normalise/text';
import { createKelurahanMatcher } from '../../../src/core/normalise/region';
import {
  DTSEN,
  INDIKATOR,
  LOWONGAN,
  PELATIHAN,
  PENCAKER,
  PERUSAHAAN,
  VALIDASI,
  type DtsenSourceRow,
  type PencakerSourceRow,
} from '../../../src/core/tables/source-tables';
import { readTableFile } from '../../../src/pipeline/sources/read-table-file';
import { DEFAULT_SEED, generateDemoData, type DemoTruth } from '../../../src/pipeline/demo/index';
import { nonZero, validateFile } from './support';

const NIK_OK = /^64740[123]\d{10}$/;
const NIK_MANGLED = /^6[.,]4740[123]E\+15$/;

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) {
    out[f] = createHash('sha256').update(await readFile(join(dir, f))).digest('hex');
  }
  return out;
}

describe('generateDemoData (default seed)', () => {
  let dir: string;
  let truth: DemoTruth;
  const logs: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'simpul-demo-'));
    truth = await generateDemoData({ outDir: dir, log: (m) => logs.push(m) });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the contract files in the stated formats, and truth.json', async () => {
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(
      ['dtsen.xlsx', 'indikator.csv', 'lowongan.csv', 'pelatihan.csv', 'pencaker.csv', 'perusahaan.xlsx', 'truth.json', 'validasi.xlsx'],
    );
    expect(truth.files).toEqual(['pencaker.csv', 'dtsen.xlsx', 'perusahaan.xlsx', 'lowongan.csv', 'validasi.xlsx', 'pelatihan.csv', 'indikator.csv', 'truth.json']);
    expect(truth.seed).toBe(DEFAULT_SEED);
    expect(truth.scale).toBeNull();
    expect(JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8'))).toEqual(truth);
    for (const f of ['dtsen.xlsx', 'perusahaan.xlsx', 'validasi.xlsx']) {
      const bytes = await readFile(join(dir, f));
      expect(bytes.subarray(0, 2).toString('latin1'), f).toBe('PK');
    }
    expect(logs.some((m) => m.startsWith('pencaker.csv'))).toBe(true);
  });

  it("writes pencaker.csv with ';', CRLF and Windows-1252 bytes", async () => {
    const bytes = await readFile(join(dir, 'pencaker.csv'));
    const firstLine = bytes.subarray(0, bytes.indexOf(0x0a) + 1).toString('latin1');
    expect(firstLine).toBe(
      'NIK;NAMA;Jenis Kelamin;TANGGAL_LAHIR;Agama;Kelurahan;Pendidikan;Jurusan;Keterampilan;Jabatan Dicari;Tanggal Daftar;Status;Tanggal Penempatan;ID Perusahaan Penempatan;Disabilitas;No HP;Alamat;Keterangan\r\n',
    );
    // en dash (0x96) and é (0xE9) as single Windows-1252 bytes: not valid UTF-8
    expect(bytes.includes(Buffer.from([0x96]))).toBe(true);
    expect(bytes.includes(Buffer.from('Caf\xe9', 'latin1'))).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes).encoding).toBe('windows-1252');
    const text = decodeText(bytes).text;
    expect(text).toContain('Perhotelan – Food & Beverage');
    const table = parseCsv(text);
    expect(table.delimiter).toBe(';');
    // one quoted field spans two lines
    expect(table.rows.some((r) => r[8].includes('\n'))).toBe(true);
    // mixed date spellings
    const daftar = table.rows.map((r) => r[10]);
    expect(daftar.some((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);
    expect(daftar.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(daftar.some((d) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(d))).toBe(true);
    expect(daftar.some((d) => /^\d{2}-[A-Z][a-z]{2}-\d{4}$/.test(d))).toBe(true);
    // kelurahan as names, variants and both code layouts
    const kel = new Set(table.rows.map((r) => r[5]));
    for (const v of ['Lok Tuan', 'Loktuan', 'Lhoktuan', 'Tanjut Laut Indah', 'Kel. Guntung', '64.74.01.1003', '6474011003', 'BONTANG BARU']) {
      expect(kel.has(v), v).toBe(true);
    }
  });

  it('writes as many data rows as the truth says, for every table', async () => {
    for (const t of Object.values(truth.tables)) {
      const raw = await readTableFile(join(dir, t.file));
      expect(raw.rows.length, t.file).toBe(t.rowsWritten);
      expect(t.rowsAccepted + t.rowsRejected, t.file).toBe(t.rowsWritten);
    }
  });

  it('gives the pipeline rules the rejections, repairs and notes the truth announces', async () => {
    const ctx = { matchKelurahan: createKelurahanMatcher() };
    const pencaker = await validateFile(PENCAKER, join(dir, 'pencaker.csv'), ctx);
    expect(pencaker.result.rowsRejected).toBe(truth.tables.pencaker.rowsRejected);
    expect(pencaker.result.rows.length).toBe(truth.tables.pencaker.rowsAccepted);
    expect(nonZero(pencaker.counts.rejected)).toEqual(nonZero(truth.tables.pencaker.rejectedByCode));
    expect(nonZero(pencaker.counts.repaired)).toEqual(nonZero(truth.tables.pencaker.repairedByCode));
    expect(nonZero(pencaker.counts.noted)).toEqual(nonZero(truth.tables.pencaker.notedByCode));
    expect(pencaker.ignored).toEqual(truth.tables.pencaker.ignoredColumns);
    expect(truth.tables.pencaker.rejectedByCode['nik-excel-mangled']).toBeGreaterThan(100);
    expect(truth.tables.pencaker.rejectedByCode['duplicate-row']).toBeGreaterThan(100);

    const dtsen = await validateFile(DTSEN, join(dir, 'dtsen.xlsx'), ctx);
    expect(nonZero(dtsen.counts.rejected)).toEqual(nonZero(truth.tables.dtsen.rejectedByCode));
    expect(dtsen.result.rows.length).toBe(truth.tables.dtsen.rowsAccepted);
    expect(dtsen.counts.repaired).toEqual({});
    expect(dtsen.counts.noted).toEqual({});

    const perusahaan = await validateFile(PERUSAHAAN, join(dir, 'perusahaan.xlsx'), ctx);
    const companyIds = new Set(perusahaan.result.rows.map((r) => r.id_perusahaan));
    const others = [
      perusahaan,
      await validateFile(LOWONGAN, join(dir, 'lowongan.csv'), { ...ctx, companyIds }),
      await validateFile(VALIDASI, join(dir, 'validasi.xlsx'), ctx),
      await validateFile(PELATIHAN, join(dir, 'pelatihan.csv'), ctx),
      await validateFile(INDIKATOR, join(dir, 'indikator.csv'), ctx),
    ];
    for (const o of others) {
      expect(o.counts, o.header.join(',')).toEqual({ rejected: {}, repaired: {}, noted: {} });
    }
    expect(others.map((o) => o.result.rows.length)).toEqual([
      truth.tables.perusahaan.rowsAccepted,
      truth.tables.lowongan.rowsAccepted,
      truth.tables.validasi.rowsAccepted,
      truth.tables.pelatihan.rowsAccepted,
      truth.tables.indikator.rowsAccepted,
    ]);
    const workers = perusahaan.result.rows.reduce((s, r) => s + r.jumlah_pekerja, 0);
    expect(workers).toBe(truth.perusahaan.jumlahPekerja);
  });

  it('announces job-seeker counts that the accepted rows reproduce', async () => {
    const ctx = { matchKelurahan: createKelurahanMatcher() };
    const rows = (await validateFile(PENCAKER, join(dir, 'pencaker.csv'), ctx)).result.rows as PencakerSourceRow[];
    const dtsen = (await validateFile(DTSEN, join(dir, 'dtsen.xlsx'), ctx)).result.rows as DtsenSourceRow[];
    expect(new Set(rows.map((r) => r.nik)).size).toBe(truth.pencaker.distinctPersons);

    const perMonth: Record<string, number> = {};
    for (const r of rows) perMonth[r.tanggal_daftar.slice(0, 7)] = (perMonth[r.tanggal_daftar.slice(0, 7)] ?? 0) + 1;
    expect(nonZero(truth.pencaker.registrationsPerMonth)).toEqual(perMonth);

    const activeAt = (d: string) =>
      rows.filter(
        (r) =>
          r.tanggal_daftar <= d &&
          r.status !== 'dicabut' &&
          addYears(r.tanggal_daftar, 2) > d &&
          (r.tanggal_penempatan === null || r.tanggal_penempatan > d),
      );
    for (const [month, d] of [['2024-06', '2024-06-30'], ['2026-10', '2026-10-31']]) {
      expect(new Set(activeAt(d).map((r) => r.nik)).size, month).toBe(truth.pencaker.activePersonsAtMonthEnd[month]);
    }
    const last = activeAt(truth.pencaker.lastMonthEnd);
    const byKel: Record<string, number> = {};
    for (const r of last) byKel[r.kelurahan] = (byKel[r.kelurahan] ?? 0) + 1;
    expect(byKel).toEqual(truth.pencaker.activeAtLastMonthEndByKelurahan);

    const desil = new Map(dtsen.map((r) => [r.nik, r.desil]));
    const linked = last.filter((r) => desil.has(r.nik));
    expect(linked.length).toBe(truth.pencaker.activeAtLastMonthEnd.linkedToDtsen);
    expect(linked.filter((r) => (desil.get(r.nik) ?? 0) >= 1 && (desil.get(r.nik) ?? 0) <= 4).length).toBe(
      truth.pencaker.activeAtLastMonthEnd.desil1to4,
    );
    const d14 = dtsen.filter((r) => r.desil !== null && r.desil <= 4).length;
    expect(d14).toBe(truth.dtsen.desil1to4Persons);
    expect(new Set(dtsen.map((r) => r.no_kk)).size).toBe(truth.dtsen.distinctKk);
  });

  it('has plausible distributions', () => {
    for (const y of ['2023', '2024', '2025']) {
      expect(truth.pencaker.registrationsPerYear[y]).toBeGreaterThan(9_000);
      expect(truth.pencaker.registrationsPerYear[y]).toBeLessThan(12_000);
    }
    // graduation peak: July above March
    expect(truth.pencaker.registrationsPerMonth['2025-07']).toBeGreaterThan(1.3 * truth.pencaker.registrationsPerMonth['2025-03']);
    const edu = truth.pencaker.byPendidikan;
    const all = Object.values(edu).reduce((a, b) => a + b, 0);
    expect((edu.SMA + edu.SMK) / all).toBeGreaterThan(0.5);
    const reregShare = truth.pencaker.reRegistrations / truth.tables.pencaker.rowsAccepted;
    expect(reregShare).toBeGreaterThan(0.06);
    expect(reregShare).toBeLessThan(0.1);

    expect(truth.dtsen.desil1to4Persons).toBeGreaterThan(16_000);
    expect(truth.dtsen.desil1to4Persons).toBeLessThan(18_500);
    expect(truth.dtsen.acceptedIndividuals / truth.dtsen.distinctKk).toBeGreaterThan(3);
    expect(truth.dtsen.acceptedIndividuals / truth.dtsen.distinctKk).toBeLessThan(4);
    const linkedShare = truth.pencaker.personsLinkedToDtsen / truth.pencaker.distinctPersons;
    expect(linkedShare).toBeGreaterThan(0.25);
    expect(linkedShare).toBeLessThan(0.35);
    expect(truth.pencaker.personsInDesil1to4 / truth.pencaker.personsLinkedToDtsen).toBeGreaterThan(0.5);
    expect(truth.pencaker.personsInDesil1to4 / truth.pencaker.personsLinkedToDtsen).toBeLessThan(0.6);
    // Lok Tuan has the most desil 1-4 persons (prelist, domain-facts 2b)
    const d14 = (code: string) =>
      ['1', '2', '3', '4'].reduce((s, k) => s + (truth.dtsen.byKelurahanDesil[code][k as '1'] ?? 0), 0);
    const top = Object.keys(truth.dtsen.byKelurahanDesil).sort((a, b) => d14(b) - d14(a))[0];
    expect(top).toBe('64.74.01.1003');

    expect(truth.perusahaan.companies).toBeGreaterThanOrEqual(140);
    expect(truth.perusahaan.companies).toBeLessThanOrEqual(160);
    expect(truth.perusahaan.bySeksi.C + truth.perusahaan.bySeksi.F).toBeGreaterThan(truth.perusahaan.companies / 2);
    expect(truth.perusahaan.pekerjaLokal).toBeLessThan(truth.perusahaan.jumlahPekerja);

    const v = truth.validasi.byKecamatan;
    expect(v['64.74.01'].targetKk + v['64.74.02'].targetKk + v['64.74.03'].targetKk).toBe(4_997);
    const utara = v['64.74.01'].reached100On!;
    expect(v['64.74.02'].reached100On! < utara).toBe(true);
    expect(v['64.74.03'].reached100On! < utara).toBe(true);
    expect(truth.validasi.kelurahanReached100On['64.74.01.1004']).toBe(utara); // Guntung last

    for (const y of ['2023', '2024', '2025']) {
      expect(truth.lowongan.positionsPerYear[y]).toBeGreaterThan(4_000);
      expect(truth.lowongan.positionsPerYear[y]).toBeLessThan(6_500);
    }
    expect(truth.lowongan.jargas.vacancies).toBeGreaterThan(0);
    expect(truth.pelatihan.programmes).toBe(40);
  });

  it('writes only synthetic NIKs: 647401/647402/647403 or Excel-damaged', async () => {
    const pencaker = await readTableFile(join(dir, 'pencaker.csv'));
    const dtsen = await readTableFile(join(dir, 'dtsen.xlsx'));
    let mangled = 0;
    for (const row of [...pencaker.rows, ...dtsen.rows]) {
      const nik = String(row[0]);
      if (NIK_MANGLED.test(nik)) mangled++;
      else expect(nik).toMatch(NIK_OK);
    }
    expect(mangled).toBe(truth.tables.pencaker.rejectedByCode['nik-excel-mangled'] + truth.tables.dtsen.rejectedByCode['nik-excel-mangled']);
    for (const row of dtsen.rows) expect(String(row[1])).toMatch(NIK_OK);
  });

  it('is byte-identical for the same seed and different for another seed', async () => {
    const again = await mkdtemp(join(tmpdir(), 'simpul-demo-'));
    const other = await mkdtemp(join(tmpdir(), 'simpul-demo-'));
    try {
      await generateDemoData({ outDir: again });
      expect(await hashes(again)).toEqual(await hashes(dir));
      await generateDemoData({ outDir: other, seed: 7 });
      const a = await hashes(dir);
      const b = await hashes(other);
      for (const f of ['pencaker.csv', 'dtsen.xlsx', 'perusahaan.xlsx', 'lowongan.csv', 'truth.json']) expect(b[f], f).not.toBe(a[f]);
      expect(b['indikator.csv']).toBe(a['indikator.csv']);
    } finally {
      await rm(again, { recursive: true, force: true });
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('generateDemoData with scale', () => {
  it('writes N job-seeker rows and a DTSEN of about N persons, all CSV', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'simpul-demo-scale-'));
    try {
      const truth = await generateDemoData({ outDir: dir, scale: 20_000 });
      expect((await readdir(dir)).sort()).toEqual(
        ['dtsen.csv', 'indikator.csv', 'lowongan.csv', 'pelatihan.csv', 'pencaker.csv', 'perusahaan.csv', 'truth.json', 'validasi.csv'],
      );
      expect(truth.scale).toBe(20_000);
      expect(truth.tables.pencaker.rowsWritten).toBe(20_000);
      const dtsenBytes = await readFile(join(dir, 'dtsen.csv'));
      expect([...dtsenBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(truth.tables.dtsen.rowsWritten).toBeGreaterThanOrEqual(20_000);
      expect(truth.tables.dtsen.rowsWritten).toBeLessThan(20_100);
      for (const t of Object.values(truth.tables)) {
        expect(t.format).toBe('csv');
        expect((await readTableFile(join(dir, t.file))).rows.length, t.file).toBe(t.rowsWritten);
      }
      const ctx = { matchKelurahan: createKelurahanMatcher() };
      const pencaker = await validateFile(PENCAKER, join(dir, 'pencaker.csv'), ctx);
      expect(nonZero(pencaker.counts.rejected)).toEqual(nonZero(truth.tables.pencaker.rejectedByCode));
      const dtsen = await validateFile(DTSEN, join(dir, 'dtsen.csv'), ctx);
      expect(dtsen.result.rows.length).toBe(truth.dtsen.acceptedIndividuals);
      // dirt rates stay the same: 0.4% mangled NIKs of the rows written
      expect(truth.tables.pencaker.rejectedByCode['nik-excel-mangled']).toBeGreaterThan(70);
      expect(truth.tables.pencaker.rejectedByCode['nik-excel-mangled']).toBeLessThan(90);
      const linkedShare = truth.pencaker.personsLinkedToDtsen / truth.pencaker.distinctPersons;
      expect(linkedShare).toBeGreaterThan(0.25);
      expect(linkedShare).toBeLessThan(0.35);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('replaces files of the other format when switching mode', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'simpul-demo-switch-'));
    try {
      await generateDemoData({ outDir: dir, scale: 2_000 });
      await generateDemoData({ outDir: dir });
      const files = await readdir(dir);
      expect(files).toContain('dtsen.xlsx');
      expect(files).not.toContain('dtsen.csv');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a scale outside 1,000 - 5,000,000 and a bad seed', async () => {
    await expect(generateDemoData({ outDir: join(tmpdir(), 'never'), scale: 10 })).rejects.toThrow(/scale/);
    await expect(generateDemoData({ outDir: join(tmpdir(), 'never'), seed: -1 })).rejects.toThrow(/seed/);
  });
});
