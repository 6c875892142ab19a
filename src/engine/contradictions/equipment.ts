import type { Contradiction } from '../types';
import { type Statement, perPassage, voicesOf } from './statements';
import { deniedNear, disagreements, yesNoContradiction, type YesNo } from './two-sided';
import { gated } from '../prefilter';

// Equipment whose failure accident reports dispute: "the signal was faulty" vs "the signal was
// working correctly". One word per kind of thing, the key its readings are grouped by.
const THINGS = 'signal(?:s|ling)?|brakes?|braking system|alarms?|sirens?|sensors?|engines?|pumps?|valves?|sprinklers?|radar|transponder|detectors?|barriers?|level crossing|lights|warning system|alarm system|safety system|circuit breakers?|(?:instrument )?landing system|glide ?slope|localizer|localiser|navigation aids';
const KEYS: [RegExp, string][] = [
  [/^signal/, 'signal'], [/^brak/, 'brakes'], [/^(?:alarm|siren|warning system)/, 'alarm'], [/^sensor|^detector/, 'sensors'],
  [/^engine/, 'engine'], [/^pump/, 'pumps'], [/^valve/, 'valves'], [/^sprinkler/, 'sprinklers'], [/^radar/, 'radar'],
  [/^transponder/, 'transponder'], [/^barrier|^level crossing/, 'barriers'], [/^lights/, 'lights'], [/^safety system/, 'safety system'],
  [/^circuit/, 'circuit breakers'], [/landing system|^glide|^locali[sz]er|^navigation aids/, 'landing system'],
];
// "the glide slope, the part of the system that guides pilots down, had been out of service": an apposition between.
const APPOSITION = '(?:,[^,.;!?]{0,100},)?';
const BE = '(?:was|were|is|are|had been|has been|have been|had|has)';
// "the signal had been faulty for weeks", "faulty brakes", "the alarm was not working".
const FAULTY = /* @__PURE__ */ gated(new RegExp(`\\b(?:(${THINGS})\\b${APPOSITION}[^.;!?]{0,50}?\\b(?:${BE}\\s+(?:\\w+\\s+)?|as\\s+"?)(?:faulty|defective|broken|malfunctioning|out of order|out of action|out of service|unserviceable|inoperative|not working|not functioning|not running|failing|disabled|switched off)|(?:faulty|defective|broken|malfunctioning|disabled|unserviceable)\\s+(${THINGS}))\\b`));
// "the signal was working correctly", "the signalling functioned correctly throughout", "in working order".
const WORKING = /* @__PURE__ */ gated(new RegExp(`\\b(${THINGS})\\b${APPOSITION}[^.;!?]{0,50}?\\b(?:(?:${BE}\\s+)?(?:working|functioning|operating|worked|functioned|operated)\\s+(?:correctly|properly|normally|as (?:it|they) should)|${BE}\\s+in (?:full |good )?working order|${BE}\\s+(?:fully\\s+)?(?:operational|serviceable)|${BE}\\s+(?:not|never)\\s+(?:faulty|defective|broken|malfunctioning))\\b`));
// "a backup generator kept the dosing pumps running throughout": the equipment worked.
const KEPT_WORKING = /* @__PURE__ */ gated(new RegExp(`\\bkept\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?(${THINGS})\\s+(?:running|working|operating|going)\\b`));
// A fault to come or in general ("brakes can fail"), not one of this event.
const GENERIC = /* @__PURE__ */ gated(/\b(?:if|whether|can|could|may|might|would|should|will)\s+(?:\w+\s+){0,3}(?:fail|be faulty|malfunction|stop working)/);

interface Reading {
  thing: string;
  working: boolean;
}

function keyOf(thing: string): string | undefined {
  return KEYS.find(([re]) => re.test(thing))?.[1];
}

/** What a passage says of a piece of equipment: faulty, or working. */
const equipmentOf = perPassage<Reading | undefined>();
function readEquipment(st: Statement): Reading | undefined {
  if (GENERIC.test(st.lower)) return undefined;
  const working = WORKING.exec(st.lower) ?? KEPT_WORKING.exec(st.lower);
  const faulty = FAULTY.exec(st.lower);
  if (working && faulty) return undefined; // both in one passage: a sequence, or a comparison
  if (working) {
    const thing = keyOf(working[1]);
    return thing ? { thing, working: true } : undefined;
  }
  if (!faulty) return undefined;
  const thing = keyOf(faulty[1] ?? faulty[2]);
  if (!thing) return undefined;
  // The fault is named in order to be denied: the passage says the thing worked.
  // ("Claims … that the signal was faulty are simply untrue.")
  return { thing, working: deniedNear(st.lower, faulty) };
}

/**
 * One source says a piece of equipment was faulty ("the signal had been faulty for weeks"), another
 * that it worked ("the signal was working correctly"): a dispute about the cause.
 */
export function equipmentContradictions(statements: Statement[]): Contradiction[] {
  const read = (st: Statement): YesNo | undefined => {
    const r = equipmentOf(st, readEquipment);
    return r && { thing: r.thing, yes: !r.working };
  };
  return disagreements(statements, read).map(({ thing, yes: faulty, no: working }) => yesNoContradiction(
    `whether the ${thing} worked`, `Was the ${thing} faulty: yes (${voicesOf(faulty)}) vs it worked (${voicesOf(working)})`, faulty, working));
}
