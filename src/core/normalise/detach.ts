/**
 * A copy of `s` that does not keep a larger string alive. JavaScript engines (V8 at least) make
 * a substring, such as a CSV value cut out of a whole batch of text, a view into that text, so
 * one short value kept in a long-lived Set, Map or report line keeps its whole batch in memory.
 * Values that outlive their batch (duplicate keys, cache keys, masked report values) go through
 * this. Concatenation followed by `slice` makes the engine copy the characters into a new string.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
