// Hand-written gold source for the Kyzylsai border clash (invented event, Tarsia and Vardania,
// September 2025). build-gold.mjs turns it into ../gold/kyzylsai-strike.json.
const C = 'cna-wire.txt';
const T = 'tarsia24.md';
const V = 'mna-vardania.txt';
const L = 'eurasia-now-live.md';
const S = 'southern-messenger.md';

const tmod = 'tarsia-mod';
const vmod = 'vardania-mod';

export default {
  corpus: 'kyzylsai-strike',
  note: 'Invented event written for the project: on the night of 3-4 September 2025 fighting breaks out on the mountain border between the fictional states of Tarsia (capital Ulmara) and Vardania (capital Mirzabad), near the Tarsian village of Kyzylsai (spelled Qizilsoy by the Vardanian agency) and the Vardanian town of Nakhra. Five invented outlets: a wire story, Tarsian state television\'s web story, the Vardanian state agency, a foreign broadcaster\'s live blog and a Tarsian regional paper. The two sides disagree about when the fighting began and who fired first, Tarsian losses, captured soldiers, whether a drone was Vardanian, whether Vardanian troops hold Height 1420, whether the border was calm, and the number of civilians killed; the Tarsian ministry first said all its personnel were accounted for, then that two border guards were missing. Two bodies share a name here: the Tarsian and the Vardanian Ministry of Defence are separate actors, assigned by hand.',
  files: [C, L, V, S, T],
  meta: { [C]: [2, 3], [V]: [2, 3], [T]: [3] },

  actors: [
    // places
    { id: 'tarsia', name: 'Tarsia', type: 'place', forms: ['Tarsia'] },
    { id: 'vardania', name: 'Vardania', type: 'place', forms: ['Vardania'] },
    { id: 'ulmara', name: 'Ulmara', type: 'place', forms: ['Ulmara', 'ULMARA'], note: '"Ulmara says it is quiet", "claims from Ulmara", "Ask Ulmara": the capital used for the government, still a place' },
    { id: 'mirzabad', name: 'Mirzabad', type: 'place', forms: ['Mirzabad', 'MIRZABAD'] },
    { id: 'kyzylsai', name: 'Kyzylsai', type: 'place', forms: ['Kyzylsai', 'Qizilsoy'], note: 'the Vardanian agency spells it Qizilsoy' },
    { id: 'nakhra', name: 'Nakhra', type: 'place', forms: ['Nakhra'] },
    { id: 'sarybel', name: 'Sarybel', type: 'place', forms: ['Sarybel', 'SARYBEL'], note: 'the district centre (a town)' },
    { id: 'sarybel-district', name: 'Sarybel District', type: 'place', forms: ['Sarybel District'] },
    { id: 'ashkal-pass', name: 'Ashkal Pass', type: 'place', forms: ['Ashkal Pass'] },
    { id: 'height-1420', name: 'Height 1420', type: 'place', forms: ['Height 1420'], note: 'a named ridge' },
    { id: 'border-post-14', name: 'Border Post 14', type: 'place', forms: ['Border Post 14'], note: 'a named military post (a facility), typed place' },
    // organizations
    { id: tmod, name: 'Ministry of Defence of Tarsia', type: 'organization', forms: ['Ministry of Defence', 'Defence Ministry'], note: 'same surface forms as the Vardanian ministry: every mention is assigned by hand' },
    { id: vmod, name: 'Ministry of Defence of Vardania', type: 'organization', forms: ['Ministry of Defence', 'Defence Ministry'], note: 'same surface forms as the Tarsian ministry: every mention is assigned by hand' },
    { id: 'vardania-fm', name: 'Foreign Ministry of Vardania', type: 'organization', forms: ['Foreign Ministry'] },
    { id: 'security-council', name: 'Security Council of Tarsia', type: 'organization', forms: ['Security Council'] },
    { id: 'mountain-brigade', name: '3rd Mountain Brigade', type: 'organization', forms: ['3rd Mountain Brigade'] },
    { id: 'frontier-guard', name: 'Frontier Guard Corps', type: 'organization', forms: ['Frontier Guard Corps'] },
    { id: 'chs', name: 'Council of Highland States', type: 'organization', forms: ['Council of Highland States', 'CHS'] },
    { id: 'red-crescent', name: 'Red Crescent Society of Tarsia', type: 'organization', forms: ['Red Crescent Society of Tarsia'] },
    { id: 'sarybel-hospital', name: 'Sarybel District Hospital', type: 'organization', forms: ['Sarybel District Hospital'] },
    { id: 'hsi', name: 'Highland Security Institute', type: 'organization', forms: ['Highland Security Institute'] },
    { id: 'cna', name: 'Caravan News Agency', type: 'organization', forms: ['Caravan News Agency', 'CNA'] },
    { id: 'mna', name: 'Mirzabad News Agency', type: 'organization', forms: ['Mirzabad News Agency', 'MNA'] },
    { id: 'tarsia24', name: 'Tarsia 24', type: 'organization', forms: ['Tarsia 24'] },
    { id: 'eurasia-now', name: 'Eurasia Now', type: 'organization', forms: ['Eurasia Now'] },
    { id: 'messenger', name: 'Southern Messenger', type: 'organization', forms: ['Southern Messenger', 'Messenger'] },
    // people
    { id: 'sultanbekov', name: 'Daniyar Sultanbekov', type: 'person', forms: ['Daniyar Sultanbekov', 'Sultanbekov'] },
    { id: 'omurzakov', name: 'Bakyt Omurzakov', type: 'person', forms: ['Bakyt Omurzakov', 'Omurzakov'] },
    { id: 'toktarov', name: 'Aibek Toktarov', type: 'person', forms: ['Aibek Toktarov'] },
    { id: 'nurpeisova', name: 'Saule Nurpeisova', type: 'person', forms: ['Saule Nurpeisova'] },
    { id: 'avetisyan', name: 'Narine Avetisyan', type: 'person', forms: ['Narine Avetisyan', 'Avetisyan'] },
    { id: 'rezai', name: 'Farhad Rezai', type: 'person', forms: ['Farhad Rezai', 'Rezai'] },
    { id: 'alavi', name: 'Kamran Alavi', type: 'person', forms: ['Kamran Alavi'] },
    { id: 'tabrizi', name: 'Reza Tabrizi', type: 'person', forms: ['Reza Tabrizi'] },
    { id: 'ekdahl', name: 'Lars Ekdahl', type: 'person', forms: ['Lars Ekdahl'] },
    { id: 'kowalczyk', name: 'Marta Kowalczyk', type: 'person', forms: ['Marta Kowalczyk'] },
    { id: 'bekov', name: 'Timur Bekov', type: 'person', forms: ['Timur Bekov'] },
    { id: 'tulegenov', name: 'Erzhan Tulegenov', type: 'person', forms: ['Erzhan Tulegenov'] },
    { id: 'kassymov', name: 'Nurbolat Kassymov', type: 'person', forms: ['Nurbolat Kassymov', 'Kassymov'] },
    { id: 'abenov', name: 'Yerlan Abenov', type: 'person', forms: ['Yerlan Abenov', 'Abenov'] },
    { id: 'ibraimova', name: 'Rosa Ibraimova', type: 'person', forms: ['Rosa Ibraimova'] },
    { id: 'dinara', name: 'Dinara', type: 'person', forms: ['Dinara'], note: 'a nurse named by first name only' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (ministry|district|village|town|district administration|district authorities)\\b', why: 'nominal reference to a named body or place (lowercase)' },
    { pattern: '\\bministry(?= spokes)', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b[Tt]he (colonel|head of state|head of the district|secretary-general)\\b', why: 'title used without a name' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: C, context: "Tarsia's Defence Ministry said in a statement", text: 'Defence Ministry', actor: tmod },
    { file: C, context: "Vardania's Defence Ministry gave", text: 'Defence Ministry', actor: vmod },
    { file: L, context: 'The Tarsian Ministry of Defence says', text: 'Ministry of Defence', actor: tmod },
    { file: L, context: "Vardania's Defence Ministry has repeated", text: 'Defence Ministry', actor: vmod },
    { file: L, context: "Tarsia's Defence Ministry says two border guards", text: 'Defence Ministry', actor: tmod },
    { file: L, context: "Tarsia's Ministry of Defence publishes", text: 'Ministry of Defence', actor: tmod },
    { file: V, context: 'the Ministry of Defence announced', text: 'Ministry of Defence', actor: vmod },
    { file: S, context: 'announced by the Ministry of Defence on Thursday', text: 'Ministry of Defence', actor: tmod },
    { file: S, context: 'The Ministry of Defence has so far', text: 'Ministry of Defence', actor: tmod },
    { file: T, context: 'the Ministry of Defence has said', text: 'Ministry of Defence', actor: tmod },
    { file: T, context: 'Defence Ministry spokesman Col.', text: 'Defence Ministry', actor: tmod },
    { file: T, context: 'The Ministry of Defence said on Thursday evening', text: 'Ministry of Defence', actor: tmod },
  ],

  claims: [
    { file: C, speaker: 'Daniyar Sultanbekov', cue: 'told reporters in Ulmara', quote: 'This was an unprovoked attack on Tarsian soil. Vardanian forces fired first, and they fired at a village full of sleeping families' },
    { file: C, speaker: 'Narine Avetisyan', cue: 'said in Mirzabad', quote: 'Vardanian forces killed "at least 15" Tarsian servicemen and captured three' },
    { file: C, speaker: 'Daniyar Sultanbekov', cue: 'Sultanbekov said', quote: 'No Tarsian serviceman is in Vardanian hands' },
    { file: C, speaker: 'Lars Ekdahl', cue: 'said', quote: 'he was "deeply alarmed" and offered to send monitors' },
    { file: T, speaker: 'Daniyar Sultanbekov', cue: 'said at a briefing in Ulmara', quote: "The drone was launched by the Vardanian army's 3rd Mountain Brigade from positions above Nakhra" },
    { file: T, speaker: 'Bakyt Omurzakov', cue: 'Omurzakov said', quote: 'Not one centimetre of Tarsian land will remain under occupation' },
    { file: T, speaker: 'Daniyar Sultanbekov', cue: 'he added', quote: 'All our personnel are accounted for' },
    { file: V, speaker: 'Narine Avetisyan', cue: 'said at a press conference', quote: 'The Tarsian side fired first. Our soldiers defended their post and the sovereign territory of Vardania' },
    { file: V, speaker: 'Narine Avetisyan', cue: 'she said', quote: 'Vardanian forces did not use unmanned aircraft at any time during the night' },
    { file: V, speaker: 'Farhad Rezai', cue: 'Rezai said', quote: 'Vardania does not seek conflict with anyone, but our borders are not a corridor for adventurers' },
    { file: V, speaker: 'Reza Tabrizi', cue: 'said', quote: 'Vardania was ready to return the captured men "within the framework of a comprehensive settlement"' },
    { file: L, speaker: 'Marta Kowalczyk', cue: 'says', quote: 'fresh vehicle tracks and what look like new firing positions' },
    { file: S, speaker: 'Nurbolat Kassymov', cue: 'said', quote: "At ten o'clock at night the windows were still shaking" },
    { file: S, speaker: 'Yerlan Abenov', cue: 'told the Messenger', quote: 'three civilians from Kyzylsai had been killed' },
    { file: S, speaker: 'Dinara', cue: 'said', quote: 'the hospital had received “a lot of boys from the border”' },
  ],

  contradictions: [
    {
      id: 'start-time', level: 'core', kind: 'temporal',
      summary: 'When the fighting began: Tarsia says at 2:15 a.m. Thursday with a drone strike on Border Post 14 (the border quiet until then); Vardania says at 11:40 p.m. Wednesday with a Tarsian incursion at the Ashkal Pass.',
      sides: [
        { file: C, quote: 'a Vardanian drone struck Border Post 14, near the village of Kyzylsai, at 2:15 a.m. on Thursday', value: 'Thu 02:15', speaker: 'Ministry of Defence of Tarsia', camp: 'A' },
        { file: T, quote: 'The border was quiet until the drone struck', value: 'Thu 02:15', speaker: 'Ministry of Defence of Tarsia', camp: 'A' },
        { file: L, quote: 'Tarsia says the fighting began at 2:15 a.m. Thursday with a Vardanian drone strike', value: 'Thu 02:15', camp: 'A' },
        { file: C, quote: 'a Tarsian unit had crossed the border at the Ashkal Pass at 11:40 p.m. on Wednesday', value: 'Wed 23:40', speaker: 'Ministry of Defence of Vardania', camp: 'B' },
        { file: V, quote: 'crossed the state border at the Ashkal Pass at 11:40 p.m. on Wednesday', value: 'Wed 23:40', speaker: 'Ministry of Defence of Vardania', camp: 'B' },
        { file: L, quote: 'Vardania says it began at 11:40 p.m. Wednesday with a Tarsian incursion', value: 'Wed 23:40', camp: 'B' },
      ],
    },
    {
      id: 'who-fired-first', level: 'core', kind: 'attribution',
      summary: 'Who fired first: each side credits the first shots to the other.',
      sides: [
        { file: C, quote: 'Vardanian forces fired first, and they fired at a village full of sleeping families', speaker: 'Daniyar Sultanbekov', camp: 'A' },
        { file: T, quote: 'dismissing Vardanian claims of an earlier clash at the Ashkal Pass as "pure invention"', speaker: 'Ministry of Defence of Tarsia', camp: 'A' },
        { file: V, quote: 'The Tarsian side fired first.', speaker: 'Narine Avetisyan', camp: 'B' },
        { file: V, quote: 'opened fire on a Vardanian Frontier Guard Corps outpost with machine guns and grenade launchers', speaker: 'Ministry of Defence of Vardania', camp: 'B' },
      ],
    },
    {
      id: 'tarsian-soldiers-killed', level: 'core', kind: 'numeric',
      summary: 'Tarsian soldiers killed: Tarsia says four; Vardania says its forces killed at least 15 Tarsian servicemen.',
      sides: [
        { file: T, quote: 'Four Tarsian servicemen and two civilians were killed when a Vardanian military drone struck Border Post 14', value: '4', speaker: 'Ministry of Defence of Tarsia', camp: 'A' },
        { file: L, quote: 'Tarsia says four soldiers and two civilians were killed.', value: '4', camp: 'A' },
        { file: C, quote: 'Vardanian forces killed "at least 15" Tarsian servicemen', value: '>=15', speaker: 'Narine Avetisyan', camp: 'B' },
        { file: V, quote: 'killing at least 15 attackers and capturing three', value: '>=15', speaker: 'Ministry of Defence of Vardania', camp: 'B' },
        { file: L, quote: 'Vardania says its forces killed at least 15 Tarsian servicemen.', value: '>=15', camp: 'B' },
      ],
    },
    {
      id: 'captured-soldiers', level: 'core', kind: 'polarity',
      summary: 'Vardania says it captured three Tarsian servicemen (naming Sgt. Timur Bekov, with a video); Tarsia denies that any of its soldiers is a prisoner.',
      sides: [
        { file: V, quote: 'The three captured Tarsian servicemen, among them a sergeant, Timur Bekov', speaker: 'Narine Avetisyan', camp: 'A' },
        { file: L, quote: 'Vardania says it holds three Tarsian prisoners.', camp: 'A' },
        { file: C, quote: 'No Tarsian serviceman is in Vardanian hands', speaker: 'Daniyar Sultanbekov', camp: 'B' },
        { file: T, quote: 'No Tarsian serviceman has been taken prisoner.', speaker: 'Daniyar Sultanbekov', camp: 'B' },
        { file: C, quote: 'Tarsian officials denied that any of their soldiers had been captured.', camp: 'B' },
      ],
    },
    {
      id: 'height-1420', level: 'secondary', kind: 'polarity',
      summary: 'Tarsia and villagers say Vardanian troops are dug in on Height 1420 inside Tarsia; Vardania says no Vardanian soldier is on Tarsian soil and its forces never crossed the border.',
      sides: [
        { file: T, quote: 'Vardanian troops had advanced about two kilometres into Tarsian territory during the night and were dug in on Height 1420', speaker: 'Bakyt Omurzakov', camp: 'A' },
        { file: S, quote: 'Villagers say Vardanian soldiers are still dug in on it.', speaker: 'villagers of Kyzylsai', camp: 'A' },
        { file: V, quote: 'Not a single Vardanian soldier is on Tarsian soil', speaker: 'Narine Avetisyan', camp: 'B' },
        { file: C, quote: 'Avetisyan said Vardanian forces "did not cross the border at any point"', speaker: 'Narine Avetisyan', camp: 'B' },
      ],
    },
    {
      id: 'drone-origin', level: 'secondary', kind: 'attribution',
      summary: 'Whose drone hit Border Post 14: Tarsia says it was launched by the Vardanian army\'s 3rd Mountain Brigade; Vardania says it used no drones and that any drone most likely belonged to criminal smuggling groups.',
      sides: [
        { file: T, quote: "The drone was launched by the Vardanian army's 3rd Mountain Brigade from positions above Nakhra", speaker: 'Daniyar Sultanbekov', camp: 'A' },
        { file: L, quote: 'the tail section of a Vardanian drone, found near Border Post 14', speaker: 'Ministry of Defence of Tarsia', camp: 'A' },
        { file: V, quote: 'it most likely belonged to the criminal smuggling groups that have operated in the Ashkal Pass for years', speaker: 'Narine Avetisyan', camp: 'B' },
        { file: V, quote: 'Vardanian forces did not use unmanned aircraft at any time during the night', speaker: 'Narine Avetisyan', camp: 'B' },
        { file: L, quote: 'Vardanian forces "did not use unmanned aircraft at any time during the night"', speaker: 'Narine Avetisyan', camp: 'B' },
      ],
    },
    {
      id: 'border-calm', level: 'secondary', kind: 'status',
      summary: 'At 5 p.m. on Thursday the Tarsian spokesman calls the border calm and fully under control; residents say artillery fire could still be heard around 6 p.m. and the shelling went on until late evening.',
      sides: [
        { file: T, quote: 'the situation on the border was “calm and fully under control”', speaker: 'Daniyar Sultanbekov', camp: 'A' },
        { file: L, quote: 'Col. Sultanbekov says the border is "calm and fully under control"', speaker: 'Daniyar Sultanbekov', camp: 'A' },
        { file: C, quote: 'artillery fire could still be heard at about 6 p.m. on Thursday', speaker: 'residents of Kyzylsai', camp: 'B' },
        { file: S, quote: 'The shelling went on until late on Thursday evening, residents of Kyzylsai say', speaker: 'residents of Kyzylsai', camp: 'B' },
        { file: S, quote: "At ten o'clock at night the windows were still shaking", speaker: 'Nurbolat Kassymov', camp: 'B' },
      ],
    },
    {
      id: 'civilians-killed', level: 'secondary', kind: 'numeric',
      summary: 'Civilians killed at Kyzylsai: the Tarsian defence ministry says two (a shepherd and his son); the district head says three (adding Rosa Ibraimova).',
      sides: [
        { file: T, quote: 'The two civilians killed were a shepherd, Erzhan Tulegenov, 63, and his 17-year-old son', value: '2', speaker: 'Ministry of Defence of Tarsia', camp: 'A' },
        { file: L, quote: 'It has not changed its toll of four servicemen and two civilians killed.', value: '2', speaker: 'Ministry of Defence of Tarsia', camp: 'A' },
        { file: S, quote: 'three civilians from Kyzylsai had been killed', value: '3', speaker: 'Yerlan Abenov', camp: 'B' },
        { file: S, quote: 'Three people from this village are dead.', value: '3', speaker: 'Yerlan Abenov', camp: 'B' },
      ],
    },
    {
      id: 'missing-guards-revision', level: 'secondary', kind: 'polarity',
      revision: true,
      summary: 'A revision: the Tarsian spokesman said at 5 p.m. that all personnel were accounted for; at 21:55 the ministry said two border guards from Border Post 14 were unaccounted for.',
      sides: [
        { file: T, quote: '“All our personnel are accounted for,” he added.', speaker: 'Daniyar Sultanbekov', camp: 'A' },
        { file: T, quote: 'two border guards from Border Post 14 were unaccounted for', speaker: 'Ministry of Defence of Tarsia', camp: 'B' },
        { file: L, quote: "Tarsia's Defence Ministry says two border guards from Border Post 14 are unaccounted for.", speaker: 'Ministry of Defence of Tarsia', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'total-vs-soldiers', kind: 'numeric',
      summary: 'Six killed in all and four servicemen plus two civilians are the same toll split into sets.',
      sides: [
        { file: C, quote: 'killed six people, four soldiers and two civilians', value: '6 = 4 + 2' },
        { file: T, quote: 'four servicemen and two civilians killed', value: '4 soldiers, 2 civilians' },
      ],
    },
    {
      id: 'evacuated-rounding', kind: 'numeric',
      summary: '"some 3,000" evacuated and 3,120 evacuated are the same figure rounded.',
      sides: [
        { file: C, quote: 'Some 3,000 people have been moved out of villages near the border', value: '~3000' },
        { file: T, quote: 'have evacuated 3,120 residents from border villages', value: '3120' },
        { file: L, quote: 'Local officials say some 3,000 people have been evacuated.', value: '~3000' },
      ],
    },
    {
      id: 'village-vs-district', kind: 'numeric',
      summary: '1,200 evacuated from Kyzylsai and 3,120 from the whole of Sarybel District are different sets (a village within the district).',
      sides: [
        { file: S, quote: 'one of 1,200 residents of Kyzylsai who have been evacuated to Sarybel', value: '1200 (Kyzylsai)' },
        { file: S, quote: 'Across the whole of Sarybel District, 3,120 people have left their homes', value: '3120 (district)' },
      ],
    },
    {
      id: 'wounded-rises', kind: 'numeric',
      summary: 'The wounded rose from nine on Thursday to 11 on Friday, and the later post says so.',
      sides: [
        { file: T, quote: 'Nine servicemen were injured', value: '9 (Thu)' },
        { file: L, quote: 'the number of wounded servicemen has risen to 11, up from nine on Thursday', value: '11 (Fri)' },
      ],
    },
    {
      id: 'wounded-injured', kind: 'numeric',
      summary: '"Nine Tarsian soldiers were wounded" and "Nine servicemen were injured" say the same thing (synonyms).',
      sides: [
        { file: C, quote: 'Nine Tarsian soldiers were wounded', value: '9' },
        { file: T, quote: 'Nine servicemen were injured', value: '9' },
      ],
    },
    {
      id: 'unit-size', kind: 'numeric',
      summary: 'A unit of "about 40 men" and "more than 40 men" are compatible approximations from the same Vardanian source.',
      sides: [
        { file: V, quote: 'a Tarsian unit of about 40 men', value: '~40' },
        { file: L, quote: 'was "more than 40 men" strong', value: '>40' },
      ],
    },
    {
      id: 'different-sides-wounded', kind: 'numeric',
      summary: 'Two Vardanian guards lightly wounded and nine Tarsian soldiers wounded are figures for different sides.',
      sides: [
        { file: V, quote: 'Two Vardanian frontier guards were lightly wounded', value: '2 (Vardanian)' },
        { file: C, quote: 'Nine Tarsian soldiers were wounded', value: '9 (Tarsian)' },
      ],
    },
  ],
};
