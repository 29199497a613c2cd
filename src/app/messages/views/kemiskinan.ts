/**
 * Strings of the kemiskinan view, in their own i18next namespace: `useTranslation('kemiskinan')`.
 * Indonesian first; `en` must have the same keys (the type enforces it).
 */
export const id = {
  title: 'kemiskinan',
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type KemiskinanMessages = Widen<typeof id>;

export const en: KemiskinanMessages = {
  title: 'kemiskinan',
};
