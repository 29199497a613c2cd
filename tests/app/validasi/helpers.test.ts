import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../src/app/format/format';
import type { Formatters } from '../../../src/app/format/useFormat';
import { createI18n } from '../../../src/app/messages/i18n';
import { progressClass, progressColour } from '../../../src/app/components/validasi/progress-classes';
import { completionText, paceText } from '../../../src/app/components/validasi/status-text';
import { SEQUENTIAL_BLUES } from '../../../src/app/components/charts/palette';

const fmt = { lang: 'id', number: (v: number, o?: { digits?: number }) => formatNumber(v, 'id', o), date: (d: string) => formatDate(d, 'id') } as Formatters;

describe('progress map classes', () => {
  it('puts a share in a fixed class: <25, 25-<50, 50-<75, 75-<100, 100 and above; none without a report', () => {
    expect([0, 24.9, 25, 49.99, 50, 74.9, 75, 99.99, 100, 120].map(progressClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(progressClass(null)).toBeNull();
    expect(progressColour(100)).toBe(SEQUENTIAL_BLUES[4]);
    expect(progressColour(undefined)).toBeUndefined();
  });
});

describe('completion wording', () => {
  const tv = createI18n({ lang: 'id', persist: false }).getFixedT('id', 'validasi') as never;
  const row = { kelurahan: 6, kelurahan_lapor: 6, tanggal_selesai: null, tanggal_proyeksi: null };
  it('gives the date of completion or of the projection, or why there is none', () => {
    expect(completionText({ ...row, status: 'selesai', tanggal_selesai: '2025-11-14' }, tv, fmt)).toBe('Selesai 14 November 2025');
    expect(completionText({ ...row, status: 'berjalan', tanggal_proyeksi: '2026-01-09' }, tv, fmt)).toBe('Perkiraan selesai 9 Januari 2026');
    expect(completionText({ ...row, status: 'tanpa-proyeksi' }, tv, fmt)).toBe(
      'Tidak dapat diproyeksikan: belum ada kemajuan dalam 4 minggu terakhir',
    );
    expect(completionText({ ...row, status: 'tanpa-proyeksi', kelurahan_lapor: 4 }, tv, fmt)).toBe(
      'Tidak dapat diproyeksikan: 2 kelurahan belum melapor',
    );
    expect(completionText({ ...row, status: 'belum-lapor' }, tv, fmt)).toBe('Belum ada laporan');
  });
  it('states the pace with its window, or nothing', () => {
    expect(paceText({ laju_kk_minggu: 10.75, laju_hari: 21 }, tv, fmt)).toBe('laju 10,8 KK/minggu (rata-rata 21 hari terakhir)');
    expect(paceText({ laju_kk_minggu: null, laju_hari: null }, tv, fmt)).toBe('');
  });
});
