// Hand-written gold source for the runway overrun at Keldrun Regional Airport (invented
// event, Brastovia, November 2026). build-gold.mjs turns it into ../gold/keldrun-air-crash.json.
const W = 'windrose-wire.txt';
const L = 'keldrun-dispatch-live.md';
const B = 'bvx-news.md';
const M = 'mirovan-star.txt';
const X = 'kingsmere-journal.md';

export default {
  corpus: 'keldrun-air-crash',
  note: 'Invented event written for the project: on the evening of Thursday 12 November 2026 Pellura Air Flight PU318, a Corran C190 twin-jet from the capital Mirovan, lands on Runway 27 at Keldrun Regional Airport, in Hallin Province of the fictional country of Brastovia, in fog and a gusting crosswind, overruns the runway and breaks into three pieces in a beet field near the village of Bresk; the tail burns. The airline, the Ministry of Transport and its minister Oleksa Morvay (spelled Morvai by the foreign explainer), the Civil Aviation Authority (CAA), the Transport Safety Investigation Board (TSIB), the state-owned airport operator Northern Airports Corporation (NAC), the Air Traffic Controllers\' Union (ATCU), the Airline Pilots\' Association of Brastovia (APAB), the Hallin Regional Administration, hospitals, survivors and relatives speak. Five invented outlets: the Keldrun Dispatch live blog (Thursday night and Friday morning), the Windrose wire (Friday), BVX News (Saturday), the state-aligned Mirovan Star (Monday) and the foreign explainer The Kingsmere Journal (Wednesday), which spells the town Keldroun. They disagree about the dead (27 for the ministry vs 31 for the regional administration), the people aboard (148 for the airline vs 153 for the minister), whether the instrument landing system was working (NAC: fully operational; ATCU: the glide slope out of service since 29 October), whether the crew was told to divert to Stennor (ATCU and the ministry: yes; the airline: no), whether the airport has reopened (NAC and the state paper: on Sunday; the CAA: still closed to commercial traffic), whether both flight recorders were recovered (the minister: yes; the TSIB: the cockpit voice recorder is still missing), who said "We have been warning about that runway for two years, and nobody listened" (the ATCU president Ondrej Paskal or the APAB president Dalia Remes) and the time of the crash (19:47 vs 19:32); the live blog corrects its own figure for the year the aircraft was delivered (2004, then 2014). The hospital toll rising from 12 to 19 on the first night is an update; 24 passengers among 27 dead, 41 of 64 injured at Keldrun General Hospital, "about 300" vs 312 metres, "more than 200" vs "about 230" rescuers, 28 knots vs about 52 km/h and "64 injured" vs "Sixty-four people were hurt" are not contradictions.',
  files: [B, L, X, M, W],
  meta: { [W]: [2, 3, 35], [M]: [2, 3], [B]: [3] },

  actors: [
    // places
    { id: 'brastovia', name: 'Brastovia', type: 'place', forms: ['Brastovia'], note: '"Brastovia" inside "Airline Pilots\' Association of Brastovia" is a nested name; "Brastovian" is a demonym' },
    { id: 'mirovan', name: 'Mirovan', type: 'place', forms: ['Mirovan'], note: 'the capital; "Mirovan University Hospital" and "Mirovan Star" are nested names; "Mirovan–Keldrun" and "Mirovan-based" are glued modifiers' },
    { id: 'keldrun', name: 'Keldrun', type: 'place', forms: ['Keldrun', 'KELDRUN', 'Keldroun'], note: 'the town; the foreign explainer spells it Keldroun; "Keldrun Regional Airport", "Keldrun General Hospital" and "Keldrun Dispatch" are nested names' },
    { id: 'airport', name: 'Keldrun Regional Airport', type: 'place', forms: ['Keldrun Regional Airport', 'Keldroun Regional Airport'], note: 'a named facility, typed place; "the airport" is nominal' },
    { id: 'rwy27', name: 'Runway 27', type: 'place', forms: ['Runway 27'], note: 'the runway the jet overran; "the runway" is nominal' },
    { id: 'rwy14', name: 'Runway 14', type: 'place', forms: ['Runway 14'], note: 'the shorter runway' },
    { id: 'bresk', name: 'Bresk', type: 'place', forms: ['Bresk'], note: 'the village beyond the runway end; "the Bresk road" contains a mention of it' },
    { id: 'stennor', name: 'Stennor', type: 'place', forms: ['Stennor'], note: 'the alternate airport city' },
    { id: 'hallin', name: 'Hallin Province', type: 'place', forms: ['Hallin Province'], note: '"Hallin Regional Administration" and "Hallin University" are nested names' },
    // organizations
    { id: 'pellura', name: 'Pellura Air', type: 'organization', forms: ['Pellura Air'], note: 'the airline; "the airline" and "the carrier" are nominal' },
    { id: 'mot', name: 'Ministry of Transport', type: 'organization', forms: ['Ministry of Transport'], note: '"Transport Minister" is a title before a name; "the ministry" is nominal' },
    { id: 'caa', name: 'Civil Aviation Authority', type: 'organization', forms: ['Civil Aviation Authority', 'CAA'] },
    { id: 'tsib', name: 'Transport Safety Investigation Board', type: 'organization', forms: ['Transport Safety Investigation Board', 'TSIB'], note: '"the board" is nominal' },
    { id: 'nac', name: 'Northern Airports Corporation', type: 'organization', forms: ['Northern Airports Corporation', 'NAC'], note: 'the state-owned airport operator' },
    { id: 'atcu', name: "Air Traffic Controllers' Union", type: 'organization', forms: ["Air Traffic Controllers' Union", 'ATCU'], note: '"the union" is nominal' },
    { id: 'apab', name: "Airline Pilots' Association of Brastovia", type: 'organization', forms: ["Airline Pilots' Association of Brastovia", 'APAB'], note: 'the country inside its name is a nested name' },
    { id: 'kgh', name: 'Keldrun General Hospital', type: 'organization', forms: ['Keldrun General Hospital', 'Keldrun General'], note: 'the town inside its name is a nested name; "the hospital" is nominal' },
    { id: 'muh', name: 'Mirovan University Hospital', type: 'organization', forms: ['Mirovan University Hospital'] },
    { id: 'hra', name: 'Hallin Regional Administration', type: 'organization', forms: ['Hallin Regional Administration'], note: '"the regional administration" is nominal' },
    { id: 'hallin-univ', name: 'Hallin University', type: 'organization', forms: ['Hallin University'] },
    { id: 'nmi', name: 'National Meteorological Institute', type: 'organization', forms: ['National Meteorological Institute'] },
    { id: 'windrose', name: 'Windrose', type: 'organization', forms: ['Windrose'], note: 'the wire agency; the dateline "(Windrose)" is a mention' },
    { id: 'bvx', name: 'BVX News', type: 'organization', forms: ['BVX News'] },
    { id: 'dispatch', name: 'Keldrun Dispatch', type: 'organization', forms: ['Keldrun Dispatch', 'Dispatch'], note: 'the local paper; its live blog says "the Dispatch"; its full name is only in the front matter' },
    { id: 'star', name: 'Mirovan Star', type: 'organization', forms: ['Mirovan Star'], note: 'the state-aligned paper, named in the text only by the foreign explainer' },
    { id: 'kingsmere', name: 'The Kingsmere Journal', type: 'organization', forms: ['The Kingsmere Journal'] },
    // people
    { id: 'morvay', name: 'Oleksa Morvay', type: 'person', forms: ['Oleksa Morvay', 'Oleksa Morvai', 'Morvay', 'Morvai'], note: 'Transport Minister; the foreign explainer writes Morvai' },
    { id: 'drevnik', name: 'Anatol Drevnik', type: 'person', forms: ['Anatol Drevnik', 'Drevnik'], note: 'Prime Minister' },
    { id: 'faltyn', name: 'Bruno Faltyn', type: 'person', forms: ['Bruno Faltyn'], note: 'chief executive of NAC' },
    { id: 'paskal', name: 'Ondrej Paskal', type: 'person', forms: ['Ondrej Paskal'], note: 'president of the ATCU' },
    { id: 'lanik', name: 'Petr Lanik', type: 'person', forms: ['Petr Lanik'], note: 'Pellura Air spokesman' },
    { id: 'sallas', name: 'Viktor Sallas', type: 'person', forms: ['Viktor Sallas'], note: 'the captain of Flight PU318' },
    { id: 'ostrow', name: 'Nina Ostrow', type: 'person', forms: ['Nina Ostrow'], note: 'the first officer' },
    { id: 'valchek', name: 'Irena Valchek', type: 'person', forms: ['Irena Valchek'], note: 'TSIB chief investigator' },
    { id: 'ilves', name: 'Marta Ilves', type: 'person', forms: ['Marta Ilves'], note: 'a passenger' },
    { id: 'vesely', name: 'Goran Vesely', type: 'person', forms: ['Goran Vesely'], note: 'a farmer beyond the runway fence' },
    { id: 'vallin', name: 'Ester Vallin', type: 'person', forms: ['Ester Vallin'], note: 'medical director of Keldrun General Hospital (Dr.)' },
    { id: 'brandt', name: 'Ilona Brandt', type: 'person', forms: ['Ilona Brandt'], note: 'wife of a passenger' },
    { id: 'moll', name: 'Tereza Moll', type: 'person', forms: ['Tereza Moll'], note: 'a passenger' },
    { id: 'tarn', name: 'Rasmus Tarn', type: 'person', forms: ['Rasmus Tarn'], note: 'Governor of Hallin Province' },
    { id: 'ossery', name: 'Katrin Ossery', type: 'person', forms: ['Katrin Ossery', 'Ossery'], note: 'chief executive of Pellura Air' },
    { id: 'remes', name: 'Dalia Remes', type: 'person', forms: ['Dalia Remes', 'Remes'], note: 'president of APAB (Capt.)' },
    { id: 'kasmir', name: 'Edvard Kasmir', type: 'person', forms: ['Edvard Kasmir'], note: 'director general of the CAA' },
    { id: 'fenner', name: 'Lukas Fenner', type: 'person', forms: ['Lukas Fenner'], note: 'a passenger' },
    { id: 'escott', name: 'Maren Escott', type: 'person', forms: ['Maren Escott', 'Escott'], note: 'a former accident investigator quoted by the foreign explainer' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (airline|carrier|ministry|board|union|airport|runway|hospital|minister|regional administration|captain|first officer|medical director)\\b(?! visual range)', why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b[Tt]he Prime Minister\\b', why: 'title used without a name' },
    { pattern: '(?:\\b[Tt]he )?\\b[Gg]overnment\\b', why: 'nominal reference to the government (no named actor)' },
    { pattern: '\\bPolice\\b', why: 'nominal reference to the police (capitalized only at the start of a sentence)' },
  ],
  ignore: [
    { file: W, text: 'Flight PU318', why: 'a flight number, not a person, organization or place' },
    { file: L, text: 'Flight PU318', why: 'a flight number, not a person, organization or place' },
    { file: B, text: 'Flight PU318', why: 'a flight number, not a person, organization or place' },
    { file: M, text: 'Flight PU318', why: 'a flight number, not a person, organization or place' },
    { file: X, text: 'Flight PU318', why: 'a flight number, not a person, organization or place' },
    { file: W, text: 'Corran C190', why: 'an aircraft type (a product), not an actor' },
    { file: L, text: 'Corran C190', why: 'an aircraft type (a product), not an actor' },
    { file: X, text: 'Corran C190', why: 'an aircraft type (a product), not an actor' },
  ],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Bruno Faltyn', cue: 'told reporters', quote: 'The instrument landing system was fully operational on Thursday evening, and it had been checked that same morning' },
    { file: W, speaker: 'Ondrej Paskal', cue: 'said Ondrej Paskal', quote: 'We have been warning about that runway for two years, and nobody listened' },
    { file: W, speaker: 'Petr Lanik', cue: 'spokesman Petr Lanik said', quote: 'Nobody in the tower told our crew to divert' },
    { file: W, speaker: 'Irena Valchek', cue: 'she said', quote: 'The cockpit voice recorder has not been found yet. It was in the tail, and the tail burned' },
    { file: W, speaker: 'Marta Ilves', cue: 'she told local television', quote: 'Then there was a terrible scraping noise, the floor lifted, and everything that was not tied down flew forward' },
    { file: L, speaker: 'Goran Vesely', cue: 'he told us by phone', quote: 'I heard the engines roaring, much louder than a normal landing, and then a bang like a bomb going off' },
    { file: L, speaker: 'Oleksa Morvay', cue: 'he told reporters', quote: 'Both black boxes have already been found, and they will tell us what happened' },
    { file: L, speaker: 'Tereza Moll', cue: 'she told the Dispatch', quote: 'We hit hard, we bounced, and then it just didn’t stop' },
    { file: B, speaker: 'Ondrej Paskal', cue: 'told BVX News', quote: 'The glide slope was not working on Thursday night. It had not worked for a fortnight' },
    { file: B, speaker: 'Rasmus Tarn', cue: 'Governor Rasmus Tarn told a briefing', quote: 'Thirty-one families have lost someone. That is the figure we have, and we stand by it' },
    { file: B, speaker: 'Katrin Ossery', cue: 'she said', quote: 'Our crew was never told to divert' },
    { file: M, speaker: 'Oleksa Morvay', cue: 'the minister said', quote: 'There were 153 people on board Flight PU318. Twenty-seven of them lost their lives, and the whole nation grieves with their families' },
    { file: M, speaker: 'Anatol Drevnik', cue: 'the Prime Minister said', quote: 'No family will be left alone with its grief or with its bills' },
    { file: X, speaker: 'Maren Escott', cue: 'said Maren Escott', quote: 'Fog and strong wind rarely come together' },
    { file: X, speaker: 'Edvard Kasmir', cue: 'said on Tuesday', quote: 'No commercial flight has been approved into Keldroun since Thursday' },
  ],

  contradictions: [
    {
      id: 'death-toll', level: 'core', kind: 'numeric',
      summary: 'The dead: the Ministry of Transport counts 27 (from Friday morning on, and still on Monday and Wednesday); the Hallin Regional Administration, which runs the hospitals, and its governor, Rasmus Tarn, say 31 people died. Neither explains the gap.',
      sides: [
        { file: W, quote: "killing 27 people, Brastovia's Ministry of Transport said on Friday", value: '27', speaker: 'Ministry of Transport', camp: 'A' },
        { file: L, quote: 'The Ministry of Transport now puts the death toll at 27.', value: '27', speaker: 'Ministry of Transport', camp: 'A' },
        { file: B, quote: "The Ministry of Transport's figure remains 27.", value: '27', speaker: 'Ministry of Transport', camp: 'A' },
        { file: M, quote: 'the tragedy that claimed 27 lives', value: '27', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: "The ministry's count of the dead stands at 27.", value: '27', speaker: 'Ministry of Transport', camp: 'A' },
        { file: B, quote: 'said on Saturday that 31 people had died', value: '31', speaker: 'Hallin Regional Administration', camp: 'B' },
        { file: B, quote: 'Thirty-one families have lost someone. That is the figure we have, and we stand by it', value: '31', speaker: 'Rasmus Tarn', camp: 'B' },
        { file: X, quote: 'The Hallin Regional Administration, which runs the local hospitals, says 31 people have died.', value: '31', speaker: 'Hallin Regional Administration', camp: 'B' },
      ],
    },
    {
      id: 'people-aboard', level: 'secondary', kind: 'numeric',
      summary: 'People on board Flight PU318: Pellura Air says 148 (141 passengers and seven crew); Transport Minister Oleksa Morvay says 153.',
      sides: [
        { file: W, quote: 'Pellura Air said 148 people were on board', value: '148', speaker: 'Pellura Air', camp: 'A' },
        { file: L, quote: 'There were 148 people on board, 141 passengers and seven crew, the airline says.', value: '148', speaker: 'Pellura Air', camp: 'A' },
        { file: X, quote: 'The Mirovan-based airline says 148: 141 passengers and seven crew.', value: '148', speaker: 'Pellura Air', camp: 'A' },
        { file: M, quote: 'There were 153 people on board Flight PU318.', value: '153', speaker: 'Oleksa Morvay', camp: 'B' },
        { file: X, quote: 'Transport Minister Oleksa Morvai has twice said there were 153 people on board', value: '153', speaker: 'Oleksa Morvay', camp: 'B' },
      ],
    },
    {
      id: 'ils-working', level: 'core', kind: 'polarity',
      summary: 'Whether the instrument landing system (ILS) was working: the airport operator NAC and its chief executive, Bruno Faltyn, say it was fully operational and checked that morning; the controllers\' union ATCU says the glide slope for Runway 27 had been out of service since 29 October, and the foreign explainer has seen a notice to airmen listing it as unserviceable.',
      sides: [
        { file: W, quote: 'The instrument landing system was fully operational on Thursday evening, and it had been checked that same morning', speaker: 'Bruno Faltyn', camp: 'A' },
        { file: L, quote: 'all navigation aids, including the instrument landing system, were operating normally at the time of the accident', speaker: 'Northern Airports Corporation', camp: 'A' },
        { file: B, quote: 'has said the landing system was fully operational', speaker: 'Northern Airports Corporation', camp: 'A' },
        { file: M, quote: 'The instrument landing system at Keldrun was fully serviceable and was inspected on the morning of the accident.', speaker: 'Bruno Faltyn', camp: 'A' },
        { file: X, quote: 'NAC says the instrument landing system was fully operational.', speaker: 'Northern Airports Corporation', camp: 'A' },
        { file: B, quote: 'had been out of service since 29 October, and that crews had been told so in a formal notice to airmen', speaker: "Air Traffic Controllers' Union", camp: 'B' },
        { file: B, quote: 'The glide slope was not working on Thursday night. It had not worked for a fortnight', speaker: 'Ondrej Paskal', camp: 'B' },
        { file: X, quote: 'had been out of service since 29 October.', speaker: "Air Traffic Controllers' Union", camp: 'B' },
        { file: X, quote: 'lists the Runway 27 glide slope as "unserviceable until further notice"', speaker: 'The Kingsmere Journal', camp: 'B' },
      ],
    },
    {
      id: 'told-to-divert', level: 'core', kind: 'polarity',
      summary: 'Whether the crew was told to divert to Stennor: the controllers\' union (and, in the state paper, the Ministry of Transport) says the tower told or advised the crew to divert; Pellura Air says nobody in the tower told the crew to divert and that it was cleared to land.',
      sides: [
        { file: W, quote: 'The controller on duty told the crew twice that visibility on the runway had dropped below the legal minimum and that they should divert to Stennor', speaker: "Air Traffic Controllers' Union", camp: 'A' },
        { file: M, quote: 'the tower advised the crew to divert to Stennor because of the fog, but the crew decided to continue the approach', speaker: 'Ministry of Transport', camp: 'A' },
        { file: X, quote: 'The union says the controller twice told the crew to divert to Stennor', speaker: "Air Traffic Controllers' Union", camp: 'A' },
        { file: W, quote: 'Nobody in the tower told our crew to divert', speaker: 'Petr Lanik', camp: 'B' },
        { file: B, quote: 'Our crew was never told to divert', speaker: 'Katrin Ossery', camp: 'B' },
        { file: X, quote: 'Pellura Air says nobody in the tower told the crew to divert and that the crew was cleared to land.', speaker: 'Pellura Air', camp: 'B' },
      ],
    },
    {
      id: 'airport-open', level: 'core', kind: 'status',
      summary: 'Whether the airport is open: NAC and the state-aligned paper say Keldrun Regional Airport reopened on Sunday morning, with a turboprop landing on Runway 14; the Civil Aviation Authority (CAA) and its director general, Edvard Kasmir, say on Tuesday that it remains closed to commercial traffic and that no commercial flight has been approved since Thursday.',
      sides: [
        { file: M, quote: 'Keldrun Regional Airport reopened on Sunday morning', speaker: 'Northern Airports Corporation', camp: 'A' },
        { file: M, quote: 'touching down on Runway 14 at 09:20 on Sunday, the Northern Airports Corporation (NAC) said', speaker: 'Northern Airports Corporation', camp: 'A' },
        { file: X, quote: 'NAC says Keldroun reopened on Sunday morning to smaller aircraft using the shorter Runway 14.', speaker: 'Northern Airports Corporation', camp: 'A' },
        { file: X, quote: 'says the airport remains closed to commercial traffic', speaker: 'Civil Aviation Authority', camp: 'B' },
        { file: X, quote: 'No commercial flight has been approved into Keldroun since Thursday', speaker: 'Edvard Kasmir', camp: 'B' },
      ],
    },
    {
      id: 'flight-recorders', level: 'secondary', kind: 'polarity',
      summary: 'Whether both flight recorders were recovered: Transport Minister Oleksa Morvay says both were found within hours; the TSIB says only the flight data recorder was recovered and the cockpit voice recorder is still missing in the burned tail (Friday, Saturday and Tuesday).',
      sides: [
        { file: L, quote: 'Both black boxes have already been found', speaker: 'Oleksa Morvay', camp: 'A' },
        { file: M, quote: 'Both flight recorders were recovered within hours of the accident and are already in the hands of the investigators', speaker: 'Oleksa Morvay', camp: 'A' },
        { file: X, quote: 'Morvai said on the night of the crash, and again on Sunday, that both flight recorders had been found.', speaker: 'Oleksa Morvay', camp: 'A' },
        { file: W, quote: 'The cockpit voice recorder has not been found yet.', speaker: 'Irena Valchek', camp: 'B' },
        { file: B, quote: 'The cockpit voice recorder has not been recovered', speaker: 'Transport Safety Investigation Board', camp: 'B' },
        { file: X, quote: 'the board said the cockpit voice recorder had still not been found in the burned tail', speaker: 'Transport Safety Investigation Board', camp: 'B' },
      ],
    },
    {
      id: 'runway-warning-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same remark, "We have been warning about that runway for two years, and nobody listened", is credited by the wire to Ondrej Paskal, president of the controllers\' union, and by BVX News to Capt. Dalia Remes, president of the pilots\' association.',
      sides: [
        { file: W, quote: '"We have been warning about that runway for two years, and nobody listened," said Ondrej Paskal', speaker: 'Ondrej Paskal', camp: 'A' },
        { file: B, quote: '"We have been warning about that runway for two years, and nobody listened," Remes said.', speaker: 'Dalia Remes', camp: 'B' },
      ],
    },
    {
      id: 'crash-time', level: 'secondary', kind: 'temporal',
      summary: 'The time of the crash: Pellura Air and the TSIB say 19:47; NAC\'s statement, repeated by the state-aligned paper, says 19:32 (7.32 p.m.).',
      sides: [
        { file: W, quote: 'touched down on Runway 27 at 19:47 local time (1747 GMT), the airline said', value: '19:47', speaker: 'Pellura Air', camp: 'A' },
        { file: L, quote: 'was "involved in an accident on landing" at 19:47', value: '19:47', speaker: 'Pellura Air', camp: 'A' },
        { file: B, quote: 'which put the time of the accident at 19:47', value: '19:47', speaker: 'Transport Safety Investigation Board', camp: 'A' },
        { file: X, quote: 'Pellura Air and the Transport Safety Investigation Board (TSIB) put the landing at 19:47', value: '19:47', speaker: 'Pellura Air', camp: 'A' },
        { file: M, quote: 'according to NAC, which said the accident occurred at 7.32 p.m.', value: '19:32', speaker: 'Northern Airports Corporation', camp: 'B' },
        { file: X, quote: 'gave 19:32 in its statement, a time repeated by the state-aligned Mirovan Star', value: '19:32', speaker: 'Northern Airports Corporation', camp: 'B' },
      ],
    },
    {
      id: 'aircraft-age-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first wrote that the jet had been delivered new to Pellura Air in 2004, then corrected it to 2014 (12 years old); BVX News also calls it the 12-year-old aircraft.',
      sides: [
        { file: L, quote: 'The airline says this one was delivered new to Pellura Air in 2004.', value: '2004', speaker: 'Pellura Air', camp: 'A' },
        { file: L, quote: 'The airline says the jet was delivered new in 2014, which makes it 12 years old.', value: '2014', speaker: 'Pellura Air', camp: 'B' },
        { file: B, quote: 'the 12-year-old aircraft had passed a full maintenance check in September', value: '12 years (2014)', speaker: 'Katrin Ossery', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'overrun-rounding', kind: 'numeric',
      summary: '"about 300 metres" past the end of the runway (wire) and 312 metres (TSIB, in BVX News) are the same distance, rounded.',
      sides: [
        { file: W, quote: 'about 300 metres past the end of the runway', value: '~300 m' },
        { file: B, quote: 'came to rest 312 metres beyond the end of the runway', value: '312 m' },
      ],
    },
    {
      id: 'hospital-toll-rise', kind: 'numeric',
      summary: 'The hospital\'s toll on the first night rose from at least 12 (21:30) to 19 (23:30), and the later entry says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'At least 12 people have died, according to Keldrun General Hospital', value: '>=12 (21:30)' },
        { file: L, quote: 'Keldrun General Hospital now says 19 people have died, up from 12 earlier this evening.', value: '19 (23:30)' },
      ],
    },
    {
      id: 'passengers-vs-all-dead', kind: 'numeric',
      summary: '24 passengers among the dead and 27 dead in all are different sets (the other three were crew).',
      sides: [
        { file: B, quote: 'Among the dead are 24 passengers, Pellura Air said.', value: '24 passengers' },
        { file: M, quote: 'Twenty-seven of them lost their lives', value: '27 people' },
      ],
    },
    {
      id: 'injured-part-whole', kind: 'numeric',
      summary: '41 injured admitted to Keldrun General Hospital are part of the 64 injured (the other 23 went to Mirovan University Hospital).',
      sides: [
        { file: B, quote: 'Keldrun General Hospital said it had admitted 41 of the injured', value: '41 (one hospital)' },
        { file: W, quote: 'Another 64 people were injured, 12 of them seriously, the ministry said.', value: '64 (all)' },
      ],
    },
    {
      id: 'injured-synonyms', kind: 'numeric',
      summary: '"64 people were injured" and "Sixty-four people were hurt" are the same figure, in digits and in words, with synonyms.',
      sides: [
        { file: L, quote: 'Another 64 people were injured, 12 of them seriously', value: '64' },
        { file: M, quote: 'Sixty-four people were hurt, and twelve of them remain in a serious condition.', value: '64' },
      ],
    },
    {
      id: 'rescuers-more-than-vs-about', kind: 'numeric',
      summary: '"More than 200" and "About 230" firefighters, rescuers and soldiers at the site are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 200 firefighters, paramedics and soldiers worked through the night at the site', value: '>200' },
        { file: M, quote: 'About 230 firefighters, rescuers and soldiers took part in the rescue operation on Thursday night', value: '~230' },
      ],
    },
    {
      id: 'gust-units', kind: 'numeric',
      summary: 'A gust of 28 knots (wire) and "about 52 km/h" (explainer) are the same wind in different units (28 kt = 51.9 km/h).',
      sides: [
        { file: W, quote: 'a southerly wind gusting to 28 knots', value: '28 kt' },
        { file: X, quote: 'the wind from the south gusted to about 52 km/h', value: '~52 km/h' },
      ],
    },
  ],
};
