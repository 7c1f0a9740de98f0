/**
 * Memoises a pure function of one string. Names, values and bases repeat across the rows and tables of a
 * workbook (and across workbooks), so each distinct text is worked out once. Bounded: the cache is
 * dropped when it grows past `max` entries.
 */
export function memoByText<T>(fn: (s: string) => T, max = 20000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    if (cache.has(s)) return cache.get(s) as T;
    const v = fn(s);
    if (cache.size >= max) cache.clear();
    cache.set(s, v);
    return v;
  };
}
