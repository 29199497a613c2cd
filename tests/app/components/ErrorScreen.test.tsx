// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorScreen, errorKey, fileFromDetail } from '../../../src/app/components/panels/ErrorScreen';
import { AppError, type AppErrorCode } from '../../../src/app/db/types';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../src/core/schema/snapshot';
import { renderWithProviders } from '../../support/render';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const CASES: Array<{ code: AppErrorCode; detail: string; id: RegExp; en: RegExp }> = [
  {
    code: 'snapshot-missing',
    detail: 'HTTP 404 manifest.json',
    id: /^Snapshot tidak ditemukan\./,
    en: /^The snapshot was not found\./,
  },
  {
    code: 'snapshot-corrupt',
    detail: 'pencaker.parquet: sha256 tidak cocok',
    id: /^Berkas snapshot rusak atau tidak lengkap: pencaker\.parquet\./,
    en: /^A snapshot file is damaged or incomplete: pencaker\.parquet\./,
  },
  {
    code: 'snapshot-incompatible',
    detail: 'schema_version 7',
    id: new RegExp(`Aplikasi ini membutuhkan skema versi ${SNAPSHOT_SCHEMA_VERSION}\\.$`),
    en: new RegExp(`This app needs schema version ${SNAPSHOT_SCHEMA_VERSION}\\.$`),
  },
  {
    code: 'db-start-failed',
    detail: 'Worker failed',
    id: /^Mesin basis data di peramban \(DuckDB\) tidak dapat dijalankan\./,
    en: /^The in-browser database engine \(DuckDB\) could not be started\./,
  },
  {
    code: 'query-failed',
    detail: 'Binder Error: column x',
    id: /^Gagal memuat data\. Silakan muat ulang halaman\./,
    en: /^Could not load data\. Please reload the page\./,
  },
];

describe('ErrorScreen', () => {
  for (const c of CASES) {
    it(`explains ${c.code} in Indonesian, then in English`, async () => {
      const { i18n } = renderWithProviders(<ErrorScreen error={new AppError(c.code, c.detail)} />);
      const screenEl = screen.getByTestId('error-screen');
      expect(screenEl.getAttribute('data-code')).toBe(c.code);
      expect(screenEl.querySelector('.error-body')?.textContent).toMatch(c.id);
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Yang dapat dilakukan');
      await act(() => i18n.changeLanguage('en'));
      expect(screenEl.querySelector('.error-body')?.textContent).toMatch(c.en);
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What you can do');
    });
  }

  it('tells the user to rebuild a corrupt snapshot', () => {
    renderWithProviders(<ErrorScreen error={new AppError('snapshot-corrupt', 'lowongan.parquet: sha256')} />);
    expect(screen.getByText(/^Bangun ulang snapshot dengan pipeline/)).toBeTruthy();
  });

  it('never puts raw database text on screen for a failed query, but logs it', () => {
    renderWithProviders(<ErrorScreen error={new AppError('db-start-failed', 'RuntimeError: unreachable')} />);
    expect(screen.getByTestId('error-screen').textContent).not.toContain('unreachable');
    expect(console.error).toHaveBeenCalled();
  });

  it('falls back to a general message for unknown errors', () => {
    renderWithProviders(<ErrorScreen error={new Error('boom')} />);
    expect(screen.getByTestId('error-screen').getAttribute('data-code')).toBe('unknown');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Terjadi kesalahan');
  });

  it('renders extra actions such as opening a snapshot from disk', () => {
    renderWithProviders(
      <ErrorScreen error={new AppError('snapshot-missing', '')}>
        <button type="button">Buka snapshot dari disk</button>
      </ErrorScreen>,
    );
    expect(screen.getByRole('button', { name: 'Buka snapshot dari disk' })).toBeTruthy();
  });
});

describe('error helpers', () => {
  it('maps codes and extracts file names', () => {
    expect(errorKey(new AppError('snapshot-corrupt', 'x'))).toBe('snapshot-corrupt');
    expect(errorKey({ code: 'whatever' })).toBe('unknown');
    expect(errorKey(null)).toBe('unknown');
    expect(fileFromDetail('berkas kelurahan.geojson: ukuran salah')).toBe('kelurahan.geojson');
    expect(fileFromDetail('tanpa nama berkas')).toBe('tanpa nama berkas');
  });
});
