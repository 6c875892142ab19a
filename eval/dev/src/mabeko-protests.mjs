// Hand-written gold source for the Mabeko post-election protest crackdown
// (invented event, Kanduma, October 2025). build-gold.mjs turns it into ../gold/mabeko-protests.json.
const M = 'mpa-wire.txt';
const S = 'mabeko-standard-live.md';
const A = 'abn-news.md';
const H = 'national-herald.txt';
const R = 'continental-review.md';

export default {
  corpus: 'mabeko-protests',
  note: 'Invented event written for the project: after a disputed presidential run-off in the fictional country of Kanduma, security forces break up an opposition rally at Unity Square in the capital Mabeko on Friday 24 October 2025, and the opposition leader Amina Kallon disappears. Five invented outlets: an independent daily\'s live blog (Friday), a wire update and a broadcaster web story (Saturday), a state-aligned paper (Sunday) and a foreign analysis (Monday). Organisers and police disagree about the crowd, the time the dispersal began, the dead, live ammunition, the arrests, who burned the Kiseni police station (spelled Kisenyi by the live blog) and where Kallon is; the police spokesman (Touré, spelled Toure by the state-aligned paper) first said no one was killed, then two. The doctors\' toll rising from seven to nine is an update, not a contradiction.',
  files: [A, R, S, M, H],
  meta: { [M]: [2, 3], [H]: [2, 3], [A]: [3] },

  actors: [
    // places
    { id: 'kanduma', name: 'Kanduma', type: 'place', forms: ['Kanduma'] },
    { id: 'mabeko', name: 'Mabeko', type: 'place', forms: ['Mabeko', 'MABEKO'] },
    { id: 'kiseni', name: 'Kiseni', type: 'place', forms: ['Kiseni', 'Kisenyi'], note: 'the live blog spells it Kisenyi' },
    { id: 'unity-square', name: 'Unity Square', type: 'place', forms: ['Unity Square'] },
    { id: 'independence-avenue', name: 'Independence Avenue', type: 'place', forms: ['Independence Avenue'] },
    { id: 'harbour-road', name: 'Harbour Road', type: 'place', forms: ['Harbour Road'] },
    { id: 'dorvia', name: 'Dorvia', type: 'place', forms: ['Dorvia'] },
    { id: 'lower-ruvu', name: 'Lower Ruvu', type: 'place', forms: ['Lower Ruvu'] },
    // organizations
    { id: 'ucf', name: "United Citizens' Front", type: 'organization', forms: ["United Citizens' Front", 'UCF'] },
    { id: 'npa', name: 'National Progress Alliance', type: 'organization', forms: ['National Progress Alliance', 'NPA'] },
    { id: 'progress-youth', name: 'Progress Youth', type: 'organization', forms: ['Progress Youth'] },
    { id: 'knps', name: 'Kanduma National Police Service', type: 'organization', forms: ['Kanduma National Police Service', 'KNPS'] },
    { id: 'dci', name: 'Directorate of Criminal Investigations', type: 'organization', forms: ['Directorate of Criminal Investigations', 'DCI'] },
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'] },
    { id: 'iec', name: 'Independent Electoral Commission', type: 'organization', forms: ['Independent Electoral Commission', 'IEC'] },
    { id: 'kma', name: 'Kanduma Medical Association', type: 'organization', forms: ['Kanduma Medical Association', 'KMA'] },
    { id: 'ccf', name: 'Centre for Civic Freedoms', type: 'organization', forms: ['Centre for Civic Freedoms', 'CCF'] },
    { id: 'csc', name: 'Coastal States Community', type: 'organization', forms: ['Coastal States Community', 'CSC'] },
    { id: 'high-court', name: 'High Court', type: 'organization', forms: ['High Court'] },
    { id: 'mabeko-general', name: 'Mabeko General Hospital', type: 'organization', forms: ['Mabeko General Hospital'] },
    { id: 'st-annes', name: "St. Anne's Mission Hospital", type: 'organization', forms: ["St. Anne's Mission Hospital", "St Anne's Mission Hospital"], note: "the 's belongs to the name here" },
    { id: 'chamber', name: 'Mabeko Chamber of Commerce', type: 'organization', forms: ['Mabeko Chamber of Commerce'] },
    { id: 'port-amara-univ', name: 'University of Port Amara', type: 'organization', forms: ['University of Port Amara'] },
    { id: 'mpa', name: 'Meridian Press Agency', type: 'organization', forms: ['Meridian Press Agency', 'MPA'] },
    { id: 'abn', name: 'ABN News', type: 'organization', forms: ['ABN News', 'ABN'] },
    { id: 'standard', name: 'The Mabeko Standard', type: 'organization', forms: ['The Mabeko Standard', 'Standard'] },
    { id: 'herald', name: 'The National Herald', type: 'organization', forms: ['The National Herald'] },
    { id: 'review', name: 'The Continental Review', type: 'organization', forms: ['The Continental Review', 'Review'] },
    // people
    { id: 'kallon', name: 'Amina Kallon', type: 'person', forms: ['Amina Kallon', 'Kallon'] },
    { id: 'adebayo-mensah', name: 'Joseph Adebayo-Mensah', type: 'person', forms: ['Joseph Adebayo-Mensah', 'Adebayo-Mensah'] },
    { id: 'ndoria', name: 'Emmanuel Ndoria', type: 'person', forms: ['Emmanuel Ndoria', 'Ndoria'] },
    { id: 'toure', name: 'Ibrahim Touré', type: 'person', forms: ['Ibrahim Touré', 'Touré', 'Ibrahim Toure'], note: 'the state-aligned paper spells it Toure' },
    { id: 'obua', name: 'Patrice Obua', type: 'person', forms: ['Patrice Obua', 'Obua'] },
    { id: 'adeyemi', name: 'Felix Adeyemi', type: 'person', forms: ['Felix Adeyemi'] },
    { id: 'mbarga', name: 'Liliane Mbarga', type: 'person', forms: ['Liliane Mbarga', 'Mbarga'] },
    { id: 'halloran', name: 'Miriam Halloran', type: 'person', forms: ['Miriam Halloran'] },
    { id: 'wanjiru', name: 'Lucy Wanjiru', type: 'person', forms: ['Lucy Wanjiru'] },
    { id: 'ferreira', name: 'Daniel Ferreira', type: 'person', forms: ['Daniel Ferreira', 'Ferreira'] },
    { id: 'okafor', name: 'Thomas Okafor', type: 'person', forms: ['Thomas Okafor'] },
    { id: 'kiprop', name: 'Samuel Kiprop', type: 'person', forms: ['Samuel Kiprop'] },
    { id: 'osei-bonsu', name: 'Abena Osei-Bonsu', type: 'person', forms: ['Abena Osei-Bonsu'] },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (police(?! station)|ministry|government|association|group|party|ruling party|regional bloc|minister)\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\b(?:Her|her|His|his) party\\b', why: 'nominal reference to a named body (lowercase)' },
    { pattern: "(?<=Kanduma's )police\\b", why: 'nominal reference to a named body (lowercase)' },
    { pattern: '\\bPolice(?= (say|said|put|deny|insist)\\b)', why: 'nominal reference to a named body (common noun, capitalised at sentence start)' },
    { pattern: '\\bthe president\\b', why: 'title used without a name' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: M, context: 'UPDATE 2-Kanduma police', text: 'Kanduma', actor: 'kanduma', why: 'wire slug "UPDATE 2-" followed by the headline: Kanduma is a standalone mention, not a hyphenated modifier' },
  ],

  claims: [
    { file: M, speaker: 'Ibrahim Touré', cue: 'had said on Friday evening', quote: 'no one was killed' },
    { file: M, speaker: 'Ibrahim Touré', cue: 'Touré said', quote: 'Not a single live round was fired by the police. Our officers used tear gas and water cannon, in line with the law' },
    { file: M, speaker: 'Kanduma Medical Association', cue: 'said in a statement', quote: 'nine people had been killed and that most of the dead had gunshot wounds' },
    { file: M, speaker: 'Lucy Wanjiru', cue: 'said', quote: 'We have X-rays with bullets in them. You do not get a bullet in a stampede' },
    { file: M, speaker: 'Ibrahim Touré', cue: 'Touré said', quote: 'She is not in police custody, and she is not at the DCI' },
    { file: S, speaker: 'Amina Kallon', cue: 'she tells the crowd', quote: 'They stole your vote on Sunday' },
    { file: S, speaker: 'Joseph Adebayo-Mensah', cue: 'speaking by phone', quote: 'More than 200,000 people came here peacefully, and they were met with bullets.' },
    { file: S, speaker: 'Patrice Obua', cue: 'on state television', quote: 'The police acted with restraint. There was no live fire.' },
    { file: A, speaker: 'Lucy Wanjiru', cue: 'she said', quote: 'These are not rubber bullets. These are live rounds, fired at people who were running away' },
    { file: A, speaker: 'Liliane Mbarga', cue: 'told ABN', quote: 'Ms Kallon had "crossed into Dorvia" overnight "to avoid answering for the violence she incited"' },
    { file: A, speaker: 'Thomas Okafor', cue: 'he said', quote: 'If she were free, she would have called her children' },
    { file: H, speaker: 'Patrice Obua', cue: 'Obua said', quote: 'No protester lost his life at the hands of the police' },
    { file: H, speaker: 'Ibrahim Touré', cue: 'According to police spokesman', quote: 'the police station in Kiseni was attacked by "organised groups of UCF militants armed with petrol bombs and machetes"' },
    { file: R, speaker: 'Daniel Ferreira', cue: 'Ferreira said', quote: 'Every one of these people was killed by a bullet' },
    { file: R, speaker: 'Abena Osei-Bonsu', cue: 'she said', quote: 'In Kanduma, the president speaks when he wants credit' },
  ],

  contradictions: [
    {
      id: 'crowd-size', level: 'core', kind: 'numeric',
      summary: 'Size of Friday\'s crowd: the organisers say more than 200,000; the police say about 8,000 (never more than 8,000).',
      sides: [
        { file: M, quote: "The UCF said more than 200,000 people had joined Friday's rally", value: '>200000', speaker: "United Citizens' Front", camp: 'A' },
        { file: S, quote: 'More than 200,000 people came here peacefully', value: '>200000', speaker: 'Joseph Adebayo-Mensah', camp: 'A' },
        { file: R, quote: 'says more than 200,000 people answered its call', value: '>200000', speaker: "United Citizens' Front", camp: 'A' },
        { file: M, quote: 'Police put the crowd at about 8,000', value: '~8000', speaker: 'police', camp: 'B' },
        { file: S, quote: 'the crowd "never exceeded 8,000"', value: '<=8000', speaker: 'Ibrahim Touré', camp: 'B' },
        { file: H, quote: 'The police put the size of the crowd at about 8,000', value: '~8000', speaker: 'police', camp: 'B' },
        { file: R, quote: 'the Kanduma National Police Service (KNPS) says about 8,000', value: '~8000', speaker: 'Kanduma National Police Service', camp: 'B' },
      ],
    },
    {
      id: 'deaths', level: 'core', kind: 'numeric',
      summary: 'How many people died: doctors and the rights group say nine (seven on Friday night), most or all shot; the police say two, in a stampede (and on Friday night, none).',
      sides: [
        { file: M, quote: 'nine people had been killed and that most of the dead had gunshot wounds', value: '9', speaker: 'Kanduma Medical Association', camp: 'A' },
        { file: A, quote: 'Doctors in Kanduma say nine people were killed', value: '9', speaker: 'Kanduma Medical Association', camp: 'A' },
        { file: R, quote: 'has documented nine deaths, six of them in Kiseni', value: '9', speaker: 'Centre for Civic Freedoms', camp: 'A' },
        { file: S, quote: 'at least seven people have been killed', value: '>=7 (Friday night)', speaker: 'Kanduma Medical Association', camp: 'A' },
        { file: M, quote: 'Touré told reporters that two people had died "in a stampede caused by the organisers"', value: '2', speaker: 'Ibrahim Touré', camp: 'B' },
        { file: A, quote: 'Police say two people died, in a stampede.', value: '2', speaker: 'police', camp: 'B' },
        { file: H, quote: 'The minister said two people had died in a stampede', value: '2', speaker: 'Patrice Obua', camp: 'B' },
        { file: S, quote: 'No one was killed. These are rumours spread by people who want chaos.', value: '0 (Friday night)', speaker: 'Ibrahim Touré', camp: 'B' },
      ],
    },
    {
      id: 'live-ammunition', level: 'core', kind: 'polarity',
      summary: 'The police and the interior minister deny that any live round was fired; doctors and the rights group say the victims were shot with live ammunition.',
      sides: [
        { file: M, quote: 'Not a single live round was fired by the police', speaker: 'Ibrahim Touré', camp: 'A' },
        { file: H, quote: 'Not one live bullet was fired.', speaker: 'Patrice Obua', camp: 'A' },
        { file: S, quote: 'There was no live fire.', speaker: 'Patrice Obua', camp: 'A' },
        { file: A, quote: 'These are live rounds, fired at people who were running away', speaker: 'Lucy Wanjiru', camp: 'B' },
        { file: M, quote: 'We have X-rays with bullets in them. You do not get a bullet in a stampede', speaker: 'Lucy Wanjiru', camp: 'B' },
        { file: R, quote: 'Every one of these people was killed by a bullet', speaker: 'Daniel Ferreira', camp: 'B' },
      ],
    },
    {
      id: 'kallon-custody', level: 'core', kind: 'polarity',
      summary: 'Where Amina Kallon is: her party says she is held by the Directorate of Criminal Investigations; the police deny holding her and the government says she fled to Dorvia.',
      sides: [
        { file: M, quote: 'was being held at the headquarters of the Directorate of Criminal Investigations (DCI)', speaker: "United Citizens' Front", camp: 'A' },
        { file: A, quote: 'she is being held by the Directorate of Criminal Investigations', speaker: "United Citizens' Front", camp: 'A' },
        { file: R, quote: 'is being held at the headquarters of the Directorate of Criminal Investigations (DCI) on Harbour Road', speaker: "United Citizens' Front", camp: 'A' },
        { file: M, quote: 'She is not in police custody, and she is not at the DCI', speaker: 'Ibrahim Touré', camp: 'B' },
        { file: A, quote: 'Police deny holding her.', speaker: 'police', camp: 'B' },
        { file: H, quote: 'had fled across the border to Dorvia', speaker: 'Liliane Mbarga', camp: 'B' },
        { file: A, quote: 'Ms Kallon had "crossed into Dorvia" overnight', speaker: 'Liliane Mbarga', camp: 'B' },
      ],
    },
    {
      id: 'police-station-fire', level: 'secondary', kind: 'attribution',
      summary: 'Who set fire to the Kiseni police station: the police and state media say UCF militants; residents and a CCF researcher describe plain-clothes men in NPA-branded trucks and name the ruling party\'s youth wing, Progress Youth.',
      sides: [
        { file: H, quote: 'the police station in Kiseni was attacked by "organised groups of UCF militants armed with petrol bombs and machetes"', speaker: 'Ibrahim Touré', camp: 'A' },
        { file: R, quote: 'have blamed the burning of the Kiseni police station on UCF militants', speaker: 'state media', camp: 'A' },
        { file: R, quote: 'a group of about 30 men in plain clothes who arrived in two NPA-branded pick-up trucks', speaker: 'residents and a CCF researcher', camp: 'B' },
        { file: R, quote: 'They were Progress Youth. Everyone here knows their faces', speaker: 'a shopkeeper', camp: 'B' },
      ],
    },
    {
      id: 'dispersal-time', level: 'secondary', kind: 'temporal',
      summary: 'When the dispersal began: the police say only after the permit expired at 6 p.m.; reporters and verified video put the first tear gas shortly after 2 p.m. (14:05 in the live blog).',
      sides: [
        { file: M, quote: "Police said the dispersal began only after the rally's permit expired at 6 p.m.", value: '18:00', speaker: 'police', camp: 'A' },
        { file: H, quote: 'was dispersed only after organisers refused to leave Unity Square when the permit expired', value: '18:00', speaker: 'police', camp: 'A' },
        { file: R, quote: "officers moved in only after the rally's permit expired at 6 p.m.", value: '18:00', speaker: 'police', camp: 'A' },
        { file: M, quote: 'Security forces moved against the crowd shortly after 2 p.m.', value: 'shortly after 14:00', camp: 'B' },
        { file: S, quote: 'police in armoured vehicles have begun firing canisters into the crowd', value: '14:05', camp: 'B' },
        { file: R, quote: 'shows tear gas being fired into the square shortly after 2 p.m.', value: 'shortly after 14:00', camp: 'B' },
      ],
    },
    {
      id: 'saturday-calm', level: 'secondary', kind: 'status',
      summary: 'Saturday in the capital: the state-aligned paper says calm returned to Mabeko; the wire reports sporadic clashes continuing in Kiseni, a district of Mabeko, the same day.',
      sides: [
        { file: H, quote: 'Calm returned to Mabeko on Saturday as shops reopened', camp: 'A' },
        { file: M, quote: 'Sporadic clashes continued on Saturday in Kiseni', camp: 'B' },
      ],
    },
    {
      id: 'arrests', level: 'secondary', kind: 'numeric',
      summary: 'How many were detained: the police say 312; the UCF says more than 1,000.',
      sides: [
        { file: A, quote: 'Police say 312 people have been arrested.', value: '312', speaker: 'police', camp: 'A' },
        { file: R, quote: 'Police say 312 people were detained over the weekend', value: '312', speaker: 'police', camp: 'A' },
        { file: M, quote: '312 people had been arrested for offences including arson', value: '312', speaker: 'Ibrahim Touré', camp: 'A' },
        { file: A, quote: 'The UCF says more than 1,000 of its supporters have been detained since Friday.', value: '>1000', speaker: "United Citizens' Front", camp: 'B' },
        { file: R, quote: 'the UCF puts the number at more than 1,000', value: '>1000', speaker: "United Citizens' Front", camp: 'B' },
      ],
    },
    {
      id: 'toure-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the police spokesman said on Friday evening that no one was killed, then on Saturday that two people had died.',
      sides: [
        { file: M, quote: 'Touré had said on Friday evening that "no one was killed"', value: '0', speaker: 'Ibrahim Touré', camp: 'A' },
        { file: S, quote: 'No one was killed. These are rumours spread by people who want chaos.', value: '0', speaker: 'Ibrahim Touré', camp: 'A' },
        { file: M, quote: 'Touré told reporters that two people had died "in a stampede caused by the organisers"', value: '2', speaker: 'Ibrahim Touré', camp: 'B' },
        { file: R, quote: 'The police, who on Friday night said no one had been killed, now say that two people died in a stampede.', speaker: 'police', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'vote-share-rounding', kind: 'numeric',
      summary: '"nearly 53 percent" and 52.8 percent are the same result rounded.',
      sides: [
        { file: A, quote: 'with nearly 53 percent of the vote', value: '~53%' },
        { file: M, quote: 'on Thursday with 52.8 percent of the vote', value: '52.8%' },
        { file: H, quote: 're-elected last Sunday with 52.8 percent of the vote', value: '52.8%' },
      ],
    },
    {
      id: 'arrests-rounding', kind: 'numeric',
      summary: '"some 300" arrested and 312 arrested are the same police figure rounded.',
      sides: [
        { file: H, quote: 'some 300 people had been arrested', value: '~300' },
        { file: M, quote: '312 people had been arrested for offences including arson', value: '312' },
      ],
    },
    {
      id: 'kma-toll-update', kind: 'numeric',
      summary: 'The doctors\' toll rose from at least seven (Friday night) to nine (Saturday) after two of the wounded died; the later article says so.',
      sides: [
        { file: S, quote: 'at least seven people have been killed', value: '>=7 (Fri)' },
        { file: A, quote: 'raised its toll from seven to nine on Saturday', value: '9 (Sat)' },
      ],
    },
    {
      id: 'wounded-injured', kind: 'numeric',
      summary: '"more than 40 wounded" and "43 people being treated for injuries" are compatible (synonyms; more than 40 vs 43).',
      sides: [
        { file: S, quote: 'more than 40 wounded', value: '>40' },
        { file: A, quote: '43 people were being treated for injuries, 17 of them for gunshot wounds', value: '43' },
      ],
    },
    {
      id: 'kiseni-vs-all-dead', kind: 'numeric',
      summary: 'Six dead from Kiseni and nine dead in all are different sets (one district vs the whole city).',
      sides: [
        { file: A, quote: 'Six of the dead were from Kiseni', value: '6 (Kiseni)' },
        { file: A, quote: 'Doctors in Kanduma say nine people were killed', value: '9 (all)' },
      ],
    },
    {
      id: 'most-vs-all-shot', kind: 'polarity',
      summary: 'The doctors say most of the nine dead had gunshot wounds; the rights group says all nine were shot. "Most" does not exclude "all": compatible.',
      sides: [
        { file: M, quote: 'most of the dead had gunshot wounds' },
        { file: R, quote: 'says all nine victims were shot' },
      ],
    },
    {
      id: 'officers-injured', kind: 'numeric',
      summary: '"more than 20 police officers injured" and 23 officers treated in hospital are compatible; neither conflicts with the 43 injured protesters (a different set).',
      sides: [
        { file: H, quote: 'left more than 20 police officers injured', value: '>20 officers' },
        { file: H, quote: '23 police officers were being treated in hospital', value: '23 officers' },
        { file: M, quote: 'He said 23 officers had been injured.', value: '23 officers' },
      ],
    },
  ],
};
