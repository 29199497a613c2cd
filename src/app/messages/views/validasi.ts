/**
 * Strings of the validasi view, in their own i18next namespace: `useTranslation('validasi')`.
 * Indonesian first; `en` must have the same keys (the type enforces it).
 */
export const id = {
  title: 'validasi',
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ValidasiMessages = Widen<typeof id>;

export const en: ValidasiMessages = {
  title: 'validasi',
};
