// Types at the engine's boundaries. The JSON report (schema v1) is these types serialized.
// Every offset is a UTF-16 code-unit index into the file's full text; `end` is exclusive.

/** A half-open range of UTF-16 code units in a file's text. */
export interface Span {
  start: number;
  end: number;
}

export type ActorType = 'person' | 'organization' | 'place' | 'other';

/** What the document model knows about one article file. */
export interface SourceMeta {
  /** Path relative to the analysed folder, with `/`. */
  file: string;
  title?: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) when the article states one. */
  published?: string;
  byline?: string;
  words: number;
  /** Set when only the first MAX_WORDS_PER_DOCUMENT words were analysed. */
  partial?: boolean;
  /**
   * A stamp that gives a weekday, a day and a month but no year the article lets us fix ("Updated 13:30,
   * Thursday 16 July"): a view dates it from the other sources (`datedSources`). Month 1-12, weekday 0 (Sunday)-6.
   */
  undated?: { month: number; day: number; weekday: number };
}

/** A sentence of prose, located in the original file text. */
export interface Sentence extends Span {
  /** Index of the sentence within its document. */
  index: number;
  /** Index of the paragraph (block) the sentence belongs to. */
  paragraph: number;
}

/** A word or punctuation token. */
export interface Token extends Span {
  text: string;
}

/** A parsed article: the original text, a same-length prose view, sentences and metadata. */
export interface ParsedDocument {
  file: string;
  /** The file's text exactly as read. */
  text: string;
  /**
   * The text with everything that is not prose (Markdown syntax, code, URLs, front matter,
   * HTML) replaced by spaces; newlines are kept. Same length as `text`, so every offset
   * found in it is an offset into `text`.
   */
  prose: string;
  meta: SourceMeta;
  sentences: Sentence[];
}

/** One occurrence of a named actor in a document. */
export interface Mention extends Span {
  file: string;
  text: string;
  type: ActorType;
  /** Id of the actor this mention is linked to (set by alias linking). */
  actor?: string;
}

/** A named actor linked across documents. */
export interface Actor {
  id: string;
  /** Canonical name: the longest full form seen. */
  name: string;
  type: ActorType;
  /** Every surface form seen, canonical name included, sorted. */
  aliases: string[];
  mentions: Mention[];
}

/** What a figure counts, normalized. */
export interface Figure extends Span {
  text: string;
  /** Lowest value the phrase allows (inclusive); null when open below. */
  low: number | null;
  /** Highest value the phrase allows (inclusive); null when open above. */
  high: number | null;
  /** The counted noun as written ("attackers"), or a currency code / "percent". */
  unit: string | null;
  /** Normalized unit class ("people", "civilians", "combatants", "money", "percent", ...). */
  unitClass?: string | null;
  /** The event as written ("killed"). */
  event: string | null;
  /** Normalized event class ("killed", "injured", "evacuated", ...). */
  eventClass?: string | null;
  /** The figure as written, for display (e.g. "more than 70"). */
  approximate?: boolean;
  /** The nation a count of people names, as its demonym in lower case ("talvessan" in "103 Talvessans"). */
  group?: string;
}

/** A date or time reference, resolved where the article's date allows. */
export interface DateRef extends Span {
  text: string;
  /** ISO date (YYYY-MM-DD) when resolved. */
  date?: string;
  /** Part of the day when stated ("morning", "evening", "night"). */
  partOfDay?: string;
}

export type Polarity = 'affirm' | 'deny';

/** An attributed statement: who said what, how sure. */
export interface Claim extends Span {
  id: string;
  file: string;
  /** The claim's passage (sentence-sized). */
  text: string;
  /** Id of the actor speaking, when the speaker names one. */
  speaker?: string;
  /** The speaker as written ("the ministry", "Okafor", "a port official"). */
  speakerText?: string;
  speakerSpan?: Span;
  /** The reporting cue as written ("said", "according to"), empty for unattributed reports. */
  cue: string;
  cueSpan?: Span;
  /** The reported content. */
  content: Span;
  direct: boolean;
  hedged: boolean;
  /** Hedge words found ("reportedly", "could not be verified"). */
  hedges?: string[];
  /** Denial cues (deny, reject) and negated content make a claim deny. */
  polarity: Polarity;
  figures: Figure[];
  dates?: DateRef[];
}

export type ContradictionKind = 'numeric' | 'polarity' | 'status' | 'attribution' | 'temporal';

/** One side of a contradiction: a passage and who it comes from. */
export interface ContradictionSide extends Span {
  file: string;
  text: string;
  claim?: string;
  speaker?: string;
  speakerText?: string;
  outlet?: string;
  /** Display value of this side ("more than 70"). */
  value?: string;
}

/** A disagreement between sources (or a speaker's own revision). */
export interface Contradiction {
  id: string;
  kind: ContradictionKind;
  topic: string;
  /** One line a journalist would write. */
  summary: string;
  confidence: number;
  /** True when one speaker revised their own statement. */
  revision?: boolean;
  sides: ContradictionSide[];
}

/** Everything the engine found in one document, before cross-document linking. */
export interface DocumentAnalysis {
  doc: ParsedDocument;
  mentions: Mention[];
  claims: Claim[];
  figures: Figure[];
  /** Every date the document gives, resolved against its own date where it has one. */
  dates: DateRef[];
}

/** The JSON report, schema version 1. */
export interface Report {
  schemaVersion: 1;
  generator: string;
  sources: SourceMeta[];
  actors: Actor[];
  claims: Claim[];
  contradictions: Contradiction[];
}
