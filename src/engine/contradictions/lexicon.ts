// Word classes for how news reports disagree. Written for news in general: states of
// affairs (over vs ongoing), involvement and denial, identity of perpetrators, onsets.
// Every pattern is bounded (no nested unbounded quantifiers) because article text is untrusted, and
// gated: most passages hold none of a pattern's words, so the pattern is run only on those that do.

import { gated } from '../prefilter';

/** Statements that an event or state of affairs has ended. */
export const ENDED = /* @__PURE__ */ gated(/\b(?:(?<!\bnot )(?<!\bnever )(?:is|was|were|are|been|be) (?:now |completely |fully |largely )?(?:over|ended|extinguished|put out|contained|under control|eliminated|repelled|pushed back|defeated|neutrali[sz]ed|crushed|quelled|suppressed|driven (?:back|out)|cleared|lifted|called off)(?![a-z])|(?:completely |fully )?(?:eliminated|repelled|pushed back|neutrali[sz]ed|quelled|extinguished|put out)\b|(?:brought|got|gotten) (?:\w+ )?under control|(?:has|have|had) (?:ended|withdrawn|retreated|pulled out)|(?:withdrew|retreated|pulled (?:back|out)) (?:from|to|back)|(?:came|come|comes) to an end|restored order|no longer (?:burning|active|under way|underway|in control|holding)|(?:is|was|are|were|remained|remains) (?:now )?(?:"|')?(?:calm|quiet)\b(?! (?:until|before|when))|calm (?:has |had )?returned|(?:has|have|had) (?:now )?receded|receded (?:across|from|in)|(?:is|was|are|were) (?:now )?(?:fully )?(?:"|')?(?:calm and )?(?:fully )?under control|(?:has|have|had|was|were|is|are) (?:been )?re-?opened|(?<!\b(?:not|never|be|been|being|to) )re-?opened (?:on|at|to|for|after|early|late|last|this|yesterday|today)\b|(?:trains|services|traffic|flights|ferries|buses) (?:was |were |is |are |have been |had been )?(?:running|moving|operating) (?:\w+ ){0,4}again|(?:production|operations|mining|trading|classes) (?:has |have |had )?(?:partly |partially )?resumed|resumed (?:production|operations|mining)|(?:is|was|are|were) (?:once again |again |now )?safe to drink|(?:has|had|have) not been (?:closed|shut)\b(?! until| before| till)|(?:is|was|are|were) not (?:closed|shut)\b(?! until| before| till)|(?:leak|leaks|hole|crack|breach|rupture|well|pipeline)(?: in the \w+)? (?:was|were|has been|had been|have been|is|are) (?:now |finally |successfully )?(?:sealed|plugged|capped|stopped|stemmed|patched)\b|(?:sealed|plugged|capped|stemmed|patched) (?:the|its|a) (?:\w+ )?(?:leak|hole|crack|breach|rupture|well)\b|no longer (?:losing|leaking|spilling|discharging) (?:any )?(?:oil|fuel|crude|diesel|gas)?|(?:search|operation|rescue)\b[\w\s-]{0,30}? (?:was|has been|had been|is) (?:now )?(?:completed|concluded|finished|formally ended)|completes? the (?:search|rescue)|called off (?:the |its )?(?:search|rescue)\b|(?:was|were|has been|had been) (?:retaken|recaptured)\b|back (?:under the control|in the hands) of (?:the state|loyal|government|the government|the army))/);

/** Statements that an event or state of affairs goes on. */
export const ONGOING = /* @__PURE__ */ gated(/\b(?:still (?:burning|raging|controll?(?:ed|ing|s)?|hold(?:s|ing)?|held|fighting|active|under way|underway|going on|in control|occup(?:y|ied|ying)|smoulder(?:ing)?|smolder(?:ing)?|being (?:fought|battled))|continu(?:e|es|ed|ing) to (?:burn|rage|fight|hold|control|liberate|advance|battle|attack|resist|occupy|spread)|(?:fighting|clashes|shelling|battle|blaze|fire|protests?|strike|search) (?:continu(?:es|ed|ing)|raged|rages|went on|goes on|persist(?:s|ed)?)|(?:remains?|remained) (?:in control|active|ablaze|out of control|under way|underway)|raged? on\b|not (?:yet )?(?:over|under control|contained|extinguished)|(?:is|are|was|were) (?:still )?ongoing|(?:remained|remains|still|were still|was still) under water|could still be heard|(?:fire|shelling|shooting|gunfire|explosions|clashes) (?:could be heard|continued|went on|was still)|went on until|(?:remains?|remained|still|stays?) (?:closed|shut)\b|closed until further notice|\b(?:mine|colliery|pit|plant|factory|airport|port|border|crossing|road|bridge|school|market|station|railway) (?:is|are|remains?) (?:closed|shut)\b|(?:advisory|boil-water notice|evacuation order|order to evacuate|order to leave|curfew|it)(?: [\w'-]+){0,3}? (?:remained|remains|is still|was still|stays|stayed) in (?:force|place|effect)\b|not lifted it\b|search (?:will|to) continue\b|search (?:is|was|were) (?:still )?(?:continuing|going on|under way|underway)\b|(?:are|were|is|was) still (?:searching|digging)\b|\bban\b[^;]{0,40}?\b(?:remains?|remained|stays?|stayed) (?:in (?:force|place|effect)|in place)\b|curfew\b[^;]{0,60}?\b(?:remains?|remained|is still|stays?) in (?:force|place|effect)\b|still (?:leaking|losing (?:oil|fuel|crude|diesel)|spilling|seeping|escaping)|(?:oil|fuel|crude|diesel) (?:is|was|are|were) still (?:escaping|leaking|coming out|pouring|seeping|spilling)|(?:has|have|had) not (?:yet )?stopped (?:leaking|spilling)|not (?:call|calling) (?:that|this|it) sealed|(?:has|have|had) not been (?:called off|suspended|stopped|ended)|will not be called off)/);

/** Topic classes of a state of affairs, so that "the fire is out" is not compared with "the talks go on". */
export const STATUS_TOPICS: [string, RegExp][] = /* @__PURE__ */ [
  // "The fire service", "fire crews": the people who fight fires are no fire.
  ['fire', /\b(?:fires?\b(?! (?:service|brigade|crews?|fighters?|department|officers?|chief|station|engines?|trucks?)\b)|blaze|flames|burning|inferno|smoulder|smolder|extinguish)/],
  // A ship, a well or a pipeline losing oil: sealed, or still leaking.
  ['leak', /\b(?:leak(?:s|ing|ed)?|sealed|plugged|capped|losing (?:oil|fuel|crude|diesel)|(?:oil|fuel|crude|diesel) (?:is|was|are|were) still escaping)\b/],
  ['fighting', /\b(?:coup|mutiny|mutineers|putsch|insurrection|plotters|rebels?|gunmen|fight(?:ing|ers)?|clash(?:es)?|battle|incursion|raid|assault|offensive|(?<!\b(?:rescue|search|recovery|salvage|clean-?up|relief|aid|evacuation) )operation|insurgen(?:cy|ts)|militants|attackers|occup(?:y|ied|ation)|liberat(?:e|ing|ion)|territory|shelling|siege|invasion|troops)\b/],
  ['protest', /\b(?:protest(?:s|ers)?|demonstrat(?:ion|ors)|rally|sit-in|unrest|riots?)\b/],
  ['search', /\b(?:search(?:ing)?|rescue(?:rs)?|recovery operation)\b/],
  ['outage', /\b(?:outage|blackout|power cut|shutdown|disruption)\b/],
  // A road, line, crossing or airport closed, and open again.
  ['closure', /\b(?:closure|re-?opened|reopen(?:s|ing)?|open again|not been (?:closed|shut)|(?:is|was|are|were) not (?:closed|shut)|(?:remains?|remained|still|stays?) (?:closed|shut)|closed until|(?:trains|services|traffic|flights|ferries|buses) (?:\w+ ){0,3}(?:running|resumed|moving|operating|crossing) (?:\w+ ){0,4}again|(?:production|operations|mining|trading|classes) (?:has |have |had )?(?:partly |partially )?resumed|resumed (?:production|operations|mining)|(?:mine|colliery|pit|plant|factory|airport|port|border|crossing|road|bridge|school|market|station|railway) (?:is|are|remains?) (?:closed|shut))\b/],
  // An evacuation order: in force, or lifted.
  ['evacuation order', /\b(?:evacuation orders?|orders? to (?:evacuate|leave))\b/],
  // A curfew: in force, or lifted.
  ['curfew', /\bcurfews?\b/],
  // A ban on a sale, a flight or a gathering: in force, or lifted.
  ['ban', /\b(?:ban|bans|restriction|restrictions)\b/],
  // A boil-water advisory: in force, or lifted ("safe to drink" again).
  ['advisory', /\b(?:advisory|boil-water|safe to drink)\b/],
  ['flood', /\b(?:flood(?:s|ing|waters)?|inundat|under water|receded)/],
  ['outbreak', /\b(?:outbreak|epidemic|infections?)\b/],
  ['talks', /\b(?:talks|negotiations|ceasefire|truce)\b/],
].map(([name, re]) => [name, gated(re as RegExp)] as [string, RegExp]);

/** Words that say a party took part in, backed or directed an act. */
export const INVOLVEMENT = /* @__PURE__ */ gated(/\b(?:involve(?:d|ment)|(?:support|supporting|leading|key|direct|active) role|played a (?:\w+ )?role|backed|backing|behind (?:it|the)|approv(?:al|ed)|under (?:\w+ ){0,2}command|coordinat(?:ed|ion)|orchestrat(?:ed|ion)|directed by|responsible for|responsibility for|sponsored|armed by|trained by)\b/);

/** Words that deny involvement outright. */
export const DENIAL = /* @__PURE__ */ gated(/\b(?:den(?:y|ies|ied|ying)|nothing to do with|not (?:been )?involved|no (?:involvement|role|part|link|connection)|reject(?:s|ed)? (?:any|the|claims|accusations|allegations)|dismiss(?:es|ed)? (?:any|the|claims|accusations|allegations)|had no hand|refut(?:e|es|ed))\b/);

/** Nouns for the people who carried out an act, and predicates that identify them. */
export const IDENTITY = /* @__PURE__ */ gated(/\b(?:carried out by|conducted by|perpetrated by|committed by|staged by|launched by|organi[sz]ed by|only involved|involved only|(?:they|attackers|assailants|gunmen|militants|perpetrators|fighters|saboteurs) (?:are|were))\s+(?:(?:only|all|exclusively|mostly|purely) )?(?:[\w-]+ ){0,1}?([a-z]+(?:ian|ean|ese|ish|ch|ic|i|an|ic))\s+(?:citizens|nationals|fighters|militants|activists|nationalists|saboteurs|soldiers|troops|forces|volunteers|mercenaries|terrorists|radicals|extremists|people|men|partisans|exiles|dissidents|servicemen)\b/);

/** Acts whose doer sources dispute: who fired first, who started the fighting, who was to blame. */
export const BLAME: [string, RegExp][] = /* @__PURE__ */ [
  ['fired first', /\b(?:fired|shot|opened fire|attacked|struck) first\b|\bfirst (?:shots?|to (?:fire|shoot|open fire|attack))\b/],
  ['started the fighting', /\b(?:started|began|provoked|triggered|instigated|initiated|sparked) (?:the |this )?(?:fighting|clash(?:es)?|war|violence|hostilities|shooting|skirmish|confrontation|unrest|riots?)\b/],
  ['was to blame', /\b(?:(?:is|was|are|were) (?:solely |fully |entirely )?(?:to blame|responsible) for (?:the |this )?(?:attack|violence|fire|shooting|strike|blast|explosion|clash(?:es)?|deaths?|collapse|disaster|crash|fighting|unrest))\b/],
].map(([act, re]) => [act, gated(re as RegExp)] as [string, RegExp]);

/** Verbs and nouns that mark when an event started. */
export const ONSET = /* @__PURE__ */ gated(/\b(?:beg(?:an|un)|start(?:ed|s)?|launch(?:ed)?|erupt(?:ed)?|broke out|struck|hit|happened|occurred|took place|crossed|moved into|exploded|explosion|blast|attack(?:ed)?|incursion|raid|sank|capsized|overturned|collapsed|crashed|derailed|(?:came|went) off the rails|caught fire)\b/);

/** Markers of a figure that updates an earlier one: not a contradiction of it. */
export const UPDATE = /* @__PURE__ */ gated(/\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|grows|fell|fallen|falls|dropped|drops|decreased|revised|updated|up from|down from|latest (?:figure|count|toll|tally)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:end|morning|evening)|then|now|late|early))\b/);

/** Sentences that report a speaker revising their own statement. */
export const REVISION = /* @__PURE__ */ gated(/\b(?:initially|at first|originally|first|earlier)\b[^.;]{0,120}?\b(?:said|reported|claimed|stated|announced|told)\b[^;]{0,240}?\b(?:but|before|however|then|and)\b[^;]{0,40}?\b(?:later|since|subsequently|afterwards|then|now)\b|\b(?:who|which)\b[^.;]{0,40}?\b(?:had )?(?:said|reported|claimed|insisted)\b[^.;]{1,160}?,\s+(?:now|later|have since|has since)\s+(?:say|says|said|admit|admits|acknowledge|acknowledges|concede|concedes)\b/);

/** Weekdays in order, Sunday first (as Date.getUTCDay numbers them). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Demonyms of the world's larger countries, for "Ukrainian command" → Ukraine. */
export const DEMONYMS: Record<string, string> = {
  afghan: 'afghanistan', albanian: 'albania', algerian: 'algeria', american: 'united states', argentine: 'argentina', argentinian: 'argentina',
  armenian: 'armenia', australian: 'australia', austrian: 'austria', azerbaijani: 'azerbaijan', bangladeshi: 'bangladesh', belarusian: 'belarus',
  belgian: 'belgium', bolivian: 'bolivia', bosnian: 'bosnia', brazilian: 'brazil', british: 'britain', bulgarian: 'bulgaria', burmese: 'myanmar',
  cambodian: 'cambodia', canadian: 'canada', chilean: 'chile', chinese: 'china', colombian: 'colombia', congolese: 'congo', croatian: 'croatia',
  cuban: 'cuba', czech: 'czech republic', danish: 'denmark', dutch: 'netherlands', ecuadorian: 'ecuador', egyptian: 'egypt', emirati: 'united arab emirates',
  eritrean: 'eritrea', estonian: 'estonia', ethiopian: 'ethiopia', filipino: 'philippines', finnish: 'finland', french: 'france', georgian: 'georgia',
  german: 'germany', ghanaian: 'ghana', greek: 'greece', guatemalan: 'guatemala', haitian: 'haiti', hungarian: 'hungary', indian: 'india',
  indonesian: 'indonesia', iranian: 'iran', iraqi: 'iraq', irish: 'ireland', israeli: 'israel', italian: 'italy', japanese: 'japan', jordanian: 'jordan',
  kazakh: 'kazakhstan', kenyan: 'kenya', korean: 'korea', kosovar: 'kosovo', kuwaiti: 'kuwait', kyrgyz: 'kyrgyzstan', latvian: 'latvia', lebanese: 'lebanon',
  libyan: 'libya', lithuanian: 'lithuania', malaysian: 'malaysia', malian: 'mali', mexican: 'mexico', moldovan: 'moldova', mongolian: 'mongolia',
  moroccan: 'morocco', nepalese: 'nepal', nigerian: 'nigeria', norwegian: 'norway', pakistani: 'pakistan', palestinian: 'palestine', peruvian: 'peru',
  polish: 'poland', portuguese: 'portugal', qatari: 'qatar', romanian: 'romania', russian: 'russia', rwandan: 'rwanda', saudi: 'saudi arabia',
  serbian: 'serbia', slovak: 'slovakia', slovenian: 'slovenia', somali: 'somalia', spanish: 'spain', sudanese: 'sudan', swedish: 'sweden', swiss: 'switzerland',
  syrian: 'syria', taiwanese: 'taiwan', tajik: 'tajikistan', thai: 'thailand', tunisian: 'tunisia', turkish: 'turkey', ugandan: 'uganda', ukrainian: 'ukraine',
  uzbek: 'uzbekistan', venezuelan: 'venezuela', vietnamese: 'vietnam', yemeni: 'yemen', zimbabwean: 'zimbabwe', chechen: 'chechnya',
};

/** Capitals that news uses for their governments ("Kyiv denied", "Moscow said"). */
export const CAPITALS: Record<string, string> = {
  kabul: 'afghanistan', tirana: 'albania', algiers: 'algeria', washington: 'united states', 'buenos aires': 'argentina', yerevan: 'armenia',
  canberra: 'australia', vienna: 'austria', baku: 'azerbaijan', dhaka: 'bangladesh', minsk: 'belarus', brussels: 'belgium', brasilia: 'brazil',
  london: 'britain', sofia: 'bulgaria', ottawa: 'canada', santiago: 'chile', beijing: 'china', bogota: 'colombia', havana: 'cuba', prague: 'czech republic',
  copenhagen: 'denmark', cairo: 'egypt', 'addis ababa': 'ethiopia', helsinki: 'finland', paris: 'france', tbilisi: 'georgia', berlin: 'germany',
  athens: 'greece', budapest: 'hungary', 'new delhi': 'india', delhi: 'india', jakarta: 'indonesia', tehran: 'iran', baghdad: 'iraq', dublin: 'ireland',
  jerusalem: 'israel', rome: 'italy', tokyo: 'japan', amman: 'jordan', astana: 'kazakhstan', nairobi: 'kenya', seoul: 'south korea', pyongyang: 'north korea',
  beirut: 'lebanon', tripoli: 'libya', vilnius: 'lithuania', riga: 'latvia', tallinn: 'estonia', 'mexico city': 'mexico', chisinau: 'moldova', rabat: 'morocco',
  abuja: 'nigeria', oslo: 'norway', islamabad: 'pakistan', lima: 'peru', manila: 'philippines', warsaw: 'poland', lisbon: 'portugal', doha: 'qatar',
  bucharest: 'romania', moscow: 'russia', riyadh: 'saudi arabia', belgrade: 'serbia', madrid: 'spain', khartoum: 'sudan', stockholm: 'sweden', bern: 'switzerland',
  damascus: 'syria', taipei: 'taiwan', bangkok: 'thailand', ankara: 'turkey', kampala: 'uganda', kyiv: 'ukraine', kiev: 'ukraine', tashkent: 'uzbekistan',
  caracas: 'venezuela', hanoi: 'vietnam', sanaa: 'yemen', harare: 'zimbabwe', 'the hague': 'netherlands', amsterdam: 'netherlands',
};

/** Metres in each unit a length is given in (a depth, a stretch of coast, a fall, a column's height). */
export const LENGTH_FACTORS: Readonly<Record<string, number>> = {
  m: 1, metre: 1, metres: 1, meter: 1, meters: 1, km: 1000, kilometre: 1000, kilometres: 1000, kilometer: 1000, kilometers: 1000,
  ft: 0.3048, foot: 0.3048, feet: 0.3048, mile: 1609, miles: 1609,
};

/**
 * Whether the word at `at` is a participle describing the noun after it ("the overturned tanker", "the
 * collapsed roof"): it dates and times no event.
 */
export function describesNoun(lower: string, at: number, word: string): boolean {
  return /^[a-z]+ed$/.test(word) && /\b(?:the|a|an|its|their)\s+$/.test(lower.slice(Math.max(0, at - 6), at));
}
