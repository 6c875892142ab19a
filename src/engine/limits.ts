// What the engine refuses to read, and why: shared by the CLI and the extension so both
// skip the same files with the same words.

/** Default largest article file analysed, in bytes. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes an article file's bytes as UTF-8, refusing binary data, invalid UTF-8 and oversized files. */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES, limitName = 'triangulate.maxFileSize'): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(bytes.length)}); raise ${limitName} to analyse it` };
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    // An empty file is no article yet: named among the skipped files rather than counted as a source.
    if (!text.replace(/^\ufeff/, '').trim()) return { ok: false, reason: 'empty (no text)' };
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text; convert it to UTF-8 to analyse it' };
  }
}

/** Formats a byte count for people. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** Whether a path names an article file the engine reads. */
export function isArticlePath(path: string): boolean {
  return /\.(md|markdown|txt)$/i.test(path);
}
