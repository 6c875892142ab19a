// Hand-written gold source for the prison riot and hostage siege at Granitz (invented event,
// Alvessia, March 2026). build-gold.mjs turns it into ../gold/prison-riot.json.
// The five articles imitate text scraped from news websites: random file names, headlines
// repeated, site boilerplate, bylines, "Updated" lines, captions with photo credits, and in
// one article footnote markers with a numbered source list. Boilerplate, bylines, dates and
// the source list are metadata lines (meta); captions and headlines are counted text.
const V = '000_bdb57e1d49cf7979.txt'; // VLN News web story, "What we know" (Wednesday 4 March)
const G = '001_b7ecb782d66fca1e.txt'; // state-aligned Republic Gazette (Thursday 5 March)
const W = '002_398c1fe236661960.txt'; // Portolan wire, UPDATE 2 (Tuesday 3 March)
const X = '003_8091821a243e4f50.txt'; // The Glasswater Review explainer with footnotes (Friday 6 March)
const L = '004_af6a5b4f5a4cde06.txt'; // Orvanta Ledger live blog (Tuesday 3 March)

export default {
  corpus: 'prison-riot',
  note: 'Invented event written for the project: at about 17:30 on Sunday 1 March 2026 inmates of Block D (D Block in the live blog and the explainer), the wing for long sentences of Granitz High-Security Prison (1,412 inmates) in the town of Granitz, Orvanta Region, in the fictional country of Alvessia (capital Morrenz), overpower the guards serving the evening meal and take staff hostage; Human Rights Ombudsman Lidia Feranec negotiates with the inmates\' spokesman Radek Šulc (Sulc in the wire and the explainer) on Monday; before dawn on Tuesday 3 March the police\'s Special Intervention Brigade (SIB) under Col. Darius Mehlen storms the wing. The five files have random names (the outlet is not in the file name) and look like scraped web pages: VLN News web story with a "What we know" structure (000), the state-aligned Republic Gazette (001), the Portolan wire (002), The Glasswater Review explainer with footnote markers and a numbered source list (003) and the Orvanta Ledger live blog (004). The Ministry of Justice and Justice Minister Adela Prohaska, the Correctional Service of Alvessia and its director general Vilem Sokolar, the SIB, Governor Mirela Kostadin, the Prosecutor General\'s Office, the ombudsman, the Prison Officers\' Union (POU), the Association of Prisoners\' Families (APF), a hospital surgeon and relatives disagree about the inmates killed (7 vs 16), the hostages (9 officers vs 13 staff), whether the two dead guards were killed by inmates or by SIB gunfire, whether live rounds were fired, whether the riot was a planned escape or a protest over conditions, when the storming began (04:40 vs about 03:15), who gave the order to storm (the minister or the governor) and whether Sokolar was suspended; the live blog corrects its own hospital figure (23, then 32). The toll rising from four to nine is an update; 1,412 and "about 1,400" inmates are one figure rounded; seven inmates and two guards dead are different sets; 19 at Granitz District Hospital is part of 32 treated; tear gas and CS gas are synonyms; "more than 200" and "about 220" SIB officers agree; "a dozen" and "twelve" ambulances are one number in words. Bare "Granitz" is always the town, also where it stands for the prison ("security at Granitz"), as a capital used for its government stays a place; Pavel Lisek (a guard killed) and his wife Hana Lisek share a surname, so the bare "Lisek" is assigned by hand.',
  files: [V, G, W, X, L],
  meta: {
    [V]: [1, 2, 3, 9, 10, 14, 46, 52, 58],
    [G]: [1, 2, 8, 26, 28, 38],
    [W]: [5, 6, 7, 9, 37, 39, 41, 42, 43],
    [X]: [1, 2, 3, 11, 12, 44, 45, 46, 47, 48, 49, 51],
    [L]: [1, 2, 3, 4, 10, 12, 13, 34, 63, 65],
  },

  actors: [
    // places
    { id: 'alvessia', name: 'Alvessia', type: 'place', forms: ['Alvessia'], note: '"Alvessian" is a demonym (also in the glued wire slug "UPDATE 2-Alvessian"); "Correctional Service of Alvessia" is a nested name' },
    { id: 'morrenz', name: 'Morrenz', type: 'place', forms: ['Morrenz'], note: 'the capital; "the ministry in Morrenz" and "anyone in Morrenz" stay a place; "Morrenz University Hospital" is a nested name' },
    { id: 'orvanta', name: 'Orvanta Region', type: 'place', forms: ['Orvanta Region'], note: '"Orvanta Ledger" is a nested name' },
    { id: 'granitz', name: 'Granitz', type: 'place', forms: ['Granitz', 'GRANITZ'], note: 'the town; also where it stands for the prison ("security at Granitz", "the Granitz siege"); "Granitz High-Security Prison" and "Granitz District Hospital" are nested names' },
    { id: 'prison', name: 'Granitz High-Security Prison', type: 'place', forms: ['Granitz High-Security Prison'], note: 'a named facility, typed place; "the prison" is nominal' },
    { id: 'block-d', name: 'Block D', type: 'place', forms: ['Block D', 'D Block'], note: 'the wing that was seized; the live blog and the explainer write "D Block"; "the wing" and "the block" are nominal' },
    { id: 'kalvar', name: 'Kalvar Street', type: 'place', forms: ['Kalvar Street'], note: 'the street along the prison\'s eastern wall' },
    // organizations
    { id: 'moj', name: 'Ministry of Justice', type: 'organization', forms: ['Ministry of Justice', 'Justice Ministry'], note: '"the ministry" is nominal; "Justice Minister" is a title before a name; the Gazette caption credit "Ministry of Justice press service" is a mention' },
    { id: 'csa', name: 'Correctional Service of Alvessia', type: 'organization', forms: ['Correctional Service of Alvessia'], note: 'the prison service; "the prison service" and "the service" are nominal' },
    { id: 'sib', name: 'Special Intervention Brigade', type: 'organization', forms: ['Special Intervention Brigade', 'SIB'], note: 'the police tactical unit; "the brigade" and "the police" are nominal' },
    { id: 'pgo', name: "Prosecutor General's Office", type: 'organization', forms: ["Prosecutor General's Office", 'Prosecutor General’s Office'], note: 'the \'s belongs to the name; "Prosecutor General" before a name is a title; "prosecutors" and "the prosecutor" are nominal' },
    { id: 'pou', name: "Prison Officers' Union", type: 'organization', forms: ["Prison Officers' Union", 'Prison Officers’ Union', 'POU'], note: 'the guards\' union; the wire\'s lowercase "A prison officers\' union" is nominal' },
    { id: 'apf', name: "Association of Prisoners' Families", type: 'organization', forms: ["Association of Prisoners' Families", 'Association of Prisoners’ Families', 'APF'], note: '"the association" and "the group" are nominal' },
    { id: 'gdh', name: 'Granitz District Hospital', type: 'organization', forms: ['Granitz District Hospital'] },
    { id: 'muh', name: 'Morrenz University Hospital', type: 'organization', forms: ['Morrenz University Hospital'] },
    { id: 'ipm', name: 'International Prison Monitor', type: 'organization', forms: ['International Prison Monitor', 'IPM'], note: 'the international NGO; its report title in the explainer\'s source list is metadata' },
    { id: 'portolan', name: 'Portolan', type: 'organization', forms: ['Portolan'], note: 'the wire agency: the dateline "(Portolan)", "seen by Portolan", "told Portolan" and the photo credit "Sara Tomin/Portolan" are mentions' },
    { id: 'vln', name: 'VLN News', type: 'organization', forms: ['VLN News', 'VLN'], note: 'the broadcaster; its site-name line is metadata, "told VLN" is a mention' },
    { id: 'gazette', name: 'Republic Gazette', type: 'organization', forms: ['Republic Gazette'], note: 'the state-aligned paper; its site-name line and "By Gazette Staff" are metadata; named in the text only by the explainer' },
    { id: 'glasswater', name: 'The Glasswater Review', type: 'organization', forms: ['The Glasswater Review'], note: 'the foreign explainer; its site-name line and the author bio are metadata, "told The Glasswater Review" is a mention' },
    { id: 'ledger', name: 'Orvanta Ledger', type: 'organization', forms: ['Orvanta Ledger', 'Ledger'], note: 'the regional paper running the live blog; "told the Ledger" is spanned without the article; the photo credit "Ema Dvorak/Orvanta Ledger" is a mention' },
    { id: 'kestrel', name: 'Kestrel Photo', type: 'organization', forms: ['Kestrel Photo'], note: 'a photo agency in a caption credit' },
    // people
    { id: 'prohaska', name: 'Adela Prohaska', type: 'person', forms: ['Adela Prohaska', 'Prohaska'], note: 'Justice Minister' },
    { id: 'sokolar', name: 'Vilem Sokolar', type: 'person', forms: ['Vilem Sokolar', 'Sokolar'], note: 'director general of the Correctional Service of Alvessia ("Mr" outside)' },
    { id: 'mehlen', name: 'Darius Mehlen', type: 'person', forms: ['Darius Mehlen', 'Mehlen'], note: 'commander of the SIB (Col.); "the colonel" is nominal' },
    { id: 'pavesic', name: 'Ilona Pavesic', type: 'person', forms: ['Ilona Pavesic', 'Pavesic'], note: 'Prosecutor General' },
    { id: 'feranec', name: 'Lidia Feranec', type: 'person', forms: ['Lidia Feranec', 'Feranec'], note: 'Human Rights Ombudsman (a title before the name); "the ombudsman" is nominal' },
    { id: 'kostadin', name: 'Mirela Kostadin', type: 'person', forms: ['Mirela Kostadin', 'Kostadin'], note: 'Governor of Orvanta Region; "the governor" is nominal' },
    { id: 'brenn', name: 'Lukan Brenn', type: 'person', forms: ['Lukan Brenn', 'Brenn'], note: 'the Prime Minister (state-aligned paper only)' },
    { id: 'sulc', name: 'Radek Šulc', type: 'person', forms: ['Radek Šulc', 'Radek Sulc', 'Šulc', 'Sulc'], note: 'the inmates\' spokesman; the wire and the explainer write Sulc' },
    { id: 'jelen', name: 'Marta Jelen', type: 'person', forms: ['Marta Jelen'], note: 'spokeswoman of the APF' },
    { id: 'retzel', name: 'Bogdan Retzel', type: 'person', forms: ['Bogdan Retzel'], note: 'chairman of the POU' },
    { id: 'sabo', name: 'Irena Sabo', type: 'person', forms: ['Irena Sabo'], note: 'head of surgery at Granitz District Hospital (Dr./Dr outside)' },
    { id: 'pavel-lisek', name: 'Pavel Lisek', type: 'person', forms: ['Pavel Lisek', 'Pavel', 'Lisek'], note: 'a guard held hostage and killed; "Pavel’s wife" is a first-name mention; the bare "Lisek" (shared with his wife) is assigned by hand' },
    { id: 'hana-lisek', name: 'Hana Lisek', type: 'person', forms: ['Hana Lisek', 'Lisek'], note: 'the guard\'s wife, quoted by the live blog' },
    { id: 'merkl', name: 'Dana Merkl', type: 'person', forms: ['Dana Merkl'], note: 'sister of an inmate, quoted by the live blog' },
    { id: 'pellingham', name: 'Clara Pellingham', type: 'person', forms: ['Clara Pellingham'], note: 'led the IPM visit to the prison' },
    { id: 'brandl', name: 'Ivo Brandl', type: 'person', forms: ['Ivo Brandl'], note: 'photographer in a caption credit' },
    { id: 'tomin', name: 'Sara Tomin', type: 'person', forms: ['Sara Tomin'], note: 'photographer in a caption credit' },
    { id: 'dvorak', name: 'Ema Dvorak', type: 'person', forms: ['Ema Dvorak'], note: 'Ledger reporter: her byline line is metadata, her photo credit in a caption is a mention' },
  ],

  nominals: [
    { pattern: '\\b[Tt]he (prison service|ministry|union|association|brigade|service|prison|wing|block|hospital|government|group|colonel|governor|minister|ombudsman|prosecutor|Prime Minister)\\b', why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b(?:[Tt]he )?[Pp]olice\\b', why: 'nominal reference to the police (no named police body; capitalized only at the start of a sentence)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the Prosecutor General\'s Office' },
    { pattern: '\\bparliament\\b', why: 'nominal reference to the (unnamed) parliament' },
    { pattern: "\\b[Aa] prison officers' union\\b", why: 'nominal reference to the Prison Officers\' Union (lowercase, in the wire)' },
  ],
  ignore: [
    { file: L, text: 'Ministry', context: 'Ministry: nine dead', why: 'nominal reference to the Ministry of Justice (a capitalized short form opening a key-events line)' },
  ],
  block: [],
  assign: [
    { file: V, text: 'Lisek', context: 'told VLN that Lisek', actor: 'pavel-lisek' },
    { file: L, text: 'Lisek', context: 'Lisek was one of the hostages', actor: 'pavel-lisek' },
  ],

  claims: [
    { file: V, speaker: 'Marta Jelen', cue: 'said the association’s spokeswoman, Marta Jelen', quote: 'We have the names of 16 men from Block D who are dead, and we will publish every one of them' },
    { file: V, speaker: 'Darius Mehlen', cue: 'he said', quote: 'Not a single live round was fired inside Block D' },
    { file: V, speaker: 'Bogdan Retzel', cue: 'told VLN', quote: 'was shot by the men who were sent in to rescue him' },
    { file: G, speaker: 'Adela Prohaska', cue: 'the minister said', quote: 'These men walked into smoke and darkness to bring our people home. They saved lives' },
    { file: G, speaker: 'Darius Mehlen', cue: 'he said', quote: 'My officers carried out the operation with special means only: stun grenades, gas and rubber projectiles' },
    { file: G, speaker: 'Lukan Brenn', cue: 'Brenn said', quote: 'Every family of an officer who gave his life at Granitz will be looked after by this country for as long as they need us' },
    { file: W, speaker: 'Adela Prohaska', cue: 'Prohaska told reporters in Morrenz', quote: 'The decision to go in was mine, and I stand by it' },
    { file: W, speaker: 'Radek Šulc', cue: 'Sulc wrote', quote: 'We are not asking for freedom. We are asking to be treated like people' },
    { file: W, speaker: 'Ilona Pavesic', cue: 'Pavesic said', quote: 'Every use of force in that building, by anyone, will be examined' },
    { file: X, speaker: 'Irena Sabo', cue: 'she told reporters', quote: 'I have taken bullets out of people before. I know what I took out of those men on Tuesday' },
    { file: X, speaker: 'Lidia Feranec', cue: 'said she had', quote: 'live ammunition had been used inside the block' },
    { file: X, speaker: 'Clara Pellingham', cue: 'told The Glasswater Review', quote: 'Granitz was a siege waiting to happen. Everyone who went through those gates knew it' },
    { file: L, speaker: 'Hana Lisek', cue: 'she said', quote: 'They told me at the morgue that he was shot. The inmates had knives and table legs. They did not have guns' },
    { file: L, speaker: 'Mirela Kostadin', cue: 'she said', quote: 'The block is under our control and the wounded are being cared for. I ask everyone to wait for official information' },
    { file: L, speaker: 'Dana Merkl', cue: 'she told the Ledger on Monday', quote: 'My brother went to prison for stealing cars. He did not go there to die' },
  ],

  contradictions: [
    {
      id: 'inmates-killed', level: 'core', kind: 'numeric',
      summary: 'The inmates killed: the Ministry of Justice says seven inmates (and two guards) died; the Association of Prisoners\' Families says it has the names of 16 dead inmates.',
      sides: [
        { file: V, quote: 'nine people were killed in the operation: seven inmates and two guards', value: '7 inmates', speaker: 'Ministry of Justice', camp: 'A' },
        { file: G, quote: 'Seven inmates lost their lives during the operation.', value: '7 inmates', speaker: 'Ministry of Justice', camp: 'A' },
        { file: W, quote: 'The Justice Ministry said seven inmates and two guards had died.', value: '7 inmates', speaker: 'Ministry of Justice', camp: 'A' },
        { file: X, quote: 'The official toll is seven inmates and two guards.', value: '7 inmates', speaker: 'Ministry of Justice', camp: 'A' },
        { file: L, quote: 'nine people died in the operation, it says, seven inmates and two guards', value: '7 inmates', speaker: 'Ministry of Justice', camp: 'A' },
        { file: V, quote: 'We have the names of 16 men from Block D who are dead', value: '16 inmates', speaker: 'Marta Jelen', camp: 'B' },
        { file: X, quote: 'has published the names of 16 inmates it says died', value: '16 inmates', speaker: "Association of Prisoners' Families", camp: 'B' },
        { file: L, quote: 'has spoken to relatives of 16 inmates who have been told their family members are dead', value: '16 inmates', speaker: 'Marta Jelen', camp: 'B' },
      ],
    },
    {
      id: 'hostages', level: 'core', kind: 'numeric',
      summary: 'How many were taken hostage: the Ministry of Justice says nine prison officers; the Prison Officers\' Union says 13 staff, eleven officers, a nurse and a kitchen worker.',
      sides: [
        { file: V, quote: 'The Ministry of Justice says nine prison officers were taken hostage.', value: '9', speaker: 'Ministry of Justice', camp: 'A' },
        { file: G, quote: 'nine prison officers were taken hostage on Sunday evening', value: '9', speaker: 'Ministry of Justice', camp: 'A' },
        { file: W, quote: 'The ministry says nine officers were held.', value: '9', speaker: 'Ministry of Justice', camp: 'A' },
        { file: X, quote: 'The Justice Ministry has always said nine officers were held', value: '9', speaker: 'Ministry of Justice', camp: 'A' },
        { file: V, quote: 'says 13 staff were held, eleven officers, a nurse and a kitchen worker', value: '13', speaker: "Prison Officers' Union", camp: 'B' },
        { file: X, quote: 'the Prison Officers’ Union (POU) counts 13, including a nurse and a kitchen worker', value: '13', speaker: "Prison Officers' Union", camp: 'B' },
        { file: L, quote: 'says 13 of its members and civilian staff were held in D Block, not the nine given by the ministry', value: '13', speaker: "Prison Officers' Union", camp: 'B' },
      ],
    },
    {
      id: 'guards-killed-by', level: 'core', kind: 'attribution',
      summary: 'Who killed the two guards: the government says inmates murdered them with improvised blades; the guards\' union and Pavel Lisek\'s widow say he was shot by the storming SIB.',
      sides: [
        { file: V, quote: 'were murdered by inmates in the first minutes of the assault', speaker: 'Adela Prohaska', camp: 'A' },
        { file: G, quote: 'both officers were killed by inmates with improvised blades', speaker: 'Ministry of Justice', camp: 'A' },
        { file: X, quote: 'The government says inmates killed them with improvised blades.', speaker: 'Ministry of Justice', camp: 'A' },
        { file: V, quote: 'was shot by the men who were sent in to rescue him', speaker: 'Bogdan Retzel', camp: 'B' },
        { file: X, quote: 'was killed by SIB gunfire, and that the preliminary autopsy shows it', speaker: "Prison Officers' Union", camp: 'B' },
        { file: L, quote: 'They told me at the morgue that he was shot.', speaker: 'Hana Lisek', camp: 'B' },
      ],
    },
    {
      id: 'live-rounds', level: 'core', kind: 'polarity',
      summary: 'Whether live ammunition was used: the SIB and its commander say no live round was fired; a surgeon at Granitz District Hospital and the ombudsman say inmates had wounds from live ammunition.',
      sides: [
        { file: V, quote: 'Not a single live round was fired inside Block D', speaker: 'Darius Mehlen', camp: 'A' },
        { file: G, quote: 'No live ammunition was used at any stage of the operation', speaker: 'Darius Mehlen', camp: 'A' },
        { file: W, quote: 'said his officers had not used live ammunition, only non-lethal weapons', speaker: 'Darius Mehlen', camp: 'A' },
        { file: X, quote: 'The SIB says it fired no live rounds.', speaker: 'Special Intervention Brigade', camp: 'A' },
        { file: V, quote: 'four of the inmates she operated on had wounds caused by live ammunition', speaker: 'Irena Sabo', camp: 'B' },
        { file: X, quote: 'I have taken bullets out of people before.', speaker: 'Irena Sabo', camp: 'B' },
        { file: X, quote: 'said she had “no doubt” that live ammunition had been used inside the block', speaker: 'Lidia Feranec', camp: 'B' },
      ],
    },
    {
      id: 'escape-or-protest', level: 'secondary', kind: 'polarity',
      summary: 'Why the riot began: the ministry says it was a planned (mass) escape; relatives, the families\' association and the ombudsman say it was a protest over conditions, not an escape.',
      sides: [
        { file: V, quote: 'The Justice Ministry says the uprising was a planned breakout', speaker: 'Ministry of Justice', camp: 'A' },
        { file: G, quote: 'the uprising was prepared in advance as a mass escape', speaker: 'Ministry of Justice', camp: 'A' },
        { file: W, quote: 'The ministry described the uprising as a planned escape attempt', speaker: 'Ministry of Justice', camp: 'A' },
        { file: X, quote: 'The ministry calls it a planned mass escape.', speaker: 'Ministry of Justice', camp: 'A' },
        { file: V, quote: 'say the men were protesting against their conditions', speaker: 'Lidia Feranec', camp: 'B' },
        { file: X, quote: 'say the riot began as a protest against conditions, not as an escape', speaker: 'Lidia Feranec', camp: 'B' },
        { file: L, quote: 'The APF says the men were protesting about the cold and the ban on visits, not trying to escape.', speaker: "Association of Prisoners' Families", camp: 'B' },
      ],
    },
    {
      id: 'storm-time', level: 'secondary', kind: 'temporal',
      summary: 'When the storming began: the ministry says at 04:40 on Tuesday; residents of Kalvar Street say they heard the first explosions and gunfire at about 03:15.',
      sides: [
        { file: G, quote: 'The operation to free them began at 04:40 on Tuesday', value: '04:40', speaker: 'Ministry of Justice', camp: 'A' },
        { file: W, quote: 'which began at 04:40 local time, according to the ministry', value: '04:40', speaker: 'Ministry of Justice', camp: 'A' },
        { file: X, quote: 'The ministry also puts the start of the assault at 04:40.', value: '04:40', speaker: 'Ministry of Justice', camp: 'A' },
        { file: L, quote: 'The operation began at 04:40, a ministry spokesman said.', value: '04:40', speaker: 'Ministry of Justice', camp: 'A' },
        { file: X, quote: 'told the Orvanta Ledger they heard explosions from about 03:15', value: '~03:15', speaker: 'residents of Kalvar Street', camp: 'B' },
        { file: L, quote: 'they heard the first explosions and bursts of gunfire at about 03:15', value: '~03:15', speaker: 'residents of Kalvar Street', camp: 'B' },
      ],
    },
    {
      id: 'storm-order', level: 'secondary', kind: 'attribution',
      summary: 'Who ordered the storming: Justice Minister Adela Prohaska says she ordered it herself; Governor Mirela Kostadin (and the SIB commander) say the order came from her as head of the regional crisis staff.',
      sides: [
        { file: W, quote: 'Justice Minister Adela Prohaska said she had personally ordered the assault', speaker: 'Adela Prohaska', camp: 'A' },
        { file: X, quote: 'Justice Minister Adela Prohaska told Portolan the decision to go in was hers.', speaker: 'Adela Prohaska', camp: 'A' },
        { file: V, quote: 'the order to go in came from Governor Mirela Kostadin of Orvanta Region', speaker: 'Darius Mehlen', camp: 'B' },
        { file: G, quote: 'said she had given the order to go in as head of the regional crisis staff', speaker: 'Mirela Kostadin', camp: 'B' },
        { file: X, quote: 'told the state-aligned Republic Gazette that she had given it, as head of the regional crisis staff', speaker: 'Mirela Kostadin', camp: 'B' },
      ],
    },
    {
      id: 'director-suspended', level: 'secondary', kind: 'status',
      summary: 'Whether the prison service\'s director general Vilem Sokolar was suspended: the Justice Minister told parliament he had been; the Correctional Service says he remains in his post and leads the internal review.',
      sides: [
        { file: V, quote: 'Vilem Sokolar, had been suspended while the Prosecutor General’s Office investigates', speaker: 'Adela Prohaska', camp: 'A' },
        { file: X, quote: 'On Wednesday Prohaska told parliament that the director general of the Correctional Service of Alvessia had been suspended.', speaker: 'Adela Prohaska', camp: 'A' },
        { file: G, quote: 'remains in his post and is personally leading the internal review of security at Granitz', speaker: 'Correctional Service of Alvessia', camp: 'B' },
        { file: G, quote: 'Reports in some media that Mr Sokolar had been suspended were "not true"', speaker: 'Correctional Service of Alvessia', camp: 'B' },
        { file: X, quote: 'his service said Sokolar remained in his post and was leading its internal review', speaker: 'Correctional Service of Alvessia', camp: 'B' },
      ],
    },
    {
      id: 'hospital-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing the regional health department, that 23 people had been taken to hospital, then corrected the figure to 32, the number the other outlets give.',
      sides: [
        { file: L, quote: 'Twenty-three people have been taken to hospital, the regional health department says', value: '23', speaker: 'regional health department', camp: 'A' },
        { file: L, quote: 'The regional health department’s figure is 32', value: '32', speaker: 'regional health department', camp: 'B' },
        { file: W, quote: '32 people were injured, the regional health department said', value: '32', speaker: 'regional health department', camp: 'B' },
        { file: V, quote: 'Thirty-two people were injured', value: '32', speaker: 'VLN News', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rises', kind: 'numeric',
      summary: 'The toll rose from four in the morning to nine by midday as bodies were recovered, and the wire says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'The prison service says four people have been killed', value: '4 (07:05)' },
        { file: W, quote: 'The toll rose through the morning from four to nine', value: '9 (later)' },
      ],
    },
    {
      id: 'population-rounding', kind: 'numeric',
      summary: 'A prison of 1,412 inmates and "about 1,400 prisoners" are the same figure rounded.',
      sides: [
        { file: G, quote: 'Granitz, which holds 1,412 inmates', value: '1,412' },
        { file: X, quote: 'a grey complex holding about 1,400 prisoners', value: '~1,400' },
      ],
    },
    {
      id: 'inmates-vs-guards', kind: 'numeric',
      summary: 'Seven inmates and two guards dead are different sets (the official toll of nine splits into both).',
      sides: [
        { file: G, quote: 'Seven inmates lost their lives during the operation.', value: '7 inmates' },
        { file: L, quote: 'Two guards are among the dead', value: '2 guards' },
      ],
    },
    {
      id: 'hospital-part-whole', kind: 'numeric',
      summary: '19 injured taken to Granitz District Hospital and 32 treated in all are part and whole.',
      sides: [
        { file: V, quote: '19 of them taken to Granitz District Hospital', value: '19 (one hospital)' },
        { file: G, quote: 'A total of 32 people received medical care', value: '32 (all)' },
      ],
    },
    {
      id: 'gas-synonyms', kind: 'polarity',
      summary: 'Tear gas and CS gas are the same thing (synonyms), not two accounts of the weapons used.',
      sides: [
        { file: L, quote: 'A smell of tear gas still hangs over the street.', value: 'tear gas' },
        { file: X, quote: 'CS gas was pumped into the corridors before the first team went in', value: 'CS gas' },
      ],
    },
    {
      id: 'officers-about-vs-more', kind: 'numeric',
      summary: '"More than 200" and "about 220" SIB officers taking part are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 200 officers of the Special Intervention Brigade (SIB) took part', value: '>200' },
        { file: G, quote: 'About 220 officers of the brigade took part.', value: '~220' },
      ],
    },
    {
      id: 'ambulances-dozen', kind: 'numeric',
      summary: '"A dozen" and "twelve" ambulances are one number in different words.',
      sides: [
        { file: L, quote: 'A dozen ambulances have driven in and out of the main gate', value: 'a dozen' },
        { file: W, quote: 'Twelve ambulances were sent to the prison', value: '12' },
      ],
    },
  ],
};
