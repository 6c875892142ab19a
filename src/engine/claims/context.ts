// The working state of the claims extractor, shared by its modules.
import type { Claim, ParsedDocument, Span } from '../types';
import type { CueInfo } from '../lexicon/cues';
import type { Quote } from './quotes';
import type { MentionIndex, Speaker } from './speakers';
import type { GenderIndex } from './gender';
import type { Phrase } from './phrases';

/** A sentence, or sentences joined because a quotation runs across them. */
export interface Unit extends Span {
  paragraph: number;
  /** Quotations overlapping the unit. */
  quotes: Quote[];
}

export interface Frame {
  cue: number;
  cueEnd: number;
  kind: 'verb' | 'according' | 'citing';
  info?: CueInfo;
  phrase?: Phrase;
  /** The speaker follows the cue ("…,” said Ruth Okafor). */
  inverted?: boolean;
  /** No subject of its own: a participle or a coordinated verb ("…, saying", "and insisted"). */
  dependent?: boolean;
  /** A relative clause cue ("…, which Ukraine denies"): it reports the clause before it. */
  relative?: boolean;
  speaker?: Speaker;
  /** Token where the content starts when it follows the cue, else undefined (content precedes). */
  after?: number;
  contentStart?: number;
  contentEnd?: number;
  extraCue?: string;
  dropped?: boolean;
}

export interface Draft extends Claim {
  unit: number;
  speakerInfo?: Speaker;
}

export interface Ctx {
  doc: ParsedDocument;
  prose: string;
  index: MentionIndex;
  /** Which people "he" and "she" can refer to. */
  gender: GenderIndex;
  units: Unit[];
  claims: Draft[];
  /** Units already used as the content of a claim introduced before them ("He said:" + quotation). */
  consumed: Set<number>;
  /** Speakers of the current unit's earlier cues, for its pronouns ("X said …, but later he said …"). */
  unitSpeakers: Speaker[];
}
