// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../../src/app/components/shell/LanguageSwitch';
import { createI18n, LANG_STORAGE_KEY, storedLang } from '../../../src/app/messages/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('LanguageSwitch', () => {
  it('starts in Indonesian, switches to English, updates <html lang> and remembers the choice', () => {
    const i18n = createI18n({ persist: true });
    expect(i18n.language).toBe('id');
    expect(document.documentElement.lang).toBe('id');
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitch />
      </I18nextProvider>,
    );
    expect(screen.getByRole('group', { name: 'Bahasa' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ID' }).getAttribute('aria-pressed')).toBe('true');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    });
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Simpul Kerja — Kota Bontang');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    // A new start picks the stored language.
    expect(storedLang()).toBe('en');
    expect(createI18n().language).toBe('en');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(createI18n().language).toBe('id');
  });
});
