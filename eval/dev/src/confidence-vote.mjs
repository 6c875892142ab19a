// Hand-written gold source for the no-confidence vote against the government of Andrius Kelmeris
// in the National Assembly of Arvendia (invented event, March 2027). build-gold.mjs turns it into
// ../gold/confidence-vote.json.
// One file is a plain .txt wire (slug-prefixed headline, outlet and date lines, a "(Reporting by ...)"
// line); four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story is
// Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline with
// links, "Published ... · Updated ..." line, image line with caption and credit, key points, "Read
// more" links), and the state-aligned paper is Markdown with YAML front matter and no headline in the
// body. Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's reporting line, the source list and the bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts,
// captions and credits are counted text. Link URLs are in ignore.
const W = 'stanchion-wire.txt'; // Stanchion wire (Friday 12 March), US style, straight quotes, writes Rimkute, Dapkute, Vaicekonis, Virsale, Salna
const L = '3f7df9d2a064745a.txt'; // The Tolmesk Observer live blog, newest first (Thursday 11 March 12:10 to Friday 01:20), UK style, curly quotes
const B = '910dde84bc61b253.md'; // ARN News web story (Friday 12 March, evening), UK style, curly quotes
const D = '779094d0f1c117c2.md'; // state-aligned Arvendia First (Saturday 13 March), YAML front matter, UK style, curly quotes, writes Jurij Sadovskij
const X = 'b4ff43f798d2b6bc.txt'; // The Clerestory explainer in questions (Monday 15 March), US style, straight quotes, writes Rimkute, Dapkute, Vaicekonis, Yuri Sadovsky, Virsale, Salna

export default {
  corpus: 'confidence-vote',
  note: 'Invented event written for the project: on Thursday 11 March 2027 the 141-seat National Assembly of the fictional country of Arvendia (capital Tolmesk) debates, in the Assembly Palace on Kalnava Square, a motion of no confidence in Prime Minister Andrius Kelmeris, tabled by the opposition Free Citizens\' Party (FCP) and the Left Bloc (58 seats between them) after the website Kaskada published recordings in which his chief of staff Aurimas Šalna (Salna in the wire and the explainer) appears to discuss a payment with Dunavel Terminals, which won the concession for the container port of Virsalė (Virsale in the wire and the explainer). The coalition of Kelmeris\'s National Renewal Party (NRP, 57 seats) and the junior Green Farmers\' Union (GFU, 17 seats) holds 74 seats; the GFU decides to abstain; the motion needs 71 votes and, by the Speaker\'s count, gets 68. Five invented outlets: the Stanchion wire (Friday), The Tolmesk Observer live blog, newest first (Thursday 12:10 to Friday 01:20), the ARN News web story (Friday), the state-aligned Arvendia First (Saturday) and The Clerestory explainer (Monday); four files have random names. Speaker Aldona Rimkutė (Rimkute in the wire and the explainer) and her office and spokesman Edvinas Kalvaitis, Kelmeris and his office, the NRP secretary general Vilius Kerbedis, the FCP leader Irena Dapkutė (Dapkute) and its whip Tomas Gerulis, the GFU leader Stasys Vaičekonis (Vaicekonis), Interior Minister Jurij Sadovskij (Yuri Sadovsky in the explainer), the Central Electoral Commission (CEC) and its chairman Algis Mordas, and the analysts Kasparas Undraitis (Tolmesk State University) and Milda Jurkyne (Varsa Policy Institute) are the sources. The outlets disagree about the result (68 for, 59 against, 11 abstentions by the Speaker\'s office, against 72, 57 and nine by the opposition, which says the board showed 72), the GFU deputies who voted for the motion (two by their leader, five by the opposition whip), whether a quorum was present when the debate was closed (97 deputies registered, by the Speaker\'s office, against fewer than 60 in the room, by the opposition), whether the opposition walked out before the vote (yes, by the NRP and the state-aligned paper; no, only after the result, by the opposition, the live blog\'s gallery reporters and the wire), when the Speaker closed the debate (22:10 by her office, 20:35 by the opposition; her office says only the list of speakers closed at 20:35), whether Kelmeris offered to resign (yes, at the coalition council on Thursday afternoon, by the GFU leader and two people present; no, and he stays, by Kelmeris and his office), whether police entered the chamber during the scuffle (yes, by the FCP, the live blog\'s reporter and a gallery video; no, only the Assembly Guard, by the Speaker\'s office and the Interior Minister), and who said "Whoever counts the votes in the corridor has already lost them in the chamber" (Dapkutė in the wire, the live blog and the web story; Sadovskij in the state-aligned paper); the live blog corrects its own figure for the votes the motion needed (76, then 71). Look-alikes: the concession "about 1.2 billion veldars" and "1.24 billion veldars" (rounding); "About 3,000 people" and "More than 2,500 people" on Kalnava Square (about vs more than); two deputies treated, then four "up from two" (an updated count); 138 deputies voting and the 141-seat assembly (different sets); the FCP\'s 44 deputies within the opposition\'s 58 seats (part and whole); a criminal investigation into the recordings and a probe into the tapes (synonyms); 75 seats won in October 2025 and 74 held now (different dates). "Arvendian" is a demonym; "Arvendia" inside Arvendia First and "Tolmesk" inside The Tolmesk Observer and Tolmesk State University are nested; "Speaker" and "prime minister" without a name are titles and ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 65],
    [L]: [1, 2, 3, 4, 10, 11, 51, 88, 89, 91],
    [B]: [1, 7, 9, 21, 53, 73, 74, 75],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 63, 64, 65, 66, 67, 69],
  },

  actors: [
    // places
    { id: 'arvendia', name: 'Arvendia', type: 'place', forms: ['Arvendia'], note: 'the country; "Arvendian" is a demonym; nested in Arvendia First; the slug-glued "UPDATE 2-Arvendia\'s" of the wire headline is assigned as a real mention' },
    { id: 'tolmesk', name: 'Tolmesk', type: 'place', forms: ['Tolmesk', 'TOLMESK'], note: 'the capital (datelines in capitals); nested in The Tolmesk Observer and Tolmesk State University' },
    { id: 'virsale', name: 'Virsalė', type: 'place', forms: ['Virsalė', 'Virsale'], note: 'the port city of the concession (Virsale in the wire and the explainer)' },
    { id: 'kalnava', name: 'Kalnava Square', type: 'place', forms: ['Kalnava Square'], note: 'the square outside the Assembly Palace where the opposition rallied' },
    { id: 'assembly-palace', name: 'Assembly Palace', type: 'place', forms: ['Assembly Palace'], note: 'the parliament building (a named facility)' },
    // organizations
    { id: 'assembly', name: 'National Assembly', type: 'organization', forms: ['National Assembly'], note: 'the 141-seat parliament; "parliament", "the assembly", "the house", "the chamber" are nominal' },
    { id: 'nrp', name: 'National Renewal Party', type: 'organization', forms: ['National Renewal Party', 'NRP'], note: 'the prime minister\'s party, defined as (NRP)' },
    { id: 'gfu', name: 'Green Farmers’ Union', type: 'organization', forms: ['Green Farmers’ Union', 'Green Farmers\' Union', 'GFU', 'Union', 'Green Farmers'], note: 'the junior coalition partner (curly or straight apostrophe), defined as (GFU); the capitalized short form "the Union" / "Union deputies" and "the Green Farmers" are mentions' },
    { id: 'fcp', name: 'Free Citizens’ Party', type: 'organization', forms: ['Free Citizens’ Party', 'Free Citizens\' Party', 'FCP', 'Free Citizens'], note: 'the main opposition party (curly or straight apostrophe), defined as (FCP); "the Free Citizens", "Free Citizens deputies" are mentions; "the opposition" is nominal' },
    { id: 'left-bloc', name: 'Left Bloc', type: 'organization', forms: ['Left Bloc'], note: 'the smaller opposition party that co-tabled the motion' },
    { id: 'assembly-guard', name: 'Assembly Guard', type: 'organization', forms: ['Assembly Guard'], note: 'parliament\'s own security service, answering to the Speaker' },
    { id: 'cec', name: 'Central Electoral Commission', type: 'organization', forms: ['Central Electoral Commission', 'CEC'], note: 'the election commission, defined as (CEC)' },
    { id: 'court', name: 'Constitutional Court', type: 'organization', forms: ['Constitutional Court'], note: 'where the opposition files its challenge' },
    { id: 'prosecutor', name: 'Prosecutor General\'s Office', type: 'organization', forms: ['Prosecutor General\'s Office', 'Prosecutor General’s Office'], note: 'the prosecution service (the \'s belongs to the name); lowercase "prosecutors" is nominal' },
    { id: 'dunavel', name: 'Dunavel Terminals', type: 'organization', forms: ['Dunavel Terminals', 'Dunavel'], note: 'the company that won the port concession' },
    { id: 'kaskada', name: 'Kaskada', type: 'organization', forms: ['Kaskada'], note: 'the investigative website that published the recordings' },
    { id: 'tsu', name: 'Tolmesk State University', type: 'organization', forms: ['Tolmesk State University'], note: 'Undraitis\'s university; the city inside it is nested' },
    { id: 'varsa', name: 'Varsa Policy Institute', type: 'organization', forms: ['Varsa Policy Institute'], note: 'think tank of the analyst Milda Jurkyne, in the explainer' },
    { id: 'finance-ministry', name: 'Finance Ministry', type: 'organization', forms: ['Finance Ministry'], note: 'in the state-aligned paper' },
    { id: 'transport-ministry', name: 'Ministry of Transport', type: 'organization', forms: ['Ministry of Transport'], note: 'source of the concession figure in the state-aligned paper' },
    { id: 'stanchion', name: 'Stanchion', type: 'organization', forms: ['Stanchion'], note: 'the wire agency: the dateline "(Stanchion)", "told Stanchion" and the explainer\'s text are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'observer', name: 'The Tolmesk Observer', type: 'organization', forms: ['The Tolmesk Observer', 'Observer'], note: 'the capital\'s paper running the live blog: its photo credit (reused by the explainer), "told the Observer" and the explainer\'s text are mentions; its site-name line and its name in the source list are metadata' },
    { id: 'arn', name: 'ARN News', type: 'organization', forms: ['ARN News'], note: 'the broadcaster\'s news site, named in its own text ("has told ARN News") and photo credit, and in the explainer; its breadcrumb line and its name in the source list are metadata' },
    { id: 'arvendia-first', name: 'Arvendia First', type: 'organization', forms: ['Arvendia First'], note: 'the state-aligned paper: its front matter and its name in the source list are metadata; the explainer\'s "Arvendia First, a newspaper close to the government" is a mention' },
    { id: 'clerestory', name: 'The Clerestory', type: 'organization', forms: ['The Clerestory'], note: 'the explainer\'s site: "The Clerestory has asked" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'kelmeris', name: 'Andrius Kelmeris', type: 'person', forms: ['Andrius Kelmeris', 'Kelmeris'], note: 'Prime Minister (title outside the span); "Mr Kelmeris" -> "Kelmeris"; "Kelmeris\'s office" holds a mention; "the prime minister" is nominal' },
    { id: 'rimkute', name: 'Aldona Rimkutė', type: 'person', forms: ['Aldona Rimkutė', 'Aldona Rimkute', 'Rimkutė', 'Rimkute'], note: 'Speaker of the National Assembly (Rimkute in the wire and the explainer); "Speaker" without her name is a title and ignored; "Mrs/Ms Rimkutė" -> "Rimkutė"' },
    { id: 'kalvaitis', name: 'Edvinas Kalvaitis', type: 'person', forms: ['Edvinas Kalvaitis'], note: 'the Speaker\'s spokesman' },
    { id: 'dapkute', name: 'Irena Dapkutė', type: 'person', forms: ['Irena Dapkutė', 'Irena Dapkute', 'Dapkutė', 'Dapkute'], note: 'leader of the FCP (Dapkute in the wire and the explainer); "Ms Dapkutė" -> "Dapkutė"' },
    { id: 'gerulis', name: 'Tomas Gerulis', type: 'person', forms: ['Tomas Gerulis', 'Gerulis'], note: 'the FCP whip; "Mr Gerulis" -> "Gerulis"' },
    { id: 'vaicekonis', name: 'Stasys Vaičekonis', type: 'person', forms: ['Stasys Vaičekonis', 'Stasys Vaicekonis', 'Vaičekonis', 'Vaicekonis'], note: 'leader of the GFU (Vaicekonis in the wire and the explainer); "Mr Vaičekonis" -> "Vaičekonis"' },
    { id: 'kerbedis', name: 'Vilius Kerbedis', type: 'person', forms: ['Vilius Kerbedis'], note: 'secretary general of the NRP' },
    { id: 'sadovskij', name: 'Jurij Sadovskij', type: 'person', forms: ['Jurij Sadovskij', 'Sadovskij', 'Yuri Sadovsky', 'Sadovsky'], note: 'Interior Minister (Yuri Sadovsky in the explainer); "Mr Sadovskij" -> "Sadovskij"' },
    { id: 'salna', name: 'Aurimas Šalna', type: 'person', forms: ['Aurimas Šalna', 'Aurimas Salna', 'Šalna'], note: 'Kelmeris\'s former chief of staff, heard on the recordings (Salna in the wire and the explainer); "Mr Šalna" -> "Šalna"' },
    { id: 'undraitis', name: 'Kasparas Undraitis', type: 'person', forms: ['Kasparas Undraitis', 'Undraitis'], note: 'political scientist at Tolmesk State University' },
    { id: 'mordas', name: 'Algis Mordas', type: 'person', forms: ['Algis Mordas'], note: 'chairman of the CEC (title outside the span)' },
    { id: 'jurkyne', name: 'Milda Jurkyne', type: 'person', forms: ['Milda Jurkyne', 'Jurkyne'], note: 'parliamentary-procedure analyst at the Varsa Policy Institute, in the explainer' },
    { id: 'lind', name: 'Oskar Lind', type: 'person', forms: ['Oskar Lind'], note: 'The Tolmesk Observer reporter in the press gallery: his byline is metadata; his photo credit (reused by the explainer) and the posts naming him are mentions' },
    { id: 'brask', name: 'Teodor Brask', type: 'person', forms: ['Teodor Brask'], note: 'ARN News reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bSpeaker\\b(?!\\s+Aldona)', why: 'title without a name (the Speaker of the National Assembly), also in "the Speaker’s office"' },
    { pattern: '\\b[Pp]rime [Mm]inister\\b(?!\\s+Andrius)', why: 'title without a name (the prime minister), also in "the prime minister’s office"' },
    { pattern: "\\b[Tt]he (?:assembly|government|coalition|opposition|party|ministry|president|house|court|commission|junior partner|junior coalition partner)\\b(?![-‑–])", why: 'nominal reference to a named body or a title without a name' },
    { pattern: '\\b[Pp]arliament\\b', why: 'nominal reference to the National Assembly' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Prosecutor General\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: W, text: 'Arvendia', context: 'UPDATE 2-Arvendia\'s', actor: 'arvendia' },
  ],

  claims: [
    { file: W, speaker: 'Irena Dapkutė', cue: 'she told reporters', quote: 'We saw seventy-two. Half the chamber saw seventy-two' },
    { file: W, speaker: 'Stasys Vaičekonis', cue: 'Vaicekonis told Stanchion', quote: 'Two, not twenty. The Union kept its word, and it will keep it tomorrow' },
    { file: W, speaker: 'Kasparas Undraitis', cue: 'Undraitis said', quote: 'Kelmeris is still in office, but he is no longer in charge of his own majority' },
    { file: L, speaker: 'Vilius Kerbedis', cue: 'he says', quote: 'They walked out before the vote because they had done their sums and knew they had lost' },
    { file: L, speaker: 'Tomas Gerulis', cue: 'he says', quote: 'Five Union deputies have told me, personally, that they voted yes' },
    { file: L, speaker: 'Andrius Kelmeris', cue: 'he said', quote: 'I did not come here to bargain. I came here to govern' },
    { file: L, speaker: 'Stasys Vaičekonis', cue: 'he says', quote: 'We will not vote to bring down a government we sit in, and we will not vote to say we trust it' },
    { file: B, speaker: 'Stasys Vaičekonis', cue: 'Mr Vaičekonis said in an interview', quote: 'He told us that if the Union no longer wanted him, he would go to the president that evening and hand in his resignation' },
    { file: B, speaker: 'Tomas Gerulis', cue: 'Mr Gerulis said', quote: 'There was no quorum. There were empty benches and a Speaker in a hurry' },
    { file: B, speaker: 'Kasparas Undraitis', cue: 'he said', quote: 'If Vaičekonis is telling the truth, the prime minister has already admitted he can be replaced' },
    { file: D, speaker: 'Andrius Kelmeris', cue: 'Mr Kelmeris said', quote: 'I am staying. I have not offered my resignation to anyone, and nobody has asked me for it' },
    { file: D, speaker: 'Jurij Sadovskij', cue: 'he said', quote: 'Not one police officer set foot in the chamber. The Assembly Guard answers to the Speaker, and the Speaker alone' },
    { file: D, speaker: 'Vilius Kerbedis', cue: 'said Vilius Kerbedis', quote: 'They walked out before the vote because they knew the numbers' },
    { file: X, speaker: 'Milda Jurkyne', cue: 'said Milda Jurkyne', quote: 'That explanation is plausible, and it is also unfalsifiable' },
    { file: X, speaker: 'Milda Jurkyne', cue: 'said Jurkyne', quote: 'A prime minister who offers to go and is told to stay has not resigned' },
  ],

  contradictions: [
    {
      id: 'vote-count', level: 'core', kind: 'numeric',
      summary: 'The result of the no-confidence vote: 68 for, 59 against and 11 abstentions according to Speaker Aldona Rimkutė (Rimkute) and her office (repeated by the state-aligned paper), three short of the 71 needed; 72 for, 57 against and nine abstentions according to the opposition Free Citizens\' Party (FCP), whose leader Irena Dapkutė (Dapkute) says the board in the chamber showed 72 before the official figure appeared, enough to bring the government down.',
      sides: [
        { file: W, quote: 'received 68 votes in favor, 59 against and 11 abstentions, according to the office of Speaker Aldona Rimkute', value: '68-59-11', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: L, quote: 'Speaker Aldona Rimkutė reads the result: 68 in favour, 59 against, 11 abstentions.', value: '68-59-11', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: B, quote: 'The motion fell, according to the Speaker’s office, with 68 votes for, three short of the 71 needed.', value: '68 for', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: D, quote: '68 deputies supported the motion, 59 opposed it and 11 abstained', value: '68-59-11', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: X, quote: "Speaker Aldona Rimkute's office announced 68 votes for, 59 against and 11 abstentions, and the motion failed.", value: '68-59-11', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: W, quote: "the electronic board above the Speaker's chair had briefly displayed 72 votes in favor before the official result appeared", value: '72 for', speaker: 'Irena Dapkutė', camp: 'B' },
        { file: W, quote: 'We saw seventy-two. Half the chamber saw seventy-two', value: '72 for', speaker: 'Irena Dapkutė', camp: 'B' },
        { file: L, quote: 'says the board in the chamber showed 72 votes for before the official result came up', value: '72 for', speaker: 'Free Citizens’ Party', camp: 'B' },
        { file: L, quote: 'Add them to ours and you get seventy-two. Not sixty-eight.', value: '72 for', speaker: 'Tomas Gerulis', camp: 'B' },
        { file: B, quote: 'The opposition says 72 deputies backed the motion, one more than it needed', value: '72 for', speaker: 'Free Citizens’ Party', camp: 'B' },
        { file: B, quote: 'On the opposition’s own count the motion won 72 votes, with 57 against and nine abstentions', value: '72-57-9', speaker: 'Free Citizens’ Party', camp: 'B' },
        { file: X, quote: 'the real result was 72 for, 57 against and nine abstentions', value: '72-57-9', speaker: 'Free Citizens’ Party', camp: 'B' },
      ],
    },
    {
      id: 'gfu-defections', level: 'core', kind: 'numeric',
      summary: 'How many deputies of the junior coalition partner, the Green Farmers\' Union (GFU), broke its decision to abstain and voted for the motion: two, according to its leader Stasys Vaičekonis (Vaicekonis), repeated by the state-aligned paper; five, according to the FCP whip Tomas Gerulis, who says five Union deputies told him so.',
      sides: [
        { file: W, quote: 'GFU leader Stasys Vaicekonis said only two Union deputies had defied that decision and voted for the motion', value: '2', speaker: 'Stasys Vaičekonis', camp: 'A' },
        { file: W, quote: 'Two, not twenty. The Union kept its word', value: '2', speaker: 'Stasys Vaičekonis', camp: 'A' },
        { file: D, quote: 'confirmed that only two of its deputies had voted with the opposition', value: '2', speaker: 'Stasys Vaičekonis', camp: 'A' },
        { file: X, quote: 'says two of its deputies voted for the motion anyway', value: '2', speaker: 'Stasys Vaičekonis', camp: 'A' },
        { file: L, quote: 'Five Union deputies have told me, personally, that they voted yes', value: '5', speaker: 'Tomas Gerulis', camp: 'B' },
        { file: B, quote: 'Five Green Farmers’ Union deputies voted against the government, the opposition claims', value: '5', speaker: 'Free Citizens’ Party', camp: 'B' },
        { file: B, quote: 'five GFU deputies voted against the government, not the two their leader has acknowledged', value: '5', speaker: 'Tomas Gerulis', camp: 'B' },
        { file: X, quote: 'says five Union deputies told him they voted yes', value: '5', speaker: 'Tomas Gerulis', camp: 'B' },
      ],
    },
    {
      id: 'quorum', level: 'core', kind: 'polarity',
      summary: 'Whether a quorum (71 of 141 deputies) was present when the Speaker closed the debate: yes, 97 deputies were registered as present, according to the Speaker\'s office (repeated by the state-aligned paper and the explainer); no, fewer than 60 deputies were in the chamber when the closure was put to a show of hands, according to the opposition and its whip Tomas Gerulis.',
      sides: [
        { file: B, quote: 'The Speaker’s office says 97 deputies were registered as present when the closure was put.', value: 'quorum (97)', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: D, quote: 'In all, 97 deputies were registered as present when she did so, well above the quorum of 71', value: 'quorum (97)', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: X, quote: 'with 97 deputies registered as present', value: 'quorum (97)', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: L, quote: 'Gerulis is on his feet shouting that there is no quorum in the room', value: 'no quorum', speaker: 'Tomas Gerulis', camp: 'B' },
        { file: B, quote: 'put the closure to a show of hands when fewer than 60 deputies were in the chamber', value: 'fewer than 60', speaker: 'Free Citizens’ Party', camp: 'B' },
        { file: B, quote: 'There was no quorum. There were empty benches and a Speaker in a hurry', value: 'no quorum', speaker: 'Tomas Gerulis', camp: 'B' },
        { file: X, quote: 'fewer than 60 deputies were in the room at the time, well below the quorum of 71', value: 'fewer than 60', speaker: 'Free Citizens’ Party', camp: 'B' },
      ],
    },
    {
      id: 'pm-resign', level: 'core', kind: 'status',
      summary: 'Whether Prime Minister Andrius Kelmeris has offered to resign: he offered at the coalition council on Thursday afternoon to hand his resignation to the president if the Union wanted him to go, according to the GFU leader Stasys Vaičekonis (to ARN News) and two people present (to the live blog); he has offered his resignation to nobody and stays, according to Kelmeris himself (in the state-aligned paper) and his office.',
      sides: [
        { file: L, quote: 'Kelmeris offered to step down if the Union wanted him to', value: 'offered to resign', speaker: 'The Tolmesk Observer', camp: 'A' },
        { file: B, quote: 'Kelmeris offered to quit before confidence vote, junior partner’s leader says', value: 'offered to resign', speaker: 'Stasys Vaičekonis', camp: 'A' },
        { file: B, quote: 'Prime Minister Andrius Kelmeris offered to resign hours before Thursday night’s vote of no confidence', value: 'offered to resign', speaker: 'Stasys Vaičekonis', camp: 'A' },
        { file: B, quote: 'he would go to the president that evening and hand in his resignation', value: 'offered to resign', speaker: 'Stasys Vaičekonis', camp: 'A' },
        { file: X, quote: 'Vaicekonis told ARN News that Kelmeris offered at a coalition meeting on Thursday afternoon to resign if the Union wanted him to.', value: 'offered to resign', speaker: 'Stasys Vaičekonis', camp: 'A' },
        { file: W, quote: 'His office said on Friday that he had not offered to resign and had no intention of doing so.', value: 'no offer, stays', speaker: 'Andrius Kelmeris', camp: 'B' },
        { file: W, quote: 'The prime minister has the confidence of this house and will serve out his mandate', value: 'stays', speaker: 'Andrius Kelmeris', camp: 'B' },
        { file: B, quote: 'The prime minister’s office said on Friday that Kelmeris had made no such offer.', value: 'no offer', speaker: 'Andrius Kelmeris', camp: 'B' },
        { file: D, quote: 'I am staying. I have not offered my resignation to anyone, and nobody has asked me for it', value: 'no offer, stays', speaker: 'Andrius Kelmeris', camp: 'B' },
        { file: X, quote: 'The prime minister says he has not offered his resignation to anyone and intends to stay', value: 'no offer, stays', speaker: 'Andrius Kelmeris', camp: 'B' },
      ],
    },
    {
      id: 'walkout', level: 'secondary', kind: 'polarity',
      summary: 'Whether the opposition walked out before the vote: yes, according to the NRP secretary general Vilius Kerbedis and the state-aligned paper, which says the opposition abandoned its own motion; no, the opposition deputies stayed in their seats, voted and left only after the Speaker read the result, according to the FCP leader Irena Dapkutė, the live blog\'s reporters in the press gallery and the wire.',
      sides: [
        { file: L, quote: 'They walked out before the vote because they had done their sums and knew they had lost', value: 'before the vote', speaker: 'Vilius Kerbedis', camp: 'A' },
        { file: D, quote: 'Free Citizens’ Party deputies walked out of the chamber before the vote', value: 'before the vote', speaker: 'Arvendia First', camp: 'A' },
        { file: D, quote: 'They walked out before the vote because they knew the numbers', value: 'before the vote', speaker: 'Vilius Kerbedis', camp: 'A' },
        { file: X, quote: 'say the opposition walked out before the vote', value: 'before the vote', speaker: 'Vilius Kerbedis', camp: 'A' },
        { file: W, quote: 'Opposition deputies walked out of the chamber after the result was read', value: 'after the result', speaker: 'Stanchion', camp: 'B' },
        { file: L, quote: 'Nobody left that chamber before the vote', value: 'stayed for the vote', speaker: 'Irena Dapkutė', camp: 'B' },
        { file: L, quote: 'The opposition benches empty almost at once', value: 'after the result', speaker: 'The Tolmesk Observer', camp: 'B' },
        { file: X, quote: 'opposition deputies left only after the result was read', value: 'after the result', speaker: 'The Tolmesk Observer', camp: 'B' },
      ],
    },
    {
      id: 'debate-closed', level: 'secondary', kind: 'temporal',
      summary: 'When Speaker Aldona Rimkutė closed the debate: at 22:10, after more than eight hours, according to her office (repeated by the wire, the state-aligned paper and the explainer; the live blog reports the formal closure in its 22:12 post); at 20:35, with 11 opposition deputies still waiting to speak, according to the FCP (her office says only the list of speakers was closed then).',
      sides: [
        { file: W, quote: 'Rimkute closed the debate at 10:10 p.m., and dozens of opposition deputies surged toward the rostrum', value: '22:10', speaker: 'Stanchion', camp: 'A' },
        { file: L, quote: 'Rimkutė has formally closed the debate, and the chamber has erupted.', value: '22:12 post', speaker: 'The Tolmesk Observer', camp: 'A' },
        { file: D, quote: 'closed the debate at 22:10, as the rules permit once every parliamentary group has been heard', value: '22:10', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: X, quote: 'say Rimkute closed the debate at 10:10 p.m. after more than eight hours', value: '22:10', speaker: 'Aldona Rimkutė', camp: 'A' },
        { file: L, quote: 'The Free Citizens say 11 of their deputies are still waiting to speak and are calling it the end of the debate', value: '20:41 post', speaker: 'Free Citizens’ Party', camp: 'B' },
        { file: B, quote: 'Speaker Aldona Rimkutė cut off the debate at 20:35, with 11 of its deputies still waiting to speak', value: '20:35', speaker: 'Free Citizens’ Party', camp: 'B' },
        { file: X, quote: 'the Speaker ended the debate at 8:35 p.m., with 11 of its deputies still waiting to speak', value: '20:35', speaker: 'Free Citizens’ Party', camp: 'B' },
      ],
    },
    {
      id: 'police-in-chamber', level: 'secondary', kind: 'polarity',
      summary: 'Whether police officers entered the chamber during the scuffle at the Speaker\'s rostrum: yes, according to the FCP whip Tomas Gerulis, the live blog\'s reporter in the gallery (at least six officers in police uniform) and a gallery video; no, only officers of the Assembly Guard, according to the Speaker\'s office, and Interior Minister Jurij Sadovskij (Yuri Sadovsky) says the police stayed outside the building.',
      sides: [
        { file: W, quote: 'FCP whip Tomas Gerulis said uniformed police had also entered the chamber.', value: 'police entered', speaker: 'Tomas Gerulis', camp: 'A' },
        { file: L, quote: 'saw at least six officers in the dark-blue uniforms of the police come through the east doors of the chamber', value: 'police entered', speaker: 'Oskar Lind', camp: 'A' },
        { file: B, quote: 'appears to show at least five people in police uniforms entering the chamber through a side door', value: 'police entered', speaker: 'ARN News', camp: 'A' },
        { file: B, quote: 'Police in the chamber of a parliament is something I thought I would only read about in history books', value: 'police entered', speaker: 'Tomas Gerulis', camp: 'A' },
        { file: X, quote: 'The FCP says they were police.', value: 'police entered', speaker: 'Free Citizens’ Party', camp: 'A' },
        { file: W, quote: "The Speaker's office said that was untrue.", value: 'no police', speaker: 'Aldona Rimkutė', camp: 'B' },
        { file: L, quote: 'The Speaker’s office has told us that only the Assembly Guard was in the chamber.', value: 'Assembly Guard only', speaker: 'Aldona Rimkutė', camp: 'B' },
        { file: B, quote: 'The Speaker’s office says that the officers in the video belong to the Assembly Guard', value: 'Assembly Guard only', speaker: 'Aldona Rimkutė', camp: 'B' },
        { file: D, quote: 'Not one police officer set foot in the chamber.', value: 'no police', speaker: 'Jurij Sadovskij', camp: 'B' },
        { file: D, quote: 'the police had remained outside the building throughout the evening', value: 'police outside', speaker: 'Jurij Sadovskij', camp: 'B' },
        { file: X, quote: 'says no police officer entered the building', value: 'no police', speaker: 'Jurij Sadovskij', camp: 'B' },
      ],
    },
    {
      id: 'corridor-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Whoever counts the votes in the corridor has already lost them in the chamber" is credited to the FCP leader Irena Dapkutė (Dapkute), aiming at the coalition whips, by the wire, the live blog and the web story, and to Interior Minister Jurij Sadovskij, aiming at the opposition, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"Whoever counts the votes in the corridor has already lost them in the chamber," she said', value: 'Dapkutė', speaker: 'Irena Dapkutė', camp: 'A' },
        { file: L, quote: '“Whoever counts the votes in the corridor has already lost them in the chamber,” she said.', value: 'Dapkutė', speaker: 'Irena Dapkutė', camp: 'A' },
        { file: B, quote: '“Whoever counts the votes in the corridor has already lost them in the chamber,” she told the house.', value: 'Dapkutė', speaker: 'Irena Dapkutė', camp: 'A' },
        { file: D, quote: 'It was Mr Sadovskij who, during the debate, offered the line', value: 'Sadovskij', speaker: 'Jurij Sadovskij', camp: 'B' },
        { file: D, quote: 'he said: “Whoever counts the votes in the corridor has already lost them in the chamber.”', value: 'Sadovskij', speaker: 'Jurij Sadovskij', camp: 'B' },
      ],
    },
    {
      id: 'threshold-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the motion needed 76 votes to pass, then corrected it to 71, an absolute majority of the 141 seats; the explainer also says 71.',
      sides: [
        { file: L, quote: 'the motion needs 76 votes to pass', value: '76', speaker: 'The Tolmesk Observer', camp: 'A' },
        { file: L, quote: 'That was wrong: it needed 71, an absolute majority of all 141 seats in the National Assembly.', value: '71', speaker: 'The Tolmesk Observer', camp: 'B' },
        { file: X, quote: 'a motion of no confidence needs an absolute majority of all deputies, 71 votes, whoever turns up', value: '71', speaker: 'The Clerestory', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'concession-rounded', kind: 'numeric',
      summary: 'The port concession "worth about 1.2 billion veldars" (wire) and "worth 1.24 billion veldars" (state-aligned paper, from the transport ministry) are one figure, rounded.',
      sides: [
        { file: W, quote: 'The concession is worth about 1.2 billion veldars.', value: '~1.2 billion' },
        { file: D, quote: 'is worth 1.24 billion veldars', value: '1.24 billion' },
      ],
    },
    {
      id: 'rally-about-more-than', kind: 'numeric',
      summary: '"About 3,000 people" (wire, from the police) and "More than 2,500 people" (web story) on Kalnava Square during the debate are compatible approximations.',
      sides: [
        { file: W, quote: 'About 3,000 people rallied on Kalnava Square outside the Assembly Palace during the debate, police said.', value: '~3,000' },
        { file: B, quote: 'More than 2,500 people gathered on Kalnava Square during the debate', value: '>2,500' },
      ],
    },
    {
      id: 'injured-updated', kind: 'numeric',
      summary: 'Two deputies being treated by medics on Thursday night (live blog, 22:25) and four treated "up from two reported earlier" (wire, Friday) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Two deputies are being treated by medics in a side room', value: '2 (Thursday 22:25)' },
        { file: W, quote: 'Four deputies were treated by medics for minor injuries after the scuffle, up from two reported earlier', value: '4 (Friday)' },
      ],
    },
    {
      id: 'voters-vs-seats', kind: 'numeric',
      summary: 'The 138 deputies who took part in the vote and the 141 seats of the National Assembly are different sets (three deputies were absent), not rival counts.',
      sides: [
        { file: W, quote: 'In all, 138 deputies took part in the vote; three were absent.', value: '138 voting' },
        { file: X, quote: 'On Thursday, March 11, the 141-seat National Assembly debated a motion of no confidence', value: '141 seats' },
      ],
    },
    {
      id: 'fcp-part-of-opposition', kind: 'numeric',
      summary: 'The Free Citizens\' 44 deputies (web story) are part of the 58 seats the two opposition parties hold together (state-aligned paper), not a rival count.',
      sides: [
        { file: B, quote: 'The Free Citizens’ 44 deputies returned to the square after the result, to cheers.', value: '44 (FCP)' },
        { file: D, quote: 'The two opposition parties, which together hold 58 seats', value: '58 (FCP and Left Bloc)' },
      ],
    },
    {
      id: 'investigation-synonyms', kind: 'status',
      summary: '"opened a criminal investigation into the recordings" (wire) and "launched a probe into the tapes" (web story) describe the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: "The Prosecutor General's Office opened a criminal investigation into the recordings on Feb. 24 but has charged no one.", value: 'investigation opened' },
        { file: B, quote: 'Prosecutors have launched a probe into the tapes.', value: 'probe launched' },
      ],
    },
    {
      id: 'seats-then-now', kind: 'numeric',
      summary: 'The 75 seats the coalition won at the October 2025 election (wire, from the Central Electoral Commission) and the 74 it holds now (state-aligned paper) are figures for different dates: one NRP deputy has since left to sit as an independent.',
      sides: [
        { file: W, quote: 'The coalition won 75 seats at the October 2025 election, according to the Central Electoral Commission (CEC).', value: '75 (October 2025)' },
        { file: D, quote: 'The coalition, which holds 74 seats', value: '74 (now)' },
      ],
    },
  ],
};
