/**
 * The value kept under a key, made and kept on first use. The cache is emptied when it reaches
 * `limit` entries, so text that recurs from one view to the next is read once and memory stays bounded.
 */
export function remember<T>(cache: Map<string, T>, key: string, make: () => T, limit = 100_000): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= limit) cache.clear();
    cache.set(key, (v = make()));
  }
  return v;
}

/** The one string kept for a value however many copies of it are read (the first one read), bounded as `remember` is. */
export function intern(pool: Map<string, string>, s: string, limit = 100_000): string {
  const kept = pool.get(s);
  if (kept !== undefined) return kept;
  if (pool.size >= limit) pool.clear();
  pool.set(s, s);
  return s;
}
