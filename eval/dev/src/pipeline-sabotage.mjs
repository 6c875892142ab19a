// Hand-written gold source for the rupture of the Marelink gas pipeline under the Varsel Sea
// (invented event, January 2027). build-gold.mjs turns it into ../gold/pipeline-sabotage.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog is Markdown with YAML front matter (an "Updated" line,
// "### HH:MM" entries, an image with a caption and credit, a "Read more" link); the web story and
// the state-aligned paper imitate pages saved from news sites (site name, navigation bar, headline
// twice, standfirst, byline, date and "Updated" lines, "Share this article", "Advertisement", a
// caption with a photo credit, "Read more" lines); the explainer is Markdown converted from a news
// page (breadcrumb links, `# Headline`, italic standfirst, byline with a link and date, a map with
// a credit, question headings, footnote markers, a numbered source list and an author line).
// Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's reporting line, the source list and the author
// line are metadata (meta: 1-based line numbers); headlines, standfirsts, image alt texts,
// captions and credits are counted text. Link URLs are in ignore. The names of ships (the Marit
// Sol, the Tarn Osprey) are no person, organization or place and are ignored.
const W = 'jibstay-wire.txt'; // Jibstay wire (Wednesday 13 January), US style, straight quotes, writes Skarvoy, Engstrom, Aasheim
const L = 'f0dd8dadfc2c8e48.md'; // The Kelsby Pilot live blog, YAML front matter, newest first (Wednesday 13 January, 07:05 to 22:10), UK style, curly quotes
const B = 'bec151d3c9a5e1b8.txt'; // ESB News web story, saved page (Wednesday 13 January, evening), UK style, curly quotes
const D = '636db7d37bb7e837.txt'; // state-aligned The Estmarran Banner, saved page (Thursday 14 January), UK style, curly quotes, writes Yuldashov, Varsel Seawatch
const X = 'f6347bb64dfd66a2.md'; // The Offing explainer in questions, Markdown with breadcrumbs (Friday 15 January), US style, straight quotes, writes Skarvoy, Engstrom, Aasheim, Junusov

export default {
  corpus: 'pipeline-sabotage',
  note: 'Invented event written for the project: early on Tuesday 12 January 2027, after a gale on Monday night, String A of the Marelink gas pipeline, which runs in two parallel strings for 212 km from the Drevna compressor station in Serkhania (capital Talbrek) to a receiving terminal at Kelsby in Estmarra (capital Rivelholm), splits open on the floor of the shallow Varsel Sea, in 38 metres of water about 31 km north-east of the Estmarran island of Skarvøy (Skarvoy in the wire and the explainer). The line is run by Ostrand Gas Transmission, owned by Serkhania\'s state gas company Serkgaz (51%) and Estmarra\'s grid operator Estnet (49%); it carries about 26 million cubic metres a day with both strings running (String A about 13 million), around 40% of Estmarra\'s gas imports. A Coast Guard cutter escorts the Corvessa-flagged cargo ship Marit Sol, owned by Boreth Shipping, to the anchorage off Kelsby; its port anchor is missing, and the navy finds a furrow in the seabed about 60 km long crossing both strings. Five invented outlets: the Jibstay wire (Wednesday), The Kelsby Pilot live blog, newest first (Wednesday 07:05 to 22:10), the ESB News web story (Wednesday evening), the state-aligned The Estmarran Banner (Thursday) and The Offing explainer (Friday); four files have random names. Defence Minister Torvald Engström (Engstrom in the wire and the explainer), Prime Minister Maren Solvik and the navy chief Rear Admiral Sigrun Holtan, the Estmarran Coast Guard (Coastguard in the UK-style outlets) and its spokesman Lt Cdr Nils Brekke, Interior Minister Stellan Moe and the Ministry of the Interior, the Kelsby District Prosecutor\'s Office and the prosecutor Helga Marstrand, Energy Minister Liv Åsheim (Aasheim in the wire and the explainer) and the Energy Ministry, Ostrand and its chief executive Haldor Rimstad and spokeswoman Annika Strand, Serkgaz and its spokesman Arman Dzhunusov (Junusov in the explainer), Estnet, Boreth Shipping and its managing director Luca Ferrandi, the crew\'s lawyer Dario Mensi, the environmental group Varsel Sea Watch (Varsel Seawatch in the state-aligned paper) and its analyst Mette Korsgaard, and the Association of Industrial Gas Users (AIGU) and its chair Karin Østby disagree about whether the rupture was sabotage (the defence minister, the prime minister, the navy chief) or an anchor dragged in heavy weather (the Coast Guard), which ship was over the line (the Marit Sol, by the Coast Guard and the navy; the Tarn Osprey, a bulk carrier with its transponder off, by the owner and the environmental group), whether the 17 crew are detained (the interior minister) or were only questioned as witnesses and remain aboard (the prosecutor, the lawyer), the gas that escaped (about 9 million cubic metres, less than a fifth of the string\'s contents, by the operator; more than 30 million, about two-thirds, by the environmental group), whether supply to Estmarra was cut (not cut, String B running at full capacity, by the energy minister; both strings shut and no gas arriving at Kelsby since 03:00 on Tuesday, by the operator and Estnet\'s flow data), how long repairs will take (four weeks by the Energy Ministry, up to five months by the operator), when the pressure drop was first recorded (02:14 on Tuesday at Kelsby, by the operator; 23:52 on Monday at Drevna, by Serkgaz) and who said "Anchors do not fall off ships by themselves" (the defence minister in the wire, the navy chief in the state-aligned paper); the live blog corrects its own count of the Marit Sol\'s crew (21, then 17). The 212-km line and "some 210 km" are one figure rounded; the 14% price jump on Tuesday and 23% by Wednesday\'s close "after a 14% jump on Tuesday" are an update reported as such; 40% of Estmarra\'s gas imports and 22% of the gas it burns are different sets; the 13 million cubic metres a day of String A are part of the 26 million of both strings; "a criminal investigation into damage to critical infrastructure" and "a criminal case for damaging vital installations" are synonyms; a plume "about 800 metres across" and "more than 700 meters wide" agree; the 11 days it took to repair a data cable cut in 2024 belong to another, earlier incident. "Estmarran" and "Serkhanian" are demonyms except inside the names Estmarran Coast Guard, Estmarran Navy and The Estmarran Banner; "Kelsby" inside the Kelsby District Prosecutor\'s Office and The Kelsby Pilot, "Varsel Sea" inside Varsel Sea Watch and "Rivelholm" inside the Rivelholm Institute of Marine Technology are nested; the pipeline (Marelink) and its two strings (String A, String B) are named facilities, typed place; "AIS" is the acronym of a common noun (a ship\'s identification system), not a named body, and is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 57],
    [L]: [10, 86],
    [B]: [1, 2, 3, 4, 12, 13, 14, 16, 42, 66, 67, 69],
    [D]: [1, 2, 3, 11, 12, 13, 45, 63, 64],
    [X]: [1, 7, 60, 62, 63, 64, 65, 67],
  },

  actors: [
    // places
    { id: 'estmarra', name: 'Estmarra', type: 'place', forms: ['Estmarra'], note: 'the receiving country; "Estmarran" is a demonym except inside Estmarran Coast Guard, Estmarran Navy and The Estmarran Banner; "the country" is nominal' },
    { id: 'serkhania', name: 'Serkhania', type: 'place', forms: ['Serkhania'], note: 'the supplying country; "Serkhanian" is a demonym' },
    { id: 'rivelholm', name: 'Rivelholm', type: 'place', forms: ['Rivelholm', 'RIVELHOLM'], note: 'capital of Estmarra (dateline in capitals); "the Rivelholm gas hub" holds a mention; nested in the Rivelholm Institute of Marine Technology' },
    { id: 'talbrek', name: 'Talbrek', type: 'place', forms: ['Talbrek'], note: 'capital of Serkhania, in the live blog' },
    { id: 'kelsby', name: 'Kelsby', type: 'place', forms: ['Kelsby'], note: 'the Estmarran port with the receiving terminal and the anchorage; nested in the Kelsby District Prosecutor\'s Office and The Kelsby Pilot; "Kelsby-based" is glued' },
    { id: 'skarvoy', name: 'Skarvøy', type: 'place', forms: ['Skarvøy', 'Skarvoy'], note: 'the Estmarran island nearest the rupture (Skarvoy in the wire and the explainer); "the island" is nominal' },
    { id: 'drevna', name: 'Drevna', type: 'place', forms: ['Drevna'], note: 'the Serkhanian coast where the compressor station and the pipeline\'s start are' },
    { id: 'corvessa', name: 'Corvessa', type: 'place', forms: ['Corvessa'], note: 'the Marit Sol\'s flag state; "Corvessa-flagged" is glued' },
    { id: 'varsel-sea', name: 'Varsel Sea', type: 'place', forms: ['Varsel Sea'], note: 'the shallow sea; nested in Varsel Sea Watch' },
    { id: 'marelink', name: 'Marelink', type: 'place', forms: ['Marelink'], note: 'the pipeline, a named facility ("the Marelink pipeline", "the Marelink line" -> "Marelink"); "the pipeline", "the line" are nominal' },
    { id: 'string-a', name: 'String A', type: 'place', forms: ['String A'], note: 'the ruptured one of the pipeline\'s two strings (a named part of the facility)' },
    { id: 'string-b', name: 'String B', type: 'place', forms: ['String B'], note: 'the pipeline\'s second string, whose operation is disputed' },
    // organizations
    { id: 'ostrand', name: 'Ostrand Gas Transmission', type: 'organization', forms: ['Ostrand Gas Transmission', 'Ostrand'], note: 'the pipeline\'s operator, based in Kelsby; "the operator", "the company" are nominal' },
    { id: 'serkgaz', name: 'Serkgaz', type: 'organization', forms: ['Serkgaz'], note: 'Serkhania\'s state gas company, owner of 51% of the operator' },
    { id: 'estnet', name: 'Estnet', type: 'organization', forms: ['Estnet'], note: 'Estmarra\'s gas grid operator, owner of 49% of the operator, whose flow data the web story and the explainer cite' },
    { id: 'coastguard', name: 'Estmarran Coast Guard', type: 'organization', forms: ['Estmarran Coast Guard', 'Coastguard'], note: 'the coast guard (Coastguard in the UK-style outlets); lowercase "coast guard" is nominal' },
    { id: 'navy', name: 'Estmarran Navy', type: 'organization', forms: ['Estmarran Navy'], note: 'named only in the state-aligned paper; "the navy", "Navy divers" are nominal' },
    { id: 'defence-ministry', name: 'Defence Ministry', type: 'organization', forms: ['Defence Ministry', 'Defense Ministry'], note: 'Estmarra\'s defence ministry (Defense in the wire)' },
    { id: 'energy-ministry', name: 'Energy Ministry', type: 'organization', forms: ['Energy Ministry'], note: 'Estmarra\'s energy ministry; "the ministry" is nominal' },
    { id: 'interior-ministry', name: 'Ministry of the Interior', type: 'organization', forms: ['Ministry of the Interior'], note: 'Estmarra\'s interior ministry, in the state-aligned paper' },
    { id: 'prosecutor', name: 'Kelsby District Prosecutor\'s Office', type: 'organization', forms: ['Kelsby District Prosecutor\'s Office', 'Kelsby District Prosecutor’s Office'], note: 'the prosecution service in charge of the case (curly apostrophe in the UK-style outlets); the \'s belongs to the name; "the prosecutor" is a title without a name' },
    { id: 'boreth', name: 'Boreth Shipping', type: 'organization', forms: ['Boreth Shipping', 'Boreth'], note: 'owner of the Marit Sol; "Boreth’s managing director" holds a mention' },
    { id: 'seawatch', name: 'Varsel Sea Watch', type: 'organization', forms: ['Varsel Sea Watch', 'Varsel Seawatch'], note: 'the environmental group that tracks shipping (Varsel Seawatch in the state-aligned paper); "the group" is nominal' },
    { id: 'institute', name: 'Rivelholm Institute of Marine Technology', type: 'organization', forms: ['Rivelholm Institute of Marine Technology'], note: 'Jonas Tveit\'s institute; the city inside it is nested' },
    { id: 'aigu', name: 'Association of Industrial Gas Users', type: 'organization', forms: ['Association of Industrial Gas Users', 'AIGU'], note: 'the industrial users\' body, defined as (AIGU), in the live blog' },
    { id: 'jibstay', name: 'Jibstay', type: 'organization', forms: ['Jibstay'], note: 'the wire agency: the dateline "(Jibstay)" and "Jibstay could not independently verify" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'pilot', name: 'The Kelsby Pilot', type: 'organization', forms: ['The Kelsby Pilot', 'Pilot'], note: 'the live blog\'s paper: "told the Pilot" (short form, article outside) and its photo credit are mentions; its front matter and its name in the explainer\'s source list are metadata' },
    { id: 'esb', name: 'ESB News', type: 'organization', forms: ['ESB News'], note: 'the web story\'s outlet, named in its own text and credit, and in the explainer\'s text; its site-name line and its name in the source list are metadata' },
    { id: 'banner', name: 'The Estmarran Banner', type: 'organization', forms: ['The Estmarran Banner', 'Banner'], note: 'the state-aligned paper: "the Banner’s possession", "consulted by the Banner" and the photo credit are mentions; its site-name line, its desk byline and its name in the explainer\'s source list are metadata' },
    { id: 'offing', name: 'The Offing', type: 'organization', forms: ['The Offing'], note: 'the explainer\'s site: the map credit and "told The Offing" are mentions; the breadcrumb and the author line are metadata' },
    // people
    { id: 'engstrom', name: 'Torvald Engström', type: 'person', forms: ['Torvald Engström', 'Torvald Engstrom'], note: 'Defence Minister (Engstrom in the wire and the explainer); the title is outside the span; "the defence minister" is a title without a name; his name in a "Read more" line is metadata' },
    { id: 'solvik', name: 'Maren Solvik', type: 'person', forms: ['Maren Solvik'], note: 'Prime Minister of Estmarra' },
    { id: 'asheim', name: 'Liv Åsheim', type: 'person', forms: ['Liv Åsheim', 'Liv Aasheim', 'Åsheim'], note: 'Energy Minister (Aasheim in the wire and the explainer); "Mrs Åsheim" -> "Åsheim"; "the energy minister" is a title without a name' },
    { id: 'moe', name: 'Stellan Moe', type: 'person', forms: ['Stellan Moe'], note: 'Interior Minister' },
    { id: 'holtan', name: 'Sigrun Holtan', type: 'person', forms: ['Sigrun Holtan', 'Holtan'], note: 'Rear Admiral, head of the navy; "Admiral Holtan" -> "Holtan"; "the admiral" is a title without a name' },
    { id: 'brekke', name: 'Nils Brekke', type: 'person', forms: ['Nils Brekke'], note: 'Lieutenant Commander, Coast Guard spokesman' },
    { id: 'marstrand', name: 'Helga Marstrand', type: 'person', forms: ['Helga Marstrand'], note: 'the prosecutor leading the inquiry' },
    { id: 'rimstad', name: 'Haldor Rimstad', type: 'person', forms: ['Haldor Rimstad'], note: 'chief executive of Ostrand Gas Transmission' },
    { id: 'strand', name: 'Annika Strand', type: 'person', forms: ['Annika Strand'], note: 'spokeswoman of Ostrand Gas Transmission, in the live blog' },
    { id: 'dzhunusov', name: 'Arman Dzhunusov', type: 'person', forms: ['Arman Dzhunusov', 'Arman Junusov'], note: 'Serkgaz spokesman (Junusov in the explainer)' },
    { id: 'ferrandi', name: 'Luca Ferrandi', type: 'person', forms: ['Luca Ferrandi', 'Ferrandi'], note: 'managing director of Boreth Shipping; "Mr Ferrandi" -> "Ferrandi"' },
    { id: 'mensi', name: 'Dario Mensi', type: 'person', forms: ['Dario Mensi', 'Mensi'], note: 'lawyer for the Marit Sol\'s crew; "Mr Mensi" -> "Mensi"' },
    { id: 'yuldashev', name: 'Rustam Yuldashev', type: 'person', forms: ['Rustam Yuldashev', 'Rustam Yuldashov'], note: 'the Marit Sol\'s captain, a Serkhanian national (Yuldashov in the state-aligned paper)' },
    { id: 'korsgaard', name: 'Mette Korsgaard', type: 'person', forms: ['Mette Korsgaard', 'Korsgaard'], note: 'analyst of Varsel Sea Watch, in the web story; "Ms Korsgaard" -> "Korsgaard"' },
    { id: 'tveit', name: 'Jonas Tveit', type: 'person', forms: ['Jonas Tveit'], note: 'professor at the Rivelholm Institute of Marine Technology' },
    { id: 'ostby', name: 'Karin Østby', type: 'person', forms: ['Karin Østby'], note: 'chair of the AIGU, in the live blog' },
    { id: 'hollum', name: 'Bjarne Hollum', type: 'person', forms: ['Bjarne Hollum'], note: 'a Skarvøy fisherman, in the live blog' },
    { id: 'haldane', name: 'Jorik Haldane', type: 'person', forms: ['Jorik Haldane'], note: 'The Kelsby Pilot reporter: his name in the front matter is metadata; his photo credit is a mention' },
    { id: 'orrum', name: 'Mattias Orrum', type: 'person', forms: ['Mattias Orrum'], note: 'ESB News reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'rask', name: 'Elin Rask', type: 'person', forms: ['Elin Rask'], note: 'The Estmarran Banner photographer, in a photo credit' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\b(?:Marit Sol|Tarn Osprey)\\b', why: 'name of a ship: no person, organization or place' },
    { pattern: '\\bAIS\\b', why: 'acronym of a common noun (a ship\'s automatic identification system), not a named body' },
    { pattern: '\\bcoast guard\\b', why: 'nominal reference to the Estmarran Coast Guard' },
    { pattern: '\\b(?<!Estmarran )[Nn]avy\\b', why: 'nominal reference to the Estmarran Navy' },
    { pattern: "\\b[Tt]he (?:ministry|operator|company|group|pipeline|line|island|country|government|minister|energy minister|defence minister|admiral|prosecutor|pipeline’s operator|line’s operator)\\b(?![-‑–])", why: 'nominal reference to a named body, place or facility, or a title without a name' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Nils Brekke', cue: 'said coast guard spokesman Lieutenant Commander Nils Brekke', quote: 'Everything we have seen so far is consistent with an anchor dragged by a ship in heavy weather' },
    { file: W, speaker: 'Helga Marstrand', cue: 'prosecutor Helga Marstrand said', quote: 'The crew have been questioned as witnesses. None of them is in custody, and they remain on board their ship' },
    { file: W, speaker: 'Liv Åsheim', cue: 'she said', quote: 'Not one household and not one factory has lost gas' },
    { file: W, speaker: 'Maren Solvik', cue: 'called the rupture', quote: 'an attack on every household in Estmarra' },
    { file: L, speaker: 'Karin Østby', cue: 'she said', quote: 'If that is true, someone should tell the meters at my members’ factories.' },
    { file: L, speaker: 'Arman Dzhunusov', cue: 'he told the Pilot by phone from Talbrek', quote: 'Our instruments at Drevna saw the pressure fall at 23:52 on Monday, more than two hours before Ostrand says it noticed anything' },
    { file: L, speaker: 'Annika Strand', cue: 'she was blunt', quote: 'Both strings are shut. Nothing is flowing through Kelsby, and nothing will until we know String B is safe.' },
    { file: L, speaker: 'Torvald Engström', cue: 'he said', quote: 'We know which ship. We will find out who sent it.' },
    { file: B, speaker: 'Luca Ferrandi', cue: 'said Luca Ferrandi', quote: 'We have handed every position report from that night to the Coastguard. The Marit Sol was never over that pipeline' },
    { file: B, speaker: 'Mette Korsgaard', cue: 'Ms Korsgaard said', quote: 'Its size and its course before it went dark match the Tarn Osprey, not the Marit Sol' },
    { file: B, speaker: 'Jonas Tveit', cue: 'he said', quote: 'In 40 metres of water, with the wind behind you, an anchor that slips its brake will plough a furrow for hours' },
    { file: B, speaker: 'Dario Mensi', cue: 'Mr Mensi said', quote: 'He is tired and he is frightened, but he is not under arrest and nobody has told him he is' },
    { file: D, speaker: 'Sigrun Holtan', cue: 'Rear Admiral Sigrun Holtan told officers and journalists', quote: 'Somebody lowered that anchor, and somebody kept it down.' },
    { file: D, speaker: 'Stellan Moe', cue: 'Interior Minister Stellan Moe said', quote: 'The 17 crew members of the Marit Sol are detained and are being held in Kelsby while the investigation continues' },
    { file: X, speaker: 'Dario Mensi', cue: 'Mensi told The Offing', quote: 'If the minister has arrested somebody, he has not told the prosecutor' },
  ],

  contradictions: [
    {
      id: 'cause', level: 'core', kind: 'polarity',
      summary: 'Whether the rupture was sabotage: a deliberate act, according to Defence Minister Torvald Engström (Engstrom), Prime Minister Maren Solvik and the navy chief Rear Admiral Sigrun Holtan (a "planned operation" in the state-aligned paper); consistent with an anchor dragged by a ship in Monday night\'s gale, with nothing found to show it was done on purpose, according to the Estmarran Coast Guard and its spokesman Lt Cdr Nils Brekke.',
      sides: [
        { file: W, quote: "Estmarra's defense minister said on Wednesday that the rupture of the Marelink gas pipeline under the Varsel Sea was deliberate sabotage", value: 'sabotage', speaker: 'Torvald Engström', camp: 'A' },
        { file: W, quote: 'This was a deliberate act against our energy security, and we will treat it as one.', value: 'deliberate', speaker: 'Torvald Engström', camp: 'A' },
        { file: L, quote: 'This was not an accident at sea. It was a deliberate act against Estmarra', value: 'deliberate', speaker: 'Torvald Engström', camp: 'A' },
        { file: D, quote: 'the damage to the Marelink gas pipeline beneath the Varsel Sea was the result of a planned operation', value: 'planned operation', speaker: 'Sigrun Holtan', camp: 'A' },
        { file: X, quote: 'Defense Minister Torvald Engstrom and Prime Minister Maren Solvik call it a deliberate attack', value: 'deliberate attack', speaker: 'Torvald Engström', camp: 'A' },
        { file: W, quote: 'Everything we have seen so far is consistent with an anchor dragged by a ship in heavy weather', value: 'dragged anchor', speaker: 'Nils Brekke', camp: 'B' },
        { file: W, quote: 'We have found nothing yet that tells us it was done on purpose.', value: 'not deliberate', speaker: 'Nils Brekke', camp: 'B' },
        { file: L, quote: 'The Coastguard says an anchor dragged in Monday night’s gale is the likeliest explanation.', value: 'dragged anchor', speaker: 'Estmarran Coast Guard', camp: 'B' },
        { file: B, quote: 'the evidence so far pointed to “an anchor dragged by a ship in heavy weather, not a deliberate act”', value: 'not deliberate', speaker: 'Nils Brekke', camp: 'B' },
        { file: X, quote: 'says the evidence so far is consistent with "an anchor dragged by a ship in heavy weather."', value: 'dragged anchor', speaker: 'Estmarran Coast Guard', camp: 'B' },
      ],
    },
    {
      id: 'vessel', level: 'core', kind: 'attribution',
      summary: 'Which ship dragged its anchor across the line: the Corvessa-flagged cargo ship Marit Sol, whose port anchor is missing, according to the Estmarran Coast Guard and the navy (the navy chief says the furrow leads to its course); the Tarn Osprey, a bulk carrier running with its transponder off, according to the Marit Sol\'s owner Boreth Shipping and its managing director Luca Ferrandi, who say the Marit Sol never came within 11 nautical miles of the pipeline, backed by satellite radar images analysed by Varsel Sea Watch.',
      sides: [
        { file: W, quote: 'The coast guard and the navy say the vessel involved was the Marit Sol', value: 'Marit Sol', speaker: 'Estmarran Coast Guard', camp: 'A' },
        { file: L, quote: 'The Marit Sol, the cargo ship the Coastguard and the navy say was involved', value: 'Marit Sol', speaker: 'Estmarran Coast Guard', camp: 'A' },
        { file: B, quote: 'The Estmarran Coast Guard and the navy have said the Marit Sol is the vessel they believe dragged an anchor across the pipeline’s two strings.', value: 'Marit Sol', speaker: 'Estmarran Coast Guard', camp: 'A' },
        { file: D, quote: 'The furrow, she said, led directly to the course of the Marit Sol', value: 'Marit Sol', speaker: 'Sigrun Holtan', camp: 'A' },
        { file: D, quote: 'We know which ship it was. The furrow ends where the Marit Sol’s anchor chain was cut', value: 'Marit Sol', speaker: 'Sigrun Holtan', camp: 'A' },
        { file: X, quote: 'The coast guard and the navy say it was the Marit Sol', value: 'Marit Sol', speaker: 'Estmarran Coast Guard', camp: 'A' },
        { file: W, quote: 'The vessel that crossed the pipeline when it ruptured was the Tarn Osprey, a bulk carrier that had switched off its transponder, Ferrandi said.', value: 'Tarn Osprey', speaker: 'Luca Ferrandi', camp: 'B' },
        { file: B, quote: 'The Marit Sol was never over that pipeline', value: 'not the Marit Sol', speaker: 'Luca Ferrandi', camp: 'B' },
        { file: B, quote: 'The ship that was over it was the Tarn Osprey, and nobody seems to want to ask where she is.', value: 'Tarn Osprey', speaker: 'Luca Ferrandi', camp: 'B' },
        { file: B, quote: 'Its size and its course before it went dark match the Tarn Osprey, not the Marit Sol', value: 'Tarn Osprey', speaker: 'Mette Korsgaard', camp: 'B' },
        { file: X, quote: 'the ship over the line that night was the Tarn Osprey, a bulk carrier running with its transponder off', value: 'Tarn Osprey', speaker: 'Boreth Shipping', camp: 'B' },
      ],
    },
    {
      id: 'crew-custody', level: 'core', kind: 'status',
      summary: 'Whether the Marit Sol\'s 17 crew are in custody: detained and held in Kelsby, according to Interior Minister Stellan Moe and the Ministry of the Interior (the state-aligned paper includes the captain, Rustam Yuldashev/Yuldashov); nobody arrested, the crew questioned as witnesses and still living on board, according to the prosecutor Helga Marstrand of the Kelsby District Prosecutor\'s Office and the crew\'s lawyer Dario Mensi.',
      sides: [
        { file: W, quote: "Interior Minister Stellan Moe said on Wednesday that the ship's 17 crew members had been detained.", value: 'detained', speaker: 'Stellan Moe', camp: 'A' },
        { file: L, quote: 'The 17 crew members of the Marit Sol are detained and are being held in Kelsby while the investigation continues', value: 'detained', speaker: 'Stellan Moe', camp: 'A' },
        { file: B, quote: 'Interior Minister Stellan Moe said on Wednesday evening that the Marit Sol’s 17 crew were detained.', value: 'detained', speaker: 'Stellan Moe', camp: 'A' },
        { file: D, quote: 'The Ministry of the Interior confirmed that all 17 members of the crew, including the captain, Rustam Yuldashov, had been detained in Kelsby.', value: 'detained', speaker: 'Ministry of the Interior', camp: 'A' },
        { file: X, quote: "Interior Minister Stellan Moe says the Marit Sol's 17 crew are detained in Kelsby.", value: 'detained', speaker: 'Stellan Moe', camp: 'A' },
        { file: W, quote: 'None of them is in custody, and they remain on board their ship', value: 'not in custody', speaker: 'Helga Marstrand', camp: 'B' },
        { file: B, quote: 'Nobody has been arrested. The crew have been questioned as witnesses and they are on their ship', value: 'not arrested', speaker: 'Helga Marstrand', camp: 'B' },
        { file: B, quote: 'he is not under arrest and nobody has told him he is', value: 'not arrested', speaker: 'Dario Mensi', camp: 'B' },
        { file: X, quote: 'says nobody has been arrested and that the crew were questioned as witnesses and are still living aboard', value: 'not arrested', speaker: 'Helga Marstrand', camp: 'B' },
      ],
    },
    {
      id: 'gas-escaped', level: 'core', kind: 'numeric',
      summary: 'How much gas escaped from String A: about 9 million cubic metres, less than a fifth of what the string held, according to the operator Ostrand Gas Transmission (repeated by the state-aligned paper); more than 30 million cubic metres, about two-thirds of the string\'s contents, according to satellite methane measurements cited by Varsel Sea Watch (Varsel Seawatch), whose "much larger estimate" the state-aligned paper calls alarmist.',
      sides: [
        { file: W, quote: 'Ostrand estimated that about 9 million cubic meters of gas had escaped, less than a fifth of what the damaged string held.', value: '9 million m3', speaker: 'Ostrand Gas Transmission', camp: 'A' },
        { file: L, quote: 'the operator estimates that about 9 million cubic metres of gas escaped from String A', value: '9 million m3', speaker: 'Annika Strand', camp: 'A' },
        { file: B, quote: 'The operator, Ostrand Gas Transmission, has said about 9 million cubic metres escaped.', value: '9 million m3', speaker: 'Ostrand Gas Transmission', camp: 'A' },
        { file: D, quote: 'puts the figure at about 9 million cubic metres', value: '9 million m3', speaker: 'Ostrand Gas Transmission', camp: 'A' },
        { file: X, quote: 'Ostrand puts the loss at about 9 million cubic meters, which it says is less than a fifth of what String A held when the valves closed.', value: '9 million m3', speaker: 'Ostrand Gas Transmission', camp: 'A' },
        { file: W, quote: 'said the true figure was more than 30 million cubic meters', value: '>30 million m3', speaker: 'Varsel Sea Watch', camp: 'B' },
        { file: B, quote: 'satellite measurements of methane over the leak point to more than 30 million cubic metres, about two-thirds of what String A held', value: '>30 million m3', speaker: 'Varsel Sea Watch', camp: 'B' },
        { file: D, quote: 'Activists of the Varsel Seawatch group have circulated their own, much larger estimate of the gas released', value: 'much larger', speaker: 'Varsel Sea Watch', camp: 'B' },
        { file: X, quote: "Varsel Sea Watch says its satellite measurements point to more than 30 million cubic meters, or roughly two-thirds of the string's contents.", value: '>30 million m3', speaker: 'Varsel Sea Watch', camp: 'B' },
      ],
    },
    {
      id: 'supply-cut', level: 'core', kind: 'status',
      summary: 'Whether gas supply to Estmarra has been cut: not cut, because String B is running at full capacity, according to Energy Minister Liv Åsheim (Aasheim) and the Energy Ministry (repeated by the state-aligned paper); both strings shut since early Tuesday, according to the operator Ostrand Gas Transmission and its spokeswoman Annika Strand, with Estnet\'s flow data showing no gas arriving at Kelsby since 03:00 on Tuesday.',
      sides: [
        { file: W, quote: 'Energy Minister Liv Aasheim said supply to Estmarra had not been interrupted because the second string was still in operation.', value: 'not cut', speaker: 'Liv Åsheim', camp: 'A' },
        { file: L, quote: 'Supply to Estmarra has not been cut. String B is running, and it is running at full capacity,” she said.', value: 'not cut', speaker: 'Liv Åsheim', camp: 'A' },
        { file: B, quote: 'The Energy Ministry says String B is running and that supply has not been cut.', value: 'not cut', speaker: 'Energy Ministry', camp: 'A' },
        { file: D, quote: 'Supply to Estmarra has not been cut. String B is running, and it is running at full capacity,” Mrs Åsheim said', value: 'not cut', speaker: 'Liv Åsheim', camp: 'A' },
        { file: X, quote: 'according to her, String B is running at full capacity and "not one household" has lost gas', value: 'not cut', speaker: 'Liv Åsheim', camp: 'A' },
        { file: W, quote: 'Ostrand said both strings had been shut as a precaution early on Tuesday', value: 'both shut', speaker: 'Ostrand Gas Transmission', camp: 'B' },
        { file: L, quote: 'Both strings are shut. Nothing is flowing through Kelsby, and nothing will until we know String B is safe.', value: 'both shut', speaker: 'Annika Strand', camp: 'B' },
        { file: B, quote: 'showed no gas entering the country at Kelsby from 03:00 on Tuesday until Wednesday evening', value: 'no flow', speaker: 'Estnet', camp: 'B' },
        { file: X, quote: 'Ostrand says both strings have been shut since early Tuesday', value: 'both shut', speaker: 'Ostrand Gas Transmission', camp: 'B' },
        { file: X, quote: 'show no gas arriving at Kelsby since 3 a.m. on Tuesday', value: 'no flow', speaker: 'Estnet', camp: 'B' },
      ],
    },
    {
      id: 'repair-time', level: 'secondary', kind: 'numeric',
      summary: 'How long repairs to String A will take: four weeks, according to the Energy Ministry and Energy Minister Liv Åsheim (repeated by the state-aligned paper); up to five months, according to the operator\'s chief executive Haldor Rimstad, because a replacement section must be made and laid and winter weather limits diving.',
      sides: [
        { file: W, quote: 'The Energy Ministry has said the line will be back in service within four weeks.', value: '4 weeks', speaker: 'Energy Ministry', camp: 'A' },
        { file: L, quote: 'She said the ministry expected String A to be repaired and back in service “within four weeks”.', value: '4 weeks', speaker: 'Liv Åsheim', camp: 'A' },
        { file: B, quote: 'The ministry has said four weeks.', value: '4 weeks', speaker: 'Energy Ministry', camp: 'A' },
        { file: D, quote: 'The minister said the damaged string would be back in service within four weeks', value: '4 weeks', speaker: 'Liv Åsheim', camp: 'A' },
        { file: X, quote: 'The Energy Ministry says four weeks.', value: '4 weeks', speaker: 'Energy Ministry', camp: 'A' },
        { file: W, quote: 'said repairs to String A could take up to five months', value: 'up to 5 months', speaker: 'Haldor Rimstad', camp: 'B' },
        { file: B, quote: 'said repairing String A could take “up to five months”', value: 'up to 5 months', speaker: 'Haldor Rimstad', camp: 'B' },
        { file: X, quote: 'Haldor Rimstad, says up to five months', value: 'up to 5 months', speaker: 'Haldor Rimstad', camp: 'B' },
      ],
    },
    {
      id: 'pressure-drop', level: 'secondary', kind: 'temporal',
      summary: 'When the pressure drop was first recorded: at 02:14 on Tuesday, by the operator\'s control centre in Kelsby, according to Ostrand Gas Transmission ("shortly after two o\'clock on Tuesday morning" in the state-aligned paper); at 23:52 on Monday, more than two hours earlier, by the Drevna compressor station, according to Serkgaz and its spokesman Arman Dzhunusov (Junusov).',
      sides: [
        { file: W, quote: "recorded a sudden drop in pressure in the pipeline's String A at 2:14 a.m. on Tuesday", value: '02:14 Tuesday', speaker: 'Ostrand Gas Transmission', camp: 'A' },
        { file: L, quote: 'Ostrand has put the first alarm at 02:14 on Tuesday.', value: '02:14 Tuesday', speaker: 'Ostrand Gas Transmission', camp: 'A' },
        { file: D, quote: 'the pressure in the line fell shortly after two o’clock on Tuesday morning', value: 'shortly after 02:00 Tuesday', speaker: 'Ostrand Gas Transmission', camp: 'A' },
        { file: X, quote: 'Ostrand says its control center in Kelsby saw the pressure in String A fall at 2:14 a.m. on Tuesday.', value: '02:14 Tuesday', speaker: 'Ostrand Gas Transmission', camp: 'A' },
        { file: W, quote: 'said instruments at Drevna registered the fall in pressure at 11:52 p.m. on Monday', value: '23:52 Monday', speaker: 'Arman Dzhunusov', camp: 'B' },
        { file: L, quote: 'the fall in pressure was first recorded at the Drevna compressor station at 23:52 on Monday', value: '23:52 Monday', speaker: 'Arman Dzhunusov', camp: 'B' },
        { file: L, quote: 'Our instruments at Drevna saw the pressure fall at 23:52 on Monday', value: '23:52 Monday', speaker: 'Arman Dzhunusov', camp: 'B' },
        { file: X, quote: 'says its compressor station at Drevna recorded the drop at 11:52 p.m. on Monday', value: '23:52 Monday', speaker: 'Serkgaz', camp: 'B' },
      ],
    },
    {
      id: 'anchors-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Anchors do not fall off ships by themselves, and they do not drag themselves for sixty kilometres" is credited to Defence Minister Torvald Engström (Engstrom) by the wire and to the navy chief Rear Admiral Sigrun Holtan by the state-aligned paper.',
      sides: [
        { file: W, quote: '"Anchors do not fall off ships by themselves, and they do not drag themselves for sixty kilometers," Defense Minister Torvald Engstrom told reporters in Rivelholm', speaker: 'Torvald Engström', camp: 'A' },
        { file: D, quote: '“Anchors do not fall off ships by themselves, and they do not drag themselves for sixty kilometres,” Rear Admiral Sigrun Holtan told officers and journalists', speaker: 'Sigrun Holtan', camp: 'B' },
      ],
    },
    {
      id: 'crew-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the Marit Sol had 21 crew aboard, then corrected it to 17, the figure of the owner Boreth Shipping and the Coastguard; the other outlets say 17.',
      sides: [
        { file: L, quote: 'The Coastguard says it had 21 crew aboard.', value: '21', speaker: 'Estmarran Coast Guard', camp: 'A' },
        { file: L, quote: 'Boreth Shipping, which owns the ship, and the Coastguard both say there are 17.', value: '17', speaker: 'Boreth Shipping', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'length-rounded', kind: 'numeric',
      summary: 'The 212-km pipeline (wire) and "some 210 km" (state-aligned paper) are one length, rounded.',
      sides: [
        { file: W, quote: 'The 212-km (132-mile) pipeline, which runs in two parallel strings', value: '212 km' },
        { file: D, quote: 'The Marelink line runs for some 210 km from Drevna', value: '~210 km' },
      ],
    },
    {
      id: 'price-updated', kind: 'numeric',
      summary: 'The 14% jump in prices at the Rivelholm hub on Tuesday (wire) and 23% above Monday\'s level by Wednesday\'s close "after a 14% jump on Tuesday" (explainer) are a figure that rose and is reported as updated.',
      sides: [
        { file: W, quote: 'Prices at the Rivelholm gas hub jumped 14% on Tuesday.', value: '+14% (Tuesday)' },
        { file: X, quote: "Prices at the Rivelholm hub were up 23% from Monday's level by the close on Wednesday, after a 14% jump on Tuesday.", value: '+23% (by Wednesday)' },
      ],
    },
    {
      id: 'imports-vs-consumption', kind: 'numeric',
      summary: 'Around 40% of Estmarra\'s gas imports (wire) and about 22% of the gas Estmarra burns (explainer) are shares of different wholes, not rival figures.',
      sides: [
        { file: W, quote: "around 40% of Estmarra's gas imports", value: '40% of imports' },
        { file: X, quote: 'The line supplies about 22% of the gas Estmarra burns.', value: '22% of consumption' },
      ],
    },
    {
      id: 'string-part', kind: 'numeric',
      summary: 'The 13 million cubic metres a day of String A are part of the 26 million a day that both strings carry together.',
      sides: [
        { file: X, quote: 'Together they carry about 26 million cubic meters of gas a day from Serkhania to Estmarra when both are running', value: '26 million m3/day (both strings)' },
        { file: X, quote: 'String A alone carried about 13 million cubic meters a day.', value: '13 million m3/day (String A)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a criminal investigation into damage to critical infrastructure" (wire) and "a criminal case for damaging vital installations" (state-aligned paper) describe the same step by the Kelsby prosecutors in different words.',
      sides: [
        { file: W, quote: 'which has opened a criminal investigation into damage to critical infrastructure', value: 'investigation opened' },
        { file: D, quote: 'has opened a criminal case for damaging vital installations', value: 'case opened' },
      ],
    },
    {
      id: 'plume-about-more-than', kind: 'numeric',
      summary: 'A plume "about 800 metres across" (live blog) and "more than 700 meters wide" (wire), both the Coast Guard\'s figure for Tuesday afternoon, are compatible approximations.',
      sides: [
        { file: L, quote: 'The Coastguard says the plume of gas on the surface was about 800 metres across when its aircraft flew over on Tuesday afternoon.', value: '~800 m' },
        { file: W, quote: 'The plume of gas on the surface was more than 700 meters wide on Tuesday afternoon', value: '>700 m' },
      ],
    },
    {
      id: 'cable-2024', kind: 'numeric',
      summary: 'The 11 days it took to repair the data cable between Skarvøy and the mainland in 2024 belong to another, earlier incident, not a rival estimate of the pipeline repairs.',
      sides: [
        { file: X, quote: "in 2024, when a trawler's gear cut the data cable between Skarvoy and the mainland, repairs took 11 days", value: '11 days (cable, 2024)' },
        { file: W, quote: 'The Energy Ministry has said the line will be back in service within four weeks.', value: '4 weeks (pipeline)' },
      ],
    },
  ],
};
