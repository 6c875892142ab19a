// Small deterministic string hashes for annotation ids and contradiction keys. Not
// cryptographic: they only need to be stable across runs and platforms and rarely collide.

/** FNV-1a over UTF-16 code units, 32 bits, with a caller-chosen basis for independent hashes. */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche so that close inputs differ in the high digits too.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** A 64-bit hash of a string as a fixed-width base-36 string (13 characters). */
export function hash64(text: string): string {
  const a = fnv1a(text).toString(36).padStart(7, '0');
  const b = fnv1a(text, 0x01234567).toString(36).padStart(7, '0');
  return (a + b).slice(0, 13);
}
