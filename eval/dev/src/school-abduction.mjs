// Hand-written gold source for the Zangoru school abduction (invented event, Kwenara, March 2026).
// build-gold.mjs turns it into ../gold/school-abduction.json.
// Three files imitate text saved from news websites (.txt: site name, navigation bar, the
// headline twice, bylines, "Updated" lines, "Share this article", "Advertisement", "Read more"
// lines, captions with photo credits and, in the explainer, footnote markers with a numbered
// source list); the web story is Markdown converted from a news page (breadcrumb links, a
// `# Headline`, an italic standfirst, a byline as a link, a "Published ... · Updated ..." line,
// an image line and key points); the state-aligned paper is Markdown with YAML front matter.
// Site names, navigation bars, subscription lines, bylines, date and "Updated" lines, "Share this
// article", "Advertisement", "Read more" lines and their headlines, the wire's "(Adds ...)" and
// "(Reporting by ...)" lines, the breadcrumb line, the source list and the author's bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts,
// captions and their credits are counted text. Link URLs are not text: they are in ignore (a
// nominal pattern).
const L = '000_4df9500b0e890aa9.txt'; // The Sahumi Reporter live blog, newest first (Monday 9 March, 06:10 to 22:40), UK style, curly quotes, writes Adéyokù and "31st Motorised Brigade"
const W = '001_96b3c26fa50ab323.txt'; // Davit wire, UPDATE 2 (Monday 16 March), US style, straight quotes, writes Adeyoku, Kwarbay and "31st Motorized Brigade"
const X = '002_1bb633a1cc197799.txt'; // The Trellis explainer in questions with footnotes (Thursday 19 March), US style, straight quotes, writes Zangorou and Adeyoku
const N = '003_9d0dccf518bd96b9.md'; // ZRB News web story (Sunday 15 March), breadcrumb Markdown, UK style, curly quotes
const T = '004_cffc549932796cab.md'; // state-aligned Kwenara Pathfinder (Monday 16 March), YAML front matter, curly quotes

export default {
  corpus: 'school-abduction',
  note: 'Invented event written for the project: late on Sunday 8 March 2026 gunmen on motorcycles raid Government Secondary School Zangoru (GSS Zangoru; Zangorou in the explainer), a mixed boarding school of 612 boarders in the village of Zangoru, about 30 km north of the district town of Rumbeli, in Sahumi State of the fictional country of Kwenara (capital Mandeyi; state capital Tanduwa), and march students into Marwaki Forest; a physics teacher is reported killed and four teachers are taken. Over the following days 23 students escape in the bush; on Saturday 14 March 98 more come out of the forest at Kuyello junction. The five files have random names: The Sahumi Reporter live blog (Monday 9 March, 000), the Davit wire (Monday 16 March, 001), The Trellis explainer with a source list (Thursday 19 March, 002), the ZRB News web story (Sunday 15 March, 003) and the state-aligned Kwenara Pathfinder (Monday 16 March, 004). Governor Garba Yelwashi and his spokesman Haruna Kilgori, the Sahumi State Police Command and Commissioner of Police Ladi Bwarak, the army\'s 31st Motorised Brigade (Motorized in the wire and the explainer) and its spokesman Brigadier General Tobias Okparandu, Information Minister Rahila Ndatsu, the principal Mrs Esther Adéyokù (Adeyoku in the wire and the explainer), the Zangoru Parents\' Forum and its chairman Alhaji Yusuf Kabirgi, the group Iron Thorn and its leader Audu Kwarbai (Kwarbay in the wire), the Sahumi Hunters\' Guild and its commander Sule Magwanda, Lantern Aid, the National Union of Kwenaran Teachers (NUKT), Rumbeli General Hospital, Senator Ruth Abanga of the People\'s Renewal Congress (PRC), freed and escaped students and parents disagree about the students abducted (287 by the school, 121 by the police), whether any are still held (none, by the governor\'s office and the police; 166, by the school), whether the 98 were rescued by troops after a gunfight or released by their captors with no shot fired, whether a ransom was paid (45 million kori by the parents; none, by the information minister), whether soldiers were at the checkpoint outside the school that night (withdrawn on Wednesday 4 March, by the principal, residents and the senator; present and returning fire, by the army), when the attack began (about 23:40 on Sunday by the principal, about 01:15 on Monday by the police), whether the teacher Samuel Gbadu was killed (the school and the NUKT) or no member of staff died (the police), and who said "We do not bargain with criminals over the lives of our children" (Governor Yelwashi in the wire, Minister Ndatsu in the state-aligned paper); the live blog corrects its own count of students treated at the hospital (31, then 13). The escaped rising from six (Monday) to 23 (Thursday) is an update; a school of "about 600" students and 612 boarders are one figure rounded; "about 400" troops deployed and "more than 350" in the operation agree; the four teachers taken are not among the students counted; the 61 girls are part of the 98 freed; boarding schools "closed" and "shut" are one state; the 43 pupils taken in Kalgoma belong to an earlier abduction, in 2021.',
  files: [L, W, X, N, T],
  meta: {
    [L]: [1, 2, 3, 4, 10, 11, 26, 55, 79, 81],
    [W]: [1, 2, 3, 5, 6, 7, 15, 61, 63, 64, 65],
    [X]: [1, 2, 3, 11, 12, 13, 15, 67, 68, 69, 70, 71, 72, 73, 75],
    [N]: [1, 7, 9],
    [T]: [],
  },

  actors: [
    // places
    { id: 'kwenara', name: 'Kwenara', type: 'place', forms: ['Kwenara'], note: 'the country; "Kwenaran" is a demonym; "Kwenara Pathfinder" and "National Union of Kwenaran Teachers" are nested names; "UPDATE 2-Kwenara" in the wire\'s two headlines is a real mention glued to the slug (assigned by hand); "Kwenara says all abducted students are free" stays a place' },
    { id: 'mandeyi', name: 'Mandeyi', type: 'place', forms: ['Mandeyi'], note: 'the federal capital' },
    { id: 'sahumi', name: 'Sahumi State', type: 'place', forms: ['Sahumi State', 'Sahumi'], note: 'the state; "the northern state of Sahumi" is a mention; "Sahumi State Police Command", "Sahumi Hunters\' Guild" and "Sahumi South" are other names; "The Sahumi Reporter" is nested' },
    { id: 'sahumi-south', name: 'Sahumi South', type: 'place', forms: ['Sahumi South'], note: 'the senatorial district of Senator Ruth Abanga' },
    { id: 'tanduwa', name: 'Tanduwa', type: 'place', forms: ['Tanduwa', 'TANDUWA'], note: 'the state capital, seat of Government House; the state-aligned paper\'s dateline is capitalized' },
    { id: 'rumbeli', name: 'Rumbeli', type: 'place', forms: ['Rumbeli', 'RUMBELI'], note: 'the district town and its district ("Rumbeli district" is a mention); the wire\'s dateline is capitalized; "Rumbeli General Hospital" is a nested name' },
    { id: 'zangoru', name: 'Zangoru', type: 'place', forms: ['Zangoru', 'Zangorou'], note: 'the village of the school; the explainer writes Zangorou; inside "Government Secondary School Zangoru", "GSS Zangoru" and "Zangoru Parents\' Forum" it is nested; "the Zangoru checkpoint" is a mention of the village' },
    { id: 'marwaki', name: 'Marwaki Forest', type: 'place', forms: ['Marwaki Forest', 'Marwaki'], note: 'the forest where the students were held; "the forest" is nominal' },
    { id: 'kuyello', name: 'Kuyello', type: 'place', forms: ['Kuyello'], note: 'the road junction where the 98 students came out ("Kuyello junction": the lowercase "junction" is outside)' },
    { id: 'kalgoma', name: 'Kalgoma', type: 'place', forms: ['Kalgoma'], note: 'site of an earlier school abduction, in 2021 (explainer)' },
    // organizations
    { id: 'school', name: 'Government Secondary School Zangoru', type: 'organization', forms: ['Government Secondary School Zangoru', 'Government Secondary School Zangorou', 'GSS Zangoru'], note: 'the boarding school, defined as (GSS Zangoru) in the live blog; the explainer writes Zangorou; "the school" is nominal' },
    { id: 'police', name: 'Sahumi State Police Command', type: 'organization', forms: ['Sahumi State Police Command'], note: 'named only in the state-aligned paper; lowercase "police" and "Police"/"The police" opening a sentence are nominal; "Police" in the titles "Commissioner of Police" and "Police Commissioner" is outside spans' },
    { id: 'brigade', name: '31st Motorised Brigade', type: 'organization', forms: ['31st Motorised Brigade', '31st Motorized Brigade'], note: 'the army unit credited with the rescue; the wire and the explainer write Motorized; "the army", "Army" opening a bullet and "the brigade" are nominal' },
    { id: 'government-house', name: 'Government House', type: 'organization', forms: ['Government House'], note: 'the governor\'s seat in Tanduwa, used for the state government (a statement "from Government House")' },
    { id: 'info-ministry', name: 'Federal Ministry of Information', type: 'organization', forms: ['Federal Ministry of Information'], note: 'the ministry of Rahila Ndatsu; "the federal government" is nominal' },
    { id: 'senate', name: 'Senate', type: 'organization', forms: ['Senate'], note: 'the upper house, asked by Senator Abanga for an inquiry (explainer); "Senator" before a name is a title' },
    { id: 'parents-forum', name: 'Zangoru Parents\' Forum', type: 'organization', forms: ['Zangoru Parents\' Forum', 'Zangorou Parents\' Forum'], note: 'the parents\' association chaired by Yusuf Kabirgi; "the parents\' forum" is nominal' },
    { id: 'hunters', name: 'Sahumi Hunters\' Guild', type: 'organization', forms: ['Sahumi Hunters\' Guild', 'Sahumi Hunters’ Guild'], note: 'the vigilante group of local hunters and farmers (curly apostrophe in the live blog); "the hunters\' commander" is nominal' },
    { id: 'nukt', name: 'National Union of Kwenaran Teachers', type: 'organization', forms: ['National Union of Kwenaran Teachers', 'NUKT'], note: 'the teachers\' union, defined as (NUKT) in the live blog, the wire, the web story and the explainer; "the union" and "the teachers\' union" are nominal; its report in the explainer\'s source list is metadata' },
    { id: 'prc', name: 'People\'s Renewal Congress', type: 'organization', forms: ['People\'s Renewal Congress', 'People’s Renewal Congress', 'PRC'], note: 'the opposition party of Senator Ruth Abanga, defined as (PRC) in the live blog and the wire' },
    { id: 'iron-thorn', name: 'Iron Thorn', type: 'organization', forms: ['Iron Thorn'], note: 'the armed group that claimed the abduction; "the group" and "the gang" are nominal' },
    { id: 'lantern', name: 'Lantern Aid', type: 'organization', forms: ['Lantern Aid'], note: 'the humanitarian organisation whose medics examined the freed students' },
    { id: 'hospital', name: 'Rumbeli General Hospital', type: 'organization', forms: ['Rumbeli General Hospital'], note: 'the district hospital; "the hospital" is nominal' },
    { id: 'reporter', name: 'The Sahumi Reporter', type: 'organization', forms: ['The Sahumi Reporter'], note: 'the regional paper running the live blog: its photo credit "Bashir Dangaji/The Sahumi Reporter" is a mention; its site-name line and the explainer\'s source list are metadata' },
    { id: 'davit', name: 'Davit', type: 'organization', forms: ['Davit'], note: 'the wire agency: the dateline "(Davit)", the photo credits "Amos Dakwa/Davit" (wire and explainer) and "Davit quoted" in the explainer are mentions; its site-name line and the source list are metadata' },
    { id: 'zrb', name: 'ZRB News', type: 'organization', forms: ['ZRB News'], note: 'the broadcaster, named in its own text ("ZRB News was unable to confirm") and its photo credit; the breadcrumb line and the source list are metadata' },
    { id: 'pathfinder', name: 'Kwenara Pathfinder', type: 'organization', forms: ['Kwenara Pathfinder', 'Pathfinder'], note: 'the state-aligned paper: "told the Pathfinder" (spanned without the article) and "the state-aligned Kwenara Pathfinder" in the explainer are mentions; its front matter and the source list are metadata' },
    { id: 'trellis', name: 'The Trellis', type: 'organization', forms: ['The Trellis'], note: 'the explainer site, which names itself in the text ("told The Trellis"); its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'yelwashi', name: 'Garba Yelwashi', type: 'person', forms: ['Garba Yelwashi', 'Yelwashi'], note: 'Governor of Sahumi State ("Governor" before the name is a title; "the Governor", "the governor" and "the governor\'s" without the name are nominal)' },
    { id: 'kilgori', name: 'Haruna Kilgori', type: 'person', forms: ['Haruna Kilgori', 'Kilgori'], note: 'the governor\'s spokesman ("Mr Kilgori"); "his spokesman" is nominal' },
    { id: 'bwarak', name: 'Ladi Bwarak', type: 'person', forms: ['Ladi Bwarak', 'Bwarak'], note: 'Commissioner of Police for Sahumi State (a woman; "Commissioner of Police", "Police Commissioner" are titles; "the commissioner", "the Commissioner" are nominal)' },
    { id: 'okparandu', name: 'Tobias Okparandu', type: 'person', forms: ['Tobias Okparandu', 'Okparandu'], note: 'the army\'s spokesman ("Brigadier General" is a title)' },
    { id: 'ndatsu', name: 'Rahila Ndatsu', type: 'person', forms: ['Rahila Ndatsu', 'Ndatsu'], note: 'federal Information Minister ("Information Minister", "Minister of Information", "Ms" are titles)' },
    { id: 'adeyoku', name: 'Esther Adéyokù', type: 'person', forms: ['Esther Adéyokù', 'Esther Adeyoku', 'Adéyokù', 'Adeyoku'], note: 'principal of GSS Zangoru ("Mrs", "Principal" are titles; "the principal" is nominal); the wire and the explainer write Adeyoku' },
    { id: 'kabirgi', name: 'Yusuf Kabirgi', type: 'person', forms: ['Yusuf Kabirgi', 'Kabirgi'], note: 'chairman of the Zangoru Parents\' Forum ("Alhaji" is a title)' },
    { id: 'kwarbai', name: 'Audu Kwarbai', type: 'person', forms: ['Audu Kwarbai', 'Audu Kwarbay'], note: 'the man who gave his name as the leader of Iron Thorn in a voice message; the wire writes Kwarbay' },
    { id: 'magwanda', name: 'Sule Magwanda', type: 'person', forms: ['Sule Magwanda', 'Magwanda'], note: 'commander of the Sahumi Hunters\' Guild; "their commander" is nominal' },
    { id: 'yakmut', name: 'Daniel Yakmut', type: 'person', forms: ['Daniel Yakmut'], note: 'state chairman of the NUKT ("Comrade" is a title)' },
    { id: 'sokwai', name: 'Halima Sokwai', type: 'person', forms: ['Halima Sokwai'], note: 'medical director of Rumbeli General Hospital ("Dr" is a title)' },
    { id: 'abanga', name: 'Ruth Abanga', type: 'person', forms: ['Ruth Abanga', 'Abanga'], note: 'opposition senator for Sahumi South ("Senator" is a title; "the senator" is nominal); her statement in the explainer\'s source list is metadata' },
    { id: 'gurmi', name: 'Zainab Gurmi', type: 'person', forms: ['Zainab Gurmi', 'Zainab'], note: 'a freed 15-year-old student; "Zainab" alone is a later mention of her' },
    { id: 'mahanan', name: 'Joel Mahanan', type: 'person', forms: ['Joel Mahanan'], note: 'a 17-year-old student who escaped' },
    { id: 'sayawa', name: 'Ibrahim Sayawa', type: 'person', forms: ['Ibrahim Sayawa'], note: 'a parent with two sons at the school' },
    { id: 'kumven', name: 'Rebecca Kumven', type: 'person', forms: ['Rebecca Kumven'], note: 'a mother waiting at the school gate' },
    { id: 'gbadu', name: 'Samuel Gbadu', type: 'person', forms: ['Samuel Gbadu', 'Gbadu'], note: 'the physics teacher the school says was shot dead ("Mr Gbadu")' },
    { id: 'baraje', name: 'Jonah Baraje', type: 'person', forms: ['Jonah Baraje'], note: 'the President ("President" before the name is a title)' },
    { id: 'menhuys', name: 'Marijke Menhuys', type: 'person', forms: ['Marijke Menhuys'], note: 'country director of Lantern Aid' },
    { id: 'wambai', name: 'Hadiza Wambai', type: 'person', forms: ['Hadiza Wambai'], note: 'The Sahumi Reporter\'s reporter named in a post ("our reporter Hadiza Wambai"); the byline line is metadata' },
    { id: 'dangaji', name: 'Bashir Dangaji', type: 'person', forms: ['Bashir Dangaji'], note: 'The Sahumi Reporter\'s photographer credited in a caption' },
    { id: 'dakwa', name: 'Amos Dakwa', type: 'person', forms: ['Amos Dakwa'], note: 'Davit photographer credited in captions (the wire and the explainer)' },
    { id: 'sanwai', name: 'Yakubu Sanwai', type: 'person', forms: ['Yakubu Sanwai'], note: 'ZRB News photographer credited in a caption' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:school|school['’]s|[Gg]overnor|[Gg]overnor['’]s|[Cc]ommissioner|principal|senator|union|union['’]s|teachers['’] union|hunters['’] commander|parents['’] forum|junction|hospital|hospital['’]s|brigade|brigade['’]s|group|group['’]s|gang|forest|village|district|capital|state capital|(?:state |federal )?government)\\b", why: 'nominal reference to a named body, person or place, or a title without a name (lowercase, or "the Governor", "the Commissioner")' },
    { pattern: "\\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:spokesman|commander|country director|medical director)\\b", why: 'nominal reference to a named person (lowercase)' },
    { pattern: "(?<!State )\\b[Pp]olice\\b(?! Command)", why: 'nominal reference to the Sahumi State Police Command (lowercase, capitalized opening a sentence, or inside the titles "Commissioner of Police" and "Police Commissioner")' },
    { pattern: "\\b(?:[Tt]he )?[Aa]rmy(?:['’]s)?\\b", why: 'nominal reference to the army (its unit here is the 31st Motorised Brigade)' },
  ],
  ignore: [
    { file: W, text: 'Government', context: '* Government denies', why: 'nominal reference: the government, capitalized opening a bullet (no named actor)' },
    { file: T, text: 'President', context: 'President commends', why: 'title without a name (the President)' },
  ],
  block: [],
  assign: [
    { file: W, text: 'Kwenara', context: 'Video\nUPDATE 2-Kwenara', actor: 'kwenara' },
    { file: W, text: 'Kwenara', context: 'Share this article\n\nUPDATE 2-Kwenara', actor: 'kwenara' },
  ],

  claims: [
    { file: L, speaker: 'Esther Adéyokù', cue: 'she said', quote: 'Two hundred and eighty-seven of our students are not here' },
    { file: L, speaker: 'Ladi Bwarak', cue: 'she said', quote: 'So far we have established that 121 students were abducted' },
    { file: L, speaker: 'Haruna Kilgori', cue: 'Mr Kilgori said', quote: 'The Governor has directed the closure of all boarding schools in Rumbeli district with immediate effect' },
    { file: L, speaker: 'Rebecca Kumven', cue: 'she said', quote: 'How can I be calm when I don’t know if my child has eaten?' },
    { file: L, speaker: 'Sule Magwanda', cue: 'he said', quote: 'The tracks go straight into Marwaki' },
    { file: W, speaker: 'Tobias Okparandu', cue: "he told reporters at the brigade's headquarters", quote: 'Our troops went in, and our troops brought them out' },
    { file: W, speaker: 'Haruna Kilgori', cue: 'said Haruna Kilgori', quote: 'With the 23 who escaped and the 98 rescued on Saturday, all the students abducted from Zangoru are now accounted for' },
    { file: W, speaker: 'Yusuf Kabirgi', cue: 'Kabirgi said', quote: "We sold our cows, our land, our wives' gold" },
    { file: W, speaker: 'Sule Magwanda', cue: 'Magwanda said', quote: 'My men were the first to reach them, and there was no soldier there and no shooting' },
    { file: N, speaker: 'Zainab Gurmi', cue: 'she said', quote: 'They told us to walk to the road and not to look back' },
    { file: N, speaker: 'Ibrahim Sayawa', cue: 'he said', quote: 'We paid 45 million kori. We paid, and then our children were released.' },
    { file: N, speaker: 'Marijke Menhuys', cue: 'she said', quote: 'Their feet were torn to pieces' },
    { file: T, speaker: 'Rahila Ndatsu', cue: 'the Minister of Information, Rahila Ndatsu, said', quote: 'We do not bargain with criminals over the lives of our children' },
    { file: T, speaker: 'Ladi Bwarak', cue: 'Commissioner of Police Ladi Bwarak told journalists in Rumbeli', quote: 'No student of GSS Zangoru remains in captivity' },
    { file: X, speaker: 'Esther Adéyokù', cue: 'Adeyoku told The Trellis on Tuesday', quote: 'Every morning I read out 166 names, and every morning nobody answers' },
  ],

  contradictions: [
    {
      id: 'abducted-count', level: 'core', kind: 'numeric',
      summary: 'How many students were abducted: the school and its principal Esther Adéyokù (Adeyoku) say two roll calls on the morning after the attack showed 287 boarders missing; the police and Commissioner Ladi Bwarak say 121, and the state government goes by the police figure.',
      sides: [
        { file: L, quote: 'the school says its roll call shows 287 missing', value: '287', speaker: 'Government Secondary School Zangoru', camp: 'A' },
        { file: L, quote: 'Two hundred and eighty-seven of our students are not here', value: '287', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: W, quote: 'Principal Esther Adeyoku said the roll call taken on the morning after the attack showed 287 boarders missing.', value: '287', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: X, quote: 'The school says 287, based on two roll calls taken on the morning after the attack', value: '287', speaker: 'Government Secondary School Zangoru', camp: 'A' },
        { file: N, quote: 'Two hundred and eighty-seven were taken.', value: '287', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: L, quote: 'The police say 121 students were abducted', value: '121', speaker: 'Sahumi State Police Command', camp: 'B' },
        { file: L, quote: 'So far we have established that 121 students were abducted', value: '121', speaker: 'Ladi Bwarak', camp: 'B' },
        { file: W, quote: 'Police Commissioner Ladi Bwarak has put the number of students abducted at 121.', value: '121', speaker: 'Ladi Bwarak', camp: 'B' },
        { file: X, quote: 'The police say 121.', value: '121', speaker: 'Sahumi State Police Command', camp: 'B' },
        { file: N, quote: 'The police, who put it at 121', value: '121', speaker: 'Sahumi State Police Command', camp: 'B' },
        { file: T, quote: 'The number of abducted students was 121.', value: '121', speaker: 'Ladi Bwarak', camp: 'B' },
      ],
    },
    {
      id: 'still-held', level: 'core', kind: 'status',
      summary: 'Whether any students are still held: the governor\'s spokesman Haruna Kilgori and the police (Commissioner Ladi Bwarak) say that with 23 escaped and 98 freed every abducted student is accounted for and none remains in captivity; the principal Esther Adéyokù says 166 are still in the forest.',
      sides: [
        { file: W, quote: 'the state government said every student taken in the raid was now accounted for', speaker: 'Haruna Kilgori', camp: 'A' },
        { file: W, quote: 'all the students abducted from Zangoru are now accounted for', speaker: 'Haruna Kilgori', camp: 'A' },
        { file: N, quote: 'Every student is accounted for', speaker: 'Ladi Bwarak', camp: 'A' },
        { file: T, quote: 'No student of GSS Zangoru remains in captivity', speaker: 'Ladi Bwarak', camp: 'A' },
        { file: T, quote: 'every one of the students abducted is now back with the authorities, the Sahumi State Police Command said', speaker: 'Sahumi State Police Command', camp: 'A' },
        { file: X, quote: 'so "all the students abducted from Zangorou are now accounted for," in the words of the governor\'s spokesman, Haruna Kilgori', speaker: 'Haruna Kilgori', camp: 'A' },
        { file: W, quote: 'the school\'s principal said more than half of the children were still in the hands of their kidnappers', speaker: 'Esther Adéyokù', camp: 'B' },
        { file: W, quote: 'We have 166 children still in that forest', speaker: 'Esther Adéyokù', camp: 'B' },
        { file: N, quote: 'Take away the ones who have come home and 166 are still out there.', speaker: 'Esther Adéyokù', camp: 'B' },
        { file: X, quote: 'On the school\'s count, 166 are still in the forest.', speaker: 'Government Secondary School Zangoru', camp: 'B' },
      ],
    },
    {
      id: 'rescue-or-release', level: 'core', kind: 'polarity',
      summary: 'How the 98 students got out: the army (Brigadier General Tobias Okparandu) says troops of the 31st Motorised Brigade rescued them after a gunfight in Marwaki Forest, and the governor calls it a rescue; the freed student Zainab Gurmi and the hunters\' commander Sule Magwanda say the kidnappers released them at Kuyello junction, with no soldier there and no shot fired.',
      sides: [
        { file: W, quote: 'troops of the 31st Motorized Brigade had rescued the students "after a fierce exchange of fire" with the kidnappers deep in the forest', speaker: 'Tobias Okparandu', camp: 'A' },
        { file: W, quote: 'Our troops went in, and our troops brought them out', speaker: 'Tobias Okparandu', camp: 'A' },
        { file: N, quote: 'troops of its 31st Motorised Brigade had freed the students in a “daring operation” deep inside the forest', speaker: '31st Motorised Brigade', camp: 'A' },
        { file: N, quote: 'Governor Garba Yelwashi praised what he called a “textbook rescue”', speaker: 'Garba Yelwashi', camp: 'A' },
        { file: T, quote: 'Soldiers of the 31st Motorised Brigade rescued 98 students of Government Secondary School Zangoru from a kidnappers’ hideout in Marwaki Forest on Saturday', speaker: 'Kwenara Pathfinder', camp: 'A' },
        { file: T, quote: 'troops had located the camp after days of surveillance and stormed it at dawn', speaker: 'Tobias Okparandu', camp: 'A' },
        { file: X, quote: 'The army says troops of the 31st Motorized Brigade rescued them after a gunfight in the forest.', speaker: '31st Motorised Brigade', camp: 'A' },
        { file: W, quote: 'My men were the first to reach them, and there was no soldier there and no shooting', speaker: 'Sule Magwanda', camp: 'B' },
        { file: W, quote: 'They were released. Anybody who says there was a battle should show us the bullet holes.', speaker: 'Sule Magwanda', camp: 'B' },
        { file: N, quote: 'Nobody fired a gun. We did not see any soldiers until the trucks came.', speaker: 'Zainab Gurmi', camp: 'B' },
        { file: N, quote: 'The children came out on foot. The soldiers arrived after them.', speaker: 'Sule Magwanda', camp: 'B' },
        { file: X, quote: 'say they were released by their captors and walked out unharmed, and that no shots were fired', speaker: 'Sahumi Hunters\' Guild', camp: 'B' },
      ],
    },
    {
      id: 'ransom', level: 'core', kind: 'polarity',
      summary: 'Whether a ransom was paid: the parents (Alhaji Yusuf Kabirgi of the Zangoru Parents\' Forum, Ibrahim Sayawa) say families raised 45 million kori and handed it over two days before the release; Information Minister Rahila Ndatsu and the federal government say no ransom was paid to anybody.',
      sides: [
        { file: W, quote: 'families had collected 45 million kori and handed it to go-betweens on Thursday, two days before the release', speaker: 'Yusuf Kabirgi', camp: 'A' },
        { file: W, quote: 'If the government says nobody paid, let them come and count our empty pens.', speaker: 'Yusuf Kabirgi', camp: 'A' },
        { file: N, quote: 'We paid 45 million kori.', speaker: 'Ibrahim Sayawa', camp: 'A' },
        { file: N, quote: 'Students, parents and local hunters say the kidnappers let them go after a ransom was paid', speaker: 'ZRB News', camp: 'A' },
        { file: X, quote: 'says families raised 45 million kori and handed it over two days before the release', speaker: 'Yusuf Kabirgi', camp: 'A' },
        { file: W, quote: 'no ransom had been paid "to anybody, by anybody,"', speaker: 'Rahila Ndatsu', camp: 'B' },
        { file: T, quote: 'Not one kori was paid.', speaker: 'Rahila Ndatsu', camp: 'B' },
        { file: T, quote: 'The federal government on Sunday dismissed claims that money had changed hands to secure the students’ release.', speaker: 'Kwenara Pathfinder', camp: 'B' },
        { file: X, quote: 'Information Minister Rahila Ndatsu says no ransom was paid by anyone.', speaker: 'Rahila Ndatsu', camp: 'B' },
      ],
    },
    {
      id: 'checkpoint', level: 'secondary', kind: 'polarity',
      summary: 'Whether soldiers were at the checkpoint outside the school that night: the principal Esther Adéyokù, residents and Senator Ruth Abanga say they were withdrawn on Wednesday 4 March, four days before the attack, and the school was left without a soldier; the army (Brigadier General Tobias Okparandu) says its troops were at the checkpoint and returned fire.',
      sides: [
        { file: L, quote: 'She said there were no soldiers at the checkpoint outside the gate that night.', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: L, quote: 'They packed up and left on Wednesday. Nobody told us why, and nobody replaced them.', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: L, quote: 'why a school of six hundred children was left without a single soldier', speaker: 'Ruth Abanga', camp: 'A' },
        { file: W, quote: 'Residents and the principal say soldiers who manned a checkpoint outside the school gate were withdrawn four days before the raid.', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: X, quote: 'say the soldiers at the checkpoint outside the school gate were pulled out on Wednesday, March 4, four days before the attack', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: L, quote: 'troops at the checkpoint near the school “engaged the attackers and forced a part of them to withdraw”', speaker: 'Tobias Okparandu', camp: 'B' },
        { file: W, quote: 'The army denies this and says its troops at the checkpoint returned fire and drove part of the gang back.', speaker: '31st Motorised Brigade', camp: 'B' },
        { file: T, quote: 'Our men were at the Zangoru checkpoint that night, and it was their fire that stopped the bandits from reaching the staff quarters', speaker: 'Tobias Okparandu', camp: 'B' },
        { file: X, quote: 'The army says troops were at the checkpoint that night and returned fire.', speaker: '31st Motorised Brigade', camp: 'B' },
      ],
    },
    {
      id: 'attack-time', level: 'secondary', kind: 'temporal',
      summary: 'When the attack began: the principal Esther Adéyokù says the gunmen came through the back fence at about 23:40 on Sunday 8 March; the police (Commissioner Ladi Bwarak) say the attack began at about 01:15 on Monday 9 March, and the state-aligned paper puts it in the early hours of Monday.',
      sides: [
        { file: L, quote: 'The gunmen came through the back fence at about 11.40pm on Sunday', value: 'Sunday 8 March, 23:40', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: W, quote: 'Adeyoku said the gunmen broke through the back fence at about 11:40 p.m. on Sunday', value: 'Sunday 8 March, 23:40', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: X, quote: 'Principal Esther Adeyoku says the gunmen came through the back fence at about 11:40 p.m. on Sunday.', value: 'Sunday 8 March, 23:40', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: L, quote: 'The attack began at about 1.15am on Monday, according to the commissioner', value: 'Monday 9 March, 01:15', speaker: 'Ladi Bwarak', camp: 'B' },
        { file: W, quote: 'the police say the attack began at about 1:15 a.m. on Monday', value: 'Monday 9 March, 01:15', speaker: 'Sahumi State Police Command', camp: 'B' },
        { file: X, quote: 'The police say the attack began at about 1:15 a.m. on Monday.', value: 'Monday 9 March, 01:15', speaker: 'Sahumi State Police Command', camp: 'B' },
        { file: T, quote: 'in the early hours of Monday, 9 March', value: 'Monday 9 March, early hours', speaker: 'Kwenara Pathfinder', camp: 'B' },
      ],
    },
    {
      id: 'teacher-killed', level: 'secondary', kind: 'polarity',
      summary: 'Whether a teacher was killed: the school (Esther Adéyokù) and the NUKT say the physics teacher Samuel Gbadu was shot dead at the door of the girls\' hostel; the police (Commissioner Ladi Bwarak) say no teacher or other member of staff was killed, only a security guard wounded.',
      sides: [
        { file: L, quote: 'Mrs Adéyokù confirmed that a physics teacher, Samuel Gbadu, was shot dead as he tried to lock the door of the girls’ hostel.', speaker: 'Esther Adéyokù', camp: 'A' },
        { file: L, quote: 'has condemned the killing of Mr Gbadu', speaker: 'National Union of Kwenaran Teachers', camp: 'A' },
        { file: W, quote: 'The school and the National Union of Kwenaran Teachers (NUKT) say a physics teacher, Samuel Gbadu, was shot dead in the attack.', speaker: 'National Union of Kwenaran Teachers', camp: 'A' },
        { file: N, quote: 'The National Union of Kwenaran Teachers (NUKT) says he was shot dead at the door of the girls’ hostel', speaker: 'National Union of Kwenaran Teachers', camp: 'A' },
        { file: X, quote: 'says a physics teacher, Samuel Gbadu, was shot dead at the door of the girls\' hostel', speaker: 'National Union of Kwenaran Teachers', camp: 'A' },
        { file: L, quote: 'Bwarak said no teacher had been killed.', speaker: 'Ladi Bwarak', camp: 'B' },
        { file: L, quote: 'There is no other casualty among the staff.', speaker: 'Ladi Bwarak', camp: 'B' },
        { file: W, quote: 'The police have said no teacher was killed and that a security guard was wounded.', speaker: 'Sahumi State Police Command', camp: 'B' },
        { file: N, quote: 'the police maintain no member of staff died', speaker: 'Sahumi State Police Command', camp: 'B' },
        { file: T, quote: 'No member of staff was killed in the attack, the police said.', speaker: 'Sahumi State Police Command', camp: 'B' },
        { file: X, quote: 'The police say no staff member was killed and that a security guard was wounded.', speaker: 'Sahumi State Police Command', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "We do not bargain with criminals over the lives of our children": the wire credits Governor Garba Yelwashi, at Government House in Tanduwa on Saturday evening; the state-aligned Kwenara Pathfinder credits Information Minister Rahila Ndatsu, at a briefing in Mandeyi; the explainer notes both.',
      sides: [
        { file: W, quote: 'Governor Yelwashi, speaking at Government House in the state capital Tanduwa on Saturday evening, said: "We do not bargain with criminals over the lives of our children."', speaker: 'Davit', camp: 'A' },
        { file: X, quote: 'Davit quoted Governor Garba Yelwashi saying, "We do not bargain with criminals over the lives of our children."', speaker: 'Davit', camp: 'A' },
        { file: T, quote: '“We do not bargain with criminals over the lives of our children,” the Minister of Information, Rahila Ndatsu, said at a briefing in Mandeyi.', speaker: 'Kwenara Pathfinder', camp: 'B' },
        { file: X, quote: 'The state-aligned Kwenara Pathfinder printed the same sentence as the words of Ndatsu, at a briefing in Mandeyi.', speaker: 'Kwenara Pathfinder', camp: 'B' },
      ],
    },
    {
      id: 'hospital-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported, citing a nurse in the emergency ward, that 31 students were being treated at Rumbeli General Hospital, then corrected itself: the hospital says it has treated 13 (the digits were transposed), as the wire and the explainer say.',
      sides: [
        { file: L, quote: '31 students are being treated at Rumbeli General Hospital, a nurse in the emergency ward told our reporter.', value: '31', speaker: 'The Sahumi Reporter', camp: 'A' },
        { file: L, quote: 'The hospital says it has treated 13 students, most of them for cuts and sprains after jumping from windows; we transposed the digits.', value: '13', speaker: 'The Sahumi Reporter', camp: 'B' },
        { file: W, quote: 'Thirteen students were treated at Rumbeli General Hospital on the day of the attack, mostly for cuts and sprains.', value: '13', speaker: 'Davit', camp: 'B' },
        { file: X, quote: 'Thirteen students were treated at Rumbeli General Hospital for injuries from the night of the attack.', value: '13', speaker: 'The Trellis', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'escaped-rise', kind: 'numeric',
      summary: 'The students who escaped rose from six (the night of the attack, live blog) to 23 by Thursday, and the state-aligned paper reports it as a rise: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'Six students escaped during the night and are back with their families.', value: '6 (Mon)' },
        { file: T, quote: 'The number of students who escaped rose to 23 by Thursday, from six on the morning after the attack', value: '23 (Thu)' },
      ],
    },
    {
      id: 'boarders-rounding', kind: 'numeric',
      summary: 'A boarding school "of about 600 students" (wire) and 612 boarders on the register (explainer) are one figure, rounded.',
      sides: [
        { file: W, quote: 'a mixed boarding school of about 600 students', value: '~600' },
        { file: X, quote: 'The school had 612 boarders on its register.', value: '612' },
      ],
    },
    {
      id: 'troops', kind: 'numeric',
      summary: '"About 400 troops" deployed around Marwaki Forest (wire, the army) and "more than 350 soldiers" in the operation (state-aligned paper, the army) are compatible approximations.',
      sides: [
        { file: W, quote: 'About 400 troops remain deployed in and around Marwaki Forest to track the kidnappers, the army said.', value: '~400' },
        { file: T, quote: 'More than 350 soldiers took part in the operation', value: '>350' },
      ],
    },
    {
      id: 'teachers-taken', kind: 'numeric',
      summary: 'The four teachers taken with the students are not among the students counted as abducted (121 by the police): a different set.',
      sides: [
        { file: L, quote: 'Four teachers were taken with the students.', value: '4 teachers' },
        { file: W, quote: 'Police Commissioner Ladi Bwarak has put the number of students abducted at 121.', value: '121 students' },
      ],
    },
    {
      id: 'girls-freed', kind: 'numeric',
      summary: 'The 61 girls are part of the 98 students freed on Saturday: part and whole.',
      sides: [
        { file: N, quote: 'examined the 98 students on Saturday afternoon, 61 of them girls', value: '61 girls' },
        { file: W, quote: "Kwenara's army said on Monday its troops had freed 98 students", value: '98 (all)' },
      ],
    },
    {
      id: 'schools-closed', kind: 'status',
      summary: 'Boarding schools in Rumbeli district "closed" on the governor\'s orders (live blog) and "shut until further notice" (state-aligned paper) are the same state in different words.',
      sides: [
        { file: L, quote: 'Boarding schools across Rumbeli district have been closed on the governor’s orders.', value: 'closed' },
        { file: T, quote: 'Boarding schools in Rumbeli district will remain shut until further notice', value: 'shut' },
      ],
    },
    {
      id: 'earlier-abduction', kind: 'numeric',
      summary: 'The 43 pupils taken at Kalgoma belong to an earlier abduction, in 2021, not to Zangoru (121 by the police).',
      sides: [
        { file: X, quote: 'In 2021 gunmen took 43 pupils from a school in Kalgoma, in the same state', value: '43 (2021)' },
        { file: L, quote: 'The police say 121 students were abducted', value: '121 (2026)' },
      ],
    },
  ],
};
