// Hand-written gold source for the night strike on Khorivna Regional Hospital (invented
// event, Lutovia, April 2026). build-gold.mjs turns it into ../gold/hospital-strike.json.
// The five articles imitate text scraped from news websites: random file names, the
// headline twice, site boilerplate, bylines, "Updated" lines, captions with photo credits,
// a live blog, both sides' state media, a wire and an explainer with footnote markers and a
// numbered source list. Boilerplate, site names and mastheads, bylines, date and "Updated"
// lines, "Read more"/"Read also"/"Related" lines, the wire's "(Adds ...)" and "(Reporting
// by ...)" lines, the source list and the author's bio are metadata (meta: 1-based line
// numbers); headlines and captions are counted text.
const L = '000_d619430866ec2dc8.txt'; // HSB News live blog, newest first (Wednesday 15 April), UK style, writes Koshelyov
const G = '001_6b0bbe219cafa486.txt'; // Varkhonian state agency Gorizont (Wednesday 15 April), writes Horivna and Koshelev, curly quotes
const W = '002_b42efa49144f21a7.txt'; // Quadrant wire, UPDATE 2 (Wednesday 15 April), US style, writes Horivna (and once Khorivna) and Koshelev
const S = '003_a9d18ba896d65113.txt'; // Lutovian state agency Lutinform (Thursday 16 April), curly quotes
const X = '004_cdc515027828ac58.txt'; // The Tollbridge Review explainer with footnotes (Friday 17 April), US style, writes Koshelyov

const lmod = 'mod-lutovia';
const vmod = 'mod-varkhonia';

export default {
  corpus: 'hospital-strike',
  note: 'Invented event written for the project: in the war that Varkhonia (capital Drazhensk) is waging against its neighbour Lutovia (capital Semrava), a strike destroys the three-storey surgical block of Khorivna Regional Hospital (Horivna in the wire and the Varkhonian agency; about 400 beds, 412 by the ministry\'s count) on Lypova Street in the frontline city of Khorivna, Sarnitsa Region, in the night of Tuesday 14 to Wednesday 15 April 2026; 41 people are killed and 76 injured by the Lutovian count. The five files have random names (the outlet is not in the file name) and look like scraped web pages: the HSB News live blog (000), the Varkhonian state agency Gorizont (001), the Quadrant wire (002), the Lutovian state agency Lutinform (003) and The Tollbridge Review explainer with "What we know" sections, footnote markers and a numbered source list (004). The two Ministries of Defence (Varkhonia\'s spokesman Maj. Gen. Gleb Koshelev, Koshelyov in the live blog and the explainer), the Lutovian Air Force and its spokesman Col. Maksym Hrynko, Varkhonia\'s Southern Group of Forces, Presidents Danylo Stavrenko (Lutovia) and Gennady Velimirov (Varkhonia), the Ministry of Health and Health Minister Iryna Sadovets, Governor Stepan Halatsky, the hospital\'s director Dr Halyna Movchuk, a surgeon and a nurse, the International Committee of the Amber Cross (ICAC), the Human Rights Monitoring Mission (HRMM) of the Assembly of Nations, the open-source Sightline Collective, the local journalist Yarema Kuzmych, residents and the Hraniv Volunteer Battalion and its commander disagree about who carried out the strike (a Varkhonian missile or a stray Lutovian Pelikan interceptor), the toll (41 vs 23), whether the battalion was based in the hospital, whether the hospital was still operating, the weapon (a cruise missile or a glide bomb), the time (02:40 vs 01:52), whether patients had been moved to the shelter, and who said "They knew exactly what this building was" (the director in the wire, the minister in Lutinform); the live blog corrects its own figure for the injured (67, then 76). The toll rising from 17 to 41 is an update; 412 beds and "about 400 beds" are one figure rounded; 29 patients and nine staff among the dead are different sets; six children are part of the 41 dead; the maternity ward and the obstetrics department are synonyms; "more than 150" and "about 170" rescuers agree; "14 hours" and "fourteen hours" are one number in words and digits. The two Ministries of Defence share their surface forms and are assigned by hand; weapon names (Pelikan, Strizh-2) are in ignore.',
  files: [L, G, W, S, X],
  meta: {
    [L]: [1, 2, 3, 4, 10, 11, 12, 56, 73, 75],
    [G]: [1, 2, 3, 23, 39, 41, 42, 43],
    [W]: [5, 6, 7, 14, 46, 48, 49, 50],
    [S]: [1, 2, 3, 9, 29, 45, 46, 47, 48],
    [X]: [1, 2, 3, 11, 12, 38, 48, 49, 50, 51, 52, 53, 55],
  },

  actors: [
    // places
    { id: 'lutovia', name: 'Lutovia', type: 'place', forms: ['Lutovia'], note: 'the country attacked; "Lutovia\'s Health Ministry", "Lutovia\'s partners" stay a place; "Lutovian" is a demonym; "Ministry of Health of Lutovia" (source list) is metadata' },
    { id: 'varkhonia', name: 'Varkhonia', type: 'place', forms: ['Varkhonia'], note: 'the invading country; "Varkhonia denies", "Varkhonia says" (the state for its government) stay a place; "Varkhonian" is a demonym; "Armed Forces of Varkhonia" is a nested name' },
    { id: 'khorivna', name: 'Khorivna', type: 'place', forms: ['Khorivna', 'Horivna', 'KHORIVNA', 'HORIVNA'], note: 'the frontline city; the wire and the Varkhonian agency write Horivna; "Khorivna Regional Hospital" is a nested name' },
    { id: 'semrava', name: 'Semrava', type: 'place', forms: ['Semrava'], note: 'the Lutovian capital; "the Semrava regime", "the Semrava authorities" and "Semrava is circulating" (the capital for the government) stay a place' },
    { id: 'drazhensk', name: 'Drazhensk', type: 'place', forms: ['Drazhensk', 'DRAZHENSK'], note: 'the Varkhonian capital' },
    { id: 'sarnitsa', name: 'Sarnitsa Region', type: 'place', forms: ['Sarnitsa Region'], note: 'the Lutovian region; "Sarnitsa Regional Administration" is a nested name' },
    { id: 'lypova', name: 'Lypova Street', type: 'place', forms: ['Lypova Street'], note: 'the street of the hospital' },
    // organizations
    { id: lmod, name: 'Ministry of Defence of Lutovia', type: 'organization', forms: ['Ministry of Defence', 'Defense Ministry'], note: 'same surface forms as the Varkhonian ministry: every mention is assigned by hand' },
    { id: vmod, name: 'Ministry of Defence of Varkhonia', type: 'organization', forms: ['Ministry of Defence', 'Defense Ministry'], note: 'same surface forms as the Lutovian ministry: every mention is assigned by hand; "the ministry" and "The Varkhonian ministry" are nominal; its name in the wire\'s "(Adds ...)" line is metadata' },
    { id: 'air-force', name: 'Lutovian Air Force', type: 'organization', forms: ['Air Force'], note: 'written "Air Force" after a demonym or as a title ("Air Force spokesman Col. Maksym Hrynko": the body is named)' },
    { id: 'var-armed-forces', name: 'Armed Forces of Varkhonia', type: 'organization', forms: ['Armed Forces of Varkhonia'], note: 'named once, by the Varkhonian agency; "the Varkhonian army" is nominal' },
    { id: 'southern-group', name: 'Southern Group of Forces', type: 'organization', forms: ['Southern Group of Forces'], note: 'the Varkhonian force grouping; "the group" is nominal' },
    { id: 'moh', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health', 'Health Ministry'], note: 'Lutovia\'s; "Health Minister" is a title before a name; "the ministry" is nominal' },
    { id: 'mfa', name: 'Ministry of Foreign Affairs', type: 'organization', forms: ['Ministry of Foreign Affairs'], note: 'Lutovia\'s, named by Lutinform' },
    { id: 'pgo', name: "Prosecutor General's Office", type: 'organization', forms: ['Prosecutor General’s Office'], note: 'Lutovia\'s; the ’s belongs to the name' },
    { id: 'hospital', name: 'Khorivna Regional Hospital', type: 'organization', forms: ['Khorivna Regional Hospital', 'Horivna Regional Hospital'], note: 'the hospital struck; "the hospital" and the Varkhonian agency\'s "the former regional hospital" are nominal' },
    { id: 'sra', name: 'Sarnitsa Regional Administration', type: 'organization', forms: ['Sarnitsa Regional Administration'], note: 'the governor\'s administration; also in a caption credit' },
    { id: 'ses', name: 'State Emergency Service', type: 'organization', forms: ['State Emergency Service', 'SES'], note: 'Lutovia\'s rescue service; "the service" is nominal' },
    { id: 'hraniv', name: 'Hraniv Volunteer Battalion', type: 'organization', forms: ['Hraniv Volunteer Battalion', 'Hraniv Battalion', 'Hraniv'], note: 'the Lutovian volunteer unit Varkhonia says was based in the hospital; the Varkhonian agency writes "the Hraniv battalion" (bare "Hraniv" is the mention); "the battalion" is nominal' },
    { id: 'icac', name: 'International Committee of the Amber Cross', type: 'organization', forms: ['International Committee of the Amber Cross', 'ICAC'], note: 'the humanitarian body; the acronym is defined in parentheses in the live blog' },
    { id: 'hrmm', name: 'Human Rights Monitoring Mission', type: 'organization', forms: ['Human Rights Monitoring Mission', 'HRMM'], note: 'the monitoring mission of the Assembly of Nations; "the mission" is nominal' },
    { id: 'assembly', name: 'Assembly of Nations', type: 'organization', forms: ['Assembly of Nations'], note: 'the international organization the HRMM belongs to (written as a separate name: "the HRMM of the Assembly of Nations")' },
    { id: 'sightline', name: 'Sightline Collective', type: 'organization', forms: ['Sightline Collective', 'Sightline'], note: 'the open-source investigators\' group; "Sightline\'s analysts" keeps the possessive outside; "the group" is nominal' },
    { id: 'hsb', name: 'HSB News', type: 'organization', forms: ['HSB News'], note: 'the broadcaster running the live blog; its site-name line is metadata, its photo credit and "interviewed by HSB News" are mentions; its name in the explainer\'s source list is metadata' },
    { id: 'quadrant', name: 'Quadrant', type: 'organization', forms: ['Quadrant'], note: 'the wire agency: the dateline "(Quadrant)", "told Quadrant", "Quadrant could not" and the photo credits "Yurii Bondos/Quadrant" are mentions' },
    { id: 'gorizont', name: 'Gorizont News Agency', type: 'organization', forms: ['Gorizont News Agency', 'Gorizont'], note: 'the Varkhonian state agency; its masthead line is metadata; the dateline "/Gorizont/", the caption credit and "told Gorizont" are mentions' },
    { id: 'lutinform', name: 'Lutinform', type: 'organization', forms: ['Lutinform'], note: 'the Lutovian state agency; its masthead and date lines are metadata; "told Lutinform" and the explainer\'s mentions count' },
    { id: 'tollbridge', name: 'The Tollbridge Review', type: 'organization', forms: ['The Tollbridge Review'], note: 'the foreign explainer, which names itself once in the text; its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'koshelev', name: 'Gleb Koshelev', type: 'person', forms: ['Gleb Koshelev', 'Gleb Koshelyov', 'Koshelev', 'Koshelyov'], note: 'Maj. Gen. (Major General), spokesman of the Varkhonian Ministry of Defence; the live blog and the explainer write Koshelyov; "the general" is nominal' },
    { id: 'brusov', name: 'Arseny Brusov', type: 'person', forms: ['Arseny Brusov'], note: 'Lt. Col., spokesman of the Southern Group of Forces' },
    { id: 'hrynko', name: 'Maksym Hrynko', type: 'person', forms: ['Maksym Hrynko', 'Hrynko'], note: 'Col., spokesman of the Lutovian Air Force ("Col. Hrynko": the rank is outside)' },
    { id: 'stavrenko', name: 'Danylo Stavrenko', type: 'person', forms: ['Danylo Stavrenko', 'Stavrenko'], note: 'President of Lutovia; "The President" in Lutinform is nominal' },
    { id: 'velimirov', name: 'Gennady Velimirov', type: 'person', forms: ['Gennady Velimirov'], note: 'President of Varkhonia; "the President" in Gorizont is nominal; his name in a "Read also" line is metadata' },
    { id: 'sadovets', name: 'Iryna Sadovets', type: 'person', forms: ['Iryna Sadovets', 'Sadovets'], note: 'Health Minister of Lutovia; "the minister" is nominal' },
    { id: 'halatsky', name: 'Stepan Halatsky', type: 'person', forms: ['Stepan Halatsky', 'Halatsky'], note: 'Governor of Sarnitsa Region; "the governor" is nominal' },
    { id: 'movchuk', name: 'Halyna Movchuk', type: 'person', forms: ['Halyna Movchuk', 'Movchuk'], note: 'director of Khorivna Regional Hospital (Dr/Dr. outside); "the hospital\'s director" is nominal' },
    { id: 'lysak', name: 'Ostap Lysak', type: 'person', forms: ['Ostap Lysak'], note: 'a surgeon on duty that night (Dr. outside)' },
    { id: 'ruban', name: 'Nadiya Ruban', type: 'person', forms: ['Nadiya Ruban'], note: 'a nurse on the surgical floor' },
    { id: 'haldorsen', name: 'Solveig Haldorsen', type: 'person', forms: ['Solveig Haldorsen'], note: 'head of the ICAC delegation in Lutovia' },
    { id: 'voorhuis', name: 'Marieke Voorhuis', type: 'person', forms: ['Marieke Voorhuis', 'Voorhuis'], note: 'head of the HRMM' },
    { id: 'danaher', name: 'Rory Danaher', type: 'person', forms: ['Rory Danaher'], note: 'analyst of the Sightline Collective' },
    { id: 'kuzmych', name: 'Yarema Kuzmych', type: 'person', forms: ['Yarema Kuzmych'], note: 'local journalist at the scene minutes after the blast' },
    { id: 'marchuk', name: 'Oles Marchuk', type: 'person', forms: ['Oles Marchuk'], note: 'commander of the Hraniv Volunteer Battalion' },
    { id: 'omelko', name: 'Serhiy Omelko', type: 'person', forms: ['Serhiy Omelko'], note: 'a resident of Lypova Street' },
    { id: 'zabolotny', name: 'Kirill Zabolotny', type: 'person', forms: ['Kirill Zabolotny'], note: 'a retired colonel quoted as a military expert by the Varkhonian agency ("Colonel (ret.)" outside)' },
    { id: 'lindqvist', name: 'Freya Lindqvist', type: 'person', forms: ['Freya Lindqvist', 'Freya'], note: 'HSB News reporter in Khorivna: her byline line is metadata; "Freya Lindqvist will be reporting" and the first-name "Residents Freya spoke to" are mentions' },
    { id: 'sokur', name: 'Dmytro Sokur', type: 'person', forms: ['Dmytro Sokur'], note: 'HSB News photographer credited in a caption' },
    { id: 'bondos', name: 'Yurii Bondos', type: 'person', forms: ['Yurii Bondos'], note: 'Quadrant photographer credited in captions (the wire\'s and the explainer\'s)' },
    { id: 'gurvin', name: 'Fyodor Gurvin', type: 'person', forms: ['Fyodor Gurvin'], note: 'Gorizont photographer credited in a caption' },
  ],

  nominals: [
    { pattern: '\\b(?:Pelikan|Strizh-2)\\b', why: 'a weapon system\'s name: not a person, organization or place' },
    { pattern: '\\b[Tt]he (ministry|hospital|battalion|governor|mission|group|general|minister|service|President|Varkhonian ministry|Varkhonian army|former regional hospital|regional hospital)\\b', why: 'nominal reference to a named body, or a title without a name (lowercase, or "the President" without a name)' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: L, context: "Varkhonia's Ministry of Defence, has again", text: 'Ministry of Defence', actor: vmod },
    { file: G, context: 'the briefing of the Ministry of Defence in Drazhensk', text: 'Ministry of Defence', actor: vmod },
    { file: G, context: 'The Varkhonian Ministry of Defence on Wednesday', text: 'Ministry of Defence', actor: vmod },
    { file: G, context: 'The Ministry of Defence also drew attention', text: 'Ministry of Defence', actor: vmod },
    { file: W, context: "Lutovia's Defense Ministry said the hospital", text: 'Defense Ministry', actor: lmod },
    { file: W, context: 'the Varkhonian Defense Ministry denied', text: 'Defense Ministry', actor: vmod },
    { file: X, context: "Lutovia's Ministry of Defence says a Varkhonian", text: 'Ministry of Defence', actor: lmod },
    { file: X, context: "Varkhonia's Ministry of Defence says a Lutovian", text: 'Ministry of Defence', actor: vmod },
    { file: X, context: 'The Defense Ministry and the Air Force insist', text: 'Defense Ministry', actor: lmod },
  ],

  claims: [
    { file: L, speaker: 'Halyna Movchuk', cue: 'she said', quote: 'There has never been a soldier in this hospital except on a stretcher' },
    { file: L, speaker: 'Rory Danaher', cue: 'said Rory Danaher', quote: 'Every frame we have puts the explosion at eight minutes to two' },
    { file: L, speaker: 'Danylo Stavrenko', cue: 'Stavrenko said', quote: 'This was no mistake. They aimed at a hospital because it was a hospital' },
    { file: L, speaker: 'Solveig Haldorsen', cue: 'said Solveig Haldorsen', quote: 'Hospitals are protected under the laws of war, and that protection does not depend on which side you are on' },
    { file: L, speaker: 'Stepan Halatsky', cue: 'he said', quote: 'That is the only reason the toll is not in the hundreds' },
    { file: G, speaker: 'Gleb Koshelev', cue: 'Koshelev said', quote: 'The building on Lypova Street, which the Lutovian side calls a hospital, was damaged by a Pelikan anti-aircraft missile launched by Lutovian air defence' },
    { file: G, speaker: 'Gennady Velimirov', cue: 'the President said', quote: 'Our army does not fight against hospitals, against doctors, against the sick.' },
    { file: W, speaker: 'Halyna Movchuk', cue: 'said Dr. Halyna Movchuk', quote: 'They knew exactly what this building was. There is a cross on the roof that you can see from the sky' },
    { file: W, speaker: 'Ostap Lysak', cue: 'he told Quadrant', quote: 'The patients were in their beds. Nobody had time to carry anyone down' },
    { file: W, speaker: 'Oles Marchuk', cue: 'he said by phone', quote: 'Our nearest position is 40 kilometers from that hospital.' },
    { file: W, speaker: 'Yarema Kuzmych', cue: 'he told Quadrant', quote: 'I saw pajamas, I saw drips, I saw a woman with a baby. I did not see one uniform' },
    { file: S, speaker: 'Iryna Sadovets', cue: 'the minister said', quote: 'This is a war crime, and the whole world must call it by its name' },
    { file: S, speaker: 'Maksym Hrynko', cue: 'Hrynko said', quote: 'Not a single interceptor was launched over Khorivna that night. The enemy invents a new story after every crime' },
    { file: X, speaker: 'Marieke Voorhuis', cue: 'told The Tollbridge Review', quote: 'We found no trace of military use: no weapons, no ammunition, no communications equipment. We found beds' },
    { file: X, speaker: 'Nadiya Ruban', cue: 'she said', quote: 'No one went down to the shelter. There was no siren before it hit; the siren came after' },
  ],

  contradictions: [
    {
      id: 'who-struck', level: 'core', kind: 'attribution',
      summary: 'Who carried out the strike: Lutovia (its Ministry of Defence, the Air Force spokesman Col. Maksym Hrynko, Lutinform) says a Varkhonian missile hit the hospital and no Lutovian interceptor was fired over the city; Varkhonia\'s Ministry of Defence and its spokesman Maj. Gen. Gleb Koshelev (Koshelyov) say a stray Lutovian Pelikan air-defence interceptor fell on the building.',
      sides: [
        { file: W, quote: "Lutovia's Defense Ministry said the hospital was hit by a Varkhonian Strizh-2 cruise missile launched from a bomber over Varkhonian territory.", speaker: 'Ministry of Defence of Lutovia', camp: 'A' },
        { file: S, quote: 'when a Varkhonian missile struck the hospital’s surgical block in the night', speaker: 'Lutinform', camp: 'A' },
        { file: S, quote: 'Not a single interceptor was launched over Khorivna that night.', speaker: 'Maksym Hrynko', camp: 'A' },
        { file: X, quote: "Lutovia's Ministry of Defence says a Varkhonian cruise missile hit the hospital.", speaker: 'Ministry of Defence of Lutovia', camp: 'A' },
        { file: L, quote: 'He said the building was struck by a Lutovian Pelikan interceptor "that lost its way"', speaker: 'Gleb Koshelev', camp: 'B' },
        { file: G, quote: 'was damaged by a Pelikan anti-aircraft missile launched by Lutovian air defence', speaker: 'Gleb Koshelev', camp: 'B' },
        { file: W, quote: 'said a Lutovian air-defense interceptor had lost control and fallen on the building', speaker: 'Gleb Koshelev', camp: 'B' },
        { file: X, quote: "Varkhonia's Ministry of Defence says a Lutovian interceptor fell on it", speaker: 'Ministry of Defence of Varkhonia', camp: 'B' },
      ],
    },
    {
      id: 'toll', level: 'core', kind: 'numeric',
      summary: 'How many were killed: Lutovia\'s Ministry of Health says 41 people; Varkhonia\'s Ministry of Defence (Gleb Koshelev) says 23, 19 of them fighters of the Hraniv battalion.',
      sides: [
        { file: L, quote: 'has given what it calls its final toll: 41 dead', value: '41', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'killing 41 people, Lutovian officials said', value: '41', speaker: 'Ministry of Health', camp: 'A' },
        { file: S, quote: 'where 41 people were killed and 76 injured', value: '41', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: "Lutovia's Ministry of Health says 41 people died", value: '41', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'Koshelyov put the number of dead at 23', value: '23', speaker: 'Gleb Koshelev', camp: 'B' },
        { file: G, quote: 'By the information we have, 23 people were killed, 19 of them fighters of the Hraniv battalion', value: '23', speaker: 'Gleb Koshelev', camp: 'B' },
        { file: W, quote: 'He said 23 people had been killed, most of them fighters.', value: '23', speaker: 'Gleb Koshelev', camp: 'B' },
        { file: X, quote: 'Koshelyov says 23 were killed, 19 of them fighters', value: '23', speaker: 'Gleb Koshelev', camp: 'B' },
      ],
    },
    {
      id: 'battalion-based', level: 'core', kind: 'polarity',
      summary: 'Whether fighters were based in the hospital: Varkhonia\'s Ministry of Defence says the Hraniv Volunteer Battalion had its headquarters on the upper floors and ammunition in the basement since February; the hospital\'s director, the battalion\'s commander, the Lutovian Air Force spokesman and the HRMM say there was no military presence.',
      sides: [
        { file: G, quote: 'the Hraniv battalion had used the upper floors of the former regional hospital as a headquarters and a barracks since February', speaker: 'Ministry of Defence of Varkhonia', camp: 'A' },
        { file: L, quote: 'had turned the upper floors into a headquarters', speaker: 'Gleb Koshelev', camp: 'A' },
        { file: W, quote: 'Koshelev said the battalion had set up its headquarters on the upper floors of the hospital in February.', speaker: 'Gleb Koshelev', camp: 'A' },
        { file: X, quote: 'Varkhonia says the Hraniv Battalion, a volunteer unit, had its headquarters on the upper floors and ammunition in the basement.', speaker: 'Varkhonia', camp: 'A' },
        { file: L, quote: 'There has never been a soldier in this hospital except on a stretcher', speaker: 'Halyna Movchuk', camp: 'B' },
        { file: W, quote: 'Our nearest position is 40 kilometers from that hospital.', speaker: 'Oles Marchuk', camp: 'B' },
        { file: S, quote: 'There were no military positions in the hospital or near it.', speaker: 'Maksym Hrynko', camp: 'B' },
        { file: X, quote: 'We found no trace of military use: no weapons, no ammunition, no communications equipment.', speaker: 'Marieke Voorhuis', camp: 'B' },
      ],
    },
    {
      id: 'hospital-operating', level: 'core', kind: 'status',
      summary: 'Whether the hospital was still working: the Varkhonian side (Koshelev, Gorizont) says the building had not received civilian patients since February; Lutovia\'s Ministry of Health and the staff say it was fully operating, with 168 patients that night.',
      sides: [
        { file: G, quote: 'The building had not received civilian patients since February', speaker: 'Gleb Koshelev', camp: 'A' },
        { file: X, quote: 'The state agency Gorizont says it "had not received civilian patients since February."', speaker: 'Gorizont News Agency', camp: 'A' },
        { file: S, quote: 'was fully operating on the night of the strike, with 168 patients on its wards', speaker: 'Ministry of Health', camp: 'B' },
        { file: W, quote: 'had stayed open throughout, treating both civilians and soldiers, according to the Health Ministry', speaker: 'Ministry of Health', camp: 'B' },
        { file: X, quote: 'Staff, patients and the Health Ministry say it was operating normally, with 168 patients that night.', speaker: 'Ministry of Health', camp: 'B' },
      ],
    },
    {
      id: 'weapon', level: 'secondary', kind: 'attribution',
      summary: 'What hit the hospital, on the Lutovian side: the Ministry of Defence and the Air Force (Col. Maksym Hrynko) say a Strizh-2 cruise missile; Governor Stepan Halatsky and the Sightline Collective say the fragments and the tail section point to a guided glide bomb.',
      sides: [
        { file: W, quote: 'Lutovia says Varkhonian cruise missile hit surgical block', speaker: 'Ministry of Defence of Lutovia', camp: 'A' },
        { file: S, quote: 'Air Force spokesman Col. Maksym Hrynko said the hospital was hit by a Strizh-2 cruise missile', speaker: 'Maksym Hrynko', camp: 'A' },
        { file: X, quote: 'The Defense Ministry and the Air Force insist on a cruise missile.', speaker: 'Ministry of Defence of Lutovia', camp: 'A' },
        { file: L, quote: 'The tail section you can see in the second video looks like a glide bomb, not a cruise missile.', speaker: 'Rory Danaher', camp: 'B' },
        { file: X, quote: 'said they were "most likely from a guided glide bomb,"', speaker: 'Stepan Halatsky', camp: 'B' },
        { file: X, quote: 'reached the same conclusion from a tail section visible in one clip', speaker: 'Sightline Collective', camp: 'B' },
      ],
    },
    {
      id: 'strike-time', level: 'secondary', kind: 'temporal',
      summary: 'When the hospital was hit: Lutovian officials (the Sarnitsa Regional Administration) say at 02:40; the Sightline Collective, from a pharmacy security camera, says 01:52, and residents say about ten to two.',
      sides: [
        { file: W, quote: 'Regional officials said the strike came at 2:40 a.m.', value: '02:40', speaker: 'Sarnitsa Regional Administration', camp: 'A' },
        { file: S, quote: 'The strike was carried out at 02:40, the Sarnitsa Regional Administration reported.', value: '02:40', speaker: 'Sarnitsa Regional Administration', camp: 'A' },
        { file: X, quote: 'Lutovian officials put the strike at 2:40 a.m.', value: '02:40', speaker: 'Sarnitsa Regional Administration', camp: 'A' },
        { file: L, quote: 'shows the blast at 01:52, the group says', value: '01:52', speaker: 'Sightline Collective', camp: 'B' },
        { file: L, quote: 'Residents Freya spoke to on Lypova Street also said the explosion came at about ten to two.', value: '~01:50', speaker: 'residents', camp: 'B' },
        { file: X, quote: "Sightline's analysis of a pharmacy security camera puts it at 1:52 a.m.", value: '01:52', speaker: 'Sightline Collective', camp: 'B' },
        { file: X, quote: 'It was ten to two', value: '~01:50', speaker: 'Serhiy Omelko', camp: 'B' },
      ],
    },
    {
      id: 'patients-sheltered', level: 'secondary', kind: 'polarity',
      summary: 'Whether patients had been moved to the shelter before the strike: Governor Stepan Halatsky says walking patients and the children\'s ward were taken down to the basement shelter after the air-raid alert; the surgeon Ostap Lysak and the nurse Nadiya Ruban say patients were in their beds, no one went down and the siren came only after the blast.',
      sides: [
        { file: L, quote: "most of the patients who could walk, and the whole children's ward, had been moved down to the shelter after the air-raid alert sounded", speaker: 'Stepan Halatsky', camp: 'A' },
        { file: S, quote: 'staff had moved patients who were able to walk and the children’s ward down to the shelter in the basement', speaker: 'Stepan Halatsky', camp: 'A' },
        { file: X, quote: "The governor says walking patients and the children's ward had been taken to the shelter after the air-raid alert.", speaker: 'Stepan Halatsky', camp: 'A' },
        { file: W, quote: 'The patients were in their beds. Nobody had time to carry anyone down', speaker: 'Ostap Lysak', camp: 'B' },
        { file: W, quote: 'Hospital staff say patients were in their beds', speaker: 'hospital staff', camp: 'B' },
        { file: X, quote: 'No one went down to the shelter. There was no siren before it hit', speaker: 'Nadiya Ruban', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "They knew exactly what this building was. There is a cross on the roof that you can see from the sky": the Quadrant wire credits the hospital\'s director, Dr Halyna Movchuk; the Lutovian state agency Lutinform credits Health Minister Iryna Sadovets.',
      sides: [
        { file: W, quote: 'There is a cross on the roof that you can see from the sky," said Dr. Halyna Movchuk', speaker: 'Quadrant', camp: 'A' },
        { file: X, quote: "was spoken by the hospital's director, Dr. Halyna Movchuk, according to Quadrant", speaker: 'Quadrant', camp: 'A' },
        { file: S, quote: 'There is a cross on the roof that you can see from the sky,” the minister said', speaker: 'Lutinform', camp: 'B' },
        { file: X, quote: 'Lutinform quotes the same words as those of Health Minister Iryna Sadovets.', speaker: 'Lutinform', camp: 'B' },
      ],
    },
    {
      id: 'injured-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing the Health Ministry, that sixty-seven people had been injured, then corrected the figure to 76, the ministry\'s number, which the wire and Lutinform also give.',
      sides: [
        { file: L, quote: 'Sixty-seven people have been injured', value: '67', speaker: 'HSB News', camp: 'A' },
        { file: L, quote: "The Health Ministry's figure is 76", value: '76', speaker: 'HSB News', camp: 'B' },
        { file: W, quote: 'Seventy-six people were wounded.', value: '76', speaker: 'Ministry of Health', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rises', kind: 'numeric',
      summary: 'The toll rose from 17 in the morning to 41 as rescuers dug through the rubble, and the wire says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'Governor Halatsky says 17 people have been killed', value: '17 (07:30)' },
        { file: W, quote: 'The toll rose through the day from 17 to 41', value: '41 (later)' },
      ],
    },
    {
      id: 'beds-rounding', kind: 'numeric',
      summary: 'A 412-bed hospital and "a hospital of about 400 beds" are one figure rounded.',
      sides: [
        { file: S, quote: 'the 412-bed hospital', value: '412' },
        { file: X, quote: 'a hospital of about 400 beds', value: '~400' },
      ],
    },
    {
      id: 'patients-vs-staff', kind: 'numeric',
      summary: '29 patients and nine members of staff among the dead are different sets (both within the 41).',
      sides: [
        { file: X, quote: '29 of the dead were patients', value: '29 patients' },
        { file: W, quote: 'Nine of the dead were members of the hospital staff', value: '9 staff' },
      ],
    },
    {
      id: 'children-part-whole', kind: 'numeric',
      summary: 'Six children among the dead are part of the toll of 41.',
      sides: [
        { file: L, quote: 'Six of the dead were children', value: '6 children' },
        { file: W, quote: 'Toll rises through the day to 41', value: '41 (all)' },
      ],
    },
    {
      id: 'maternity-synonyms', kind: 'polarity',
      summary: 'The maternity ward (live blog) and the obstetrics department (Lutinform) are the same unit, destroyed in both accounts: synonyms, not two accounts.',
      sides: [
        { file: L, quote: 'She said the maternity ward was destroyed', value: 'maternity ward' },
        { file: S, quote: 'The obstetrics department and the intensive care unit were destroyed.', value: 'obstetrics department' },
      ],
    },
    {
      id: 'rescuers-more-than-vs-about', kind: 'numeric',
      summary: '"More than 150" rescuers (wire) and "about 170" emergency workers (Lutinform), both from the State Emergency Service, are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 150 rescuers of the State Emergency Service took part in the search', value: '>150' },
        { file: S, quote: 'About 170 emergency workers and dozens of volunteers took part', value: '~170' },
      ],
    },
    {
      id: 'search-hours-words', kind: 'numeric',
      summary: 'A search called off "after 14 hours" (wire) and completed "after fourteen hours" (Lutinform) is one number in digits and in words.',
      sides: [
        { file: W, quote: 'which was called off after 14 hours', value: '14 h' },
        { file: S, quote: 'The search and rescue operation was completed after fourteen hours.', value: 'fourteen hours' },
      ],
    },
  ],
};
