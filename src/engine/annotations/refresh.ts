// Keeping stored anchors fresh: once the journalist has edited an article, each annotation's
// quote is re-found and its selector rewritten at the new place, so positions stay exact and
// the next re-anchoring starts from the right spot. Targets that no longer anchor are left
// exactly as they were, for the journalist to resolve.
import { anchorSpan, locate } from './anchor';
import { KIND_FIELDS, normalizeAnnotation, type Annotation, type AnnotationsFile, type Target } from './model';

/** Re-anchors every target of every annotation to the current texts; returns a new file and how many annotations changed. */
export function refreshAnchors(file: AnnotationsFile, texts: Map<string, string>): { file: AnnotationsFile; changed: number } {
  let changed = 0;
  const fresh = (t: Target): Target => {
    const text = texts.get(t.file);
    if (text === undefined) return t;
    const found = locate(text, t.selector);
    if (!found.ok) return t;
    const s = anchorSpan(text, found.start, found.end);
    const o = t.selector;
    if (s.exact === o.exact && s.prefix === o.prefix && s.suffix === o.suffix && s.start === o.start && s.end === o.end) return t;
    return { file: t.file, selector: s };
  };
  const annotations = file.annotations.map((a) => {
    const src = a as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = { ...src, target: fresh(a.target) };
    for (const spec of KIND_FIELDS[a.kind]) {
      const v = src[spec.name];
      if (v === undefined) continue;
      if (spec.type === 'target') out[spec.name] = fresh(v as Target);
      else if (spec.type === 'targets') out[spec.name] = (v as Target[]).map(fresh);
    }
    const next = normalizeAnnotation(out as unknown as Annotation);
    if (JSON.stringify(next) !== JSON.stringify(normalizeAnnotation(a))) changed++;
    return next;
  });
  return { file: { version: 1, annotations }, changed };
}
