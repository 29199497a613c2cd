import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../format/format';
import { en } from './en';
import { id, type Messages } from './id';
import * as pengangguran from './views/pengangguran';
import * as kemiskinan from './views/kemiskinan';
import * as validasi from './views/validasi';
import * as kesenjangan from './views/kesenjangan';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: Messages;
      pengangguran: pengangguran.PengangguranMessages;
      kemiskinan: kemiskinan.KemiskinanMessages;
      validasi: validasi.ValidasiMessages;
      kesenjangan: kesenjangan.KesenjanganMessages;
    };
  }
}

/** localStorage key holding the chosen language ('id' | 'en'). */
export const LANG_STORAGE_KEY = 'simpul-kerja.bahasa';

/** Shared strings in 'translation'; each analysis view has its own namespace (messages/views/). */
export const resources = {
  id: {
    translation: id as Messages,
    pengangguran: pengangguran.id,
    kemiskinan: kemiskinan.id,
    validasi: validasi.id,
    kesenjangan: kesenjangan.id,
  },
  en: {
    translation: en,
    pengangguran: pengangguran.en,
    kemiskinan: kemiskinan.en,
    validasi: validasi.en,
    kesenjangan: kesenjangan.en,
  },
} as const;

/** The language saved by the user, or Indonesian. */
export function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

function applyLang(lang: string, persist: boolean): void {
  const value: Lang = lang.startsWith('en') ? 'en' : 'id';
  if (typeof document !== 'undefined') {
    document.documentElement.lang = value;
    document.title = resources[value].translation.app.documentTitle;
  }
  if (persist) {
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, value);
    } catch {
      // Private mode or blocked storage: the choice just isn't remembered.
    }
  }
}

export interface CreateI18nOptions {
  /** Start language; default: the stored choice, else Indonesian. */
  lang?: Lang;
  /** Save language changes in localStorage (the app does; tests don't). */
  persist?: boolean;
}

/**
 * A fresh i18next instance with both languages loaded synchronously. Changing the language
 * updates `<html lang>` and, when `persist`, remembers the choice in localStorage.
 */
export function createI18n(opts: CreateI18nOptions = {}): I18n {
  const persist = opts.persist ?? false;
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: opts.lang ?? storedLang(),
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyLang(instance.language, false);
  instance.on('languageChanged', (lng) => applyLang(lng, persist));
  return instance;
}
