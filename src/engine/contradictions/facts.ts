import type { Contradiction } from '../types';
import { SAYING, type Statement, asks, perPassage, personNamedBefore, placeNamed, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { dayOf } from './custody';
import { disagreements, yesNoContradiction, type YesNo } from './two-sided';
import { gated, mayMatch } from '../prefilter';

// Yes-or-no facts that breaches, elections and outages are disputed over, each read from one passage.
interface Fact {
  thing: string;
  /** Whether the passage is about it at all (a cheap test first). */
  about: RegExp;
  yes: RegExp[];
  no: RegExp[];
  /** Passages that speak of something else with the same words. */
  unless?: RegExp;
  /** Whether a report named to be denied turns the reading ("dismissed the claim as a fabrication" does not). */
  keep?: boolean;
  /** Whether the fact is of a person: the one named last before `about`'s match ("Raul Venko had been suspended"). */
  ofPerson?: boolean;
  /** Whether a passage that names no one ("the candidate's condition") is of the one person the others name, when they name one. */
  unnamedIsOnly?: boolean;
  /** Whether the fact, once true, stays true (an investigation opened, demands made): a "no" dated before a "yes" is no clash. */
  once?: boolean;
  /** Whether the fact is an intent ("will appeal"): what someone will or would do counts; what may be still does not. */
  intent?: boolean;
  /** Whether a passage that says both ("halted in Europe; in Asia still on sale") says neither. */
  mixed?: boolean;
  /** Whether passages that name different days tell of different occasions (a march on Monday, another on Wednesday). */
  sameDay?: boolean;
  /** What tells one occasion from another (a place, a body, a party): passages that name different ones are no clash. */
  occasion?: (st: Statement) => string | undefined;
  topic: string;
  question: string;
  noLabel: string;
}

// A report named only to be denied turns what it says around: "rejected claims that observers had
// been kept out", "reports of ballot-stuffing, which the commission denied".
const DENIED_REPORT = /* @__PURE__ */ gated(/\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes)\s+(?:the\s+|any\s+|all\s+)?(?:claims?|reports?|allegations?|suggestions?|accusations?)\b|\b(?:claims?|reports?|allegations?|accusations?)\s+(?:of|that)\b[^.;]{0,60}?\b(?:which|that)\s+(?:[\w'’]+\s+){0,3}?(?:denied|rejected|dismissed|denies|rejects|dismisses)\b|\b(?:claims?|reports?|allegations?|suggestions?|rumou?rs?)\b[^.;]{0,120}?\b(?:were|was|are|is)\s+["'“‘]?(?:not\s+true|untrue|false|baseless|unfounded|incorrect|inaccurate|groundless|(?:a\s+)?(?:lie|lies|provocation|fabrication|fiction|nonsense))\b/);

// Talk of what may be, or asked: "could have been stolen", "whether observers were let in".
const OPEN = /* @__PURE__ */ gated(/\b(?:if|whether|could|might|may|would|should|must|will|possibly|perhaps|unclear|not\s+(?:yet\s+)?(?:known|clear))\b/);
// The same for an intent, which is said with "will" and "would".
const OPEN_INTENT = /* @__PURE__ */ gated(/\b(?:if|whether|could|might|may|possibly|perhaps|unclear|not\s+(?:yet\s+)?(?:known|clear|decided))\b/);

/**
 * Whether a claim, a document or a recording is genuine: "its analysts established that the claim was
 * genuine", "insists the first message is the real one" against "a second message called the first one
 * a forgery", "the video was doctored". Not what nobody could yet confirm.
 */
function authenticity(thing: string, nouns: string): Fact {
  return {
    thing: `${thing} genuine`,
    about: new RegExp(`\\b(?:${nouns})\\b[^.;]{0,160}\\b(?:genuine|authentic|real\\s+one|forg|fake|hoax|fabricat|doctored)|\\b(?:genuine|authentic|forg|fake|hoax|fabricat|doctored)[^.;]{0,160}\\b(?:${nouns})\\b`),
    yes: [new RegExp(`\\b(?:${nouns})\\b[^.;]{0,80}?\\b(?:was|is|were|are)\\s+(?:\\w+\\s+)?(?:genuine|authentic)\\b`), /\b(?:is|was)\s+the\s+(?:real|genuine|authentic)\s+one\b/],
    no: [/\b(?:called|calls|call|branded|brands|dismissed|dismisses|denounced|denounces)\s+(?:[\w'’]+\s+){0,4}?(?:an?\s+)?(?:forgery|fake|hoax|fabrication)\b(?!\s+news)/,
      new RegExp(`\\b(?:${nouns})\\b[^.;]{0,60}?\\b(?:was|is|were|are)\\s+(?:a\\s+)?(?:fake|forged|forgery|hoax|fabricated|doctored|not\\s+genuine|not\\s+authentic)\\b(?!\\s+news)`),
      new RegExp(`\\b(?:denied|denies|rejected|disputed)\\s+that\\s+(?:the\\s+|its\\s+|this\\s+)?(?:\\w+\\s+)?(?:${nouns})\\b[^.;]{0,40}?\\b(?:was|is|were|are)\\s+(?:genuine|authentic)\\b`)],
    unless: /\b(?:not|unable\s+to|cannot|could\s+not|yet\s+to)\s+(?:[\w]+\s+){0,3}?(?:confirm|verify|establish|authenticate)\w*\b/,
    topic: `whether the ${thing} was genuine`, question: `Was the ${thing} genuine`, noLabel: 'a fake', keep: true,
  };
}

/**
 * Whether an exchange, an evacuation or a count was carried through or stopped half-way: "the
 * exchange was carried out in full", "the swap was completed" against "the exchange was halted after
 * the sixth group", "paused, not cancelled". One fact per kind of operation, so that an evacuation
 * completed is never set against an exchange halted.
 */
function carriedThrough(thing: string, nouns: string): Fact {
  const subject = `\\b(?:${nouns})\\b[^.;,]{0,40}?`;
  return {
    thing: `${thing} completed`,
    about: new RegExp(`\\b(?:${nouns})\\b`),
    yes: [new RegExp(`${subject}\\b(?:was|were|had\\s+been|has\\s+been|is|are)\\s+(?:\\w+\\s+)?(?:completed|finished|carried\\s+out\\s+in\\s+full|fully\\s+carried\\s+out)\\b`)],
    // Halted one day and completed on a later one is the story going on.
    once: true,
    no: [new RegExp(`${subject}\\b(?:was|were|had\\s+been|has\\s+been|is|are)\\s+(?:\\w+\\s+)?(?:halted|stopped|suspended|paused|interrupted|called\\s+off|broken\\s+off)\\b`),
      new RegExp(`\\b(?:halted|stopped|suspended|paused)\\s+(?:the\\s+)?(?:${nouns})\\b`), new RegExp(`${subject}\\bhalted\\s+(?:midway|half-?way)\\b`)],
    // Stopped and then taken up again is the story going on; what is only hoped for or feared says neither.
    unless: /\bresum\w*|\brestart\w*|\bovernight\b|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:completed|finished|halted|stopped|suspended)\b|\b(?:expected|due|scheduled|planned|hope[sd]?)\s+to\b/,
    topic: `whether the ${thing} was completed`, question: `Was the ${thing} completed`, noLabel: 'halted',
  };
}

// Another occasion than the story's: "last year", "a month earlier", "in 2019", "in December".
const OTHER_OCCASION = String.raw`\b(?:last\s+(?:year|month|week)|(?:a\s+)?(?:year|month|week)s?\s+(?:ago|earlier|before)|previous(?:ly)?|in\s+(?:19|20)\d\d|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d))\b`;

/** The first party or organisation a passage names: one party's walkout is not another's. */
function groupNamed(st: Statement): string | undefined {
  const m = st.mentions.find((x) => x.type === 'organization');
  return m ? m.actor ?? m.text.toLowerCase().replace(/^the\s+/, '') : undefined;
}
// One of a group: "among the athletes concerned", "one of the dead"; the group is the first capture.
const AMONG = /* @__PURE__ */ gated(/\b(?:among|one\s+of)\s+the\s+(?:\w+\s+)?(athletes|players|dead|victims|wounded|injured|hostages|passengers|missing|suspects|those|people|detainees|prisoners|crew)\b/);
const PLACE_ENTERED = /* @__PURE__ */ gated(/\b(chamber|building|campus|mosque|church|cathedral|parliament|premises|compound|university|hall|library|gates?)\b/);
// The body that met: a shareholders' meeting and a city council are two; a chamber and its parliament one.
const BODY = /* @__PURE__ */ gated(/\b(?:(parliament|chamber|house|assembly|senate|congress|legislature|deputies)|(council|councillors)|(board|shareholders|meeting)|(committee))\b/);
function bodyNamed(st: Statement): string | undefined {
  const m = BODY.exec(st.lower);
  return m ? String(m.slice(1).findIndex(Boolean)) : undefined;
}

const FACTS: Fact[] = [
  {
    thing: 'data taken',
    about: /\b(?:data|records|information|files)\b/,
    // "Patient data was copied and taken out of our systems", "confirmed that patient data was stolen".
    yes: [/\b(?:data|records|information|files)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}?(?:stolen|taken|copied|exfiltrated|leaked|downloaded)\b(?!\s+(?:offline|down|out\s+of\s+service))/],
    // "no patient data had been stolen", "no patient's data has left the trust".
    no: [/\bno\s+(?:[\w'’]+\s+){0,2}?(?:data|records|information|files)\s+(?:was|were|had\s+been|has\s+been|have\s+been|has|had)\s+(?:stolen|taken|copied|exfiltrated|leaked|accessed|compromised|left)\b/,
      /\b(?:data|records|information)\s+(?:was|were|had|has)\s+(?:not|never)\s+(?:been\s+)?(?:stolen|taken|copied|exfiltrated|leaked|accessed|compromised)\b/],
    topic: 'whether data was taken', question: 'Was data taken', noLabel: 'none',
  },
  {
    thing: 'ransom paid',
    about: /\bransom|\bpaid\b|\bsettled\b/,
    // "a ransom was paid", "paid the ransom", "The client has settled", "Somebody paid them".
    yes: [/\bransom\s+(?:was|had\s+been|has\s+been)\s+paid\b/, /\b(?<!not\s|never\s|n't\s)paid\s+(?:a|the)\s+ransom\b/, /\b(?:client|victim)\s+has\s+settled\b(?![^.;]{0,30}\b(?:lawsuit|claim|case|dispute)\b)/, /\b(?:somebody|someone)\s+paid\s+(?:them|the\s+gang|the\s+hackers)\b/],
    // "We have not paid a ransom", "No ransom has been paid", "not a single marren has been paid".
    no: [/\b(?:not|never)\s+(?:\w+\s+)?paid\s+(?:a|any|the)\s+ransom\b/, /\bno\s+ransom\s+(?:was|has\s+been|had\s+been|will\s+be)\s+paid\b/, /\bnot\s+(?:a\s+single|one)\s+\w+\s+(?:has|was|had)\s+been\s+paid\b/, /\b(?:refused|declined)\s+to\s+pay\b/],
    topic: 'whether a ransom was paid', question: 'Was a ransom paid', noLabel: 'no',
  },
  {
    thing: 'observers admitted',
    about: /\bobservers?\b|\bmonitors?\b/,
    // "Observers had full access to every counting room", "every observer … was let in".
    // Also monitors of a truce: "were given full access", "were escorted into Kafra", "visited Kafra … escorted".
    yes: [/\b(?:observers?|monitors?)\b[^.;]{0,40}?\b(?:had\s+(?:full\s+|free\s+|unrestricted\s+)?access|(?:was|were|had\s+been)\s+["“]?(?:given|granted)\s+(?:full\s+|free\s+|unrestricted\s+)?access|(?:was|were|had\s+been)\s+(?:let\s+in|admitted|allowed\s+(?:in|into|to\s+(?:watch|observe|enter))|escorted\s+(?:in|into))|(?:were|was)\s+present\s+in\s+(?:the\s+)?counting|visited\s+[^.;]{0,40}?\bescorted)\b/],
    // "were refused entry to counting rooms", "stood outside locked doors", "barred from the count", "were not allowed
    // into Kafra", "We were turned back at the army checkpoint".
    no: [/\b(?:refused|denied)\s+(?:entry|access|admission)\b/, /\b(?:barred|kept\s+out|shut\s+out|turned\s+away|locked\s+out)\s+(?:from|of)\b/, /\bstood\s+outside\s+(?:the\s+)?locked\s+doors?\b/,
      /\b(?:observers?|monitors?)\b[^.;]{0,60}?\b(?:(?:were|was)\s+not\s+(?:allowed|permitted|let)\s+(?:in|into|to\s+enter)|(?:were|was)\s+(?:stopped|turned\s+back)\s+at)\b/],
    // Not when others were kept out: "Journalists were refused entry to the counting rooms".
    unless: /\b(?:journalists?|reporters?|media|press|cameras?|camera\s+crews?|photographers?|voters?|candidates?)\b(?:(?!observers?|monitors?|teams?)[^.;]){0,30}?\b(?:refused|denied|barred|kept\s+out|shut\s+out|turned\s+away|locked\s+out)\b/,
    topic: 'whether observers were let in', question: 'Were observers let in', noLabel: 'kept out',
  },
  {
    // "Consular officials visited the crew on Friday" against "her consul had been turned away three
    // times", "says it is denied access to the crew". Asking for access and awaiting a reply is neither.
    thing: 'consular access',
    about: /\bconsul(?:s|ar)?\b|\bdiplomats?\b|\baccess\s+to\s+(?:the\s+)?(?:crew|detainees?|prisoners?|sailors|seafarers|hostages|captives)\b/,
    // Seen: the detainees are what was visited or met ("diplomats met the foreign minister to press for access" is no visit).
    yes: [/\b(?:consul(?:s|ar\s+(?:officials?|officers?|staff))?|diplomats?)\b[^.;]{0,40}?\b(?<!not\s|never\s|n't\s)(?:(?:visited|met|saw|(?:has|have|had)\s+(?:now\s+)?(?:seen|visited|met)|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:allowed|permitted|able)\s+to\s+(?:see|visit|meet))\s+(?:the\s+|all\s+|each\s+of\s+the\s+)?(?:[\w-]+\s+)?(?:crew|detainees?|prisoners?|sailors|seafarers|hostages|captives|men|women|him|her|them)|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:given|granted)\s+(?:full\s+)?access\s+to|(?:has|have|had)\s+had\s+(?:full\s+)?access\s+to)\b/],
    no: [/\b(?:denied|refused)\s+(?:consular\s+)?access\s+to\b/,
      /\b(?:consul(?:s|ar\s+(?:officials?|officers?|staff))?|diplomats?)\b[^.;]{0,120}?\b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:turned\s+away|refused\s+entry|denied\s+entry|kept\s+(?:away|out)|barred)|(?:not|never)\s+(?:been\s+)?(?:allowed|permitted|able)\s+to\s+(?:see|visit|meet)|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:seen|visited|met))\b/],
    // Others kept away: "journalists were refused access to the crew".
    unless: /\b(?:journalists?|reporters?|media|press|cameras?|lawyers?|relatives|families)\b[^.;]{0,30}?\b(?:refused|denied|turned\s+away|kept\s+(?:away|out)|barred)\b/,
    topic: 'whether consular officials saw the detainees', question: 'Have consular officials seen them', noLabel: 'kept away',
  },
  {
    // "This was a cyber-attack on our grid", "insists the network was hacked" against "There was no
    // cyber-attack", "found no evidence of a cyber-attack". "Not ruling out" one is neither.
    thing: 'cyber-attack',
    about: /\bcyber[\s-]?attacks?\b|\bhack(?:ed|ers?|ing)\b|\b(?:grid|network|systems?|servers?|computers?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:deliberately\s+)?(?:attacked|hacked|breached)\b/,
    yes: [/(?<!\bno\s|\bnot\s)\b(?:was|were|is)\s+(?:a\s+|an\s+)?(?:deliberate\s+|coordinated\s+|targeted\s+|state-backed\s+|foreign\s+)?cyber[\s-]?attack\b/,
      /\bcaused\s+by\s+(?:a\s+|an\s+)?(?:deliberate\s+|foreign\s+)?(?:cyber[\s-]?attack|hack)\b/,
      /\b(?:grid|network|systems?|servers?|computers?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:deliberately\s+)?(?:attacked|hacked|breached)\b/],
    no: [/\b(?:there\s+(?:was|is|has\s+been)\s+no|no\s+(?:sign|evidence|trace|indication)\s+of\s+(?:a\s+|an\s+|any\s+)?)\s*cyber[\s-]?attack\b/,
      /\b(?:was|were|is)\s+not\s+(?:a\s+|an\s+)?(?:cyber[\s-]?attack|hack)\b|\bnot\s+(?:caused\s+)?by\s+(?:a\s+|any\s+)?(?:cyber[\s-]?attack|hack(?:ers)?)\b/,
      /\bruled\s+out\s+(?:a\s+|any\s+)?cyber[\s-]?attack\b/],
    unless: /\bnot\s+ruling\s+(?:out|in)\b|\b(?:cannot|can't|could\s+not|would\s+not|wouldn't)\s+rule\s+out\b/,
    topic: 'whether it was a cyber-attack', question: 'Was it a cyber-attack', noLabel: 'no',
  },
  {
    // A person arrested against "was not arrested at any point", "never under arrest". Crowds arrested are counts.
    thing: 'arrested', ofPerson: true,
    about: /\barrest(?:ed)?\b/,
    yes: [/(?<!\bnot\s|\bnever\s|n't\s)\b(?:has\s+been|had\s+been|was)\s+(?:\w+\s+)?arrested\b/, /\bi\s+was\s+arrested\b/, /\barrested\s+(?:our|their|its|his|her)\s+(?:leader|general\s+secretary|chairman|chairwoman|president|head|chief|candidate)\b/],
    no: [/\b(?:was|were|has|had|is)\s+(?:not|never)\s+(?:been\s+)?(?:arrested|under\s+arrest|detained)\b/, /\bno\s+one\s+(?:has\s+|had\s+)?(?:come\s+to\s+)?arrest(?:ed)?\s+(?:him|her)\b|\bnobody\s+(?:has\s+|had\s+)?(?:come\s+to\s+)?arrest(?:ed)?\s+(?:him|her)\b/],
    // "38 people had been arrested", "dozens were arrested": a count, not one person.
    unless: /\b(?:\d[\d,]*|dozens|hundreds|scores|several|many|some)\s+(?:[\w-]+\s+){0,3}?(?:have\s+been|had\s+been|were|are)\s+(?:\w+\s+)?arrested\b|\bif\s+(?:he|she|i)\b/,
    topic: 'whether he or she was arrested', question: 'Arrested', noLabel: 'not arrested',
  },
  {
    // Talks held or not: "said he had met union leaders for three hours" against "There were no talks",
    // "Nobody from this government has sat down with us".
    thing: 'talks held',
    about: /\btalks\b|\bmeeting\b|\bmet\b|\bsat\s+down\b|\bnegotiat/,
    yes: [/(?<!\bnot\s|\bnever\s|n't\s)\b(?:met|held\s+talks\s+with|sat\s+down\s+with|spent\s+(?:\w+\s+){1,2}?with)\s+(?:the\s+)?(?:union|unions|union\s+leaders|strikers|protest\s+leaders|opposition\s+leaders|rebel\s+leaders|negotiators|organi[sz]ers)\b/],
    no: [/\bthere\s+(?:were|was|have\s+been|has\s+been)\s+no\s+(?:talks|meeting|negotiations)\b/, /\bno\s+(?:talks|meeting|negotiations)\s+(?:at\s+all|took\s+place|were\s+held|was\s+held|have\s+taken\s+place)\b/,
      /\b(?:nobody|no\s+one)\s+(?:from\s+(?:[\w'’-]+\s+){1,3})?(?:has|had|have)\s+(?:even\s+)?sat\s+down\s+with\s+us\b/],
    topic: 'whether talks were held', question: 'Talks held', noLabel: 'none',
  },
  {
    // Water cut or rationed: "taps had run dry every night", "night-time restrictions", "found taps dry" against
    // "supply had never been cut", "has not been cut at any time", "There has been no rationing".
    thing: 'water cut',
    about: /\btaps?\b|\bwater\b|\bration/,
    yes: [/\btaps?\b[^.;]{0,30}?\b(?:ran|run|running|went|had\s+run|have\s+run|were|was)\s+dry\b/, /\bfound\s+(?:the\s+)?taps\s+dry\b/, /(?<!\bno\s)\b(?:water\s+)?rationing\s+(?:began|started|was\s+introduced|is\s+in\s+force)\b/, /\bwater\s+(?:was|were|has\s+been|had\s+been)\s+(?:cut|cut\s+off|shut\s+off|rationed)\b/, /\bthere\s+was\s+no\s+flow\b/],
    no: [/\bsupply\b[^.;]{0,40}?\b(?:never|not)\s+(?:\w+\s+)?(?:been\s+)?(?:cut|interrupted|rationed|shut\s+off)\b/, /\b(?:never|not)\s+(?:been\s+)?(?:cut|interrupted)\s+(?:at\s+any\s+time|once)\b/, /\bno\s+(?:water\s+)?rationing\b/, /\bnot\s+cutting\s+(?:anyone|anybody)\s+off\b/],
    unless: /\b(?:power|electricity|gas)\s+(?:supply|was|had|has)\b/,
    topic: 'whether water was cut off', question: 'Water cut', noLabel: 'never cut',
  },
  {
    // Captives rescued by force or let go: "troops rescued the students after a fierce exchange of fire",
    // "a textbook rescue" against "They were released", "released by their captors", "Nobody fired a gun".
    thing: 'rescued',
    about: /\brescue[ds]?\b|\breleased\b|\bfreed\b|\bstormed\b|\bcaptors\b|\bkidnappers\b/,
    yes: [/\b(?:troops|soldiers|forces|police|army|commandos|special\s+forces)\b[^.;]{0,60}?\b(?<!not\s|never\s)(?:rescued|freed|stormed)\b/, /\b(?:textbook|daring|successful|military)\s+(?:rescue|operation)\b/, /\brescued\b[^.;]{0,60}?\bafter\s+(?:a|an)\s+(?:\w+\s+)?(?:exchange\s+of\s+fire|gunfight|firefight|battle|shoot-?out)\b/],
    no: [/\b(?:were|was|had\s+been|have\s+been)\s+released\b(?![^.;]{0,30}\b(?:from\s+(?:hospital|custody|prison|jail|detention)|on\s+bail|without\s+charge)\b)/, /\breleased\s+by\s+(?:their|the|his|her)\s+(?:captors|kidnappers|abductors)\b/, /\b(?:nobody|no\s+one)\s+fired\s+a\s+(?:gun|shot)\b/, /\bno\s+soldiers?\s+(?:was|were)\s+there\b|\bthere\s+was\s+no\s+soldier\s+there\b/],
    // Suspects and patients are released too; only captives are rescued.
    unless: /\b(?:suspects?|detainees?|prisoners?|patients?|the\s+man|bail|charges?|statement|report|figures|data|video|film|album|results)\b[^.;]{0,30}?\breleased\b|\breleased\s+(?:a|an|its|the)\s+(?:statement|report|figures|video|list)\b|\breleased\s+(?:to|into)\s+(?:their|the|his|her)\s+(?:families|parents|relatives|care)\b|\breleased\s+(?:from|after)\s+(?:hospital|medical|treatment|checks)\b/,
    topic: 'whether the captives were rescued or released', question: 'Rescued by force', noLabel: 'released',
  },
  {
    thing: 'ballots stuffed',
    about: /\bstuff/,
    yes: [/\b(?:box(?:es)?|ballots?)\b[^.;]{0,40}?\b(?:was|were|being|had\s+been)\s+stuffed\b/, /\bballot[-\s]stuffing\b(?![^.;]{0,20}\b(?:claims?|allegations?)\b[^.;]{0,20}\b(?:false|untrue|baseless)\b)/],
    no: [/\b(?:no|not)\s+(?:\w+\s+){0,2}?(?:ballots?|box(?:es)?)\s+(?:was|were)\s+stuffed\b|\b(?:was|were)\s+not\s+stuffed\b/,
      /\bno\s+(?:reports?\s+of\s+|evidence\s+of\s+|signs?\s+of\s+|cases?\s+of\s+)?ballot[-\s]stuffing\b/],
    topic: 'whether ballots were stuffed', question: 'Were ballots stuffed', noLabel: 'no',
  },
  {
    thing: 'aid requested',
    about: /\b(?:international|foreign|outside)\s+(?:aid|assistance|help)\b/,
    // "the government had formally asked for international assistance".
    yes: [/\b(?<!not\s|never\s|n't\s)(?:asked|appealed|requested|called)\s+(?:formally\s+|officially\s+)?(?:for\s+)?(?:international|foreign|outside)\s+(?:aid|assistance|help)\b/],
    // "has not requested international aid", "no request for international aid had been made".
    no: [/\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:asked|appealed|requested|sought|called)\s+(?:for\s+)?(?:international|foreign|outside)\s+(?:aid|assistance|help)\b/,
      /\bno\s+(?:formal\s+)?(?:request|appeal)\s+for\s+(?:international|foreign|outside)\s+(?:aid|assistance|help)\b/],
    topic: 'whether outside aid was requested', question: 'Was outside aid requested', noLabel: 'no',
  },
  {
    thing: 'suicide bomber',
    about: /\bbomber\b|\bsuicide\b/,
    // "the attacker was a suicide bomber", "a suicide bomber wearing an explosives belt walked into the hall".
    yes: [/\b(?:was|were)\s+(?:a\s+)?suicide\s+(?:bomber|bombing|attack)s?\b/, /\ba\s+suicide\s+bomber\b[^.;]{0,60}?\b(?:walked|blew|detonated|entered|set\s+off|drove)\b/],
    // "There was no suicide bomber", "there was no bomber", "not a suicide attack".
    no: [/\bthere\s+(?:was|were)\s+no\s+(?:suicide\s+)?bombers?\b|\bno\s+suicide\s+bomber\b/, /\bnot\s+(?:a\s+)?suicide\s+(?:bomber|bombing|attack)\b/],
    topic: 'whether it was a suicide bombing', question: 'Was it a suicide bomber', noLabel: 'no bomber',
  },
  {
    // "Superintendent Raul Venko had been suspended from duty" against "had not been suspended and remained at his post".
    thing: 'suspended', ofPerson: true,
    about: /\bsuspended\b|\bsuspension\b|\b(?:at|in)\s+(?:his|her)\s+post\b|\bremains?\s+in\s+post\b|\b(?:remains?|remained|stays?\s+on|stayed\s+on)\s+as\s+(?:the\s+)?(?:head\s+)?(?:coach|director|manager|chief)\b|\b(?:remains?|remained|is\s+still)\s+(?:the\s+)?(?:director|head|chief)\s+of\b|\bstill\s+in\s+post\b/,
    // Also "she had suspended Vuletic pending an inquiry" against "remains the director", "is still in post".
    yes: [/\b(?:has|had|have)\s+(?:now\s+)?been\s+suspended\b/, /\b(?:was|were|is)\s+suspended\s+(?:from|pending|on\s+full|with|while|until)\b/, /\b(?:has|had|have)\s+suspended\s+(?:him|her|the\s+(?:hospital['’]s\s+|company['’]s\s+)?(?:director|head|chief|commander|officer)|(?:[a-z'’.-]+\s+){1,4}(?:pending|from|for))\b/],
    no: [/\b(?:has|had|have)\s+not\s+been\s+suspended\b|\b(?:was|were|is)\s+not\s+suspended\b/, /\b(?:remains?|remained|stays?|stayed)\s+(?:at|in)\s+(?:(?:his|her)\s+)?post\b/,
      // "no suspension had been served on him", "had received no written notice of any suspension", "stays on as head coach".
      /\bno\s+suspension\s+(?:had\s+|has\s+|was\s+)?(?:ever\s+)?(?:been\s+)?served\b|\b(?:received|got|been\s+given)\s+no\s+(?:written\s+|formal\s+)?notice\s+of\s+(?:any\s+|a\s+)?suspension\b/,
      /\b(?:remains?|remained|stays?\s+on|stayed\s+on)\s+as\s+(?:the\s+)?(?:head\s+)?(?:coach|director|manager|chief)\b/, /\b(?:remains?|remained|is\s+still)\s+(?:the\s+)?(?:director|head|chief)\s+of\b|\b(?:is\s+)?still\s+in\s+post\b/],
    // Matches, flights, services, licences and talks are suspended too.
    unless: /\b(?:match(?:es)?|game|play|flights?|services?|operations?|production|trading|talks|search|work|classes|licen[cs]es?|permits?|certificates?|accounts?|membership|sentence|league|season|shares|traffic|trains?|rail|aid|voting|vote|construction|payments?|deliveries|exports?|imports?|sales|broadcasts?|campaign|rescue|mining|drilling)\b[^.;]{0,30}?\b(?:been\s+|was\s+|were\s+|is\s+)?suspended\b|\bin\s+(?:19|20)\d\d\b|\b(?:reinstated|was\s+cleared|suspension\s+was\s+lifted|lifted\s+(?:the|his|her)\s+suspension)\b/,
    topic: 'whether an official was suspended', question: 'Suspended', noLabel: 'not suspended',
  },
  {
    // A leader's offer to go: "Kelmeris offered to resign hours before the vote" against "had not offered
    // to resign", "made no such offer", "I have not offered my resignation to anyone".
    thing: 'offered to resign', ofPerson: true,
    about: /\boffer(?:ed|s)?\s+(?:to\s+(?:resign|quit|step\s+down)|(?:his|her|my)\s+resignation)\b|\bno\s+such\s+offer\b|\bno\s+offer\s+to\s+(?:resign|quit|step\s+down)\b/,
    yes: [/\b(?<!not\s|never\s|n['’]t\s)offered\s+(?:at\s+[^.;,]{3,40}?\s+)?(?:to\s+(?:resign|quit|step\s+down)|(?:his|her)\s+resignation)\b/],
    no: [/\b(?:not|never|n['’]t)\s+offered\s+(?:to\s+(?:resign|quit|step\s+down)|(?:his|her|my)\s+resignation)\b/, /\b(?:made|making)\s+no\s+(?:such\s+)?offer\b|\bno\s+offer\s+to\s+(?:resign|quit|step\s+down)\b/,
      /\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:he|she|they|it)\s+(?:had\s+|has\s+)?(?:ever\s+)?offered\b/],
    unless: new RegExp(OTHER_OCCASION),
    topic: 'whether the leader offered to resign', question: 'Offered to resign', noLabel: 'no offer',
  },
  {
    // "Opposition deputies walked out before the vote" against "walked out after the result was read",
    // "Nobody left that chamber before the vote".
    thing: 'walked out before the vote',
    about: /\b(?:walked\s+out|walk-?out|left)\b[^.;]{0,60}?\b(?:before|after|until)\s+the\s+(?:vote|result|ballot|count)\b/,
    yes: [/\b(?<!not\s|never\s|n['’]t\s)(?:walked\s+out|staged\s+a\s+walk-?out)\b[^.;]{0,40}?\bbefore\s+the\s+vote\b/],
    no: [/\b(?:walked\s+out|left)\b[^.;]{0,40}?\b(?:only\s+)?after\s+the\s+(?:result|vote|count)\b/, /\b(?:nobody|no\s+one|no-one|not\s+one\s+(?:deputy|member|mp))\s+left\b[^.;]{0,40}?\bbefore\s+the\s+vote\b/],
    mixed: true, sameDay: true, occasion: groupNamed,
    unless: new RegExp(OTHER_OCCASION),
    topic: 'whether they walked out before the vote', question: 'Walked out before the vote', noLabel: 'after the result',
  },
  {
    // Police in a parliament, a campus or a place of worship: "uniformed police had also entered the
    // chamber" against "Not one police officer set foot in the chamber", "police remained outside".
    thing: 'police entered',
    about: /\bpolice(?:\s+officers?)?\s+(?:[^.;]{0,30}?\s)?(?:entered|set\s+foot|came\s+in|stormed|burst\s+into|remained\s+outside|stayed\s+outside)\b/,
    // Not "Police Commissioner Anna Lind entered the hall": a police chief is one person, not the police.
    yes: [/\b(?<!\bno\s|\bnot\s)police(?!\s+(?:commissioner|chief|spokes\w*|minister))(?:\s+officers?)?\b[^.;]{0,30}?\b(?:had\s+|have\s+)?(?:also\s+)?(?:entered|came\s+(?:in(?:to)?|through)|stormed|burst\s+into)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:chamber|building|campus|mosque|church|cathedral|parliament|premises|compound|university|hall)\b/],
    no: [/\b(?:no|not\s+(?:one|a\s+single))\s+police(?:\s+officers?)?\s+(?:had\s+|has\s+|ever\s+)?(?:entered|set\s+foot\s+in|came\s+into)\b/, /\bpolice\s+(?:had\s+)?(?:remained|stayed)\s+outside\b/],
    // The place entered: a chamber and the building around it are two places, but police who stayed
    // outside the building were in neither.
    occasion: (st) => (/\b(?:remained|stayed)\s+outside\b/.test(st.lower) ? undefined : PLACE_ENTERED.exec(st.lower)?.[1]),
    mixed: true, sameDay: true,
    unless: new RegExp(String.raw`\b(?:hours|days|minutes)\s+after\b|\bafter\s+the\s+(?:fire|rally|protest|vote|sit-in|occupation)\s+(?:was|had)\b|${OTHER_OCCASION}`),
    topic: 'whether police entered', question: 'Police entered', noLabel: 'no police inside',
  },
  {
    // A quorum at a vote: "97 deputies were registered as present, well above the quorum of 71" against
    // "There was no quorum", "well below the quorum".
    thing: 'quorum', sameDay: true, occasion: bodyNamed,
    about: /\bquorum\b/,
    unless: new RegExp(String.raw`\b(?:hoped|wanted|tried|sought|threatened|planned)\s+to\b|${OTHER_OCCASION}`),
    yes: [/\b(?:above|over|exceeded|exceeding|met|meeting|reached)\s+(?:the\s+)?quorum\b|\bquorum\s+(?:was|had\s+been)\s+(?:present|met|reached)\b/],
    no: [/\bno\s+quorum\b|\b(?:below|short\s+of|under)\s+(?:the\s+)?quorum\b|\bwithout\s+(?:a\s+)?quorum\b|\bquorum\s+(?:was\s+|had\s+been\s+)?(?:not|never)\s+(?:present|met|reached)\b|\black(?:ed|ing)\s+(?:a\s+)?quorum\b/],
    mixed: true,
    topic: 'whether there was a quorum', question: 'Quorum present', noLabel: 'no quorum',
  },
  {
    // "investigators say it started beneath a Rendora Power line" against "Our line did not start this fire",
    // "dismissed claims that a power line had caused the blaze" (a denied report turns the reading).
    thing: 'power line cause',
    // Not a gas, rail, phone or front line.
    about: /\b(?:power\s+|electricity\s+|transmission\s+)?(?<!\b(?:gas|fuel|water|rail|railway|phone|telephone|fishing|front|supply|bus|tram|party|picket|hot|help|finish|start)\s)lines?\b[^.;]{0,80}\b(?:fire|blaze|wildfire)\b|\b(?:fire|blaze|wildfire)\b[^.;]{0,80}\b(?:(?<!\b(?:gas|fuel|water|rail|railway|phone|telephone|fishing|front|supply|bus|tram|party|picket|hot|help|finish|start)\s)lines?|pylons?|conductors?)\b/,
    yes: [/\b(?:fire|blaze|it)\s+(?:had\s+)?(?:began|begun|started|broke\s+out)\s+(?:at\s+the\s+foot\s+of\s+(?:a\s+|the\s+)?pylon|beneath|under(?:neath)?|below)\b[^.;]{0,60}?\b(?:(?<!\b(?:gas|fuel|water|rail|railway|phone|telephone|fishing|supply)\s)lines?|pylons?)\b/,
      /\btraces?\s+the\s+(?:fire|blaze)\s+to\b[^.;]{0,60}?\b(?:lines?|pylons?)\b/,
      /\b(?:fire|blaze)\s+was\s+(?:started|caused|sparked|ignited)\s+by\s+(?:a|the|its)\s+(?:\w+\s+){0,2}?(?:power\s+)?line\b/,
      /\b(?:power\s+|electricity\s+)?lines?\s+(?:had\s+|has\s+)?(?:caused|started|sparked|ignited)\s+(?:the|this)\s+(?:fire|blaze|wildfire)\b/],
    no: [/\b(?:lines?)\s+(?:did\s+not|didn't|was\s+not|wasn't|were\s+not)\s+(?:start|cause|spark|ignite|responsible)\b/,
      /\bden(?:y|ies|ied|ying)\s+that\s+(?:its|a|the|any)\s+(?:power\s+)?lines?\b[^.;]{0,20}?\b(?:caused|started|sparked|ignited)\b/],
    topic: 'whether a power line started the fire', question: 'Did a power line start the fire', noLabel: 'no',
  },
  {
    // "four of the inmates had wounds caused by live ammunition" against "Not a single live round was fired".
    thing: 'live ammunition',
    about: /\blive\s+(?:ammunition|rounds?|fire|bullets?)\b/,
    yes: [/\blive\s+(?:ammunition|rounds?|fire|bullets?)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:\w+\s+)?(?:used|fired)\b/,
      /\b(?:wounds?|injuries|injured|hit|killed|shot|wounded)\s+(?:\w+\s+){0,4}?(?:by|with|from)\s+live\s+(?:ammunition|rounds?|fire|bullets?)\b/,
      /\b(?:used|fired|opened\s+fire\s+with)\s+live\s+(?:ammunition|rounds?|bullets?)\b/],
    no: [/\b(?:no|not\s+(?:a\s+)?(?:single|one))\s+live\s+(?:round|rounds|ammunition|bullets?|fire)\b/,
      // "no guard had fired a live round at any person".
      /\bno\s+(?:[\w-]+\s+){1,2}?(?:had\s+|has\s+)?(?:fired|used)\s+(?:a\s+|any\s+)?live\s+(?:round|rounds|ammunition|bullets?)\b/,
      /\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:use|used|fire|fired)\s+(?:any\s+)?live\s+(?:ammunition|rounds?|bullets?|fire)\b/,
      /\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:used|fired|using|firing)\s+live\b/],
    topic: 'whether live ammunition was used', question: 'Was live ammunition used', noLabel: 'none',
  },
  {
    // A prison riot as "a planned mass escape" against "a protest against conditions, not an escape".
    thing: 'escape attempt',
    about: /\b(?:escape|breakout|break-out|jailbreak)\b/,
    yes: [/\b(?:planned|attempted|organi[sz]ed|prepared|mass|coordinated)\s+(?:\w+\s+)?(?:escape|breakout|break-out|jailbreak)\b/],
    no: [/\bnot\s+(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?(?:escape|breakout|break-out|jailbreak)\b/, /\bnot\s+(?:trying|attempting|planning)\s+to\s+(?:escape|break\s+out)\b/,
      /\bno\s+(?:escape|breakout)\s+(?:attempt|plan|plot)\b/],
    topic: 'whether it was an escape attempt', question: 'Was it an escape attempt', noLabel: 'no',
  },
  {
    // "he had a criminal record, including a conviction for car theft" against "had no criminal record".
    thing: 'criminal record',
    about: /\b(?:criminal\s+record|convict(?:ed|ion|ions)|record\s+of\s+offen[cs]es|known\s+to\s+(?:the\s+)?police)\b/,
    yes: [/\bhad\s+(?:a|an)\s+(?:long\s+|lengthy\s+|previous\s+|prior\s+|extensive\s+)?(?:criminal\s+record|conviction\s+for|record\s+of)\b/,
      /\b(?:had\s+been|was)\s+(?:previously\s+|already\s+)?convicted\s+of\b/, /\bwas\s+known\s+to\s+(?:the\s+)?police\b/, /\bhad\s+(?:a\s+)?(?:previous|prior)\s+convictions?\b/],
    no: [/\bno\s+(?:criminal\s+record|(?:previous|prior)\s+convictions?|record\s+of\s+(?:any\s+)?offen[cs]es)\b/, /\bnever\s+(?:been\s+)?convicted\b/, /\bnot\s+known\s+to\s+(?:the\s+)?police\b/, /\bclean\s+(?:criminal\s+)?record\b/],
    topic: 'whether he had a criminal record', question: 'A criminal record', noLabel: 'none',
  },
  {
    // A driver shot by police: "the car had been driven at the officer" against "the car was pulling away".
    thing: 'car driven at officer',
    about: /\b(?:car|vehicle|driver|drove|driving|driven)\b/,
    yes: [/\b(?:driven|drove|drive|driving|came|accelerated|swerved|lunged|ploughed|plowed)\s+(?:the\s+(?:car|vehicle)\s+)?(?:straight\s+)?(?:at|towards|toward|into)\s+(?:him|her|them|the\s+officers?|one\s+of\s+(?:the\s+)?(?:officers|police)|an?\s+officer|police(?:\s+officers)?)\b/],
    no: [/\b(?:pulling|driving|moving|edging|speeding|drove|driven|pulled)\s+(?:off|away)\b|\bmoving\s+off\b/, /\b(?:not|n['’]t|never)\s+(?:driving|driven|drive|coming)\s+(?:at|towards|toward)\b/, /\bwas\s+leaving\b/],
    topic: 'whether the car was driven at the officer', question: 'Driven at the officer', noLabel: 'driving away',
  },
  {
    // "both officers' body cameras were recording" against "his camera was never switched on".
    thing: 'body camera on',
    about: /\b(?:body[\s-]?cam(?:era)?s?|cameras?\s+(?:worn|on\s+(?:his|her|their)\s+(?:chest|uniform)))\b|\bcameras?\b[^.;]{0,40}\b(?:recording|switched|turned)\b/,
    yes: [/\bcameras?\b[^.;]{0,60}?\b(?:were|was|had\s+been)\s+(?:both\s+)?(?:recording|switched\s+on|turned\s+on|running)\b(?![^.;]{0,20}\boff\b)/],
    no: [/\bcameras?\b[^.;]{0,60}?\b(?:was|were|had|had\s+been|has)\s+(?:not|never)\s+(?:been\s+)?(?:switched|turned)\s+on\b/, /\bcameras?\b[^.;]{0,60}?\b(?:was|were|had\s+been)\s+(?:switched|turned)\s+off\b/, /\bcameras?\b[^.;]{0,40}?\bnot\s+recording\b/],
    topic: 'whether the body camera was on', question: 'Body camera on', noLabel: 'off',
  },
  {
    // A boat at sea: "a patrol vessel tied a rope to the bow and tried to tow it" against "no tow was attempted".
    thing: 'tow attempted',
    about: /\b(?:tow(?:ed|ing)?|rope|line|pull(?:ed)?)\b[^.;]{0,80}\b(?:boat|vessel|trawler|ship|bow|dinghy)\b|\b(?:boat|vessel|trawler|ship|bow|dinghy|crew|coast\s*guard)\b[^.;]{0,80}\b(?:tow(?:ed|ing)?|rope|line)\b/,
    yes: [/\b(?:tied|attached|threw|fixed|secured)\s+(?:a\s+|the\s+)?(?:rope|line|cable|tow\s*line|tow\s*rope)\s+(?:to|on|onto)\b/, /\b(?:tried|attempted)\s+to\s+(?:tow|pull)\b/, /\bpulled\s+us\b/],
    no: [/\bno\s+(?:tow|towing)\s+(?:was\s+)?(?:attempted|tried)\b/, /\bden(?:y|ies|ied|ying)\s+that\s+(?:any\s+)?(?:tow|towing)\b/, /\b(?:did\s+not|didn['’]t|never)\s+(?:tow|try\s+to\s+tow|attempt\s+to\s+tow)\b/,
      /\bat\s+no\s+point\s+did\s+(?:[\w'’]+\s+){1,3}?(?:attach|tie|throw)\s+a\s+(?:line|rope)\b/],
    topic: 'whether anyone tried to tow the boat', question: 'A tow attempted', noLabel: 'no tow',
  },
  {
    // "the boat was intercepted by a navy vessel and escorted out of its waters" against "no contact at all with the boat".
    thing: 'boat turned back',
    about: /\b(?:boat|vessel|trawler|dinghy|ship)\b/,
    yes: [/\b(?:stopped|intercepted|escorted|turned\s+back|pushed\s+back|ordered)\s+(?:their|the|our|that)\s+(?:boat|vessel|trawler|dinghy)\b/, /\b(?:boat|vessel|trawler|dinghy)\s+(?:was|had\s+been)\s+(?:intercepted|stopped|turned\s+back|pushed\s+back|escorted\s+out)\b/],
    no: [/\bno\s+(?:\w+\s+){0,3}?contact\b[^.;]{0,40}?\bwith\s+(?:the|that|their)\s+(?:boat|vessel|trawler|dinghy)\b/, /\bden(?:y|ies|ied|ying)\s+that\s+(?:[\w'’]+\s+){0,4}?had\s+any\s+contact\b/],
    topic: 'whether the boat was turned back', question: 'Turned back at sea', noLabel: 'no contact',
  },
  {
    // "the charity's ship was refused permission to go to the trawler" against "was never refused permission".
    thing: 'permission refused',
    about: /\bpermission\b|\bkeep\s+clear\b|\bturned\s+away\b|\brequest\s+to\s+assist\b/,
    yes: [/\b(?:was|were|had\s+been|been)\s+refused\s+permission\b/, /\bpermission\s+was\s+(?:refused|denied)\b/, /\btold\s+(?:by\s+the\s+[\w\s]{1,20}?)?to\s+keep\s+clear\b/],
    no: [/\b(?:never|not)\s+(?:been\s+)?(?:refused|denied)\s+permission\b/, /\bno\s+request\s+(?:to\s+assist\s+|for\s+permission\s+)?(?:was|had\s+been)\s+(?:ever\s+)?received\b/, /\b(?:never|not)\s+turned\s+away\b/],
    topic: 'whether permission to help was refused', question: 'Refused permission', noLabel: 'never refused',
  },
  {
    // A leader in a crisis: "was flown out of the air base to Corissa" against "remained inside the palace throughout the night".
    thing: 'left the country',
    about: /\b(?:flown|fled|escaped|left|remained|stayed)\b/,
    // Flown out of the country, or a leader who fled or left it; not residents who "fled to the hills".
    yes: [/\b(?:had\s+been\s+|was\s+|been\s+)?flown\s+(?:out\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}?|from\s+(?:[\w'’-]+\s+){0,4}?)?(?:to|abroad|into\s+exile)\b/,
      /\b(?:presiden|leader|head\s+of\s+state|prime\s+minister|king\b|emir\b|premier\b)[^.;]{0,80}?\b(?:fled|escaped|left\s+the\s+country)\b/],
    no: [/\b(?:remained|stayed|was)\s+(?:inside\s+|in\s+|at\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:palace|capital|residence|office|country)\b[^.;]{0,40}?\b(?:throughout|all\s+night|the\s+whole\s+night)\b/, /\bnever\s+left\s+(?:the\s+)?(?:palace|capital|country|residence)\b/,
      /\b(?:remained|stayed)\s+(?:inside\s+|in\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:palace|residence)\s+throughout\b/],
    topic: 'whether the leader left the country', question: 'Left the country', noLabel: 'stayed',
  },
  {
    // Fighters in a civilian building: "the battalion had used the upper floors as a headquarters"
    // against "There were no military positions in the hospital".
    thing: 'military use',
    about: /\b(?:headquarters|barracks|base|command\s+post|positions?|soldiers?|fighters|troops|military|weapons|ammunition)\b/,
    yes: [/\b(?:used|turned|converted)\s+(?:[\w'’-]+\s+){1,8}?(?:as|into)\s+(?:a\s+|an\s+)?(?:headquarters|base|barracks|command\s+post|firing\s+position|ammunition\s+depot|military\s+(?:base|position))\b/,
      /\b(?:set\s+up|had|established)\s+(?:its|their)\s+headquarters\s+(?:on|in|at|inside)\b/],
    no: [/\bno\s+(?:military\s+(?:positions?|presence|use|targets?|equipment)|soldiers?|fighters|troops|weapons)\s+(?:in|at|inside|near|on)\b/, /\bnever\s+been\s+(?:a|any)\s+(?:soldier|fighter)s?\b/, /\bno\s+(?:trace|sign|evidence)\s+of\s+(?:any\s+)?military\b/],
    topic: 'whether fighters were based in the building', question: 'Fighters based there', noLabel: 'none',
  },
  {
    // Whom a strike killed: "killed a group of militants", "the dead were fighters" against "Not one of them was a
    // fighter", "all the dead were civilians". Not fighters killed in another place or at another time.
    thing: 'dead were fighters',
    about: /\b(?:fighters?|militants?|terrorists?|insurgents?|combatants?|gunmen|civilians?|guests|villagers|farmers)\b/,
    // Not "killed no fighters", "were not fighters", "fighters' relatives".
    yes: [/\b(?:killed|eliminated|neutrali[sz]ed|wiped\s+out)\s+(?!no\b|not\b|any\b)(?:a\s+(?:group|unit|cell|number)\s+of\s+|several\s+|dozens\s+of\s+|\d+\s+)?(?:(?!no\b|not\b|any\b)[\w'’-]+\s+){0,3}?(?:militants|fighters|terrorists|insurgents|combatants)\b(?!['’])/,
      /\b(?:dead|killed|victims)\s+(?:were|included|was)\s+(?:all\s+|mostly\s+)?(?:(?!not\b|no\b|never\b)\w+\s+)?(?:militants|fighters|terrorists|insurgents|combatants)\b(?!['’])/,
      // "No civilians were killed", "no civilian casualties", "not one civilian": those killed were fighters.
      /\bno\s+civilians?\s+(?:were|was|had\s+been|have\s+been)\s+(?:killed|hurt|harmed)\b/, /\bno\s+civilian\s+(?:casualties|deaths)\b/, /\bnot\s+(?:one|a\s+single)\s+civilian\b(?=\s*(?:["'”’.,;]|$|(?:was|were|has\s+been|had\s+been)\s+(?:killed|hurt|harmed|among)))/],
    no: [/\bnot\s+(?:one|a\s+single\s+one)\s+of\s+them\s+was\s+a\s+(?:fighter|militant|terrorist|combatant)\b/, /\bno\s+(?:fighters|militants|terrorists|combatants)\s+(?:here|there|among)\b/,
      /\b(?:all|every\s+one)\s+(?:of\s+)?(?:the\s+)?(?:dead|victims|those\s+killed|of\s+them)\s+(?:were|was)\s+(?:\w+\s+)?civilians?\b/, /\b(?:dead|victims|those\s+killed)\s+were\s+all\s+civilians\b/,
      /\b(?:everyone|everybody|all\s+those)\s+(?:killed|who\s+died)\s+(?:was|were)\s+(?:a\s+)?civilians?\b/,
      // "the dead were wedding guests", "the people killed were farmers and their children".
      /\b(?:dead|victims|people\s+killed|those\s+killed)\s+were\s+["'“‘]?(?:all\s+)?(?:\w+\s+)?(?:civilians|guests|villagers|farmers|children|women|patients|worshippers|shoppers|students)\b(?!['’])/],
    unless: /\bsince\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d)|\blast\s+(?:year|month|week)\b|\bin\s+(?:19|20)\d\d\b|\b(?:separate|another|rival|earlier)\s+(?:\w+\s+)?(?:operation|attack|strike|raid|clash|faction|incident)\b/,
    topic: 'whether the dead were fighters', question: 'Fighters among the dead', noLabel: 'all civilians',
  },
  {
    // A hospital struck: "was fully operating on the night of the strike" against "had not received civilian patients since February".
    thing: 'still operating',
    about: /\b(?:hospital|clinic|building|school|wards?|patients)\b/,
    // "Two nurses and the doctor kept the clinic open."
    yes: [/\b(?:was|were|had\s+been|remained|stayed)\s+(?:fully\s+|still\s+)?(?:operating|operational|open|working|functioning)\b/, /\boperating\s+normally\b/,
      /\bkept\s+(?:the\s+(?:clinic|hospital|school|ward|wards|centre|center|building)|it)\s+(?:open|running|working|going)\b/],
    // Not "closed": a closure and a reopening are a sequence, which the closure detector times.
    // "had not been used as a clinic since the summer".
    no: [/\bhad\s+not\s+(?:received|admitted|treated|taken)\s+(?:any\s+)?(?:civilian\s+)?patients\b/, /\b(?:was|had\s+been)\s+(?:abandoned|out\s+of\s+use|disused|no\s+longer\s+(?:in\s+use|operating|functioning))\b/,
      /\b(?:had|has)\s+not\s+been\s+used\s+as\s+a\s+(?:hospital|clinic|school)\b|\bno\s+longer\s+used\s+as\s+a\s+(?:hospital|clinic|school)\b/],
    topic: 'whether it was still operating', question: 'Still operating', noLabel: 'out of use',
  },
  {
    // An air raid: "patients had been moved down to the shelter" against "No one went down to the shelter".
    thing: 'moved to shelter',
    about: /\b(?:shelter|basement|bunker)\b|\bcarry\s+anyone\s+down\b|\bin\s+their\s+beds\b/,
    yes: [/\b(?:moved|taken|carried|brought|sent)\s+(?:[\w'’-]+\s+){0,3}?(?:down\s+)?to\s+the\s+(?:shelter|basement|bunker)\b/],
    no: [/\b(?:no\s+one|nobody)\s+(?:went|was\s+taken|was\s+moved)\s+(?:down\s+)?to\s+the\s+(?:shelter|basement|bunker)\b/, /\bnobody\s+had\s+time\s+to\s+(?:carry|move|take)\b/, /\b(?:were|was)\s+(?:still\s+)?in\s+their\s+beds\b/],
    topic: 'whether people were moved to the shelter', question: 'Moved to the shelter', noLabel: 'not moved',
  },
  {
    // A structure's inspection: "recorded cracks in the third pier" against "found no cracks in any pier".
    thing: 'cracks found',
    about: /\bcrack(?:s|ed|ing)?\b/,
    // Also cracks that "appeared in the pillars" the day before.
    yes: [/\b(?:found|recorded|detected|identified|showed|noted|reported|describes?|described)\s+(?:[\w'’“"-]+\s+){0,2}?["“]?(?:cracks|cracking|a\s+crack)\b/,
      /(?<!\bno\s+(?:new\s+|further\s+|visible\s+|fresh\s+|more\s+)?)\bcracks\s+(?:had\s+)?(?:appeared|opened|formed|spread|were\s+(?:seen|visible|spotted))\s+(?:\w+\s+){0,3}?(?:in|on|across|along)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:pillars?|walls?|columns?|beams?|floors?|ceilings?|concrete|structure|building|bridge|dam|road|tunnel|foundations?|slabs?)\b/],
    no: [/\b(?:found|recorded|detected|showed)\s+no\s+(?:\w+\s+)?(?:cracks?|cracking)\b/, /\bfree\s+of\s+cracks\b/, /\bno\s+cracks?\s+(?:were|was|had\s+been)\s+(?:found|recorded|detected|reported|seen)\b/,
      // "There were no cracks", "no crack was ever reported", "no crack of any kind had been reported".
      /\bthere\s+(?:were|was)\s+no\s+cracks?\b/, /\bno\s+crack\s+(?:of\s+any\s+kind\s+)?(?:was|had\s+been|has\s+been)\s+(?:ever\s+)?(?:reported|found|seen)\b/, /\b(?:did\s+not|didn't|never)\s+report\s+(?:any|a)\s+crack/],
    topic: 'whether cracks were found', question: 'Cracks found', noLabel: 'none',
  },
  {
    // A hospital's stock: "had run out of fomepizole on Sunday night" against "always had enough antidote".
    thing: 'ran out',
    about: /\b(?:ran\s+out|run\s+out|running\s+out|enough|without\s+the\s+antidote|shortage|short\s+of)\b/,
    yes: [/\b(?:ran|run|had\s+run)\s+out\s+of\b/, /\b(?:stock|stocks|supply|supplies)\s+of\s+[\w\s,-]{1,40}?\s+ran\s+out\b/, /\b[\w-]+\s+ran\s+out\s+on\b/],
    no: [/\b(?:always|still)\s+had\s+enough\b/, /\b(?:never|did\s+not|didn['’]t|at\s+no\s+point\s+did\s+(?:[\w'’]+\s+){1,3}?)\s*run\s+out\b/, /\b(?:no|not\s+one|not\s+a\s+single)\s+patient\s+was\s+(?:ever\s+)?(?:left\s+)?without\b/],
    topic: 'whether supplies ran out', question: 'Ran out', noLabel: 'never',
  },
  {
    // A suspect: "had confessed during questioning" against "has confessed to nothing".
    thing: 'confessed',
    about: /\bconfess(?:ed|ion|es)?\b/,
    yes: [/\b(?:has|had|have)\s+confessed\s+(?:during|to\s+(?!nothing)|in\b)/, /\b(?<!not\s)confessed\s+(?:during|to\s+(?!nothing))/, /\bmade\s+a\s+(?:full\s+)?confession\b/],
    no: [/\bconfessed\s+to\s+nothing\b/, /\b(?:has|had|did)\s+not\s+confess(?:ed)?\b/, /\bnever\s+confessed\b/, /\bno\s+confession\b/],
    topic: 'whether the suspect confessed', question: 'Confessed', noLabel: 'denies',
  },
  {
    // Shots at a boarding, an arrest or a protest: "a patrol boat fired warning shots across the bow"
    // against "No shots were fired", "Not a single shot was fired".
    thing: 'shots fired',
    about: /\bshots?\b/,
    yes: [/\b(?<!\bno\s)(?:fired|firing|fire)\s+(?:\w+\s+)?(?:warning\s+)?shots\b/, /\b(?<!\bno\s)shots\s+(?:were|had\s+been|have\s+been)\s+fired\b/],
    no: [/\bno\s+(?:warning\s+)?shots?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+fired\b/, /\bnot\s+(?:a\s+|one\s+)?(?:single\s+)?shot\s+(?:was|had\s+been|has\s+been)\s+fired\b/,
      /\b(?:never|not|n['’]t)\s+fired?\s+(?:any\s+)?(?:warning\s+)?shots\b/],
    // "Not one shot was fired at a person" says where the shots went, not that there were none.
    unless: /\bshots?\s+(?:was|were|had\s+been|has\s+been)\s+fired\s+at\b/,
    topic: 'whether shots were fired', question: 'Shots fired', noLabel: 'none',
  },
  {
    // Where the shots went: "fired at people standing in the water" against "fired warning shots into
    // the air", "Not one shot was fired at a person".
    thing: 'fired at people',
    // The security forces' shots: not a gunman's, a militia's or an air-defence unit's; not water cannon.
    about: /\b(?:police|officers|guards|soldiers|troops|security\s+forces|army|gendarmes|border\s+police)\b[^.;]{0,40}?\b(?:fired|shot|shots|firing|aimed)\b/,
    yes: [/\b(?<!\bnot\s|\bnever\s|n['’]t\s)(?:fired|shot|firing|opened\s+fire)\s+(?:live\s+(?:rounds|ammunition|bullets)\s+)?(?:directly\s+)?(?:at|on|into)\s+(?:the\s+)?(?:people|them|us|crowds?|protesters|demonstrators|migrants|refugees|civilians|families|marchers|villagers|residents|students|mourners)\b/,
      /\b(?<!\bnot\s|\bnever\s|n['’]t\s)aimed\s+(?:their\s+(?:guns|rifles|weapons)\s+)?(?:directly\s+)?at\s+(?:the\s+)?(?:people|them|us|crowds?|protesters|demonstrators|migrants|refugees|civilians)\b/],
    no: [/\b(?:fired|shot|shots|firing)\b[^.;]{0,40}?\b(?:into|in)\s+the\s+(?:air|sky)\b/, /\bwarning\s+shots\b[^.;]{0,30}?\b(?:skyward|skywards|upward|upwards|overhead)\b/,
      /\b(?:not|never)\s+(?:one|a\s+single)\s+(?:shot|bullet|round)\s+(?:was|had\s+been|has\s+been)\s+(?:fired|aimed)\s+at\b/, /\b(?:nobody|no\s+one|no-one)\s+was\s+(?:aimed|fired|shot)\s+at\b/],
    mixed: true, sameDay: true, occasion: placeNamed,
    unless: new RegExp(String.raw`\bwater\s+cannon\b|\bin\s+celebration\b|${OTHER_OCCASION}`),
    topic: 'whether shots were fired at people', question: 'Fired at people', noLabel: 'into the air',
  },
  {
    // An aid convoy or a shipment at a checkpoint: "the convoy was let through after routine checks"
    // against "was turned back at the checkpoint".
    thing: 'convoy let through',
    about: /\bconvoys?\b/,
    yes: [/\bconvoys?\b[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+(?:finally\s+)?(?:let|allowed|waved|permitted)\s+through\b/, /\b(?:let|allowed|waved)\s+(?:the\s+)?(?:aid\s+)?(?:convoy|lorries|trucks|shipment)\s+through\b/],
    no: [/\bconvoys?\b[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+(?:stopped\s+[^.;]{0,40}?\s+and\s+)?(?:turned\s+back|turned\s+away|sent\s+back|refused\s+entry|denied\s+entry)\b/, /\b(?:turned|sent)\s+(?:the\s+)?(?:aid\s+)?(?:convoy|lorries|trucks|shipment)\s+(?:back|away)\b/],
    mixed: true, sameDay: true, occasion: placeNamed,
    // "A second convoy", "the first convoy": another convoy than the one the others speak of.
    unless: new RegExp(String.raw`\b(?:second|third|another|first|earlier|later|next)\s+(?:aid\s+|[\w-]+\s+)?convoy\b|${OTHER_OCCASION}`),
    topic: 'whether the convoy was let through', question: 'Let through', noLabel: 'turned back',
  },
  {
    // What a seized ship, truck or house held: "inspectors had found components for military drones"
    // against "There is no military equipment on board", "denies that the ship carried any weapons".
    thing: 'weapons found',
    about: /\b(?:weapons?|arms|ammunition|explosives|military|munitions|guns)\b/,
    yes: [/\b(?:found|discovered|uncovered)\s+(?:what\s+(?:he|she|they|it)\s+called\s+)?["'“‘]?(?:[\w'’-]+\s+){0,3}?(?:weapons|arms|ammunition|explosives|munitions|guns|(?:components|parts)\s+for\s+military|military\s+(?:equipment|goods|hardware|components))\b/,
      /\b(?:cargo|shipment|consignment|containers?|load)\s+(?:included|includes|contained|contains|held)\s+(?:[\w'’-]+\s+){0,3}?(?:weapons|arms|ammunition|explosives|munitions|military|drone\s+components)\b/],
    no: [/\bno\s+(?:military\s+(?:equipment|goods|hardware|cargo)|weapons|arms|ammunition|explosives|munitions)\s+(?:of\s+any\s+kind\s+)?(?:on|aboard|in|inside)\b/,
      /\bden(?:y|ies|ied|ying)\s+that\s+(?:[\w'’]+\s+){0,4}?(?:carried|contained|held|had|was\s+carrying)\s+(?:any\s+)?(?:military|weapons|arms|ammunition|explosives|munitions)\b/],
    // Arms sent to an army, a stock kept by a state, weapons found on the attackers of a raid.
    unless: /\b(?:supplies|supplied|supplying|deliver(?:s|ed|ing)?|sells?|sold|bought|stockpiles?)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}?(?:weapons|arms|ammunition)\b/,
    topic: 'whether weapons were found', question: 'Weapons or military goods aboard', noLabel: 'none',
  },
  {
    // A suspect: "had been charged with smuggling" against "had been questioned, not charged".
    thing: 'charged', ofPerson: true,
    about: /\bcharged\b/,
    yes: [/\b(?:has|had|have)\s+(?:now\s+|since\s+|also\s+)?been\s+charged\s+with\b/, /\b(?:was|were|is)\s+charged\s+with\b/],
    // "Nobody has charged him with anything", "questioned three times and charged with nothing".
    no: [/\b(?:has|had|have)\s+not\s+(?:yet\s+)?been\s+charged\b/, /\b(?:was|were|is)\s+not\s+(?:yet\s+)?charged\b/, /\bquestioned,?\s+(?:but\s+)?not\s+charged\b/, /\breleased\s+without\s+(?:being\s+)?charged?\b/,
      /\bcharged\s+with\s+nothing\b/, /\b(?:nobody|no\s+one)\s+(?:has\s+|had\s+)?charged\s+(?:him|her|them|my\s+client)\b/],
    topic: 'whether the suspect was charged', question: 'Charged', noLabel: 'not charged',
  },
  {
    // A wounded person's condition: "her condition is critical", "remains in a critical condition" against
    // "stable and out of danger". "Critical but stable" says both, and counts as neither.
    thing: 'condition', ofPerson: true, unnamedIsOnly: true,
    about: /\bcritical(?:ly)?\b|\bstable\b|\bout\s+of\s+danger\b|\blife-threatening\b/,
    // Said of a person ("her condition", "she remains critical"), not of a situation or a building.
    yes: [/\b(?:in\s+(?:a\s+)?critical\s+condition|condition\s+(?:is|was|remains|remained)\s+(?:still\s+)?["']?\s*critical|(?:he|she|they|who)\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:in\s+)?["']?\s*critical\b(?!\s+(?:of|to|for|infrastructure|care))|critically\s+(?:injured|wounded|ill)|(?:injuries|wounds)\s+(?:are|were)\s+life-threatening)/],
    no: [/\b(?:(?:he|she|they|who|candidate|patient|victim)\s+(?:is|was|remains|remained)\s+(?:now\s+)?["']?\s*stable\b|out\s+of\s+danger\b|condition\s+(?:is|was)\s+(?:now\s+)?["']?\s*stable\b|in\s+(?:a\s+)?stable\s+condition\b|(?:injuries|wounds)\s+(?:are|were)\s+not\s+life-threatening)/],
    unless: /\bcritical\s+but\s+stable\b|\bstable\s+but\s+critical\b|\bserious\s+but\s+stable\b|\bnot\s+(?:yet\s+)?out\s+of\s+danger\b/,
    topic: 'condition of the wounded', question: 'Critical', noLabel: 'stable, out of danger',
  },
  {
    // Whether an attacker acted alone: "acted alone", "no evidence of any accomplice" against "witnesses saw a
    // second man with a handgun", "there were two attackers".
    thing: 'acted alone',
    about: /\balone\b|\blone\s+(?:attacker|gunman|assailant|wolf)\b|\baccomplices?\b|\bsecond\s+(?:man|attacker|gunman|shooter|assailant)\b|\btwo\s+(?:attackers|gunmen|assailants)\b|\bone\s+attacker\b/,
    yes: [/\bacted\s+alone\b|\b(?:a|the)\s+lone\s+(?:attacker|gunman|assailant|wolf)\b|\bthere\s+(?:is|was)\s+(?:only\s+)?one\s+attacker\b|\bno\s+(?:evidence|sign|indication)\s+(?:\w+\s+){0,3}?of\s+(?:any\s+|an\s+)?accomplices?\b/],
    // Not "a second man, a bystander, was shot in the leg": the second man must be armed or firing.
    no: [/\b(?:a|the)\s+second\s+(?:man|attacker|gunman|shooter|assailant)\b(?![^.;]{0,60}?\b(?:was|were)\s+(?:shot|wounded|hit|injured|killed)\b)[^.;]{0,80}?\b(?:fired|opened\s+fire|holding|carrying|handgun|gun|pistol|rifle|knife|armed)\b|\b(?:shots?|gunfire)\s+(?:came|had\s+come)\s+from\s+(?:a|the)\s+second\s+(?:man|attacker|gunman|shooter)\b/,
      /\bthere\s+(?:were|was)\s+(?:at\s+least\s+)?two\s+(?:attackers|gunmen|assailants)\b|\bdid\s+not\s+act\s+alone\b/],
    topic: 'whether the attacker acted alone', question: 'Acted alone', noLabel: 'a second attacker',
  },
  {
    // A driver's (or a pilot's, a crew's) hours on duty against the legal limit: "had been on duty for 19 hours,
    // well over the legal limit of 13", "six more than the law allows" against "was within his hours", "had
    // rested for 11 hours and was within the limits".
    thing: 'hours exceeded',
    about: /\b(?:on\s+duty|driving|at\s+the\s+wheel|behind\s+the\s+wheel|rested|shift|flying)\b[^.;]{0,80}?\bhours\b|\bhours\b[^.;]{0,80}?\b(?:on\s+duty|driving|at\s+the\s+wheel|behind\s+the\s+wheel|limits?|law)\b|\bwithin\s+(?:his|her|their)\s+hours\b/,
    yes: [/\b(?:over|above|beyond|exceed(?:ed|ing)?|broke|breach(?:ed|ing)?)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:legal\s+|permitted\s+|daily\s+|maximum\s+|statutory\s+)*(?:limit|hours)\b/, /\bmore\s+than\s+the\s+(?:law|rules?|regulations?)\s+(?:allows?|permits?)\b/],
    // Not "detained within hours": a limit or someone's hours.
    no: [/\bwithin\s+(?:the\s+(?:legal\s+|permitted\s+|daily\s+|statutory\s+)*limits?|(?:the\s+|his\s+|her\s+|their\s+)(?:legal\s+|permitted\s+|daily\s+|statutory\s+)*(?:limits?|hours))\b/],
    // Other limits: a dose, a speed, a load, emissions, alcohol.
    unless: /\b(?:doses?|radiation|speed|km\/h|mph|emissions?|load|weight|tonnes?|temperature|budget|capacity|alcohol|drunk|drink|breath|blood)\b/,
    topic: 'whether the driver exceeded the hours allowed', question: 'Hours over the limit', noLabel: 'within the limit',
  },
  {
    // A threatened person's request for protection: "had asked the police in writing for protection in February"
    // against "never asked the police for protection", "no request for protection was ever made".
    thing: 'protection requested',
    about: /\bprotection\b|\brequest\b/,
    yes: [/(?<!\bnever\s|\bnot\s|n't\s)\b(?:asked|applied\s+to|petitioned)\s+(?:the\s+)?(?:police|authorities|ministry|state|interior\s+ministry)\s+(?:[\w,]+\s+){0,4}?for\s+(?:police\s+)?protection\b/,
      /(?<!\bnever\s|\bnot\s|n't\s)\b(?:asked|applied)\s+for\s+(?:police\s+)?protection\b/, /(?<!\bnever\s|\bnot\s|n't\s)\brequested\s+(?:police\s+)?protection\b/],
    no: [/(?:\bnever|\bnot|n't)\s+(?:\w+\s+)?(?:asked|applied|requested)\s+(?:the\s+)?(?:police\s+|authorities\s+)?(?:for\s+)?(?:police\s+)?protection\b/,
      /\bno\s+(?:such\s+|written\s+)?request\s+for\s+(?:police\s+)?protection\s+(?:from\s+(?:her|him)|(?:was|had\s+been|has\s+been)\s+(?:ever\s+)?(?:made|received|filed)|in\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?records)\b/],
    topic: 'whether protection was requested', question: 'Asked for protection', noLabel: 'no request',
  },
  {
    // Whether hostage-takers asked for anything: "the gunmen had demanded the release of 40 prisoners" against
    // "the gunmen made no demands of any kind".
    thing: 'demands made',
    about: /\b(?:gunmen|attackers|hostage-?takers|kidnappers|captors|hijackers|abductors)\b[^.;]{0,80}?\b(?:demand|asked\s+for)|\bmade\s+no\s+demands?\b|\bno\s+demands?\s+(?:were|was|had\s+been|have\s+been)\s+made\b/,
    yes: [/(?<!\bno\s|\bnot\s|\bnever\s|n't\s)\b(?:demanded|were\s+demanding|had\s+demanded|asked\s+for)\s+(?:the\s+)?(?:release|ransom|money|safe\s+passage|withdrawal|\w+\s+to\s+be\s+(?:released|freed))\b/],
    no: [/\bmade\s+no\s+demands?\b|\bno\s+demands?\s+(?:were|was|had\s+been|have\s+been)\s+made\b|\b(?:never|not)\s+(?:made|issued|put\s+forward)\s+(?:any\s+)?demands?\b/],
    topic: 'whether the attackers made demands', question: 'Demands made', noLabel: 'none', once: true,
  },
  {
    // Whether an investigation was opened: "the prosecutor's office had opened an investigation on Sunday" against
    // "no criminal case has been registered", "has not opened any investigation".
    thing: 'investigation opened',
    about: /\b(?:investigation|inquiry|probe|criminal\s+case|case|proceedings|preliminary\s+review)\b/,
    yes: [/\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:opened|launched)\s+(?:an?\s+|a\s+criminal\s+)?(?:investigation|inquiry|probe|criminal\s+case)\b|\b(?:investigation|inquiry|criminal\s+case)\s+(?:has|had)\s+been\s+(?:opened|launched|registered)\b|\b(?:opened|launched)\s+an?\s+(?:criminal\s+)?(?:investigation|inquiry)\s+(?:into|on)\b/],
    no: [/\bno\s+(?:criminal\s+)?(?:case|investigation|inquiry|probe|proceedings)\s+(?:had|has|was|have|are|were)\s+(?:yet\s+)?(?:been\s+)?(?:opened|registered|launched|started|under\s*way)\b|\bonly\s+(?:opened|launched|started)\s+a\s+preliminary\s+(?:review|check|inquiry|examination)\b|\b(?:has|had)\s+not\s+(?:yet\s+)?(?:opened|launched|registered)\s+(?:an?\s+|any\s+)?(?:criminal\s+)?(?:investigation|case|inquiry)\b/],
    unless: /\b(?:will|would|plans?\s+to|promised\s+to|expects?\s+to|calls?\s+for|called\s+for|demand(?:ed|s)?)\b[^.;]{0,30}?\b(?:open|launch)\b|\b(?:case|investigation|inquiry|proceedings)\s+(?:\w+\s+){0,4}?against\b/,
    // "No criminal case has been opened against the driver": a case against one person, not the inquiry into the event.
    topic: 'whether an investigation was opened', question: 'Investigation opened', noLabel: 'no case opened', once: true,
  },
  {
    // Stones thrown at guards or police: "guards were attacked with stones and iron bars" against "nobody threw a stone".
    thing: 'stones thrown',
    about: /\b(?:stones?|rocks?|bricks?)\b|\bthrew\s+anything\b/,
    yes: [/(?<!\bnot\s|\bnever\s|n't\s)\b(?:attacked|pelted|hit|targeted)\s+(?:\w+\s+)?with\s+(?:stones|rocks|bricks)\b/, /(?<!\bnobody\s|\bno\s+one\s|\bnot\s|\bnever\s|n't\s)\bthr(?:ew|own|owing)\s+(?:stones|rocks|bricks)\s+(?:at|on)\b/],
    no: [/\b(?:nobody|no\s+one|none\s+of\s+(?:us|them))\s+threw\s+(?:a\s+|any\s+)?(?:stones?|rocks?|bricks?|anything)\b/, /\bno\s+stones\s+(?:in|were)\b/, /\b(?:did\s+not|didn't|never)\s+throw\s+(?:a\s+|any\s+)?(?:stones?|rocks?|anything)\b/],
    topic: 'whether stones were thrown', question: 'Stones thrown', noLabel: 'nobody threw any',
  },
  {
    // People pushed back over a border: "11 survivors had been forced back across the river" against "no one had been pushed back".
    thing: 'pushed back',
    about: /\b(?:pushed|forced|driven|sent|push)\s+(?:\w+\s+)?back\b|\bpushbacks?\b/,
    yes: [/(?<!\bno\s+one\s+(?:had\s+been|was)\s|\bnobody\s+(?:had\s+been|was)\s|\bnot\s+(?:been\s+)?|\bnever\s+(?:been\s+)?)\b(?:pushed|forced|driven)\s+back\s+(?:across|over|into|to)\b/],
    no: [/\b(?:no\s+one|nobody|none)\s+(?:had\s+been|has\s+been|was|were)\s+(?:pushed|forced|sent|driven)\s+back\b/, /\b(?:did\s+not|didn't|never)\s+push\s+(?:anybody|anyone|any\s+\w+)\b/, /\bno\s+pushbacks?\b/],
    topic: 'whether people were pushed back', question: 'Pushed back', noLabel: 'no one',
  },
  {
    // A hunger striker force-fed: "had been force-fed through a nasal tube", "fed through a tube against his will" against "was never force-fed".
    thing: 'force-fed',
    about: /\bforce[-\s]?fe(?:d|eding)\b|\bfed\s+(?:\w+\s+)?(?:through|by)\s+(?:a\s+)?(?:nasal\s+|feeding\s+)?tube\b/,
    yes: [/(?<!\bnever\s|\bnot\s|n't\s|\bnever\s+been\s|\bnot\s+been\s)\b(?:been\s+|was\s+|were\s+)?force[-\s]?fed\b/, /\bfed\s+(?:\w+\s+)?(?:through|by)\s+(?:a\s+)?(?:nasal\s+|feeding\s+)?tube\s+against\s+(?:his|her|their)\s+will\b/],
    no: [/(?:\bnever|\bnot|n't)\s+(?:been\s+)?force[-\s]?fed\b/, /\bno\s+(?:one|prisoner|inmate)\s+(?:was|has\s+been|had\s+been)\s+force[-\s]?fed\b/],
    // "A court authorised doctors to have him force-fed": what may be done, not what was.
    unless: /\b(?:authori[sz]\w*|allow\w*|permit\w*|threaten\w*|order\w*|request\w*|sought)\b[^.;]{0,40}?\bforce[-\s]?fe/,
    topic: 'whether a prisoner was force-fed', question: 'Force-fed', noLabel: 'never', once: true,
  },
  {
    // A verdict appealed or accepted: "the defence will appeal", "We will file an appeal" against "He will
    // not appeal", "decided not to appeal". An appeal for calm or for witnesses is another thing; so is
    // the prosecution's appeal.
    thing: 'appeal', intent: true,
    about: /\bappeal/,
    yes: [/(?<!\bnot\s|\bnever\s|n't\s)\b(?:will|would|is\s+going\s+to|are\s+going\s+to|plans?\s+to|intends?\s+to|vowed\s+to|promised\s+to)\s+appeal\b(?!\s+(?:for|to)\b)/, /(?<!\bnot\s|\bnever\s|n't\s|\byet\s)\b(?:filed|files|lodged|lodges)\s+(?:an?\s+)?appeal\b/, /\bwill\s+(?:file|lodge)\s+(?:an?\s+)?appeal\b/, /(?<!\bnot\s|\bnever\s|n't\s)\bappealed\s+(?:against\s+)?(?:the\s+)?(?:verdict|sentence|ruling|conviction)\b/],
    no: [/\b(?:will|would|does|did)\s+not\s+appeal\b(?!\s+(?:for|to)\b)/, /\b(?:won't|wouldn't|doesn't|didn't)\s+appeal\b(?!\s+(?:for|to)\b)/, /\b(?:decided|chose|agreed)\s+not\s+to\s+appeal\b/, /\bwaived?\s+(?:the|his|her|their)\s+right\s+(?:to|of)\s+appeal\b/, /\bthere\s+will\s+be\s+no\s+appeal\b/],
    // Whose appeal: a body's (the prosecution, a ministry, a company) is another party's, and "has ten days to
    // lodge an appeal" says nothing of whether one will be.
    unless: /\b(?:prosecut\w*|ministry|government|state|authorities|company|firm|council|commission|regulator)\b[^.;]{0,40}\bappeal|\bappeal(?:ed|s|ing)?\s+(?:for|to)\b|\b(?:days?|weeks?|time|right|deadline)\s+to\s+(?:file|lodge|launch)\s+(?:an?\s+)?appeal\b|\bnot\s+yet\s+(?:filed|lodged)\b/,
    topic: 'whether the verdict will be appealed', question: 'Will the verdict be appealed', noLabel: 'no appeal',
  },
  {
    // Diplomats or reporters let into a trial: "Representatives of foreign embassies were admitted
    // to the courtroom" against "No diplomat was admitted to that courtroom", "were kept out of the courtroom".
    thing: 'admitted to the trial',
    about: /\bcourt(?:room|house)?s?\b|\btrial\b|\bhearing\b/,
    // Both sides name who was let in or kept out (observers of a count are another fact's): a defendant's mother
    // kept out is no answer to diplomats let in.
    yes: [/\b(?:diplomats?|embass(?:y|ies)|ambassadors?|envoys?|consuls?|journalists?|reporters?|representatives)\b[^.;]{0,60}?(?<!\bno\s+\w+\s+|\bnot\s+|\bnever\s+)\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:admitted|allowed\s+(?:in|into)|let\s+in(?:to)?)\b/],
    no: [/\bno\s+(?:diplomats?|journalists?|reporters?|foreigners?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:admitted|allowed\s+(?:in|into)|let\s+in)\b/,
      /\b(?:diplomats?|embass(?:y|ies)|ambassadors?|envoys?|consuls?|journalists?|reporters?|we)\b[^.;]{0,60}?\b(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+not\s+(?:admitted|allowed\s+(?:in|into)|let\s+in)|(?:were|was|had\s+been)\s+(?:kept|shut|locked)\s+out\s+of\s+(?:the\s+|that\s+)?court(?:room|house)?|(?:were|was)\s+(?:refused|denied)\s+(?:entry|access|admission))\b/,
      /\b(?:diplomats?|embass(?:y|ies)|ambassadors?|envoys?)\b[^.;]{0,80}?\b(?:none|not\s+one)\s+of\s+(?:them|us)\s+(?:was|were)\s+(?:admitted|allowed\s+in|let\s+in)\b/],
    unless: /\bhospital\b|\badmitted\s+(?:that|to\s+(?:having|being|the\s+(?:charges?|offen[cs]es?|crimes?)))\b|\bevidence\b[^.;]{0,30}\badmitted\b/,
    topic: 'whether diplomats or reporters were let into the trial', question: 'Were they let into the trial', noLabel: 'kept out',
  },
  {
    // A damaged building to come down or to be repaired: "the whole block will be demolished", "must be
    // demolished" against "can be repaired", "are structurally sound and will be repaired".
    thing: 'demolished', intent: true,
    // Only of a building: "the river level will come down" and "the pipeline can be repaired" are other things.
    about: /^(?=[\s\S]*\b(?:buildings?|block|blocks|house|houses|homes?|towers?|flats|apartments?|school|hospital|church|mosque|stadium|hall|hotel|factory|warehouse|sections?)\b)(?=[\s\S]*(?:\bdemoli|\btorn\s+down|\bcome\s+down|\brepair|\bstructurally\s+sound|\bsaved\b))/,
    yes: [/(?<!\bnot\s|\bnever\s|n't\s)\b(?:will|would|must|is\s+to|are\s+to|has\s+to|have\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:\w+\s+)?be\s+(?:demolished|torn\s+down|pulled\s+down|razed)\b/, /\b(?:building|block|house|tower|school|hall|hotel|factory|warehouse)\s+(?:will|would|must|has\s+to)\s+come\s+down\b/, /\bwould\s+not\s+be\s+saved\b|\bcannot\s+be\s+saved\b|\bbeyond\s+repair\b/],
    no: [/\b(?:can|could|will|would|is\s+to|are\s+to)\s+(?:\w+\s+)?be\s+(?:repaired|saved|restored)\b/, /\b(?:is|are|was|were)\s+structurally\s+sound\b/, /\b(?:does|do|did)\s+not\s+(?:need|have)\s+to\s+(?:be\s+demolished|come\s+down)\b/, /\bwill\s+not\s+be\s+(?:demolished|torn\s+down)\b/],
    unless: /\b(?:road|roads|bridge|line|lines|pipes?|pipelines?|power|grid|network|cars?|vehicles?|runways?|dam|dams|cables?)\s+(?:\w+\s+){0,3}?(?:be\s+)?(?:repaired|restored)\b/,
    topic: 'whether the building will be demolished', question: 'Will the building be demolished', noLabel: 'repaired',
  },
  {
    // Pushed or gone of one's own will: "this morning I dismissed the finance minister", "was sacked by the
    // prime minister" against "resigned of her own will. Nobody dismissed her".
    thing: 'dismissed', ofPerson: true, unnamedIsOnly: true,
    // Also an employee: "he was fired in June 2025" against "resigned at his own request", "left of his own accord".
    about: /\bdismiss|\bsacked\b|\bfired\b|\bremoved\s+from\s+office\b|\bown\s+(?:free\s+)?(?:will|accord|volition|request)\b/,
    yes: [/(?<!\bnot\s|\bnever\s|\bnobody\s|\bno\s+one\s|n't\s)\b(?:dismissed|sacked|fired)\s+(?:her|him|the\s+(?:[\w-]+\s+){0,2}?minister)\b/, /(?<!\bnot\s|\bnever\s)\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:dismissed|sacked|removed\s+from\s+office)\b/,
      /\b(?:he|she|i)\s+(?:was|had\s+been)\s+fired\b(?!\s+(?:upon|on|at)\b)/],
    no: [/\b(?:nobody|no\s+one)\s+(?:dismissed|sacked|fired|pushed)\s+(?:her|him)\b/, /\b(?:was|were|has|had)\s+not\s+(?:been\s+)?(?:dismissed|sacked|fired)\b/, /\bresigned\s+of\s+(?:her|his|their)\s+own\s+(?:free\s+)?(?:will|accord|volition)\b/,
      /\b(?:resigned|quit(?:\s+(?:his|her|the)\s+(?:job|post|company|firm))?|left\s+(?:the\s+(?:company|firm|ministry|government|party|board)|(?:his|her)\s+(?:job|post)|office))\b[^.;]{0,40}?\b(?:at\s+(?:his|her|their)\s+own\s+request|of\s+(?:his|her|their)\s+own\s+(?:free\s+)?(?:will|accord|volition))\b/],
    unless: /\b(?:lawsuits?|suits?|cases?|appeals?|charges?|complaints?|claims?|petitions?|motions?)\b[^.;]{0,50}?\b(?:was|were|has\s+been|had\s+been)\s+dismissed\b|\bdismissed\s+(?:the|a|an|as|claims?|reports?|allegations?|suggestions?)\b(?!\s+(?:[\w-]+\s+){0,2}?minister)/,
    topic: 'whether they resigned or were dismissed', question: 'Dismissed', noLabel: 'resigned',
  },
  {
    // Whether anyone came out alive: "There were no survivors", "all nine people aboard had died" against "one
    // man, the flight engineer, is alive in hospital", "had been carried down the mountain alive".
    thing: 'survivors',
    about: /\bsurviv|\balive\b|\baboard\b[^.;]{0,30}\b(?:died|killed|perished)\b/,
    yes: [/\b(?:one|a|the)\s+(?:man|woman|survivor|person|crew\s*member|passenger|child)\b[^.;]{0,60}?\b(?:is|was|had\s+been|has\s+been)\s+(?:[\w,]+\s+){0,4}?alive\b/,
      /\b(?:brought|carried|pulled|dug|rescued|found)\s+(?:[\w-]+\s+){0,4}?alive\b/, /\b(?:he|she)\s+is\s+alive\b/, /\bthe\s+(?:sole|only|lone)\s+survivor\b/, /\bthe\s+survivor\s+(?:is|was)\b/, /\btook\s+a\s+survivor\b/],
    no: [/\b(?:there\s+were|there\s+are|with)\s+no\s+survivors\b/, /\b(?:no\s+one|nobody)\s+(?:had\s+)?survived\b/,
      /\ball\s+(?:\w+\s+){0,2}?(?:people\s+|passengers\s+|of\s+those\s+|on\s+board\s+)?(?:aboard\s+|on\s+board\s+)?(?:\w+\s+){0,5}?(?:had\s+|have\s+)?(?:died|were\s+killed|had\s+been\s+killed|perished)\b/],
    // Not "all but one … died", an earlier crash, or an animal found alive.
    unless: /\b(?:hope|hoped|hoping|chance|chances|may\s+have|might\s+have|could\s+have)\b|\ball\s+but\b|\bin\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+(?:crash|sinking|disaster|accident)\b|\b(?:dog|cat|horse|puppy|kitten|animals?|pets?)\b/,
    topic: 'whether anyone survived', question: 'A survivor', noLabel: 'no survivors',
  },
  {
    // A distress call from an aircraft or a ship: "heard the pilot call mayday at about 18:46", "the pilot sent a
    // mayday" against "There was no mayday", "no record of a distress call", "never made a distress call".
    thing: 'distress call',
    about: /\bmayday\b|\bdistress\s+(?:call|signal|message)\b|\bsos\b/,
    yes: [/(?<!\bno\s|\bnot\s|\bnever\s|n't\s)\b(?:heard|sent|made|transmitted|issued|raised|radioed|received)\s+(?:a\s+|the\s+|an?\s+\w+\s+)?(?:short\s+|brief\s+)?(?:mayday|distress\s+(?:call|signal|message)|sos)\b/, /\bcall(?:ed|ing)?\s+["'“‘]?mayday\b/],
    no: [/\bno\s+(?:record\s+of\s+(?:a|any)\s+)?(?:mayday|distress\s+(?:call|signal|message)|sos)\b/, /\b(?:never|not|n't)\s+(?:\w+\s+)?(?:make|made|send|sent|transmit|transmitted|issue|issued)\s+(?:a|any)\s+(?:mayday|distress\s+(?:call|signal|message))\b/],
    unless: /\b(?:another|other|nearby|second)\s+(?:\w+\s+)?(?:boat|ship|vessel|aircraft|plane|trawler)\b|\bnot\s+involved\b|\bfrom\s+a\s+(?:fishing\s+)?(?:boat|trawler|yacht)\b/,
    topic: 'whether a distress call was made', question: 'A distress call', noLabel: 'none',
  },
  {
    // One person among a group or not: "two sources say the sprinter Dunja Kestrović is among the athletes concerned"
    // against "she is not among the athletes concerned"; "among the dead" against "not among the dead".
    thing: 'among them', ofPerson: true, unnamedIsOnly: true,
    about: AMONG,
    yes: [/(?<!\bnot\s)\b(?:is|was|are|were)\s+(?:also\s+)?(?:among|one\s+of)\s+the\s+/],
    no: [/\b(?:is|was|are|were)\s+not\s+(?:among|one\s+of)\s+the\s+/, /\b(?:isn['’]t|wasn['’]t)\s+(?:among|one\s+of)\s+the\s+/],
    unless: /\b(?:whether|if|may\s+be|might\s+be|could\s+be)\b/,
    // Among the dead is not among the wounded.
    occasion: (st) => AMONG.exec(st.lower)?.[1],
    topic: 'whether one person is among them', question: 'Among them', noLabel: 'not among them',
  },
  {
    // A ransom asked for: "a caller demanded $2 million for the group's release", "they have named a sum" against
    // "no ransom demand had been received", "There is no ransom demand", "Nobody has asked the state for a ransom".
    thing: 'ransom demanded', mixed: true,
    about: /\b(?:ransom|demand(?:ed|s)?|named\s+a\s+(?:sum|price))\b/,
    yes: [/(?<!\bno\s|\bnot\s|n't\s)\b(?:demanded|demanding|asked\s+for|wants?|wanted)\s+(?:a\s+ransom\s+of\s+)?[$€£]?\s?\d[\d.,]*\s*(?:million|billion|thousand)?(?:\s+(?:dollars|euros|pounds))?\b/, /\bransom\s+(?:demand\s+)?of\s+[$€£]?\s?\d/, /\b(?:named|set)\s+a\s+(?:sum|price)\b/],
    no: [/\bno\s+(?:ransom\s+)?demand\b[^.;]{0,40}?\b(?:received|made|reached|has\s+been|had\s+been)\b/, /\bthere\s+(?:is|was|has\s+been)\s+no\s+ransom(?:\s+demand)?\b/, /\bno\s+demand\s+for\s+(?:money|a\s+ransom)\b/, /\b(?:nobody|no\s+one)\s+has\s+asked\s+[^.;]{0,40}?\bfor\s+(?:a\s+)?ransom\b/],
    unless: /\b(?:whether|if)\b|\b(?:strikers|union|workers|protesters)\b/,
    topic: 'whether a ransom was demanded', question: 'Ransom demanded', noLabel: 'no demand',
  },
  {
    // Money paid back: "it returned 2.1 million talens to the ministry in January", "the sum had been refunded"
    // against "There is no refund", "Not a single talen has come back", "the money never arrived".
    thing: 'money paid back', mixed: true, occasion: groupNamed,
    about: /\b(?:returned|repaid|paid\s+back|refund(?:ed|s)?|reimbursed|come\s+back|came\s+back|never\s+arrived)\b/,
    yes: [/(?<!\bnot\s|\bnever\s|n't\s)\b(?:returned|repaid|paid\s+back|reimbursed|refunded)\s+(?:[\w.,]+\s+){0,4}?(?:million|billion|thousand|money|sum|funds|amount|overpayment)\b/,
      /\b(?:sum|money|amount|funds|overpayment)\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:refunded|repaid|returned|paid\s+back)\b/],
    no: [/\b(?:there\s+(?:is|was|has\s+been)\s+no|found\s+no|no\s+sign\s+of\s+(?:a|any))\s+(?:refund|repayment)\b/,
      /\b(?:not\s+(?:a\s+single|one|a)\s+[\w-]+(?:\s+of\s+[^.;]{0,60}?)?|no\s+money|nothing)\s+(?:has|had)\s+(?:ever\s+)?(?:come|came)\s+back\b/, /\b(?:money|sum|refund|payment)\s+never\s+(?:arrived|came)\b/,
      /\b(?:has|had|have)\s+not\s+(?:been\s+)?(?:repaid|refunded|returned|paid\s+back)\b/],
    unless: /\b(?:tickets?|deposits?|customers|passengers|tax(?:es)?|fares?|loans?|borrowed|mortgage|bail)\b/,
    topic: 'whether the money was paid back', question: 'Paid back', noLabel: 'nothing paid back',
  },
  {
    // A suspect or only a witness: "lists Health Minister Božena Tichá as one of eleven suspects", "a suspect in this
    // case, not a witness" against "has been summoned as a witness. She is not a suspect".
    thing: 'a suspect', ofPerson: true, unnamedIsOnly: true,
    about: /\b(?:suspects?|witness)\b/,
    yes: [/\bas\s+(?:a\s+|one\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?)suspects?\b/, /(?<!\bnot\s)\b(?:is|was|remains)\s+(?:now\s+)?(?:a|the\s+main|one\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?)\s*suspects?\b/, /\ba\s+suspect\s+in\s+this\s+case\b/, /\bsuspected\s+of\s+(?:having\s+)?\w+/],
    no: [/\b(?:is|was)\s+not\s+(?:a|being\s+treated\s+as\s+a)\s+suspect\b/, /\b(?:summoned|questioned|called|heard|give\s+evidence|testify|appear)\s+(?:only\s+|merely\s+)?as\s+a\s+witness\b/, /\b(?:is|was)\s+(?:only\s+|merely\s+|just\s+)?a\s+witness\b/],
    unless: /\b(?:whether|if)\b|\bother\s+suspects\b/,
    topic: 'suspect or witness', question: 'A suspect', noLabel: 'a witness',
  },
  {
    // What a search took: "officers had carried 14 servers out of the building", "seized laptops and cameras"
    // against "No equipment was seized", "nothing was taken". Not goods seized at a border or a ship seized.
    thing: 'equipment seized', mixed: true,
    about: /\b(?:seized|seize|confiscated|carried|taken|took|removed|left\s+(?:this|the)\s+building)\b/,
    yes: [/(?<!\bno\s+|\bnot\s+|\bnothing\s+|\bnever\s+|n't\s+)\b(?:seized|confiscated|carried\s+(?:out|off|away)|took\s+away|(?:officers|agents|investigators|police)\s+(?:had\s+)?(?:took|removed|taken)|(?:has|have|had)\s+(?:taken|removed))\s+(?:our\s+|the\s+|its\s+|their\s+|all\s+|\d[\d,]*\s+|about\s+\d+\s+|dozens\s+of\s+)*(?:\w+\s+)?(?:(?:boxes\s+of\s+)?documents,?\s+(?:and\s+)?(?:\d[\d,]*\s+)?)?(?:servers|computers|laptops|hard\s+drives|equipment|cameras|phones)\b/,
      /\bcarried\s+(?:\d[\d,]*\s+|our\s+|the\s+|its\s+)?(?:servers|computers|laptops|equipment|cameras)\s+(?:out|away|off)\b/, /(?<!\bno\s+)\b(?:servers|computers|laptops|equipment|cameras|hard\s+drives)\s+(?:were|was|had\s+been|have\s+been)\s+(?:seized|confiscated|taken|carried\s+(?:out|away))\b/,
      // A person's things: "her laptop, two phones and the memory cards from her camera were confiscated", "officers took her laptop".
      /\b(?:her|his|their)\s+(?:laptop|phones?|computer|camera|devices)\b[^.;]{0,60}?\b(?:were|was|had\s+been|have\s+been)\s+(?:seized|confiscated|taken)\b/, /(?<!\bnot\s|n't\s)\b(?:took|seized|confiscated)\s+(?:her|his|their)\s+(?:laptop|phones?|computer|camera|devices)\b/],
    no: [/\bno\s+(?:equipment|computers?|servers?|laptops?|cameras?|documents?|property|belongings)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:seized|taken|confiscated|removed)\b/, /\bnothing\s+(?:was|had\s+been|has\s+been)\s+(?:seized|taken|confiscated|removed)\b/,
      // "Not one computer has left this building", "nothing left the building but copies".
      /\b(?:not\s+(?:one|a\s+single)\s+(?:computer|server|laptop|document)(?:\s+or\s+[\w-]+)?|nothing)\s+(?:has\s+|had\s+)?left\s+(?:this|the)\s+building\b/],
    // Not a first visit's "nothing was taken" set against a later search.
    unless: /\b(?:ship|vessel|tanker|border|customs|cargo|drugs|cocaine|heroin|weapons|arms|break-in|burglar\w*|thie(?:f|ves)|stolen)\b|\b(?:first|earlier|previous|second)\s+(?:visit|search|raid)\b/,
    topic: 'whether equipment was seized', question: 'Equipment seized', noLabel: 'nothing seized',
  },
  {
    // A channel on air or off it: "continued broadcasting throughout Friday", "broadcasting normally" against
    // "has been off the air since 2:20 a.m.", "has gone off air".
    thing: 'on air', mixed: true,
    about: /\b(?:on|off)\s+(?:the\s+)?air\b|\bbroadcasting\b/,
    yes: [/\b(?:is|was|remains?|remained|stayed|been|still)\s+on\s+(?:the\s+)?air\b/, /\bcontinued\s+(?:broadcasting|to\s+broadcast)\b/, /\bbroadcasting\s+normally\b/],
    no: [/\b(?:is|was|are|were|been|remains?|remained|still|gone|went|go|taken)\s+off\s+(?:the\s+)?air\b/, /\b(?:stopped|ceased)\s+broadcasting\b/],
    // Not a sequence ("off the air for six hours", "on air again") or a programme taken off years ago.
    unless: /\bwhether\b|\bif\b|\bordered\s+(?:the\s+)?\w+\s+off\s+(?:the\s+)?air\b|\bagain\b|\bresumed\b|\bback\s+on\b|\bfor\s+(?:\w+\s+)?(?:hours?|minutes?|days?)\b|\bin\s+(?:19|20)\d\d\b|\b(?:show|programme|program|series)\b/,
    topic: 'whether the channel is on air', question: 'On air', noLabel: 'off air',
  },
  {
    // A recall a regulator ordered or a maker chose: "It is a recall this agency ordered", "not a voluntary recall"
    // against "a voluntary recall", "Nobody ordered us to do this".
    thing: 'recall ordered', mixed: true,
    about: /\brecall/,
    yes: [/(?<!\bwho\s|\bwhether\s|\bnot\s|\bnever\s|\bnobody\s|\bno\s+one\s|n't\s)\b(?:ordered|mandated|forced|compelled)\s+(?:this|the|a|its)\s+recall\b/, /\bnot\s+a\s+voluntary\s+recall\b/, /\brecall\s+(?:was|had\s+been|has\s+been)\s+ordered\b/,
      /\brecall\s+(?:this|the)\s+(?:agency|regulator|authority|ministry)\s+(?:has\s+|had\s+)?ordered\b/, /(?<!\bnot\s|\bnever\s|\bnobody\s|\bno\s+one\s)\bordered\s+(?:\w+\s+){0,3}?to\s+recall\b/],
    // A voluntary recall said of this one ("is a voluntary recall", "voluntarily recalling"), not "A voluntary recall is
    // treated more leniently"; "the recall was its own decision", "before any order arrived", "Nobody had to tell us".
    no: [/(?<!\bnot\s)\b(?:is|was|as|announced|launched|began|started|called\s+it|calls\s+it|described\s+it\s+as)\s+(?:a|an)\s+voluntary\s+recall\b/, /\bvoluntarily\s+recall/, /\b(?:nobody|no\s+one)\s+(?:has\s+|had\s+)?(?:ordered|had\s+to\s+tell|told)\s+(?:us|them|it|the\s+company)\b/,
      /\brecall\s+(?:was|is)\s+(?:its|our|the\s+company['’]s)\s+own\s+decision\b/, /\bbefore\s+any\s+order\b/,
      /\brecall\w*\s+(?:[\w,'’-]+\s+){0,6}?(?:on\s+its\s+own\s+initiative|of\s+its\s+own\s+accord)\b/],
    unless: /\bin\s+(?:19|20)\d\d\b|\blast\s+(?:year|spring|summer|autumn|winter|month)\b|\b(?:previous|earlier|another|separate)\s+recall\b|\b(?:unrelated|rival|its\s+own\s+(?!accord|initiative|decision))\b/,
    topic: 'whether the recall was ordered', question: 'Ordered by the regulator', noLabel: 'voluntary',
  },
  {
    // Goods taken off sale or still sold: "ordered an immediate halt to sales", "sales are halted" against "still on
    // sale at dealerships on Tuesday", "would go on selling". Not shares, tickets or arms.
    thing: 'sales halted', mixed: true,
    about: /\bsales?\b|\bselling\b|\bshel(?:f|ves)\b|\bshops\b|\bwithdrawal\b/,
    yes: [/\b(?:halt|stop|suspension|freeze)\s+(?:to|on|of)\s+(?:(?:all|the|new|further)\s+)?(?:\w+\s+)?sales\b/, /\bsales\s+(?:of\s+(?:\w+\s+){1,3})?(?:are|were|have\s+been|had\s+been|was|is)\s+(?:now\s+)?(?:halted|suspended|stopped|frozen)\b/,
      /\bsales\s+had\s+stopped\b/, /(?<!\bnot\s|\bnever\s|n't\s)\b(?:stopped|halted|suspended)\s+(?:all\s+)?(?:sales|selling)\b/,
      // Goods withdrawn: "taken off the shelves of every supermarket", "cleared from shops", "no tin … remains on sale".
      /(?<!\bnot\s(?:been\s)?|\bnever\s(?:been\s)?)\b(?:taken|pulled|removed|cleared|withdrawn)\s+(?:off|from)\s+(?:the\s+)?(?:shelves|shops|stores|sale|pharmacies|supermarkets)\b/,
      /\bno\s+(?:[\w-]+\s+){0,6}?(?:remains?|left)\s+on\s+(?:sale|(?:any\s+)?shel(?:f|ves))\b/, /\bwithdrawal\s+(?:from\s+(?:the\s+)?(?:shops|stores)\s+)?(?:is|was|has\s+been)\s+(?:complete|completed|finished)\b/],
    no: [/\bstill\s+(?:on\s+sale|being\s+sold|for\s+sale|selling)\b/, /\b(?:go|went|carry|carried)\s+on\s+selling\b/, /\bcontinu(?:e|es|ed|ing)\s+(?:to\s+sell|selling)\b/,
      /\b(?:found|bought)\b[^.;]{0,60}\brecalled\b[^.;]{0,60}\b(?:on|for)\s+sale\b|\b(?:found|bought)\b[^.;]{0,60}\b(?:on|for)\s+sale\b[^.;]{0,40}\b(?:after|despite)\s+the\s+(?:recall|withdrawal)\b/],
    unless: /\b(?:the\s+rest\s+of|other\s+(?:models?|brands?|products?|cars?)|their\s+own|rival)\b|\b(?:shares?|stocks?|bonds?|tickets?|arms|weapons?|land|assets?|stake)\s+(?:sales?|selling)\b|\bsales?\s+of\s+(?:shares?|stocks?|bonds?|tickets?|arms|weapons?|land|assets?)\b|\bsales\s+(?:fell|rose|dropped|grew|figures|targets?)\b/,
    topic: 'whether sales were halted', question: 'Sales halted', noLabel: 'still on sale',
  },
  {
    // A defendant in the courtroom or on a screen: "stood in the defendants' enclosure as the verdict was read",
    // "heard the verdict in person" against "heard the verdict by video link from the detention centre", "was
    // never brought to the courthouse". A witness heard by video link is another matter.
    thing: 'in court', ofPerson: true, unnamedIsOnly: true,
    about: /\bvideo\s*-?link\b|\bin\s+person\b|\bon\s+a\s+screen\b|\bbrought\s+(?:in)?to\s+(?:the\s+)?court|\b(?:enclosure|dock)\b/,
    yes: [/\b(?:heard|attended|followed|listened\s+to)\s+(?:the\s+)?(?:verdict|hearing|sentence|sentencing|trial|proceedings)\s+in\s+person\b/, /(?<!\bnot\s|\bnever\s|n't\s)\b(?:was|were|had\s+been)\s+brought\s+(?:in)?to\s+(?:the\s+)?court(?:room|house)?\b/, /\bstood\s+in\s+(?:the\s+)?(?:defendants['’]?\s+)?(?:enclosure|dock|cage)\b/],
    no: [/\b(?:heard|attended|followed|watched|listened\s+to|appeared\s+(?:at|in))\s+(?:the\s+|it\s+)?(?:verdict|hearing|sentence|sentencing|trial|proceedings|court)?\s*(?:by|via|over|through)\s+(?:a\s+)?video\s*-?link\b/, /\b(?:heard|watched|followed)\s+(?:the\s+)?(?:verdict|hearing|sentence|sentencing|trial|proceedings|it)\s+on\s+a\s+screen\b/, /\b(?:not|never)\s+(?:been\s+)?brought\s+(?:in)?to\s+(?:the\s+)?court(?:room|house)?\b/],
    unless: /\bwitness(?:es)?\b[^.;]{0,40}\bvideo\s*-?link\b|\bvideo\s*-?link\b[^.;]{0,40}\bwitness/,
    topic: 'whether the defendant was in the courtroom', question: 'In the courtroom', noLabel: 'by video link',
  },
  carriedThrough('exchange', 'exchange|swap|handover|hand-over'),
  carriedThrough('evacuation', 'evacuation'),
  carriedThrough('withdrawal', 'withdrawal|pull-?out'),
  authenticity('claim', 'claims?|statements?|messages?|communiqu[eé]s?|posts?'),
  authenticity('document', 'documents?|letters?|memos?|emails?'),
  authenticity('recording', 'videos?|footage|recordings?|audio|photos?|photographs?|images?|pictures?'),
];
// Most passages hold none of a fact's words: each pattern first looks for them (see prefilter.ts).
for (const f of FACTS) Object.assign(f, { about: gated(f.about), yes: f.yes.map(gated), no: f.no.map(gated), unless: f.unless && gated(f.unless) });

/** What a passage says of each fact: yes, no, or nothing (both, neither, or an open question). */
const factsOf = perPassage<Array<boolean | undefined>>();
function readFacts(st: Statement): Array<boolean | undefined> {
  if (!FACTS.some((f) => mayMatch(f.about, st.lower))) return NO_FACTS;
  const read = FACTS.map((f) => {
    if (!f.about.test(st.lower) || asks(st.lower)) return undefined;
    const found = firstMatch(f.no, st.lower);
    const no = !!found;
    const said = found ?? firstMatch(f.yes, st.lower);
    if (!said || (f.mixed && no && firstMatch(f.yes, st.lower))) return undefined;
    const yes = !no;
    // Talk of what may be counts in the sentence that says it: a quotation's next sentence ("I would
    // ask people not to spread fear") leaves "There was no cyber-attack" as said.
    if ((f.intent ? OPEN_INTENT : OPEN).test(sentenceAt(st.lower, said).replace(/\bwill\s+not\b/g, '')) || f.unless?.test(st.lower)) return undefined;
    return !f.keep && DENIED_REPORT.test(st.lower) ? !yes : yes;
  });
  // Most passages say nothing of any: they share one empty list.
  return read.some((r) => r !== undefined) ? read : NO_FACTS;
}
const NO_FACTS: Array<boolean | undefined> = [];

/** Where the first of some patterns matches a text: [start, end), or undefined. */
function firstMatch(patterns: RegExp[], text: string): [number, number] | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

/** The sentence of a passage around a match: from the stop before it to the stop after it. */
function sentenceAt(text: string, [start, end]: [number, number]): string {
  const before = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('? ', start), text.lastIndexOf('! ', start));
  const stops = ['. ', '? ', '! '].map((x) => text.indexOf(x, end)).filter((i) => i >= 0);
  return text.slice(before + 1, stops.length ? Math.min(...stops) + 1 : text.length);
}

/** The actor of the person a fact's words are said of ("Raul Venko had been suspended"), or ''. */
function personBefore(st: Statement, about: RegExp): string {
  const m = about.exec(st.lower);
  const at = st.start + (m?.index ?? 0);
  // "The club has suspended head coach Ivo Brandt": the person named right after the words is the one they are of.
  if (m) {
    const end = at + m[0].length;
    const object = st.mentions.find((x) => x.type === 'person' && x.actor && x.start >= end && /^\s+(?:(?!(?:by|from|to|with|and|as|said|says|told)\s)[a-z'’.-]+\s+){0,3}$/.test(st.lower.slice(end - st.start, x.start - st.start)));
    if (object) return object.actor ?? '';
  }
  return personNamedBefore(st, at)?.actor ?? '';
}
// "He had not been charged", "her client had been questioned, not charged": a person the passage does not name.
const UNNAMED = /* @__PURE__ */ gated(/\b(?:he|she|him|her\s+client|his\s+client|my\s+client|our\s+client|her\s+condition|his\s+condition|(?:its|their|our)\s+(?:leader|general\s+secretary|chairman|chairwoman|president|candidate))\b\s*["“]?[^.;:"“”]{0,40}$/);
function unnamedBefore(st: Statement, about: RegExp): boolean {
  const m = about.exec(st.lower);
  const at = m?.index ?? 0;
  // "Nobody has charged him with anything": the person is the object after the words.
  return UNNAMED.test(st.lower.slice(0, at)) || (!!m && /^\s*(?:him|her)\b/.test(st.lower.slice(at + m[0].length)));
}

/** One source says yes and another no about a fact of the story. */
export function factContradictions(statements: Statement[]): Contradiction[] {
  // The passages that say something of each fact, found in one pass.
  const about: Statement[][] = FACTS.map(() => []);
  for (const st of statements) {
    const facts = factsOf(st, readFacts);
    for (let k = 0; k < facts.length; k++) if (facts[k] !== undefined) about[k].push(st);
  }
  return FACTS.flatMap((f, k) => {
    // A fact of a person said without a name ("he had not been charged", "my client") is of the one
    // person the other passages name, when they name one only.
    const who = f.ofPerson ? new Map(about[k].map((st) => [st, personBefore(st, f.about)])) : undefined;
    const named = who ? new Set([...who.values()].filter(Boolean)) : undefined;
    const only = named?.size === 1 ? [...named][0] : '';
    return disagreements(about[k], (st): YesNo | undefined => {
      const r = factsOf(st, readFacts)[k];
      return r === undefined ? undefined : { thing: who ? `${f.thing}|${who.get(st) || (f.unnamedIsOnly || unnamedBefore(st, f.about) ? only : '')}` : f.thing, yes: r };
    }).flatMap(({ yes, no }) => {
      // "No case had been opened" on Monday and "opened an investigation" on Wednesday tell a sequence.
      const later = (n: Statement, y: Statement) => n.file !== y.file && !((dayOf(n) ?? Infinity) < (dayOf(y) ?? -Infinity));
      // "Police fired on protesters on Wednesday" and "fired into the air on Monday": two days, two occasions.
      const sameDay = (n: Statement, y: Statement) => { const a = dayOf(n); const b = dayOf(y); return n.file !== y.file && (a === undefined || b === undefined || a === b); };
      const occasion = f.occasion;
      const sameOccasion = occasion ? (n: Statement, y: Statement) => { const a = occasion(n); const b = occasion(y); return a === undefined || b === undefined || a === b; } : undefined;
      const timing = f.once ? later : f.sameDay ? sameDay : undefined;
      const pairs = timing || sameOccasion ? (n: Statement, y: Statement) => n.file !== y.file && (!timing || timing(n, y)) && (!sameOccasion || sameOccasion(n, y)) : undefined;
      const ys = pairs ? yes.filter((y) => no.some((n) => pairs(n, y))) : yes;
      const ns = pairs ? no.filter((n) => ys.some((y) => pairs(n, y))) : no;
      return ys.length && ns.length ? [yesNoContradiction(f.topic, `${f.question}: yes (${voicesOf(ys)}) vs ${f.noLabel} (${voicesOf(ns)})`, ys, ns)] : [];
    });
  });
}

// A service said to be back against one said to be still down, on that day or later: computer
// systems ("back up and running normally since Thursday" vs "the patient record is still down") and
// the power supply ("power has been restored to all of the city" vs "still without power on Saturday").
interface Service {
  topic: string;
  question: string;
  /** Whether the passage speaks of this service at all. */
  about: RegExp;
  /** Passages about another service with the same words. */
  other?: RegExp;
  back: RegExp;
  down: RegExp;
  /** Whether "not restored", "not back" says the service is down. */
  restores?: boolean;
  /** How the summary names the state that is not back, when not "still down". */
  downLabel?: string;
}
const SERVICES: Service[] = [
  {
    topic: 'whether the systems are back', question: 'Are the systems back', restores: true,
    about: /\b(?:systems?|network|computers?|servers?|record|records|website|email)\b/,
    // Power, water and roads are other stories.
    other: /\b(?:power|electricity|water|roads?)\b/,
    back: /\b(?:back\s+(?:up\s+)?(?:and\s+)?running|back\s+online|(?:fully\s+)?restored|working\s+normally|running\s+normally|back\s+to\s+normal)\b/,
    down: /\bstill\s+(?:down|offline|out\s+of\s+action|unavailable|not\s+working|(?:running\s+)?(?:entirely\s+)?on\s+paper)\b|\b(?:remains?|remained)\s+(?:down|offline|unavailable)\b|\bstay\s+offline\b/,
  },
  {
    topic: 'whether the power is back', question: 'Is the power back', restores: true,
    about: /\b(?:power|electricity|blackout|supply)\b/,
    // "Water supply", "fuel supplies": other services.
    other: /\b(?:water|gas|fuel|food|medical|blood|oxygen)\s+suppl/,
    // "restored to all of the city", "electricity supply was fully restored", "power is back on".
    // "Supply was back in every district", "restored to \"the whole of Dalvitsa\"": all of it, not a part.
    back: /\b(?:power|electricity|supply)\b[^.;]{0,40}?\b(?:(?:was|were|is|has\s+been|had\s+been|have\s+been)\s+(?:now\s+)?(?:fully\s+)?restored(?!\s+to\s+(?!["']?(?:all\b|the\s+whole\b|the\s+entire\b|every\b)))|(?:is|was)\s+back\s+(?:on|in\s+(?:every|all)\b))\b/,
    // "still without power", "we have had no power since Wednesday", "streets still dark".
    down: /\bstill\s+(?:without|had\s+no|have\s+no|has\s+no|no)\s+(?:power|electricity)\b|\b(?:have|has|had)\s+had\s+no\s+(?:power|electricity)\b|\bstill\s+(?:dark|in\s+(?:the\s+)?dark)\b|\b(?:power|electricity)\s+(?:is|was|remains?|remained)\s+(?:still\s+)?(?:out|off|cut)\b/,
  },
  {
    // "All fishing boats have been accounted for" against "11 boats were still missing on Saturday".
    topic: 'whether everyone is accounted for', question: 'Is everyone accounted for', downLabel: 'some still missing',
    about: /\b(?:boats?|vessels?|fishermen|crews?|miners|passengers|climbers|hikers|residents|people|workers|children|students)\b/,
    back: /\b(?:all|every|everyone|everybody)\b[^.;]{0,80}?\b(?:(?:has|have|had)\s+(?:now\s+)?been|(?:is|are|was|were)\s+(?:now\s+)?)\s*accounted\s+for\b/,
    down: /\b(?:still|remain|remains|remained)\s+(?:missing|unaccounted\s+for)\b|\b(?:have|has|had)\s+still\s+not\s+(?:come\s+home|returned|come\s+back|been\s+found)\b/,
  },
  {
    // One flight recorder: "The flight recorder was recovered on Wednesday" against "We have not found the black
    // box". Not where a source tells of two (the cockpit voice recorder is another box).
    topic: 'whether the flight recorder was found', question: 'Was the flight recorder found', downLabel: 'not found',
    about: /\b(?:flight\s+(?:data\s+)?recorder|black\s+box)\b/,
    other: /\b(?:voice|cockpit|both|two|recorders|boxes|previous|earlier|second\s+(?:aircraft|plane|helicopter|jet))\b|\b(?:19|20)\d\d\b/,
    back: /(?<!\bno\s+(?:flight\s+)?(?:data\s+)?)\b(?:recorder|black\s+box)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:found|recovered|retrieved|located)\b|(?<!\bnot\s|\bno\s)\b(?:recovered|found|retrieved|brought\s+up|raised)\s+the\s+(?:\w+['’]s\s+)?(?:flight\s+(?:data\s+)?recorder|black\s+box)\b(?!['’]?s?\s+(?:signal|pinger|beacon))/,
    down: /\bno\s+(?:flight\s+)?(?:data\s+)?recorder\s+(?:had|has|was)\s+(?:yet\s+)?been\s+(?:found|recovered|located|retrieved)\b|\b(?:have|has|had)\s+not\s+(?:yet\s+)?(?:found|recovered|located|retrieved)\s+the\s+(?:flight\s+(?:data\s+)?recorder|black\s+box)\b|\b(?:recorder|black\s+box)\s+(?:has|had|was|is)\s+(?:still\s+)?(?:not|yet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?(?:found|recovered|located|retrieved)\b/,
  },
  {
    // "Both flight recorders were recovered" against "the cockpit voice recorder has not been found".
    topic: 'whether the flight recorders were found', question: 'Were both flight recorders found', downLabel: 'one still missing',
    about: /\b(?:recorders?|black\s+box(?:es)?)\b/,
    back: /\bboth\s+(?:of\s+the\s+)?(?:flight\s+)?(?:data\s+)?(?:recorders|black\s+boxes)\b[^.;]{0,30}?\b(?:found|recovered|retrieved|located)\b|\b(?:found|recovered|retrieved|located)\s+both\s+(?:flight\s+)?(?:recorders|black\s+boxes)\b/,
    down: /\b(?:recorder|black\s+box)\s+(?:has|had|was|is)\s+(?:still\s+)?(?:not|yet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?(?:found|recovered|located|retrieved)\b|\b(?:recorder|black\s+box)\b[^.;]{0,30}?\b(?:is|was|remains?|remained)\s+(?:still\s+)?missing\b/,
  },
];

/** Each service a passage says is back (true) or still down (false). */
const servicesOf = perPassage<Array<boolean | undefined>>();
function readServices(st: Statement): Array<boolean | undefined> {
  return SERVICES.map((sv) => {
    if (!sv.about.test(st.lower) || sv.other?.test(st.lower)) return undefined;
    // "have not been restored" is down.
    if (sv.restores && /\b(?:not|never|yet\s+to)\s+(?:\w+\s+){0,2}?(?:restored|back)\b|n't\s+(?:\w+\s+){0,2}?(?:restored|back)\b/.test(st.lower)) return false;
    const down = sv.down.test(st.lower);
    const up = sv.back.test(st.lower);
    // "Not everyone has been accounted for", "all but three", "have yet to be located": not all of it.
    if (up && /\bnot\s+(?:all|every|everyone|everybody|both)\b|\ball\s+but\b|\byet\s+to\s+be\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?(?:accounted|found|recovered|located)\b/.test(st.lower)) return undefined;
    if (down === up || /\b(?:if|whether|expects?|expected|hopes?|could|would|should|will|by\s+next)\b[^.;]{0,30}\b(?:restored|back|normal|recovered|found|located|retrieved)/.test(st.lower)) return undefined;
    return up;
  });
}

/** The day a state is said for: "still down" on the article's day, else the day it names. */
function stateDay(st: Statement): number | undefined {
  if (/\bstill\b|\bremains?\b|\bhave\s+had\s+no\b/.test(st.lower) && st.published) {
    const t = Date.parse(st.published);
    if (!Number.isNaN(t)) return t;
  }
  return dayOf(st);
}

const LATE_IN_DAY = /* @__PURE__ */ gated(/\b(?:night|evening|late)\b/);

export function servicesContradictions(statements: Statement[]): Contradiction[] {
  return SERVICES.flatMap((sv, k) => {
    const up: Statement[] = [];
    const down: Statement[] = [];
    for (const st of statements) {
      const r = servicesOf(st, readServices)[k];
      if (r !== undefined) (r ? up : down).push(st);
    }
    // Back "on Thursday night" and still down at 13:30 on Thursday is no clash: on one day, only a
    // service said back before the evening stands against one still down.
    const clash = (u: Statement, d: Statement) => {
      const ud = dayOf(u);
      const dd = stateDay(d);
      return u.file !== d.file && ud !== undefined && dd !== undefined && (dd > ud || (dd === ud && !LATE_IN_DAY.test(u.lower)));
    };
    const us = up.filter((u) => down.some((d) => clash(u, d)));
    const ds = down.filter((d) => up.some((u) => clash(u, d)));
    if (!us.length || !ds.length) return [];
    return [{
      id: '', kind: 'status' as const, topic: sv.topic,
      summary: `${sv.question}: yes (${voicesOf(us)}) vs ${sv.downLabel ?? 'still down'} (${voicesOf(ds)})`,
      confidence: round(0.55),
      sides: [...us.slice(0, 4), ...ds.slice(0, 4)].map((s) => sideOf(s)),
    }];
  });
}

// What spreads into a place, and the places it may reach: "fresh crude inside the lagoon", "the fire reached the village".
const SPREADING = '(?:oil|crude|fuel|slick|sewage|floodwater|flood\\s+water|water|fire|flames|blaze|smoke|ash|gas|chemicals?|contamination)';
const PLACES = '(?:lagoon|estuary|bay|harbou?r|river|reserve|park|wetlands?|marsh(?:es)?|delta|village|town|city|reservoir|lake|beach|port|plant|camp|hospital|school|valley)';
const REACHED = /* @__PURE__ */ gated(new RegExp(`\\b${SPREADING}\\b[^.;]{0,60}?\\b(?:inside|entered|enters|entering|reached|reaches|got\\s+into|seeped\\s+into|spread\\s+into|made\\s+it\\s+into|washed\\s+into)\\s+(?:the|its)\\s+(?:[a-z]+\\s+)?(${PLACES})\\b`));
const NOT_REACHED = /* @__PURE__ */ gated(new RegExp(`\\b(?:no|not\\s+a\\s+drop\\s+of|not\\s+any)\\s+(?:\\w+\\s+)?${SPREADING}\\s+(?:has|had|have)\\s+(?:\\w+\\s+)?(?:entered|reached|got\\s+into|seeped\\s+into|spread\\s+(?:in)?to)\\s+(?:(?:the|its)\\s+(?:[a-z]+\\s+)?(${PLACES})\\b|it\\b)|\\b${SPREADING}\\s+(?:has|had|have)\\s+not\\s+(?:yet\\s+)?(?:entered|reached|got\\s+into|spread\\s+(?:in)?to)\\s+(?:the|its)\\s+(?:[a-z]+\\s+)?(${PLACES})\\b`));
const PLACE_WORD = /* @__PURE__ */ gated(new RegExp(`\\b${PLACES}\\b`, 'g'));

/** Whether a passage says something spread into a place (true) or not (false), with the place's noun. */
const reachOf = perPassage<{ place: string; yes: boolean } | undefined>();
function readReach(st: Statement): { place: string; yes: boolean } | undefined {
  if (OPEN.test(st.lower) || asks(st.lower)) return undefined;
  const no = NOT_REACHED.exec(st.lower);
  if (no) {
    // "the booms across the lagoon's mouth held and no oil had entered it": the place named before.
    const place = no[1] ?? no[2] ?? [...st.lower.slice(0, no.index).matchAll(PLACE_WORD)].pop()?.[0];
    return place ? { place, yes: false } : undefined;
  }
  const yes = REACHED.exec(st.lower);
  if (!yes || /\b(?:not|never|no)\b/.test(st.lower.slice(Math.max(0, yes.index - 20), yes.index + yes[0].length))) return undefined;
  return { place: yes[1], yes: true };
}

/**
 * Something said to have reached a place against its not having reached it, said that day or later:
 * "Not a drop of oil has entered the Sellan Lagoon" against "fresh crude on the mudflats inside the lagoon".
 */
export function reachContradictions(statements: Statement[]): Contradiction[] {
  const groups = disagreements(statements, (st) => {
    const r = reachOf(st, readReach);
    return r ? { thing: r.place, yes: r.yes } : undefined;
  });
  return groups.flatMap(({ thing, yes, no }) => {
    // A denial made before the first sighting is no clash: it may have arrived later.
    const ys = yes.filter((y) => no.some((n) => n.file !== y.file && !((dayOf(n) ?? Infinity) < (dayOf(y) ?? -Infinity))));
    const ns = no.filter((n) => ys.some((y) => n.file !== y.file && !((dayOf(n) ?? Infinity) < (dayOf(y) ?? -Infinity))));
    if (!ys.length || !ns.length) return [];
    return [yesNoContradiction(`whether it reached the ${thing}`, `Did it reach the ${thing}: yes (${voicesOf(ys)}) vs no (${voicesOf(ns)})`, ys, ns)];
  });
}

// "charged with murder", "under investigation for manslaughter", "arrested on suspicion of murder".
const CHARGE = /* @__PURE__ */ gated(/\b(?:charg(?:ed|es|ing)\s+(?:\w+\s+){0,2}?with|under\s+investigation\s+for|arrested\s+on\s+suspicion\s+of|indicted\s+(?:\w+\s+)?(?:for|on))\s+(?:(?:attempted|involuntary|voluntary|aggravated|first-degree|second-degree|third-degree|negligent|reckless)\s+)?(murder|manslaughter|homicide|culpable\s+homicide|negligence|assault|fraud|bribery|terrorism)\b/);

/** The offence a passage says someone is charged with or investigated for, folded ("involuntary manslaughter" → manslaughter). */
const chargeOf = perPassage<string | undefined>();
function readCharge(st: Statement): string | undefined {
  if (OPEN.test(st.lower) || asks(st.lower) || /\b(?:calls?|demand(?:s|ed)?|urg(?:ed|es))\s+(?:\w+\s+){0,4}?(?:for|that)\b/.test(st.lower)) return undefined;
  const m = CHARGE.exec(st.lower);
  if (!m || /\b(?:not|never|no)\s+(?:\w+\s+){0,2}$/.test(st.lower.slice(Math.max(0, m.index - 20), m.index))) return undefined;
  return m[1].replace(/^culpable\s+/, '');
}

/**
 * One suspect said to be charged with one offence in one source and another in another: "charged with
 * murder" against "charged with involuntary manslaughter". The story's charges are compared when each
 * source names one offence only.
 */
export function chargeContradictions(statements: Statement[]): Contradiction[] {
  const byCharge = new Map<string, Statement[]>();
  for (const st of statements) {
    const c = chargeOf(st, readCharge);
    if (c) (byCharge.get(c) ?? byCharge.set(c, []).get(c)!).push(st);
  }
  if (byCharge.size !== 2) return [];
  const [[ca, a], [cb, b]] = [...byCharge];
  // Two suspects charged apart would be named apart in one source; one source giving both is no dispute.
  const filesA = new Set(a.map((x) => x.file));
  if (b.some((x) => filesA.has(x.file)) || !a.some((x) => b.some((y) => y.file !== x.file))) return [];
  return [{
    id: '', kind: 'status', topic: 'the charge',
    summary: `What the charge is: ${ca} (${voicesOf(a)}) vs ${cb} (${voicesOf(b)})`,
    confidence: round(0.55),
    sides: [...a.slice(0, 4), ...b.slice(0, 4)].map((x) => sideOf(x)),
  }];
}

// One of a kind of people killed, or none: "a physics teacher, Samuel Gbadu, was shot dead" against "no
// teacher had been killed", "No member of staff was killed". A kind's members are in the kinds that hold it.
const KINDS: Record<string, string[]> = {
  teacher: ['teacher', 'staff'], guard: ['guard', 'staff'], nurse: ['nurse', 'staff'], doctor: ['doctor', 'staff'], staff: ['staff'],
  journalist: ['journalist'], child: ['child'], student: ['student', 'child'], pupil: ['student', 'child'], officer: ['officer'], soldier: ['soldier'],
};
const KIND = '(teachers?|guards?|nurses?|doctors?|journalists?|children|child|students?|pupils?|officers?|soldiers?|staff\\s+members?|members?\\s+of\\s+(?:the\\s+)?staff|staff)';
const KILLED_ONE = /* @__PURE__ */ gated(new RegExp(`\\b(?:a|an|one|the|their|its|our)\\s+(?:[\\w-]+\\s+){0,2}?${KIND}\\b[^.;]{0,40}?\\b(?:was|had\\s+been|has\\s+been)\\s+(?:shot\\s+dead|killed|stabbed\\s+to\\s+death|beaten\\s+to\\s+death)\\b`));
const KILLED_NONE = /* @__PURE__ */ gated(new RegExp(`\\bno\\s+(?:other\\s+)?${KIND}\\s+(?:had\\s+been\\s+|has\\s+been\\s+|was\\s+|were\\s+|have\\s+been\\s+)?(?:killed|died|among\\s+the\\s+dead)\\b|\\bno\\s+(?:other\\s+)?casualt(?:y|ies)\\s+among\\s+(?:the\\s+)?${KIND}`));
const kindOf = (noun: string): string => {
  const n = noun.replace(/\s+/g, ' ');
  if (/staff/.test(n)) return 'staff';
  if (n === 'children') return 'child';
  // Pupils are students.
  if (/^pupil/.test(n)) return 'student';
  return n.replace(/s$/, '');
};


/** A source that says one of a kind of people was killed against one that says none of that kind (or of a kind holding it) was. */
export function killedOfKindContradictions(statements: Statement[]): Contradiction[] {
  const one = new Map<string, Statement[]>();
  const none = new Map<string, Statement[]>();
  for (const st of statements) {
    if (!/\b(?:killed|dead|died|casualt)/.test(st.lower) || asks(st.lower)) continue;
    const no = KILLED_NONE.exec(st.lower);
    if (no) {
      const k = kindOf(no[1] ?? no[2]);
      (none.get(k) ?? none.set(k, []).get(k)!).push(st);
      continue;
    }
    const yes = KILLED_ONE.exec(st.lower);
    // "A police officer said the gunman was shot dead": the officer speaks; the one killed is another.
    if (yes && !SAYING.test(yes[0])) for (const k of KINDS[kindOf(yes[1])] ?? []) (one.get(k) ?? one.set(k, []).get(k)!).push(st);
  }
  // "No teacher was killed" and "no member of staff died", against one teacher killed, are one dispute:
  // the narrower kind's denials join the wider kind's when a wider one is denied too.
  for (const [kind, no] of [...none]) {
    const wider = (KINDS[kind] ?? []).find((w) => w !== kind && none.has(w));
    if (!wider) continue;
    none.get(wider)!.push(...no);
    none.delete(kind);
  }
  const out: Contradiction[] = [];
  for (const [kind, no] of none) {
    const yes = one.get(kind) ?? [];
    const y = yes.filter((a) => no.some((b) => b.file !== a.file));
    const n = no.filter((b) => yes.some((a) => a.file !== b.file));
    if (!y.length || !n.length) continue;
    out.push({
      id: '', kind: 'polarity', topic: `whether a ${kind === 'staff' ? 'member of staff' : kind} was killed`,
      summary: `Was a ${kind === 'staff' ? 'member of staff' : kind} killed: yes (${voicesOf(y)}) vs no (${voicesOf(n)})`,
      confidence: round(0.6),
      sides: [...y.slice(0, 4), ...n.slice(0, 4)].map((s) => sideOf(s)),
    });
  }
  return out;
}
