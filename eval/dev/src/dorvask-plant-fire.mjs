// Hand-written gold source for the fire and ammonia leak at the Dorvask Nitrogen Works
// (invented event, Kelvaria, July 2025). build-gold.mjs turns it into ../gold/dorvask-plant-fire.json.
const Q = 'quillon-wire.txt';
const R = 'rkv-news.md';
const E = 'dorvask-echo-live.md';
const G = 'olvenna-gazette.txt';
const C = 'cordwain-review.md';

export default {
  corpus: 'dorvask-plant-fire',
  note: 'Invented event written for the project: early on Tuesday 15 July 2025 a fire breaks out in Warehouse 4 of the Dorvask Nitrogen Works, a fertiliser plant owned by Galvorin Chemicals (part of the Rastell Group) on the edge of the town of Dorvask (spelled Dorwask by the foreign explainer) in the fictional country of Kelvaria; an explosion ruptures an ammonia line, two workers die and the district of Tolmarin is evacuated within a 3 km radius. Five invented outlets: a wire story (Tuesday), a public broadcaster\'s web story and the local paper\'s live blog (Wednesday), a state-aligned paper (Thursday) and a foreign explainer (the next Monday). The owner, the inspectorate (SEI), the health ministry, the mayor, the fire service (SFS), the hospital, a university laboratory, the union and residents disagree about the people hospitalised, the ammonia concentration, the sirens, whether the fire was out, the tonnes stored, the March inspection, who said "Nobody goes back into Tolmarin", and when the fire started; the live blog corrects its own count of people evacuated (about 14,000, then 4,100). The hospital count rising from 37 (Tuesday morning) to 118 (Wednesday) is an update, not a contradiction; the ministry\'s 41 against the hospital\'s 118 on the same Wednesday is a contradiction. "Rastell" alone names either the Rastell Group or its chairman Edvard Rastell and is assigned by hand.',
  files: [C, E, G, Q, R],
  meta: { [Q]: [2, 3], [G]: [2, 3], [E]: [3] },

  actors: [
    // places
    { id: 'kelvaria', name: 'Kelvaria', type: 'place', forms: ['Kelvaria'], note: '"Kelvarian" is a demonym; "Kelvaria" inside "Radio Kelvaria" is a nested name, not a place mention' },
    { id: 'olvenna', name: 'Olvenna', type: 'place', forms: ['Olvenna', 'OLVENNA'], note: 'the capital; "University of Olvenna" and "Olvenna Gazette" are nested names; "Olvenna-based" is a glued modifier' },
    { id: 'harvela', name: 'Harvela Region', type: 'place', forms: ['Harvela Region'] },
    { id: 'dorvask', name: 'Dorvask', type: 'place', forms: ['Dorvask', 'DORVASK', 'Dorwask'], note: 'the foreign explainer spells the town Dorwask (but keeps the official names of the plant, the hospital and the local paper); "Dorvask Nitrogen Works", "Dorvask Regional Hospital" and "The Dorvask Echo" are nested names' },
    { id: 'tolmarin', name: 'Tolmarin', type: 'place', forms: ['Tolmarin'], note: 'the district next to the plant; "Tolmarin Residents\' Committee" is a nested name' },
    { id: 'vesk', name: 'Vesk', type: 'place', forms: ['Vesk'], note: 'the northern district with the evacuation centre' },
    { id: 'ulsk', name: 'Ulsk', type: 'place', forms: ['Ulsk'], note: 'a village downstream on the Merin' },
    { id: 'merin', name: 'Merin River', type: 'place', forms: ['Merin River', 'Merin'] },
    { id: 'nitrogen-works', name: 'Dorvask Nitrogen Works', type: 'place', forms: ['Dorvask Nitrogen Works', 'Nitrogen Works'], note: 'the plant, a named facility, is typed place here (it never speaks: its owner Galvorin does); the live blog says "the Nitrogen Works"' },
    { id: 'warehouse-4', name: 'Warehouse 4', type: 'place', forms: ['Warehouse 4'], note: 'a named building of the plant (a facility) is typed place here' },
    // organizations
    { id: 'galvorin', name: 'Galvorin Chemicals', type: 'organization', forms: ['Galvorin Chemicals', 'Galvorin'], note: '"Galvorin-owned" is a glued modifier' },
    { id: 'rastell-group', name: 'Rastell Group', type: 'organization', forms: ['Rastell Group', 'Rastell'], note: 'the parent group; "Rastell" alone is shared with its chairman Edvard Rastell and assigned by hand' },
    { id: 'sei', name: 'State Environmental Inspectorate', type: 'organization', forms: ['State Environmental Inspectorate', 'SEI'] },
    { id: 'sfs', name: 'State Fire Service', type: 'organization', forms: ['State Fire Service', 'SFS'] },
    { id: 'health-ministry', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health'] },
    { id: 'fcw', name: 'Federation of Chemical Workers', type: 'organization', forms: ['Federation of Chemical Workers', 'FCW'] },
    { id: 'trc', name: "Tolmarin Residents' Committee", type: 'organization', forms: ["Tolmarin Residents' Committee", 'Tolmarin Residents’ Committee', 'TRC'], note: 'the live blog writes the apostrophe curly' },
    { id: 'dorvask-hospital', name: 'Dorvask Regional Hospital', type: 'organization', forms: ['Dorvask Regional Hospital'] },
    { id: 'univ-olvenna', name: 'University of Olvenna', type: 'organization', forms: ['University of Olvenna'], note: 'its air quality laboratory is written in lowercase and is no separate actor' },
    { id: 'quillon', name: 'Quillon', type: 'organization', forms: ['Quillon'], note: 'the wire agency; the dateline "(Quillon)" is a mention' },
    { id: 'rkv', name: 'RKV News', type: 'organization', forms: ['RKV News', 'RKV', 'Radio Kelvaria'], note: 'the public broadcaster Radio Kelvaria and its news service' },
    { id: 'echo', name: 'The Dorvask Echo', type: 'organization', forms: ['The Dorvask Echo', 'Echo'], note: 'the live blog says "the Echo"; the explainer gives the full name, with its article' },
    { id: 'gazette', name: 'Olvenna Gazette', type: 'organization', forms: ['Olvenna Gazette'], note: 'the state-aligned paper; named in its header line (metadata) and in the explainer\'s text' },
    { id: 'cordwain', name: 'The Cordwain Review', type: 'organization', forms: ['The Cordwain Review'], note: 'the explainer names itself, with its article, in the text ("The Cordwain Review has seen the entry")' },
    // people
    { id: 'osswald', name: 'Klara Osswald', type: 'person', forms: ['Klara Osswald', 'Osswald'], note: 'Galvorin spokeswoman' },
    { id: 'brezin', name: 'Tomas Brezin', type: 'person', forms: ['Tomas Brezin', 'Brezin'], note: 'mayor of Dorvask' },
    { id: 'tervo', name: 'Maja Tervo', type: 'person', forms: ['Maja Tervo', 'Tervo'], note: 'chief inspector of the SEI' },
    { id: 'solm', name: 'Radek Solm', type: 'person', forms: ['Radek Solm'], note: 'an injured night-shift operator' },
    { id: 'ferrow', name: 'Dagna Ferrow', type: 'person', forms: ['Dagna Ferrow', 'Ferrow'], note: 'health minister' },
    { id: 'kolvani', name: 'Irma Kolvani', type: 'person', forms: ['Irma Kolvani', 'Kolvani'], note: 'governor of Harvela Region' },
    { id: 'marsk', name: 'Lena Marsk', type: 'person', forms: ['Lena Marsk'], note: 'head of the University of Olvenna air quality laboratory' },
    { id: 'falk', name: 'Oren Falk', type: 'person', forms: ['Oren Falk'], note: 'head of toxicology at Dorvask Regional Hospital' },
    { id: 'brink', name: 'Ansel Brink', type: 'person', forms: ['Ansel Brink'], note: 'SFS commander in Harvela Region' },
    { id: 'kuhl', name: 'Stanislav Kuhl', type: 'person', forms: ['Stanislav Kuhl', 'Kuhl'], note: 'FCW chairman' },
    { id: 'rennick', name: 'Agata Rennick', type: 'person', forms: ['Agata Rennick'] },
    { id: 'rehn', name: 'Dita Rehn', type: 'person', forms: ['Dita Rehn'], note: 'chair of the TRC' },
    { id: 'vasko', name: 'Ondrej Vasko', type: 'person', forms: ['Ondrej Vasko', 'Vasko'], note: 'a worker killed in the fire' },
    { id: 'amsel', name: 'Lior Amsel', type: 'person', forms: ['Lior Amsel'], note: 'a worker killed in the fire' },
    { id: 'vehr', name: 'Lukas Vehr', type: 'person', forms: ['Lukas Vehr', 'Vehr'], note: 'prime minister' },
    { id: 'halas', name: 'Petr Halas', type: 'person', forms: ['Petr Halas', 'Halas'], note: 'plant director' },
    { id: 'edvard-rastell', name: 'Edvard Rastell', type: 'person', forms: ['Edvard Rastell', 'Rastell'], note: 'chairman of the Rastell Group; "Rastell" alone is shared with the group and assigned by hand' },
    { id: 'varrow', name: 'Ines Varrow', type: 'person', forms: ['Ines Varrow'], note: 'a former SEI inspector' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (company|inspectorate|state inspectorate|ministry|union|plant|works|hospital|group|university|laboratory|fire service|regional government|government|town(?! hall)|district|river|capital)\\b', why: 'nominal reference to a named body or place (lowercase); "the town hall" is a building, not a reference to the town' },
    { pattern: "(?<=(?:’s|'s) )(?:ministry|parent company)\\b", why: 'nominal reference to a named body (lowercase)' },
    { pattern: '(?<=whose )family group\\b', why: 'nominal reference to a named body (lowercase): the Rastell Group' },
    { pattern: '\\b[Tt]he (mayor|governor|minister|chief inspector|head of toxicology)\\b', why: 'title used without a name' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: G, context: 'Rastell said the group would rebuild', text: 'Rastell', actor: 'edvard-rastell', why: 'surname-only mention of the chairman Edvard Rastell (the form is shared with the Rastell Group)' },
    { file: C, context: 'Rastell, which bought the plant', text: 'Rastell', actor: 'rastell-group', why: '"which bought the plant": the group, not its chairman (the form is shared with Edvard Rastell)' },
  ],

  claims: [
    { file: Q, speaker: 'Klara Osswald', cue: 'she said', quote: 'Our emergency plan worked as it was designed to' },
    { file: Q, speaker: 'Maja Tervo', cue: 'Chief Inspector Maja Tervo said', quote: 'There is no reason for panic' },
    { file: Q, speaker: 'Radek Solm', cue: 'he told Quillon', quote: 'We had masks, but the smell got in anyway' },
    { file: Q, speaker: 'Irma Kolvani', cue: 'she said', quote: 'Nobody will be left on the street' },
    { file: R, speaker: 'Lena Marsk', cue: 'said Lena Marsk', quote: 'People were breathing that on their way to the buses' },
    { file: R, speaker: 'Oren Falk', cue: 'said Dr. Oren Falk', quote: 'We are still seeing people arrive with headaches and vomiting a day later' },
    { file: R, speaker: 'Stanislav Kuhl', cue: 'said Stanislav Kuhl', quote: 'There were about 3,000 tonnes in that building. We have the shift logs' },
    { file: R, speaker: 'Ansel Brink', cue: 'said Col. Ansel Brink', quote: 'The times are in our log, and the log is recorded' },
    { file: E, speaker: 'Irma Kolvani', cue: 'Kolvani said', quote: 'I will not gamble with children’s lungs' },
    { file: E, speaker: 'Agata Rennick', cue: 'says Agata Rennick', quote: 'There was no siren. Nothing.' },
    { file: E, speaker: 'Dita Rehn', cue: 'she said', quote: 'The company says the sirens worked. Then why did nobody hear them?' },
    { file: G, speaker: 'Dagna Ferrow', cue: 'Ferrow said', quote: 'Our doctors in Dorvask have done outstanding work' },
    { file: G, speaker: 'Tomas Brezin', cue: 'he said', quote: 'The sirens sounded across Tolmarin and people left calmly' },
    { file: G, speaker: 'Lukas Vehr', cue: 'Vehr said', quote: 'Industry is the backbone of Harvela Region, and we will not allow one accident to be used to shut it down' },
    { file: C, speaker: 'Ines Varrow', cue: 'said Ines Varrow', quote: 'A fine for broken gas detectors is a violation by definition' },
  ],

  contradictions: [
    {
      id: 'hospitalised', level: 'core', kind: 'numeric',
      summary: 'How many people were hospitalised: on Wednesday the Ministry of Health says 41 since the fire; Dorvask Regional Hospital says it admitted 118 the same day.',
      sides: [
        { file: G, quote: 'The Ministry of Health said on Wednesday that 41 people had been hospitalised since the fire', value: '41', speaker: 'Ministry of Health', camp: 'A' },
        { file: C, quote: 'The Ministry of Health said on Wednesday that 41 people had been hospitalised.', value: '41', speaker: 'Ministry of Health', camp: 'A' },
        { file: R, quote: 'Dorvask Regional Hospital said on Wednesday it had admitted 118 people since the fire', value: '118', speaker: 'Dorvask Regional Hospital', camp: 'B' },
        { file: E, quote: 'Dorvask Regional Hospital says 118 people have now been admitted since the fire.', value: '118', speaker: 'Dorvask Regional Hospital', camp: 'B' },
        { file: C, quote: 'Dorvask Regional Hospital\'s own count that day was 118.', value: '118', speaker: 'Dorvask Regional Hospital', camp: 'B' },
      ],
    },
    {
      id: 'ammonia-level', level: 'core', kind: 'numeric',
      summary: 'The ammonia concentration: the inspectorate says readings in Dorvask never exceeded 20 ppm; the University of Olvenna measured 140 ppm in Tolmarin, a district of Dorvask, at 6:50 a.m. on Tuesday.',
      sides: [
        { file: Q, quote: 'The SEI said air readings in Dorvask had "never exceeded 20 ppm" of ammonia', value: '<=20 ppm', speaker: 'State Environmental Inspectorate', camp: 'A' },
        { file: R, quote: 'The State Environmental Inspectorate (SEI) has said its readings never went above 20 ppm.', value: '<=20 ppm', speaker: 'State Environmental Inspectorate', camp: 'A' },
        { file: G, quote: 'ammonia levels in Dorvask never exceeded 20 ppm, well within safe limits', value: '<=20 ppm', speaker: 'State Environmental Inspectorate', camp: 'A' },
        { file: C, quote: 'says ammonia never exceeded 20 parts per million (ppm) anywhere in town', value: '<=20 ppm', speaker: 'State Environmental Inspectorate', camp: 'A' },
        { file: R, quote: 'It recorded 140 ppm at 6:50 a.m. in Tolmarin, about 1.5 km north of the plant', value: '140 ppm', speaker: 'University of Olvenna', camp: 'B' },
        { file: C, quote: 'A mobile unit from the University of Olvenna measured 140 ppm in Tolmarin at 6:50 a.m. on Tuesday', value: '140 ppm', speaker: 'University of Olvenna', camp: 'B' },
      ],
    },
    {
      id: 'sirens', level: 'core', kind: 'polarity',
      summary: 'Whether the warning sirens sounded: Galvorin says the plant\'s sirens sounded at 4:10 a.m. and the mayor says they sounded across Tolmarin; residents and the residents\' committee say no siren sounded in Tolmarin.',
      sides: [
        { file: Q, quote: 'the plant\'s sirens sounded at 4:10 a.m.', speaker: 'Klara Osswald', camp: 'A' },
        { file: G, quote: 'The sirens sounded across Tolmarin and people left calmly.', speaker: 'Tomas Brezin', camp: 'A' },
        { file: C, quote: 'Galvorin and the mayor, Tomas Brezin, say the sirens sounded at 4:10 a.m.', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: E, quote: 'There was no siren. Nothing.', speaker: 'Agata Rennick', camp: 'B' },
        { file: E, quote: 'says not a single siren sounded in Tolmarin on Tuesday morning', speaker: 'Dita Rehn', camp: 'B' },
        { file: C, quote: 'say no siren sounded there at all', speaker: "Tolmarin Residents' Committee", camp: 'B' },
      ],
    },
    {
      id: 'fire-out', level: 'core', kind: 'status',
      summary: 'Whether the fire was out: Galvorin says it was fully extinguished by 9 a.m. on Wednesday; the fire service says on Wednesday afternoon that it is contained but still burning inside Warehouse 4 (declared out only on Thursday evening).',
      sides: [
        { file: G, quote: 'The fire "was fully extinguished by 9 a.m. on Wednesday," Galvorin Chemicals', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: C, quote: 'Galvorin told the state-aligned Olvenna Gazette that the fire was fully extinguished by 9 a.m. on Wednesday.', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: E, quote: 'Col. Ansel Brink of the SFS says the fire is “contained, not out”.', speaker: 'Ansel Brink', camp: 'B' },
        { file: E, quote: 'says the fire in Warehouse 4 is contained but still burning', speaker: 'State Fire Service', camp: 'B' },
        { file: C, quote: 'The SFS said on Wednesday afternoon that it was still burning inside the warehouse', speaker: 'State Fire Service', camp: 'B' },
      ],
    },
    {
      id: 'tonnes-stored', level: 'secondary', kind: 'numeric',
      summary: 'How much ammonium nitrate was in Warehouse 4: Galvorin says 1,200 tonnes, within its permit of 1,500; the chemical workers\' union says about 3,000, citing shift logs.',
      sides: [
        { file: Q, quote: 'Osswald said the warehouse held 1,200 tonnes of ammonium nitrate, within the plant\'s permit of 1,500 tonnes', value: '1200 t', speaker: 'Klara Osswald', camp: 'A' },
        { file: R, quote: 'Galvorin says Warehouse 4 held 1,200 tonnes of ammonium nitrate.', value: '1200 t', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: G, quote: 'the warehouse held less ammonium nitrate than its permit allows', value: '<1500 t', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: C, quote: 'Galvorin says 1,200 tonnes of ammonium nitrate, under its permit of 1,500.', value: '1200 t', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: R, quote: 'There were about 3,000 tonnes in that building.', value: '~3000 t', speaker: 'Stanislav Kuhl', camp: 'B' },
        { file: C, quote: 'The Federation of Chemical Workers (FCW) says about 3,000, citing shift logs', value: '~3000 t', speaker: 'Federation of Chemical Workers', camp: 'B' },
      ],
    },
    {
      id: 'march-inspection', level: 'secondary', kind: 'polarity',
      summary: 'The March inspection: Galvorin says the plant passed with no violations; the inspectorate\'s register shows it fined Galvorin 60,000 thalen on 12 March for faulty ammonia detectors.',
      sides: [
        { file: Q, quote: 'the plant had passed its last inspection by the State Environmental Inspectorate (SEI) in March with no violations', speaker: 'Klara Osswald', camp: 'A' },
        { file: G, quote: 'Galvorin said the plant had passed its most recent inspection, in March, without a single violation', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: R, quote: 'Galvorin has said the plant passed its last SEI inspection in March with no violations.', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: C, quote: 'Galvorin says the plant passed its March inspection with no violations.', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: R, quote: 'it fined Galvorin Chemicals 60,000 thalen on 12 March for faulty ammonia detectors in the storage area', speaker: 'State Environmental Inspectorate', camp: 'B' },
        { file: C, quote: 'The SEI\'s own register records a fine of 60,000 thalen that month for faulty ammonia detectors', speaker: 'State Environmental Inspectorate', camp: 'B' },
      ],
    },
    {
      id: 'nobody-goes-back-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same quotation, "Nobody goes back into Tolmarin until I can breathe that air myself", is credited to Mayor Tomas Brezin by the wire and to Governor Irma Kolvani by the local live blog.',
      sides: [
        { file: Q, quote: '"Nobody goes back into Tolmarin until I can breathe that air myself," Brezin told reporters', speaker: 'Tomas Brezin', camp: 'A' },
        { file: E, quote: '“Nobody goes back into Tolmarin until I can breathe that air myself,” Kolvani said.', speaker: 'Irma Kolvani', camp: 'B' },
      ],
    },
    {
      id: 'fire-start-time', level: 'secondary', kind: 'temporal',
      summary: 'When the fire started on Tuesday: Galvorin says it broke out at 4:05 a.m.; the fire service logged the first call reporting flames at the plant at 3:21 a.m., and a night-shift operator saw smoke "just after three".',
      sides: [
        { file: Q, quote: 'the fire had broken out at 4:05 a.m. in Warehouse 4', value: '04:05', speaker: 'Klara Osswald', camp: 'A' },
        { file: G, quote: 'The company said the fire broke out at 4:05 a.m. on Tuesday in a storage warehouse', value: '04:05', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: R, quote: 'The plant’s owner, Galvorin Chemicals, says the fire broke out at 4:05 a.m.', value: '04:05', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: C, quote: 'Galvorin Chemicals, the plant\'s Olvenna-based owner, says the fire broke out at 4:05 a.m.', value: '04:05', speaker: 'Galvorin Chemicals', camp: 'A' },
        { file: R, quote: 'its control room logged the first call reporting flames at the plant at 3:21 a.m.', value: '03:21', speaker: 'State Fire Service', camp: 'B' },
        { file: C, quote: 'says its control room logged the first call reporting flames at 3:21 a.m.', value: '03:21', speaker: 'State Fire Service', camp: 'B' },
        { file: Q, quote: 'he saw smoke coming from the warehouse roof "just after three"', value: 'just after 03:00', speaker: 'Radek Solm', camp: 'B' },
      ],
    },
    {
      id: 'evacuated-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing the mayor\'s office, that about 14,000 people had been evacuated (the wire gave the same figure), then corrected it to 4,100 (14,000 is the population of the zone).',
      sides: [
        { file: E, quote: 'The mayor’s office says about 14,000 people have been evacuated from Tolmarin and the town centre.', value: '~14000', speaker: "the mayor's office", camp: 'A' },
        { file: Q, quote: 'About 14,000 people were evacuated, the mayor\'s office said', value: '~14000', speaker: "the mayor's office", camp: 'A' },
        { file: E, quote: 'The mayor’s office now says that figure was wrong: 4,100 people were evacuated', value: '4100', speaker: "the mayor's office", camp: 'B' },
        { file: R, quote: 'According to the mayor’s office, 4,100 people have been evacuated from the zone around the plant.', value: '4100', speaker: "the mayor's office", camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'hospital-count-rises', kind: 'numeric',
      summary: 'The hospital\'s count rose from 37 (by late Tuesday morning) to 118 (Wednesday) as people kept arriving, and the later article says so: an update, not a contradiction.',
      sides: [
        { file: Q, quote: 'Dorvask Regional Hospital said it had admitted 37 people by late Tuesday morning', value: '37 (Tue)' },
        { file: R, quote: 'up from 37 on Tuesday morning', value: '118 (Wed)' },
      ],
    },
    {
      id: 'hospital-rounding', kind: 'numeric',
      summary: '"about 120 people were treated in hospital" and 118 admitted are the same hospital figure rounded.',
      sides: [
        { file: C, quote: 'about 120 people were treated in hospital', value: '~120' },
        { file: E, quote: '118 people have been admitted to Dorvask Regional Hospital since the fire.', value: '118' },
      ],
    },
    {
      id: 'workers-vs-firefighters', kind: 'numeric',
      summary: 'Nine workers injured and six firefighters treated for smoke inhalation are different sets of people, not two counts of the same injured.',
      sides: [
        { file: Q, quote: 'Nine workers were injured, two of them seriously.', value: '9 (workers)' },
        { file: R, quote: 'Six firefighters were treated for smoke inhalation', value: '6 (firefighters)' },
      ],
    },
    {
      id: 'children-vs-all', kind: 'numeric',
      summary: 'Thirty-one children among those admitted and 118 admitted in all are part and whole.',
      sides: [
        { file: R, quote: 'Thirty-one of those admitted were children.', value: '31 (children)' },
        { file: E, quote: 'Dorvask Regional Hospital says 118 people have now been admitted since the fire.', value: '118 (all)' },
      ],
    },
    {
      id: 'killed-died-synonyms', kind: 'numeric',
      summary: '"Two workers were killed" and "Two employees of the plant died" say the same thing (synonyms).',
      sides: [
        { file: Q, quote: 'Two workers were killed', value: '2' },
        { file: R, quote: 'Two employees of the plant died in the fire.', value: '2' },
      ],
    },
    {
      id: 'firefighters-more-vs-about', kind: 'numeric',
      summary: '"More than 280 firefighters" and "About 300 firefighters" are compatible approximations.',
      sides: [
        { file: Q, quote: 'More than 280 firefighters, some brought in from across Harvela Region', value: '>280' },
        { file: R, quote: 'About 300 firefighters were working at the site on Wednesday', value: '~300' },
      ],
    },
    {
      id: 'radius-words-digits', kind: 'numeric',
      summary: '"a radius of 3 km around the plant" and "everyone within three kilometres of the plant" are the same evacuation radius, in digits and in words.',
      sides: [
        { file: Q, quote: 'The evacuation zone, a radius of 3 km around the plant', value: '3 km' },
        { file: E, quote: 'The evacuation order for everyone within three kilometres of the plant stays in force.', value: '3 km' },
      ],
    },
  ],
};
