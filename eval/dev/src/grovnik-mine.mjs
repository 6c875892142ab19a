// Hand-written gold source for the methane explosion at the Vorona Colliery in Grovnik
// (invented event, Marovia, November 2026). build-gold.mjs turns it into ../gold/grovnik-mine.json.
const W = 'anvil-wire.txt';
const K = 'kmr-news.md';
const H = 'veshka-post-live.md';
const M = 'marovia-dispatch.txt';
const X = 'orrery.md';

export default {
  corpus: 'grovnik-mine',
  note: 'Invented event written for the project: at 02:50 on Tuesday 3 November 2026 methane explodes and brings down the roof of a roadway in Section 7 of the Vorona Colliery, a coal mine owned by Tamrel Coal in the town of Grovnik (spelled Grovnyk by the foreign explainer), in Veshka Region of the fictional country of Marovia (capital Dulmarsk). Of the 212 miners underground on the night shift, 171 walk out; the rest are trapped. Rescuers bring up 16 men from a refuge chamber on Tuesday and 14 more on Wednesday; the toll rises from four (Tuesday) to seven (Wednesday) to nine (Thursday). The shift manager Viktor Mlyn is detained on Tuesday night. Five invented outlets: The Veshka Post live blog (Tuesday), KMR News web story (Wednesday), the Anvil wire (Thursday), the state-aligned Marovia Dispatch (Friday) and the foreign explainer The Orrery (the next Tuesday). The company Tamrel Coal, the Independent Miners\' Union (IMU, chairman Ludvik Hrušek, spelled Hrushek by the wire and the explainer), the State Mining Inspectorate (SMI), the Ministry of Emergency Situations (MES), Governor Marta Zelinska, the Veshka Regional Prosecutor\'s Office and surviving miners disagree about the number trapped (41 vs 47, six contract workers of Kopar Tunnelling), whether the methane sensors in Section 7 had been switched off, whether the shift manager is in custody or was released, when telephone contact with the men at the far end of Section 7 was lost (11:20 vs 03:10 on Tuesday), whether the mine passed its August inspection, who said "Every hour counts, and we will not stop while there is air down there" (Emergencies Minister Arkady Semerin or Governor Zelinska), the depth of Section 7 (870 vs 1,040 metres) and whether the mine is closed or partly working; the live blog corrects its own figure of men brought up from the refuge chamber (19, then 16). The toll of four on Tuesday and nine on Thursday is an update; 171 who walked out and 30 rescued are different sets; 22 in hospital and six in intensive care are whole and part.',
  files: [W, K, M, X, H],
  meta: { [W]: [2, 3], [M]: [2, 3], [X]: [3] },

  actors: [
    // places
    { id: 'marovia', name: 'Marovia', type: 'place', forms: ['Marovia'], note: '"Marovia" inside "Marovia Dispatch" is a nested name; "Marovian" is a demonym' },
    { id: 'dulmarsk', name: 'Dulmarsk', type: 'place', forms: ['Dulmarsk', 'DULMARSK'], note: 'the capital' },
    { id: 'veshka', name: 'Veshka Region', type: 'place', forms: ['Veshka Region'], note: '"Veshka" inside "Veshka Regional Prosecutor\'s Office" and "The Veshka Post" is a nested name' },
    { id: 'grovnik', name: 'Grovnik', type: 'place', forms: ['Grovnik', 'GROVNIK', 'Grovnyk'], note: 'the mining town; the foreign explainer spells it Grovnyk; "Grovnik City Hospital" and "Grovnik District Court" are nested names; "Grovnik-based" is a glued modifier' },
    { id: 'vorona', name: 'Vorona Colliery', type: 'place', forms: ['Vorona Colliery', 'Vorona'], note: 'the mine, a named facility, typed place; "the mine" and "the colliery" are nominal' },
    { id: 'section7', name: 'Section 7', type: 'place', forms: ['Section 7'], note: 'the named section of the mine where the explosion happened' },
    { id: 'house-of-culture', name: 'Miners\' House of Culture', type: 'place', forms: ['Miners\' House of Culture', 'Miners’ House of Culture', 'House of Culture'], note: 'where the families wait, opposite the pit gates' },
    // organizations
    { id: 'tamrel', name: 'Tamrel Coal', type: 'organization', forms: ['Tamrel Coal', 'Tamrel'], note: 'the mine owner; "Tamrel-owned" is a glued modifier' },
    { id: 'imu', name: 'Independent Miners\' Union', type: 'organization', forms: ['Independent Miners\' Union', 'Independent Miners’ Union', 'IMU'], note: '"the miners\' union" and "the union" are nominal' },
    { id: 'kopar', name: 'Kopar Tunnelling', type: 'organization', forms: ['Kopar Tunnelling'], note: 'the contractor whose six workers the union says were underground' },
    { id: 'smi', name: 'State Mining Inspectorate', type: 'organization', forms: ['State Mining Inspectorate', 'SMI'] },
    { id: 'mes', name: 'Ministry of Emergency Situations', type: 'organization', forms: ['Ministry of Emergency Situations', 'MES'], note: '"Emergencies Minister" is a title before a name' },
    { id: 'rescue', name: 'State Mine Rescue Service', type: 'organization', forms: ['State Mine Rescue Service'] },
    { id: 'prosecutor', name: 'Veshka Regional Prosecutor\'s Office', type: 'organization', forms: ['Veshka Regional Prosecutor\'s Office', 'Veshka Regional Prosecutor’s Office'], note: 'the region inside its name is a nested name; "the prosecutor\'s office" and "prosecutors" are nominal' },
    { id: 'court', name: 'Grovnik District Court', type: 'organization', forms: ['Grovnik District Court'] },
    { id: 'hospital', name: 'Grovnik City Hospital', type: 'organization', forms: ['Grovnik City Hospital'] },
    { id: 'anvil', name: 'Anvil', type: 'organization', forms: ['Anvil'], note: 'the wire agency; the dateline "(Anvil)" is a mention' },
    { id: 'kmr', name: 'KMR News', type: 'organization', forms: ['KMR News'] },
    { id: 'post', name: 'The Veshka Post', type: 'organization', forms: ['The Veshka Post', 'Post'], note: 'the regional paper; named in the text of its live blog only as "the Post"' },
    { id: 'dispatch', name: 'Marovia Dispatch', type: 'organization', forms: ['Marovia Dispatch', 'Dispatch'], note: 'the state-aligned paper; "the Dispatch" in its own text' },
    { id: 'orrery', name: 'The Orrery', type: 'organization', forms: ['The Orrery'], note: 'the foreign explainer, named in its byline line (metadata) and in the text' },
    // people
    { id: 'vadko', name: 'Ruslan Vadko', type: 'person', forms: ['Ruslan Vadko', 'Vadko'], note: 'the President' },
    { id: 'semerin', name: 'Arkady Semerin', type: 'person', forms: ['Arkady Semerin', 'Semerin'], note: 'Emergencies Minister' },
    { id: 'zelinska', name: 'Marta Zelinska', type: 'person', forms: ['Marta Zelinska', 'Zelinska'], note: 'Governor of Veshka Region' },
    { id: 'ressel', name: 'Bohdan Ressel', type: 'person', forms: ['Bohdan Ressel', 'Ressel'], note: 'director general of Tamrel Coal' },
    { id: 'falko', name: 'Irina Falko', type: 'person', forms: ['Irina Falko', 'Falko'], note: 'Tamrel spokeswoman' },
    { id: 'hrusek', name: 'Ludvik Hrušek', type: 'person', forms: ['Ludvik Hrušek', 'Ludvik Hrushek', 'Hrušek', 'Hrushek'], note: 'chairman of the IMU; the wire and the explainer write Hrushek' },
    { id: 'lotnik', name: 'Vera Lotnik', type: 'person', forms: ['Vera Lotnik', 'Lotnik'], note: 'head of the SMI' },
    { id: 'ulekh', name: 'Taras Ulekh', type: 'person', forms: ['Taras Ulekh'], note: 'commander of the State Mine Rescue Service (Col.)' },
    { id: 'brannik', name: 'Oleg Brannik', type: 'person', forms: ['Oleg Brannik'], note: 'spokesman of the regional prosecutor\'s office' },
    { id: 'mlyn', name: 'Viktor Mlyn', type: 'person', forms: ['Viktor Mlyn', 'Mlyn'], note: 'the shift manager on duty, detained on Tuesday night' },
    { id: 'dashko', name: 'Olena Dashko', type: 'person', forms: ['Olena Dashko'], note: 'wife of a trapped miner' },
    { id: 'petro', name: 'Petro', type: 'person', forms: ['Petro'], note: 'Olena Dashko\'s husband, named by first name only' },
    { id: 'mykola', name: 'Mykola', type: 'person', forms: ['Mykola'], note: 'a miner who walked out, named by first name only' },
    { id: 'werth', name: 'Ilona Werth', type: 'person', forms: ['Ilona Werth', 'Werth'], note: 'chief doctor of Grovnik City Hospital' },
    { id: 'thorby', name: 'Agnes Thorby', type: 'person', forms: ['Agnes Thorby', 'Thorby'], note: 'a ventilation engineer quoted by the explainer' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (company|union|inspectorate|ministry|mine|colliery|section|hospital|court)\\b', why: 'nominal reference to a named body or place (lowercase)' },
    { pattern: '\\b[Tt]he miners[’\'] union\\b', why: 'nominal reference to the Independent Miners\' Union (lowercase)' },
    { pattern: '\\b[Tt]he (regional )?prosecutor[’\']s office\\b', why: 'nominal reference to the Veshka Regional Prosecutor\'s Office (lowercase)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutor\'s office' },
    { pattern: '\\b[Tt]he (regional )?[Gg]overnor\\b', why: 'title used without a name' },
    { pattern: '\\b[Tt]he [Pp]resident\\b', why: 'title used without a name' },
    { pattern: '\\b[Tt]he emergencies minister\\b', why: 'title used without a name (lowercase)' },
    { pattern: '\\bUnion(?= (says|officials)\\b)', why: 'nominal reference to the Independent Miners\' Union (capitalized only at the start of a headline or sentence)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Ludvik Hrušek', cue: 'union chairman Ludvik Hrushek told Anvil', quote: 'Six contract workers employed by Kopar Tunnelling were working in Section 7 that night but were never entered in the lamp-room register' },
    { file: W, speaker: 'Arkady Semerin', cue: 'he told reporters at the pit head', quote: 'Every hour counts, and we will not stop while there is air down there' },
    { file: W, speaker: 'Oleg Brannik', cue: 'said Oleg Brannik', quote: 'Mlyn remains in custody and has been questioned three times' },
    { file: W, speaker: 'Irina Falko', cue: 'Falko said', quote: 'All the gas sensors in Section 7 were on and working, and none of them showed a dangerous level before the explosion' },
    { file: K, speaker: 'Ludvik Hrušek', cue: 'said Ludvik Hrušek', quote: 'The line went silent at ten past three, and everybody in the control room knew it' },
    { file: K, speaker: 'Mykola', cue: 'Mykola said', quote: 'The sensors were switched off because they kept cutting the power. That was the order' },
    { file: K, speaker: 'Vera Lotnik', cue: 'Lotnik said', quote: 'No coal will be cut anywhere at Vorona until we have been through every section' },
    { file: K, speaker: 'Olena Dashko', cue: 'she said', quote: 'They tell us nothing, and then they tell us to be patient' },
    { file: H, speaker: 'Marta Zelinska', cue: 'she said', quote: 'The mine passed its last inspection in August. I have seen the certificate myself.' },
    { file: H, speaker: 'Bohdan Ressel', cue: 'Ressel said', quote: 'They were speaking to us on the telephone until 11:20 this morning' },
    { file: H, speaker: 'Ludvik Hrušek', cue: 'he said', quote: 'Nobody was talking to anybody at eleven o’clock' },
    { file: M, speaker: 'Ruslan Vadko', cue: 'the President said', quote: 'No Marovian miner should go underground without knowing that he will come home. The state will stand beside every family' },
    { file: M, speaker: 'Marta Zelinska', cue: 'the Governor said', quote: 'Every hour counts, and we will not stop while there is air down there' },
    { file: X, speaker: 'Vera Lotnik', cue: 'she told The Orrery', quote: 'We recorded 27 violations and we did not sign off on Section 7' },
    { file: X, speaker: 'Agnes Thorby', cue: 'she said', quote: 'A working sensor leaves a reading every few seconds' },
  ],

  contradictions: [
    {
      id: 'trapped', level: 'core', kind: 'numeric',
      summary: 'How many miners were trapped in Section 7: Tamrel Coal and the Ministry of Emergency Situations say 41; the Independent Miners\' Union (IMU) says 47, counting six Kopar Tunnelling contract workers it says were never entered in the lamp-room register (so eight, not two, are still missing).',
      sides: [
        { file: W, quote: 'Tamrel Coal, which owns the mine, said 41 miners had been trapped in Section 7', value: '41', speaker: 'Tamrel Coal', camp: 'A' },
        { file: K, quote: 'Tamrel says 41 miners were trapped.', value: '41', speaker: 'Tamrel Coal', camp: 'A' },
        { file: H, quote: '41 are trapped in Section 7.', value: '41', speaker: 'Tamrel Coal', camp: 'A' },
        { file: M, quote: 'According to the Ministry of Emergency Situations, 41 miners were trapped underground by the explosion.', value: '41', speaker: 'Ministry of Emergency Situations', camp: 'A' },
        { file: X, quote: 'Tamrel Coal, which owns Vorona, says 41 men were cut off in Section 7', value: '41', speaker: 'Tamrel Coal', camp: 'A' },
        { file: W, quote: 'The Independent Miners\' Union (IMU) puts the number trapped at 47.', value: '47', speaker: 'Independent Miners\' Union', camp: 'B' },
        { file: K, quote: 'The union says the figure is 47', value: '47', speaker: 'Independent Miners\' Union', camp: 'B' },
        { file: X, quote: 'The Independent Miners’ Union (IMU) says 47 men were trapped, and that eight, not two, are still underground.', value: '47', speaker: 'Independent Miners\' Union', camp: 'B' },
      ],
    },
    {
      id: 'sensors', level: 'core', kind: 'polarity',
      summary: 'Whether the methane sensors in Section 7 had been switched off: the IMU and surviving miners say they had been switched off (for days) so that they would not cut the power to the coal cutters; Tamrel Coal says they were on and working.',
      sides: [
        { file: H, quote: 'the methane sensors in Section 7 “were switched off, some of them for days”', speaker: 'Ludvik Hrušek', camp: 'A' },
        { file: W, quote: 'Hrushek said the sensors "had been dead for at least a week".', speaker: 'Ludvik Hrušek', camp: 'A' },
        { file: K, quote: 'the methane sensors in Section 7 had been switched off for several days', speaker: 'Mykola', camp: 'A' },
        { file: K, quote: 'The sensors were switched off because they kept cutting the power. That was the order', speaker: 'Mykola', camp: 'A' },
        { file: X, quote: 'Several surviving miners say the methane sensors in Section 7 had been switched off, or wrapped in plastic bags', speaker: 'surviving miners', camp: 'A' },
        { file: W, quote: 'All the gas sensors in Section 7 were on and working, and none of them showed a dangerous level before the explosion', speaker: 'Irina Falko', camp: 'B' },
        { file: H, quote: 'said its gas sensors “were working, and were checked on Monday”', speaker: 'Bohdan Ressel', camp: 'B' },
        { file: M, quote: 'the methane sensors in Section 7 were in working order on the night of the explosion', speaker: 'Tamrel Coal', camp: 'B' },
        { file: M, quote: 'Our sensors were working, and the records will show it', speaker: 'Irina Falko', camp: 'B' },
        { file: X, quote: 'Tamrel says the sensors were working', speaker: 'Tamrel Coal', camp: 'B' },
      ],
    },
    {
      id: 'mlyn-custody', level: 'core', kind: 'status',
      summary: 'The shift manager Viktor Mlyn, detained on Tuesday night: the Veshka Regional Prosecutor\'s Office says the Grovnik District Court ordered him held for two months on Thursday and he remains in custody; Tamrel Coal and the state-aligned paper say he was released on Wednesday evening after questioning and is a witness.',
      sides: [
        { file: W, quote: 'on Thursday the Grovnik District Court ordered him held for two months while the investigation continues', speaker: 'Veshka Regional Prosecutor\'s Office', camp: 'A' },
        { file: W, quote: 'Mlyn remains in custody and has been questioned three times', speaker: 'Oleg Brannik', camp: 'A' },
        { file: X, quote: 'Viktor Mlyn, the shift manager on duty that night, is in custody, according to the regional prosecutor’s office', speaker: 'Veshka Regional Prosecutor\'s Office', camp: 'A' },
        { file: M, quote: 'Shift manager Viktor Mlyn was released on Wednesday evening after questioning and is assisting the investigation as a witness, the company said.', speaker: 'Tamrel Coal', camp: 'B' },
        { file: X, quote: 'Tamrel and the state-run Marovia Dispatch say he was released after questioning and is a witness, not a suspect.', speaker: 'Tamrel Coal', camp: 'B' },
      ],
    },
    {
      id: 'contact-lost', level: 'core', kind: 'temporal',
      summary: 'When telephone contact with the men at the far end of Section 7 was lost: Tamrel Coal (its director general Bohdan Ressel) and the Ministry of Emergency Situations say 11:20 on Tuesday; the IMU chairman Ludvik Hrušek says 03:10, twenty minutes after the blast.',
      sides: [
        { file: H, quote: 'They were speaking to us on the telephone until 11:20 this morning', value: '11:20 Tue', speaker: 'Bohdan Ressel', camp: 'A' },
        { file: W, quote: 'Tamrel says its control room kept telephone contact with the men at the far end of Section 7 until 11:20 on Tuesday', value: '11:20 Tue', speaker: 'Tamrel Coal', camp: 'A' },
        { file: M, quote: 'rescuers had been in telephone contact with miners at the far end of Section 7 until 11:20 on Tuesday', value: '11:20 Tue', speaker: 'Ministry of Emergency Situations', camp: 'A' },
        { file: X, quote: 'Tamrel says its control room was talking to men at the far end of Section 7 until 11:20 on the morning of the explosion.', value: '11:20 Tue', speaker: 'Tamrel Coal', camp: 'A' },
        { file: K, quote: 'went dead at 03:10 on Tuesday, twenty minutes after the blast, according to the Independent Miners’ Union', value: '03:10 Tue', speaker: 'Independent Miners\' Union', camp: 'B' },
        { file: K, quote: 'The line went silent at ten past three, and everybody in the control room knew it', value: '03:10 Tue', speaker: 'Ludvik Hrušek', camp: 'B' },
        { file: H, quote: 'He says the telephone to the far end of Section 7 stopped answering at 03:10', value: '03:10 Tue', speaker: 'Ludvik Hrušek', camp: 'B' },
        { file: X, quote: 'says the telephone went dead at 03:10, twenty minutes after the blast', value: '03:10 Tue', speaker: 'Ludvik Hrušek', camp: 'B' },
      ],
    },
    {
      id: 'inspection', level: 'secondary', kind: 'polarity',
      summary: 'Whether the Vorona Colliery passed its last inspection, in August: Tamrel Coal and Governor Marta Zelinska say it passed; the State Mining Inspectorate (SMI) and its head, Vera Lotnik, say it failed, with 27 violations, several in the ventilation of Section 7.',
      sides: [
        { file: H, quote: 'The mine passed its last inspection in August. I have seen the certificate myself.', speaker: 'Marta Zelinska', camp: 'A' },
        { file: W, quote: 'The company said the colliery had passed that inspection', speaker: 'Tamrel Coal', camp: 'A' },
        { file: M, quote: 'The company said the Vorona Colliery had passed its most recent state inspection, in August', speaker: 'Tamrel Coal', camp: 'A' },
        { file: X, quote: 'The company and the regional governor, Marta Zelinska, say the colliery passed its August inspection.', speaker: 'Tamrel Coal', camp: 'A' },
        { file: W, quote: 'The State Mining Inspectorate (SMI) said the mine had failed its last inspection, in August', speaker: 'State Mining Inspectorate', camp: 'B' },
        { file: K, quote: 'The mine did not pass in August.', speaker: 'Vera Lotnik', camp: 'B' },
        { file: X, quote: 'The mine failed. There is no certificate that says otherwise.', speaker: 'Vera Lotnik', camp: 'B' },
      ],
    },
    {
      id: 'hour-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same remark on Wednesday evening at the mine, "Every hour counts, and we will not stop while there is air down there", is credited by the wire to Emergencies Minister Arkady Semerin and by the state-aligned paper to Governor Marta Zelinska.',
      sides: [
        { file: W, quote: '"Every hour counts, and we will not stop while there is air down there," he told reporters at the pit head on Wednesday night.', speaker: 'Arkady Semerin', camp: 'A' },
        { file: M, quote: '"Every hour counts, and we will not stop while there is air down there," the Governor said on Wednesday evening', speaker: 'Marta Zelinska', camp: 'B' },
      ],
    },
    {
      id: 'depth', level: 'secondary', kind: 'numeric',
      summary: 'The depth of the coal face in Section 7: Tamrel Coal says 870 metres; the IMU says it had been driven to 1,040 metres, below the 950-metre limit in the licence.',
      sides: [
        { file: H, quote: 'He gave the depth of Section 7 as 870 metres', value: '870 m', speaker: 'Bohdan Ressel', camp: 'A' },
        { file: K, quote: 'The company gives the depth of the section as 870 metres.', value: '870 m', speaker: 'Tamrel Coal', camp: 'A' },
        { file: X, quote: 'Tamrel puts Section 7 at 870 metres.', value: '870 m', speaker: 'Tamrel Coal', camp: 'A' },
        { file: K, quote: 'the coal face in Section 7 had been driven to 1,040 metres, below the 950-metre limit set in the mine’s licence', value: '1040 m', speaker: 'Ludvik Hrušek', camp: 'B' },
        { file: X, quote: 'The union says the face had been driven to 1,040 metres', value: '1040 m', speaker: 'Independent Miners\' Union', camp: 'B' },
      ],
    },
    {
      id: 'mine-closed', level: 'secondary', kind: 'status',
      summary: 'Whether the mine is closed: the SMI ordered the whole colliery shut on 4 November and its head says nothing is being cut; Tamrel Coal says coal production resumed on Thursday in the undamaged northern sections.',
      sides: [
        { file: K, quote: 'The State Mining Inspectorate (SMI) ordered the whole colliery shut on Wednesday.', speaker: 'State Mining Inspectorate', camp: 'A' },
        { file: X, quote: 'Nothing is being cut at Vorona. The mine is closed, all of it', speaker: 'Vera Lotnik', camp: 'A' },
        { file: M, quote: 'Coal production resumed on Thursday in the colliery\'s northern sections, which were not damaged in the explosion, Tamrel said', speaker: 'Tamrel Coal', camp: 'B' },
        { file: X, quote: 'Tamrel says its northern sections, which were not damaged, have been cutting coal since Thursday.', speaker: 'Tamrel Coal', camp: 'B' },
      ],
    },
    {
      id: 'refuge-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that 19 men had been brought up alive from the refuge chamber on Tuesday afternoon, then corrected it to 16 (Tamrel\'s figure); the wire also gives 16.',
      sides: [
        { file: H, quote: 'Tamrel says 19 men have been brought up alive.', value: '19', speaker: 'Tamrel Coal', camp: 'A' },
        { file: H, quote: 'Tamrel says the figure is 16.', value: '16', speaker: 'Tamrel Coal', camp: 'B' },
        { file: W, quote: 'Sixteen men were brought up from a refuge chamber on Tuesday afternoon', value: '16', speaker: 'Tamrel Coal', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rise', kind: 'numeric',
      summary: 'Four bodies recovered on Tuesday and nine dead on Thursday: the toll rose, and the wire says so ("up from four on Tuesday"); an update, not a contradiction.',
      sides: [
        { file: H, quote: 'Tamrel says the bodies of four miners have been recovered.', value: '4 (Tuesday)' },
        { file: W, quote: 'rose to nine on Thursday, up from four on Tuesday', value: '9 (Thursday)' },
      ],
    },
    {
      id: 'workforce-rounding', kind: 'numeric',
      summary: '3,870 employees and "nearly 4,000 employees" are the same workforce, rounded.',
      sides: [
        { file: W, quote: 'the Vorona pit, which employs 3,870 people', value: '3870' },
        { file: M, quote: 'the mine\'s nearly 4,000 employees', value: '~4000' },
      ],
    },
    {
      id: 'walked-out-vs-rescued', kind: 'numeric',
      summary: '171 miners who made their own way to the surface and 30 brought up alive by rescuers are different sets.',
      sides: [
        { file: W, quote: '171 made their own way to the surface in the first hours after the blast', value: '171 (walked out)' },
        { file: K, quote: 'taking the number rescued to 30', value: '30 (rescued)' },
      ],
    },
    {
      id: 'hospital-part-whole', kind: 'numeric',
      summary: '22 miners treated at Grovnik City Hospital and six in intensive care are whole and part.',
      sides: [
        { file: K, quote: 'Grovnik City Hospital is treating 22 miners', value: '22 (in hospital)' },
        { file: W, quote: 'Six of them are in intensive care with burns and carbon monoxide poisoning', value: '6 (intensive care)' },
      ],
    },
    {
      id: 'firedamp-methane', kind: 'polarity',
      summary: '"firedamp explosion" and "methane explosion" name the same cause: firedamp is the miners\' word for methane (synonyms).',
      sides: [
        { file: M, quote: 'killed in Tuesday\'s firedamp explosion at the Vorona Colliery', value: 'firedamp' },
        { file: W, quote: 'after Tuesday\'s methane explosion at the Vorona Colliery', value: 'methane' },
      ],
    },
    {
      id: 'rescuers-more-than-vs-about', kind: 'numeric',
      summary: '"more than 400 rescuers" and "About 450 rescuers" are compatible approximations.',
      sides: [
        { file: W, quote: 'more than 400 rescuers were working in rotating shifts', value: '>400' },
        { file: M, quote: 'About 450 rescuers are working at the site in shifts', value: '~450' },
      ],
    },
    {
      id: 'blast-vs-rescue-start', kind: 'temporal',
      summary: 'The explosion at 02:50 and the first rescue teams going underground at 04:15 are two different moments, not two times for one event.',
      sides: [
        { file: W, quote: 'when gas ignited at 02:50 on Tuesday', value: '02:50 (explosion)' },
        { file: H, quote: 'The first rescue teams went underground at 04:15', value: '04:15 (rescue starts)' },
      ],
    },
  ],
};
