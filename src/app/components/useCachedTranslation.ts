import { useMemo } from 'react';
import type { FlatNamespace } from 'i18next';
import { useTranslation, type FallbackNs, type UseTranslationResponse } from 'react-i18next';

/** Answers kept per `t` before the cache starts again (texts with changing numbers would grow it). */
const MAX_ENTRIES = 2000;

/**
 * The cache key of one call: the key plus every option, when they are all plain values; undefined
 * (not cached) for anything else (objects, functions, extra arguments).
 */
function cacheKey(key: unknown, options: unknown, rest: readonly unknown[]): string | undefined {
  if (typeof key !== 'string' || rest.length > 0) return undefined;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return undefined;
  let out = key;
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === 'object' ? value !== null : typeof value === 'function') return undefined;
    out += `\u0000${name}\u0001${typeof value}\u0001${String(value)}`;
  }
  return out;
}

/** `t` with a memo of its answers (i18next's `t` is pure for a language, key and options). */
export function memoiseT<T>(t: T): T {
  const call = t as unknown as (...args: unknown[]) => unknown;
  const cache = new Map<string, unknown>();
  const cached = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const k = cacheKey(key, options, rest);
    if (k === undefined) return options === undefined ? call(key) : call(key, options, ...rest);
    if (cache.has(k)) return cache.get(k);
    const text = options === undefined ? call(key) : call(key, options);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(k, text);
    return text;
  };
  return cached as unknown as T;
}

/**
 * `useTranslation` whose `t` remembers its answers until the language changes. A cross-filter
 * click re-renders every chart of a view, which asks i18next for the same ~150 labels again;
 * i18next resolves each anew (key lookup, interpolation), about 40 µs a call.
 */
export function useCachedTranslation<const Ns extends FlatNamespace | undefined = undefined>(
  ns?: Ns,
): Pick<UseTranslationResponse<FallbackNs<Ns>, undefined>, 't' | 'i18n'> {
  const { t, i18n } = useTranslation(ns);
  const cached = useMemo(() => memoiseT(t), [t]);
  return { t: cached, i18n };
}
