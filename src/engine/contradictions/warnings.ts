import type { Contradiction } from '../types';
import { type Statement, perPassage, voicesOf } from './statements';
import { disagreements, yesNoContradiction, type YesNo } from './two-sided';
import { gated } from '../prefilter';

// "it alerted the municipal authorities", "warned the company in writing", "sent an alert to the
// municipality", "formally notified the operator": a warning given to someone. "warned that …" and
// "warned of …" report a claim about a danger, not a warning delivered, and do not count.
const GIVEN = [
  /\b(?:warned|alerted|notified)\s+(?!that\b|of\b|about\b|against\b|on\b|it\b|in\b)(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,2}?(?:[A-Z][\w'’-]*|authorit(?:y|ies)|municipalit(?:y|ies)|residents|officials|operator|company|managers?|government|ministry|police|town|city|council|villagers|families|services?|ship|vessel|tanker|ferry|crew|captain|master|pilot|driver|train)\b/,
  // "ignored two radio warnings from the port", "radioed the ship twice": warnings that were sent.
  /\b(?:ignored|disregarded)\s+(?:\w+\s+){0,2}?(?:radio\s+)?(?:warnings?|alerts?)\b/,
  /\bradioed\s+(?:the\s+|its\s+)?(?:ship|vessel|tanker|ferry|crew|captain|master|bridge|pilot|aircraft|plane)\b/,
  /\b(?:sent|issued|gave|sounded|raised)\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+)?(?:warning|alert|alarm|notification)s?(?:\s+(?:about|of|on)\s+[\w\s-]{1,40}?)?\s+(?:to|at|on|within)\b/,
  // "an alert had been sent to all mobile phones", "A warning was issued at 3:45 a.m.".
  /\b(?:warning|alert|alarm|notification)s?\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)(?:been\s+)?(?:sent|issued|sounded|broadcast)\s+(?:to|at|on|within|across|in)\b/,
  // "advised residents of Velbrun to boil water", "ordered villagers to leave", "posted a precautionary notice".
  /\b(?:advised|told|urged|ordered|instructed)\s+(?:all\s+|the\s+)?(?:residents|people|households|the\s+public|villagers|families|locals)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:boil|evacuate|leave|stay\s+(?:indoors|inside|at\s+home)|shelter|avoid(?!\s+(?:violence|clashes|confrontation|provocations?|trouble))|move)\b/,
  /\b(?:published|posted|issued|put\s+out|sent\s+out)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:notice|warning|advisory|alert)\b/,
  // "I wrote to the trust on 14 October with the details": a warning put in writing.
  /\b(?:wrote\s+to|emailed|e-mailed)\s+(?:the|its)\s+[\w-]+\s+(?:on\s+\d{1,2}\s+\w+\s+|in\s+\w+\s+)?(?:with\s+(?:the\s+)?details|about\s+the\s+(?:flaw|vulnerability|weakness|risk|danger|problem))\b/,
  // "An evacuation order was issued on Monday afternoon", "had ordered the upper part of the village evacuated".
  /\bevacuation\s+order\b[^.;]{0,80}?\b(?:was|had\s+been|has\s+been|were)\s+(?:\w+\s+)?(?:issued|given|announced|read\s+out|broadcast)\b/i,
  /\b(?:issued|gave|announced)\s+(?:an?\s+|the\s+)?evacuation\s+order\b|\bordered\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?evacuated\b/i,
  // "the party wrote to the National Police headquarters on Oct. 2", "the letter had been sent on 2 October to the
  // police", "a letter dated 2 October and addressed to the police": a warning in a letter to those in charge.
  /\b(?:wrote|sent\s+(?:a|its|their|his|her)\s+letter|letter\s+(?:had\s+been\s+|has\s+been\s+|was\s+)?sent(?:\s+on\s+[\w.]+(?:\s+[\w.]+)?)?)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|headquarters|ministry|authorities|regulator|council|company|operator|government|inspectorate|prosecutors?)\b/i,
  // "asked the ministry in writing for a new fire alarm", "had written to the ministry about the alarms twice".
  /\basked\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:ministry|government|council|authorities|regulator|company|operator)\s+in\s+writing\b/i,
  /\bletter\s+dated\s+[^.;]{0,40}?\baddressed\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|headquarters|ministry|authorities|regulator|council|company|operator|government)\b/i,
  // "the plant's sirens sounded at 4:10 a.m.", "The sirens sounded across the district".
  // Not "car alarms went off", which the blast set off.
  /(?<!\b(?:car|burglar|smoke|phone|clock)\s)\b(?:sirens?|alarms?)\s+(?:\w+\s+)?(?:sounded|went\s+off|wailed|blared|rang\s+out)\b/i,
];
// "no warning had reached the town", "had received no warning of any kind", "at no point did the
// company receive any notification", "was never warned".
const NONE = [
  /\b(?:no|not\s+(?:a|any)(?:\s+single)?)\s+(?:prior\s+|advance\s+|official\s+|formal\s+|written\s+|emergency\s+|public\s+|early\s+|storm\s+|gale\s+|flood\s+|weather\s+|such\s+)?(?:warning|alert|notification|notice)s?\b(?!\s+(?:signs?|lights?|shots?|systems?|(?:is|was|were|are)\s+(?:needed|required|necessary)))/,
  /(?:\bnot|\bnever|n['’]t)\s+(?:been\s+|be\s+|ever\s+)?(?:warned|alerted|notified)\b/,
  /\b(?:did\s+not|didn['’]t|never|had\s+not|hadn['’]t|at\s+no\s+point\s+did\s+(?:\w+\s+){1,3}?)\s*(?:received?|get|got|hear|heard)\s+(?:any\s+|a\s+)?(?:\w+\s+)?(?:warning|alert|notification|notice)s?\b/,
  // "No one told us to boil anything", "nobody warned the villagers", "We found no notice from Friday".
  /\b(?:no\s+one|nobody)\s+(?:\w+\s+)?(?:told|warned|advised|alerted)\s+(?:us|them|residents|people|villagers|anyone)\b/,
  /\bfound\s+no\s+(?:\w+\s+)?(?:notice|warning|advisory|alert)\b/,
  // "No such letter was received", "no record of receiving any letter", "never received the letter".
  /\bno\s+(?:such\s+)?(?:written\s+)?(?:letter|request)\s+(?:\w+\s+){0,6}?(?:was|had\s+(?:ever\s+)?been|has\s+been|had\s+ever)\s+(?:received|reached)\b|\b(?:never|not)\s+(?:\w+\s+)?received\s+(?:a|any|the|such\s+a)\s+(?:written\s+)?request\b|\breceived\s+no\s+(?:such\s+|written\s+)?(?:request|letter)\b|\bno\s+record\s+of\s+(?:receiving|having\s+received)\s+(?:any|a|the|such\s+a)\s+letter\b|(?:\bnever|\bnot|n['’]t)\s+(?:\w+\s+)?received\s+(?:any|a|the|such\s+a)\s+letter\b/,
  // "There was no siren", "not a single siren sounded", "the sirens never went off".
  /\b(?:no|not\s+(?:a|one)(?:\s+single)?)\s+(?:\w+\s+)?sirens?\b/,
  /\b(?:sirens?|alarms?)\s+(?:\w+\s+)?(?:did\s+not|didn['’]t|never|failed\s+to)\s+(?:sound|go\s+off|ring)\b/,
  // "Not one phone in this city rang", "no phone buzzed".
  /\b(?:no|not\s+(?:a|one)(?:\s+single)?)\s+(?:mobile\s+)?phones?\s+(?:[\w']+\s+){0,4}?(?:rang|buzzed|beeped|sounded|lit\s+up)\b/,
];
// A sentence about warnings in general or to come, not about one given in this event.
const GENERIC = /* @__PURE__ */ gated(/\b(?:will|would|should|could|must|might|plans? to|to be)\s+(?:have\s+)?(?:be(?:en)?\s+)?(?:warn|alert|notif)/);

/** Whether a passage says a warning was given, or that none was. */
const warningOf = perPassage<'given' | 'none' | undefined>();
// "No one told us anything until Tuesday": none before a time, which a later warning does not contradict.
// Also "nobody told them to leave until it was almost too late", "until the last minute": told, but late;
// "nobody told us anything for forty minutes": told, after a wait.
const UNTIL = /* @__PURE__ */ gated(/\b(?:until|till|before)\s+(?:\w+\s+){0,2}?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|noon|midnight|the\s+(?:morning|evening|afternoon|next))|\b(?:until|till)\s+(?:it\s+was\s+)?(?:almost\s+|nearly\s+|far\s+|much\s+)?too\s+late\b|\buntil\s+the\s+(?:very\s+)?last\s+(?:minute|moment)\b|\bfor\s+(?:[\w-]+\s+){1,2}?(?:minutes|hours)\b/);

// Words one of GIVEN needs: a passage without any gives no warning.
const MAY_GIVE = /* @__PURE__ */ gated(/warn|alert|notif|ignored|disregarded|radioed|alarm|advis|told|urged|ordered|instructed|notice|wrote|mailed|siren|letter|evacuat|writing/);

function readWarning(st: Statement): 'given' | 'none' | undefined {
  if (GENERIC.test(st.lower)) return undefined;
  if (NONE.some((re) => re.test(st.lower))) return UNTIL.test(st.lower) ? undefined : 'none';
  if (!MAY_GIVE.test(st.lower)) return undefined;
  const prose = st.doc.prose.slice(st.start, st.end).replace(/[“”]/g, '"').replace(/\s+/g, ' ');
  return GIVEN.some((re) => re.test(prose)) ? 'given' : undefined;
}

// A forecaster's warning of the weather, days or hours ahead, is not the alarm raised on the spot:
// "issued its first warning five days before landfall" does not answer "no siren, no loudspeaker".
const FORECAST = /* @__PURE__ */ gated(/\b(?:forecast\w*|meteorolog\w*|weather|storm|gale|winds?|cyclone|hurricane|typhoon|landfall|rainfall|(?:days?|hours?)\s+(?:before|ahead|earlier))\b/);
const ON_THE_SPOT = /* @__PURE__ */ gated(/\b(?:sirens?|alarms?|loudspeakers?|megaphones?|phones?|text\s+messages?|sms|doors?)\b/);
const kindOf = (st: Statement): string => (!ON_THE_SPOT.test(st.lower) && FORECAST.test(st.lower) ? 'forecast' : 'warning');

// An order to leave or to stay indoors, and its denial: "ordered the people of Dorlany to stay indoors" against
// "no shelter order had been issued", "there was never a formal order, only a recommendation". Advice ("urged
// residents to stay indoors") is no order, and a warning is no order either.
const ORDER_GIVEN = [
  /\bordered\s+(?:all\s+|the\s+)?(?:residents|people|households|villagers|families|locals|inhabitants)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:evacuate|leave|stay\s+(?:indoors|inside|at\s+home)|shelter)\b/,
  /\b(?:evacuation|shelter(?:-in-place)?|stay-at-home)\s+order\b[^.;]{0,80}?\b(?:was|had\s+been|has\s+been|were)\s+(?:\w+\s+)?(?:issued|given|announced|read\s+out|broadcast)\b/,
  /\b(?:issued|gave|announced)\s+(?:an?\s+|the\s+)?(?:evacuation|shelter(?:-in-place)?|stay-at-home)\s+order\b|\bordered\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?evacuated\b/,
];
const ORDER_NONE = [
  /\bno\s+(?:formal\s+|official\s+)?(?:shelter(?:-in-place)?|evacuation|stay-at-home|stay-indoors)\s+(?:or\s+[\w-]+\s+)?orders?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:ever\s+)?(?:issued|given)\b/,
  /\bnever\s+(?:a|any)\s+(?:formal\s+|official\s+)?(?:shelter\s+|evacuation\s+)?order\b/,
];
const orderOf = perPassage<'given' | 'none' | undefined>();
function readOrder(st: Statement): 'given' | 'none' | undefined {
  if (GENERIC.test(st.lower) || !/\border/.test(st.lower)) return undefined;
  if (ORDER_NONE.some((re) => re.test(st.lower))) return 'none';
  return ORDER_GIVEN.some((re) => re.test(st.lower)) ? 'given' : undefined;
}

/**
 * One source says a warning was given ("alerted the authorities within minutes"), another that
 * none was ("the town received no warning of any kind"): a dispute about whether anyone was warned.
 * Orders to leave or to stay indoors are compared apart, with their own denials.
 */
export function warningContradictions(statements: Statement[]): Contradiction[] {
  const read = (st: Statement): YesNo | undefined => {
    const said = warningOf(st, readWarning);
    return said && { thing: kindOf(st), yes: said === 'given' };
  };
  const orders = (st: Statement): YesNo | undefined => {
    const said = orderOf(st, readOrder);
    return said && { thing: 'order', yes: said === 'given' };
  };
  return [
    ...disagreements(statements, read).map(({ yes: given, no: none }) => yesNoContradiction(
      'whether a warning was given', `Was a warning given: yes (${voicesOf(given)}) vs none (${voicesOf(none)})`, given, none)),
    ...disagreements(statements, orders).map(({ yes: given, no: none }) => yesNoContradiction(
      'whether an order was issued', `Was an order to leave or stay indoors issued: yes (${voicesOf(given)}) vs none (${voicesOf(none)})`, given, none)),
  ];
}
