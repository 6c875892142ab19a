// Hand-written gold source for the drone sightings that shut Tärnby International Airport, Eskaria
// (invented event, November 2026). build-gold.mjs turns it into ../gold/airport-drone.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate pages saved from news sites
// (site name, "Skip to content", navigation bar, headline twice, byline with roles, "Updated"
// line, "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article";
// the explainer also has footnote markers, a numbered source list and an author bio), the web
// story is Markdown converted from a news page (breadcrumb links, `# Headline`, italic
// standfirst, byline with links, "Published ... · Updated ..." line, image line with caption and
// credit, key points, "Read more" links), and the state-aligned paper is Markdown with YAML front
// matter and no headline in the body. Site names, navigation bars, bylines, date and "Updated"
// lines, "Share this article", "Advertisement", "Read more" lines, the wire's reporting line, the
// source list and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key
// points, image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'taffrail-wire.txt'; // Taffrail wire (Saturday 7 November, evening), US style, straight quotes, writes Tarnby, Jorund, Axel, Gray Heron, Defense
const L = 'ea8a52aa05c08906.txt'; // The Kessvik Packet live blog, newest first (Friday 6 November 21:20 to Sunday 8 November 20:40), UK style, curly quotes
const B = '7943b5e2335124b2.md'; // EKR News web story (Sunday 8 November, evening), UK style, curly quotes
const D = '4897b36cfac8ac71.md'; // state-aligned The Eskarian Citizen (Monday 9 November), YAML front matter, UK style, curly quotes
const X = 'f9c0862d082b7f18.txt'; // The Quern explainer in questions (Tuesday 10 November), US style, straight quotes, writes Tarnby, Jorund, Gray Heron

export default {
  corpus: 'airport-drone',
  note: 'Invented event written for the project: at 20:56 on Friday 6 November 2026 the single runway of Tärnby International Airport (Tarnby in the wire and the explainer), 24 km north of Kessvik, capital of the fictional country of Eskaria, is closed after reports of drones near the approach path over the marsh at the village of Hestmyra; it reopens on Saturday afternoon, and two men arrested near Hestmyra on Saturday are released without charge on Sunday. Five invented outlets: the Taffrail wire (Saturday evening), The Kessvik Packet live blog, newest first (Friday 21:20 to Sunday 20:40), the EKR News web story (Sunday evening), the state-aligned The Eskarian Citizen (Monday) and The Quern explainer (Tuesday); four files have random names. The operator Kessvik Airport Company (KAC) and its chief executive Margit Ollestad, the air-traffic control service Eskanav, the Kessvik Police District and its spokesman Chief Inspector Jørund Vestbakk (Jorund in the wire and the explainer), Defence Minister Aksel Brandvik (Axel in the wire), Justice Minister Signe Mollar and the Justice Ministry, Col. Tove Markelund of the armed forces\' counter-drone teams, the National Security Bureau (NSB), the Airline Operators\' Association (AOA) and its director Rune Halvorsby, the national carrier Eskair, the Grey Heron Collective (Gray Heron in the wire and the explainer) and its spokeswoman Selma Kjeldahl, the lawyer Petra Sandemo, neighbouring Vostrana and its foreign ministry, the Hestmyra resident Gudrun Aasheim and the passenger Nadia Berglin disagree about how long the runway was closed (19 hours, 20:56 to 15:50, by KAC, against 26 hours, until 22:55 on Saturday, by the airlines\' association), the flights cancelled or diverted (214 by KAC against more than 300 by the AOA), whether police officers saw a drone (yes, by the justice minister, against none, every sighting from the public or airport staff, by the police spokesman), whether the two men arrested are in custody (released without charge at 17:20 on Sunday, by the police and their lawyer, against "remain in custody" and questioned by the NSB, by the Justice Ministry in the state-aligned paper), who is behind the drones (a "hybrid attack" by Vostrana, by the defence minister, against local activists opposed to a second runway, by a senior police officer), when the first sighting was reported (20:52 by an Eskair pilot, by KAC, against a resident\'s call to police at 19:34 passed to the control tower at 19:41, by the police log) and who said "Nobody is going to fire at a blinking light over a village full of houses" (the police spokesman Jorund Vestbakk in the wire, Col. Tove Markelund in the state-aligned paper); the live blog corrects its own count of diverted flights (46, then 26). "about 32,000 passengers" and 31,800 are one figure rounded; more than 40 reports by Saturday morning and 67 on Sunday "up from more than 40" is a count that rose and is reported as updated; the 14 flights that landed in Marsund are part of the 26 diverted; "arrested on suspicion of endangering aviation safety" and "detained on suspicion of endangering air traffic" are synonyms; "About 200 police officers and soldiers" and "More than 180 officers" in the search agree; 163 flights cancelled on Saturday alone and 41 cancelled on Sunday are different days\' figures; the 2,300 people who spent Friday night in the terminal and the 31,800 travellers whose journeys were disrupted are different sets. The live blog\'s running "closed for 14 hours" (Saturday 10:55) and the explainer\'s 50-minute closure of March 2025 are not rival figures either. "Eskarian" is a demonym; "Kessvik" inside Kessvik Airport Company, Kessvik Police District and The Kessvik Packet and "Tärnby" inside Tärnby International Airport are nested; the bare "Tärnby"/"Tarnby" is the town, also used for its airport ("fly from Tärnby"), and is one place actor apart from the airport; "Vostrana’s foreign ministry" is a nominal reference after a place mention.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 45],
    [L]: [1, 2, 3, 4, 10, 11, 30, 83, 84, 86],
    [B]: [1, 7, 9, 21, 45, 67, 68, 69],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 63, 64, 65, 66, 67, 69],
  },

  actors: [
    // places
    { id: 'eskaria', name: 'Eskaria', type: 'place', forms: ['Eskaria'], note: 'the country; "Eskarian" is a demonym (also inside The Eskarian Citizen); "the country" is nominal' },
    { id: 'kessvik', name: 'Kessvik', type: 'place', forms: ['Kessvik', 'KESSVIK'], note: 'the capital (dateline in capitals in the state-aligned paper); nested in Kessvik Airport Company, Kessvik Police District and The Kessvik Packet; "the capital" is nominal' },
    { id: 'tarnby', name: 'Tärnby', type: 'place', forms: ['Tärnby', 'Tarnby', 'TARNBY'], note: 'the town 24 km north of Kessvik where the airport lies (Tarnby in the wire and the explainer, dateline in capitals), also used for its airport ("the carriers that fly from Tärnby", "the last time drones closed Tarnby"); nested in Tärnby International Airport' },
    { id: 'airport', name: 'Tärnby International Airport', type: 'place', forms: ['Tärnby International Airport', 'Tarnby International Airport'], note: 'the airport, a named facility (Tarnby in the wire and the explainer); "the airport" is nominal' },
    { id: 'hestmyra', name: 'Hestmyra', type: 'place', forms: ['Hestmyra'], note: 'the village on the marsh at the northern end of the runway; "the marsh" is not a name' },
    { id: 'marsund', name: 'Marsund', type: 'place', forms: ['Marsund'], note: 'the country\'s second city, where diverted flights landed' },
    { id: 'vostrana', name: 'Vostrana', type: 'place', forms: ['Vostrana'], note: 'the neighbouring country blamed by the defence minister, also used for its government ("Vostrana calls the accusation absurd"); "Vostrana’s foreign ministry" holds a place mention and a nominal reference' },
    // organizations
    { id: 'kac', name: 'Kessvik Airport Company', type: 'organization', forms: ['Kessvik Airport Company', 'KAC'], note: 'the airport operator, defined as (KAC); "the company" and the wire\'s "the operator, Kessvik Airport Company" are nominal ("we find the operator" in the wire is the drone\'s operator, no name)' },
    { id: 'police', name: 'Kessvik Police District', type: 'organization', forms: ['Kessvik Police District'], note: 'the police force; lowercase "police", "the force" are nominal' },
    { id: 'eskanav', name: 'Eskanav', type: 'organization', forms: ['Eskanav'], note: 'the air-traffic control service' },
    { id: 'defence-ministry', name: 'Defense Ministry', type: 'organization', forms: ['Defense Ministry'], note: 'the ministry of the defence minister, in the wire (US spelling); "Defence Minister", "Defense Minister" are titles outside spans' },
    { id: 'justice-ministry', name: 'Justice Ministry', type: 'organization', forms: ['Justice Ministry'], note: 'the ministry of the justice minister; "the ministry", "a ministry spokeswoman" are nominal' },
    { id: 'nsb', name: 'National Security Bureau', type: 'organization', forms: ['National Security Bureau', 'NSB'], note: 'the counter-intelligence service, defined as (NSB)' },
    { id: 'aoa', name: 'Airline Operators’ Association', type: 'organization', forms: ['Airline Operators’ Association', 'Airline Operators\' Association', 'AOA'], note: 'the airlines\' association, defined as (AOA), curly apostrophe in the web story, straight in the explainer; "the association" is nominal' },
    { id: 'eskair', name: 'Eskair', type: 'organization', forms: ['Eskair'], note: 'the national carrier; "an Eskair flight", "an Eskair pilot", "the Eskair desk" hold mentions' },
    { id: 'grey-heron', name: 'Grey Heron Collective', type: 'organization', forms: ['Grey Heron Collective', 'Gray Heron Collective'], note: 'the environmental group campaigning against a second runway (Gray in the wire and the explainer); "the group" is nominal' },
    { id: 'taffrail', name: 'Taffrail', type: 'organization', forms: ['Taffrail'], note: 'the wire agency: the dateline "(Taffrail)" is a mention; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'packet', name: 'The Kessvik Packet', type: 'organization', forms: ['The Kessvik Packet'], note: 'the city paper running the live blog: its photo credit is a mention; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'ekr', name: 'EKR News', type: 'organization', forms: ['EKR News'], note: 'the broadcaster\'s news site: "told EKR News" and its photo credit (also reused by the explainer) are mentions; its breadcrumb line and its name in the explainer\'s source list are metadata' },
    { id: 'citizen', name: 'The Eskarian Citizen', type: 'organization', forms: ['The Eskarian Citizen'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "The Eskarian Citizen, a paper close to the government" is a mention' },
    { id: 'quern', name: 'The Quern', type: 'organization', forms: ['The Quern'], note: 'the explainer\'s site: "when The Quern asked" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'ollestad', name: 'Margit Ollestad', type: 'person', forms: ['Margit Ollestad'], note: 'chief executive of KAC' },
    { id: 'brandvik', name: 'Aksel Brandvik', type: 'person', forms: ['Aksel Brandvik', 'Axel Brandvik', 'Brandvik'], note: 'Defence Minister (Axel in the wire); the title is outside the span; "Mr Brandvik" -> "Brandvik"; "the minister", "the defense minister" are nominal' },
    { id: 'mollar', name: 'Signe Mollar', type: 'person', forms: ['Signe Mollar'], note: 'Justice Minister; "the justice minister" is nominal' },
    { id: 'vestbakk', name: 'Jørund Vestbakk', type: 'person', forms: ['Jørund Vestbakk', 'Jorund Vestbakk', 'Vestbakk'], note: 'police spokesman (Jorund in the wire and the explainer); "Chief Inspector" is outside the span' },
    { id: 'markelund', name: 'Tove Markelund', type: 'person', forms: ['Tove Markelund', 'Markelund'], note: 'colonel commanding the armed forces\' counter-drone teams; "Col." is outside the span' },
    { id: 'kjeldahl', name: 'Selma Kjeldahl', type: 'person', forms: ['Selma Kjeldahl'], note: 'spokeswoman of the Grey Heron Collective' },
    { id: 'sandemo', name: 'Petra Sandemo', type: 'person', forms: ['Petra Sandemo'], note: 'lawyer for the two men arrested' },
    { id: 'halvorsby', name: 'Rune Halvorsby', type: 'person', forms: ['Rune Halvorsby'], note: 'director of the AOA, in the web story' },
    { id: 'aasheim', name: 'Gudrun Aasheim', type: 'person', forms: ['Gudrun Aasheim'], note: 'a Hestmyra resident who says she made the first call, in the live blog' },
    { id: 'berglin', name: 'Nadia Berglin', type: 'person', forms: ['Nadia Berglin'], note: 'a stranded passenger, in the wire' },
    { id: 'lunde', name: 'Oskar Lunde', type: 'person', forms: ['Oskar Lunde'], note: 'The Kessvik Packet reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'eriksrud', name: 'Bård Eriksrud', type: 'person', forms: ['Bård Eriksrud'], note: 'EKR News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:airport|company|ministry|minister|justice minister|defense minister|government|country|capital|force|group|association|service|air-traffic control service|counter-intelligence service)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b(?! District)', why: 'nominal reference to the police (the Kessvik Police District; capitalized only at the start of a sentence)' },
    { pattern: 'foreign ministry', why: 'nominal reference to Vostrana\'s foreign ministry (lowercase, no name)' },
  ],
  ignore: [
    { file: W, text: 'the operator', context: 'according to the operator, Kessvik Airport Company', why: 'nominal reference to the Kessvik Airport Company' },
  ],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Margit Ollestad', cue: 'KAC chief executive Margit Ollestad told reporters', quote: 'We will not put an aircraft on that runway while anyone thinks there is something flying over it' },
    { file: W, speaker: 'Aksel Brandvik', cue: 'Brandvik told a news conference', quote: "This was a hybrid attack on Eskaria, and I say plainly that it has Vostrana's fingerprints on it" },
    { file: W, speaker: 'Nadia Berglin', cue: 'she said', quote: 'Nobody told us anything for five hours. Then they told us to wait for a text message.' },
    { file: L, speaker: 'Petra Sandemo', cue: 'she said', quote: 'My clients were released without charge at twenty past five.' },
    { file: L, speaker: 'Selma Kjeldahl', cue: 'said Selma Kjeldahl', quote: 'We chain ourselves to fences. We don’t fly things at aeroplanes' },
    { file: L, speaker: 'Gudrun Aasheim', cue: 'she told us', quote: 'I rang the police at half past seven. There were three lights over the marsh' },
    { file: B, speaker: 'Jørund Vestbakk', cue: 'Chief Inspector Jørund Vestbakk, the force’s spokesman, told a briefing', quote: 'None of our officers has seen a drone' },
    { file: B, speaker: 'Rune Halvorsby', cue: 'said Rune Halvorsby', quote: 'The runway was shut for 26 hours, not 19. An open runway that nobody is allowed to land on is a closed runway' },
    { file: B, speaker: 'Margit Ollestad', cue: 'Margit Ollestad, said', quote: 'the first report that reached us in a form we could act on' },
    { file: D, speaker: 'Aksel Brandvik', cue: 'Mr Brandvik said in a televised address', quote: 'Eskaria will not be frightened out of its own skies' },
    { file: D, speaker: 'Signe Mollar', cue: 'she said', quote: 'Our officers saw the drones over the runway with their own eyes. This was not a rumour' },
    { file: D, speaker: 'Tove Markelund', cue: 'Col. Markelund said', quote: 'Under the new rules, we will not need to wait to be asked twice.' },
    { file: X, speaker: 'Jørund Vestbakk', cue: 'said Chief Inspector Jorund Vestbakk', quote: 'None of our officers has seen a drone' },
    { file: X, speaker: 'Selma Kjeldahl', cue: 'she said', quote: 'If the minister can say what she likes about us, we can at least read what the police wrote down' },
    { file: X, speaker: 'Petra Sandemo', cue: 'said their lawyer, Petra Sandemo', quote: 'Someone owes them an apology' },
  ],

  contradictions: [
    {
      id: 'runway-hours', level: 'core', kind: 'numeric',
      summary: 'How long the runway was closed: 19 hours, from 20:56 on Friday to 15:50 on Saturday, according to the Kessvik Airport Company (KAC) (repeated by the state-aligned paper as "less than 19 hours"); 26 hours according to the Airline Operators\' Association (AOA) and its director Rune Halvorsby, whose members were not cleared to land until 22:55 on Saturday.',
      sides: [
        { file: W, quote: "Drone sightings shut Eskaria's main airport for 19 hours", value: '19 hours', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: W, quote: 'the runway reopened at 3:50 p.m. on Saturday, after 19 hours', value: '19 hours', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: L, quote: 'The runway at Tärnby International Airport reopened at 15:50 on Saturday after almost 19 hours, the Kessvik Airport Company (KAC) says.', value: '~19 hours', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: B, quote: 'that the runway was closed for 19 hours', value: '19 hours', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: D, quote: 'the runway was closed for less than 19 hours, the government said', value: '<19 hours', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: X, quote: 'reopened at 3:50 p.m. on Saturday, about 19 hours later', value: '~19 hours', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: B, quote: 'its members were not cleared to land until 22:55 on Saturday', value: 'until 22:55', speaker: 'Airline Operators’ Association', camp: 'B' },
        { file: B, quote: 'The runway was shut for 26 hours, not 19.', value: '26 hours', speaker: 'Rune Halvorsby', camp: 'B' },
        { file: X, quote: 'puts the closure at 26 hours', value: '26 hours', speaker: 'Airline Operators’ Association', camp: 'B' },
      ],
    },
    {
      id: 'flights-hit', level: 'core', kind: 'numeric',
      summary: 'Flights cancelled or diverted by the closure on Friday night and Saturday: 214 according to the Kessvik Airport Company (KAC) (repeated by the live blog, the state-aligned paper and the explainer); more than 300 according to the Airline Operators\' Association (AOA), which speaks for the carriers.',
      sides: [
        { file: W, quote: 'KAC said 214 flights had been cancelled or diverted', value: '214', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: L, quote: 'KAC says 214 flights were cancelled or diverted on Friday night and Saturday.', value: '214', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: B, quote: 'KAC says 214 flights were cancelled or diverted', value: '214', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: D, quote: 'In all, 214 flights were cancelled or diverted, the company said.', value: '214', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: X, quote: 'KAC says 214 flights were cancelled or diverted.', value: '214', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: B, quote: 'Airlines say more than 300 flights were cancelled or diverted, not 214', value: '>300', speaker: 'Airline Operators’ Association', camp: 'B' },
        { file: B, quote: 'says more than 300 flights were cancelled or diverted', value: '>300', speaker: 'Airline Operators’ Association', camp: 'B' },
        { file: X, quote: 'The AOA says more than 300.', value: '>300', speaker: 'Airline Operators’ Association', camp: 'B' },
      ],
    },
    {
      id: 'police-saw-drone', level: 'core', kind: 'polarity',
      summary: 'Whether any police officer saw a drone: yes, "with their own eyes, more than once", according to Justice Minister Signe Mollar on Saturday (repeated by the state-aligned paper); no, according to the police spokesman Chief Inspector Jørund Vestbakk (Jorund) on Sunday, who says every one of the 67 reports came from members of the public or airport staff.',
      sides: [
        { file: W, quote: 'Police officers saw the drones over the runway with their own eyes, more than once during the night', value: 'police saw drones', speaker: 'Signe Mollar', camp: 'A' },
        { file: B, quote: 'On Saturday Justice Minister Signe Mollar had said police had seen drones over the runway more than once.', value: 'police saw drones', speaker: 'Signe Mollar', camp: 'A' },
        { file: D, quote: 'Justice Minister Signe Mollar said the drones had been watched by police from the ground.', value: 'police saw drones', speaker: 'Signe Mollar', camp: 'A' },
        { file: D, quote: 'Our officers saw the drones over the runway with their own eyes.', value: 'police saw drones', speaker: 'Signe Mollar', camp: 'A' },
        { file: X, quote: 'said on Saturday that police officers had seen the drones over the runway', value: 'police saw drones', speaker: 'Signe Mollar', camp: 'A' },
        { file: L, quote: 'Police now say none of their officers saw a drone.', value: 'no officer saw one', speaker: 'Kessvik Police District', camp: 'B' },
        { file: L, quote: 'Every sighting we have comes from members of the public and from airport staff', value: 'no officer saw one', speaker: 'Jørund Vestbakk', camp: 'B' },
        { file: B, quote: 'Not a single police officer saw a drone during the night and day that Eskaria’s main airport was shut', value: 'no officer saw one', speaker: 'Kessvik Police District', camp: 'B' },
        { file: B, quote: 'Police say no officer saw a drone during the closure', value: 'no officer saw one', speaker: 'Kessvik Police District', camp: 'B' },
        { file: X, quote: 'None of our officers has seen a drone," said Chief Inspector Jorund Vestbakk', value: 'no officer saw one', speaker: 'Jørund Vestbakk', camp: 'B' },
      ],
    },
    {
      id: 'suspects-custody', level: 'core', kind: 'status',
      summary: 'Whether the two men arrested near Hestmyra on Saturday are in custody: released without charge at 17:20 on Sunday, according to the police and their lawyer Petra Sandemo; they "remain in custody" and are being questioned by the National Security Bureau (NSB), according to a Justice Ministry spokeswoman in the state-aligned paper on Monday.',
      sides: [
        { file: L, quote: 'The two men arrested on Saturday have been released without charge.', value: 'released', speaker: 'Kessvik Police District', camp: 'A' },
        { file: L, quote: 'Police confirm the two men arrested near Hestmyra yesterday have been released without charge.', value: 'released', speaker: 'Kessvik Police District', camp: 'A' },
        { file: B, quote: 'Two men arrested on Saturday were released without charge on Sunday', value: 'released', speaker: 'Kessvik Police District', camp: 'A' },
        { file: B, quote: 'were released without charge at 17:20 on Sunday, police said', value: 'released', speaker: 'Kessvik Police District', camp: 'A' },
        { file: X, quote: 'released without charge at 5:20 p.m. on Sunday', value: 'released', speaker: 'Kessvik Police District', camp: 'A' },
        { file: D, quote: 'The two suspects remain in custody, a ministry spokeswoman said on Sunday night', value: 'in custody', speaker: 'Justice Ministry', camp: 'B' },
        { file: X, quote: 'reported on Monday that the two suspects "remain in custody"', value: 'in custody', speaker: 'Justice Ministry', camp: 'B' },
      ],
    },
    {
      id: 'who-is-behind', level: 'core', kind: 'attribution',
      summary: 'Who flew the drones: a "hybrid attack" directed from neighbouring Vostrana, according to Defence Minister Aksel Brandvik (Axel in the wire), who offers no evidence in public (Vostrana denies it); local activists opposed to the airport\'s planned second runway across the Hestmyra marsh, "not a foreign government", according to a senior police officer quoted by EKR News and police sources in the explainer (the Grey Heron Collective denies any role).',
      sides: [
        { file: W, quote: "This was a hybrid attack on Eskaria, and I say plainly that it has Vostrana's fingerprints on it", value: 'Vostrana', speaker: 'Aksel Brandvik', camp: 'A' },
        { file: L, quote: 'Defence Minister Aksel Brandvik has called the closure “a hybrid attack” and pointed at Vostrana.', value: 'Vostrana', speaker: 'Aksel Brandvik', camp: 'A' },
        { file: D, quote: 'were part of a deliberate hybrid attack directed from Vostrana, Defence Minister Aksel Brandvik said on Sunday', value: 'Vostrana', speaker: 'Aksel Brandvik', camp: 'A' },
        { file: X, quote: 'says the drones were part of a "hybrid attack" by neighboring Vostrana', value: 'Vostrana', speaker: 'Aksel Brandvik', camp: 'A' },
        { file: B, quote: 'told EKR News that the drones were flown by local activists opposed to the airport’s planned second runway', value: 'local activists', speaker: 'Kessvik Police District', camp: 'B' },
        { file: B, quote: 'We are looking at people who live within ten kilometres of this runway, not at a foreign government', value: 'local activists', speaker: 'Kessvik Police District', camp: 'B' },
        { file: X, quote: 'investigators believe the drones were flown by local activists opposed to a second runway across the Hestmyra marsh, not by a foreign government', value: 'local activists', speaker: 'Kessvik Police District', camp: 'B' },
      ],
    },
    {
      id: 'first-sighting', level: 'secondary', kind: 'temporal',
      summary: 'When the first drone sighting was reported: at 20:52 on Friday, by an Eskair pilot on approach, according to the Kessvik Airport Company (KAC) (repeated by the wire and the state-aligned paper); at 19:34, by a woman in Hestmyra calling the police, who passed the report to the airport\'s control tower at 19:41, according to the police log.',
      sides: [
        { file: W, quote: 'The company said the first sighting was reported at 8:52 p.m.', value: '20:52', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: L, quote: 'four minutes after a pilot on an Eskair flight reported a drone near the approach path at 20:52', value: '20:52', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: B, quote: 'says the first report of a drone was made at 20:52 on Friday by an Eskair pilot', value: '20:52', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: D, quote: 'the first sighting was reported at 20:52 on Friday by the crew of an Eskair aircraft', value: '20:52', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: X, quote: 'KAC says an Eskair pilot reported the first drone at 8:52 p.m.', value: '20:52', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: L, quote: 'the first call to police came at 19:34 on Friday, from a woman in Hestmyra, and was passed on to the airport’s control tower at 19:41', value: '19:34', speaker: 'Jørund Vestbakk', camp: 'B' },
        { file: B, quote: 'the first call came at 19:34, from a resident of Hestmyra, and officers passed it to the airport’s control tower at 19:41', value: '19:34', speaker: 'Kessvik Police District', camp: 'B' },
        { file: X, quote: 'a woman in Hestmyra called police at 7:34 p.m. and that officers passed the report to the control tower at 7:41 p.m.', value: '19:34', speaker: 'Kessvik Police District', camp: 'B' },
      ],
    },
    {
      id: 'blinking-light-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Nobody is going to fire at a blinking light over a village full of houses" is credited to the police spokesman Chief Inspector Jorund Vestbakk (Jørund) by the wire and to Col. Tove Markelund, who commands the armed forces\' counter-drone teams, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"Nobody is going to fire at a blinking light over a village full of houses," police spokesman Chief Inspector Jorund Vestbakk told reporters', speaker: 'Jørund Vestbakk', camp: 'A' },
        { file: D, quote: '“Nobody is going to fire at a blinking light over a village full of houses,” Col. Markelund said.', speaker: 'Tove Markelund', camp: 'B' },
      ],
    },
    {
      id: 'diverted-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 46 flights had been diverted, most to Marsund, then corrected it to 26, the airport\'s figure (the rest of the flights affected were cancelled); the explainer also says 26.',
      sides: [
        { file: L, quote: 'The airport says 46 flights have been diverted, most of them to Marsund.', value: '46', speaker: 'Kessvik Airport Company', camp: 'A' },
        { file: L, quote: 'The airport says 26 were diverted; the rest of the flights affected were cancelled.', value: '26', speaker: 'Kessvik Airport Company', camp: 'B' },
        { file: X, quote: 'Of the affected flights, 26 were diverted, according to KAC.', value: '26', speaker: 'Kessvik Airport Company', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'passengers-rounded', kind: 'numeric',
      summary: '"about 32,000 passengers" (wire) and 31,800 passengers (explainer), both from the Kessvik Airport Company, are one figure, rounded.',
      sides: [
        { file: W, quote: 'about 32,000 passengers were affected', value: '~32,000' },
        { file: X, quote: "By KAC's count, 31,800 passengers were affected.", value: '31,800' },
      ],
    },
    {
      id: 'reports-updated', kind: 'numeric',
      summary: 'More than 40 reports of drones by Saturday morning (wire) and 67 on Sunday "up from more than 40 on Saturday morning" (live blog) is a count that rose and is reported as updated.',
      sides: [
        { file: W, quote: 'Police said they had received more than 40 reports of drones by Saturday morning', value: '>40 (Saturday morning)' },
        { file: L, quote: 'the police had now logged 67 reports, up from more than 40 on Saturday morning', value: '67 (Sunday)' },
      ],
    },
    {
      id: 'marsund-part', kind: 'numeric',
      summary: 'The 14 diverted flights that landed in Marsund (explainer) are part of the 26 diverted to other airports (web story), not a rival count.',
      sides: [
        { file: B, quote: 'According to KAC, 26 flights were diverted to other airports.', value: '26 (all diversions)' },
        { file: X, quote: "Fourteen of them landed in Marsund, the country's second city", value: '14 (to Marsund)' },
      ],
    },
    {
      id: 'arrest-synonyms', kind: 'status',
      summary: '"arrested ... on suspicion of endangering aviation safety" (wire) and "detained on suspicion of endangering air traffic" (state-aligned paper) describe the same arrest of the same two men in different words.',
      sides: [
        { file: W, quote: 'were arrested on Saturday afternoon on suspicion of endangering aviation safety', value: 'arrested, aviation safety' },
        { file: D, quote: 'Two men detained on suspicion of endangering air traffic near the village of Hestmyra on Saturday', value: 'detained, air traffic' },
      ],
    },
    {
      id: 'searchers-about-more-than', kind: 'numeric',
      summary: '"About 200 police officers and soldiers" (wire) and "More than 180 officers" (web story) in the search around the airport are compatible approximations.',
      sides: [
        { file: W, quote: "About 200 police officers and soldiers from the armed forces' counter-drone teams searched fields and woods around the airport overnight", value: '~200' },
        { file: B, quote: 'More than 180 officers took part in the search of the marsh and the woods around the airport over the weekend', value: '>180' },
      ],
    },
    {
      id: 'cancellations-by-day', kind: 'numeric',
      summary: '163 flights cancelled on Saturday alone (state-aligned paper) and 41 cancelled on Sunday because crews and aircraft were out of place (live blog) are different days\' figures, not rival counts.',
      sides: [
        { file: D, quote: 'On Saturday alone, 163 flights were cancelled.', value: '163 (Saturday)' },
        { file: L, quote: 'KAC says 41 flights have been cancelled today because crews and aircraft are in the wrong places.', value: '41 (Sunday)' },
      ],
    },
    {
      id: 'terminal-vs-disrupted', kind: 'numeric',
      summary: 'The 2,300 people who spent Friday night in the terminal (web story) and the 31,800 travellers whose journeys were disrupted (state-aligned paper) are different sets.',
      sides: [
        { file: B, quote: 'About 2,300 people spent Friday night in the terminal, the company said.', value: '2,300 (in the terminal)' },
        { file: D, quote: 'Some 31,800 travellers had their journeys disrupted', value: '31,800 (disrupted)' },
      ],
    },
  ],
};
