// Reporting cues, hedges and negation: how news attributes a statement and how sure it is.

/** What a reporting verb does to its content. */
export interface CueInfo {
  /** Dictionary form, for grouping ("said", "says" → "say"). */
  lemma: string;
  /** Denial cues make the claim deny its content. */
  deny?: boolean;
  /** The cue itself distances the writer from the content ("claimed", "alleged"). */
  hedge?: boolean;
  /** Needs a quotation or "as" to be a reporting cue ("called", "described"). */
  needsQuoteOrAs?: boolean;
  /** Takes a recipient before the content ("told reporters that"). */
  recipient?: boolean;
  /** Continues the previous speaker ("added"). */
  continues?: boolean;
}

const VERBS: ReadonlyArray<readonly [string, string[], Omit<CueInfo, 'lemma'>?]> = [
  ['say', ['say', 'says', 'said', 'saying']],
  ['tell', ['tell', 'tells', 'told', 'telling'], { recipient: true }],
  ['state', ['state', 'states', 'stated', 'stating']],
  ['add', ['add', 'adds', 'added', 'adding'], { continues: true }],
  ['continue', ['continued'], { continues: true }],
  ['claim', ['claim', 'claims', 'claimed', 'claiming'], { hedge: true }],
  ['allege', ['allege', 'alleges', 'alleged', 'alleging'], { hedge: true }],
  ['report', ['report', 'reports', 'reported', 'reporting']],
  ['announce', ['announce', 'announces', 'announced', 'announcing']],
  ['confirm', ['confirm', 'confirms', 'confirmed', 'confirming']],
  ['acknowledge', ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging']],
  ['admit', ['admit', 'admits', 'admitted', 'admitting']],
  ['concede', ['concede', 'concedes', 'conceded', 'conceding']],
  ['insist', ['insist', 'insists', 'insisted', 'insisting']],
  ['maintain', ['maintains', 'maintained']],
  ['warn', ['warn', 'warns', 'warned', 'warning']],
  ['accuse', ['accuse', 'accuses', 'accused', 'accusing']],
  ['blame', ['blame', 'blames', 'blamed', 'blaming']],
  ['deny', ['deny', 'denies', 'denied', 'denying'], { deny: true }],
  ['reject', ['reject', 'rejects', 'rejected', 'rejecting'], { deny: true }],
  ['dismiss', ['dismiss', 'dismisses', 'dismissed', 'dismissing'], { deny: true }],
  ['refute', ['refute', 'refutes', 'refuted', 'refuting'], { deny: true }],
  ['dispute', ['dispute', 'disputes', 'disputed', 'disputing'], { deny: true }],
  ['write', ['write', 'writes', 'wrote', 'writing']],
  ['post', ['posted']],
  ['tweet', ['tweeted']],
  ['note', ['note', 'notes', 'noted', 'noting']],
  ['explain', ['explain', 'explains', 'explained', 'explaining']],
  ['argue', ['argue', 'argues', 'argued', 'arguing']],
  ['assert', ['assert', 'asserts', 'asserted', 'asserting']],
  ['declare', ['declare', 'declares', 'declared', 'declaring']],
  ['suggest', ['suggest', 'suggests', 'suggested', 'suggesting']],
  ['estimate', ['estimate', 'estimates', 'estimated', 'estimating']],
  ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
  ['emphasize', ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised', 'emphasising', 'emphasizing']],
  ['reveal', ['reveal', 'reveals', 'revealed', 'revealing']],
  ['disclose', ['disclosed']],
  ['indicate', ['indicated']],
  ['promise', ['promise', 'promises', 'promised', 'promising']],
  ['vow', ['vow', 'vows', 'vowed', 'vowing']],
  ['pledge', ['pledged']],
  ['predict', ['predict', 'predicts', 'predicted']],
  ['believe', ['believe', 'believes']],
  ['contend', ['contend', 'contends', 'contended']],
  ['recall', ['recalled']],
  ['describe', ['describe', 'describes', 'described', 'describing'], { needsQuoteOrAs: true }],
  ['call', ['call', 'calls', 'called', 'calling'], { needsQuoteOrAs: true }],
  ['cast', ['cast', 'casts', 'casting'], { needsQuoteOrAs: true }],
  ['brand', ['brand', 'brands', 'branded', 'branding'], { needsQuoteOrAs: true }],
  ['label', ['labelled', 'labeled', 'labelling', 'labeling'], { needsQuoteOrAs: true }],
  ['dub', ['dubbed'], { needsQuoteOrAs: true }],
  ['quote', ['quoted', 'quoting']],
  ['put', ['put'], { needsQuoteOrAs: true }],
  ['ask', ['asked', 'asks'], { needsQuoteOrAs: true }],
  // Speech with a quotation: "'Do not burn the streets,' Drach urged them", "'Help us,' she pleaded".
  ['urge', ['urged', 'urges'], { needsQuoteOrAs: true, recipient: true }],
  ['plead', ['pleaded', 'pleads', 'pled'], { needsQuoteOrAs: true }],
  ['appeal', ['appealed'], { needsQuoteOrAs: true }],
  ['beg', ['begged'], { needsQuoteOrAs: true, recipient: true }],
  ['implore', ['implored'], { needsQuoteOrAs: true, recipient: true }],
  ['shout', ['shouted'], { needsQuoteOrAs: true }],
  ['reply', ['replied'], { needsQuoteOrAs: true }],
  ['recount', ['recounted'], { needsQuoteOrAs: true }],
  // A reader's message a live blog prints: "Natalia sent us this: 'The tanks came past at four.'"
  ['send', ['sent', 'sends'], { needsQuoteOrAs: true, recipient: true }],
];

/** Word form (lower case) → cue. */
export const CUE_VERBS: ReadonlyMap<string, CueInfo> = new Map(
  VERBS.flatMap(([lemma, forms, info]) => forms.map((f) => [f, { lemma, ...(info ?? {}) }] as [string, CueInfo])),
);

/** Cue forms that may follow their speaker after the content ("…,” said Ruth Okafor). */
export const INVERTIBLE: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'explained', 'noted',
  'insisted', 'warned', 'tweeted', 'posted', 'declared', 'stated', 'argued', 'asked', 'recalled',
]);

/** Cue forms that can also be nouns or adjectives ("the claims", "a reported series"). */
export const NOUN_LIKE: ReadonlySet<string> = new Set([
  'claim', 'claims', 'claimed', 'report', 'reports', 'reported', 'alleged', 'estimate', 'estimates',
  'estimated', 'note', 'notes', 'call', 'calls', 'warning', 'promise', 'promises', 'promising',
  'dispute', 'disputes', 'disputed', 'stress', 'cast', 'post', 'posted', 'quote', 'quoted', 'states',
  'state', 'writing', 'reporting', 'brand', 'label', 'vow', 'vows', 'put', 'blame', 'concede', 'deny',
]);

/** Hedge phrases: the writer does not vouch for the content. Lower case, word-separated. */
export const HEDGES: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'apparently',
  'could not be independently verified', 'could not independently verify', 'could not be verified',
  'could not verify', 'could not independently confirm', 'could not be independently confirmed',
  'could not confirm', 'unable to independently verify', 'unable to independently confirm',
  'unable to verify', 'unable to confirm', 'not possible to verify', 'not possible to independently verify',
  'was not possible to verify', 'has not been verified', 'have not been verified', 'not been independently verified',
  'unverified', 'unconfirmed', 'appears to', 'appear to', 'appeared to', 'seems to', 'seem to', 'seemed to',
  'is believed to', 'are believed to', 'was believed to', 'were believed to', 'is thought to',
  'are thought to', 'is said to', 'are said to', 'was said to', 'were said to', 'is understood to',
  'are understood to', 'is alleged to', 'are alleged to', 'is reported to', 'are reported to',
  'was reported to', 'were reported to', 'it was reported', 'it is reported', 'it has been reported',
  'it is claimed', 'it was claimed', 'according to reports', 'reports say', 'reports said',
  'reports suggest', 'unnamed sources', 'claimed', 'claims', 'claiming', 'alleged', 'alleges', 'alleging',
  'purported', 'so-called', 'without providing any evidence', 'without providing evidence',
  'without evidence', 'could not be reached for comment',
];

/** Hedges that only qualify the preceding report ("CNN could not independently verify …"). */
export const VERIFICATION_DISCLAIMERS: readonly string[] = [
  'could not be independently verified', 'could not independently verify', 'could not be verified',
  'could not verify', 'could not independently confirm', 'could not be independently confirmed',
  'unable to independently verify', 'unable to independently confirm', 'unable to verify',
  'unable to confirm', 'not possible to verify', 'not possible to independently verify',
  'has not been verified', 'have not been verified', 'not been independently verified',
];

/** Agentless report frames: a hedged claim with no speaker. */
export const AGENTLESS: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'it was reported', 'it is reported', 'it has been reported',
  'it is claimed', 'it was claimed', 'is said to', 'are said to', 'was said to', 'were said to',
  'is believed to', 'are believed to', 'was believed to', 'were believed to', 'is reported to',
  'are reported to', 'was reported to', 'were reported to', 'is alleged to', 'are alleged to',
  'according to reports', 'reports say', 'reports said', 'reports suggest', 'unconfirmed reports',
  'unverified', 'unconfirmed', 'appears to', 'appear to', 'appeared to', 'is thought to', 'are thought to',
];

/** Phrases that make content deny (lower case). */
export const NEGATION_PHRASES: readonly string[] = [
  'nothing to do with', 'no involvement', 'no role', 'not involved', 'no part in', 'no connection',
  'no link', 'no evidence', 'no one', 'nobody', 'none', 'never', 'not', "n't", 'no',
];

/** Negations that do not negate the clause ("not only", "whether or not"). */
export const NEGATION_EXCEPTIONS: readonly string[] = [
  'not only', 'not just', 'whether or not', 'if not', 'not least', 'no doubt', 'no longer',
  'not yet clear', 'no sooner', 'not far from', 'not until', 'no matter',
];

/** Speaker-description heads that are organizations speaking through someone ("its spokesperson"). */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'spokespeople', 'press service',
  'press office', 'statement', 'channel', 'account', 'leader', 'chief', 'head', 'commander',
]);
