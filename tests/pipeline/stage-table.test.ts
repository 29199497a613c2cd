import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PipelineError } from '../../src/core/errors';
import { createPseudonymiser, DEMO_SECRET } from '../../src/core/linkage/pseudonym';
import { startStaging } from '../../src/pipeline/workers/stage-table';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sk-stage-worker-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DTSEN_CSV = [
  'NIK,No KK,Kelurahan,Desil,Status Verifikasi,Tanggal Verifikasi',
  '6474010808800002,6474011909250001,Bontang Kuala,3,terverifikasi,03/10/2025',
  '6474014603760002,6474011909250001,Bontang Kuala,,belum,',
  '6474014603760002,6474011909250001,Bontang Kuala,4,belum,', // duplicate NIK: rejected
  '6474019999,6474011909250001,Bontang Kuala,4,belum,', // bad NIK: rejected
].join('\n');

describe('staging a table in a worker thread', () => {
  it('validates, pseudonymises and writes the staging CSV; counts, issues and log lines come back', async () => {
    await writeFile(join(dir, 'dtsen.csv'), DTSEN_CSV);
    const file = join(dir, 'dtsen-stage.csv');
    const run = startStaging({ table: 'dtsen', paths: [join(dir, 'dtsen.csv')], mapping: {}, secret: DEMO_SECRET, file });
    const { result, logs } = await run.done;
    expect([result.rowsRead, result.rowsRejected, result.rows.length]).toEqual([4, 2, 0]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, 'nik', 'duplicate-row'],
      [5, 'nik', 'nik-invalid'],
    ]);
    expect(logs).toEqual([expect.stringMatching(/^ {2}dtsen\.csv \(utf-8, pemisah ','\): 4 baris dibaca, 2 diterima, 2 ditolak/)]);
    const nik = createPseudonymiser(DEMO_SECRET, 'nik');
    const kk = createPseudonymiser(DEMO_SECRET, 'kk');
    expect(await readFile(file, 'utf8')).toBe(
      `"${nik('6474010808800002')}","${kk('6474011909250001')}","64.74.01.1001",3,"terverifikasi",2025-10-03\n` +
        `"${nik('6474014603760002')}","${kk('6474011909250001')}","64.74.01.1001",,"belum",\n`,
    );
  });

  it('passes a PipelineError from the worker on as a PipelineError', async () => {
    await writeFile(join(dir, 'tanpa-kk.csv'), 'NIK,Kelurahan,Desil,Status Verifikasi\n6474010808800002,Lok Tuan,3,belum\n');
    const run = startStaging({ table: 'dtsen', paths: [join(dir, 'tanpa-kk.csv')], mapping: {}, secret: DEMO_SECRET, file: join(dir, 'x.csv') });
    const error = await run.done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect(error).toMatchObject({ code: 'column-missing', file: 'tanpa-kk.csv' });
  });
});
