import type { Claim, DocumentAnalysis, Mention } from './types';
import { countWords, parseDocument } from './document';
import { recognizeMentions, linkActors } from './actors/index';
import { propagateNames } from './actors/propagate';
import { extractClaims } from './claims/index';
import { findContradictions } from './contradictions/index';
import { extractFigures } from './figures';
import { extractDates } from './dates';
import { MAX_WORDS_PER_DOCUMENT, datedSources, linkClaim, setAnalysis, type Corpus, type CorpusView } from './view';

// The view's side (the corpus's data and the queries on its view) is in ./view; everything is reachable from here.
export * from './view';

/** Analyses one document on its own: everything that does not need the other sources. */
export function analyzeDocument(file: string, text: string): DocumentAnalysis {
  const doc = parseDocument(file, text);
  if (doc.meta.words > MAX_WORDS_PER_DOCUMENT) {
    let words = 0;
    const kept = doc.sentences.findIndex((s) => (words += countWords(doc.prose.slice(s.start, s.end))) > MAX_WORDS_PER_DOCUMENT);
    if (kept >= 0) doc.sentences = doc.sentences.slice(0, kept);
    doc.meta.partial = true;
  }
  const mentions = recognizeMentions(doc);
  const claims = extractClaims(doc, mentions);
  // Every figure of the document, the outlet's own statements included, found once here rather
  // than on each cross-source rebuild.
  const figures = claims.flatMap((c) => c.figures);
  for (const s of doc.sentences) {
    for (const f of extractFigures(doc.prose, s.start, s.end)) if (!figures.some((g) => g.start < f.end && f.start < g.end)) figures.push(f);
  }
  figures.sort((a, b) => a.start - b.start);
  // The document's dates, read once here (in the worker, and cached) rather than on each rebuild.
  const dates = extractDates(doc.prose, 0, doc.prose.length, doc.meta.published);
  return { doc, mentions, claims, figures, dates };
}

/** Adds or replaces a document, analysing its text. */
export function setDocument(corpus: Corpus, file: string, text: string): DocumentAnalysis {
  const analysis = analyzeDocument(file, text);
  setAnalysis(corpus, analysis);
  return analysis;
}

/** Renames a document without re-analysing it. */
export function renameDocument(corpus: Corpus, from: string, to: string): boolean {
  const a = corpus.docs.get(from);
  if (!a) return false;
  corpus.docs.delete(from);
  const text = a.doc.text;
  setDocument(corpus, to, text);
  return true;
}

/** The cross-source view of the corpus, recomputed only when a document changed. */
export function corpusView(corpus: Corpus): CorpusView {
  if (corpus.view && corpus.view.version === corpus.version) return corpus.view;
  // The linker sets each mention's actor and voted type: it works on copies, so the documents'
  // own analyses stay as the recognizer left them and every view is computed from the same input.
  const analyses = [...corpus.docs.values()]
    .sort((a, b) => (a.doc.file < b.doc.file ? -1 : a.doc.file > b.doc.file ? 1 : 0))
    .map((a) => ({ ...a, mentions: a.mentions.map((m) => ({ ...m })) }));
  const sources = datedSources(analyses.map((a) => a.doc.meta));
  propagateNames(analyses);
  const texts = new Map(analyses.map((a) => [a.doc.file, a.doc.text]));
  const actors = linkActors(analyses.map((a) => a.mentions), (file) => texts.get(file));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const mentionsByFile = new Map<string, Mention[]>();
  // Mentions the linker left without an actor (a demonym of a place the corpus names) are not shown.
  for (const a of analyses) mentionsByFile.set(a.doc.file, a.mentions.filter((m) => m.actor).sort((x, y) => x.start - y.start));

  const claims: Claim[] = [];
  const claimsByFile = new Map<string, Claim[]>();
  for (const a of analyses) {
    const mine: Claim[] = [];
    for (const c of a.claims) {
      const linked = linkClaim(c, `c${claims.length + 1}`, mentionsByFile.get(a.doc.file) ?? [], a.doc.text);
      claims.push(linked);
      mine.push(linked);
    }
    claimsByFile.set(a.doc.file, mine.sort((x, y) => x.start - y.start));
  }
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const contradictions = findContradictions({ docs: analyses, claims, actors, sources });
  corpus.view = { version: corpus.version, sources, actors, claims, contradictions, actorById, claimById, mentionsByFile, claimsByFile };
  return corpus.view;
}
