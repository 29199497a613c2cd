import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth, formatNumber, formatPercent, toLang, type Lang, type NumberOptions } from './format';

export interface Formatters {
  lang: Lang;
  number(value: number, opts?: NumberOptions): string;
  percent(value: number, opts?: NumberOptions): string;
  month(ym: string, style?: 'long' | 'short'): string;
  date(iso: string): string;
}

/** The format helpers bound to the language currently chosen in i18next. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return useMemo(
    () => ({
      lang,
      number: (v, o) => formatNumber(v, lang, o),
      percent: (v, o) => formatPercent(v, lang, o),
      month: (ym, s) => formatMonth(ym, lang, s),
      date: (iso) => formatDate(iso, lang),
    }),
    [lang],
  );
}
