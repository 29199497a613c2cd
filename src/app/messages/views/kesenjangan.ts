/**
 * Strings of the kesenjangan view, in their own i18next namespace: `useTranslation('kesenjangan')`.
 * Indonesian first; `en` must have the same keys (the type enforces it).
 */
export const id = {
  title: 'kesenjangan',
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type KesenjanganMessages = Widen<typeof id>;

export const en: KesenjanganMessages = {
  title: 'kesenjangan',
};
