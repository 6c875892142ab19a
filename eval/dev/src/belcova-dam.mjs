// Hand-written gold source for the Belcova Dam collapse (invented event, Karsenia, March 2025).
// build-gold.mjs turns it into ../gold/belcova-dam.json.
const N = 'northline-wire.txt';
const K = 'kbc-news.md';
const L = 'tamsin-courier-live.md';
const C = 'astrel-chronicle.md';
const T = 'karsenia-today.txt';

export default {
  corpus: 'belcova-dam',
  note: 'Invented event written for the project: a hydroelectric dam on the Irsa River in the fictional country of Karsenia gives way before dawn on Tuesday 11 March 2025, flooding the town of Zelenets (spelled Zelenec by the regional paper) and the village of Prisk. Five invented outlets: a wire story (day 1), a broadcaster web story and a regional live blog (day 2), a broadsheet analysis and a state-aligned story (day 3). The operator, the energy ministry, the emergency service and local officials disagree about the toll, the timing, the warnings and who ordered the spillway opened. The death toll rises 19 -> 27 -> 31 across the days (an update, not a contradiction); the governor\'s "at least 40" against the emergency service\'s 27 on the same day is a contradiction.',
  files: [C, K, T, N, L],
  meta: { [N]: [2, 3], [T]: [2, 3], [K]: [3] },

  actors: [
    // places
    { id: 'karsenia', name: 'Karsenia', type: 'place', forms: ['Karsenia'] },
    { id: 'astrel', name: 'Astrel', type: 'place', forms: ['Astrel'], note: 'the capital; "points the finger at Astrel" and "we wrote to Astrel" use the capital for the government (still a place, per the guidelines)' },
    { id: 'tamsin', name: 'Tamsin Province', type: 'place', forms: ['Tamsin Province', 'Tamsin'] },
    { id: 'zelenets', name: 'Zelenets', type: 'place', forms: ['Zelenets', 'ZELENETS', 'Zelenec'], note: 'the regional paper spells it Zelenec' },
    { id: 'prisk', name: 'Prisk', type: 'place', forms: ['Prisk'] },
    { id: 'hadrovo', name: 'Hadrovo', type: 'place', forms: ['Hadrovo', 'HADROVO'] },
    { id: 'old-mirovo', name: 'Old Mirovo', type: 'place', forms: ['Old Mirovo'] },
    { id: 'kamen', name: 'Kamen', type: 'place', forms: ['Kamen'] },
    { id: 'irsa', name: 'Irsa River', type: 'place', forms: ['Irsa River', 'Irsa'] },
    { id: 'belcova-dam', name: 'Belcova Dam', type: 'place', forms: ['Belcova Dam', 'Belcova'], note: 'a named dam (a facility) is typed place here; "Belcova" alone refers to the dam' },
    // organizations
    { id: 'ihc', name: 'Irsa Hydropower Company', type: 'organization', forms: ['Irsa Hydropower Company', 'IHC'] },
    { id: 'energy-ministry', name: 'Ministry of Energy and Water', type: 'organization', forms: ['Ministry of Energy and Water', 'Energy Ministry'] },
    { id: 'ses', name: 'State Emergency Service', type: 'organization', forms: ['State Emergency Service', 'SES'] },
    { id: 'prosecutor', name: "Prosecutor General's Office", type: 'organization', forms: ["Prosecutor General's Office"] },
    { id: 'national-assembly', name: 'National Assembly', type: 'organization', forms: ['National Assembly'] },
    { id: 'civic-renewal', name: 'Civic Renewal Party', type: 'organization', forms: ['Civic Renewal Party'] },
    { id: 'national-unity', name: 'National Unity Party', type: 'organization', forms: ['National Unity Party'] },
    { id: 'ksce', name: 'Karsenian Society of Civil Engineers', type: 'organization', forms: ['Karsenian Society of Civil Engineers', 'KSCE'] },
    { id: 'valley-relief', name: 'Valley Relief Network', type: 'organization', forms: ['Valley Relief Network'] },
    { id: 'zelenets-hospital', name: 'Zelenets District Hospital', type: 'organization', forms: ['Zelenets District Hospital'] },
    { id: 'astrel-hospital', name: 'University of Astrel Hospital', type: 'organization', forms: ['University of Astrel Hospital'] },
    { id: 'karsenhydromet', name: 'Karsenhydromet', type: 'organization', forms: ['Karsenhydromet'] },
    { id: 'radio-tamsin', name: 'Radio Tamsin', type: 'organization', forms: ['Radio Tamsin'] },
    { id: 'northline', name: 'Northline', type: 'organization', forms: ['Northline'] },
    { id: 'kbc', name: 'KBC News', type: 'organization', forms: ['KBC News', 'KBC'] },
    { id: 'courier', name: 'Tamsin Courier', type: 'organization', forms: ['Tamsin Courier', 'Courier'] },
    { id: 'chronicle', name: 'The Astrel Chronicle', type: 'organization', forms: ['The Astrel Chronicle', 'Chronicle'] },
    { id: 'karsenia-today', name: 'Karsenia Today', type: 'organization', forms: ['Karsenia Today'] },
    // people
    { id: 'wendel', name: 'Tomasz Wendel', type: 'person', forms: ['Tomasz Wendel'] },
    { id: 'ferhat', name: 'Nadia Ferhat', type: 'person', forms: ['Nadia Ferhat'] },
    { id: 'adilov', name: 'Rustam Adilov', type: 'person', forms: ['Rustam Adilov', 'Adilov'] },
    { id: 'soren', name: 'Emil Soren', type: 'person', forms: ['Emil Soren'] },
    { id: 'anselm', name: 'Viktor Anselm', type: 'person', forms: ['Viktor Anselm', 'Anselm'] },
    { id: 'dunca', name: 'Mirela Dunca', type: 'person', forms: ['Mirela Dunca', 'Dunca'] },
    { id: 'banks', name: 'Teodor Banks', type: 'person', forms: ['Teodor Banks', 'Banks'], note: 'surname is also a common noun; "the banks of the Irsa" and "burst its banks" are not mentions' },
    { id: 'pereira', name: 'Ana Pereira', type: 'person', forms: ['Ana Pereira'] },
    { id: 'sandor', name: 'Aurelio Sandor', type: 'person', forms: ['Aurelio Sandor', 'Sandor'] },
    { id: 'vukovic', name: 'Lena Vukovic', type: 'person', forms: ['Lena Vukovic'] },
    { id: 'haugen', name: 'Ingrid Haugen', type: 'person', forms: ['Ingrid Haugen'] },
    { id: 'novak', name: 'Jiří Novák', type: 'person', forms: ['Jiří Novák'] },
    { id: 'horvat', name: 'Milan Horvat', type: 'person', forms: ['Milan Horvat'] },
    { id: 'lisitsa', name: 'Vera Lisitsa', type: 'person', forms: ['Vera Lisitsa'] },
    { id: 'andrade', name: 'Felix Andrade', type: 'person', forms: ['Felix Andrade', 'Andrade'] },
    { id: 'dragica', name: 'Dragica', type: 'person', forms: ['Dragica'], note: 'a reader named by first name only' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (ministry|company|utility|operator|emergency service|regulator|service|government|charity|hospital)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: "(?<=(?:’s|'s) )ministry\\b", why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b[Tt]he (Prime Minister|governor|minister|head of the service)\\b', why: 'title used without a name' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: N, speaker: 'Irsa Hydropower Company', cue: 'the company said', quote: 'failed at approximately 4:40 a.m.' },
    { file: N, speaker: 'Tomasz Wendel', cue: 'said', quote: 'Our thoughts are with the families who have lost loved ones' },
    { file: N, speaker: 'Milan Horvat', cue: 'said', quote: 'Nobody came, nobody called. We heard no siren.' },
    { file: N, speaker: 'Aurelio Sandor', cue: 'said in a televised address', quote: 'Those responsible will answer for it, whoever they are' },
    { file: K, speaker: 'Mirela Dunca', cue: 'she said', quote: 'I have seen them with my own eyes. At least 40 people are dead, and I fear we will find more' },
    { file: K, speaker: 'Teodor Banks', cue: 'said', quote: 'no warning had reached the town before the water arrived' },
    { file: K, speaker: 'Lena Vukovic', cue: 'she told reporters', quote: 'This was not an act of God. This was an act of government' },
    { file: L, speaker: 'Viktor Anselm', cue: 'told reporters', quote: 'The confirmed number of dead is 27. Not a single person more' },
    { file: L, speaker: 'Irsa Hydropower Company', cue: 'the company says', quote: 'was taken on the instruction of the national dispatch centre of the Ministry of Energy and Water' },
    { file: L, speaker: 'Ana Pereira', cue: 'tells the Courier', quote: 'the lower town of Zelenec is “still a lake”' },
    { file: C, speaker: 'Nadia Ferhat', cue: 'said in a written reply', quote: 'At no point did the company receive any notification from the regulator of structural defects at Belcova' },
    { file: C, speaker: 'Emil Soren', cue: 'said', quote: 'The operator opened the gates on its own initiative, as it is entitled to do' },
    { file: C, speaker: 'Ingrid Haugen', cue: 'said', quote: 'You can manage a reservoir perfectly and still lose a dam that has been cracking for five years' },
    { file: T, speaker: 'Felix Andrade', cue: 'he said', quote: 'There is one official figure' },
    { file: T, speaker: 'Rustam Adilov', cue: 'he said', quote: 'The Belcova Dam was inspected regularly, in line with the law' },
  ],

  contradictions: [
    {
      id: 'death-toll-wednesday', level: 'core', kind: 'numeric',
      summary: 'On Wednesday the governor says at least 40 people died; the State Emergency Service says the confirmed toll is 27 and rejects the higher figure.',
      sides: [
        { file: K, quote: 'At least 40 people are dead, and I fear we will find more', value: '>=40 dead', speaker: 'Mirela Dunca', camp: 'A' },
        { file: L, quote: 'she believes at least 40 people have died, including 11 found by volunteers in Prisk', value: '>=40 dead', speaker: 'Mirela Dunca', camp: 'A' },
        { file: K, quote: 'The State Emergency Service puts the confirmed toll at 27.', value: '27 dead', speaker: 'State Emergency Service', camp: 'B' },
        { file: L, quote: 'The confirmed number of dead is 27. Not a single person more', value: '27 dead', speaker: 'Viktor Anselm', camp: 'B' },
      ],
    },
    {
      id: 'failure-time', level: 'core', kind: 'temporal',
      summary: 'The operator says the wall failed at 4:40 a.m.; residents put the arrival of the water in Zelenets, 8 km downstream, shortly after 2 a.m. (a video time-stamped 2:19 a.m.).',
      sides: [
        { file: N, quote: 'failed at approximately 4:40 a.m.', value: '04:40', speaker: 'Irsa Hydropower Company', camp: 'A' },
        { file: T, quote: 'the failure of the dam wall occurred at 4:40 a.m. on Tuesday', value: '04:40', speaker: 'Irsa Hydropower Company', camp: 'A' },
        { file: C, quote: 'Several said they were woken shortly after 2 a.m.', value: 'shortly after 02:00', speaker: 'residents of Zelenets and Prisk', camp: 'B' },
        { file: C, quote: 'one man showed reporters a phone video, time-stamped 2:19 a.m., of water pouring across the main square', value: '02:19', speaker: 'a resident', camp: 'B' },
      ],
    },
    {
      id: 'warning-sent', level: 'core', kind: 'polarity',
      summary: 'The operator says it alerted the Zelenets authorities within minutes (at 4:45 a.m.); the mayor says no warning of any kind reached the town.',
      sides: [
        { file: N, quote: 'it had alerted the municipal authorities in Zelenets and the SES "within minutes"', speaker: 'Irsa Hydropower Company', camp: 'A' },
        { file: T, quote: 'the company sent an alert to the Zelenets municipality and the emergency services at 4:45 a.m.', speaker: 'Irsa Hydropower Company', camp: 'A' },
        { file: K, quote: 'insists it alerted local authorities minutes after the structure failed', speaker: 'Irsa Hydropower Company', camp: 'A' },
        { file: K, quote: 'Mr Banks said no warning had reached the town before the water arrived', speaker: 'Teodor Banks', camp: 'B' },
        { file: C, quote: 'town hall had received no warning of any kind, by telephone or by siren', speaker: 'Teodor Banks', camp: 'B' },
      ],
    },
    {
      id: 'defects-notified', level: 'core', kind: 'polarity',
      summary: 'The energy ministry says it notified the operator in writing of defects (a letter of 14 November 2024); the operator denies ever receiving any notification of structural defects.',
      sides: [
        { file: C, quote: 'it had “formally notified the operator in writing of defects requiring urgent attention”', speaker: 'Ministry of Energy and Water', camp: 'A' },
        { file: L, quote: 'it warned the Irsa Hydropower Company in writing last November about cracks', speaker: 'Ministry of Energy and Water', camp: 'A' },
        { file: C, quote: 'At no point did the company receive any notification from the regulator of structural defects at Belcova', speaker: 'Nadia Ferhat', camp: 'B' },
      ],
    },
    {
      id: 'spillway-order', level: 'secondary', kind: 'attribution',
      summary: 'Who decided to open the spillway gates on Monday evening: the operator says the ministry\'s national dispatch centre ordered it; the ministry says the operator acted on its own initiative.',
      sides: [
        { file: L, quote: 'was taken on the instruction of the national dispatch centre of the Ministry of Energy and Water', speaker: 'Irsa Hydropower Company', camp: 'A' },
        { file: L, quote: "opened the spillway gates on Monday on the ministry's orders", speaker: 'Irsa Hydropower Company', camp: 'A' },
        { file: C, quote: 'The operator opened the gates on its own initiative, as it is entitled to do', speaker: 'Emil Soren', camp: 'B' },
      ],
    },
    {
      id: 'water-receded', level: 'secondary', kind: 'status',
      summary: 'On Thursday the state-aligned outlet says floodwaters have receded across Zelenets and residents are returning; the broadsheet reports much of the lower town still under water the same day.',
      sides: [
        { file: T, quote: 'Floodwaters have receded across Zelenets and the surrounding villages', camp: 'A' },
        { file: C, quote: 'much of the lower town of Zelenets remained under water on Thursday', camp: 'B' },
      ],
    },
    {
      id: 'inspection-revision', level: 'secondary', kind: 'temporal',
      summary: 'A revision: the energy minister first said the dam was inspected last year (2024) and found satisfactory, then acknowledged that the last full safety inspection was in 2019.',
      revision: true,
      sides: [
        { file: C, quote: 'the dam “was inspected last year and found to be in satisfactory condition”', value: '2024', speaker: 'Rustam Adilov', camp: 'A' },
        { file: C, quote: 'the last full safety inspection of the dam had been carried out in 2019', value: '2019', speaker: 'Rustam Adilov', camp: 'B' },
      ],
    },
    {
      id: 'begged-quote', level: 'secondary', kind: 'attribution',
      summary: 'The same quotation, "We begged them for years to fix that dam", is credited to Mayor Teodor Banks by the broadcaster and to councillor Ana Pereira by the broadsheet.',
      sides: [
        { file: K, quote: '“We begged them for years to fix that dam,” said Mayor Teodor Banks', speaker: 'Teodor Banks', camp: 'A' },
        { file: C, quote: '“We begged them for years to fix that dam,” she said, sitting in the town\'s only dry café', speaker: 'Ana Pereira', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rises', kind: 'numeric',
      summary: 'The death toll rose over time (19 on Tuesday, 27 on Wednesday, 31 on Thursday), and the later articles say so: an update, not a contradiction.',
      sides: [
        { file: N, quote: 'killing at least 19 people, the State Emergency Service (SES) said', value: '>=19 (Tue)' },
        { file: L, quote: '27 people are now confirmed dead, up from 19 last night', value: '27 (Wed)' },
        { file: C, quote: 'The confirmed death toll rose to 31 on Thursday morning, up from 27 a day earlier', value: '31 (Thu)' },
        { file: T, quote: 'the number of confirmed dead had reached 31', value: '31 (Thu)' },
      ],
    },
    {
      id: 'evacuated-rounding', kind: 'numeric',
      summary: '11,840 evacuated and "nearly 12,000" forced from their homes are the same figure rounded.',
      sides: [
        { file: N, quote: 'It said 11,840 residents had been evacuated', value: '11840' },
        { file: K, quote: 'Nearly 12,000 people have been forced from their homes', value: '~12000' },
      ],
    },
    {
      id: 'injured-synonyms', kind: 'numeric',
      summary: '"more than 200 wounded" and "216 people being treated for injuries" are compatible (wounded/injured, more than 200 vs 216).',
      sides: [
        { file: N, quote: 'more than 200 had been wounded', value: '>200' },
        { file: K, quote: '216 people are being treated for injuries', value: '216' },
        { file: L, quote: 'More than 200 people have been injured, it says.', value: '>200' },
      ],
    },
    {
      id: 'missing-about-vs-more', kind: 'numeric',
      summary: '"More than 60 people were missing" (Tuesday) and "some 60 people are still unaccounted for" (Wednesday) are compatible approximations.',
      sides: [
        { file: N, quote: 'More than 60 people were missing', value: '>60' },
        { file: L, quote: 'Some 60 people are still unaccounted for, most of them from Prisk', value: '~60' },
      ],
    },
    {
      id: 'town-vs-province-dead', kind: 'numeric',
      summary: '14 dead in Zelenets and 31 dead overall are figures for different sets (one town vs the whole flood zone).',
      sides: [
        { file: C, quote: 'Fourteen of the dead were from Zelenets itself', value: '14 (Zelenets)' },
        { file: T, quote: 'the number of confirmed dead had reached 31', value: '31 (all)' },
      ],
    },
    {
      id: 'homes-town-vs-province', kind: 'numeric',
      summary: '340 homes destroyed in Zelenets and more than 1,100 houses damaged or destroyed across Tamsin Province are different sets (town vs province; destroyed vs damaged or destroyed).',
      sides: [
        { file: T, quote: '340 homes were destroyed in Zelenets alone', value: '340 (Zelenets)' },
        { file: T, quote: 'more than 1,100 houses across Tamsin Province were damaged or destroyed', value: '>1100 (province)' },
      ],
    },
    {
      id: 'intensive-care-falls', kind: 'numeric',
      summary: 'Nine patients in intensive care on Thursday, down from 14 on Tuesday: a change over time, stated as such.',
      sides: [
        { file: T, quote: 'nine patients transferred from the flood zone remained in intensive care', value: '9 (Thu)' },
        { file: T, quote: 'down from 14 on Tuesday', value: '14 (Tue)' },
      ],
    },
  ],
};
