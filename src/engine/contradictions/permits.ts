import type { Contradiction } from '../types';
import { type Statement, perPassage, voicesOf } from './statements';
import { deniedNear, disagreements, yesNoContradiction, type YesNo } from './two-sided';
import { gated } from '../prefilter';

// Papers that allow a vessel, vehicle, firm or person to operate, which accident reports dispute:
// "held a valid safety certificate" vs "its certificate had been suspended since August".
const THINGS = 'certificates?|certification|licen[cs]es?|permits?';
const KEYS: [RegExp, string][] = [[/^certifi/, 'certificate'], [/^licen/, 'licence'], [/^permit/, 'permit']];
// What a person holds, not the operator: "the driver's licence", "his pilot's licence".
const PERSONAL = /* @__PURE__ */ gated(/(?:driv(?:ing|er'?s?)|pilot'?s?|captain'?s?|master'?s?|his|her)\s+(?:\w+\s+)?$/);
const BE = '(?:was|were|is|are|had been|has been|have been|been)';
const VALID = [
  // "held a valid safety certificate", "has all the necessary permits", "held every certificate it needed".
  new RegExp(`\\b(?:held|had|has|have|holds|possessed|carried)\\s+(?:a|an|all|every|its|the|all the|all its)?\\s*(?:[\\w-]+\\s+){0,2}?(?:valid|current|necessary|required|up-to-date)\\s+(?:[\\w'-]+\\s+){0,2}?(${THINGS})\\b`),
  new RegExp(`\\b(?:held|had|has|have|holds)\\s+(?:every|all|all the|all its)\\s+(?:[\\w'-]+\\s+){0,2}?(${THINGS})\\b`),
  // "the certificate was valid", "its licence remained valid until 2027".
  new RegExp(`\\b(${THINGS})\\b[^.;!?]{0,30}?\\b(?:${BE}|remained|remains)\\s+(?:still\\s+|fully\\s+)?valid\\b`),
  // "was fully certified", "is fully licensed".
  /\b(?:was|were|is|are|been)\s+fully\s+(certified|licensed|licenced)\b/,
];
const INVALID = [
  // "the safety certificate had been suspended since August", "its licence expired in May".
  new RegExp(`\\b(${THINGS})\\b[^.;!?]{0,40}?\\b(?:${BE}\\s+(?:\\w+\\s+)?(?:suspended|revoked|withdrawn|cancell?ed|invalid|void|expired|lapsed)|expired|lapsed)\\b`),
  // "it suspended that certificate on 14 August", "revoked the firm's operating licence", "had suspended Dalmir Express's licence".
  new RegExp(`\\b(?:suspended|revoked|withdrew|cancell?ed|pulled)\\s+(?:its|the|that|this|a|their|(?:[\\w-]+\\s+){0,2}?[\\w-]+'s)\\s+(?:[\\w'-]+\\s+){0,2}?(${THINGS})\\b`),
  // "an expired licence", "operating without a valid permit".
  new RegExp(`\\b(?:expired|invalid|suspended|revoked|lapsed)\\s+(?:[\\w'-]+\\s+)?(${THINGS})\\b`),
  new RegExp(`\\bwithout\\s+(?:a|an|any|the)\\s+(?:valid\\s+|current\\s+)?(?:[\\w'-]+\\s+)?(${THINGS})\\b`),
  // "that ship was not certified to carry passengers", "had never been licensed".
  /\b(?:not|never)\s+(?:been\s+)?(certified|licensed|licenced)\b/,
];
// What may happen, or would have to: "if the permit is revoked", "the licence could be suspended".
const GENERIC = /* @__PURE__ */ gated(/\b(?:if|whether|unless|can|could|may|might|would|should|will|must|to)\s+(?:\w+\s+){0,3}(?:be\s+)?(?:suspend|revoke|withdraw|cancel|expire|lapse|suspended|revoked|withdrawn|cancell?ed|expired|lapsed)\b/);

interface Reading {
  thing: string;
  valid: boolean;
}

function keyOf(st: Statement, m: RegExpExecArray): string | undefined {
  const word = m[1];
  const thing = KEYS.find(([re]) => re.test(word))?.[1];
  if (!thing) return undefined;
  const at = m.index + m[0].lastIndexOf(word);
  return PERSONAL.test(st.lower.slice(Math.max(0, at - 30), at)) ? `${thing} of a person` : thing;
}

// A negation inside the match or just before it ("did not have", "had no", "has never been").
const NEGATION = /* @__PURE__ */ gated(/\b(?:no|not|never|none|nor|neither|lacked|lacking|lacks)\b|n't\b/);
function negated(text: string, m: RegExpExecArray): boolean {
  return NEGATION.test(m[0]) || NEGATION.test(text.slice(Math.max(0, m.index - 16), m.index).split(/[,;:]/).pop() ?? '');
}

const first = (res: RegExp[], text: string) => res.map((re) => re.exec(text)).find((m): m is RegExpExecArray => !!m);

/** What a passage says of a certificate, licence or permit: valid, or suspended, expired or lacking. */
const permitOf = perPassage<Reading | undefined>();
function readPermit(st: Statement): Reading | undefined {
  if (!/certif|licen[cs]|permit/.test(st.lower) || GENERIC.test(st.lower)) return undefined;
  let valid = first(VALID, st.lower);
  let invalid = first(INVALID, st.lower);
  // "had no valid permit", "did not have the required certificates": papers lacking; "had never been
  // suspended": papers in order.
  if (valid && negated(st.lower, valid)) [valid, invalid] = [undefined, invalid ?? valid];
  else if (invalid && !/^(?:without|not|never)\b/.test(invalid[0]) && negated(st.lower, invalid)) {
    if (valid) return undefined;
    [valid, invalid] = [invalid, undefined];
  }
  if (valid && invalid) return undefined; // both in one passage: a history, or a comparison
  const m = valid ?? invalid;
  if (!m) return undefined;
  const thing = keyOf(st, m);
  if (!thing) return undefined;
  if (valid === m) return { thing, valid: true };
  // Named in order to be denied: the passage says the papers were in order.
  return { thing, valid: deniedNear(st.lower, m) };
}

/**
 * One source says the papers were in order ("held a valid safety certificate"), another that they
 * were suspended, expired or missing ("its certificate had been suspended since August").
 */
export function permitContradictions(statements: Statement[]): Contradiction[] {
  const read = (st: Statement): YesNo | undefined => {
    const r = permitOf(st, readPermit);
    return r && { thing: r.thing, yes: r.valid };
  };
  return disagreements(statements, read).map(({ thing, yes: valid, no: invalid }) => yesNoContradiction(
    `whether the ${thing} was valid`, `Was the ${thing} valid: yes (${voicesOf(valid)}) vs suspended, expired or lacking (${voicesOf(invalid)})`, valid, invalid));
}

// "passed its last inspection in March with no violations" vs "fined the company on 12 March for faulty
// detectors": whether an inspection found the site in order.
const PASSED = /* @__PURE__ */ gated(/\bpassed\s+(?:its|the|their|every|all|an?|each)?\s*(?:[\w-]+\s+){0,3}?(?:inspections?|safety checks?|audits?)\b/);
const FAULTED = [
  /\bfailed\s+(?:its|the|their|an?)\s*(?:[\w-]+\s+){0,3}?(?:inspections?|safety checks?|audits?)\b/,
  /\b(?:fined|penali[sz]ed|sanctioned)\b[^.;]{0,80}?\bfor\s+(?:\w+\s+){0,2}?(?:faulty|defective|broken|unsafe|safety|violations?|breach(?:es)?|failures?|failing|defects?|deficienc(?:y|ies)|lack)\b/,
  /\b(?:records?|recorded|issued|imposed|shows?)\s+a\s+fine\b(?!\s+(?:morning|day|evening|night|afternoon|week|example|line|balance|job))/,
  /\b(?:violations?|breaches|defects|deficiencies)\s+(?:had\s+been\s+|were\s+|was\s+)?(?:found|recorded|detected|identified)\b/,
];

/** What a passage says of an inspection: passed, or faulted (failed, fined, violations found). */
const inspectionOf = perPassage<boolean | undefined>();
function readInspection(st: Statement): boolean | undefined {
  if (!/inspect|audit|check|fine|violation|breach/.test(st.lower) || GENERIC.test(st.lower)) return undefined;
  const passed = PASSED.exec(st.lower);
  const faulted = first(FAULTED, st.lower);
  if (passed && faulted) return undefined;
  if (faulted) {
    return deniedNear(st.lower, faulted);
  }
  // "the mine had not passed its inspection": a failure said with a negation.
  if (passed && /(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?$/.test(st.lower.slice(Math.max(0, passed.index - 20), passed.index))) return false;
  return passed ? true : undefined;
}

/** One source says the site passed its inspection, another that inspectors faulted or fined it. */
export function inspectionContradictions(statements: Statement[]): Contradiction[] {
  const read = (st: Statement): YesNo | undefined => {
    const r = inspectionOf(st, readInspection);
    return r === undefined ? undefined : { thing: 'inspection', yes: r };
  };
  return disagreements(statements, read).map(({ yes: passed, no: faulted }) => yesNoContradiction(
    'whether the inspection was passed', `Was the inspection passed: yes (${voicesOf(passed)}) vs faulted or fined (${voicesOf(faulted)})`, passed, faulted));
}

// What a test of water, food or air finds, as contamination stories dispute it: "its samples found no
// E. coli" vs "the taps contained E. coli at up to 46 CFU per 100 ml".
const CONTAMINANTS = 'e\\. coli|escherichia coli|legionella|salmonella|listeria|cholera|norovirus|coliforms?|bacteria|lead|arsenic|mercury|benzene|asbestos|pfas|cyanide|radiation|radioactiv\\w+';
const FOUND = [
  new RegExp(`\\b(?:found|detected|contained|contains|showed|recorded|measured|identified|confirmed)\\s+(?:high\\s+levels\\s+of\\s+|traces?\\s+of\\s+|levels\\s+of\\s+)?(${CONTAMINANTS})\\b`),
  new RegExp(`\\b(${CONTAMINANTS})\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:found|detected|identified|confirmed)\\b`),
];
const NOT_FOUND = [
  new RegExp(`\\b(?:found|detected|showed|shown|show|shows|revealed|contained)\\s+no\\s+(?:traces?\\s+of\\s+|sign\\s+of\\s+)?(${CONTAMINANTS})\\b`),
  new RegExp(`\\bno\\s+(?:traces?\\s+of\\s+)?(${CONTAMINANTS})\\s+(?:was|were|had\\s+been|has\\s+been)\\s+(?:found|detected)\\b`),
  new RegExp(`\\b(?:did\\s+not|didn't|failed\\s+to)\\s+(?:find|detect|show)\\s+(?:any\\s+)?(?:traces?\\s+of\\s+)?(${CONTAMINANTS})\\b`),
  new RegExp(`\\bfree\\s+(?:of|from)\\s+(${CONTAMINANTS})\\b`),
];
const CONTAMINANT_KEY = (w: string) => (w.startsWith('e') && w.includes('coli') ? 'E. coli' : w.startsWith('radioactiv') ? 'radiation' : w.replace(/s$/, ''));

const contaminationOf = perPassage<YesNo | undefined>();
function readContamination(st: Statement): YesNo | undefined {
  if (GENERIC.test(st.lower) || /\b(?:if|whether|could|would|may|might)\b/.test(st.lower)) return undefined;
  const no = NOT_FOUND.map((re) => re.exec(st.lower)).find((m): m is RegExpExecArray => !!m);
  const yes = FOUND.map((re) => re.exec(st.lower)).find((m): m is RegExpExecArray => !!m && !/\bno\s+(?:\w+\s+)?$/.test(st.lower.slice(Math.max(0, m.index - 12), m.index + m[0].length - m[1].length)));
  if (no && yes) return undefined;
  const m = no ?? yes;
  return m ? { thing: CONTAMINANT_KEY(m[1]), yes: m === yes } : undefined;
}

/** One source says a test found a contaminant, another that it found none. */
export function contaminationContradictions(statements: Statement[]): Contradiction[] {
  return disagreements(statements, (st) => contaminationOf(st, readContamination)).map(({ thing, yes, no }) => yesNoContradiction(
    `whether ${thing} was found`, `Was ${thing} found: yes (${voicesOf(yes)}) vs none (${voicesOf(no)})`, yes, no));
}
