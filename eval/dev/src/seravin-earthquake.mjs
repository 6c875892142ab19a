// Hand-written gold source for the earthquake near Seravin (invented event, Tesmaria,
// February 2026). build-gold.mjs turns it into ../gold/seravin-earthquake.json.
const W = 'tidewell-wire.txt';
const H = 'seravin-herald-live.md';
const T = 'tnb-news.md';
const V = 'dolmeny-voice.txt';
const X = 'ashgrove-ledger.md';

export default {
  corpus: 'seravin-earthquake',
  note: 'Invented event written for the project: at 4:52 a.m. on Tuesday 3 February 2026 a strong earthquake strikes the Karvash Mountains of the fictional country of Tesmaria near the village of Kazhdel (spelled Kajdel by the foreign explainer), about 15 km from the provincial city of Seravin in Ardun Province; the Poplar Court apartment block and the boarding wing of Orchard Hill School, both built by Dravić Building Group (spelled Dravic by the wire and the explainer), collapse. Five invented outlets: a wire story (Tuesday), the local paper\'s live blog (Wednesday), the national broadcaster\'s web story (Thursday), a state-aligned paper (Friday) and a foreign explainer (the next Monday). The national seismological institute (NSI) and a foreign survey (GSV), the civil-protection ministry, the governor, the mayor, the education ministry, the engineers\' association (ASE), the Red Cross society (RCST), the builder, prosecutors, a mobile operator and residents disagree about the magnitude (6.4 vs 6.9), the toll on Wednesday evening (187 vs 246), the school\'s 2024 seismic inspection, the phone alert after the foreshock, the builder\'s owner (in custody vs released), who said "The earthquake did not kill these people. The buildings did", when rescuers reached Kazhdel (7:30 a.m. vs about 2 p.m.) and the number left homeless (about 9,000 vs at least 35,000); the live blog corrects its own count of buildings destroyed (1,400, then 410, 1,400 being the buildings damaged). The toll rising from 94 (Tuesday) to 246 (Wednesday) and to 312 (Saturday) is an update, not a contradiction; the magnitude 5.2 aftershock is a different quake from the 6.4/6.9 main shock. The mayor is Nuri Akhtaran in the Herald and the explainer, Nouri Akhtaran in the wire.',
  files: [X, V, H, W, T],
  meta: { [W]: [2, 3], [V]: [2, 3], [X]: [3] },

  actors: [
    // places
    { id: 'tesmaria', name: 'Tesmaria', type: 'place', forms: ['Tesmaria'], note: '"Tesmaria" inside "Red Cross Society of Tesmaria" is a nested name; "Tesmarian" is a demonym' },
    { id: 'dolmeny', name: 'Dolmeny', type: 'place', forms: ['Dolmeny', 'DOLMENY'], note: 'the capital; "Dolmeny Voice" is a nested name, not a place mention' },
    { id: 'seravin', name: 'Seravin', type: 'place', forms: ['Seravin', 'SERAVIN'], note: 'the provincial city; "Seravin Provincial Hospital" and "Seravin Herald" are nested names; "Seravin-based" is a glued modifier' },
    { id: 'ardun', name: 'Ardun Province', type: 'place', forms: ['Ardun Province'] },
    { id: 'kazhdel', name: 'Kazhdel', type: 'place', forms: ['Kazhdel', 'Kajdel'], note: 'the village nearest the epicentre; the foreign explainer spells it Kajdel' },
    { id: 'tolvesh', name: 'Tolvesh', type: 'place', forms: ['Tolvesh'], note: 'a neighbouring mountain village' },
    { id: 'karvash', name: 'Karvash Mountains', type: 'place', forms: ['Karvash Mountains'] },
    { id: 'poplar-court', name: 'Poplar Court', type: 'place', forms: ['Poplar Court'], note: 'the collapsed apartment block (a named building) is typed place' },
    { id: 'vellin-street', name: 'Vellin Street', type: 'place', forms: ['Vellin Street'] },
    // organizations
    { id: 'nsi', name: 'National Seismological Institute', type: 'organization', forms: ['National Seismological Institute', 'NSI'] },
    { id: 'gsv', name: 'Geological Survey of Velmark', type: 'organization', forms: ['Geological Survey of Velmark', 'GSV'], note: 'a foreign survey; "Velmark" inside its name is a nested name (the country is never named alone)' },
    { id: 'mcpe', name: 'Ministry for Civil Protection and Emergencies', type: 'organization', forms: ['Ministry for Civil Protection and Emergencies'], note: '"Civil Protection Minister" is a title before a name, not a mention of the ministry' },
    { id: 'education-ministry', name: 'Ministry of Education', type: 'organization', forms: ['Ministry of Education'] },
    { id: 'rcst', name: 'Red Cross Society of Tesmaria', type: 'organization', forms: ['Red Cross Society of Tesmaria', 'RCST', 'Red Cross'] },
    { id: 'dbg', name: 'Dravić Building Group', type: 'organization', forms: ['Dravić Building Group', 'Dravic Building Group', 'DBG'], note: 'the builder; the wire and the explainer write Dravic without the diacritic; the owner\'s surname inside the company name is a nested name' },
    { id: 'ase', name: 'Association of Structural Engineers', type: 'organization', forms: ['Association of Structural Engineers', 'ASE'] },
    { id: 'hospital', name: 'Seravin Provincial Hospital', type: 'organization', forms: ['Seravin Provincial Hospital'] },
    { id: 'school', name: 'Orchard Hill School', type: 'organization', forms: ['Orchard Hill School'], note: 'the school as an institution (with a headteacher and pupils) is typed organization' },
    { id: 'assembly', name: "People's Assembly", type: 'organization', forms: ["People's Assembly", 'Assembly'], note: 'the parliament; "The Assembly" is a short form' },
    { id: 'helion', name: 'Helion Mobile', type: 'organization', forms: ['Helion Mobile'], note: 'a mobile operator' },
    { id: 'tidewell', name: 'Tidewell', type: 'organization', forms: ['Tidewell'], note: 'the wire agency; the dateline "(Tidewell)" is a mention' },
    { id: 'tnb', name: 'TNB News', type: 'organization', forms: ['TNB News', 'TNB', 'Tesmarian National Broadcasting'], note: 'the national broadcaster and its news service' },
    { id: 'herald', name: 'Seravin Herald', type: 'organization', forms: ['Seravin Herald', 'Herald'], note: 'the local paper; its live blog says "the Herald"' },
    { id: 'voice', name: 'Dolmeny Voice', type: 'organization', forms: ['Dolmeny Voice', 'Voice'], note: 'the state-aligned paper; its text says "the Voice", the explainer gives the full name' },
    { id: 'ledger', name: 'The Ashgrove Ledger', type: 'organization', forms: ['The Ashgrove Ledger'], note: 'named in its byline line (metadata) and, with its article, in the text' },
    // people
    { id: 'vodnik', name: 'Irena Vodnik', type: 'person', forms: ['Irena Vodnik'], note: 'director of the NSI' },
    { id: 'engberg', name: 'Tomas Engberg', type: 'person', forms: ['Tomas Engberg'], note: 'seismologist at the GSV' },
    { id: 'dashti', name: 'Piran Dashti', type: 'person', forms: ['Piran Dashti', 'Dashti'], note: 'spokesman of the civil-protection ministry' },
    { id: 'galay', name: 'Rustem Galay', type: 'person', forms: ['Rustem Galay', 'Galay'], note: 'Civil Protection Minister' },
    { id: 'marovac', name: 'Selin Marovac', type: 'person', forms: ['Selin Marovac', 'Marovac'], note: 'governor of Ardun Province' },
    { id: 'akhtaran', name: 'Nuri Akhtaran', type: 'person', forms: ['Nuri Akhtaran', 'Nouri Akhtaran', 'Akhtaran'], note: 'mayor of Seravin; the wire spells his first name Nouri' },
    { id: 'lisova', name: 'Hana Lisova', type: 'person', forms: ['Hana Lisova'] },
    { id: 'korvel', name: 'Maia Korvel', type: 'person', forms: ['Maia Korvel'] },
    { id: 'dravic', name: 'Emil Dravić', type: 'person', forms: ['Emil Dravić', 'Emil Dravic', 'Dravić'], note: 'owner of DBG; the wire and the explainer write Dravic' },
    { id: 'saban', name: 'Lidia Saban', type: 'person', forms: ['Lidia Saban'], note: 'lawyer for Dravić and his company' },
    { id: 'petek', name: 'Goran Petek', type: 'person', forms: ['Goran Petek', 'Petek'], note: 'president of the ASE' },
    { id: 'sorel', name: 'Aydin Sorel', type: 'person', forms: ['Aydin Sorel', 'Sorel'], note: 'Provincial Prosecutor' },
    { id: 'orlec', name: 'Vadim Orlec', type: 'person', forms: ['Vadim Orlec', 'Orlec'], note: 'the President' },
    { id: 'brezic', name: 'Ana Brezic', type: 'person', forms: ['Ana Brezic'], note: 'Education Minister' },
    { id: 'brun', name: 'Adela Brun', type: 'person', forms: ['Adela Brun'] },
    { id: 'terzi', name: 'Osman Terzi', type: 'person', forms: ['Osman Terzi', 'Terzi'] },
    { id: 'lenz', name: 'Marta Lenz', type: 'person', forms: ['Marta Lenz'] },
    { id: 'kell', name: 'Vida Kell', type: 'person', forms: ['Vida Kell'] },
    { id: 'timur', name: 'Timur', type: 'person', forms: ['Timur'], note: 'a rescued boy named by first name only' },
    { id: 'solvang', name: 'Irma Solvang', type: 'person', forms: ['Irma Solvang'] },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (ministry|institute|survey|company|association|society|hospital|school|builder|government)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b(?:his|its) ministry\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b[Tt]he (governor|mayor|minister|prosecutor)\\b', why: 'title used without a name' },
    { pattern: '\\bMinistry(?= spokesman)', why: 'nominal reference to a named body (capitalized only at the start of a sentence: "Ministry spokesman Piran Dashti")' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Irena Vodnik', cue: 'told Tidewell', quote: "Our reading comes from stations much closer to the epicentre than anyone else's" },
    { file: W, speaker: 'Piran Dashti', cue: 'he said', quote: 'Every available team is in the field' },
    { file: W, speaker: 'Adela Brun', cue: 'said Adela Brun', quote: 'The whole building went down like a folding table' },
    { file: H, speaker: 'Aydin Sorel', cue: 'Sorel told the Herald', quote: 'Mr Dravić is in custody and will be questioned again tomorrow' },
    { file: H, speaker: 'Nuri Akhtaran', cue: 'he said', quote: 'Not one phone in this city rang that night' },
    { file: H, speaker: 'Hana Lisova', cue: 'she told the Herald', quote: 'We are operating in corridors and in tents' },
    { file: T, speaker: 'Goran Petek', cue: 'Petek told TNB News', quote: 'We had the report. The ministry had the report. Nobody acted.' },
    { file: T, speaker: 'Tomas Engberg', cue: 'said Tomas Engberg', quote: 'A difference of half a unit is not a rounding error' },
    { file: T, speaker: 'Maia Korvel', cue: 'told TNB', quote: 'People are sleeping in barns with the sheep' },
    { file: V, speaker: 'Rustem Galay', cue: 'Galay told the Voice', quote: 'An alert was sent to every mobile phone in Ardun Province at 3:45 a.m., after the first tremor' },
    { file: V, speaker: 'Irena Vodnik', cue: 'NSI director Irena Vodnik said', quote: 'Foreign estimates that are circulating on social media have no scientific basis' },
    { file: V, speaker: 'Lidia Saban', cue: 'she said', quote: 'Mr Dravić is at home with his family and is helping the investigators in every way he can' },
    { file: X, speaker: 'Irma Solvang', cue: 'said Irma Solvang', quote: 'A building that fails an inspection and is then filled with sleeping children is not a natural disaster' },
    { file: X, speaker: 'Helion Mobile', cue: 'told The Ashgrove Ledger', quote: 'no emergency alert passed through its network that night' },
    { file: X, speaker: 'Red Cross Society of Tesmaria', cue: 'says the first rescue team', quote: 'the first rescue team of any kind reached Kajdel at about 2 p.m.' },
  ],

  contradictions: [
    {
      id: 'magnitude', level: 'core', kind: 'numeric',
      summary: 'The strength of the main shock: Tesmaria\'s National Seismological Institute (NSI) says magnitude 6.4 and calls its figure final; the Geological Survey of Velmark (GSV) says 6.9, half a unit more (about five times the energy), and both stand by their figures.',
      sides: [
        { file: W, quote: 'The NSI measured the quake at magnitude 6.4.', value: '6.4', speaker: 'National Seismological Institute', camp: 'A' },
        { file: W, quote: 'The magnitude is 6.4.', value: '6.4', speaker: 'Irena Vodnik', camp: 'A' },
        { file: T, quote: 'stands by its reading of magnitude 6.4', value: '6.4', speaker: 'National Seismological Institute', camp: 'A' },
        { file: V, quote: 'measured the quake at magnitude 6.4 and has said its figure is final', value: '6.4', speaker: 'National Seismological Institute', camp: 'A' },
        { file: X, quote: 'says the main shock, at 4:52 a.m. on Tuesday, was a magnitude 6.4', value: '6.4', speaker: 'National Seismological Institute', camp: 'A' },
        { file: W, quote: 'put it at magnitude 6.9', value: '6.9', speaker: 'Geological Survey of Velmark', camp: 'B' },
        { file: T, quote: 'The Geological Survey of Velmark (GSV) says the quake was a magnitude 6.9.', value: '6.9', speaker: 'Geological Survey of Velmark', camp: 'B' },
        { file: T, quote: 'Our stations in three countries agree on 6.9.', value: '6.9', speaker: 'Tomas Engberg', camp: 'B' },
        { file: X, quote: 'The Geological Survey of Velmark (GSV) says it was a 6.9.', value: '6.9', speaker: 'Geological Survey of Velmark', camp: 'B' },
      ],
    },
    {
      id: 'death-toll-wednesday', level: 'core', kind: 'numeric',
      summary: 'On Wednesday evening the Ministry for Civil Protection and Emergencies says 187 people died; the governor of Ardun Province, Selin Marovac, and her crisis staff say 246 the same evening.',
      sides: [
        { file: H, quote: 'the Ministry for Civil Protection and Emergencies in Dolmeny says 187', value: '187', speaker: 'Ministry for Civil Protection and Emergencies', camp: 'A' },
        { file: T, quote: 'The Ministry for Civil Protection and Emergencies said on Wednesday evening that 187 people had died.', value: '187', speaker: 'Ministry for Civil Protection and Emergencies', camp: 'A' },
        { file: V, quote: 'said on Wednesday evening that 187 people had lost their lives in the earthquake', value: '187', speaker: 'Ministry for Civil Protection and Emergencies', camp: 'A' },
        { file: X, quote: 'On Wednesday evening the ministry said 187 people had died', value: '187', speaker: 'Ministry for Civil Protection and Emergencies', camp: 'A' },
        { file: H, quote: 'The governor’s crisis staff says 246 people have died in Ardun Province', value: '246', speaker: 'Selin Marovac', camp: 'B' },
        { file: T, quote: 'Selin Marovac, gave a toll of 246 the same evening', value: '246', speaker: 'Selin Marovac', camp: 'B' },
        { file: X, quote: 'while Governor Selin Marovac’s staff said 246', value: '246', speaker: 'Selin Marovac', camp: 'B' },
      ],
    },
    {
      id: 'school-inspection', level: 'core', kind: 'polarity',
      summary: 'The boarding wing of Orchard Hill School: the education ministry and the builder say it passed its seismic inspection in March 2024; the Association of Structural Engineers says the same inspection rated it unsafe in a strong earthquake (it failed) and it was never strengthened.',
      sides: [
        { file: H, quote: 'DBG says the boarding wing of Orchard Hill School “passed its seismic inspection in March 2024 without a single objection”', speaker: 'Dravić Building Group', camp: 'A' },
        { file: T, quote: 'The Ministry of Education said on Wednesday that the wing had passed its seismic inspection in March 2024.', speaker: 'Ministry of Education', camp: 'A' },
        { file: V, quote: 'Education Minister Ana Brezic said the boarding wing of Orchard Hill School "passed its seismic inspection in March 2024"', speaker: 'Ana Brezic', camp: 'A' },
        { file: X, quote: 'The Ministry of Education says the wing passed a seismic inspection in March 2024.', speaker: 'Ministry of Education', camp: 'A' },
        { file: T, quote: 'failed a seismic inspection in 2024 and was never strengthened, the Association of Structural Engineers (ASE) said on Thursday', speaker: 'Association of Structural Engineers', camp: 'B' },
        { file: T, quote: 'which rated the three-storey wing “unsafe in a strong earthquake”', speaker: 'Goran Petek', camp: 'B' },
        { file: X, quote: 'says the same inspection found the wing "unsafe in a strong earthquake", and has published the report', speaker: 'Association of Structural Engineers', camp: 'B' },
      ],
    },
    {
      id: 'phone-alert', level: 'secondary', kind: 'polarity',
      summary: 'Whether a warning went out after the 3:38 a.m. foreshock: the civil-protection ministry says an alert was sent to every mobile phone in Ardun Province at 3:45 a.m.; the mayor of Seravin says nobody was warned and no phone rang, and the main mobile operator says no emergency alert passed through its network.',
      sides: [
        { file: W, quote: 'Dashti said an alert had been sent to all mobile phones in Ardun Province at 3:45 a.m.', speaker: 'Piran Dashti', camp: 'A' },
        { file: V, quote: 'An alert was sent to every mobile phone in Ardun Province at 3:45 a.m., after the first tremor', speaker: 'Rustem Galay', camp: 'A' },
        { file: X, quote: 'The ministry says an alert was sent to every phone in the province seven minutes later.', speaker: 'Ministry for Civil Protection and Emergencies', camp: 'A' },
        { file: W, quote: 'Seravin\'s mayor, Nouri Akhtaran, said the city had not been warned.', speaker: 'Nuri Akhtaran', camp: 'B' },
        { file: H, quote: 'Not one phone in this city rang that night.', speaker: 'Nuri Akhtaran', camp: 'B' },
        { file: X, quote: 'told The Ashgrove Ledger that no emergency alert passed through its network that night', speaker: 'Helion Mobile', camp: 'B' },
      ],
    },
    {
      id: 'owner-status', level: 'core', kind: 'status',
      summary: 'Emil Dravić, the owner of the builder DBG: the prosecutor says he was detained on Wednesday and remains in custody (Wednesday night, Thursday, Friday); his lawyer and the state-aligned paper say he was only questioned as a witness and released on Wednesday evening.',
      sides: [
        { file: H, quote: 'Emil Dravić, the owner of Dravić Building Group (DBG), is in custody.', speaker: 'Aydin Sorel', camp: 'A' },
        { file: H, quote: 'Mr Dravić is in custody and will be questioned again tomorrow', speaker: 'Aydin Sorel', camp: 'A' },
        { file: T, quote: 'Emil Dravić, the owner of DBG, remains in custody, Provincial Prosecutor Aydin Sorel said on Thursday.', speaker: 'Aydin Sorel', camp: 'A' },
        { file: X, quote: 'Emil Dravic, the owner of DBG, is in custody on suspicion of negligence causing death, prosecutors said on Friday.', speaker: 'prosecutors', camp: 'A' },
        { file: V, quote: 'had been questioned as a witness and released on Wednesday evening', speaker: 'Lidia Saban', camp: 'B' },
        { file: V, quote: 'Mr Dravić is at home with his family', speaker: 'Lidia Saban', camp: 'B' },
        { file: X, quote: 'say he was questioned as a witness and released on Wednesday evening', speaker: 'Lidia Saban', camp: 'B' },
      ],
    },
    {
      id: 'buildings-did-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same remark, "The earthquake did not kill these people. The buildings did", is credited to the engineers\' association president Goran Petek by the national broadcaster and to the mayor, Nuri Akhtaran, by the local live blog.',
      sides: [
        { file: T, quote: '“The earthquake did not kill these people. The buildings did,” Petek told TNB News.', speaker: 'Goran Petek', camp: 'A' },
        { file: H, quote: '“The earthquake did not kill these people. The buildings did,” he said, to applause.', speaker: 'Nuri Akhtaran', camp: 'B' },
      ],
    },
    {
      id: 'rescue-arrival', level: 'secondary', kind: 'temporal',
      summary: 'When rescuers reached Kazhdel, the village nearest the epicentre: the ministry says its first teams were there by 7:30 a.m. on Tuesday; a villager and the Red Cross society say the first rescue team arrived at about 2 p.m., after a landslide was cleared from the road.',
      sides: [
        { file: W, quote: 'the first rescue teams had reached Kazhdel by 7:30 a.m.', value: '07:30', speaker: 'Piran Dashti', camp: 'A' },
        { file: V, quote: 'Our first teams were in Kazhdel by 7:30 in the morning, despite the landslides on the road.', value: '07:30', speaker: 'Rustem Galay', camp: 'A' },
        { file: X, quote: 'The ministry says its first teams were in Kajdel, the village nearest the epicentre, by 7:30 a.m. on Tuesday.', value: '07:30', speaker: 'Ministry for Civil Protection and Emergencies', camp: 'A' },
        { file: H, quote: 'He says the first rescue team reached Kazhdel only at about 2 p.m. on Tuesday', value: '~14:00', speaker: 'Osman Terzi', camp: 'B' },
        { file: X, quote: 'says the first rescue team of any kind reached Kajdel at about 2 p.m., once a landslide had been cleared from the only road', value: '~14:00', speaker: 'Red Cross Society of Tesmaria', camp: 'B' },
      ],
    },
    {
      id: 'homeless', level: 'secondary', kind: 'numeric',
      summary: 'How many people were left homeless: the ministry says about 9,000; the Red Cross Society of Tesmaria says at least 35,000.',
      sides: [
        { file: V, quote: 'The ministry said about 9,000 people had been left homeless', value: '~9000', speaker: 'Ministry for Civil Protection and Emergencies', camp: 'A' },
        { file: X, quote: 'The ministry says about 9,000 people were left homeless', value: '~9000', speaker: 'Ministry for Civil Protection and Emergencies', camp: 'A' },
        { file: T, quote: 'said at least 35,000 people had been left homeless across Ardun Province', value: '>=35000', speaker: 'Red Cross Society of Tesmaria', camp: 'B' },
        { file: X, quote: 'The RCST says at least 35,000 people in Ardun Province have been left homeless.', value: '>=35000', speaker: 'Red Cross Society of Tesmaria', camp: 'B' },
      ],
    },
    {
      id: 'buildings-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing the governor\'s office, that 1,400 buildings were destroyed, then corrected it to 410 destroyed (1,400 being the buildings damaged); the national broadcaster gives 410.',
      sides: [
        { file: H, quote: 'The governor’s office says 1,400 buildings were destroyed in Ardun Province', value: '1400 destroyed', speaker: "the governor's office", camp: 'A' },
        { file: H, quote: 'The governor’s office says 410 buildings were destroyed and about 1,400 damaged.', value: '410 destroyed', speaker: "the governor's office", camp: 'B' },
        { file: T, quote: 'The governor’s office says 410 buildings were destroyed', value: '410 destroyed', speaker: "the governor's office", camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rises', kind: 'numeric',
      summary: 'The toll rose from at least 94 (Tuesday) to 246 (Wednesday), and the later article says so: an update, not a contradiction.',
      sides: [
        { file: W, quote: 'killing at least 94 people', value: '>=94 (Tue)' },
        { file: H, quote: 'crisis staff says 246 people are now confirmed dead, up from 94 on Tuesday', value: '246 (Wed)' },
      ],
    },
    {
      id: 'toll-rounding', kind: 'numeric',
      summary: '"about 300" dead and a toll of 312 in the same explainer are the same figure rounded.',
      sides: [
        { file: X, quote: 'killed about 300 people', value: '~300' },
        { file: X, quote: 'were both giving the same figure: 312 dead', value: '312' },
      ],
    },
    {
      id: 'children-vs-all', kind: 'numeric',
      summary: 'Thirty-one children among the dead and 312 dead in all are part and whole.',
      sides: [
        { file: X, quote: 'Thirty-one of the dead were children', value: '31 (children)' },
        { file: X, quote: 'were both giving the same figure: 312 dead', value: '312 (all)' },
      ],
    },
    {
      id: 'injured-vs-admitted', kind: 'numeric',
      summary: 'More than 1,100 injured and 412 patients admitted by one hospital are different sets (all injured vs those admitted to Seravin Provincial Hospital).',
      sides: [
        { file: T, quote: 'More than 1,100 people were injured, according to the ministry.', value: '>1100 injured' },
        { file: H, quote: 'Seravin Provincial Hospital has admitted 412 patients since Tuesday', value: '412 admitted' },
      ],
    },
    {
      id: 'survivors-words-digits', kind: 'numeric',
      summary: '"57 people have been pulled alive from the rubble" and "Fifty-seven survivors have been rescued from collapsed buildings" are the same figure, in digits and in words, with synonyms.',
      sides: [
        { file: H, quote: '57 people have been pulled alive from the rubble', value: '57' },
        { file: V, quote: 'Fifty-seven survivors have been rescued from collapsed buildings', value: '57' },
      ],
    },
    {
      id: 'rescuers-about-vs-more', kind: 'numeric',
      summary: '"More than 2,000 rescuers, soldiers and volunteers" and "About 2,100 rescuers, soldiers and volunteers" are compatible approximations.',
      sides: [
        { file: H, quote: 'More than 2,000 rescuers, soldiers and volunteers are now working in Seravin and the villages', value: '>2000' },
        { file: V, quote: 'About 2,100 rescuers, soldiers and volunteers are taking part in the operation', value: '~2100' },
      ],
    },
    {
      id: 'aftershock-vs-main-shock', kind: 'numeric',
      summary: 'The magnitude 5.2 aftershock on Wednesday is a different quake from the main shock the NSI measured at 6.4: not a clash of magnitudes.',
      sides: [
        { file: H, quote: 'A magnitude 5.2 aftershock shook Seravin at 14:08', value: '5.2 (aftershock)' },
        { file: H, quote: 'the main shock on Tuesday, which the institute measured at 6.4', value: '6.4 (main shock)' },
      ],
    },
  ],
};
