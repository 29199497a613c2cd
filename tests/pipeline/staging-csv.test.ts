import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRows, openDuck, queryRows } from '../../src/pipeline/duck';
import { loadStagingCsv, StagingCsvWriter, type StageColumn } from '../../src/pipeline/staging-csv';

const COLUMNS: StageColumn[] = [
  { name: 'n', type: 'INTEGER' },
  { name: 's', type: 'VARCHAR' },
  { name: 'l', type: 'VARCHAR[]' },
  { name: 'd', type: 'DATE' },
  { name: 'b', type: 'BOOLEAN' },
];

// Every kind of value the staged tables can hold, and the awkward strings CSV has to survive.
const ROWS: Array<Record<string, unknown>> = [
  { n: 1, s: 'biasa', l: ['las', 'mengemudi'], d: '2024-02-29', b: true },
  { n: 2, s: '', l: [], d: null, b: false },
  { n: null, s: null, l: null, d: '1900-01-01', b: null },
  { n: 4, s: 'kutip "ganda", koma; titik koma\nbaris baru\r\nCRLF', l: ['a"b', '[x]', "o'ok", ' spasi ', '\\garis'], d: '2100-12-31', b: true },
  { n: 5, s: ' depan dan belakang ', l: [''], d: '2000-01-01', b: false },
  { n: 6, s: 'nul\u0000di tengah', l: ['nul\u0000'], d: '2000-01-02', b: true },
  { n: 7, s: 'NULL', l: ['NULL', 'null'], d: '2000-01-03', b: false },
  { n: 8, s: '"', l: ['"'], d: '2000-01-04', b: true },
  { n: 9, s: 'Tanjung Laut Indah – Bontang é ü 中文 😀', l: ['pengelasan – dasar', 'ñ'], d: '2025-12-31', b: null },
  { n: -2147483648, s: ',', l: [','], d: '1999-12-31', b: false },
  // Longer than the writer's buffer once encoded: goes out on its own.
  { n: 11, s: 'x'.repeat(1_500_000) + '中'.repeat(200_000), l: ['y'.repeat(100)], d: '2001-01-01', b: true },
];

let dir: string;
let duck: Awaited<ReturnType<typeof openDuck>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sk-staging-'));
  duck = await openDuck();
});

afterAll(async () => {
  duck?.close();
  await rm(dir, { recursive: true, force: true });
});

async function stageCsv(table: string, rows: Array<Record<string, unknown>>): Promise<string> {
  const file = join(dir, `${table}.csv`);
  const w = new StagingCsvWriter(file, COLUMNS);
  for (const r of rows) w.add(COLUMNS.map((c) => r[c.name]));
  w.close();
  expect(w.rows).toBe(rows.length);
  await loadStagingCsv(duck.conn, table, COLUMNS, file);
  return file;
}

describe('staging CSV', () => {
  it('gives exactly the table the NDJSON loader gives: values, NULLs, empty strings and lists, types', async () => {
    await loadRows(duck.conn, 'via_json', COLUMNS, ROWS, join(dir, 'via_json.ndjson'));
    await stageCsv('via_csv', ROWS);
    const [diff] = await queryRows<{ n: number }>(
      duck.conn,
      `SELECT count(*) AS n FROM ((SELECT * FROM via_json EXCEPT ALL SELECT * FROM via_csv)
         UNION ALL (SELECT * FROM via_csv EXCEPT ALL SELECT * FROM via_json))`,
    );
    expect(diff.n).toBe(0);
    const types = await queryRows<{ column_name: string; column_type: string }>(duck.conn, 'DESCRIBE via_csv');
    expect(types.map((t) => `${t.column_name} ${t.column_type}`)).toEqual(['n INTEGER', 's VARCHAR', 'l VARCHAR[]', 'd DATE', 'b BOOLEAN']);
  });

  it('keeps NULL apart from empty: a NULL list, an empty list, an empty string', async () => {
    await stageCsv('nulls', ROWS);
    const rows = await queryRows<{ n: number; s_null: boolean; s_len: number | null; l_null: boolean; l_len: number | null }>(
      duck.conn,
      `SELECT n, s IS NULL AS s_null, length(s) AS s_len, l IS NULL AS l_null, len(l) AS l_len FROM nulls WHERE n IN (2, 5) OR n IS NULL ORDER BY n NULLS LAST`,
    );
    expect(rows).toEqual([
      { n: 2, s_null: false, s_len: 0, l_null: false, l_len: 0 },
      { n: 5, s_null: false, s_len: 20, l_null: false, l_len: 1 },
      { n: null, s_null: true, s_len: null, l_null: true, l_len: null },
    ]);
  });

  it('writes every string quoted and a NULL as an empty field', async () => {
    const file = await stageCsv('small', ROWS.slice(0, 3));
    expect(await readFile(file, 'utf8')).toBe(
      '1,"biasa","[""las"",""mengemudi""]",2024-02-29,true\n' + '2,"","[]",,false\n' + ',,,1900-01-01,\n',
    );
  });

  it('loads an empty file as an empty table with the right columns', async () => {
    await stageCsv('kosong', []);
    const [{ n }] = await queryRows<{ n: number }>(duck.conn, 'SELECT count(*) AS n FROM kosong');
    expect(n).toBe(0);
    const types = await queryRows<{ column_type: string }>(duck.conn, 'DESCRIBE kosong');
    expect(types.map((t) => t.column_type)).toEqual(['INTEGER', 'VARCHAR', 'VARCHAR[]', 'DATE', 'BOOLEAN']);
  });
});
