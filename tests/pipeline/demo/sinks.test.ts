import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { decodeText } from '../../../src/core/normalise/text';
import { parseCsv } from '../../../src/core/normalise/csv';
import { CsvWriter, encodeWindows1252, writeXlsx } from '../../../src/pipeline/demo/sinks';
import { utcDate, dayOf } from '../../../src/pipeline/demo/calendar';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'simpul-sinks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('encodeWindows1252', () => {
  it('writes Latin-1 letters and the 0x80-0x9F punctuation as single bytes', () => {
    expect([...encodeWindows1252('é–’€')]).toEqual([0xe9, 0x96, 0x92, 0x80]);
    expect([...encodeWindows1252('ab')]).toEqual([0x61, 0x62]);
    expect(encodeWindows1252('漢').toString('latin1')).toBe('?');
  });
});

describe('CsvWriter', () => {
  it('quotes fields with the delimiter, quotes, line breaks or outer spaces, and round-trips', async () => {
    const path = join(dir, 'a.csv');
    const w = await CsvWriter.create(path, { delimiter: ';', encoding: 'windows-1252', eol: '\r\n' });
    await w.header(['a', 'b', 'c']);
    await w.row(['x;y', 'say "hi"', 'line\nbreak']);
    await w.row([' lead', 'Café – bar', '']);
    await w.close();
    expect(w.rows).toBe(2);
    const bytes = await readFile(path);
    expect(bytes.toString('latin1')).toBe('a;b;c\r\n"x;y";"say ""hi""";"line\nbreak"\r\n" lead";Caf\xe9 \x96 bar;\r\n');
    const table = parseCsv(decodeText(bytes).text);
    expect(table.rows).toEqual([
      ['x;y', 'say "hi"', 'line\nbreak'],
      [' lead', 'Café – bar', ''],
    ]);
  });

  it('writes a UTF-8 BOM when asked', async () => {
    const path = join(dir, 'b.csv');
    const w = await CsvWriter.create(path, { delimiter: ',', encoding: 'utf-8-bom' });
    await w.header(['nama']);
    await w.row(['Pâtisserie, Café']);
    await w.close();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('nama\n"Pâtisserie, Café"\n');
  });
});

describe('writeXlsx', () => {
  it('writes text, numbers, blanks and dates that read back unchanged, with clock-independent bytes', async () => {
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    const rows = [
      ['6474010101900001', 3, utcDate(dayOf(2025, 11, 5))],
      ['0001', null, null],
    ];
    await writeXlsx(a, 'Data', ['NIK', 'Desil', 'Tanggal'], rows);
    await new Promise((r) => setTimeout(r, 2100)); // ZIP stamps have 2-second resolution
    await writeXlsx(b, 'Data', ['NIK', 'Desil', 'Tanggal'], rows);
    const bytesA = await readFile(a);
    expect(bytesA.equals(await readFile(b))).toBe(true);
    const data = await readSheet(bytesA);
    expect(data[0]).toEqual(['NIK', 'Desil', 'Tanggal']);
    expect(data[1][0]).toBe('6474010101900001');
    expect(data[1][1]).toBe(3);
    expect((data[1][2] as unknown as Date).toISOString().slice(0, 10)).toBe('2025-11-05');
    expect(data[2][0]).toBe('0001');
    expect(data[2][1]).toBeNull();
  });
});
