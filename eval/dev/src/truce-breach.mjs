// Hand-written gold source for the breach of the Khadrel truce (invented event, Ombessa, April 2026).
// build-gold.mjs turns it into ../gold/truce-breach.json.
// Four files have random names. The live blog and the explainer imitate text saved from news
// websites (.txt: site name, navigation bar, the headline twice, bylines, "Updated" lines, "Share
// this article", "Advertisement", "Read more" lines, captions with photo credits and, in the
// explainer, footnote markers with a numbered source list and the author's bio); the web story is
// Markdown converted from a news page (breadcrumb links, a `# Headline`, an italic standfirst, a
// byline as a link, a "Published ... · Updated ..." line, an image line, key points and a "Read
// more" link); the state-aligned paper is Markdown with YAML front matter. The wire is a plain
// .txt with headline, outlet, date and byline lines.
// Site names, navigation bars, subscription lines, bylines, date and "Updated" lines, "Share this
// article", "Advertisement", "Read more" lines, the breadcrumb line, the wire's "(Reporting by ...)"
// line, the source list and the author's bio are metadata (meta: 1-based line numbers); headlines,
// standfirsts, key points, image alt texts, captions and their credits are counted text. Link URLs
// are not text: they are in ignore (a nominal pattern).
const L = 'e2ef6391492a684c.txt'; // Tamarind TV live blog, newest first (Monday 20 April, 07:30 to 23:10), UK style, curly quotes, writes Khadrel, Jaber Haddaj and Belhoudi
const W = 'gimlet-wire.txt'; // Gimlet wire (Tuesday 21 April), US style, straight quotes, writes Djaber Haddaj
const N = '3909ad20100a9522.md'; // CWT News web story (Tuesday 21 April), breadcrumb Markdown, UK style, curly quotes, writes Belhoudy
const T = '3c2b65a745a4a58b.md'; // state-aligned Citadel Daily (Tuesday 21 April), YAML front matter, curly quotes, sides with the army
const X = '56e64d7d054ec3cc.txt'; // The Keystone explainer in questions with footnotes (Wednesday 22 April), US style, straight quotes, writes Qadrel and Djaber Haddaj

export default {
  corpus: 'truce-breach',
  note: 'Invented event written for the project: at 6 a.m. on Saturday 18 April 2026 a ceasefire between the Ombessan Armed Forces (OAF) and the paramilitary Red Wind Forces (RWF), brokered by neighbouring Sahrane and the Basin States Organisation (BSO), takes effect in the fictional country of Ombessa (capital Lumbara). On Monday 20 April fighting breaks out again in Khadrel (Qadrel in the explainer), the second city, divided along the Aswel River between the army-held west (Maydun) and the RWF-held east (Kafra): shells hit the Zehra Market and the Dunmar pumping station, and civilians flee west across the Ferrane Bridge; Sahrane and the BSO call an emergency meeting in Ilmerane, the Sahranian capital, for Wednesday. The army and its spokesman Brigadier General Anouar Belhoudi (Belhoudy in the web story), the RWF, its commander Lieutenant General Jaber Haddaj (Djaber in the wire and the explainer) and its spokesman Yassin Ferroukh, Foreign Minister Nawal Sederi, Sahrane\'s special envoy Othman Velasi, the BSO\'s Joint Monitoring Mission (JMM) and its head Major General Ansgar Teramund, the International Relief Coordination Office (IRCO) and its humanitarian coordinator Femke Voskamp, the Khadrel Doctors\' Committee and its spokeswoman Dr Souad Settouf, the Kafra Resistance Committee and its spokesman Hisham Oubari, the Aswel Water Corporation and its director Fathi Zoubeir, Hamdan Teaching Hospital and its director Dr Ridwan Zenati, and residents who fled (Rashida Mounsif, Youssef Tellaoui) disagree about who fired first (the RWF, attacking the army at the bridge, by the army; the army, shelling Kafra, by the RWF), the civilians killed (42 by the doctors\' committee, 19 by the government), whether the RWF used drones on the pumping station (the army; denied by the RWF), whether the truce still holds (the envoy and the government) or is dead (Haddaj; the wire in its own voice), when the shelling began (about 05:20 by residents and the resistance committee; 06:45 by the army), whether the monitors were let into Kafra (refused entry, by the JMM; given full access and escorted in, by the army), the people who left Kafra (about 30,000 by IRCO, 12,000 by the army) and who said "Whoever fired first on Monday fired at the negotiating table, not at the enemy" (the envoy Velasi in the web story, the foreign minister Sederi in the state-aligned paper); the live blog corrects its own count of the wounded brought to Hamdan Teaching Hospital (214, then 124). The doctors\' count rising from 11 in the morning to 42 by nightfall is an update; the pumping station\'s "about 60 per cent" and "58 percent" of the city\'s water are one figure rounded; four soldiers killed are not among the civilians; the 14 killed at the market are part of the 42; the station "knocked out of service" and "stopped pumping" are one state; "about 400,000" and "more than 350,000" people without running water agree; the truce agreed in Zarqin in August 2024 that held nine days is an earlier truce.',
  files: [L, W, N, T, X],
  meta: {
    [L]: [1, 2, 3, 4, 10, 11, 29, 56, 81, 83],
    [W]: [2, 3, 4, 48],
    [N]: [1, 7, 9, 64],
    [T]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 65, 66, 67, 68, 69, 70, 72],
  },

  actors: [
    // places
    { id: 'ombessa', name: 'Ombessa', type: 'place', forms: ['Ombessa'], note: 'the country; "Ombessan" is a demonym and "Ombessan Armed Forces" a nested name; "Ombessa\'s army" is a mention' },
    { id: 'lumbara', name: 'Lumbara', type: 'place', forms: ['Lumbara'], note: 'the capital, seat of the government' },
    { id: 'khadrel', name: 'Khadrel', type: 'place', forms: ['Khadrel', 'Qadrel', 'KHADREL'], note: 'the divided second city; the explainer writes Qadrel; the datelines are capitalized; inside "Khadrel Doctors\' Committee" (and "Qadrel Doctors\' Committee") it is nested' },
    { id: 'aswel', name: 'Aswel River', type: 'place', forms: ['Aswel River'], note: 'the river dividing the city; inside "Aswel Water Corporation" it is nested; "the river" is nominal' },
    { id: 'ferrane', name: 'Ferrane Bridge', type: 'place', forms: ['Ferrane Bridge'], note: 'the only open crossing over the Aswel River; "the bridge" is nominal' },
    { id: 'kafra', name: 'Kafra', type: 'place', forms: ['Kafra'], note: 'the RWF-held eastern district; inside "Kafra Resistance Committee" it is nested' },
    { id: 'maydun', name: 'Maydun', type: 'place', forms: ['Maydun'], note: 'the army-held western district where the displaced shelter' },
    { id: 'zehra', name: 'Zehra Market', type: 'place', forms: ['Zehra Market'], note: 'the market in Kafra hit by shells (a named facility); "the market" is nominal' },
    { id: 'dunmar', name: 'Dunmar', type: 'place', forms: ['Dunmar'], note: 'the water-pumping station on the east bank, always "the Dunmar pumping station" (lowercase "pumping station" is outside); "the station" is nominal' },
    { id: 'zarqin', name: 'Zarqin', type: 'place', forms: ['Zarqin'], note: 'the town where an earlier truce was agreed, in August 2024 (explainer)' },
    { id: 'sahrane', name: 'Sahrane', type: 'place', forms: ['Sahrane'], note: 'the neighbouring mediating state, a place also when used for its government ("Sahrane and the Basin States Organisation have called"); "Sahranian" is a demonym' },
    { id: 'ilmerane', name: 'Ilmerane', type: 'place', forms: ['Ilmerane'], note: 'the Sahranian capital, venue of the emergency meeting' },
    // organizations
    { id: 'oaf', name: 'Ombessan Armed Forces', type: 'organization', forms: ['Ombessan Armed Forces', 'OAF', 'Armed Forces'], note: 'the national army, defined as (OAF) in the live blog, the wire and the state-aligned paper; the capitalized short form "the Armed Forces" (state-aligned paper, the minister\'s quotation in the live blog) is a mention; lowercase "army" and "Army" are nominal' },
    { id: 'rwf', name: 'Red Wind Forces', type: 'organization', forms: ['Red Wind Forces', 'RWF', 'Red Wind'], note: 'the paramilitary force, defined as (RWF); "the Red Wind militia", "Red Wind militias" and "the Red Wind leadership" hold the short form "Red Wind"; "RWF-held" is glued (ignored); "the militia", "the force" and "the rebels" are nominal' },
    { id: 'bso', name: 'Basin States Organisation', type: 'organization', forms: ['Basin States Organisation', 'BSO'], note: 'the regional organisation that co-brokered the truce, defined as (BSO); "the BSO\'s" is a mention with the possessive outside' },
    { id: 'jmm', name: 'Joint Monitoring Mission', type: 'organization', forms: ['Joint Monitoring Mission', 'JMM'], note: 'the BSO\'s ceasefire observers, defined as (JMM); "the mission" and "the monitors" are nominal' },
    { id: 'irco', name: 'International Relief Coordination Office', type: 'organization', forms: ['International Relief Coordination Office', 'IRCO'], note: 'the UN-style humanitarian agency, defined as (IRCO); "the agency" is nominal' },
    { id: 'doctors', name: 'Khadrel Doctors\' Committee', type: 'organization', forms: ['Khadrel Doctors’ Committee', 'Khadrel Doctors\' Committee', 'Qadrel Doctors\' Committee'], note: 'the physicians\' association that counts casualties (curly apostrophe in the live blog, the web story and the state-aligned paper; Qadrel in the explainer); "the committee" is nominal' },
    { id: 'resistance', name: 'Kafra Resistance Committee', type: 'organization', forms: ['Kafra Resistance Committee'], note: 'the neighbourhood volunteer group of Kafra' },
    { id: 'water', name: 'Aswel Water Corporation', type: 'organization', forms: ['Aswel Water Corporation'], note: 'the water utility; "the water corporation" and "the utility" are nominal' },
    { id: 'hospital', name: 'Hamdan Teaching Hospital', type: 'organization', forms: ['Hamdan Teaching Hospital'], note: 'the main hospital on the east bank; "the hospital" is nominal' },
    { id: 'tamarind', name: 'Tamarind TV', type: 'organization', forms: ['Tamarind TV'], note: 'the regional broadcaster running the live blog: "told Tamarind TV" and its photo credits (live blog and explainer) are mentions; its site-name line, its "Watch Tamarind TV live" line and the source list are metadata' },
    { id: 'gimlet', name: 'Gimlet', type: 'organization', forms: ['Gimlet'], note: 'the wire agency: the dateline "(Gimlet)" and "Gimlet could not independently verify" are mentions; its outlet line and the source list are metadata' },
    { id: 'cwt', name: 'CWT News', type: 'organization', forms: ['CWT News'], note: 'the international broadcaster, named in its own text, its photo credit and the explainer ("CWT News quoted"); the breadcrumb line and the source list are metadata' },
    { id: 'citadel', name: 'Citadel Daily', type: 'organization', forms: ['Citadel Daily'], note: 'the state-aligned paper: "told Citadel Daily" and "The state-aligned Citadel Daily printed" (explainer) are mentions; its front matter and the source list are metadata' },
    { id: 'keystone', name: 'The Keystone', type: 'organization', forms: ['The Keystone'], note: 'the explainer site, which names itself in the text ("told The Keystone", "The Keystone has asked"); its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'belhoudi', name: 'Anouar Belhoudi', type: 'person', forms: ['Anouar Belhoudi', 'Anouar Belhoudy', 'Belhoudi', 'Belhoudy'], note: 'the army spokesman, Brigadier General (a title outside the span); the web story writes Belhoudy ("Mr Belhoudy"); "the army spokesman" and "the spokesman" are nominal' },
    { id: 'haddaj', name: 'Jaber Haddaj', type: 'person', forms: ['Jaber Haddaj', 'Djaber Haddaj', 'Haddaj'], note: 'the RWF commander, Lieutenant General; the wire and the explainer write Djaber; "the militia\'s commander" is nominal' },
    { id: 'ferroukh', name: 'Yassin Ferroukh', type: 'person', forms: ['Yassin Ferroukh', 'Ferroukh'], note: 'the RWF spokesman' },
    { id: 'sederi', name: 'Nawal Sederi', type: 'person', forms: ['Nawal Sederi', 'Sederi'], note: 'the Foreign Minister ("Foreign Minister", "Minister" and "Ms" before the name are titles; "the Minister" without the name is nominal)' },
    { id: 'velasi', name: 'Othman Velasi', type: 'person', forms: ['Othman Velasi', 'Velasi'], note: 'Sahrane\'s special envoy ("Mr Velasi"); "the envoy" is nominal' },
    { id: 'teramund', name: 'Ansgar Teramund', type: 'person', forms: ['Ansgar Teramund'], note: 'head of the Joint Monitoring Mission, Major General' },
    { id: 'voskamp', name: 'Femke Voskamp', type: 'person', forms: ['Femke Voskamp'], note: 'IRCO\'s humanitarian coordinator for Ombessa' },
    { id: 'settouf', name: 'Souad Settouf', type: 'person', forms: ['Souad Settouf'], note: 'spokeswoman of the doctors\' committee ("Dr" / "Dr." outside)' },
    { id: 'oubari', name: 'Hisham Oubari', type: 'person', forms: ['Hisham Oubari'], note: 'spokesman of the Kafra Resistance Committee' },
    { id: 'zoubeir', name: 'Fathi Zoubeir', type: 'person', forms: ['Fathi Zoubeir'], note: 'director of the Aswel Water Corporation' },
    { id: 'zenati', name: 'Ridwan Zenati', type: 'person', forms: ['Ridwan Zenati'], note: 'director of Hamdan Teaching Hospital ("Dr" outside)' },
    { id: 'mounsif', name: 'Rashida Mounsif', type: 'person', forms: ['Rashida Mounsif'], note: 'a mother who fled across the bridge (live blog)' },
    { id: 'tellaoui', name: 'Youssef Tellaoui', type: 'person', forms: ['Youssef Tellaoui', 'Tellaoui'], note: 'a shopkeeper at the Zehra Market who fled ("Mr Tellaoui", web story)' },
    { id: 'bashar', name: 'Bashar', type: 'person', forms: ['Bashar'], note: 'a man from Kafra who gave only his first name (state-aligned paper)' },
    { id: 'kasrani', name: 'Salma Kasrani', type: 'person', forms: ['Salma Kasrani'], note: 'Tamarind TV correspondent named in a post ("Our correspondent Salma Kasrani"); the byline line is metadata' },
    { id: 'amzal', name: 'Rafik Amzal', type: 'person', forms: ['Rafik Amzal'], note: 'Tamarind TV correspondent in Ilmerane named in a post; the byline line is metadata' },
    { id: 'bouzid', name: 'Latifa Bouzid', type: 'person', forms: ['Latifa Bouzid'], note: 'Tamarind TV photographer credited in captions (live blog and explainer)' },
    { id: 'chergui', name: 'Kamel Chergui', type: 'person', forms: ['Kamel Chergui'], note: 'CWT News photographer credited in a caption' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:militia|militia['’]s|rebels|force|paramilitary force|mission|monitors|observers|committee|committee['’]s|hospital|hospital['’]s|agency|agency['’]s|market|station|bridge|river|district|city|(?:water )?corporation|utility|envoy|Minister|spokesman|mediators|bloc|capital|Sahranian capital|government|government['’]s)\\b", why: 'nominal reference to a named body, person or place, or a title without a name (lowercase, or "the Minister")' },
    { pattern: "\\b[Tt]he Republic\\b", why: 'nominal reference to the state of Ombessa ("The Republic remains committed")' },
    { pattern: "\\b(?:[Ii]ts|[Tt]heir|[Hh]is) (?:spokesman|spokeswoman|commander|director)\\b", why: 'nominal reference to a named person (lowercase)' },
    { pattern: "\\b(?:[Tt]he )?[Aa]rmy(?:['’]s)?\\b", why: 'nominal reference to the Ombessan Armed Forces (lowercase "army", or "Army")' },
  ],
  ignore: [
    { file: T, text: 'President', context: 'The President’s office', why: 'title without a name (the President)' },
  ],
  block: [],
  assign: [],

  claims: [
    { file: L, speaker: 'Othman Velasi', cue: 'Velasi said', quote: 'The ceasefire has been violated, gravely, but it has not collapsed' },
    { file: L, speaker: 'Jaber Haddaj', cue: 'Haddaj says', quote: 'There is no truce any more. The army buried it this morning under the roof of the Zehra Market' },
    { file: L, speaker: 'Yassin Ferroukh', cue: 'he said', quote: 'We do not own a single drone, and we have never used one' },
    { file: L, speaker: 'Ansgar Teramund', cue: 'the head of the mission, Major General Ansgar Teramund, said in a statement', quote: 'Our team was stopped at the bridge and refused entry into Kafra' },
    { file: L, speaker: 'Rashida Mounsif', cue: 'she said', quote: 'The windows came in. We left with what we were wearing' },
    { file: L, speaker: 'Nawal Sederi', cue: 'she said', quote: 'The truce remains in force, and the Armed Forces will respect it as long as it is respected.' },
    { file: W, speaker: 'Yassin Ferroukh', cue: 'he said', quote: 'They shelled a market full of women buying bread, and now they want the world to believe we started it' },
    { file: W, speaker: 'Femke Voskamp', cue: 'said Femke Voskamp', quote: 'People are sleeping in classrooms, in car parks, on the pavement' },
    { file: N, speaker: 'Youssef Tellaoui', cue: 'said Mr Tellaoui', quote: 'I did not stop until the river' },
    { file: N, speaker: 'Othman Velasi', cue: 'Mr Velasi said', quote: 'Whoever fired first on Monday fired at the negotiating table, not at the enemy' },
    { file: N, speaker: 'Hisham Oubari', cue: 'said Hisham Oubari of the Kafra Resistance Committee', quote: 'There is no ceasefire in Kafra. There is a ceasefire in Ilmerane' },
    { file: N, speaker: 'Ridwan Zenati', cue: 'he said', quote: 'We have one generator and fuel for two days' },
    { file: T, speaker: 'Anouar Belhoudi', cue: 'Brigadier General Belhoudi told Citadel Daily', quote: 'Our forces did not fire a single round until they were fired upon' },
    { file: T, speaker: 'Nawal Sederi', cue: 'the Minister said in a televised address on Monday evening', quote: 'The truce remains in force. The Republic signed it, and the Republic will honour it' },
    { file: X, speaker: 'Souad Settouf', cue: 'told The Keystone', quote: 'We count the dead by name, not by press release' },
  ],

  contradictions: [
    {
      id: 'fired-first', level: 'core', kind: 'attribution',
      summary: 'Who broke the truce by firing first: the army (Brigadier General Anouar Belhoudi) and the state-aligned paper say RWF fighters attacked army positions at the western end of the Ferrane Bridge and troops only returned fire; the RWF (its spokesman Yassin Ferroukh and commander Jaber Haddaj) says army artillery shelled Kafra first, hitting the market.',
      sides: [
        { file: L, quote: 'Brigadier General Belhoudi said “Red Wind militias” attacked army positions at the western end of the Ferrane Bridge', speaker: 'Anouar Belhoudi', camp: 'A' },
        { file: W, quote: 'said RWF fighters had attacked army positions at the western end of the Ferrane Bridge and that troops "returned fire in self-defense."', speaker: 'Anouar Belhoudi', camp: 'A' },
        { file: N, quote: 'said RWF fighters had attacked army positions guarding the western approach to the Ferrane Bridge at dawn', speaker: 'Anouar Belhoudi', camp: 'A' },
        { file: T, quote: 'repelled a dawn attack by the Red Wind militia on their positions at the Ferrane Bridge, after the rebels broke the ceasefire', speaker: 'Citadel Daily', camp: 'A' },
        { file: T, quote: 'Our forces did not fire a single round until they were fired upon', speaker: 'Anouar Belhoudi', camp: 'A' },
        { file: X, quote: 'The army says RWF fighters attacked its positions at the western end of the Ferrane Bridge and that its troops only returned fire.', speaker: 'Ombessan Armed Forces', camp: 'A' },
        { file: L, quote: 'said by phone that army artillery on the west bank opened fire on Kafra first, hitting the market as it filled up', speaker: 'Yassin Ferroukh', camp: 'B' },
        { file: W, quote: 'Yassin Ferroukh, the RWF spokesman, said army artillery had opened fire on Kafra first.', speaker: 'Yassin Ferroukh', camp: 'B' },
        { file: N, quote: 'accused the army of shelling Kafra “without provocation” and said his fighters had returned fire only after the market was hit', speaker: 'Jaber Haddaj', camp: 'B' },
        { file: X, quote: 'The RWF says army artillery shelled Kafra first and hit the market.', speaker: 'Red Wind Forces', camp: 'B' },
      ],
    },
    {
      id: 'civilians-killed', level: 'core', kind: 'numeric',
      summary: 'How many civilians were killed on Monday: the Khadrel Doctors\' Committee (Dr Souad Settouf) says 42; the government, through Foreign Minister Nawal Sederi, says 19, and a government official calls the doctors\' figure "inflated for foreign cameras".',
      sides: [
        { file: L, quote: 'Forty-two civilians were killed across Kafra on Monday', value: '42', speaker: 'Khadrel Doctors\' Committee', camp: 'A' },
        { file: L, quote: 'The Khadrel Doctors’ Committee says 42 civilians were killed.', value: '42', speaker: 'Khadrel Doctors\' Committee', camp: 'A' },
        { file: W, quote: 'said 42 civilians were killed, most of them in the RWF-held eastern district of Kafra', value: '42', speaker: 'Khadrel Doctors\' Committee', camp: 'A' },
        { file: N, quote: 'The Khadrel Doctors’ Committee says 42 civilians were killed on Monday, most of them in Kafra.', value: '42', speaker: 'Khadrel Doctors\' Committee', camp: 'A' },
        { file: N, quote: 'Doctors say 42 civilians were killed', value: '42', speaker: 'Khadrel Doctors\' Committee', camp: 'A' },
        { file: X, quote: 'says 42 civilians were killed on Monday.[2][3]', value: '42', speaker: 'Khadrel Doctors\' Committee', camp: 'A' },
        { file: L, quote: 'She said 19 civilians had been killed', value: '19', speaker: 'Nawal Sederi', camp: 'B' },
        { file: W, quote: 'Foreign Minister Nawal Sederi put the civilian death toll at 19.', value: '19', speaker: 'Nawal Sederi', camp: 'B' },
        { file: N, quote: 'The government says 19.', value: '19', speaker: 'Nawal Sederi', camp: 'B' },
        { file: N, quote: 'the government says 19', value: '19', speaker: 'Nawal Sederi', camp: 'B' },
        { file: T, quote: 'She said 19 civilians had lost their lives in Kafra', value: '19', speaker: 'Nawal Sederi', camp: 'B' },
        { file: T, quote: 'Figures of more than forty dead circulated on Monday night by the so-called Khadrel Doctors’ Committee were “inflated for foreign cameras”', value: 'not >40', speaker: 'Citadel Daily', camp: 'B' },
        { file: X, quote: 'The government, through Foreign Minister Nawal Sederi, says 19.', value: '19', speaker: 'Nawal Sederi', camp: 'B' },
      ],
    },
    {
      id: 'truce-holds', level: 'core', kind: 'status',
      summary: 'Whether the truce still holds: Sahrane\'s envoy Othman Velasi says it has been violated but not collapsed and still holds, and Foreign Minister Nawal Sederi says it remains in force; the RWF commander Jaber Haddaj says there is no truce any more, the wire says in its own voice that it appeared to have collapsed in all but name, and the Kafra Resistance Committee says there is no ceasefire in Kafra.',
      sides: [
        { file: L, quote: 'The ceasefire has been violated, gravely, but it has not collapsed', speaker: 'Othman Velasi', camp: 'A' },
        { file: L, quote: 'The truce remains in force, and the Armed Forces will respect it as long as it is respected.', speaker: 'Nawal Sederi', camp: 'A' },
        { file: W, quote: 'said on Monday evening that it had been "violated, gravely, but it has not collapsed."', speaker: 'Othman Velasi', camp: 'A' },
        { file: N, quote: 'The ceasefire holds. It has been broken in one city, on one morning, and we intend to mend it on Wednesday', speaker: 'Othman Velasi', camp: 'A' },
        { file: T, quote: 'The truce remains in force. The Republic signed it, and the Republic will honour it', speaker: 'Nawal Sederi', camp: 'A' },
        { file: X, quote: 'says the ceasefire "has been violated, gravely, but it has not collapsed," and the government says it remains in force', speaker: 'Othman Velasi', camp: 'A' },
        { file: L, quote: 'There is no truce any more. The army buried it this morning under the roof of the Zehra Market', speaker: 'Jaber Haddaj', camp: 'B' },
        { file: W, quote: 'appeared on Tuesday to have collapsed in all but name', speaker: 'Gimlet', camp: 'B' },
        { file: W, quote: 'RWF commander Lieutenant General Djaber Haddaj said "there is no truce any more"', speaker: 'Jaber Haddaj', camp: 'B' },
        { file: N, quote: 'There is no ceasefire in Kafra. There is a ceasefire in Ilmerane', speaker: 'Hisham Oubari', camp: 'B' },
        { file: T, quote: 'declared in a video on Monday that the truce was over', speaker: 'Jaber Haddaj', camp: 'B' },
        { file: X, quote: 'The RWF commander, Lieutenant General Djaber Haddaj, says it is dead: "There is no truce any more," he said in a video on Monday.', speaker: 'Jaber Haddaj', camp: 'B' },
      ],
    },
    {
      id: 'drones', level: 'secondary', kind: 'polarity',
      summary: 'Whether the RWF used drones: the army (Brigadier General Anouar Belhoudi) says three explosive-laden drones launched from Kafra struck the Dunmar pumping station; the RWF (Yassin Ferroukh) says it owns no drone and has never used one.',
      sides: [
        { file: L, quote: 'He added that three explosive-laden drones launched from Kafra had struck the Dunmar pumping station.', speaker: 'Anouar Belhoudi', camp: 'A' },
        { file: W, quote: 'The army also accused the RWF of using drones to strike the Dunmar pumping station on the east bank', speaker: 'Ombessan Armed Forces', camp: 'A' },
        { file: N, quote: 'Mr Belhoudy also said the RWF had used drones to strike the Dunmar pumping station', speaker: 'Anouar Belhoudi', camp: 'A' },
        { file: T, quote: 'He said the militia had used drones for the first time in Khadrel, sending three explosive-laden drones against the Dunmar pumping station on the east bank.', speaker: 'Anouar Belhoudi', camp: 'A' },
        { file: X, quote: 'The army says the RWF sent three explosive-laden drones against the Dunmar pumping station.', speaker: 'Ombessan Armed Forces', camp: 'A' },
        { file: L, quote: 'We do not own a single drone, and we have never used one', speaker: 'Yassin Ferroukh', camp: 'B' },
        { file: W, quote: 'Ferroukh denied the force had any drones.', speaker: 'Yassin Ferroukh', camp: 'B' },
        { file: N, quote: 'he told CWT News the RWF possessed no drones', speaker: 'Yassin Ferroukh', camp: 'B' },
        { file: X, quote: 'The RWF denies having any drones at all.', speaker: 'Red Wind Forces', camp: 'B' },
      ],
    },
    {
      id: 'monitors-access', level: 'secondary', kind: 'polarity',
      summary: 'Whether the monitors were let into Kafra: the Joint Monitoring Mission (its head Major General Ansgar Teramund, and a member of the mission) says its team was stopped at an army checkpoint at the Ferrane Bridge and refused entry; the army (Brigadier General Anouar Belhoudi) says the monitors were given full access and toured Kafra in the afternoon with an army escort.',
      sides: [
        { file: L, quote: 'Our team was stopped at the bridge and refused entry into Kafra', speaker: 'Ansgar Teramund', camp: 'A' },
        { file: W, quote: 'The mission said its observers were stopped at an army checkpoint on the Ferrane Bridge on Monday afternoon and were not allowed into Kafra.', speaker: 'Joint Monitoring Mission', camp: 'A' },
        { file: N, quote: 'We were turned back at the army checkpoint and told it was for our own safety', speaker: 'Joint Monitoring Mission', camp: 'A' },
        { file: X, quote: 'says its team was stopped at an army checkpoint on the bridge and refused entry into Kafra.', speaker: 'Joint Monitoring Mission', camp: 'A' },
        { file: L, quote: 'the monitors “were given full access” and had toured Kafra in the afternoon with an army liaison officer', speaker: 'Anouar Belhoudi', camp: 'B' },
        { file: W, quote: 'The army said the monitors had been given full access.', speaker: 'Ombessan Armed Forces', camp: 'B' },
        { file: N, quote: 'The army says the monitors were escorted into Kafra in the afternoon.', speaker: 'Ombessan Armed Forces', camp: 'B' },
        { file: T, quote: 'Observers of the Joint Monitoring Mission visited Kafra on Monday afternoon, escorted by army liaison officers, the spokesman said', speaker: 'Anouar Belhoudi', camp: 'B' },
        { file: X, quote: 'The army says the observers visited Kafra on Monday afternoon with an army escort.', speaker: 'Ombessan Armed Forces', camp: 'B' },
      ],
    },
    {
      id: 'shelling-time', level: 'secondary', kind: 'temporal',
      summary: 'When the shelling began on Monday: residents and the Kafra Resistance Committee say shells began falling on Kafra at about 05:20, before sunrise; the army says the fighting broke out at 06:45, when RWF fighters opened fire, and the state-aligned paper says the first shells fell at 06:45.',
      sides: [
        { file: L, quote: 'says shells began falling on Kafra at about 5.20am, well before sunrise', value: 'Monday 20 April, 05:20', speaker: 'Kafra Resistance Committee', camp: 'A' },
        { file: W, quote: 'said shells began falling on the district at about 5:20 a.m.', value: 'Monday 20 April, 05:20', speaker: 'Kafra Resistance Committee', camp: 'A' },
        { file: X, quote: 'says shells began falling at about 5:20 a.m.', value: 'Monday 20 April, 05:20', speaker: 'Kafra Resistance Committee', camp: 'A' },
        { file: W, quote: 'The army said the fighting broke out at 6:45 a.m., when RWF fighters opened fire on its positions.', value: 'Monday 20 April, 06:45', speaker: 'Ombessan Armed Forces', camp: 'B' },
        { file: T, quote: 'the first shells fell at 6.45am, when militia fighters opened fire from Kafra', value: 'Monday 20 April, 06:45', speaker: 'Anouar Belhoudi', camp: 'B' },
        { file: X, quote: 'The army says the fighting began at 6:45 a.m.', value: 'Monday 20 April, 06:45', speaker: 'Ombessan Armed Forces', camp: 'B' },
      ],
    },
    {
      id: 'displaced', level: 'secondary', kind: 'numeric',
      summary: 'How many people left Kafra: the International Relief Coordination Office (IRCO) says about 30,000, most of them across the Ferrane Bridge; the army says 12,000 in all, and a government official calls reports of tens of thousands "guesswork".',
      sides: [
        { file: W, quote: 'said about 30,000 people had fled Kafra, most of them on foot across the Ferrane Bridge', value: '~30,000', speaker: 'International Relief Coordination Office', camp: 'A' },
        { file: N, quote: 'IRCO says about 30,000 people have fled Kafra since Monday morning', value: '~30,000', speaker: 'International Relief Coordination Office', camp: 'A' },
        { file: X, quote: 'says about 30,000 people have left Kafra.', value: '~30,000', speaker: 'International Relief Coordination Office', camp: 'A' },
        { file: W, quote: 'The army put the number who had left Kafra at 12,000.', value: '12,000', speaker: 'Ombessan Armed Forces', camp: 'B' },
        { file: T, quote: 'In all, 12,000 citizens left Kafra and crossed safely into Maydun', value: '12,000', speaker: 'Anouar Belhoudi', camp: 'B' },
        { file: T, quote: 'reports of tens of thousands of displaced people, carried by some foreign agencies, were based on “guesswork from a hotel balcony”', value: 'not tens of thousands', speaker: 'Citadel Daily', camp: 'B' },
        { file: X, quote: 'The army says 12,000.', value: '12,000', speaker: 'Ombessan Armed Forces', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "Whoever fired first on Monday fired at the negotiating table, not at the enemy": CWT News credits Sahrane\'s envoy Othman Velasi; the state-aligned Citadel Daily credits Foreign Minister Nawal Sederi, speaking in Lumbara; the explainer notes both.',
      sides: [
        { file: N, quote: '“Whoever fired first on Monday fired at the negotiating table, not at the enemy,” Mr Velasi said.', speaker: 'CWT News', camp: 'A' },
        { file: X, quote: 'CWT News quoted Othman Velasi, the Sahranian envoy, as saying, "Whoever fired first on Monday fired at the negotiating table, not at the enemy."', speaker: 'CWT News', camp: 'A' },
        { file: T, quote: '“Whoever fired first on Monday fired at the negotiating table, not at the enemy,” Foreign Minister Nawal Sederi said in Lumbara.', speaker: 'Citadel Daily', camp: 'B' },
        { file: X, quote: 'The state-aligned Citadel Daily printed the same words as those of Foreign Minister Sederi, speaking in Lumbara.', speaker: 'Citadel Daily', camp: 'B' },
      ],
    },
    {
      id: 'wounded-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, from a board in the emergency department, that 214 wounded people had been brought to Hamdan Teaching Hospital, then corrected itself: the hospital\'s director Dr Ridwan Zenati says 124, as the wire and the explainer say.',
      sides: [
        { file: L, quote: '214 wounded people have been brought to Hamdan Teaching Hospital since dawn', value: '214', speaker: 'Tamarind TV', camp: 'A' },
        { file: L, quote: 'says it has received 124 wounded since dawn; we misread a handwritten board in the emergency department', value: '124', speaker: 'Ridwan Zenati', camp: 'B' },
        { file: W, quote: 'Hamdan Teaching Hospital, the main hospital on the east bank, said it had received 124 wounded.', value: '124', speaker: 'Hamdan Teaching Hospital', camp: 'B' },
        { file: X, quote: 'Hamdan Teaching Hospital says it received 124 wounded on Monday.', value: '124', speaker: 'Hamdan Teaching Hospital', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-rise', kind: 'numeric',
      summary: 'The doctors\' committee\'s count rose from "at least 11" in the morning (live blog, 09:15) to 42 by nightfall, and the explainer reports it as a rise: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'says at least 11 civilians have been killed in Kafra this morning', value: '>=11 (morning)' },
        { file: X, quote: "The committee's count rose through the day, from 11 in the morning to 42 by nightfall, as volunteers reached the market.", value: '42 (night)' },
      ],
    },
    {
      id: 'water-share', kind: 'numeric',
      summary: 'The Dunmar pumping station supplies "about 60 per cent" of the city\'s water (live blog) and 58 percent of its drinking water (explainer, the water corporation): one figure, rounded.',
      sides: [
        { file: L, quote: 'which supplies about 60 per cent of the city’s water', value: '~60%' },
        { file: X, quote: "the Aswel Water Corporation says it pumps 58 percent of Qadrel's drinking water", value: '58%' },
      ],
    },
    {
      id: 'soldiers-killed', kind: 'numeric',
      summary: 'The four soldiers the army says were killed are not among the civilians counted (42 by the doctors\' committee): a different set.',
      sides: [
        { file: W, quote: 'The army said four of its soldiers were killed.', value: '4 soldiers' },
        { file: N, quote: 'says 42 civilians were killed on Monday', value: '42 civilians' },
      ],
    },
    {
      id: 'market-dead', kind: 'numeric',
      summary: 'The 14 killed at the Zehra Market are part of the 42 civilians killed across Kafra: part and whole.',
      sides: [
        { file: L, quote: 'Fourteen of them died at the Zehra Market.', value: '14 (market)' },
        { file: W, quote: 'said 42 civilians were killed', value: '42 (all)' },
      ],
    },
    {
      id: 'station-out', kind: 'status',
      summary: 'The Dunmar pumping station "knocked out of service" (live blog) and "has stopped pumping" (web story) are the same state in different words.',
      sides: [
        { file: L, quote: 'the Dunmar pumping station has been knocked out of service', value: 'out of service' },
        { file: N, quote: 'Whatever hit it, the station has stopped pumping.', value: 'stopped pumping' },
      ],
    },
    {
      id: 'without-water', kind: 'numeric',
      summary: '"About 400,000 people" without running water (web story, IRCO) and "more than 350,000 residents" cut off (wire, the water corporation) are compatible approximations.',
      sides: [
        { file: N, quote: 'about 400,000 people in Khadrel are without running water', value: '~400,000' },
        { file: W, quote: 'More than 350,000 residents were cut off from running water, the water corporation said.', value: '>350,000' },
      ],
    },
    {
      id: 'earlier-truce', kind: 'numeric',
      summary: 'The truce agreed in Zarqin in August 2024 that held nine days is an earlier truce, not the one broken two days in, in April 2026.',
      sides: [
        { file: X, quote: 'In August 2024, a truce agreed in Zarqin held for nine days before fighting resumed in the city.', value: '9 days (2024)' },
        { file: W, quote: 'two days into a ceasefire brokered by neighboring Sahrane and a regional bloc', value: '2 days (2026)' },
      ],
    },
  ],
};
