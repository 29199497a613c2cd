import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { csv, PENCAKER_HEADER, pencakerRow, person, TEST_SECRET, writeSourceFolder } from '../support/source-fixture';
import { listFilesRecursive, scanForPersonalData } from '../support/privacy-scan';

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SIMPUL_KERJA_SECRET: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const people = [person(1), person(2), person(3)];

describe('npm run snapshot (the command line)', () => {
  it('refuses to run without a secret and says how to make one', async () => {
    const src = await writeSourceFolder({ 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(people[0])]) });
    const out = join(await mkdtemp(join(tmpdir(), 'sk-cli-')), 'snapshot');
    const r = cli(['snapshot', '--source', src, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/GAGAL \/ FAILED/);
    expect(r.err).toMatch(/Kunci rahasia pseudonim tidak diberikan \(--secret-file atau SIMPUL_KERJA_SECRET\)/);
    expect(r.err).toMatch(/openssl rand/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a secret shorter than 16 bytes', async () => {
    const src = await writeSourceFolder({ 'pencaker.csv': csv([PENCAKER_HEADER, pencakerRow(people[0])]) });
    const secretFile = join(src, 'kunci.txt');
    await writeFile(secretFile, 'pendek\n');
    const r = cli(['snapshot', '--source', src, '--out', join(src, 'out'), '--secret-file', secretFile]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/terlalu pendek/);
  });

  it('reads a Parquet export, applies a column mapping, and logs no personal data', async () => {
    // pencaker as Parquet with a foreign column name ("NOMOR IDENTITAS" for nik) mapped by --mapping
    const dir = await mkdtemp(join(tmpdir(), 'sk-cli-pq-'));
    const csvPath = join(dir, 'tmp.csv');
    const header = PENCAKER_HEADER.map((h) => (h === 'NIK' ? 'NOMOR IDENTITAS' : h));
    await writeFile(csvPath, csv([header, ...people.map((p) => pencakerRow(p))]));
    const src = await writeSourceFolder({});
    const inst = await DuckDBInstance.create(':memory:');
    const conn = await inst.connect();
    await conn.run(`COPY (SELECT * FROM read_csv('${csvPath}', all_varchar = true)) TO '${join(src, 'pencaker.parquet')}' (FORMAT parquet)`);
    conn.closeSync();
    inst.closeSync();
    const mapping = join(dir, 'pemetaan.json');
    await writeFile(mapping, JSON.stringify({ columns: { pencaker: { 'NOMOR IDENTITAS': 'nik' } } }));
    const out = join(dir, 'snapshot');
    const r = cli(['snapshot', '--source', src, '--out', out, '--mapping', mapping], { SIMPUL_KERJA_SECRET: TEST_SECRET });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/pencaker\.parquet \(parquet\): 3 baris dibaca, 3 diterima, 0 ditolak/);
    const logFile = join(dir, 'log.txt');
    await writeFile(logFile, r.out + r.err);
    const secrets = people.flatMap((p) => [p.nik, p.nama, p.birth.split('-').reverse().join('/')]);
    expect(await scanForPersonalData([logFile, ...(await listFilesRecursive(out))], secrets)).toEqual([]);
  });

  it('says which columns are missing and how to map them', async () => {
    const src = await writeSourceFolder({ 'pencaker.csv': csv([['NOMOR IDENTITAS', ...PENCAKER_HEADER.slice(1)], pencakerRow(people[0])]) });
    const r = cli(['snapshot', '--source', src, '--out', join(src, 'out')], { SIMPUL_KERJA_SECRET: TEST_SECRET });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/pencaker\.csv: Kolom wajib tidak ada\. Kolom wajib tidak ada: nik\..*--mapping/);
  });
});
