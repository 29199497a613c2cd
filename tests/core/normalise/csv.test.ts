import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvInBatches } from '../../../src/core/normalise/csv';

describe('parseCsv', () => {
  it('detects ";" and keeps a quoted newline and doubled quotes inside one value', () => {
    const text = 'nama;alamat;jumlah\r\nSiti;"Jl. Mawar\nRT 05";"1.234,5"\r\nBudi;"Kata ""dia""";12\r\n';
    const t = parseCsv(text);
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['nama', 'alamat', 'jumlah']);
    expect(t.rows).toEqual([
      ['Siti', 'Jl. Mawar\nRT 05', '1.234,5'],
      ['Budi', 'Kata "dia"', '12'],
    ]);
    expect(t.rowNumbers).toEqual([2, 3]);
  });

  it('detects "," and tab', () => {
    expect(parseCsv('a,b\n1,2').delimiter).toBe(',');
    const tab = parseCsv('a\tb\tc\n1\t2,5\t3');
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows).toEqual([['1', '2,5', '3']]);
  });

  it('prefers the delimiter that splits every line the same way', () => {
    // Decimal commas in the data must not make ',' win over ';'.
    const t = parseCsv('tahun;nilai\n2024;6,36\n2025;5,9');
    expect(t.delimiter).toBe(';');
    expect(t.rows).toEqual([['2024', '6,36'], ['2025', '5,9']]);
  });

  it('ignores delimiters inside a quoted header', () => {
    const t = parseCsv('"nama; lengkap",umur\nSiti,30');
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['nama; lengkap', 'umur']);
  });

  it('skips empty lines and keeps exact spreadsheet row numbers', () => {
    const t = parseCsv('\na;b\n1;2\n\n;\n3;4\n\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(t.rowNumbers).toEqual([3, 6]);
  });

  it('pads short rows, keeps long rows and does not trim values', () => {
    const t = parseCsv('a,b,c\n 1 ,2\n1,2,3,4');
    expect(t.rows).toEqual([[' 1 ', '2', ''], ['1', '2', '3', '4']]);
  });

  it('removes \\r from old Mac and mixed line ends, and a BOM', () => {
    const t = parseCsv('\uFEFFa,b\r1,2\r\n3,4\n5,6');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('returns an empty table for empty text', () => {
    expect(parseCsv('')).toMatchObject({ header: [], rows: [] });
    expect(parseCsv('a;b\n')).toMatchObject({ header: ['a', 'b'], rows: [] });
  });

  it('parses 200k generated rows', () => {
    const cols = 15;
    const header = Array.from({ length: cols }, (_, i) => `kolom_${i}`).join(';');
    const lines = [header];
    for (let r = 0; r < 200_000; r++) {
      const cells = Array.from({ length: cols }, (_, c) => (c === 3 ? `"teks; ${r}"` : `${r * cols + c}`));
      lines.push(cells.join(';'));
    }
    const t = parseCsv(lines.join('\r\n') + '\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows.length).toBe(200_000);
    expect(t.rows[199_999][0]).toBe(String(199_999 * cols));
    expect(t.rows[199_999][3]).toBe('teks; 199999');
    expect(t.rowNumbers![199_999]).toBe(200_001);
  });

  it('gives the same records and row numbers in batches as in one go, whatever the batch size', () => {
    const text =
      '\uFEFF\r\nnama;catatan;kota\r\n' +
      'Siti;"baris satu\r\nbaris dua";Bontang\r\n' +
      ';;\r\n' +
      '"kutip ""ganda""";x"y;z\n' +
      'pendek\r' +
      '"belum ditutup;a;b\n' +
      'lagi;1;2\n\n';
    const whole = parseCsv(text);
    expect(whole.rows.length).toBeGreaterThan(2);
    for (const size of [1, 2, 3, 5, 7, 16, 1000]) {
      const rows: string[][] = [];
      const numbers: number[] = [];
      let header: string[] = [];
      const r = parseCsvInBatches(
        text,
        { header: (h) => (header = h), rows: (batch, n) => (rows.push(...batch), numbers.push(...n)) },
        size,
      );
      expect({ header, rows, numbers, delimiter: r.delimiter }, `batch ${size}`).toEqual({
        header: whole.header,
        rows: whole.rows,
        numbers: whole.rowNumbers,
        delimiter: whole.delimiter,
      });
    }
  });

  it('hands over a large file in several batches, none of them empty', () => {
    const lines = ['a;b'];
    for (let i = 0; i < 5000; i++) lines.push(`${i};"x\n${i}"`);
    const sizes: number[] = [];
    parseCsvInBatches(lines.join('\n'), { header: () => {}, rows: (batch) => sizes.push(batch.length) }, 4096);
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.every((n) => n > 0)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5000);
  });
});
