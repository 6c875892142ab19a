// Hand-written gold source for the Lakhor night-train derailment (invented event, Dravonia,
// November 2025). build-gold.mjs turns it into ../gold/lakhor-derailment.json.
const N = 'lodestar-wire.txt';
const K = 'drb-news.md';
const L = 'lakhor-gazette-live.md';
const P = 'dravonia-post.txt';
const O = 'halcyon-observer.md';

export default {
  corpus: 'lakhor-derailment',
  note: 'Invented event written for the project: the overnight passenger train from the port of Amberlo to the capital Kestrava, in the fictional country of Dravonia, derails around midnight on Tuesday 18 / Wednesday 19 November 2025 on the curve at the southern end of the Iveny Bridge over the Velta River, 4 km north of the town of Lakhor (spelled Lachor by the foreign weekly). Five invented outlets: a wire story (Wednesday), a national broadcaster\'s web story, the local paper\'s live blog and a state-aligned, operator-friendly paper (Thursday), and a foreign explainer (Friday). The operator (Dravonian State Railways), the transport ministry, the emergency service, the drivers\' union, prosecutors and local officials disagree about the toll, the train\'s speed, the signal, the driver\'s status, whether the line has reopened, the time of the derailment and how many people were aboard; the operator\'s spokeswoman first spoke of about 150 passengers, then of 212 and nine crew. The toll rising from 14 (Wednesday) to 19 (Thursday) is an update, not a contradiction; the ministry\'s 16 against the emergency service\'s 19 on the same Thursday is a contradiction.',
  files: [P, K, O, L, N],
  meta: { [N]: [2, 3], [P]: [2, 3], [K]: [3] },

  actors: [
    // places
    { id: 'dravonia', name: 'Dravonia', type: 'place', forms: ['Dravonia'] },
    { id: 'kestrava', name: 'Kestrava', type: 'place', forms: ['Kestrava', 'KESTRAVA'], note: 'the capital' },
    { id: 'lakhor', name: 'Lakhor', type: 'place', forms: ['Lakhor', 'LAKHOR', 'Lachor'], note: 'the foreign weekly spells it Lachor; "Lakhor Regional Hospital" and "Lakhor Gazette" are nested names, not place mentions' },
    { id: 'amberlo', name: 'Amberlo', type: 'place', forms: ['Amberlo'], note: 'the port city the train left from' },
    { id: 'harnesk', name: 'Harnesk Province', type: 'place', forms: ['Harnesk Province'], note: '"Harnesk" inside "Harnesk Regional Prosecutor\'s Office" is a nested name, not a place mention' },
    { id: 'sarev', name: 'Sarev', type: 'place', forms: ['Sarev'] },
    { id: 'tesmar', name: 'Tesmar', type: 'place', forms: ['Tesmar'] },
    { id: 'iveny-bridge', name: 'Iveny Bridge', type: 'place', forms: ['Iveny Bridge', 'Iveny'], note: 'a named bridge (a facility) is typed place here; "Iveny" alone ("the signal at Iveny", "the Iveny curve") refers to the bridge and its approach' },
    { id: 'velta', name: 'Velta River', type: 'place', forms: ['Velta River'] },
    // organizations
    { id: 'dsr', name: 'Dravonian State Railways', type: 'organization', forms: ['Dravonian State Railways', 'DSR'] },
    { id: 'transport-ministry', name: 'Transport Ministry', type: 'organization', forms: ['Transport Ministry'] },
    { id: 'cpd', name: 'Civil Protection Directorate', type: 'organization', forms: ['Civil Protection Directorate', 'CPD'] },
    { id: 'nrib', name: 'National Rail Investigation Bureau', type: 'organization', forms: ['National Rail Investigation Bureau', 'NRIB'] },
    { id: 'rcu', name: "Rail Crews' Union", type: 'organization', forms: ["Rail Crews' Union", 'RCU'] },
    { id: 'prosecutor', name: "Harnesk Regional Prosecutor's Office", type: 'organization', forms: ["Harnesk Regional Prosecutor's Office"] },
    { id: 'lakhor-hospital', name: 'Lakhor Regional Hospital', type: 'organization', forms: ['Lakhor Regional Hospital'] },
    { id: 'state-council', name: 'State Council', type: 'organization', forms: ['State Council'], note: 'the parliament' },
    { id: 'tu-kestrava', name: 'Technical University of Kestrava', type: 'organization', forms: ['Technical University of Kestrava'] },
    { id: 'lodestar', name: 'Lodestar', type: 'organization', forms: ['Lodestar'] },
    { id: 'drb', name: 'DRB News', type: 'organization', forms: ['DRB News', 'DRB'] },
    { id: 'gazette', name: 'Lakhor Gazette', type: 'organization', forms: ['Lakhor Gazette', 'Gazette'], note: 'the full name appears only in the front matter; the text says "the Gazette"' },
    { id: 'post', name: 'Dravonia Post', type: 'organization', forms: ['Dravonia Post', 'Post'], note: 'the full name appears only in the header line; the text says "the Post"' },
    { id: 'observer', name: 'The Halcyon Observer', type: 'organization', forms: ['The Halcyon Observer', 'Observer'], note: 'the full name appears only in the front matter; the text says "The Observer"' },
    // people
    { id: 'marek', name: 'Lidia Marek', type: 'person', forms: ['Lidia Marek', 'Marek'] },
    { id: 'saltan', name: 'Edvard Saltan', type: 'person', forms: ['Edvard Saltan', 'Saltan'] },
    { id: 'velisek', name: 'Goran Velisek', type: 'person', forms: ['Goran Velisek', 'Velisek'] },
    { id: 'vorn', name: 'Aleksander Vorn', type: 'person', forms: ['Aleksander Vorn'] },
    { id: 'lanz', name: 'Petra Lanz', type: 'person', forms: ['Petra Lanz'] },
    { id: 'harmat', name: 'Lev Harmat', type: 'person', forms: ['Lev Harmat'] },
    { id: 'petrak', name: 'Dusan Petrak', type: 'person', forms: ['Dusan Petrak', 'Petrak'] },
    { id: 'kostel', name: 'Mihail Kostel', type: 'person', forms: ['Mihail Kostel'] },
    { id: 'kalnin', name: 'Ruta Kalnin', type: 'person', forms: ['Ruta Kalnin', 'Kalnin'] },
    { id: 'ward', name: 'Helen Ward', type: 'person', forms: ['Helen Ward', 'Ward'], note: 'surname is also a common word; "Ward 4" (a hospital ward) is not a mention' },
    { id: 'zora', name: 'Zora', type: 'person', forms: ['Zora'], note: 'a reader named by first name only' },
    { id: 'vantek', name: 'Dario Vantek', type: 'person', forms: ['Dario Vantek', 'Vantek'] },
    { id: 'tovar', name: 'Agnes Tovar', type: 'person', forms: ['Agnes Tovar'] },
    { id: 'aldane', name: 'Pieter Aldane', type: 'person', forms: ['Pieter Aldane'] },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (operator|state-owned operator|company|directorate|ministry|union|bureau|hospital|government)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b(?:[Hh]is union|its state railway)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b(?:[Tt]he minister|its spokeswoman)\\b', why: 'title used without a name' },
  ],
  ignore: [
    { file: K, context: 'faster than operator said', text: 'operator', why: 'nominal reference to a named body (lowercase, headline without article)' },
  ],
  block: [
    { file: L, context: 'Visiting hours on Ward 4', text: 'Ward 4', why: 'a hospital ward, not the surgeon Helen Ward' },
  ],
  assign: [],

  claims: [
    { file: N, speaker: 'Civil Protection Directorate', cue: 'said on Wednesday', quote: 'killing at least 14 people and injuring 64' },
    { file: N, speaker: 'Lidia Marek', cue: 'told reporters', quote: 'the train had been carrying "about 150 passengers"' },
    { file: N, speaker: 'Lidia Marek', cue: 'Marek said', quote: 'Everything we know so far tells us the train was being driven within the limit' },
    { file: N, speaker: 'Edvard Saltan', cue: 'Saltan said', quote: 'and I am afraid the number of dead will rise' },
    { file: N, speaker: 'Petra Lanz', cue: 'she told Lodestar by telephone', quote: 'There was a bang, then a second bang, and the lights went out' },
    { file: K, speaker: 'Dusan Petrak', cue: 'said', quote: 'That curve has been a trap for years, and everyone at DSR knew it' },
    { file: K, speaker: 'Dusan Petrak', cue: 'he said', quote: 'Our colleague saw a green light. He did what any driver would have done' },
    { file: K, speaker: 'Dravonian State Railways', cue: 'the company said', quote: 'was working correctly on Tuesday night' },
    { file: K, speaker: 'Mihail Kostel', cue: 'said', quote: 'I stood from Amberlo all the way to the bridge' },
    { file: L, speaker: 'Ruta Kalnin', cue: 'she said', quote: 'We asked them for a lower speed limit in 2022' },
    { file: L, speaker: 'Helen Ward', cue: 'tells the Gazette', quote: '23 of the injured are still being treated there' },
    { file: P, speaker: 'Dario Vantek', cue: 'told the Post', quote: 'Within 30 hours our engineers had the line open again' },
    { file: P, speaker: 'Dario Vantek', cue: 'he said', quote: 'Claims circulating in some media that the signal was faulty are simply untrue' },
    { file: P, speaker: 'Goran Velisek', cue: 'the minister said', quote: 'Our railways are safe. One terrible night does not change that' },
    { file: O, speaker: 'Pieter Aldane', cue: 'said', quote: 'If that figure is right, the real question is why nothing stopped the train reaching that speed' },
  ],

  contradictions: [
    {
      id: 'death-toll-thursday', level: 'core', kind: 'numeric',
      summary: 'On Thursday the Transport Ministry says 16 people died; the Civil Protection Directorate says 19 the same day.',
      sides: [
        { file: P, quote: 'The Transport Ministry said on Thursday that 16 people had lost their lives in the accident', value: '16', speaker: 'Transport Ministry', camp: 'A' },
        { file: K, quote: 'The Civil Protection Directorate (CPD) said on Thursday that 19 people had died', value: '19', speaker: 'Civil Protection Directorate', camp: 'B' },
        { file: L, quote: 'The Civil Protection Directorate (CPD) says 19 people have died and 64 were injured.', value: '19', speaker: 'Civil Protection Directorate', camp: 'B' },
      ],
    },
    {
      id: 'train-speed', level: 'core', kind: 'numeric',
      summary: 'The operator says the train entered the curve at 58 km/h, within the 60 km/h limit; the data recorder, as reported from the investigation, shows about 94 km/h.',
      sides: [
        { file: N, quote: 'the train was travelling at 58 km/h (36 mph) as it entered the curve', value: '58 km/h', speaker: 'Dravonian State Railways', camp: 'A' },
        { file: P, quote: 'the train entered the curve at 58 km/h, within the permitted speed', value: '58 km/h', speaker: 'Dravonian State Railways', camp: 'A' },
        { file: O, quote: 'DSR says 58 km/h, just under the 60 km/h limit for the curve.', value: '58 km/h', speaker: 'Dravonian State Railways', camp: 'A' },
        { file: K, quote: 'was travelling at about 94km/h when it reached the curve before the Iveny Bridge', value: '~94 km/h', speaker: 'two people with knowledge of the investigation', camp: 'B' },
        { file: O, quote: "the train's data recorder, according to figures first reported by the broadcaster DRB, shows a speed of about 94 km/h", value: '~94 km/h', speaker: 'DRB News', camp: 'B' },
      ],
    },
    {
      id: 'signal-fault', level: 'core', kind: 'polarity',
      summary: 'The drivers\' union says the signal before the curve had been faulty for weeks (showing a clear aspect when it should have warned drivers to slow down, reported at least four times); the operator denies any fault and any fault report.',
      sides: [
        { file: K, quote: "The Rail Crews' Union (RCU) says the signal protecting the curve had been faulty for weeks.", speaker: "Rail Crews' Union", camp: 'A' },
        { file: K, quote: 'the signal at the approach to the bridge showed a clear aspect when it should have warned them to slow down', speaker: 'Dusan Petrak', camp: 'A' },
        { file: L, quote: 'will not let one man carry the blame for a broken signal', speaker: 'Dusan Petrak', camp: 'A' },
        { file: O, quote: 'the signal before the curve was showing a clear aspect when it should have told them to slow down', speaker: "Rail Crews' Union", camp: 'A' },
        { file: K, quote: 'the signal at Iveny “was working correctly on Tuesday night”', speaker: 'Dravonian State Railways', camp: 'B' },
        { file: P, quote: 'the signalling on the approach "functioned correctly throughout"', speaker: 'Dravonian State Railways', camp: 'B' },
        { file: P, quote: 'Claims circulating in some media that the signal was faulty are simply untrue', speaker: 'Dario Vantek', camp: 'B' },
        { file: O, quote: 'DSR says the signal worked correctly and that it has no record of any complaint.', speaker: 'Dravonian State Railways', camp: 'B' },
      ],
    },
    {
      id: 'driver-status', level: 'core', kind: 'status',
      summary: 'The driver: prosecutors say he was arrested on suspicion of negligence and on Thursday remains in custody (his lawyer says he is still held); the operator says he was questioned as a witness and released without charge on Wednesday evening.',
      sides: [
        { file: N, quote: 'was placed under arrest on suspicion of negligence causing death', speaker: "Harnesk Regional Prosecutor's Office", camp: 'A' },
        { file: K, quote: 'The driver, named by his union as Lev Harmat, 52, remains in custody in Lakhor', speaker: "Harnesk Regional Prosecutor's Office", camp: 'A' },
        { file: L, quote: 'is still being held at the police station in Lakhor, his lawyer says', speaker: "the driver's lawyer", camp: 'A' },
        { file: O, quote: 'Prosecutors said on Thursday that he remained in custody', speaker: 'prosecutors', camp: 'A' },
        { file: P, quote: 'The driver of the train was questioned by investigators as a witness and released without charge on Wednesday evening', speaker: 'Dravonian State Railways', camp: 'B' },
        { file: P, quote: 'He is at home with his family, and we are supporting him', speaker: 'Dravonian State Railways', camp: 'B' },
        { file: O, quote: 'DSR says he was questioned as a witness and sent home.', speaker: 'Dravonian State Railways', camp: 'B' },
      ],
    },
    {
      id: 'line-reopened', level: 'secondary', kind: 'status',
      summary: 'On Thursday the state-aligned paper says trains are running through Lakhor again on a single track; the local live blog says the line remains closed that evening, with buses replacing trains, and the foreign weekly says trains crossed the bridge again only on Friday.',
      sides: [
        { file: P, quote: 'Trains were running through Lakhor again on Thursday morning', speaker: 'Dravonian State Railways', camp: 'A' },
        { file: P, quote: 'Within 30 hours our engineers had the line open again.', speaker: 'Dario Vantek', camp: 'A' },
        { file: L, quote: 'The line through Lakhor remains closed.', camp: 'B' },
        { file: L, quote: 'DSR says buses will replace trains between Sarev and Tesmar “until further notice”.', speaker: 'Dravonian State Railways', camp: 'B' },
        { file: O, quote: 'Trains began crossing the Iveny Bridge again on Friday morning', camp: 'B' },
        { file: O, quote: 'after two days in which the line was shut and passengers were moved by bus', camp: 'B' },
      ],
    },
    {
      id: 'derailment-time', level: 'secondary', kind: 'temporal',
      summary: 'When the train derailed: the operator says at 11:52 p.m. on Tuesday; the emergency service\'s log says 12:47 a.m. on Wednesday, four minutes before the first call.',
      sides: [
        { file: N, quote: 'derailed at 11:52 p.m., according to the operator, Dravonian State Railways (DSR)', value: 'Tue 23:52', speaker: 'Dravonian State Railways', camp: 'A' },
        { file: N, quote: 'came off the rails on a curve leading onto a river bridge near the town of Lakhor late on Tuesday', value: 'late Tue', camp: 'A' },
        { file: P, quote: 'came off the rails at 11:52 p.m. as it approached the bridge over the Velta River, according to DSR', value: 'Tue 23:52', speaker: 'Dravonian State Railways', camp: 'A' },
        { file: O, quote: 'says the train derailed at 11:52 p.m. on Tuesday', value: 'Tue 23:52', speaker: 'Dravonian State Railways', camp: 'A' },
        { file: L, quote: 'The CPD puts the derailment at 12:47 a.m., four minutes earlier.', value: 'Wed 00:47', speaker: 'Civil Protection Directorate', camp: 'B' },
        { file: K, quote: 'which happened shortly before 1am on Wednesday', value: 'Wed before 01:00', camp: 'B' },
        { file: O, quote: "The CPD's emergency log puts it at 12:47 a.m. on Wednesday", value: 'Wed 00:47', speaker: 'Civil Protection Directorate', camp: 'B' },
      ],
    },
    {
      id: 'people-aboard', level: 'secondary', kind: 'numeric',
      summary: 'How many people were aboard: the operator says 212 passengers and nine crew; the drivers\' union says more than 300, because two coaches had been withdrawn.',
      sides: [
        { file: N, quote: 'she said it had carried 212 passengers and nine crew', value: '221 (212 + 9)', speaker: 'Lidia Marek', camp: 'A' },
        { file: O, quote: "DSR's count is 212 passengers and nine crew", value: '221 (212 + 9)', speaker: 'Dravonian State Railways', camp: 'A' },
        { file: K, quote: 'The RCU says more than 300 people were on board, because two coaches had been taken out of the train for repairs', value: '>300', speaker: "Rail Crews' Union", camp: 'B' },
        { file: O, quote: 'The RCU says more than 300 people were on board.', value: '>300', speaker: "Rail Crews' Union", camp: 'B' },
      ],
    },
    {
      id: 'trap-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same quotation, "That curve has been a trap for years, and everyone at DSR knew it", is credited to the union chairman Dusan Petrak by the broadcaster and to Mayor Ruta Kalnin by the local live blog.',
      sides: [
        { file: K, quote: '“That curve has been a trap for years, and everyone at DSR knew it,” said the union\'s chairman, Dusan Petrak.', speaker: 'Dusan Petrak', camp: 'A' },
        { file: L, quote: '“That curve has been a trap for years, and everyone at DSR knew it,” she said.', speaker: 'Ruta Kalnin', camp: 'B' },
      ],
    },
    {
      id: 'passengers-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the operator\'s spokeswoman first said the train carried about 150 passengers, then 212 passengers and nine crew (her first figure left out tickets bought on board).',
      sides: [
        { file: N, quote: 'the train had been carrying "about 150 passengers"', value: '~150', speaker: 'Lidia Marek', camp: 'A' },
        { file: N, quote: 'she said it had carried 212 passengers and nine crew', value: '212 passengers + 9 crew', speaker: 'Lidia Marek', camp: 'B' },
        { file: O, quote: 'a figure it reached only after its spokeswoman had first spoken of about 150', speaker: 'Dravonian State Railways', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rises', kind: 'numeric',
      summary: 'The death toll rose from at least 14 (Wednesday) to 19 (Thursday) after three more bodies were found and two of the injured died, and the later article says so: an update, not a contradiction.',
      sides: [
        { file: N, quote: 'killing at least 14 people', value: '>=14 (Wed)' },
        { file: L, quote: '19 people are now confirmed dead, up from 14 yesterday', value: '19 (Thu)' },
      ],
    },
    {
      id: 'toll-rounding', kind: 'numeric',
      summary: '"nearly 20" dead and a toll of 19 on the same Friday are the same figure rounded.',
      sides: [
        { file: O, quote: 'killing nearly 20 people', value: '~20' },
        { file: O, quote: 'The toll given by the Civil Protection Directorate (CPD) stood at 19 on Friday.', value: '19' },
      ],
    },
    {
      id: 'passengers-vs-aboard', kind: 'numeric',
      summary: '212 passengers and 221 people on board including the crew are different sets (passengers vs passengers and crew) of the same operator count.',
      sides: [
        { file: K, quote: 'DSR says the train carried 212 passengers.', value: '212 passengers' },
        { file: P, quote: 'There were 221 people on board, including the crew.', value: '221 passengers and crew' },
      ],
    },
    {
      id: 'last-coach-vs-all', kind: 'numeric',
      summary: 'Eleven dead in the last coach and 19 dead in all are part and whole.',
      sides: [
        { file: O, quote: 'Eleven of the dead were travelling in the last coach', value: '11 (last coach)' },
        { file: O, quote: 'The toll given by the Civil Protection Directorate (CPD) stood at 19 on Friday.', value: '19 (all)' },
      ],
    },
    {
      id: 'injured-hurt', kind: 'numeric',
      summary: '"injuring 64" and "64 people were hurt" say the same thing (synonyms).',
      sides: [
        { file: N, quote: 'injuring 64, the Civil Protection Directorate (CPD) said on Wednesday', value: '64' },
        { file: K, quote: 'In all, 64 people were hurt in the derailment', value: '64' },
      ],
    },
    {
      id: 'rescuers-about-vs-more', kind: 'numeric',
      summary: '"More than 250 rescuers, soldiers and volunteers" and "about 260" are compatible approximations.',
      sides: [
        { file: N, quote: 'More than 250 rescuers, soldiers and volunteers were at the site by dawn', value: '>250' },
        { file: K, quote: 'About 260 rescuers, soldiers and volunteers took part in the search', value: '~260' },
      ],
    },
    {
      id: 'intensive-care-days', kind: 'numeric',
      summary: 'Twelve people in intensive care on Wednesday and eight on Friday are figures for different days.',
      sides: [
        { file: N, quote: 'Twelve people were in intensive care on Wednesday', value: '12 (Wed)' },
        { file: O, quote: 'Eight people remained in intensive care on Friday', value: '8 (Fri)' },
      ],
    },
  ],
};
