/**
 * Strings of the pengangguran view, in their own i18next namespace: `useTranslation('pengangguran')`.
 * Indonesian first; `en` must have the same keys (the type enforces it).
 */
export const id = {
  title: 'pengangguran',
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type PengangguranMessages = Widen<typeof id>;

export const en: PengangguranMessages = {
  title: 'pengangguran',
};
