// Hand-written gold source for the E. coli outbreak in Vireska after the Orlek Waterworks flooded
// (invented event, Morvalia, October 2025). build-gold.mjs turns it into ../gold/vireska-outbreak.json.
const P = 'pennant-wire.txt';
const H = 'halyard-news.md';
const B = 'vireska-bulletin-live.md';
const K = 'kastrona-beacon.txt';
const W = 'brackwater-weekly.md';

export default {
  corpus: 'vireska-outbreak',
  note: 'Invented event written for the project: on the night of Thursday 16 October 2025 the Tamber River floods the Orlek Waterworks, which treats the drinking water of most of Vireska, a city of about 210,000 in the fictional country of Morvalia; the plant is run under contract by Pellasca Aqua (part of the Ledermont Group) for the city-owned Vireska Water and Sewerage Company (VWSC). From the weekend people in the riverside district of Velbrun fall ill with a Shiga toxin-producing E. coli (STEC); a boil-water advisory follows on Tuesday 21 October. Five invented outlets: a wire story (Wednesday), a national web story and the local paper\'s live blog (Thursday), a state-aligned paper (Friday) and a foreign explainer (the next Thursday). The national health ministry, the regional public health agency (VPHA), City Hall, the utility, its contractor, the hospital, a university laboratory, a plant operator and residents disagree about the confirmed cases, the E. coli in the tap water, whether residents were warned before the first cases, whether the water was safe on Friday 24 October, whether chlorination stopped, the deaths, who said "We did everything the rules asked of us", and the day the first case was reported; the live blog corrects its own count of children with HUS (19, then nine). The confirmed count rising from 38 (Wednesday) to 112 (Thursday) is an update, not a contradiction; the ministry\'s 57 against the agency\'s 112 on the same Thursday is a contradiction. The microbiologist Petra Zuljević is spelled Zuljevic by the foreign explainer. "Straub" alone names either Emeric Straub, who died, or his daughter Ilse Straub and is assigned by hand.',
  files: [W, H, K, P, B],
  meta: { [P]: [2, 3], [K]: [2, 3], [B]: [3] },

  actors: [
    // places
    { id: 'morvalia', name: 'Morvalia', type: 'place', forms: ['Morvalia'], note: '"Morvalian" is a demonym' },
    { id: 'kastrona', name: 'Kastrona', type: 'place', forms: ['Kastrona', 'KASTRONA'], note: 'the capital; "University of Kastrona" and "Kastrona Beacon" are nested names; "Kastrona-based" is a glued modifier' },
    { id: 'verenza', name: 'Verenza Province', type: 'place', forms: ['Verenza Province'], note: '"Verenza" inside "Verenza Public Health Agency" is a nested name' },
    { id: 'vireska', name: 'Vireska', type: 'place', forms: ['Vireska', 'VIRESKA'], note: '"Vireska General Hospital", "Vireska Water and Sewerage Company" and "Vireska Bulletin" are nested names' },
    { id: 'velbrun', name: 'Velbrun', type: 'place', forms: ['Velbrun'], note: 'the riverside district worst hit' },
    { id: 'kessary', name: 'Kessary', type: 'place', forms: ['Kessary'] },
    { id: 'dovetsk', name: 'Dovetsk', type: 'place', forms: ['Dovetsk'], note: 'the northern district on its own wells' },
    { id: 'tamber', name: 'Tamber River', type: 'place', forms: ['Tamber River', 'Tamber'] },
    { id: 'orlek', name: 'Orlek Waterworks', type: 'place', forms: ['Orlek Waterworks', 'Orlek'], note: 'the treatment plant, a named facility, is typed place here (it never speaks: its operator Pellasca Aqua does); "Orlek" alone ("run Orlek under contract", "Orlek\'s water", "the Orlek supply") names the plant' },
    // organizations
    { id: 'health-ministry', name: 'Ministry of Public Health', type: 'organization', forms: ['Ministry of Public Health'] },
    { id: 'vpha', name: 'Verenza Public Health Agency', type: 'organization', forms: ['Verenza Public Health Agency', 'VPHA'] },
    { id: 'city-hall', name: 'City Hall', type: 'organization', forms: ['City Hall'], note: 'the city government of Vireska (a government seat used as the government)' },
    { id: 'vwsc', name: 'Vireska Water and Sewerage Company', type: 'organization', forms: ['Vireska Water and Sewerage Company', 'VWSC'] },
    { id: 'pellasca', name: 'Pellasca Aqua', type: 'organization', forms: ['Pellasca Aqua', 'Pellasca'] },
    { id: 'ledermont', name: 'Ledermont Group', type: 'organization', forms: ['Ledermont Group'], note: '"Ledermont-owned" is a glued modifier' },
    { id: 'vireska-hospital', name: 'Vireska General Hospital', type: 'organization', forms: ['Vireska General Hospital'] },
    { id: 'st-aldric', name: "St. Aldric Children's Hospital", type: 'organization', forms: ["St. Aldric Children's Hospital", 'St. Aldric Children’s Hospital', 'St. Aldric'], note: 'the live blog writes the apostrophe curly and shortens the name to "St. Aldric"' },
    { id: 'univ-kastrona', name: 'University of Kastrona', type: 'organization', forms: ['University of Kastrona'], note: 'its water microbiology laboratory is written in lowercase and is no separate actor' },
    { id: 'lma', name: 'Lantern Medical Aid', type: 'organization', forms: ['Lantern Medical Aid', 'LMA'] },
    { id: 'open-future', name: 'Open Future Party', type: 'organization', forms: ['Open Future Party'] },
    { id: 'pennant', name: 'Pennant', type: 'organization', forms: ['Pennant'], note: 'the wire agency; the dateline "(Pennant)" is a mention' },
    { id: 'halyard', name: 'Halyard News', type: 'organization', forms: ['Halyard News'] },
    { id: 'bulletin', name: 'Vireska Bulletin', type: 'organization', forms: ['Vireska Bulletin', 'Bulletin'], note: 'the local paper; the live blog says "the Bulletin", the explainer gives the full name' },
    { id: 'beacon', name: 'Kastrona Beacon', type: 'organization', forms: ['Kastrona Beacon'], note: 'the state-aligned paper; named in its header line (metadata) and in the explainer\'s text' },
    { id: 'brackwater', name: 'Brackwater Weekly', type: 'organization', forms: ['Brackwater Weekly'], note: 'the explainer names itself in the text ("which Brackwater Weekly has seen")' },
    // people
    { id: 'meszel', name: 'Radovan Meszel', type: 'person', forms: ['Radovan Meszel', 'Meszel'], note: 'mayor of Vireska' },
    { id: 'sorensky', name: 'Beata Sorensky', type: 'person', forms: ['Beata Sorensky', 'Sorensky'], note: 'health minister' },
    { id: 'elmis', name: 'Konrad Elmis', type: 'person', forms: ['Konrad Elmis', 'Elmis'], note: 'director of the VPHA' },
    { id: 'ancel', name: 'Tibor Ancel', type: 'person', forms: ['Tibor Ancel'], note: 'VWSC spokesman' },
    { id: 'farr', name: 'Gideon Farr', type: 'person', forms: ['Gideon Farr'], note: 'managing director of Pellasca Aqua' },
    { id: 'zuljevic', name: 'Petra Zuljević', type: 'person', forms: ['Petra Zuljević', 'Petra Zuljevic'], note: 'head of water microbiology at the University of Kastrona; the foreign explainer spells her Zuljevic' },
    { id: 'ormond', name: 'Livia Ormond', type: 'person', forms: ['Livia Ormond'], note: 'head of infectious diseases at Vireska General Hospital' },
    { id: 'ekholt', name: 'Maren Ekholt', type: 'person', forms: ['Maren Ekholt'], note: "head of paediatric nephrology at St. Aldric Children's Hospital" },
    { id: 'oduya', name: 'Samira Oduya', type: 'person', forms: ['Samira Oduya'], note: "runs Lantern Medical Aid's team in Velbrun" },
    { id: 'hollan', name: 'Casimir Hollan', type: 'person', forms: ['Casimir Hollan', 'Hollan'], note: 'leader of the opposition Open Future Party' },
    { id: 'grell', name: 'Tobiah Grell', type: 'person', forms: ['Tobiah Grell', 'Grell'], note: 'prime minister' },
    { id: 'emeric-straub', name: 'Emeric Straub', type: 'person', forms: ['Emeric Straub', 'Straub'], note: 'the first patient to die; "Straub" alone is shared with his daughter Ilse Straub and assigned by hand' },
    { id: 'ilse-straub', name: 'Ilse Straub', type: 'person', forms: ['Ilse Straub', 'Straub'], note: 'daughter of Emeric Straub, a nurse; "Straub" alone is shared with her father and assigned by hand' },
    { id: 'reka-tamasi', name: 'Reka Tamasi', type: 'person', forms: ['Reka Tamasi', 'Tamasi'], note: 'mother of Nilo Tamasi; "Tamasi" alone ("Tamasi said", speaking of her son) is her' },
    { id: 'nilo-tamasi', name: 'Nilo Tamasi', type: 'person', forms: ['Nilo Tamasi', 'Nilo'], note: 'her six-year-old son, a patient, later called by his first name only' },
    { id: 'pruss', name: 'Hedda Pruss', type: 'person', forms: ['Hedda Pruss'], note: 'a resident of Velbrun' },
    { id: 'sall', name: 'Benedek Sall', type: 'person', forms: ['Benedek Sall'], note: 'a shift operator at the Orlek Waterworks' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (company|water company|utility|ministry|health ministry|agency|regional health agency|hospital|university|charity|plant|river|district|capital|city(?![-‑\\w]))\\b', why: 'nominal reference to a named body or place (lowercase)' },
    { pattern: "(?<=(?:’s|'s) )(?:ministry|parent company)\\b", why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\bministry(?= (?:spokes|official))', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b[Tt]he (mayor|minister|health minister|opposition leader)\\b', why: 'title used without a name' },
  ],
  ignore: [
    { file: B, context: 'third death confirmed, children’s hospital under strain', text: 'children’s hospital', why: "nominal reference to a named body (lowercase, headline without article): St. Aldric Children's Hospital" },
    { file: W, context: 'the Ledermont-owned company', text: 'Ledermont', why: 'name glued into a hyphenated modifier ("Ledermont-owned"; the group\'s only form is "Ledermont Group")' },
  ],
  block: [],
  assign: [
    { file: H, context: 'Straub had lived in Velbrun all his life', text: 'Straub', actor: 'emeric-straub', why: '"all his life": the man who died, not his daughter (the form is shared with Ilse Straub)' },
    { file: H, context: 'Straub said her father had drunk', text: 'Straub', actor: 'ilse-straub', why: '"her father": the daughter, not the man who died (the form is shared with Emeric Straub)' },
  ],

  claims: [
    { file: P, speaker: 'Gideon Farr', cue: 'Gideon Farr, its managing director, said in a statement', quote: 'Our backup generator started within seconds and the dosing pumps kept running' },
    { file: P, speaker: 'Tibor Ancel', cue: 'spokesman Tibor Ancel said', quote: 'There is nothing in our results that points to the treatment plant' },
    { file: P, speaker: 'Konrad Elmis', cue: 'Elmis told reporters', quote: 'Until we know more, every household on the Orlek supply should treat its tap water as unsafe' },
    { file: H, speaker: 'Petra Zuljević', cue: 'said Petra Zuljević', quote: 'There should be zero. We found it in three taps out of four' },
    { file: H, speaker: 'Livia Ormond', cue: 'said Dr. Livia Ormond', quote: 'We sent the first stool sample to the agency on Saturday evening, with a note saying we were worried' },
    { file: H, speaker: 'Casimir Hollan', cue: 'he said', quote: 'People in Velbrun were drinking this water for four days while everyone in charge looked the other way' },
    { file: B, speaker: 'Samira Oduya', cue: 'she says', quote: 'Most people we see are exhausted, not dying' },
    { file: B, speaker: 'Benedek Sall', cue: 'he said', quote: 'were under a metre of water by midnight. Nothing went into that water until Friday afternoon' },
    { file: B, speaker: 'Reka Tamasi', cue: 'Tamasi said', quote: 'He asked me for water all night, and I was afraid to give it to him' },
    { file: B, speaker: 'Hedda Pruss', cue: 'says Hedda Pruss', quote: 'On Friday the water came out brown and we drank it anyway' },
    { file: K, speaker: 'Beata Sorensky', cue: 'Sorensky said', quote: 'The situation is stable, the water is clean, and there is no reason for anyone in Vireska to be afraid' },
    { file: K, speaker: 'Konrad Elmis', cue: 'said Dr. Konrad Elmis', quote: 'No treatment plant anywhere could have stayed dry that night' },
    { file: K, speaker: 'Tobiah Grell', cue: 'Grell said', quote: "A storm is nobody's fault, but the recovery is everybody's duty" },
    { file: W, speaker: 'Petra Zuljević', cue: 'said Petra Zuljevic', quote: 'If you stop disinfecting during a flood, the only question is how much got through' },
    { file: W, speaker: 'Pellasca Aqua', cue: 'The company says', quote: 'when the investigation is properly constituted' },
  ],

  contradictions: [
    {
      id: 'confirmed-cases', level: 'core', kind: 'numeric',
      summary: 'Confirmed cases on Thursday 23 October: the Ministry of Public Health says 57; the Verenza Public Health Agency (VPHA) says 112 the same day.',
      sides: [
        { file: H, quote: 'said on Thursday that 57 cases had been confirmed', value: '57', speaker: 'Ministry of Public Health', camp: 'A' },
        { file: K, quote: 'The ministry said on Thursday that 57 cases had been confirmed by laboratory tests since the start of the outbreak.', value: '57', speaker: 'Ministry of Public Health', camp: 'A' },
        { file: W, quote: 'On Thursday 23 October it said 57 cases had been confirmed', value: '57', speaker: 'Ministry of Public Health', camp: 'A' },
        { file: H, quote: 'The number of laboratory-confirmed cases rose to 112 on Thursday', value: '112', speaker: 'Verenza Public Health Agency', camp: 'B' },
        { file: B, quote: 'has released its evening figures: 112 laboratory-confirmed cases', value: '112', speaker: 'Verenza Public Health Agency', camp: 'B' },
        { file: W, quote: "the VPHA's count that day was 112", value: '112', speaker: 'Verenza Public Health Agency', camp: 'B' },
      ],
    },
    {
      id: 'ecoli-level', level: 'core', kind: 'numeric',
      summary: 'E. coli in the tap water on Monday 20 October: the utility (VWSC) says its samples from Monday and Tuesday found none (zero per 100 ml); the University of Kastrona found up to 46 CFU per 100 ml in taps in Velbrun on Monday.',
      sides: [
        { file: P, quote: 'The VWSC said its own samples, taken across the network on Monday and Tuesday, had found no E. coli.', value: '0 per 100 ml', speaker: 'Vireska Water and Sewerage Company', camp: 'A' },
        { file: H, quote: 'has said its own samples from Monday and Tuesday found no E. coli', value: '0 per 100 ml', speaker: 'Vireska Water and Sewerage Company', camp: 'A' },
        { file: K, quote: 'said its own samples from Monday and Tuesday had shown no E. coli, "zero per 100 millilitres"', value: '0 per 100 ml', speaker: 'Vireska Water and Sewerage Company', camp: 'A' },
        { file: W, quote: 'says its samples from Monday 20 and Tuesday 21 October showed no E. coli', value: '0 per 100 ml', speaker: 'Vireska Water and Sewerage Company', camp: 'A' },
        { file: H, quote: 'contained E. coli at up to 46 colony-forming units (CFU) per 100 ml on Monday', value: '46 CFU/100 ml', speaker: 'University of Kastrona', camp: 'B' },
        { file: B, quote: 'her team measured up to 46 CFU per 100 ml', value: '46 CFU/100 ml', speaker: 'Petra Zuljević', camp: 'B' },
        { file: W, quote: 'They found E. coli in nine of them, at up to 46 CFU (colony-forming units) per 100 ml.', value: '46 CFU/100 ml', speaker: 'University of Kastrona', camp: 'B' },
      ],
    },
    {
      id: 'warning-before-cases', level: 'core', kind: 'polarity',
      summary: 'Whether residents were warned before the first cases: City Hall and the mayor say a precautionary boil-water notice was posted on Friday 17 October, before anyone fell ill; the local paper, the explainer and residents found no warning before the advisory of Tuesday 21 October.',
      sides: [
        { file: P, quote: 'City Hall said it had advised residents of Velbrun to boil water as a precaution on Friday, before anyone fell ill.', speaker: 'City Hall', camp: 'A' },
        { file: K, quote: 'City Hall had published a precautionary notice on Friday 17 October advising residents of Velbrun to boil their drinking water', speaker: 'Radovan Meszel', camp: 'A' },
        { file: W, quote: 'City Hall says it posted a precautionary notice on its website on Friday 17 October, before anyone fell ill.', speaker: 'City Hall', camp: 'A' },
        { file: B, quote: 'The first notice about drinking water that we could find was the boil-water advisory posted on Tuesday at 2 p.m. We found no notice from Friday.', speaker: 'Vireska Bulletin', camp: 'B' },
        { file: B, quote: 'No one told us to boil anything until Tuesday', speaker: 'Hedda Pruss', camp: 'B' },
        { file: W, quote: 'The first warning about drinking water that Brackwater Weekly could find', speaker: 'Brackwater Weekly', camp: 'B' },
      ],
    },
    {
      id: 'water-safe', level: 'core', kind: 'status',
      summary: 'On Friday 24 October the Ministry of Public Health declares the tap water safe to drink; the same day the VPHA tells residents of Velbrun and Kessary that the boil-water advisory remains in force (it was lifted on 28 October).',
      sides: [
        { file: K, quote: 'Tap water in Vireska is once again safe to drink, the Ministry of Public Health said on Friday', speaker: 'Ministry of Public Health', camp: 'A' },
        { file: W, quote: "On Friday 24 October the Ministry of Public Health declared Vireska's tap water safe to drink", speaker: 'Ministry of Public Health', camp: 'A' },
        { file: W, quote: 'on the same day the VPHA told residents of Velbrun and Kessary that the boil-water advisory remained in force', speaker: 'Verenza Public Health Agency', camp: 'B' },
      ],
    },
    {
      id: 'chlorination', level: 'secondary', kind: 'polarity',
      summary: 'Whether chlorination stopped at the Orlek Waterworks: Pellasca Aqua says it never stopped (a backup generator kept the dosing pumps running); the VPHA says the dosing pumps were out of action for about 14 hours, and a shift operator says they were under water.',
      sides: [
        { file: P, quote: 'said chlorination at the plant "never stopped" during the flood', speaker: 'Pellasca Aqua', camp: 'A' },
        { file: H, quote: 'maintains that chlorination never stopped', speaker: 'Pellasca Aqua', camp: 'A' },
        { file: K, quote: 'said a backup generator had kept the chlorine dosing pumps running throughout the power cut', speaker: 'Pellasca Aqua', camp: 'A' },
        { file: W, quote: 'says chlorination never stopped because a backup generator kept the dosing pumps running', speaker: 'Pellasca Aqua', camp: 'A' },
        { file: H, quote: 'the chlorine dosing pumps at the Orlek Waterworks had been out of action for about 14 hours', speaker: 'Verenza Public Health Agency', camp: 'B' },
        { file: W, quote: 'says the dosing pumps were out of action for about 14 hours', speaker: 'Verenza Public Health Agency', camp: 'B' },
        { file: B, quote: 'Nothing went into that water until Friday afternoon, and everybody on the shift knew it.', speaker: 'Benedek Sall', camp: 'B' },
      ],
    },
    {
      id: 'deaths', level: 'secondary', kind: 'numeric',
      summary: 'The deaths: the Ministry of Public Health counts two; Vireska General Hospital says three patients have died (on Tuesday, Wednesday night and early Thursday).',
      sides: [
        { file: H, quote: 'The ministry puts the toll at two.', value: '2', speaker: 'Ministry of Public Health', camp: 'A' },
        { file: K, quote: 'Two people, both elderly and with serious underlying illnesses, have died, the ministry said.', value: '2', speaker: 'Ministry of Public Health', camp: 'A' },
        { file: W, quote: 'the ministry still counts two', value: '2', speaker: 'Ministry of Public Health', camp: 'A' },
        { file: H, quote: 'Three people have now died, according to Vireska General Hospital', value: '3', speaker: 'Vireska General Hospital', camp: 'B' },
        { file: B, quote: 'Vireska General Hospital has confirmed that a third patient died early this morning', value: '3', speaker: 'Vireska General Hospital', camp: 'B' },
        { file: W, quote: 'Three people died, according to Vireska General Hospital', value: '3', speaker: 'Vireska General Hospital', camp: 'B' },
      ],
    },
    {
      id: 'rules-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same quotation, "We did everything the rules asked of us, and we did it on time", is credited to Mayor Radovan Meszel by the local live blog and to the VPHA director Konrad Elmis by the state-aligned paper.',
      sides: [
        { file: B, quote: '“We did everything the rules asked of us, and we did it on time,” Meszel said.', speaker: 'Radovan Meszel', camp: 'A' },
        { file: K, quote: '“We did everything the rules asked of us, and we did it on time,” Elmis said', speaker: 'Konrad Elmis', camp: 'B' },
      ],
    },
    {
      id: 'first-case-date', level: 'secondary', kind: 'temporal',
      summary: 'When the first suspected case was reported: Vireska General Hospital says it reported it to the VPHA on Saturday 18 October; the VPHA says the first notification reached it on Monday 20 October.',
      sides: [
        { file: H, quote: 'The hospital says it reported its first suspected case to the VPHA on Saturday 18 October', value: '2025-10-18', speaker: 'Vireska General Hospital', camp: 'A' },
        { file: W, quote: 'Vireska General Hospital says it reported its first suspected case to the VPHA on Saturday 18 October.', value: '2025-10-18', speaker: 'Vireska General Hospital', camp: 'A' },
        { file: P, quote: 'The VPHA said the first notification of a suspected case reached it on Monday 20 October.', value: '2025-10-20', speaker: 'Verenza Public Health Agency', camp: 'B' },
        { file: H, quote: 'The VPHA has said the first notification reached it on Monday.', value: '2025-10-20', speaker: 'Verenza Public Health Agency', camp: 'B' },
        { file: K, quote: 'as soon as the first notification of a suspected case reached it, on Monday 20 October', value: '2025-10-20', speaker: 'Konrad Elmis', camp: 'B' },
        { file: W, quote: 'The VPHA says the first notification reached it on Monday 20 October.', value: '2025-10-20', speaker: 'Verenza Public Health Agency', camp: 'B' },
      ],
    },
    {
      id: 'hus-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing a hospital spokesman, that 19 children were being treated for HUS at St. Aldric, then corrected it to nine (19 is the number of children seen in the emergency department with symptoms).',
      sides: [
        { file: B, quote: 'A hospital spokesman says 19 children are being treated for haemolytic uraemic syndrome (HUS) at St. Aldric.', value: '19', speaker: "St. Aldric Children's Hospital", camp: 'A' },
        { file: B, quote: 'The hospital now says that figure was wrong: nine children have HUS', value: '9', speaker: "St. Aldric Children's Hospital", camp: 'B' },
        { file: W, quote: 'Nine children developed haemolytic uraemic syndrome (HUS)', value: '9', speaker: 'Brackwater Weekly', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'suspected-rounding', kind: 'numeric',
      summary: '"Nearly 300 people have fallen ill" and 297 suspected cases are the same agency figure rounded.',
      sides: [
        { file: H, quote: 'Nearly 300 people have fallen ill since the weekend.', value: '~300' },
        { file: B, quote: '297 suspected cases across the city', value: '297' },
      ],
    },
    {
      id: 'confirmed-rises', kind: 'numeric',
      summary: 'The confirmed count rose from 38 (Wednesday) to 112 (Thursday), and the later article says so: an update, not a contradiction.',
      sides: [
        { file: P, quote: '38 of them confirmed by laboratory tests', value: '38 (Wed)' },
        { file: H, quote: 'up from 38 on Wednesday', value: '112 (Thu)' },
      ],
    },
    {
      id: 'children-vs-all', kind: 'numeric',
      summary: 'Fourteen children treated at the children\'s hospital and 88 people in hospital in all are different sets (children at one hospital vs all patients).',
      sides: [
        { file: B, quote: 'St. Aldric Children’s Hospital is treating 14 children from the outbreak', value: '14 (children)' },
        { file: H, quote: 'In all, 88 people were in hospital on Thursday.', value: '88 (all)' },
      ],
    },
    {
      id: 'velbrun-vs-city', kind: 'numeric',
      summary: '71 confirmed cases in Velbrun and 112 confirmed cases in the city are part and whole.',
      sides: [
        { file: H, quote: 'Of the confirmed cases, 71 are in Velbrun.', value: '71 (Velbrun)' },
        { file: B, quote: 'The VPHA counts 112 laboratory-confirmed cases.', value: '112 (city)' },
      ],
    },
    {
      id: 'schools-closed-shut', kind: 'numeric',
      summary: '"closed 11 schools" and "The 11 schools ... that were shut" say the same thing (synonyms).',
      sides: [
        { file: P, quote: 'City Hall closed 11 schools in Velbrun and Kessary on Wednesday.', value: '11' },
        { file: B, quote: 'The 11 schools in Velbrun and Kessary that were shut on Wednesday', value: '11' },
      ],
    },
    {
      id: 'supply-more-vs-about', kind: 'numeric',
      summary: '"more than 120,000 people" and "about 125,000 residents" supplied by the Orlek Waterworks are compatible approximations.',
      sides: [
        { file: P, quote: 'which treats water from the Tamber River for more than 120,000 people', value: '>120000' },
        { file: W, quote: 'which supplies about 125,000 residents of Vireska', value: '~125000' },
      ],
    },
    {
      id: 'taps-words-digits', kind: 'numeric',
      summary: '"12 taps" and "twelve taps" in Velbrun on Monday are the same laboratory sample, in digits and in words.',
      sides: [
        { file: H, quote: 'took samples from 12 taps in Velbrun on Monday 20 October', value: '12' },
        { file: W, quote: 'collected water from twelve taps in Velbrun on Monday 20 October', value: '12' },
      ],
    },
  ],
};
