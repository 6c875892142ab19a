// Hand-written gold source for the Osterra wildfire (invented event, Varenzia, August 2026).
// build-gold.mjs turns it into ../gold/osterra-wildfire.json.
const W = 'halberd-wire.txt';
const L = 'lisvara-register-live.md';
const N = 'vpb-news.md';
const M = 'castelmar-record.txt';
const X = 'hollinmoor-review.md';

export default {
  corpus: 'osterra-wildfire',
  note: 'Invented event written for the project: early on the afternoon of Friday 7 August 2026 a wildfire breaks out on Fendaro Ridge, on the southern edge of Aldena National Park in Osterra Province of the fictional country of Varenzia (capital Castelmar); driven by a hot north-easterly wind it crosses the Lenta Valley, reaches the village of Brezzano (spelled Brezano by the foreign explainer) on Friday night and Calvina and the outskirts of Torrelba over the weekend, and kills four people. The Varenzia Fire and Rescue Service (VFRS) and its Chief Fire Officer Luka Tomašić (Tomasic in the wire), the State Forestry Directorate (SFD), Rendora Power, the Interior Ministry and Interior Minister Fabrizio Olmani, Governor Marta Ruscelli of Osterra, the Firefighters\' and Rangers\' Union (FRU), the Tellmark Fire Research Institute, the mayor of Brezzano and residents disagree. Five invented outlets: The Lisvara Register live blog (Saturday), the Halberd wire (Sunday), VPB News web story (Monday), the state-aligned Castelmar Record (Tuesday) and the foreign explainer The Hollinmoor Review (the next Friday). They disagree about the area burned (8,400 ha per the SFD vs more than 14,000 ha per the governor and satellite mapping), the homes destroyed (138 per the ministry vs 310 per the province), whether a Rendora Power line started the fire, whom to blame (arsonists vs the power company), whether the fire was contained on Sunday evening, whether the evacuation order for Brezzano was lifted on Monday, when the text alert reached Brezzano (16:05 vs 21:40 on Friday) and whether water-bombing aircraft were grounded on the first evening; the live blog corrects its own figure of aircraft sent by Dalmera (four, then two). The toll rising from two to four is an update; 6,280 and "about 6,300" evacuated are one figure rounded; 2,900 from Brezzano are part of more than 6,000; 138 destroyed and 215 damaged are different sets; 27,500 hectares and 275 square kilometres are one park size in two units; 31 "treated in hospital" and 31 "injured" are synonyms; "more than 1,100" and "about 1,150" firefighters agree.',
  files: [W, L, N, M, X],
  meta: { [W]: [2, 3], [M]: [2, 3], [X]: [3] },

  actors: [
    // places
    { id: 'varenzia', name: 'Varenzia', type: 'place', forms: ['Varenzia'], note: '"Varenzia Fire and Rescue Service" is a nested name' },
    { id: 'castelmar', name: 'Castelmar', type: 'place', forms: ['Castelmar', 'CASTELMAR'], note: 'the capital; "the number coming out of Castelmar" (the capital for the government) stays a place; "Castelmar Record" is a nested name' },
    { id: 'osterra', name: 'Osterra Province', type: 'place', forms: ['Osterra Province', 'Osterra'] },
    { id: 'lisvara', name: 'Lisvara', type: 'place', forms: ['Lisvara', 'LISVARA'], note: 'the provincial capital; "Lisvara General Hospital" and "The Lisvara Register" are nested names; "the Lisvara road" and "the airfield at Lisvara" are mentions' },
    { id: 'brezzano', name: 'Brezzano', type: 'place', forms: ['Brezzano', 'Brezano'], note: 'the worst-hit village; the foreign explainer spells it Brezano' },
    { id: 'calvina', name: 'Calvina', type: 'place', forms: ['Calvina'] },
    { id: 'torrelba', name: 'Torrelba', type: 'place', forms: ['Torrelba'] },
    { id: 'aldena', name: 'Aldena National Park', type: 'place', forms: ['Aldena National Park'], note: 'a named protected area is typed place; "the park" is nominal' },
    { id: 'fendaro', name: 'Fendaro Ridge', type: 'place', forms: ['Fendaro Ridge', 'Fendaro'], note: 'where the fire started; "the Fendaro line" names the ridge; "the ridge" is nominal' },
    { id: 'lenta', name: 'Lenta Valley', type: 'place', forms: ['Lenta Valley'] },
    { id: 'dalmera', name: 'Dalmera', type: 'place', forms: ['Dalmera'], note: 'the neighbouring country that sent two aircraft; "the government of Dalmera" keeps it a place' },
    // organizations
    { id: 'vfrs', name: 'Varenzia Fire and Rescue Service', type: 'organization', forms: ['Varenzia Fire and Rescue Service', 'VFRS'], note: '"the fire service" is nominal' },
    { id: 'sfd', name: 'State Forestry Directorate', type: 'organization', forms: ['State Forestry Directorate', 'SFD'], note: 'the forestry agency' },
    { id: 'rendora', name: 'Rendora Power', type: 'organization', forms: ['Rendora Power'], note: 'the power company; "the company" is nominal' },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: '"the ministry" is nominal; "Interior Minister" is a title, outside the span of the minister\'s name' },
    { id: 'battalion', name: '9th Mountain Engineer Battalion', type: 'organization', forms: ['9th Mountain Engineer Battalion'], note: 'the army unit; "the army" and "the battalion" are nominal' },
    { id: 'fru', name: "Firefighters' and Rangers' Union", type: 'organization', forms: ['Firefighters’ and Rangers’ Union', "Firefighters' and Rangers' Union", 'FRU'], note: '"the union" is nominal' },
    { id: 'lisvara-hospital', name: 'Lisvara General Hospital', type: 'organization', forms: ['Lisvara General Hospital'] },
    { id: 'st-verena', name: "St. Verena's Hospital", type: 'organization', forms: ['St. Verena’s Hospital', "St. Verena's Hospital"], note: 'the burns hospital in Castelmar; the \'s belongs to the name' },
    { id: 'tellmark', name: 'Tellmark Fire Research Institute', type: 'organization', forms: ['Tellmark Fire Research Institute'], note: 'an independent fire-mapping centre' },
    { id: 'halberd', name: 'Halberd', type: 'organization', forms: ['Halberd'], note: 'the wire agency; the dateline "(Halberd)" and "seen by Halberd" are mentions' },
    { id: 'register', name: 'The Lisvara Register', type: 'organization', forms: ['The Lisvara Register', 'Register'], note: 'the local paper; "told the Register" is spanned without the article; its front matter is metadata' },
    { id: 'vpb', name: 'VPB News', type: 'organization', forms: ['VPB News', 'VPB'] },
    { id: 'record', name: 'Castelmar Record', type: 'organization', forms: ['Castelmar Record'], note: 'the state-aligned paper, named in the text only by the foreign explainer' },
    { id: 'hollinmoor', name: 'The Hollinmoor Review', type: 'organization', forms: ['The Hollinmoor Review'], note: 'the foreign explainer, which names itself in the text ("told The Hollinmoor Review"); its byline line is metadata' },
    // people
    { id: 'ruscelli', name: 'Marta Ruscelli', type: 'person', forms: ['Marta Ruscelli', 'Ruscelli'], note: 'Governor of Osterra Province' },
    { id: 'olmani', name: 'Fabrizio Olmani', type: 'person', forms: ['Fabrizio Olmani', 'Olmani'], note: 'Interior Minister' },
    { id: 'sarvati', name: 'Elena Sarvati', type: 'person', forms: ['Elena Sarvati', 'Sarvati'], note: 'the Prime Minister' },
    { id: 'tomasic', name: 'Luka Tomašić', type: 'person', forms: ['Luka Tomašić', 'Luka Tomasic', 'Tomašić', 'Tomasic'], note: 'Chief Fire Officer of the VFRS; the wire writes Tomasic' },
    { id: 'farra', name: 'Emilio Farra', type: 'person', forms: ['Emilio Farra'], note: 'director of the SFD' },
    { id: 'melis', name: 'Konrad Melis', type: 'person', forms: ['Konrad Melis'], note: 'chief executive of Rendora Power' },
    { id: 'barrowby', name: 'Ines Barrowby', type: 'person', forms: ['Ines Barrowby'], note: 'Rendora Power spokeswoman' },
    { id: 'annunzi', name: 'Piero Annunzi', type: 'person', forms: ['Piero Annunzi'], note: 'commander of the 9th Mountain Engineer Battalion (Lt. Col.)' },
    { id: 'granata', name: 'Silvio Granata', type: 'person', forms: ['Silvio Granata'], note: 'mayor of Brezzano' },
    { id: 'vallon', name: 'Teresa Vallon', type: 'person', forms: ['Teresa Vallon'], note: 'general secretary of the FRU' },
    { id: 'rivelli', name: 'Hana Rivelli', type: 'person', forms: ['Hana Rivelli'], note: 'head of the burns unit at Lisvara General Hospital (Dr.)' },
    { id: 'fenzi', name: 'Rosa Fenzi', type: 'person', forms: ['Rosa Fenzi'], note: 'a resident of Brezzano at the sports hall' },
    { id: 'ferrini', name: 'Aldo Ferrini', type: 'person', forms: ['Aldo Ferrini'], note: 'a retired teacher in Brezzano' },
    { id: 'ambrin', name: 'Giulia Ambrin', type: 'person', forms: ['Giulia Ambrin'], note: 'a pensioner in Torrelba quoted by the state-aligned paper' },
    { id: 'roswell', name: 'Annika Roswell', type: 'person', forms: ['Annika Roswell'], note: 'fire scientist at the Tellmark Fire Research Institute' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (ministry|company|directorate|union|battalion|army|park|ridge|valley|fire service|institute|province|governor|minister|mayor)\\b', why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b[Tt]he Prime Minister\\b', why: 'title used without a name' },
    { pattern: '\\b[Tt]he police\\b|\\bPolice\\b', why: 'nominal reference to the police (no named police body; capitalized only at the start of a sentence)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Fabrizio Olmani', cue: 'Olmani said', quote: 'This fire did not start by itself' },
    { file: W, speaker: 'Konrad Melis', cue: 'said in a statement', quote: 'Our line did not start this fire' },
    { file: W, speaker: 'Luka Tomašić', cue: 'Chief Fire Officer Luka Tomasic said at a briefing', quote: 'We are holding the line on the west' },
    { file: W, speaker: 'Silvio Granata', cue: 'he said', quote: 'By the time my phone rang, the church square was already burning' },
    { file: L, speaker: 'Marta Ruscelli', cue: 'she said', quote: 'This fire was started by a power line that should have been switched off' },
    { file: L, speaker: 'Hana Rivelli', cue: 'said Dr. Hana Rivelli', quote: 'Most of the burns we are seeing are on hands and faces' },
    { file: L, speaker: 'Rosa Fenzi', cue: 'she said', quote: 'We took the dog and the photographs and nothing else' },
    { file: L, speaker: 'Ines Barrowby', cue: 'told the Register', quote: 'It is far too early for anyone to say what caused this fire' },
    { file: N, speaker: 'Marta Ruscelli', cue: 'she said', quote: 'We have counted more than 14,000 hectares from the air and on the ground' },
    { file: N, speaker: 'Luka Tomašić', cue: 'he said', quote: 'The eastern flank is not under control, and I will not pretend it is' },
    { file: N, speaker: 'Teresa Vallon', cue: 'said Teresa Vallon', quote: 'Eight planes sat on the tarmac while Brezzano burned' },
    { file: M, speaker: 'Elena Sarvati', cue: 'the Prime Minister said', quote: 'No family will be left without a roof this winter' },
    { file: M, speaker: 'Fabrizio Olmani', cue: 'he said', quote: 'Not a single aircraft was grounded' },
    { file: M, speaker: 'Emilio Farra', cue: 'said SFD director Emilio Farra', quote: 'The figure of 8,400 hectares is based on mapping from aircraft and from the ground' },
    { file: X, speaker: 'Annika Roswell', cue: 'said Annika Roswell', quote: 'Burned ground has a very clear signature from orbit, and the edges of this fire are not hard to find' },
  ],

  contradictions: [
    {
      id: 'area-burned', level: 'core', kind: 'numeric',
      summary: 'The area burned: the State Forestry Directorate (SFD) says 8,400 hectares (84 square kilometres); Governor Marta Ruscelli says more than 14,000 hectares, and satellite mapping by the Tellmark Fire Research Institute shows about 141 square kilometres.',
      sides: [
        { file: W, quote: 'The State Forestry Directorate (SFD) said on Sunday that 8,400 hectares had burned.', value: '8,400 ha', speaker: 'State Forestry Directorate', camp: 'A' },
        { file: M, quote: 'The State Forestry Directorate (SFD) said the fire had burned 8,400 hectares', value: '8,400 ha', speaker: 'State Forestry Directorate', camp: 'A' },
        { file: M, quote: 'The figure of 8,400 hectares is based on mapping from aircraft and from the ground', value: '8,400 ha', speaker: 'Emilio Farra', camp: 'A' },
        { file: X, quote: 'puts the burned area at 84 square kilometres', value: '84 km² (8,400 ha)', speaker: 'State Forestry Directorate', camp: 'A' },
        { file: N, quote: 'the fire had burned well over 14,000 hectares', value: '>14,000 ha', speaker: 'Marta Ruscelli', camp: 'B' },
        { file: N, quote: 'We have counted more than 14,000 hectares from the air and on the ground', value: '>14,000 ha', speaker: 'Marta Ruscelli', camp: 'B' },
        { file: X, quote: 'Governor Marta Ruscelli of Osterra says it was more than 14,000 hectares', value: '>14,000 ha', speaker: 'Marta Ruscelli', camp: 'B' },
        { file: X, quote: 'show about 141 square kilometres of scorched ground', value: '~141 km² (~14,100 ha)', speaker: 'Tellmark Fire Research Institute', camp: 'B' },
      ],
    },
    {
      id: 'homes-destroyed', level: 'core', kind: 'numeric',
      summary: 'The homes destroyed: the Interior Ministry says 138 homes were destroyed in Brezzano, Calvina and Torrelba (a final figure after inspecting every street); the provincial government of Governor Ruscelli says 310 (more than 300 in the wire), both counting houses that can no longer be lived in.',
      sides: [
        { file: N, quote: 'The ministry said on Monday that 138 homes had been destroyed in Brezzano, Calvina and Torrelba', value: '138', speaker: 'Interior Ministry', camp: 'A' },
        { file: M, quote: 'According to the Interior Ministry, 138 houses were destroyed in Brezzano, Calvina and Torrelba.', value: '138', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says 138 homes were destroyed.', value: '138', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'Provincial officials said more than 300 homes had been lost across Brezzano, Calvina and Torrelba', value: '>300', speaker: 'provincial officials', camp: 'B' },
        { file: N, quote: 'the provincial government says 310 homes were burned to the ground', value: '310', speaker: 'provincial government of Osterra', camp: 'B' },
        { file: X, quote: 'The provincial government says 310.', value: '310', speaker: 'provincial government of Osterra', camp: 'B' },
      ],
    },
    {
      id: 'power-line', level: 'core', kind: 'polarity',
      summary: 'Whether a Rendora Power line started the fire: a preliminary report by Varenzia Fire and Rescue Service (VFRS) investigators says it began beneath the company\'s 20-kilovolt line at pylon 47 on Fendaro Ridge; Rendora Power and its chief executive Konrad Melis deny that the line caused it (no fault recorded), and Interior Minister Olmani dismisses the claim as speculation.',
      sides: [
        { file: W, quote: 'It says the fire began at the foot of pylon 47, beneath a 20-kilovolt line operated by Rendora Power', speaker: 'Varenzia Fire and Rescue Service', camp: 'A' },
        { file: N, quote: 'A preliminary report by VFRS investigators says it started beneath a Rendora Power line on Fendaro Ridge.', speaker: 'Varenzia Fire and Rescue Service', camp: 'A' },
        { file: X, quote: 'traces the fire to the foot of a pylon on Fendaro Ridge, beneath a line run by Rendora Power', speaker: 'Varenzia Fire and Rescue Service', camp: 'A' },
        { file: W, quote: '"Our line did not start this fire," chief executive Konrad Melis said in a statement.', speaker: 'Konrad Melis', camp: 'B' },
        { file: N, quote: 'Rendora Power says its line was not responsible and that its own data show no fault on Friday.', speaker: 'Rendora Power', camp: 'B' },
        { file: M, quote: 'He dismissed claims that a power line had caused the blaze as "speculation by people with political motives".', speaker: 'Fabrizio Olmani', camp: 'B' },
        { file: X, quote: 'Rendora Power denies that its line caused the fire.', speaker: 'Rendora Power', camp: 'B' },
      ],
    },
    {
      id: 'who-is-to-blame', level: 'secondary', kind: 'attribution',
      summary: 'Who started the fire: Interior Minister Fabrizio Olmani (and the state-aligned paper) blames arsonists, citing a man arrested near the ridge; Governor Marta Ruscelli blames Rendora Power for a line it should have switched off, as do the fire service\'s own investigators.',
      sides: [
        { file: W, quote: 'This fire did not start by itself," Olmani said. "Someone lit it, and that person will answer to a court.', speaker: 'Fabrizio Olmani', camp: 'A' },
        { file: N, quote: 'Interior Minister Fabrizio Olmani has said repeatedly that the fire was set deliberately.', speaker: 'Fabrizio Olmani', camp: 'A' },
        { file: M, quote: '"This fire was set by criminal hands, and we will find every one of them," Olmani said.', speaker: 'Fabrizio Olmani', camp: 'A' },
        { file: X, quote: 'Interior Minister Fabrizio Olmani has blamed arsonists from the start', speaker: 'Fabrizio Olmani', camp: 'A' },
        { file: L, quote: '“This fire was started by a power line that should have been switched off,” she said.', speaker: 'Marta Ruscelli', camp: 'B' },
        { file: N, quote: 'Rendora Power was told in June to switch that line off on red-alert days, and it did not', speaker: 'Marta Ruscelli', camp: 'B' },
        { file: X, quote: 'Ruscelli blames the company outright', speaker: 'Marta Ruscelli', camp: 'B' },
        { file: W, quote: 'It says the fire began at the foot of pylon 47, beneath a 20-kilovolt line operated by Rendora Power', speaker: 'Varenzia Fire and Rescue Service', camp: 'B' },
      ],
    },
    {
      id: 'fire-contained', level: 'core', kind: 'status',
      summary: 'Whether the fire was under control: the Interior Ministry and Minister Olmani say it has been fully contained since Sunday evening; Chief Fire Officer Luka Tomašić said on Sunday evening and again on Monday that the eastern flank above Torrelba was still burning out of control, and the explainer reports crews fighting flames there until Wednesday.',
      sides: [
        { file: N, quote: 'The national government says the fire is under control.', speaker: 'Interior Ministry', camp: 'A' },
        { file: M, quote: 'The fire has been fully contained since Sunday evening, Interior Minister Fabrizio Olmani said', speaker: 'Fabrizio Olmani', camp: 'A' },
        { file: M, quote: '"The fire is under control on every front," the minister said.', speaker: 'Fabrizio Olmani', camp: 'A' },
        { file: X, quote: 'The ministry declared the fire contained on Sunday evening.', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'The eastern flank, above Torrelba, was still burning out of control, he said.', speaker: 'Luka Tomašić', camp: 'B' },
        { file: N, quote: 'The eastern flank is not under control, and I will not pretend it is', speaker: 'Luka Tomašić', camp: 'B' },
        { file: N, quote: 'The fire was still burning out of control on a front of several kilometres east of Torrelba on Monday', speaker: 'Luka Tomašić', camp: 'B' },
        { file: X, quote: 'Crews on the eastern flank above Torrelba fought flames until Wednesday', speaker: 'The Hollinmoor Review', camp: 'B' },
      ],
    },
    {
      id: 'brezzano-order-lifted', level: 'secondary', kind: 'status',
      summary: 'Whether the evacuation order for Brezzano was lifted: the state-aligned paper says it was lifted on Monday afternoon and families are returning; VPB News reports it still in force on Monday evening, and the mayor, Silvio Granata, says on Thursday that nothing has been lifted.',
      sides: [
        { file: M, quote: 'The evacuation order for Brezzano was lifted on Monday afternoon, allowing families to begin returning to their homes.', speaker: 'Castelmar Record', camp: 'A' },
        { file: X, quote: 'The state press reported that the order was lifted on Monday', speaker: 'Castelmar Record', camp: 'A' },
        { file: N, quote: 'The evacuation order for Brezzano remained in force on Monday evening.', speaker: 'VPB News', camp: 'B' },
        { file: X, quote: 'the police roadblock on the road into the village was still turning cars back on Thursday', speaker: 'The Hollinmoor Review', camp: 'B' },
        { file: X, quote: '“Nobody has lifted anything,” said Mayor Silvio Granata.', speaker: 'Silvio Granata', camp: 'B' },
      ],
    },
    {
      id: 'alert-time', level: 'core', kind: 'temporal',
      summary: 'When Brezzano was told to leave: the Interior Ministry says the emergency text alert went to every phone in the village at 16:05 on Friday, more than five hours before the fire arrived; the mayor and residents say the first message reached their phones at 21:40, when the flames were already at the village.',
      sides: [
        { file: W, quote: 'The Interior Ministry said an emergency text message ordering the village to evacuate was sent to every phone in the area at 16:05 on Friday.', value: '16:05 Fri', speaker: 'Interior Ministry', camp: 'A' },
        { file: N, quote: 'The Interior Ministry says the alert went out at 16:05.', value: '16:05 Fri', speaker: 'Interior Ministry', camp: 'A' },
        { file: M, quote: 'The minister said an emergency alert had been sent to all phones in Brezzano at 16:05 on Friday', value: '16:05 Fri', speaker: 'Fabrizio Olmani', camp: 'A' },
        { file: X, quote: 'The ministry says an emergency text alert went to every phone in Brezano at 16:05 on Friday', value: '16:05 Fri', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: '“The first message reached our phones at 21:40,” he told the Register.', value: '21:40 Fri', speaker: 'Silvio Granata', camp: 'B' },
        { file: W, quote: 'said he received nothing until late in the evening', value: 'late evening Fri', speaker: 'Silvio Granata', camp: 'B' },
        { file: N, quote: 'it was received at 21:40 on Friday, when the fire was already at the edge of the village', value: '21:40 Fri', speaker: 'residents of Brezzano', camp: 'B' },
        { file: X, quote: 'Residents who showed their phones to this publication had received it at 21:40', value: '21:40 Fri', speaker: 'residents of Brezzano', camp: 'B' },
      ],
    },
    {
      id: 'aircraft-grounded', level: 'secondary', kind: 'polarity',
      summary: 'Whether water-bombing aircraft were grounded on the first evening: the Firefighters\' and Rangers\' Union (FRU) says eight aircraft stood at the airfield at Lisvara from 18:00 to 22:00 on Friday because their crews had run out of flying hours; Interior Minister Olmani says not a single aircraft was grounded.',
      sides: [
        { file: N, quote: 'eight of the country’s water-bombing aircraft stood on the ground at the airfield at Lisvara from 18:00 to 22:00 on Friday', speaker: "Firefighters' and Rangers' Union", camp: 'A' },
        { file: N, quote: 'Eight planes sat on the tarmac while Brezzano burned', speaker: 'Teresa Vallon', camp: 'A' },
        { file: X, quote: 'says eight water-bombing aircraft stood idle at the airfield at Lisvara for four hours on the first evening', speaker: "Firefighters' and Rangers' Union", camp: 'A' },
        { file: M, quote: 'Not a single aircraft was grounded.', speaker: 'Fabrizio Olmani', camp: 'B' },
        { file: X, quote: 'The ministry denies that any aircraft was grounded', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'dalmera-aircraft-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing the Interior Ministry, that neighbouring Dalmera had sent four of the 14 aircraft, then corrected it to two; the wire and the state-aligned paper give two.',
      sides: [
        { file: L, quote: 'including four sent overnight by neighbouring Dalmera', value: '4', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'That was our error; Dalmera sent two aircraft, not four.', value: '2', speaker: 'The Lisvara Register', camp: 'B' },
        { file: W, quote: 'including two sent on Saturday by neighbouring Dalmera', value: '2', speaker: 'Halberd', camp: 'B' },
        { file: M, quote: 'including two from friendly Dalmera', value: '2', speaker: 'Fabrizio Olmani', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rise', kind: 'numeric',
      summary: 'The toll rose from two (Saturday morning, the elderly couple in Brezzano) to four (Sunday), and the wire says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'The Varenzia Fire and Rescue Service (VFRS) confirms that two people have died in Brezzano.', value: '2 (Sat)' },
        { file: W, quote: 'Four people have died, up from two on Saturday', value: '4 (Sun)' },
      ],
    },
    {
      id: 'evacuated-rounding', kind: 'numeric',
      summary: '6,280 residents evacuated in the state-aligned paper and "about 6,300" in the broadcaster are the same ministry figure, rounded.',
      sides: [
        { file: M, quote: 'A total of 6,280 residents were evacuated safely.', value: '6280' },
        { file: N, quote: 'About 6,300 people had to leave their homes, according to the ministry', value: '~6300' },
      ],
    },
    {
      id: 'evacuated-brezzano-vs-province', kind: 'numeric',
      summary: 'Some 2,900 people who left Brezzano (Saturday) are part of the more than 6,000 evacuated across Osterra Province.',
      sides: [
        { file: L, quote: 'Some 2,900 people have now left Brezzano', value: '~2900 (Brezzano)' },
        { file: W, quote: 'More than 6,000 people were evacuated from villages across Osterra Province', value: '>6000 (province)' },
      ],
    },
    {
      id: 'destroyed-vs-damaged', kind: 'numeric',
      summary: '138 homes destroyed and 215 houses damaged are different sets in the Interior Ministry\'s count.',
      sides: [
        { file: N, quote: '138 homes had been destroyed', value: '138 destroyed' },
        { file: M, quote: 'A further 215 houses were damaged, most of which can be repaired.', value: '215 damaged' },
      ],
    },
    {
      id: 'park-size-units', kind: 'numeric',
      summary: 'Aldena National Park covers "about 27,500 hectares" in the wire and "some 275 square kilometres" in the explainer: the same size in different units.',
      sides: [
        { file: W, quote: 'a protected forest that covers about 27,500 hectares', value: '~27,500 ha' },
        { file: X, quote: 'The park itself covers some 275 square kilometres', value: '~275 km²' },
      ],
    },
    {
      id: 'injured-synonyms', kind: 'numeric',
      summary: '31 people "treated in hospital for burns and smoke inhalation" and 31 "injured" are the same figure in different words.',
      sides: [
        { file: N, quote: 'Thirty-one people were treated in hospital for burns and smoke inhalation', value: '31' },
        { file: M, quote: 'Four people lost their lives and 31 were injured.', value: '31' },
      ],
    },
    {
      id: 'firefighters-more-than-vs-about', kind: 'numeric',
      summary: '"More than 1,100 firefighters" (Saturday) and "about 1,150 firefighters" (Sunday) are compatible approximations.',
      sides: [
        { file: L, quote: 'More than 1,100 firefighters are now on the fire lines', value: '>1100' },
        { file: W, quote: 'about 1,150 firefighters', value: '~1150' },
      ],
    },
  ],
};
