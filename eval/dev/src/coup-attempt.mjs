// Hand-written gold source for the attempted military coup in Kerevan (invented event,
// Zalnavia, September 2026). build-gold.mjs turns it into ../gold/coup-attempt.json.
// Three files imitate text scraped from news websites (.txt: the headline twice, site
// boilerplate, bylines, "Updated" lines, captions with photo credits, "Read more"/"Related"
// lines) and two imitate Markdown pages converted from websites (.md: breadcrumb links,
// `# Headline`, italic standfirst, image lines, bylines as links, "Published ... · Updated ..."
// lines, bullet key points). Site names, navigation bars, bylines, date and "Updated" lines,
// "Share this article", "Advertisement", "Read more"/"Related" lines, the wire's "(Adds ...)"
// and "(Reporting by ...)" lines, breadcrumbs, the donation line and the author's bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, image alt texts, captions and
// credits are counted text. Link URLs are not text: they are in ignore (a nominal pattern).
const W = '000_fb0b81e35c855337.txt'; // Plumbline wire, UPDATE 2 (Sunday 20 September), US style, straight quotes, writes Vrabets and Morosan
const H = '001_f637512c7e5823ef.txt'; // state-aligned Homeland Daily (Monday 21 September), UK style, curly quotes; names itself only in its site-name line
const L = '002_f758f7a02cb613a1.txt'; // Kerevan Pulse live blog, newest first (Sunday 00:10 to Monday 10:30), UK style
const M = '003_76a5690c500f211f.md'; // Lamplighter, independent opposition-leaning site, web story with key points (Monday 21 September), UK style
const X = '004_de2f78250a632d0c.md'; // The Tollhouse explainer in questions (Tuesday 22 September), US style, writes Vrabets and Morosan

export default {
  corpus: 'coup-attempt',
  note: 'Invented event written for the project: late on Saturday 19 September 2026 soldiers of the 9th Commando Battalion leave Tarnak Barracks and drive into Kerevan, capital of the fictional country of Zalnavia; they seize the tower of the state broadcaster Zalnavia National Television (ZNT) on Aurel Boulevard and surround Halden Palace, the presidential palace, and at 03:10 on Sunday their commander Colonel Cezar Vrabec (Vrabets in the wire and the explainer) announces on ZNT that a Council for National Restoration (CNR) has taken power; by Sunday afternoon the government says the attempt is over. The five files have random names (the outlet is not in the file name): the Plumbline wire (Sunday, 000), the state-aligned Homeland Daily (Monday, 001; named in counted text only by the independent site and the explainer), the Kerevan Pulse live blog, newest first (Sunday to Monday, 002), the independent opposition-leaning Lamplighter (Monday, 003) and The Tollhouse explainer (Tuesday, 004). President Lucan Ruvaro and the presidency, Defence Minister Henrika Mollen and the Ministry of Defence, the chief of the general staff Gen. Oszkar Ferencz, the colonel and his council, the Presidential Guard, Interior Minister Radomir Plesca and the Interior Ministry, the National Police, the ruling Forward Zalnavia and its secretary-general Sorin Ilis, the opposition leader Katalin Moroșan (Morosan in the wire and the explainer) and her party Civic Dawn, the regional bloc Community of Danar States (CDS) and its commission president Amadou Belliard, the Embassy of Estmark, the Tamarisk Rights Group, two hospitals, ZNT staff and residents disagree about whether the coup is over or rebels still hold the ZNT tower, the dead (12 vs at least 47), where the president spent the night (Halden Palace vs flown to Corissa), whether the army chief backed the plot, the soldiers arrested (86 vs 214), whether the opposition leader was detained, when the first shots were fired (02:15 vs about 23:40 on Saturday) and who said "Zalnavia will not be ruled from the barrel of a gun" (Moroșan in her post, or the president in his address); the live blog corrects its own post saying the curfew had been lifted. "12 killed" (the wire\'s key point) and "twelve" (the Lamplighter\'s key point) are one figure in digits and words; nine soldiers and three civilians among the dead are different sets; the wounded rising from 96 to 158 is an update; 38 wounded at Holy Trinity Hospital are part of the 96; 86 soldiers "arrested" and 86 servicemen "detained" are synonyms; "about 300" and "more than 250" troops agree; a city of "about 1.4 million" and of 1,380,000 is one figure rounded. "UPDATE 2-Zalnavia" in the wire\'s slug is assigned as a real mention; "Zalnavian", "Zalnavians" and "Corissan" are demonyms; "the Republic" (the state), "the presidency" and the title "Chief of the General Staff" are nominal.',
  files: [W, H, L, M, X],
  meta: {
    [W]: [2, 3, 4, 13, 59, 61, 62, 63],
    [H]: [1, 2, 4, 5, 6, 24, 34, 46, 48, 49, 50],
    [L]: [1, 2, 3, 4, 10, 11, 29, 66],
    [M]: [1, 7, 9, 14, 61, 63, 65],
    [X]: [1, 7, 9, 66],
  },

  actors: [
    // places
    { id: 'zalnavia', name: 'Zalnavia', type: 'place', forms: ['Zalnavia'], note: 'the country; nested in Zalnavia National Television and Forward Zalnavia; the slug "UPDATE 2-Zalnavia" in the wire headline is assigned as a mention; "the Republic" is nominal' },
    { id: 'kerevan', name: 'Kerevan', type: 'place', forms: ['Kerevan', 'KEREVAN'], note: 'the capital, also in datelines; nested in Kerevan Central Hospital and Kerevan Pulse; "the capital" and "the city" are nominal' },
    { id: 'corissa', name: 'Corissa', type: 'place', forms: ['Corissa'], note: 'the neighbouring country where, diplomats say, the president was flown; "Corissa\'s foreign ministry" keeps the lowercase ministry nominal' },
    { id: 'estmark', name: 'Estmark', type: 'place', forms: ['Estmark'], note: 'the foreign country whose embassy is quoted; "Estmark\'s embassy": place mention plus a nominal "embassy"; "Embassy of Estmark" is a nested name' },
    { id: 'halden', name: 'Halden Palace', type: 'place', forms: ['Halden Palace'], note: 'the presidential palace; "the palace" and "the presidential palace" are nominal' },
    { id: 'aurel', name: 'Aurel Boulevard', type: 'place', forms: ['Aurel Boulevard'], note: 'the street of the ZNT tower' },
    { id: 'tarnak', name: 'Tarnak Barracks', type: 'place', forms: ['Tarnak Barracks'], note: 'the base of the 9th Commando Battalion' },
    { id: 'republic-square', name: 'Republic Square', type: 'place', forms: ['Republic Square'], note: 'a square in Kerevan (the opposition rally; a resident lives there); its mention in a "Read more" line is metadata' },
    { id: 'veresh', name: 'Veresh Air Base', type: 'place', forms: ['Veresh Air Base'], note: 'the military airfield from which, diplomats say, the president was flown' },
    // organizations
    { id: 'battalion', name: '9th Commando Battalion', type: 'organization', forms: ['9th Commando Battalion'], note: 'the unit that mutinied; "the battalion" is nominal' },
    { id: 'cnr', name: 'Council for National Restoration', type: 'organization', forms: ['Council for National Restoration', 'CNR'], note: 'the self-declared council of the coup leader; defined as (CNR) in the explainer; "the council" is nominal' },
    { id: 'guard', name: 'Presidential Guard', type: 'organization', forms: ['Presidential Guard'], note: 'the unit guarding Halden Palace; its mention in a "Related" line is metadata' },
    { id: 'znt', name: 'Zalnavia National Television', type: 'organization', forms: ['Zalnavia National Television', 'ZNT'], note: 'the state broadcaster; defined as (ZNT) in the wire and the explainer; "the broadcaster", "state television" and "the television centre" are nominal; "the ZNT tower" is its building, spanned as the broadcaster' },
    { id: 'defence', name: 'Ministry of Defence', type: 'organization', forms: ['Ministry of Defence', 'Defense Ministry'], note: 'the wire and the explainer write Defense Ministry; "Defence Minister"/"Defense Minister" before a name is a title; the caption credit "Ministry of Defence press service" is a mention; its mention in a "Related" line is metadata' },
    { id: 'interior', name: 'Ministry of the Interior', type: 'organization', forms: ['Ministry of the Interior', 'Interior Ministry'], note: '"Interior Minister" before a name is a title; "the ministry" is nominal' },
    { id: 'health', name: 'Health Ministry', type: 'organization', forms: ['Health Ministry'], note: 'the health ministry, source of the wounded figures' },
    { id: 'police', name: 'National Police', type: 'organization', forms: ['National Police'], note: '"the police", "police" and "Police" opening a sentence are nominal' },
    { id: 'forward', name: 'Forward Zalnavia', type: 'organization', forms: ['Forward Zalnavia'], note: 'the ruling party; "Zalnavia" inside it is nested' },
    { id: 'civic-dawn', name: 'Civic Dawn', type: 'organization', forms: ['Civic Dawn'], note: 'the opposition party of Katalin Moroșan; "the party" and "her party" are nominal' },
    { id: 'cds', name: 'Community of Danar States', type: 'organization', forms: ['Community of Danar States', 'CDS'], note: 'the regional bloc; defined as (CDS) in the wire and the explainer; "the bloc" and "the regional bloc" are nominal' },
    { id: 'embassy', name: 'Embassy of Estmark', type: 'organization', forms: ['Embassy of Estmark'], note: 'the foreign embassy in Kerevan; "Estmark\'s embassy" is a place mention and a nominal "embassy"' },
    { id: 'tamarisk', name: 'Tamarisk Rights Group', type: 'organization', forms: ['Tamarisk Rights Group'], note: 'the human-rights group that counts 47 dead; "the group" is nominal' },
    { id: 'central-hospital', name: 'Kerevan Central Hospital', type: 'organization', forms: ['Kerevan Central Hospital'], note: '"Kerevan" inside it is nested' },
    { id: 'holy-trinity', name: 'Holy Trinity Hospital', type: 'organization', forms: ['Holy Trinity Hospital'], note: '"the hospital" is nominal' },
    { id: 'plumbline', name: 'Plumbline', type: 'organization', forms: ['Plumbline'], note: 'the wire agency: the dateline "(Plumbline)", "Plumbline could not independently verify" and the credit "Lajos Fenyvesi/Plumbline" are mentions' },
    { id: 'homeland', name: 'Homeland Daily', type: 'organization', forms: ['Homeland Daily'], note: 'the state-aligned paper: its own site-name line is metadata; named in counted text by the Lamplighter and the explainer' },
    { id: 'pulse', name: 'Kerevan Pulse', type: 'organization', forms: ['Kerevan Pulse'], note: 'the local site running the live blog; its site-name line is metadata, the photo credit "Dora Mihal/Kerevan Pulse" is a mention' },
    { id: 'lamplighter', name: 'Lamplighter', type: 'organization', forms: ['Lamplighter'], note: 'the independent site; "told the Lamplighter" is spanned without the article; its breadcrumb and donation lines are metadata; named also by the explainer' },
    { id: 'tollhouse', name: 'The Tollhouse', type: 'organization', forms: ['The Tollhouse'], note: 'the foreign explainer, which names itself in counted text (the graphic credit, "told The Tollhouse"); its breadcrumb line and the author\'s bio are metadata' },
    // people
    { id: 'ruvaro', name: 'Lucan Ruvaro', type: 'person', forms: ['Lucan Ruvaro', 'Ruvaro'], note: 'the President ("President Ruvaro": the title is outside); "the President", "the president", "the head of state" are nominal' },
    { id: 'mollen', name: 'Henrika Mollen', type: 'person', forms: ['Henrika Mollen', 'Mollen'], note: 'Defence Minister (Defense Minister in the wire and the explainer); "the minister" is nominal' },
    { id: 'ferencz', name: 'Oszkar Ferencz', type: 'person', forms: ['Oszkar Ferencz', 'Ferencz'], note: 'chief of the general staff ("General", "Gen", "Gen." outside); "the general" is nominal' },
    { id: 'vrabec', name: 'Cezar Vrabec', type: 'person', forms: ['Cezar Vrabec', 'Cezar Vrabets', 'Vrabec', 'Vrabets'], note: 'the coup leader, a colonel ("Colonel", "Col." outside); the wire and the explainer write Vrabets; "the colonel" is nominal; his name in a Lamplighter "Read more" line is metadata' },
    { id: 'plesca', name: 'Radomir Plesca', type: 'person', forms: ['Radomir Plesca', 'Plesca'], note: 'Interior Minister' },
    { id: 'morosan', name: 'Katalin Moroșan', type: 'person', forms: ['Katalin Moroșan', 'Katalin Morosan', 'Moroșan', 'Morosan'], note: 'opposition leader, Civic Dawn ("Ms" outside); the wire and the explainer write Morosan' },
    { id: 'ilis', name: 'Sorin Ilis', type: 'person', forms: ['Sorin Ilis'], note: 'secretary-general of Forward Zalnavia' },
    { id: 'belliard', name: 'Amadou Belliard', type: 'person', forms: ['Amadou Belliard', 'Belliard'], note: 'commission president of the Community of Danar States' },
    { id: 'oldervik', name: 'Hedvig Oldervik', type: 'person', forms: ['Hedvig Oldervik'], note: 'researcher of the Tamarisk Rights Group' },
    { id: 'dancu', name: 'Ioana Dancu', type: 'person', forms: ['Ioana Dancu'], note: 'spokeswoman of the National Police' },
    { id: 'varkonyi', name: 'Zsofia Varkonyi', type: 'person', forms: ['Zsofia Varkonyi'], note: 'head of surgery at Holy Trinity Hospital (Dr outside)' },
    { id: 'rostas', name: 'Dragan Rostas', type: 'person', forms: ['Dragan Rostas'], note: 'a taxi driver living near the broadcaster, quoted by the wire' },
    { id: 'natalia', name: 'Natalia', type: 'person', forms: ['Natalia'], note: 'a resident on Republic Square, first name only' },
    { id: 'davidescu', name: 'Costel Davidescu', type: 'person', forms: ['Costel Davidescu'], note: 'a ZNT cameraman quoted by the Lamplighter' },
    { id: 'vance', name: 'Tudor Vance', type: 'person', forms: ['Tudor Vance'], note: 'spokesman of Civic Dawn' },
    { id: 'fenyvesi', name: 'Lajos Fenyvesi', type: 'person', forms: ['Lajos Fenyvesi'], note: 'Plumbline photographer, in a caption credit' },
    { id: 'mihal', name: 'Dora Mihal', type: 'person', forms: ['Dora Mihal'], note: 'Kerevan Pulse photographer: her name in the byline line is metadata, in a post and a caption credit it is a mention' },
    { id: 'sipos', name: 'Levente Sipos', type: 'person', forms: ['Levente Sipos'], note: 'Lamplighter correspondent: his byline is metadata, his photo credit in the caption is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\b[Tt]he (?:President|president|presidency|presidential palace|presidential press service|head of state|colonel|general staff|general|minister|ministry|council|battalion|broadcaster|regional bloc|bloc|group|party|paper|embassy|army|armed forces|palace|capital|city|country|television centre|government|Republic|police)\\b', why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b(?:her|its) (?:party|embassy)\\b', why: 'nominal reference to a named body' },
    { pattern: '(?<![Tt]he |National )\\b[Pp]olice\\b', why: 'nominal reference to the National Police (capitalized only at the start of a sentence)' },
    { pattern: '\\bembassy\\b', why: 'nominal reference to the Embassy of Estmark ("Estmark\'s embassy")' },
    { pattern: '\\bforeign ministry\\b', why: "nominal reference to Corissa's (unnamed) foreign ministry" },
    { pattern: '\\bstate (?:radio|television|media)\\b', why: 'nominal reference to state media' },
    { pattern: '\\bparliament\\b', why: 'nominal reference to the (unnamed) parliament' },
    { pattern: '\\bthe General Staff\\b', why: 'part of the title "Chief of the General Staff" (the general staff is not a named actor)' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: W, text: 'Zalnavia', context: 'UPDATE 2-Zalnavia says coup attempt crushed; rights group puts death toll at 47\nBy', actor: 'zalnavia' },
    { file: W, text: 'Zalnavia', context: 'Share this article\n\nUPDATE 2-Zalnavia', actor: 'zalnavia' },
  ],

  claims: [
    { file: W, speaker: 'Radomir Plesca', cue: 'Plesca said', quote: 'The constitutional order was never broken. The rebels have laid down their weapons' },
    { file: W, speaker: 'Cezar Vrabec', cue: 'Vrabets said in the broadcast', quote: 'The army belongs to the nation, not to one man behind palace walls' },
    { file: W, speaker: 'Dragan Rostas', cue: 'said he heard the first burst of gunfire', quote: 'before midnight, maybe twenty to twelve' },
    { file: W, speaker: 'Hedvig Oldervik', cue: 'said Hedvig Oldervik', quote: "We have walked through the morgues ourselves. The government's number does not survive a visit to them" },
    { file: W, speaker: 'Katalin Moroșan', cue: 'she wrote', quote: 'Zalnavia will not be ruled from the barrel of a gun' },
    { file: H, speaker: 'Henrika Mollen', cue: 'Defence Minister Henrika Mollen told journalists', quote: 'The situation in the capital is fully under control, and not a single state building remains in the hands of the mutineers' },
    { file: H, speaker: 'Lucan Ruvaro', cue: 'the President said', quote: 'The Republic has stood firm. Zalnavia will not be ruled from the barrel of a gun' },
    { file: H, speaker: 'Oszkar Ferencz', cue: 'the general said', quote: 'I took an oath once, and I have never broken it' },
    { file: H, speaker: 'Sorin Ilis', cue: 'said Sorin Ilis', quote: 'Those who sowed hatred for years must now answer for the harvest' },
    { file: L, speaker: 'Natalia', cue: 'sent us this', quote: 'The tanks came past at four in the morning. We lay on the floor with the children until it was light.' },
    { file: L, speaker: 'Zsofia Varkonyi', cue: 'she said', quote: 'We have operated without stopping since three in the morning' },
    { file: L, speaker: 'Radomir Plesca', cue: 'he said', quote: 'Every one of them will answer to a military court' },
    { file: M, speaker: 'Costel Davidescu', cue: 'said Costel Davidescu', quote: 'They are still upstairs with the transmitter. Nobody has surrendered to anybody' },
    { file: M, speaker: 'Katalin Moroșan', cue: 'she said', quote: 'I am sitting at my kitchen table. If I have been detained, somebody forgot to tell me' },
    { file: X, speaker: 'Amadou Belliard', cue: 'Belliard said', quote: 'We want to see the morgues, the barracks and the president, in that order' },
  ],

  contradictions: [
    {
      id: 'coup-over', level: 'core', kind: 'status',
      summary: 'Whether the coup attempt is over: the government (Interior Minister Radomir Plesca, Defence Minister Henrika Mollen, the Ministry of Defence) and the state-aligned Homeland Daily say the attempt was defeated on Sunday, the ZNT tower retaken and ZNT back on air at 14:00; ZNT staff (Costel Davidescu) and the Kerevan Pulse photographer say rebel soldiers still held the upper floors and the side entrance of the tower on Sunday night and Monday morning, and ZNT was still showing a test card.',
      sides: [
        { file: W, quote: 'the broadcaster was back under the control of loyal forces by late morning', speaker: 'Radomir Plesca', camp: 'A' },
        { file: H, quote: 'not a single state building remains in the hands of the mutineers', speaker: 'Henrika Mollen', camp: 'A' },
        { file: H, quote: 'ZNT resumed its regular programmes at 14:00 on Sunday, the minister said.', speaker: 'Henrika Mollen', camp: 'A' },
        { file: L, quote: 'says the coup attempt has been defeated and that ZNT is "back in the hands of the state"', speaker: 'Radomir Plesca', camp: 'A' },
        { file: X, quote: 'the Defense Ministry says the broadcaster was retaken by midday Sunday', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'are still standing at the side entrance of the ZNT tower, she says', speaker: 'Dora Mihal', camp: 'B' },
        { file: L, quote: "ZNT's main channel has shown nothing but a test card since about 06:30 yesterday.", speaker: 'Kerevan Pulse', camp: 'B' },
        { file: M, quote: 'were still holding the fourth and fifth floors of the broadcaster\'s tower on Aurel Boulevard', speaker: 'ZNT employees', camp: 'B' },
        { file: M, quote: 'They are still upstairs with the transmitter. Nobody has surrendered to anybody', speaker: 'Costel Davidescu', camp: 'B' },
        { file: X, quote: 'rebel soldiers were still holding the upper floors of the tower on Sunday night', speaker: 'ZNT employees', camp: 'B' },
      ],
    },
    {
      id: 'death-toll', level: 'core', kind: 'numeric',
      summary: 'How many people were killed: the government (Interior Minister Radomir Plesca, the Ministry of the Interior) says 12; the Tamarisk Rights Group, counting bodies in the morgues of Kerevan Central Hospital and Holy Trinity Hospital, says at least 47, most of them civilians.',
      sides: [
        { file: W, quote: 'He put the death toll at 12', value: '12', speaker: 'Radomir Plesca', camp: 'A' },
        { file: H, quote: 'Twelve people lost their lives, according to the Ministry of the Interior.', value: '12', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: L, quote: 'Twelve people died, he says.', value: '12', speaker: 'Radomir Plesca', camp: 'A' },
        { file: M, quote: "The government's figure is twelve.", value: '12', speaker: 'government', camp: 'A' },
        { file: X, quote: 'The government says 12.', value: '12', speaker: 'government', camp: 'A' },
        { file: W, quote: 'said it had counted at least 47 dead in hospital and morgue records in Kerevan', value: '>=47', speaker: 'Tamarisk Rights Group', camp: 'B' },
        { file: L, quote: 'The Tamarisk Rights Group says it has now counted 47 dead', value: '47', speaker: 'Tamarisk Rights Group', camp: 'B' },
        { file: M, quote: 'says it has counted at least 47 dead, most of them civilians', value: '>=47', speaker: 'Tamarisk Rights Group', camp: 'B' },
        { file: X, quote: 'says at least 47, most of them civilians', value: '>=47', speaker: 'Tamarisk Rights Group', camp: 'B' },
      ],
    },
    {
      id: 'president-whereabouts', level: 'core', kind: 'polarity',
      summary: 'Where President Lucan Ruvaro spent the night: the government, the presidency and the state-aligned Homeland Daily say he stayed in Halden Palace throughout and never left it; diplomats at the Embassy of Estmark say he was flown from Veresh Air Base to Corissa before dawn on Sunday.',
      sides: [
        { file: W, quote: 'The government said President Lucan Ruvaro had remained inside Halden Palace throughout the night', speaker: 'government', camp: 'A' },
        { file: H, quote: 'in a recorded message from his office in Halden Palace, where he remained throughout the night', speaker: 'Homeland Daily', camp: 'A' },
        { file: M, quote: 'The presidency insists that he never left the palace.', speaker: 'presidency', camp: 'A' },
        { file: X, quote: 'The presidency insists that Lucan Ruvaro, 61, spent the night in Halden Palace', speaker: 'presidency', camp: 'A' },
        { file: W, quote: 'said Ruvaro had been flown out of Veresh Air Base before dawn and had landed in neighboring Corissa', speaker: 'Embassy of Estmark', camp: 'B' },
        { file: M, quote: 'Ruvaro boarded a military transport plane at Veresh Air Base at about 04:00 on Sunday and was flown to Corissa', speaker: 'Embassy of Estmark', camp: 'B' },
        { file: X, quote: 'Diplomats at the Embassy of Estmark say he was flown from Veresh Air Base to Corissa before dawn on Sunday.', speaker: 'Embassy of Estmark', camp: 'B' },
      ],
    },
    {
      id: 'army-chief', level: 'core', kind: 'polarity',
      summary: 'Whether the army chief backed the coup: Colonel Cezar Vrabec (Vrabets) said on ZNT that Gen. Oszkar Ferencz "stands with the council", and officers of the general staff quoted by the Lamplighter say Ferencz backed the plot and changed sides only at dawn; Ferencz says he never broke his oath, and the Ministry of Defence calls the claim a lie and says he led the operation to retake the broadcaster.',
      sides: [
        { file: W, quote: 'General Oszkar Ferencz, "stands with the council."', speaker: 'Cezar Vrabec', camp: 'A' },
        { file: L, quote: 'He also says Gen Ferencz "stands with the council".', speaker: 'Cezar Vrabec', camp: 'A' },
        { file: M, quote: 'had given Vrabec his tacit backing, and that he changed sides only at dawn', speaker: 'officers of the general staff', camp: 'A' },
        { file: X, quote: 'Officers quoted by Lamplighter say Ferencz backed the plot until dawn.', speaker: 'officers of the general staff', camp: 'A' },
        { file: W, quote: 'The Defense Ministry called that "a lie" and said Ferencz had personally led the units that retook the ZNT building.', speaker: 'Ministry of Defence', camp: 'B' },
        { file: H, quote: 'I took an oath once, and I have never broken it', speaker: 'Oszkar Ferencz', camp: 'B' },
        { file: M, quote: 'The Ministry of Defence calls this "slander" and says the general led the operation to retake the broadcaster.', speaker: 'Ministry of Defence', camp: 'B' },
        { file: X, quote: 'The general says he never wavered', speaker: 'Oszkar Ferencz', camp: 'B' },
      ],
    },
    {
      id: 'soldiers-arrested', level: 'secondary', kind: 'numeric',
      summary: 'How many soldiers have been arrested: the Ministry of Defence says 86 and stands by its figure; Interior Minister Radomir Plesca said on Monday that 214 had been arrested.',
      sides: [
        { file: W, quote: 'The Defense Ministry said 86 soldiers had been arrested', value: '86', speaker: 'Ministry of Defence', camp: 'A' },
        { file: M, quote: 'The Ministry of Defence, asked about the gap, stood by its own figure of 86.', value: '86', speaker: 'Ministry of Defence', camp: 'A' },
        { file: X, quote: 'The Defense Ministry says 86', value: '86', speaker: 'Ministry of Defence', camp: 'A' },
        { file: L, quote: 'Interior Minister Radomir Plesca has told a press conference that 214 soldiers are now under arrest.', value: '214', speaker: 'Radomir Plesca', camp: 'B' },
        { file: M, quote: 'Interior Minister Radomir Plesca said 214 soldiers had been arrested.', value: '214', speaker: 'Radomir Plesca', camp: 'B' },
        { file: X, quote: 'Plesca says 214', value: '214', speaker: 'Radomir Plesca', camp: 'B' },
      ],
    },
    {
      id: 'opposition-leader', level: 'secondary', kind: 'status',
      summary: 'Whether the opposition leader Katalin Moroșan (Morosan) was detained: the state-aligned Homeland Daily, citing law-enforcement sources, says she was detained on Sunday evening for questioning about contacts with the plotters; she herself, speaking from her flat on Monday, and her party Civic Dawn say nobody has arrested her and she is at home and free.',
      sides: [
        { file: H, quote: 'had been detained for questioning about her contacts with the organisers of the mutiny', speaker: 'law-enforcement sources', camp: 'A' },
        { file: M, quote: 'reported on Monday that Katalin Moroșan, the leader of Civic Dawn, had been detained for questioning on Sunday evening', speaker: 'Homeland Daily', camp: 'A' },
        { file: X, quote: 'reported on Monday that opposition leader Katalin Morosan had been detained', speaker: 'Homeland Daily', camp: 'A' },
        { file: M, quote: 'said no one had come to arrest her', speaker: 'Katalin Moroșan', camp: 'B' },
        { file: M, quote: 'If I have been detained, somebody forgot to tell me', speaker: 'Katalin Moroșan', camp: 'B' },
        { file: X, quote: 'Her party, Civic Dawn, says she is at home and free', speaker: 'Civic Dawn', camp: 'B' },
      ],
    },
    {
      id: 'first-shots', level: 'secondary', kind: 'temporal',
      summary: 'When the first shots were fired: Defence Minister Henrika Mollen says at 02:15 on Sunday, when rebels tried to force the gates of Halden Palace; residents near the broadcaster (the taxi driver Dragan Rostas, readers of the Kerevan Pulse) say gunfire began at about 23:40 on Saturday.',
      sides: [
        { file: W, quote: 'the first shots were fired at 02:15, when rebels tried to force the gates of Halden Palace', value: '02:15 Sun', speaker: 'Henrika Mollen', camp: 'A' },
        { file: H, quote: 'At 02:15 the traitors opened fire on the gates of Halden Palace.', value: '02:15 Sun', speaker: 'Henrika Mollen', camp: 'A' },
        { file: L, quote: 'The first shots were fired at 02:15, she says, at the palace gates.', value: '02:15 Sun', speaker: 'Henrika Mollen', camp: 'A' },
        { file: X, quote: 'says the first shots were fired at 2:15 a.m. at the palace gates', value: '02:15 Sun', speaker: 'Henrika Mollen', camp: 'A' },
        { file: W, quote: 'before midnight, maybe twenty to twelve', value: '23:40 Sat', speaker: 'Dragan Rostas', camp: 'B' },
        { file: L, quote: 'the first shots rang out at about 23:40 on Saturday', value: '23:40 Sat', speaker: 'residents', camp: 'B' },
        { file: X, quote: 'the gunfire began at about 11:40 p.m. on Saturday, more than two hours earlier', value: '23:40 Sat', speaker: 'residents', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "Zalnavia will not be ruled from the barrel of a gun": the wire, the Lamplighter and the explainer credit the opposition leader Katalin Moroșan (Morosan), in her social-media post on Sunday morning; the state-aligned Homeland Daily credits President Lucan Ruvaro, in his recorded address on Sunday evening.',
      sides: [
        { file: W, quote: '"Zalnavia will not be ruled from the barrel of a gun," she wrote', speaker: 'Plumbline', camp: 'A' },
        { file: M, quote: 'She repeated the words of her post on Sunday morning: "Zalnavia will not be ruled from the barrel of a gun."', speaker: 'Lamplighter', camp: 'A' },
        { file: X, quote: '"Zalnavia will not be ruled from the barrel of a gun" was posted by Morosan on Sunday morning.', speaker: 'The Tollhouse', camp: 'A' },
        { file: H, quote: 'Zalnavia will not be ruled from the barrel of a gun,” the President said.', speaker: 'Homeland Daily', camp: 'B' },
      ],
    },
    {
      id: 'curfew-revision', level: 'secondary', kind: 'status',
      revision: true,
      summary: 'A revision: the live blog first reported on Monday morning that the Interior Ministry had lifted the curfew in Kerevan, then corrected itself: the curfew was shortened, not lifted, and remains in force from 22:00 to 05:00; the explainer says the same.',
      sides: [
        { file: L, quote: 'The Interior Ministry says the curfew in the capital has been lifted', value: 'lifted', speaker: 'Kerevan Pulse', camp: 'A' },
        { file: L, quote: 'the ministry has shortened the curfew, not lifted it, and it remains in force in Kerevan from 22:00 to 05:00', value: 'in force 22:00-05:00', speaker: 'Kerevan Pulse', camp: 'B' },
        { file: X, quote: 'A night curfew, shortened on Monday to 10 p.m. to 5 a.m., remains in force.', value: 'in force 22:00-05:00', speaker: 'The Tollhouse', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'toll-words-digits', kind: 'numeric',
      summary: 'The government\'s death toll written as "12" (wire key point) and as "twelve" (the Lamplighter\'s key point) is one figure in digits and in words.',
      sides: [
        { file: W, quote: 'Officials say 12 killed', value: '12' },
        { file: M, quote: 'the government says twelve', value: '12' },
      ],
    },
    {
      id: 'soldiers-vs-civilians', kind: 'numeric',
      summary: 'Nine soldiers (wire) and three civilians (state-aligned paper) among the government\'s dead are different sets, which together make its 12.',
      sides: [
        { file: W, quote: 'nine soldiers were among the dead', value: '9 soldiers' },
        { file: H, quote: 'Among them were three civilians', value: '3 civilians' },
      ],
    },
    {
      id: 'wounded-rise', kind: 'numeric',
      summary: 'The wounded rose from 96 (Sunday evening, wire) to 158 (Tuesday, explainer), which reports the rise: an update, not a contradiction.',
      sides: [
        { file: W, quote: 'had treated 96 wounded by Sunday evening, the Health Ministry said', value: '96 (Sun)' },
        { file: X, quote: 'The Health Ministry said on Tuesday that 158 people had been wounded, up from 96 on Sunday.', value: '158 (Tue)' },
      ],
    },
    {
      id: 'hospital-part-whole', kind: 'numeric',
      summary: 'The 38 wounded treated at Holy Trinity Hospital are part of the 96 wounded treated by the hospitals of Kerevan.',
      sides: [
        { file: M, quote: 'Holy Trinity Hospital alone had treated 38 of the wounded by Sunday afternoon', value: '38 (one hospital)' },
        { file: W, quote: 'Hospitals in Kerevan, a city of about 1.4 million people, had treated 96 wounded', value: '96 (all hospitals)' },
      ],
    },
    {
      id: 'arrested-detained-synonyms', kind: 'numeric',
      summary: '86 soldiers "arrested" (wire) and 86 servicemen "detained" (state-aligned paper), both from the Ministry of Defence, are the same people in different words.',
      sides: [
        { file: W, quote: 'The Defense Ministry said 86 soldiers had been arrested', value: '86' },
        { file: H, quote: '86 servicemen had been detained and were being questioned by military investigators', value: '86' },
      ],
    },
    {
      id: 'troops-about-vs-more-than', kind: 'numeric',
      summary: '"About 300 soldiers" (wire, from the Defense Ministry) and "more than 250 troops" (explainer) taking part are compatible approximations.',
      sides: [
        { file: W, quote: 'About 300 soldiers took part in the attempt', value: '~300' },
        { file: X, quote: 'more than 250 troops of the 9th Commando Battalion left Tarnak Barracks', value: '>250' },
      ],
    },
    {
      id: 'population-rounding', kind: 'numeric',
      summary: 'Kerevan as "a city of about 1.4 million people" (wire) and "a capital of 1,380,000 people" (explainer) is one figure, rounded.',
      sides: [
        { file: W, quote: 'a city of about 1.4 million people', value: '~1400000' },
        { file: X, quote: 'a capital of 1,380,000 people', value: '1380000' },
      ],
    },
  ],
};
