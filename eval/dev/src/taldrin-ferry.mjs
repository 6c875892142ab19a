// Hand-written gold source for the Veyda Star ferry capsizing off Taldrin (invented event,
// Corvenia, December 2025). build-gold.mjs turns it into ../gold/taldrin-ferry.json.
const G = 'farwind-wire.txt';
const R = 'rtc-news.md';
const L = 'taldrin-tribune-live.md';
const D = 'antrela-daily.txt';
const X = 'sounding-line.md';

export default {
  corpus: 'taldrin-ferry',
  note: 'Invented event written for the project: the passenger ferry Veyda Star, run by Orvane Ferry Lines, capsizes in a gale on Lake Veyda in the fictional country of Corvenia on the evening of Friday 5 December 2025, about 6 km out of the northern port of Taldrin (spelled Taldryn by the foreign explainer) on the crossing to Miresk. Five invented outlets: a wire story (Saturday), a public broadcaster\'s web story and the local paper\'s live blog (Sunday), a state-aligned paper (Monday) and a foreign explainer (Tuesday). The operator, the transport ministry, the regulator (INA), the classification society, the weather office, the rescue service, the governor and prosecutors disagree about how many people were aboard, the toll, the safety certificate, the storm warning, the captain\'s status, who said the ferry was overloaded, the time it capsized and its licensed capacity; the live blog corrects its own count of people rescued alive (131, then 113). The toll rising from 23 (Saturday) to 48 (Sunday) is an update, not a contradiction; the ministry\'s 39 against the rescue service\'s 48 on the same Sunday evening is a contradiction. The ferry\'s name (a vessel: not a person, organization or place) is in ignore, so "Veyda" inside it is not a mention of Lake Veyda.',
  files: [D, G, R, L, X],
  meta: { [G]: [2, 3], [D]: [2, 3], [L]: [3] },

  actors: [
    // places
    { id: 'corvenia', name: 'Corvenia', type: 'place', forms: ['Corvenia'], note: '"Corvenia" inside "Radio Television Corvenia" is a nested name, not a place mention' },
    { id: 'antrela', name: 'Antrela', type: 'place', forms: ['Antrela', 'ANTRELA'], note: 'the capital; "Antrela Daily" and "University of Antrela" are nested names, not place mentions' },
    { id: 'taldrin', name: 'Taldrin', type: 'place', forms: ['Taldrin', 'TALDRIN', 'Taldryn'], note: 'the foreign explainer spells it Taldryn; "Taldrin General Hospital", "Taldrin Harbour Board" and "Taldrin Tribune" are nested names; "Taldrin-based" and "Taldrin–Miresk" are glued modifiers' },
    { id: 'miresk', name: 'Miresk', type: 'place', forms: ['Miresk'], note: 'the port on the southern shore the ferry was bound for' },
    { id: 'sarnet', name: 'Sarnet', type: 'place', forms: ['Sarnet'], note: 'a fishing village near Taldrin' },
    { id: 'istren', name: 'Istren Province', type: 'place', forms: ['Istren Province'] },
    { id: 'lake-veyda', name: 'Lake Veyda', type: 'place', forms: ['Lake Veyda'] },
    { id: 'osper-point', name: 'Osper Point', type: 'place', forms: ['Osper Point'], note: 'a headland (a named feature) is typed place here' },
    // organizations
    { id: 'ofl', name: 'Orvane Ferry Lines', type: 'organization', forms: ['Orvane Ferry Lines', 'OFL'], note: '"OFL-operated" is a glued modifier' },
    { id: 'wrs', name: 'Water Rescue Service', type: 'organization', forms: ['Water Rescue Service', 'WRS'] },
    { id: 'transport-ministry', name: 'Ministry of Transport and Waterways', type: 'organization', forms: ['Ministry of Transport and Waterways'] },
    { id: 'ina', name: 'Inland Navigation Authority', type: 'organization', forms: ['Inland Navigation Authority', 'INA'] },
    { id: 'nwo', name: 'National Weather Office', type: 'organization', forms: ['National Weather Office', 'NWO'] },
    { id: 'aldermark', name: 'Aldermark Register', type: 'organization', forms: ['Aldermark Register', 'Aldermark'], note: 'the classification society that surveys the ferry' },
    { id: 'fpa', name: "Ferry Passengers' Alliance", type: 'organization', forms: ["Ferry Passengers' Alliance", 'Ferry Passengers’ Alliance', 'FPA'], note: 'the live blog writes the apostrophe curly' },
    { id: 'harbour-board', name: 'Taldrin Harbour Board', type: 'organization', forms: ['Taldrin Harbour Board'] },
    { id: 'taldrin-hospital', name: 'Taldrin General Hospital', type: 'organization', forms: ['Taldrin General Hospital'] },
    { id: 'univ-antrela', name: 'University of Antrela', type: 'organization', forms: ['University of Antrela'] },
    { id: 'national-council', name: 'National Council', type: 'organization', forms: ['National Council'], note: 'the parliament' },
    { id: 'farwind', name: 'Farwind', type: 'organization', forms: ['Farwind'], note: 'the wire agency; the dateline "(Farwind)" is a mention' },
    { id: 'rtc', name: 'RTC News', type: 'organization', forms: ['RTC News', 'RTC', 'Radio Television Corvenia'], note: 'the public broadcaster Radio Television Corvenia and its news service' },
    { id: 'tribune', name: 'Taldrin Tribune', type: 'organization', forms: ['Taldrin Tribune', 'Tribune'], note: 'the text says "the Tribune"; the explainer gives the full name' },
    { id: 'antrela-daily', name: 'Antrela Daily', type: 'organization', forms: ['Antrela Daily', 'Daily'], note: 'the full name appears only in the header line; the text says "the Daily"' },
    { id: 'sounding-line', name: 'The Sounding Line', type: 'organization', forms: ['The Sounding Line'], note: 'the full name, with its article, appears in the text of the explainer' },
    // people
    { id: 'dalen', name: 'Mirko Dalen', type: 'person', forms: ['Mirko Dalen', 'Dalen'], note: 'the ferry\'s captain' },
    { id: 'maal', name: 'Henrik Maal', type: 'person', forms: ['Henrik Maal', 'Maal'] },
    { id: 'sovald', name: 'Irina Sovald', type: 'person', forms: ['Irina Sovald', 'Sovald'] },
    { id: 'drohan', name: 'Selma Drohan', type: 'person', forms: ['Selma Drohan', 'Drohan'] },
    { id: 'brast', name: 'Halina Brast', type: 'person', forms: ['Halina Brast', 'Brast'] },
    { id: 'vinter', name: 'Jarek Vinter', type: 'person', forms: ['Jarek Vinter', 'Vinter'] },
    { id: 'keszler', name: 'Anton Keszler', type: 'person', forms: ['Anton Keszler'] },
    { id: 'holt', name: 'Jorun Holt', type: 'person', forms: ['Jorun Holt', 'Holt'] },
    { id: 'lisk', name: 'Teodora Lisk', type: 'person', forms: ['Teodora Lisk', 'Lisk'] },
    { id: 'solberg', name: 'Amira Solberg', type: 'person', forms: ['Amira Solberg'] },
    { id: 'kerr', name: 'Ines Kerr', type: 'person', forms: ['Ines Kerr'] },
    { id: 'frost', name: 'Dana Frost', type: 'person', forms: ['Dana Frost', 'Frost'], note: 'surname is also a common noun; "Frost had formed on the railings" is not a mention' },
    { id: 'mistek', name: 'Aurel Mistek', type: 'person', forms: ['Aurel Mistek', 'Mistek'] },
    { id: 'olga-venn', name: 'Olga Venn', type: 'person', forms: ['Olga Venn', 'Venn'], note: '"Mrs Venn" is Olga; her missing husband Piotr Venn is a separate actor' },
    { id: 'piotr-venn', name: 'Piotr Venn', type: 'person', forms: ['Piotr Venn'] },
    { id: 'rahn', name: 'Tobias Rahn', type: 'person', forms: ['Tobias Rahn', 'Rahn'] },
    { id: 'korsak', name: 'Ivana Korsak', type: 'person', forms: ['Ivana Korsak'] },
    { id: 'orsic', name: 'Pavel Orsic', type: 'person', forms: ['Pavel Orsic'] },
    { id: 'hallam', name: 'Gerrit Hallam', type: 'person', forms: ['Gerrit Hallam'] },
    { id: 'okel', name: 'Darius Okel', type: 'person', forms: ['Darius Okel', 'Okel'] },
    { id: 'prest', name: 'Ilona Prest', type: 'person', forms: ['Ilona Prest'] },
    { id: 'marwick', name: 'Edda Marwick', type: 'person', forms: ['Edda Marwick'] },
    { id: 'mila', name: 'Mila', type: 'person', forms: ['Mila'], note: 'a reader named by first name only' },
  ],

  nominals: [
    { pattern: '\\bVeyda Star\\b', why: 'a vessel name: not a person, organization or place (so "Veyda" inside it is not a mention of Lake Veyda)' },
    { pattern: '\\b[Tt]he (operator|company|ministry|regulator|authority|rescue service|alliance|group|hospital|government)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: "(?<=(?:’s|'s) )ministry\\b", why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\bministry(?= spokes)', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b[Tt]he (governor|minister|captain|harbour master|prosecutor)\\b', why: 'title used without a name' },
  ],
  ignore: [
    { file: R, context: 'who heads the office’s forecasting', text: 'the office', why: 'nominal reference to a named body (lowercase): the National Weather Office; "the office" where tickets are sold is not' },
  ],
  block: [
    { file: L, context: 'Frost had formed on the railings', text: 'Frost', why: 'frost on the quay, not the survivor Dana Frost' },
  ],
  assign: [],

  claims: [
    { file: G, speaker: 'Water Rescue Service', cue: 'said on Saturday', quote: 'killing at least 23 people' },
    { file: G, speaker: 'Jarek Vinter', cue: 'Vinter said', quote: 'The water is seven degrees. Every hour that passes makes it harder' },
    { file: G, speaker: 'Irina Sovald', cue: 'Sovald said', quote: 'We will not speculate about the cause until the investigators have done their work' },
    { file: G, speaker: 'Dana Frost', cue: 'she told Farwind', quote: 'People were sitting on the stairs and on the car deck because there was nowhere else to go' },
    { file: G, speaker: 'Halina Brast', cue: 'she said', quote: 'I am afraid we will find many more' },
    { file: R, speaker: 'Halina Brast', cue: 'told RTC News', quote: 'at least 240 people had been on board' },
    { file: R, speaker: 'Gerrit Hallam', cue: 'told RTC', quote: 'We informed the owner and the Inland Navigation Authority in writing on 14 August' },
    { file: R, speaker: 'Anton Keszler', cue: 'he said', quote: 'We are checking every document, and if anyone in this authority failed, they will answer for it' },
    { file: R, speaker: 'Aurel Mistek', cue: 'said Mistek', quote: 'Every time a wave hit us we leaned further over' },
    { file: L, speaker: 'Jorun Holt', cue: 'he said', quote: 'I told the captain so, and he told me the company wanted to sail' },
    { file: L, speaker: 'Henrik Maal', cue: 'he told reporters', quote: 'The Veyda Star held every certificate it needed' },
    { file: L, speaker: 'Tobias Rahn', cue: 'Rahn says', quote: 'I know because I had just looked at the clock in the wheelhouse' },
    { file: D, speaker: 'Selma Drohan', cue: 'Drohan told the Daily', quote: 'This was a sudden squall that no one could have predicted' },
    { file: D, speaker: 'Darius Okel', cue: 'Okel said', quote: 'Some people are using a tragedy to attack the state. That is shameful' },
    { file: X, speaker: 'Edda Marwick', cue: 'said', quote: 'A suspended certificate is not a formality. It means the ship should not carry a single passenger' },
  ],

  contradictions: [
    {
      id: 'people-aboard', level: 'secondary', kind: 'numeric',
      summary: 'How many people were aboard: the operator\'s manifest lists 174 passengers and eight crew (182); the governor says at least 240, because tickets were also sold for cash on board.',
      sides: [
        { file: G, quote: 'the ferry had carried 174 passengers and eight crew, according to its manifest', value: '182 (174 + 8)', speaker: 'Irina Sovald', camp: 'A' },
        { file: L, quote: 'the company’s manifest lists 182', value: '182', speaker: 'Orvane Ferry Lines', camp: 'A' },
        { file: X, quote: 'The manifest lists 174 passengers and eight crew.', value: '182 (174 + 8)', speaker: 'Orvane Ferry Lines', camp: 'A' },
        { file: R, quote: 'told RTC News that at least 240 people had been on board', value: '>=240', speaker: 'Halina Brast', camp: 'B' },
        { file: L, quote: 'Governor Halina Brast says at least 240 people were on board', value: '>=240', speaker: 'Halina Brast', camp: 'B' },
        { file: X, quote: 'says at least 240 people were aboard, many of them paying cash on the gangway', value: '>=240', speaker: 'Halina Brast', camp: 'B' },
      ],
    },
    {
      id: 'death-toll-sunday', level: 'core', kind: 'numeric',
      summary: 'On Sunday evening the Ministry of Transport and Waterways says 39 people died; the Water Rescue Service says 48 the same evening.',
      sides: [
        { file: D, quote: 'The Ministry of Transport and Waterways said on Sunday evening that 39 people had lost their lives', value: '39', speaker: 'Ministry of Transport and Waterways', camp: 'A' },
        { file: X, quote: 'The Ministry of Transport and Waterways put the toll at 39 on Sunday evening', value: '39', speaker: 'Ministry of Transport and Waterways', camp: 'A' },
        { file: R, quote: 'has risen to 48, up from 23 on Saturday, the Water Rescue Service (WRS) said on Sunday evening', value: '48', speaker: 'Water Rescue Service', camp: 'B' },
        { file: L, quote: 'The WRS says 48 people are confirmed dead and 113 were rescued alive.', value: '48', speaker: 'Water Rescue Service', camp: 'B' },
        { file: X, quote: 'the same evening the WRS gave 48', value: '48', speaker: 'Water Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'safety-certificate', level: 'core', kind: 'polarity',
      summary: 'The operator and the ministry say the Veyda Star held a valid safety certificate; the classification society, the Aldermark Register, says it suspended the certificate on 14 August after a failed hull survey.',
      sides: [
        { file: G, quote: 'She said the Veyda Star "held a valid safety certificate"', speaker: 'Irina Sovald', camp: 'A' },
        { file: L, quote: 'The Veyda Star held every certificate it needed', speaker: 'Henrik Maal', camp: 'A' },
        { file: D, quote: 'The Veyda Star had a valid safety certificate and had passed every inspection required by law', speaker: 'Darius Okel', camp: 'A' },
        { file: X, quote: 'OFL and the ministry say the Veyda Star held a valid safety certificate.', speaker: 'Orvane Ferry Lines', camp: 'A' },
        { file: R, quote: 'The Veyda Star’s safety certificate had been suspended since August, after the ferry failed a hull survey', speaker: 'Aldermark Register', camp: 'B' },
        { file: R, quote: 'As far as we are concerned, that ship was not certified to carry passengers.', speaker: 'Gerrit Hallam', camp: 'B' },
        { file: X, quote: 'says it suspended that certificate on 14 August after the ferry failed a hull survey', speaker: 'Aldermark Register', camp: 'B' },
      ],
    },
    {
      id: 'storm-warning', level: 'core', kind: 'polarity',
      summary: 'The National Weather Office says it issued an orange warning for gale-force winds on the lake at 1:30 p.m. on Friday; the operator and the transport minister say no storm warning had been issued or was in force when the ferry left.',
      sides: [
        { file: R, quote: 'said it had issued an orange warning for gale-force winds on Lake Veyda at 1:30 p.m. on Friday', speaker: 'National Weather Office', camp: 'A' },
        { file: X, quote: 'says it issued an orange warning for gale-force winds on the lake at 1:30 p.m.', speaker: 'National Weather Office', camp: 'A' },
        { file: G, quote: 'no storm warning was in force when it left port', speaker: 'Irina Sovald', camp: 'B' },
        { file: D, quote: 'No storm warning had been issued for the lake on Friday afternoon.', speaker: 'Selma Drohan', camp: 'B' },
        { file: X, quote: 'Transport Minister Selma Drohan says no storm warning had been issued.', speaker: 'Selma Drohan', camp: 'B' },
      ],
    },
    {
      id: 'captain-status', level: 'core', kind: 'status',
      summary: 'The captain: police and prosecutors say he was arrested on Saturday and remains in custody (his lawyer says he is still held on Sunday); the ministry says he was never arrested, only questioned as a witness and released on Saturday evening.',
      sides: [
        { file: G, quote: 'He was arrested on Saturday morning, police in Taldrin said', speaker: 'police in Taldrin', camp: 'A' },
        { file: R, quote: 'was arrested on Saturday on suspicion of negligent manslaughter and remains in custody in Taldrin', speaker: 'Teodora Lisk', camp: 'A' },
        { file: L, quote: 'Captain Mirko Dalen is still being held at the police station in Taldrin, his lawyer says.', speaker: "the captain's lawyer", camp: 'A' },
        { file: X, quote: 'Prosecutors said on Monday that he remained in custody on suspicion of negligent manslaughter', speaker: 'prosecutors', camp: 'A' },
        { file: D, quote: 'Okel said Captain Mirko Dalen had never been arrested.', speaker: 'Darius Okel', camp: 'B' },
        { file: D, quote: 'The captain was questioned as a witness on Saturday and released the same evening.', speaker: 'Darius Okel', camp: 'B' },
        { file: X, quote: 'the ministry says he was questioned as a witness and released on Saturday', speaker: 'Ministry of Transport and Waterways', camp: 'B' },
      ],
    },
    {
      id: 'overloaded-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same quotation, "That ferry was overloaded, and everybody on the quay could see it", is credited to Governor Halina Brast by the broadcaster and to the harbour master Jorun Holt by the local live blog.',
      sides: [
        { file: R, quote: '“That ferry was overloaded, and everybody on the quay could see it,” said Ms Brast', speaker: 'Halina Brast', camp: 'A' },
        { file: L, quote: '“That ferry was overloaded, and everybody on the quay could see it,” he said.', speaker: 'Jorun Holt', camp: 'B' },
      ],
    },
    {
      id: 'capsize-time', level: 'secondary', kind: 'temporal',
      summary: 'When the ferry capsized: the operator says at 6:35 p.m.; the rescue service\'s radar lost its signal at 5:58 p.m., and a deckhand says it went over just before six.',
      sides: [
        { file: G, quote: 'According to the company, the ferry capsized at 6:35 p.m.', value: '18:35', speaker: 'Orvane Ferry Lines', camp: 'A' },
        { file: D, quote: 'According to the operator, Orvane Ferry Lines (OFL), the ferry overturned at 6:35 p.m.', value: '18:35', speaker: 'Orvane Ferry Lines', camp: 'A' },
        { file: X, quote: 'says the ferry capsized at 6:35 p.m. and that the crew called for help at once', value: '18:35', speaker: 'Orvane Ferry Lines', camp: 'A' },
        { file: L, quote: 'He tells the Tribune the ferry went over “just before six”.', value: 'just before 18:00', speaker: 'Tobias Rahn', camp: 'B' },
        { file: X, quote: 'the WRS says its radar lost the ferry\'s transponder signal at 5:58 p.m.', value: '17:58', speaker: 'Water Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'licensed-capacity', level: 'secondary', kind: 'numeric',
      summary: 'The ferry\'s licensed capacity: the operator and the ministry say 220 passengers; the regulator\'s register lists 150.',
      sides: [
        { file: G, quote: 'it was licensed to carry 220 passengers', value: '220', speaker: 'Irina Sovald', camp: 'A' },
        { file: D, quote: 'The ministry said the vessel was licensed to carry 220 passengers', value: '220', speaker: 'Ministry of Transport and Waterways', camp: 'A' },
        { file: R, quote: 'own public register lists the ferry as licensed to carry 150 passengers, not the 220 given by OFL', value: '150', speaker: 'Inland Navigation Authority', camp: 'B' },
        { file: X, quote: 'According to the INA\'s register, the ferry was licensed for 150 passengers', value: '150', speaker: 'Inland Navigation Authority', camp: 'B' },
      ],
    },
    {
      id: 'rescued-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing the rescue service, that 131 people were rescued alive, then corrected the figure to 113 (the earlier count included 18 bodies).',
      sides: [
        { file: L, quote: 'WRS commander Jarek Vinter says 131 people were rescued alive', value: '131', speaker: 'Jarek Vinter', camp: 'A' },
        { file: G, quote: 'By Saturday morning 131 people had been rescued', value: '131', speaker: 'Jarek Vinter', camp: 'A' },
        { file: L, quote: 'The WRS now says that figure was wrong and that 113 people were rescued alive', value: '113', speaker: 'Water Rescue Service', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rises', kind: 'numeric',
      summary: 'The death toll rose from at least 23 (Saturday) to 48 (Sunday) as divers recovered bodies from the hull, and the later article says so: an update, not a contradiction.',
      sides: [
        { file: G, quote: 'killing at least 23 people', value: '>=23 (Sat)' },
        { file: L, quote: '48 people are now confirmed dead, up from 23 yesterday', value: '48 (Sun)' },
      ],
    },
    {
      id: 'toll-rounding', kind: 'numeric',
      summary: '"nearly 50" dead and a toll of 48 in the same explainer are the same figure rounded.',
      sides: [
        { file: X, quote: 'killing nearly 50 people', value: '~50' },
        { file: X, quote: 'The toll given by the Water Rescue Service (WRS) stood at 48 on Tuesday.', value: '48' },
      ],
    },
    {
      id: 'passengers-vs-aboard', kind: 'numeric',
      summary: '174 passengers and 182 people on board including eight crew are different sets (passengers vs passengers and crew) of the same operator count.',
      sides: [
        { file: R, quote: 'The manifest lists 174 passengers', value: '174 passengers' },
        { file: D, quote: 'There were 182 people on board, including eight crew members.', value: '182 passengers and crew' },
      ],
    },
    {
      id: 'children-vs-all', kind: 'numeric',
      summary: 'Nine children among the dead and 48 dead in all are part and whole.',
      sides: [
        { file: R, quote: 'Nine of the dead were children, the WRS said.', value: '9 (children)' },
        { file: X, quote: 'The toll given by the Water Rescue Service (WRS) stood at 48 on Tuesday.', value: '48 (all)' },
      ],
    },
    {
      id: 'hospital-synonyms', kind: 'numeric',
      summary: '"admitted 67 survivors" and "the number of people hospitalised stands at 67" say the same thing (synonyms).',
      sides: [
        { file: G, quote: 'Taldrin General Hospital said it had admitted 67 survivors', value: '67' },
        { file: L, quote: 'The number of people hospitalised after the capsizing stands at 67', value: '67' },
      ],
    },
    {
      id: 'rescuers-about-vs-more', kind: 'numeric',
      summary: '"More than 190 rescuers, soldiers and volunteers" and "about 200 rescuers, divers and volunteers" are compatible approximations.',
      sides: [
        { file: G, quote: 'More than 190 rescuers, soldiers and volunteers were taking part in the search', value: '>190' },
        { file: R, quote: 'About 200 rescuers, divers and volunteers took part in the search on Sunday', value: '~200' },
      ],
    },
    {
      id: 'missing-words-digits', kind: 'numeric',
      summary: '"21 people on the ferry\'s manifest are still missing" and "Twenty-one people named on the manifest are still missing" are the same figure, in digits and in words.',
      sides: [
        { file: R, quote: 'The WRS says 21 people on the ferry\'s manifest are still missing.', value: '21' },
        { file: X, quote: 'Twenty-one people named on the manifest are still missing', value: '21' },
      ],
    },
  ],
};
