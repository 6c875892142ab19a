// Article text is untrusted: every renderer escapes it with these.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;', '`': '&#96;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

/** Escapes text so Markdown renders it literally: no links, images, HTML or emphasis. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&:"']/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/\r?\n/g, ' ');
}

/**
 * Escapes text for a line of a Markdown file people also read raw: only what can open a link, an
 * image, raw HTML, emphasis, code or a table cell is escaped ("Police said: (1) …" stays as it is).
 * For text inside a line (after a list marker or a heading's #), never at a line's start.
 */
export function escapeMarkdownText(s: string): string {
  return s
    .replace(/[\\`*_[\]|~!]/g, (c) => `\\${c}`)
    .replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))
    .replace(/\r?\n/g, ' ');
}

/** Shortens text to at most n characters on a word boundary. */
export function clipText(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= n) return flat;
  const cut = flat.lastIndexOf(' ', n - 1);
  return flat.slice(0, cut > n * 0.6 ? cut : n - 1) + '…';
}
