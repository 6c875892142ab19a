import type { Contradiction } from '../types';
import { ENDED, ONGOING, STATUS_TOPICS } from './lexicon';
import { type Statement, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { statementDay } from './temporal';
import { gated } from '../prefilter';

/** States said of a situation rather than of a named thing: "calm", "under control", "went on until". */
const GENERIC_STATE = /* @__PURE__ */ gated(/\b(?:calm|quiet|under control|went on|could still be heard|continu(?:e|es|ed|ing))\b/);

// "Calm" and "quiet" end unrest, not a closure, a ban or a search: "the crowd was calm" outside a shut bank.
const CALM_ONLY = /* @__PURE__ */ gated(/\b(?:calm|quiet)\b/);
const UNREST = new Set(['fighting', 'protest']);

/** What a passage says of a state of affairs, read once per passage. */
interface StatusOfPassage {
  /** The state of affairs the passage names. */
  topic?: string;
  /** Said to be over (true) or going on (false); undefined when neither, or both (the sequence itself). */
  ended?: boolean;
  /** The state of affairs named in the words that say it is over or going on. */
  saidTopic?: string;
  /** A state said of the situation rather than of a named thing ("calm"). */
  generic: boolean;
  /** Two states of two things in one passage ("production resumed while the search continues"). */
  both?: Array<{ topic: string; ended: boolean }>;
}
const statusOf = perPassage<StatusOfPassage>();
const topicIn = (text: string) => STATUS_TOPICS.find(([, re]) => re.test(text))?.[0];

/** The topic whose words stand last before a position of the text (its clause), if any. */
const TOPICS_GLOBAL = STATUS_TOPICS.map(([name, re]) => [name, new RegExp(re.source, 'g')] as const);
function nearestTopic(text: string, at: number): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  const clause = text.slice(0, at);
  for (const [name, re] of TOPICS_GLOBAL) {
    for (const m of clause.matchAll(re)) if (m.index > bestAt) { bestAt = m.index; best = name; }
  }
  return best;
}

function readStatus(st: Statement): StatusOfPassage {
  const ended = ENDED.exec(st.lower);
  const ongoing = ONGOING.exec(st.lower);
  const one = !ended !== !ongoing;
  if (ended && ongoing) {
    const over = topicIn(ended[0]);
    const going = topicIn(ongoing[0]);
    if (over && going && over !== going) {
      return { topic: undefined, ended: undefined, saidTopic: undefined, generic: false, both: [{ topic: over, ended: true }, { topic: going, ended: false }] };
    }
  }
  // "Fires are still burning on Fenwick Road", "put out fires in 140 vehicles": a night of scattered
  // fires in a riot, not the one fire a story may be about.
  if (/\bfires\b/.test(st.lower) && !/\b(?:the|this|that)\s+(?:main\s+)?(?:fire|blaze)\b/.test(st.lower) && topicIn(st.lower) === 'fire') {
    return { topic: undefined, ended: undefined, saidTopic: undefined, generic: false };
  }
  // The state of affairs named nearest before the words that say it is over or going on: "the curfew
  // has been lifted, and schools will reopen" is about the curfew.
  const said = one ? (ended ?? ongoing)! : undefined;
  return {
    topic: (said && nearestTopic(st.lower, said.index + said[0].length)) ?? topicIn(st.lower),
    ended: one ? !!ended : undefined,
    saidTopic: one ? topicIn((ended ?? ongoing)![0]) : undefined,
    generic: GENERIC_STATE.test(st.lower),
  };
}

// Orders and advisories are given place by place: "the evacuation order for Tarvo" is not the one for Velk.
const PLACED = /* @__PURE__ */ gated(/\b(?:evacuation orders?|orders? to (?:evacuate|leave)|advisory|boil-water notice)\s+(?:for|in|covering)\s+(?:the\s+)?([a-z][\w'-]*)/);

/** A topic as a person reads it: the place's name capitalised ("evacuation order for Tarvo"). */
const shown = (topic: string): string => topic.replace(/ for (\p{Ll})/u, (_, c: string) => ` for ${c.toUpperCase()}`);

/** A status topic with the place an order or advisory is for, when the passage names one: "evacuation order for tarvo". */
function placed(topic: string, st: Statement): string {
  if (topic !== 'evacuation order' && topic !== 'advisory') return topic;
  const m = PLACED.exec(st.lower);
  return m ? `${topic} for ${m[1]}` : topic;
}

interface StatusReading {
  st: Statement;
  topic: string;
  ended: boolean;
  day?: number;
}

const DAY_MS = 86_400_000;

/** "It is over" in one source vs "it goes on" in another, for the same kind of state of affairs. */
export function statusContradictions(statements: Statement[]): Contradiction[] {
  const readings: StatusReading[] = [];
  // What the story is about: the state of affairs most of its sentences name. "The situation is calm"
  // says nothing of what is calm; in a story about fighting it is the fighting.
  const counts = new Map<string, number>();
  for (const st of statements) {
    const { topic } = statusOf(st, readStatus);
    if (topic) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const story = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const st of statements) {
    const status = statusOf(st, readStatus);
    if (status.both) {
      for (const b of status.both) readings.push({ st, topic: b.topic, ended: b.ended, day: statementDay(st) });
      continue;
    }
    if (status.ended === undefined) continue; // neither, or a sentence that tells the sequence itself
    // What the sentence is about, else the thing said to be over or going on, else the story's topic.
    const topic = status.topic ?? status.saidTopic ?? (status.generic && story && !(CALM_ONLY.test(st.lower) && !UNREST.has(story)) ? story : undefined);
    if (!topic) continue;
    readings.push({ st, topic: placed(topic, st), ended: status.ended, day: statementDay(st) });
  }
  const out: Contradiction[] = [];
  const order = (t: string) => STATUS_TOPICS.findIndex(([name]) => name === t.split(' for ')[0]);
  for (const topic of [...new Set(readings.map((r) => r.topic))].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))) {
    const over = readings.filter((r) => r.topic === topic && r.ended);
    const going = readings.filter((r) => r.topic === topic && !r.ended);
    if (!over.length || !going.length) continue;
    // Something over on Monday and going on later is a contradiction; going on before it ended is not.
    // An article written days before another can only tell of things going on before they ended.
    const earlier = (g: StatusReading, o: StatusReading) => !!g.st.published && !!o.st.published && Date.parse(g.st.published) < Date.parse(o.st.published) - DAY_MS;
    const pairs = going.filter((g) => over.some((o) => o.st.file !== g.st.file && !earlier(g, o) && (o.day === undefined || g.day === undefined || g.day >= o.day)));
    if (!pairs.length) continue;
    const overSides = over.filter((o) => pairs.some((g) => g.st.file !== o.st.file));
    const attributed = [...overSides, ...pairs].filter((r) => r.st.claim?.speakerText).length;
    const confidence = 0.5 + Math.min(0.25, attributed * 0.05) - ([...overSides, ...pairs].every((r) => r.st.hedged) ? 0.1 : 0);
    out.push({
      id: '', kind: 'status', topic: `${shown(topic)}: over or ongoing`,
      summary: `Is the ${shown(topic)} over: yes (${voicesOf(overSides.map((r) => r.st))}) vs still going on (${voicesOf(pairs.map((r) => r.st))})`,
      confidence: round(confidence),
      sides: [...overSides.slice(0, 4), ...pairs.slice(0, 4)].map((r) => sideOf(r.st)),
    });
  }
  return out;
}
