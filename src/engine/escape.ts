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

/** Shortens text to at most n characters on a word boundary. */
export function clipText(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= n) return flat;
  const cut = flat.lastIndexOf(' ', n - 1);
  return flat.slice(0, cut > n * 0.6 ? cut : n - 1) + '…';
}
