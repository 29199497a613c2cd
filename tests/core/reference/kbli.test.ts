import { describe, expect, it } from 'vitest';
import { KBLI_2020, KBLI_2025, namaSeksi, seksiOfDivisi } from '../../../src/core/reference/kbli';

describe('reference/kbli', () => {
  it('KBLI 2020 has sections A-U, KBLI 2025 A-V', () => {
    expect(KBLI_2020.map((s) => s.seksi).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(KBLI_2025.map((s) => s.seksi).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUV');
  });

  it('division ranges do not overlap and are ascending', () => {
    for (const list of [KBLI_2020, KBLI_2025]) {
      let last = 0;
      for (const s of list) {
        for (const [from, to] of s.divisi) {
          expect(from).toBeGreaterThan(last);
          expect(to).toBeGreaterThanOrEqual(from);
          last = to;
        }
      }
      expect(last).toBe(99);
    }
  });

  it('maps divisions to sections per version', () => {
    expect(seksiOfDivisi(1, 2020)).toBe('A');
    expect(seksiOfDivisi(4, 2020)).toBeNull();
    expect(seksiOfDivisi(20, 2020)).toBe('C');
    expect(seksiOfDivisi(62, 2020)).toBe('J');
    expect(seksiOfDivisi(62, 2025)).toBe('K');
    expect(seksiOfDivisi(60, 2025)).toBe('J');
    expect(seksiOfDivisi(64, 2025)).toBe('L');
    expect(seksiOfDivisi(68, 2020)).toBe('L');
    expect(seksiOfDivisi(68, 2025)).toBe('M');
    expect(seksiOfDivisi(85, 2025)).toBe('Q');
    expect(seksiOfDivisi(99, 2020)).toBe('U');
    expect(seksiOfDivisi(99, 2025)).toBe('V');
    expect(seksiOfDivisi(100, 2025)).toBeNull();
  });

  it('names sections per version', () => {
    expect(namaSeksi('C', 2020)).toBe('Industri Pengolahan');
    expect(namaSeksi('C', 2025)).toBe('Industri');
    expect(namaSeksi('P', 2020)).toBe('Pendidikan');
    expect(namaSeksi('Q', 2025)).toBe('Pendidikan');
    expect(namaSeksi('F', 2025)).toBe(namaSeksi('F', 2020));
    expect(namaSeksi('V', 2020)).toBeUndefined();
  });
});
