// Hand-written gold source for the prisoner exchange between Zemlyria and Talvessa on the Zhuravel
// Bridge (invented event, April 2026). build-gold.mjs turns it into ../gold/prisoner-exchange.json.
// The wire is plain .txt (headline, outlet and date lines, a "(Reporting by ...)" line); the live
// blog is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Last updated" line, bold time stamps newest first, an image line with a
// caption and credit, "Read more" links); the web story and the state-aligned paper imitate pages
// saved from news sites (site name, "Skip to content", navigation bar, headline twice, byline with
// role, "Updated" line, "Share this article", a caption with a photo credit, "Advertisement",
// "Read more" lines); the explainer is Markdown with YAML front matter and no headline in the body.
// Breadcrumbs, site names, navigation bars, bylines, date and "Updated" lines, "Share this
// article", "Advertisement", "Read more" lines and the wire's reporting line are metadata (meta:
// 1-based line numbers); headlines, standfirsts, image alt texts, captions and credits are counted
// text. Link URLs are in ignore.
const W = 'cleat-wire.txt'; // Cleat wire (Thursday 16 April, evening), US style, straight quotes, writes Alund, Mottus
const L = '091803c8516aade1.md'; // The Ekvik Harbinger live blog, newest first (Thursday 16 April, 07:30 to 21:10), UK style, curly quotes, writes Žuravel Bridge, Ålund, Mõttus, Lozinska
const B = '9e81a3691bff7d9c.txt'; // PXN News web story (Friday 17 April), UK style, curly quotes, writes Ålund
const D = '1e2bfe301876793b.txt'; // state-aligned Zemlyrian Korostav Telegraph (Friday 17 April), UK style, straight quotes, writes Alund
const X = 'b6962013af90d4e6.md'; // The Wicket explainer (Saturday 18 April), YAML front matter, US style, straight quotes, writes Alund, Mottus

export default {
  corpus: 'prisoner-exchange',
  note: 'Invented event written for the project: on Thursday 16 April 2026, from 09:40, the hostile neighbours Zemlyria (capital Korostav) and Talvessa (capital Aldsund), two years after a border war, exchange prisoners in groups of about 20 on the Zhuravel Bridge (Žuravel Bridge in the Talvessan live blog) over the Silna River, between the Talvessan town of Ekvik and the Zemlyrian town of Ostrozhets; monitors of the International Humanitarian Council (IHC) check names in the middle, and Orlesian observers watch. Five invented outlets: the Cleat wire (Thursday evening), The Ekvik Harbinger live blog, newest first (Thursday 07:30 to 21:10), the PXN News web story (Friday), the state-aligned Zemlyrian Korostav Telegraph (Friday) and The Wicket explainer (Saturday); four files have random names. Talvessa\'s Coordination Centre for Prisoners of War (CCPW; Center in the US-style outlets), its head Col Rein Kallaste and its spokeswoman Kadri Mõttus (Mottus in the wire and the explainer), President Marta Kivisalu, Orlesia\'s Foreign Ministry and its special envoy Henrik Ålund (Alund in the wire, the state-aligned paper and the explainer), Zemlyria\'s Ministry of Defence (Defense Ministry in the US-style outlets) and its spokesman Maj Gen Rostislav Shumeyko, President Arkadiy Belozor and his spokesman Yegor Tashlin, the human rights commissioner Tatyana Lozinskaya (Lozinska in the live blog), Castavia and its President Aurelio Santangelo, the Committee for Press Liberty (CPL) and its director Orla Brennick, and the wife of the jailed Aldsund Observer reporter Taavi Ruutel, Liis Koppel, disagree about the Talvessans handed over (103 by the CCPW, 118 by Zemlyria), the Zemlyrians handed over (97, six having refused to go back, by the CCPW; 118 by Zemlyria), whether the exchange was halted midway after six groups with 47 Talvessans driven away (Talvessa, the Orlesian envoy: "paused, not canceled") or completed in full (Zemlyria), whether Ruutel was pardoned and handed over (Zemlyria) or never crossed and is still in Penal Colony No. 6 in Kresk (the CCPW, his wife, the CPL), who mediated (Orlesia, by Talvessa and Orlesia; Castavia, by Zemlyria), the day the deal was agreed (Monday 13 April in Haldersund, by Orlesia\'s Foreign Ministry; Friday 10 April in a telephone call between Belozor and Santangelo, by Tashlin) and who said "Today a hundred families will sleep. Tomorrow we start on the rest" (President Kivisalu in the wire, Col Kallaste in the web story); the live blog corrects its own count of the seriously wounded among the returning men (21, then 12). The 340-metre bridge and "some 350 meters long" are one length rounded; 41 across by mid-morning and 82 by 12:30 "up from 41" are a running count reported as updated; about 2,300 Talvessans held by Zemlyria and about 1,100 Zemlyrians held by Talvessa are different sets; two teachers are part of the nine civilians; "sentenced ... to 12 years in prison for espionage" and "jailed for 12 years on spying charges" are synonyms; "More than 300 relatives" and "About 400 relatives" agree; the 60 each way of the November 2025 exchange belong to an earlier exchange, not to this deal of 150 each way. "Zemlyrian", "Talvessan", "Orlesian" and "Castavian" are demonyms; "Korostav" inside Korostav Telegraph, "Ekvik" inside The Ekvik Harbinger, "Aldsund" inside Aldsund Observer and "Haldersund" inside University of Haldersund are nested; "Talvessa-Zemlyria" in the web story\'s headline is a hyphenated modifier.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 47],
    [L]: [1, 7, 9, 93, 94, 95],
    [B]: [1, 2, 3, 4, 12, 13, 15, 35, 67, 68, 70],
    [D]: [1, 2, 3, 4, 12, 13, 15, 49, 63, 64, 66],
    [X]: [],
  },

  actors: [
    // places
    { id: 'zemlyria', name: 'Zemlyria', type: 'place', forms: ['Zemlyria'], note: 'one of the two hostile neighbours; "Zemlyrian" is a demonym; "Talvessa-Zemlyria" in the web story\'s headline is glued into a modifier' },
    { id: 'talvessa', name: 'Talvessa', type: 'place', forms: ['Talvessa'], note: 'the other hostile neighbour; "Talvessan" is a demonym' },
    { id: 'orlesia', name: 'Orlesia', type: 'place', forms: ['Orlesia'], note: 'the mediating state by Talvessa\'s and its own account; used for its government ("Talvessa and Orlesia say") it stays a place; "Orlesian" is a demonym' },
    { id: 'castavia', name: 'Castavia', type: 'place', forms: ['Castavia'], note: 'the mediating state by Zemlyria\'s account; "Castavian" is a demonym' },
    { id: 'korostav', name: 'Korostav', type: 'place', forms: ['Korostav'], note: 'capital of Zemlyria, also used for its government ("Korostav says it is complete"); nested in Korostav Telegraph' },
    { id: 'aldsund', name: 'Aldsund', type: 'place', forms: ['Aldsund'], note: 'capital of Talvessa; nested in Aldsund Observer' },
    { id: 'haldersund', name: 'Haldersund', type: 'place', forms: ['Haldersund'], note: 'capital of Orlesia, where the talks were held; nested in University of Haldersund' },
    { id: 'ekvik', name: 'Ekvik', type: 'place', forms: ['Ekvik', 'EKVIK'], note: 'Talvessan town at one end of the bridge (dateline in capitals); nested in The Ekvik Harbinger' },
    { id: 'ostrozhets', name: 'Ostrozhets', type: 'place', forms: ['Ostrozhets', 'OSTROZHETS'], note: 'Zemlyrian town at the other end of the bridge (dateline in capitals)' },
    { id: 'silna', name: 'Silna River', type: 'place', forms: ['Silna River'], note: 'the border river' },
    { id: 'bridge', name: 'Zhuravel Bridge', type: 'place', forms: ['Zhuravel Bridge', 'Žuravel Bridge'], note: 'the border bridge of the exchange (Žuravel in the Talvessan live blog); "the bridge" is nominal' },
    { id: 'kresk', name: 'Kresk', type: 'place', forms: ['Kresk'], note: 'Zemlyrian town of the penal colony and of the court that convicted Ruutel' },
    { id: 'colony', name: 'Penal Colony No. 6', type: 'place', forms: ['Penal Colony No. 6'], note: 'the prison where Ruutel is held, by his paper and the CPL (a named facility)' },
    // organizations
    { id: 'ccpw', name: 'Coordination Centre for Prisoners of War', type: 'organization', forms: ['Coordination Centre for Prisoners of War', 'Coordination Center for Prisoners of War', 'CCPW', 'Coordination Centre'], note: 'Talvessa\'s prisoner-of-war body, defined as (CCPW) (Center in the US-style outlets; "The so-called Coordination Centre in Aldsund" in the state-aligned paper); "the centre", "the center" are nominal' },
    { id: 'mod', name: 'Ministry of Defence', type: 'organization', forms: ['Ministry of Defence', 'Defense Ministry'], note: 'Zemlyria\'s defence ministry (Defense Ministry in the US-style outlets), the only one named; its press service\'s photo credit holds a mention; "the ministry" is nominal' },
    { id: 'foreign-ministry', name: 'Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'], note: 'Orlesia\'s foreign ministry ("Orlesia\'s Foreign Ministry"), the only one named' },
    { id: 'ihc', name: 'International Humanitarian Council', type: 'organization', forms: ['International Humanitarian Council', 'IHC'], note: 'the neutral aid body that checked names on the bridge, defined as (IHC); "the council" is nominal' },
    { id: 'cpl', name: 'Committee for Press Liberty', type: 'organization', forms: ['Committee for Press Liberty', 'CPL'], note: 'the media freedom group, defined as (CPL); "the committee" is nominal' },
    { id: 'observer', name: 'Aldsund Observer', type: 'organization', forms: ['Aldsund Observer'], note: 'Ruutel\'s newspaper ("the Aldsund Observer"); the place inside it is nested' },
    { id: 'military-hospital', name: 'Central Military Hospital', type: 'organization', forms: ['Central Military Hospital'], note: 'the hospital in Korostav that took the returning Zemlyrians' },
    { id: 'university', name: 'University of Haldersund', type: 'organization', forms: ['University of Haldersund'], note: 'Ines Marchetti\'s university; the place inside it is nested' },
    { id: 'cleat', name: 'Cleat', type: 'organization', forms: ['Cleat'], note: 'the wire agency: the dateline "(Cleat)", "Cleat could not", "told Cleat" are mentions; its outlet line is metadata' },
    { id: 'harbinger', name: 'The Ekvik Harbinger', type: 'organization', forms: ['The Ekvik Harbinger', 'Ekvik Harbinger', 'Harbinger'], note: 'the Ekvik paper running the live blog: its photo credit, "told the Harbinger" and the explainer\'s "the Ekvik Harbinger" (short forms without the article) are mentions; its breadcrumb line is metadata' },
    { id: 'pxn', name: 'PXN News', type: 'organization', forms: ['PXN News'], note: 'the broadcaster\'s news site: "told PXN News" and its photo credit are mentions, also in the explainer; its site-name line is metadata' },
    { id: 'telegraph', name: 'Korostav Telegraph', type: 'organization', forms: ['Korostav Telegraph'], note: 'the state-aligned Zemlyrian paper: its site-name line is metadata; the explainer\'s "The Korostav Telegraph, a paper close to the Zemlyrian government" is a mention without the article (the name has none)' },
    { id: 'wicket', name: 'The Wicket', type: 'organization', forms: ['The Wicket'], note: 'the explainer\'s site: "told The Wicket", "The Wicket could not" are mentions; its front matter is metadata' },
    // people
    { id: 'belozor', name: 'Arkadiy Belozor', type: 'person', forms: ['Arkadiy Belozor', 'Belozor'], note: 'President of Zemlyria; "President", "Mr" are outside the span; "The President" without a name is nominal' },
    { id: 'tashlin', name: 'Yegor Tashlin', type: 'person', forms: ['Yegor Tashlin', 'Tashlin'], note: 'Belozor\'s spokesman; "Mr Tashlin" -> "Tashlin"' },
    { id: 'shumeyko', name: 'Rostislav Shumeyko', type: 'person', forms: ['Rostislav Shumeyko', 'Shumeyko'], note: 'spokesman of Zemlyria\'s Ministry of Defence; "Major General", "Maj. Gen.", "Gen" are outside the span' },
    { id: 'lozinskaya', name: 'Tatyana Lozinskaya', type: 'person', forms: ['Tatyana Lozinskaya', 'Tatyana Lozinska', 'Lozinskaya'], note: 'Zemlyria\'s human rights commissioner (Lozinska in the live blog); "Mrs Lozinskaya" -> "Lozinskaya"' },
    { id: 'kivisalu', name: 'Marta Kivisalu', type: 'person', forms: ['Marta Kivisalu', 'Kivisalu'], note: 'President of Talvessa' },
    { id: 'kallaste', name: 'Rein Kallaste', type: 'person', forms: ['Rein Kallaste', 'Kallaste'], note: 'head of the CCPW, in the web story; "Col" is outside the span' },
    { id: 'mottus', name: 'Kadri Mõttus', type: 'person', forms: ['Kadri Mõttus', 'Kadri Mottus'], note: 'spokeswoman of the CCPW (Mottus in the wire and the explainer)' },
    { id: 'ruutel', name: 'Taavi Ruutel', type: 'person', forms: ['Taavi Ruutel', 'Ruutel'], note: 'the jailed Aldsund Observer reporter; "Ruutel’s name", "Ruutel’s wife" hold mentions' },
    { id: 'koppel', name: 'Liis Koppel', type: 'person', forms: ['Liis Koppel'], note: 'Ruutel\'s wife' },
    { id: 'alund', name: 'Henrik Ålund', type: 'person', forms: ['Henrik Ålund', 'Henrik Alund', 'Ålund', 'Alund'], note: 'Orlesia\'s special envoy (Alund in the wire, the state-aligned paper and the explainer); "Mr Ålund" -> "Ålund"' },
    { id: 'santangelo', name: 'Aurelio Santangelo', type: 'person', forms: ['Aurelio Santangelo', 'Santangelo'], note: 'President of Castavia; "Mr Santangelo" -> "Santangelo"' },
    { id: 'brennick', name: 'Orla Brennick', type: 'person', forms: ['Orla Brennick'], note: 'director of the CPL, in the web story' },
    { id: 'pihlak', name: 'Mart Pihlak', type: 'person', forms: ['Mart Pihlak'], note: 'a returning Talvessan sergeant; "Sgt", "Sgt." are outside the span' },
    { id: 'saks', name: 'Maie Saks', type: 'person', forms: ['Maie Saks'], note: 'a woman waiting for her brother, in the live blog' },
    { id: 'osadchy', name: 'Kirill Osadchy', type: 'person', forms: ['Kirill Osadchy'], note: 'a returning Zemlyrian junior sergeant, in the state-aligned paper' },
    { id: 'osadchaya', name: 'Valentina Osadchaya', type: 'person', forms: ['Valentina Osadchaya'], note: 'Kirill Osadchy\'s mother, in the state-aligned paper' },
    { id: 'dorval', name: 'Matthieu Dorval', type: 'person', forms: ['Matthieu Dorval'], note: 'IHC spokesman, in the web story' },
    { id: 'marchetti', name: 'Ines Marchetti', type: 'person', forms: ['Ines Marchetti'], note: 'scholar of ceasefire diplomacy at the University of Haldersund, in the explainer' },
    { id: 'lind', name: 'Kristo Lind', type: 'person', forms: ['Kristo Lind'], note: 'The Ekvik Harbinger photographer: his byline is metadata; his photo credit is a mention' },
    { id: 'reinholt', name: 'Tomas Reinholt', type: 'person', forms: ['Tomas Reinholt'], note: 'PXN News photographer, named in a photo credit' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|centre|center|council|committee|spokesman|spokeswoman|envoy|commissioner|bridge|President|capital|government|ministry's spokesman|center's spokeswoman|centre’s spokeswoman|committee's director|committee’s director)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Henrik Ålund', cue: 'Alund told reporters', quote: 'The exchange has been paused, not canceled. Both sides have told me they want to finish it' },
    { file: W, speaker: 'Kadri Mõttus', cue: 'she said', quote: 'We will not send the rest across until the people we agreed on are standing on that bridge' },
    { file: W, speaker: 'Liis Koppel', cue: 'she told Cleat', quote: 'I looked at every face. He was not there' },
    { file: L, speaker: 'Kadri Mõttus', cue: 'said Kadri Mõttus', quote: 'He is not on our list of arrivals, he is not in the hospital, he is not in Ekvik' },
    { file: L, speaker: 'Mart Pihlak', cue: 'he told the Harbinger', quote: 'I counted the days on the wall until I lost count' },
    { file: L, speaker: 'Maie Saks', cue: 'she said', quote: 'His name was on the list. I saw it with my own eyes' },
    { file: B, speaker: 'Rein Kallaste', cue: 'Col Kallaste said', quote: 'We had his name, his date of birth and his prison number on the same sheet as everyone else’s' },
    { file: B, speaker: 'Orla Brennick', cue: 'said Orla Brennick', quote: 'A pardon you announce on television, for a man nobody has seen, is not a release' },
    { file: B, speaker: 'Matthieu Dorval', cue: 'he said', quote: 'Our role is to make sure that each person who crosses does so of his own free will. We do not keep score for either government' },
    { file: D, speaker: 'Rostislav Shumeyko', cue: 'told reporters in Korostav', quote: 'Every serviceman on the agreed list has returned to the Motherland. The exchange was completed in the agreed volume and is over' },
    { file: D, speaker: 'Yegor Tashlin', cue: 'Mr Tashlin said', quote: 'We are grateful to our Castavian friends, who understood from the beginning that this is a humanitarian matter and not a political one' },
    { file: D, speaker: 'Tatyana Lozinskaya', cue: 'Mrs Lozinskaya said', quote: 'The pardon was signed on Wednesday and carried out on Thursday. What the Talvessan side does with its own citizens is its own business' },
    { file: X, speaker: 'Kadri Mõttus', cue: 'told The Wicket on Friday', quote: 'Nothing about this is finished. We have 47 names and 47 families' },
    { file: X, speaker: 'Ines Marchetti', cue: 'said Ines Marchetti', quote: 'Both claims can be sincere' },
    { file: X, speaker: 'Liis Koppel', cue: 'she said', quote: 'somebody should be able to tell me where he is sleeping tonight' },
  ],

  contradictions: [
    {
      id: 'talvessans-freed', level: 'core', kind: 'numeric',
      summary: 'Talvessans handed over by Zemlyria on the Zhuravel Bridge: 103 according to Talvessa\'s Coordination Centre for Prisoners of War (CCPW); 118 "servicemen and civilians" according to Zemlyria\'s Ministry of Defence (Defense Ministry), which calls the Talvessan figure false.',
      sides: [
        { file: W, quote: 'said 103 Talvessans had come home across the Zhuravel Bridge over the Silna River', value: '103', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: L, quote: 'The Coordination Centre for Prisoners of War (CCPW) says 103 Talvessans crossed the Žuravel Bridge today.', value: '103', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: B, quote: 'By the time it stopped, shortly after 14:00, 103 Talvessans had crossed, according to the CCPW.', value: '103', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: D, quote: 'The so-called Coordination Centre in Aldsund claimed that only 103 Talvessans had been returned', value: '103', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: X, quote: "Talvessa's Coordination Center for Prisoners of War (CCPW) says 103 Talvessans came home", value: '103', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: W, quote: "Zemlyria's Defense Ministry said in a statement from Korostav that 118 Talvessan servicemen and civilians had been handed over", value: '118', speaker: 'Ministry of Defence', camp: 'B' },
        { file: B, quote: 'It says 118 Talvessans were handed over in exchange for 118 Zemlyrian servicemen', value: '118', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'In return, 118 Talvessan servicemen and civilians were handed over to the Talvessan side, the ministry said.', value: '118', speaker: 'Ministry of Defence', camp: 'B' },
        { file: X, quote: 'the swap was 118 for 118: 118 Talvessan servicemen and civilians handed over', value: '118', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'zemlyrians-freed', level: 'secondary', kind: 'numeric',
      summary: 'Zemlyrians handed over by Talvessa: 97 according to the CCPW (six more on its list told IHC monitors they did not want to go back and stayed in Talvessa); 118 Zemlyrian servicemen home, "all 118 of them", according to Zemlyria\'s Ministry of Defence.',
      sides: [
        { file: W, quote: 'The CCPW said Talvessa had handed over 97 Zemlyrian prisoners.', value: '97', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: L, quote: 'The CCPW says Talvessa has handed over 97 Zemlyrian prisoners.', value: '97', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: B, quote: 'Talvessa handed over 97 Zemlyrians, the centre said', value: '97', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: X, quote: 'that Talvessa handed over 97 Zemlyrians', value: '97', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: W, quote: 'and that 118 Zemlyrian soldiers had returned home', value: '118', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'One hundred and eighteen Zemlyrian servicemen came home on Thursday across the Zhuravel Bridge', value: '118', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'Our men are home, all 118 of them, and their families can count', value: '118', speaker: 'Rostislav Shumeyko', camp: 'B' },
        { file: X, quote: '118 Zemlyrian soldiers home', value: '118', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'exchange-status', level: 'core', kind: 'status',
      summary: 'Whether the exchange is over: halted (or "paused, not canceled") shortly after 14:00 after six groups, with 47 Talvessans on the agreed list of 150 driven away, according to the CCPW, its spokeswoman Kadri Mõttus (Mottus) and its head Col Rein Kallaste, and Orlesia\'s envoy Henrik Ålund (Alund); completed in full, in the agreed volume, and over, according to Zemlyria\'s Ministry of Defence, its spokesman Maj Gen Rostislav Shumeyko and the presidential spokesman.',
      sides: [
        { file: W, quote: 'Talvessa says prisoner swap with Zemlyria halted midway', value: 'halted', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: W, quote: 'before the exchange was halted in the early afternoon', value: 'halted', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: W, quote: 'The exchange has been paused, not canceled.', value: 'paused', speaker: 'Henrik Ålund', camp: 'A' },
        { file: L, quote: 'The CCPW says the exchange was halted after the sixth group.', value: 'halted', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: L, quote: 'Kadri Mõttus says the exchange has been halted after six groups.', value: 'halted', speaker: 'Kadri Mõttus', camp: 'A' },
        { file: B, quote: 'the exchange had been halted when Zemlyria failed to produce Ruutel and several others', value: 'halted', speaker: 'Rein Kallaste', camp: 'A' },
        { file: X, quote: 'the exchange was halted shortly after 2 p.m., after six groups', value: 'halted', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: X, quote: 'Nothing about this is finished.', value: 'not finished', speaker: 'Kadri Mõttus', camp: 'A' },
        { file: W, quote: '"The exchange was carried out in full, in the agreed volume," the ministry said', value: 'completed', speaker: 'Ministry of Defence', camp: 'B' },
        { file: W, quote: "Zemlyria's Defense Ministry said it considered the matter closed.", value: 'closed', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'Zemlyria says it was completed.', value: 'completed', speaker: 'Ministry of Defence', camp: 'B' },
        { file: L, quote: 'He said it “has been carried out in full”.', value: 'completed', speaker: 'Yegor Tashlin', camp: 'B' },
        { file: B, quote: 'and that the exchange was completed in full', value: 'completed', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'in an exchange that was carried out in full, the Ministry of Defence said', value: 'completed', speaker: 'Ministry of Defence', camp: 'B' },
        { file: D, quote: 'The exchange was completed in the agreed volume and is over', value: 'over', speaker: 'Rostislav Shumeyko', camp: 'B' },
        { file: D, quote: 'Nothing is paused. There was one list, and the list was fulfilled', value: 'completed', speaker: 'Ministry of Defence', camp: 'B' },
        { file: X, quote: 'Zemlyria says the exchange was completed.', value: 'completed', speaker: 'Ministry of Defence', camp: 'B' },
      ],
    },
    {
      id: 'journalist-freed', level: 'core', kind: 'polarity',
      summary: 'Whether the jailed Aldsund Observer reporter Taavi Ruutel was among those freed: Zemlyria\'s human rights commissioner Tatyana Lozinskaya (Lozinska) says President Arkadiy Belozor pardoned him on Wednesday and he was handed over with the others on Thursday (repeated by the state-aligned paper); the CCPW, his wife Liis Koppel, who watched every group cross, and the Committee for Press Liberty (CPL) say he did not cross and may still be in Penal Colony No. 6 in Kresk.',
      sides: [
        { file: W, quote: 'President Arkadiy Belozor had pardoned Ruutel on Wednesday and that he "was handed over together with the others."', value: 'freed', speaker: 'Tatyana Lozinskaya', camp: 'A' },
        { file: L, quote: 'has told Zemlyrian state television that Taavi Ruutel was pardoned and handed over today', value: 'freed', speaker: 'Tatyana Lozinskaya', camp: 'A' },
        { file: B, quote: 'President Arkadiy Belozor had pardoned the journalist and that he had been handed over with the other Talvessans', value: 'freed', speaker: 'Tatyana Lozinskaya', camp: 'A' },
        { file: D, quote: 'Among the Talvessan citizens handed over was Taavi Ruutel', value: 'freed', speaker: 'Tatyana Lozinskaya', camp: 'A' },
        { file: X, quote: 'pardoned Ruutel on Wednesday and that he was handed over with the other Talvessans on Thursday', value: 'freed', speaker: 'Tatyana Lozinskaya', camp: 'A' },
        { file: W, quote: 'The CCPW said Ruutel was not among the 103 people who crossed on Thursday.', value: 'not freed', speaker: 'Coordination Centre for Prisoners of War', camp: 'B' },
        { file: W, quote: 'I looked at every face. He was not there', value: 'not there', speaker: 'Liis Koppel', camp: 'B' },
        { file: L, quote: 'The journalist Taavi Ruutel was not among those who crossed, his wife says.', value: 'not freed', speaker: 'Liis Koppel', camp: 'B' },
        { file: L, quote: 'The CCPW says that is untrue.', value: 'untrue', speaker: 'Coordination Centre for Prisoners of War', camp: 'B' },
        { file: B, quote: 'was not among those who crossed the Zhuravel Bridge on Thursday, according to Talvessan officials and his family', value: 'not freed', speaker: 'Rein Kallaste', camp: 'B' },
        { file: B, quote: 'said it had no evidence that he had left Penal Colony No. 6 in Kresk', value: 'still jailed', speaker: 'Committee for Press Liberty', camp: 'B' },
        { file: X, quote: 'Talvessa says he was not among those who crossed.', value: 'not freed', speaker: 'Coordination Centre for Prisoners of War', camp: 'B' },
        { file: X, quote: 'says it has no evidence that he has left Penal Colony No. 6 in Kresk', value: 'still jailed', speaker: 'Committee for Press Liberty', camp: 'B' },
      ],
    },
    {
      id: 'mediator', level: 'core', kind: 'attribution',
      summary: 'Who mediated the deal: Orlesia, according to Talvessa, Orlesia and its special envoy Henrik Ålund (Alund), who shuttled between the delegations in Haldersund ("Orlesian mediation from the first phone call to the last signature"); Castavia and its President Aurelio Santangelo, according to Zemlyria\'s presidential office and its spokesman Yegor Tashlin (the state-aligned paper gives Orlesia only technical meetings and observers; Castavia says only that it "supported the efforts of all parties").',
      sides: [
        { file: W, quote: 'whether the swap, brokered by Orlesia, had been completed at all', value: 'Orlesia', speaker: 'Cleat', camp: 'A' },
        { file: L, quote: 'under a deal mediated by Orlesia', value: 'Orlesia', speaker: 'The Ekvik Harbinger', camp: 'A' },
        { file: L, quote: 'thanked Orlesia for its mediation', value: 'Orlesia', speaker: 'Marta Kivisalu', camp: 'A' },
        { file: B, quote: 'Talvessa and Orlesia say the deal was brokered by Orlesia', value: 'Orlesia', speaker: 'Orlesia', camp: 'A' },
        { file: B, quote: 'This was Orlesian mediation from the first phone call to the last signature', value: 'Orlesia', speaker: 'Henrik Ålund', camp: 'A' },
        { file: X, quote: 'Talvessa and Orlesia say Orlesia did.', value: 'Orlesia', speaker: 'Orlesia', camp: 'A' },
        { file: B, quote: 'Zemlyria’s presidential office credits Castavia', value: 'Castavia', speaker: 'Yegor Tashlin', camp: 'B' },
        { file: D, quote: 'President thanks Castavia for mediation', value: 'Castavia', speaker: 'Arkadiy Belozor', camp: 'B' },
        { file: D, quote: 'The exchange was made possible by the mediation of Castavia, the presidential spokesman Yegor Tashlin said.', value: 'Castavia', speaker: 'Yegor Tashlin', camp: 'B' },
        { file: X, quote: 'Zemlyria credits Castavia.', value: 'Castavia', speaker: 'Yegor Tashlin', camp: 'B' },
        { file: X, quote: "says the deal was made possible by the mediation of Castavia's president, Aurelio Santangelo", value: 'Castavia', speaker: 'Yegor Tashlin', camp: 'B' },
      ],
    },
    {
      id: 'day-agreed', level: 'secondary', kind: 'temporal',
      summary: 'The day the deal was agreed: Monday 13 April, after two days of talks in Haldersund, according to Orlesia\'s Foreign Ministry; Friday 10 April, in a telephone call between President Belozor and Castavia\'s President Santangelo, according to Zemlyria\'s presidential spokesman Yegor Tashlin.',
      sides: [
        { file: W, quote: 'had been agreed on Monday, April 13, after two days of negotiations in Haldersund', value: '13 April', speaker: 'Foreign Ministry', camp: 'A' },
        { file: L, quote: 'Orlesia’s Foreign Ministry said on Wednesday that the deal was agreed on Monday in Haldersund.', value: '13 April', speaker: 'Foreign Ministry', camp: 'A' },
        { file: X, quote: "Orlesia's Foreign Ministry says the deal was agreed on Monday, April 13", value: '13 April', speaker: 'Foreign Ministry', camp: 'A' },
        { file: L, quote: 'the exchange had been agreed last Friday, 10 April, in a telephone call', value: '10 April', speaker: 'Yegor Tashlin', camp: 'B' },
        { file: D, quote: 'Its terms were agreed on Friday 10 April in a telephone conversation between President Belozor and President Aurelio Santangelo of Castavia', value: '10 April', speaker: 'Yegor Tashlin', camp: 'B' },
        { file: X, quote: 'Tashlin says the terms were agreed on Friday, April 10, in a phone call between Belozor and Santangelo.', value: '10 April', speaker: 'Yegor Tashlin', camp: 'B' },
      ],
    },
    {
      id: 'hundred-families-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Today a hundred families will sleep. Tomorrow we start on the rest" is credited to President Marta Kivisalu, in a televised address, by the wire, and to Col Rein Kallaste, head of the CCPW, at the bridge, by the web story.',
      sides: [
        { file: W, quote: '"Today a hundred families will sleep. Tomorrow we start on the rest," Kivisalu said.', speaker: 'Marta Kivisalu', camp: 'A' },
        { file: B, quote: '“Today a hundred families will sleep. Tomorrow we start on the rest,” Col Kallaste said', speaker: 'Rein Kallaste', camp: 'B' },
      ],
    },
    {
      id: 'wounded-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 21 of the returning men were seriously wounded, then corrected it to 12, the CCPW\'s figure; the wire and the explainer also say 12.',
      sides: [
        { file: L, quote: 'The CCPW says 21 of the men who have come back are seriously wounded.', value: '21', speaker: 'Coordination Centre for Prisoners of War', camp: 'A' },
        { file: L, quote: 'The CCPW says the figure is 12.', value: '12', speaker: 'Coordination Centre for Prisoners of War', camp: 'B' },
        { file: W, quote: 'The CCPW said 12 of those who returned were seriously wounded', value: '12', speaker: 'Coordination Centre for Prisoners of War', camp: 'B' },
        { file: X, quote: 'and 12 were seriously wounded and taken to hospital in Aldsund', value: '12', speaker: 'Coordination Centre for Prisoners of War', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'bridge-rounded', kind: 'numeric',
      summary: 'The "340-meter bridge" (wire) and the bridge "some 350 meters long" (explainer) are one length, rounded.',
      sides: [
        { file: W, quote: 'The 340-meter bridge, which carried most road traffic between the two countries before the war', value: '340 m' },
        { file: X, quote: 'The bridge, some 350 meters long, has been closed to civilian traffic since the border war of 2024.', value: '~350 m' },
      ],
    },
    {
      id: 'count-updated', kind: 'numeric',
      summary: '41 Talvessans across by mid-morning (live blog, 10:50) and 82 at 12:30 "up from 41" (web story) are a running count reported as updated, not rival figures.',
      sides: [
        { file: L, quote: 'So far 41 Talvessan prisoners have crossed the bridge, the CCPW says.', value: '41 (10:50)' },
        { file: B, quote: 'At 12:30 the centre put the number who had crossed at 82, up from 41 in mid-morning.', value: '82 (12:30)' },
      ],
    },
    {
      id: 'held-different-sets', kind: 'numeric',
      summary: 'About 2,300 Talvessans still held by Zemlyria (wire) and about 1,100 Zemlyrian soldiers held by Talvessa (explainer) are different sets, not rival counts.',
      sides: [
        { file: W, quote: 'Talvessa says about 2,300 of its citizens remain in Zemlyrian custody', value: '2,300 Talvessans held' },
        { file: X, quote: 'Talvessa says it holds about 1,100 Zemlyrian soldiers.', value: '1,100 Zemlyrians held' },
      ],
    },
    {
      id: 'teachers-part', kind: 'numeric',
      summary: 'The two teachers (wire) are part of the nine civilians among the returning Talvessans (web story), not a rival count.',
      sides: [
        { file: W, quote: 'Two of them were teachers detained in 2024 in a border village.', value: '2 (teachers)' },
        { file: B, quote: 'Nine of them were civilians.', value: '9 (civilians)' },
      ],
    },
    {
      id: 'sentence-synonyms', kind: 'status',
      summary: '"sentenced last year to 12 years in prison for espionage" (wire) and "jailed for 12 years on spying charges last year" (web story) say the same thing in different words.',
      sides: [
        { file: W, quote: 'was sentenced last year to 12 years in prison for espionage', value: '12 years, espionage' },
        { file: B, quote: 'He was jailed for 12 years on spying charges last year', value: '12 years, spying' },
      ],
    },
    {
      id: 'relatives-about-more-than', kind: 'numeric',
      summary: '"More than 300 relatives" (wire) and "About 400 relatives" (live blog) waiting on the Talvessan side are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 300 relatives of prisoners gathered on the Talvessan side, many holding photographs.', value: '>300' },
        { file: L, quote: 'About 400 relatives are waiting behind the barrier on our side', value: '~400' },
      ],
    },
    {
      id: 'november-exchange', kind: 'numeric',
      summary: 'The 60 prisoners each way of the November 2025 exchange (explainer) belong to an earlier exchange, not a rival figure for this deal of 150 on each side (wire).',
      sides: [
        { file: X, quote: 'The last exchange, in November 2025, returned 60 prisoners each way', value: '60 (November 2025)' },
        { file: W, quote: 'the deal covered 150 people on each side', value: '150 (this deal)' },
      ],
    },
  ],
};
