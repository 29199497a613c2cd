import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/normalise/text';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(utf8('nama;kelurahan\nSiti;Lok Tuan – Kanaan'))).toEqual({
      text: 'nama;kelurahan\nSiti;Lok Tuan – Kanaan',
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 BOM and reports it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('nik,nama')]);
    const out = decodeText(bytes);
    expect(out.encoding).toBe('utf-8-bom');
    expect(out.text).toBe('nik,nama');
    expect(out.text.charCodeAt(0)).toBe('n'.charCodeAt(0));
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // 'Lok Tuan – Kanaan' with an en dash 0x96, and 'Café' with é = 0xE9.
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([...ascii('Lok Tuan '), 0x96, ...ascii(' Kanaan;Caf'), 0xe9]);
    const out = decodeText(bytes);
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toBe('Lok Tuan – Kanaan;Café');
  });

  it('maps the whole 0x80-0x9F range the Windows-1252 way', () => {
    const out = decodeText(new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x97, 0x99, 0x81]));
    expect(out.text).toBe('€…‘’“”—™\u0081');
  });

  it('decodes large Windows-1252 input beyond one chunk', () => {
    const bytes = new Uint8Array(20_000).fill(0x41);
    bytes[19_999] = 0xe9;
    const out = decodeText(bytes);
    expect(out.text.length).toBe(20_000);
    expect(out.text.endsWith('AAé')).toBe(true);
  });

  it('handles empty input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
