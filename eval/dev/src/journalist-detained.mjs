// Hand-written gold source for the detention of the Norvessan freelance journalist Solveig Tveitå at the
// airport of Lomira, Zavrenia (invented event, September 2027). build-gold.mjs turns it into
// ../gold/journalist-detained.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate pages saved from news sites (site
// name, "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story is
// Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline with
// links, "Published ... · Updated ..." line, image line with caption and credit, key points, "Read
// more" links), and the state-aligned paper is Markdown with YAML front matter and no headline in the
// body. Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's reporting line, the source list and the bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts,
// captions and credits are counted text. Link URLs are in ignore.
const W = 'brassard-wire.txt'; // Brassard wire (Monday 13 September, evening), US style, straight quotes, writes Tveita, Vygovsky, Bogdana Kril, Halasz
const L = '3d1b5de73d4ec623.txt'; // Harnsund Dagblad live blog, newest first (Tuesday 14 September, 07:05 to 22:10), UK style, curly quotes, writes Tveitå, Semirin, Halász
const B = 'cbd83b13fc73391a.md'; // HBK News web story (Monday 13 September, updated Tuesday 08:10), UK style, curly quotes, writes Tveitå, Vyhovsky, Halász
const D = '405037e5de8dffaf.md'; // state-aligned Zavrenian Gazette (Tuesday 14 September), YAML front matter, UK style, curly quotes, writes Tveita, Vyhovsky
const X = 'a5fdd71504a90817.txt'; // The Grindstone explainer in questions (Wednesday 15 September), US style, straight quotes, writes Tveita, Vygovsky, Halasz

export default {
  corpus: 'journalist-detained',
  note: 'Invented event written for the project: at about 21:40 on Thursday 9 September 2027, by her editor\'s and her lawyer\'s account, Solveig Tveitå (Tveita in the wire, the state-aligned paper and the explainer), 34, a freelance reporter and photographer from Harnsund, capital of the fictional country of Norvessa, is stopped at passport control at Semyrin International Airport (Semirin in the live blog) in Lomira, capital of the fictional country of Zavrenia, as she is about to board the 22:35 flight home; she had spent 23 days reporting for the Norvessan magazine Vellmar Weekly on villages in Tolvinsk Region whose wells a lithium mine has drained, near the military airfield Dolgin Air Base. On Monday 13 September Judge Nadia Orlovets of the Lomira City Court grants bail of 500,000 krevs. Five invented outlets: the Brassard wire (Monday), the HBK News web story (Monday, updated Tuesday), the Harnsund Dagblad live blog, newest first (Tuesday 07:05 to 22:10), the state-aligned Zavrenian Gazette (Tuesday) and The Grindstone explainer (Wednesday); four files have random names. The National Security Bureau (NSB), its spokesman Col. Stanislav Vyhovsky (Vygovsky in the wire and the explainer) and its director Gen. Lev Sadovnik, the Prosecutor General\'s Office, its spokeswoman Irina Melkova and Deputy Prosecutor General Marek Sulima, the Zavrenian Foreign Ministry and its spokeswoman Oksana Lytvak, Vellmar Weekly and its editor-in-chief Sigrid Holmbeck, the lawyer Bohdana Kril (Bogdana in the wire), the Norvessan ambassador Turid Hesselberg and consul Anders Brekkan, Foreign Minister Eskil Marthinsen and the Norvessan Foreign Ministry, and the press-freedom group Quill Watch and its regional director Dorota Halász (Halasz in the wire and the explainer) disagree about whether she is still held (in the NSB detention centre on Granitna Street, by her lawyer, against released on bail and staying at a hotel, by the prosecutors and the state-aligned paper), what she is accused of (espionage at Dolgin Air Base, by the NSB, against only working as a journalist without accreditation on a tourist visa, by the charge sheet read in court), whether her laptop, two phones and camera memory cards were confiscated at the airport (by the magazine and the lawyer, against nothing confiscated, by the NSB), whether the embassy has had consular access (a consul\'s visit on Saturday, by the Zavrenian Foreign Ministry, against refused four times and no visit, by the embassy), when she was detained (about 21:40 on Thursday, against 09:15 on Friday in the NSB\'s record), who ordered the arrest (Deputy Prosecutor General Marek Sulima, by the prosecutors, against the NSB\'s director Gen. Lev Sadovnik in person, by Quill Watch\'s sources), how long she was questioned without a lawyer (14 hours, by the lawyer, against three hours and forty minutes with a lawyer, by the NSB) and who said "She did not come to Zavrenia to write about lithium. She came to count our aircraft" (the NSB spokesman in the wire, the Foreign Ministry spokeswoman in the state-aligned paper); the live blog corrects its own bail figure (50,000, then 500,000 krevs). 23 days and "about three weeks" in the country are one figure rounded; 12,600 signatures on Tuesday "up from about 4,000 on Sunday" and "more than 4,000" by Sunday evening are an update; nine journalists behind bars in Zavrenia and the third foreign journalist detained this year are different sets; a hearing of about three hours and the judge\'s 40 minutes to decide are part and whole; the Foreign Ministry "summoned" the ambassador and the envoy "was called in" are synonyms; "more than 50 protesters" and "about 60 people" in Harnsund on Sunday agree; the photographer Tomas Rheinvald\'s 142 days in 2025 belong to an earlier case. "Zavrenian" and "Norvessan" are demonyms ("the Zavrenian embassy", "the Norvessan embassy" are nominal); "Lomira" inside Lomira City Court, "Harnsund" inside Harnsund Dagblad are nested; the two foreign ministries share the form "Foreign Ministry" and every occurrence is assigned by hand.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 53],
    [L]: [1, 2, 3, 4, 10, 11, 37, 72, 73, 75],
    [B]: [1, 7, 9, 21, 47, 69, 70, 71],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 57, 58, 59, 60, 61, 63],
  },

  actors: [
    // places
    { id: 'zavrenia', name: 'Zavrenia', type: 'place', forms: ['Zavrenia'], note: 'the country where she is held; "Zavrenian" is a demonym; a country used for its government ("Zavrenia insists") stays a place' },
    { id: 'lomira', name: 'Lomira', type: 'place', forms: ['Lomira', 'LOMIRA'], note: 'capital of Zavrenia (datelines in capitals); nested in Lomira City Court; "the capital", "the Zavrenian capital" are nominal' },
    { id: 'norvessa', name: 'Norvessa', type: 'place', forms: ['Norvessa'], note: 'the journalist\'s country; "Norvessan" is a demonym; "Norvessa’s embassy" holds a place mention and a nominal "embassy"' },
    { id: 'harnsund', name: 'Harnsund', type: 'place', forms: ['Harnsund'], note: 'capital of Norvessa; nested in Harnsund Dagblad; "the ministry in Harnsund" holds a place mention' },
    { id: 'semyrin', name: 'Semyrin International Airport', type: 'place', forms: ['Semyrin International Airport', 'Semirin International Airport', 'Semirin'], note: 'the airport of Lomira where she was stopped (Semirin in the live blog; "Semirin airport" -> "Semirin"); "the airport" is nominal' },
    { id: 'tolvinsk', name: 'Tolvinsk Region', type: 'place', forms: ['Tolvinsk Region', 'Tolvinsk'], note: 'the northern region where she reported on the lithium mine' },
    { id: 'dolgin', name: 'Dolgin Air Base', type: 'place', forms: ['Dolgin Air Base', 'Dolgin'], note: 'the military airfield the NSB says she photographed; "a guard at Dolgin" is a mention; "the base" is nominal; its tag in the front matter is metadata' },
    { id: 'granitna', name: 'Granitna Street', type: 'place', forms: ['Granitna Street'], note: 'street of the NSB detention centre in central Lomira' },
    // organizations
    { id: 'nsb', name: 'National Security Bureau', type: 'organization', forms: ['National Security Bureau', 'NSB'], note: 'Zavrenia\'s security service, defined as (NSB); "the bureau", "the security service" are nominal' },
    { id: 'prosecutor', name: 'Prosecutor General\'s Office', type: 'organization', forms: ['Prosecutor General\'s Office', 'Prosecutor General’s Office'], note: 'Zavrenia\'s prosecution service (straight or curly apostrophe; the \'s belongs to the name); "prosecutors" is nominal; the title "Deputy Prosecutor General" before Marek Sulima is no mention' },
    { id: 'zav-mfa', name: 'Zavrenian Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'], note: 'Zavrenia\'s foreign ministry; the form "Foreign Ministry" is shared with Norvessa\'s and assigned by hand; "the ministry" is nominal' },
    { id: 'nor-mfa', name: 'Norvessan Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'], note: 'Norvessa\'s foreign ministry, which summoned Zavrenia\'s ambassador (in the wire); shares the form "Foreign Ministry", assigned by hand; "the ministry in Harnsund" is nominal' },
    { id: 'court', name: 'Lomira City Court', type: 'organization', forms: ['Lomira City Court'], note: 'the court that granted bail; the place inside it is nested; "the court" is nominal' },
    { id: 'vellmar', name: 'Vellmar Weekly', type: 'organization', forms: ['Vellmar Weekly'], note: 'the Norvessan news magazine that commissioned her reporting; its photo credit in the live blog is a mention; "the magazine" is nominal' },
    { id: 'quill', name: 'Quill Watch', type: 'organization', forms: ['Quill Watch'], note: 'the press-freedom group; "Quill Watch\'s regional director" holds a mention; "the group" is nominal' },
    { id: 'brassard', name: 'Brassard', type: 'organization', forms: ['Brassard'], note: 'the wire agency: the dateline "(Brassard)", "told Brassard", "seen by Brassard" and the explainer\'s "Brassard has seen" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'dagblad', name: 'Harnsund Dagblad', type: 'organization', forms: ['Harnsund Dagblad', 'Dagblad'], note: 'the Norvessan paper running the live blog: "told the Dagblad" -> "Dagblad"; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'hbk', name: 'HBK News', type: 'organization', forms: ['HBK News'], note: 'the broadcaster\'s news site, named in its own text ("told HBK News") and photo credit (also reused by the explainer); its breadcrumb line and link URLs are metadata or ignored' },
    { id: 'gazette', name: 'Zavrenian Gazette', type: 'organization', forms: ['Zavrenian Gazette', 'Gazette'], note: 'the state-aligned paper: "spoke to the Gazette", "the Gazette reports" -> "Gazette"; its front matter and its name in the explainer\'s source list are metadata' },
    { id: 'grindstone', name: 'The Grindstone', type: 'organization', forms: ['The Grindstone'], note: 'the explainer\'s site: "told The Grindstone" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'tveita', name: 'Solveig Tveitå', type: 'person', forms: ['Solveig Tveitå', 'Solveig Tveita', 'Tveitå', 'Tveita', 'Solveig'], note: 'the detained freelance journalist (Tveita in the wire, the state-aligned paper and the explainer); "Solveig" alone in quotes from her editor, the ambassador and the minister; "Ms Tveitå" -> "Tveitå"; lowercase "tveita" in link URLs is ignored' },
    { id: 'holmbeck', name: 'Sigrid Holmbeck', type: 'person', forms: ['Sigrid Holmbeck', 'Holmbeck'], note: 'editor-in-chief of Vellmar Weekly' },
    { id: 'kril', name: 'Bohdana Kril', type: 'person', forms: ['Bohdana Kril', 'Bogdana Kril', 'Kril'], note: 'her Zavrenian lawyer (Bogdana in the wire); "Ms Kril" -> "Kril"' },
    { id: 'vyhovsky', name: 'Stanislav Vyhovsky', type: 'person', forms: ['Stanislav Vyhovsky', 'Stanislav Vygovsky', 'Vyhovsky', 'Vygovsky'], note: 'spokesman of the NSB (Vygovsky in the wire and the explainer); "Col." is outside the span' },
    { id: 'sadovnik', name: 'Lev Sadovnik', type: 'person', forms: ['Lev Sadovnik'], note: 'director of the NSB, named by Quill Watch as the man who ordered the arrest; "Gen." is outside the span' },
    { id: 'sulima', name: 'Marek Sulima', type: 'person', forms: ['Marek Sulima'], note: 'Deputy Prosecutor General who signed the detention order, according to the prosecutors' },
    { id: 'melkova', name: 'Irina Melkova', type: 'person', forms: ['Irina Melkova'], note: 'spokeswoman of the Prosecutor General\'s Office, in the state-aligned paper' },
    { id: 'lytvak', name: 'Oksana Lytvak', type: 'person', forms: ['Oksana Lytvak'], note: 'spokeswoman of the Zavrenian Foreign Ministry' },
    { id: 'hesselberg', name: 'Turid Hesselberg', type: 'person', forms: ['Turid Hesselberg'], note: 'Norvessa\'s ambassador in Lomira; "Ambassador" is outside the span' },
    { id: 'brekkan', name: 'Anders Brekkan', type: 'person', forms: ['Anders Brekkan'], note: 'the Norvessan embassy\'s consul' },
    { id: 'marthinsen', name: 'Eskil Marthinsen', type: 'person', forms: ['Eskil Marthinsen'], note: 'Norvessa\'s Foreign Minister; the title is outside the span' },
    { id: 'halasz', name: 'Dorota Halász', type: 'person', forms: ['Dorota Halász', 'Dorota Halasz', 'Halász'], note: 'regional director of Quill Watch (Halasz in the wire and the explainer); "Ms Halász" -> "Halász"' },
    { id: 'orlovets', name: 'Nadia Orlovets', type: 'person', forms: ['Nadia Orlovets'], note: 'judge of the Lomira City Court who granted bail; "Judge" is outside the span' },
    { id: 'rybak', name: 'Danylo Rybak', type: 'person', forms: ['Danylo Rybak'], note: 'her local interpreter, questioned by the NSB' },
    { id: 'rheinvald', name: 'Tomas Rheinvald', type: 'person', forms: ['Tomas Rheinvald'], note: 'a photographer held for 142 days in 2025 (an earlier case), in the explainer' },
    { id: 'almli', name: 'Petter Almli', type: 'person', forms: ['Petter Almli'], note: 'the Harnsund Dagblad correspondent in Lomira: his byline is metadata; "Our correspondent Petter Almli" in an entry is a mention' },
    { id: 'brenn', name: 'Matthias Brenn', type: 'person', forms: ['Matthias Brenn'], note: 'HBK News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:bureau|ministry|embassy|court|magazine|group|capital|Zavrenian capital|Norvessan capital|country|security service|airport|base|government|ambassador|consul|judge|prosecutor’s office|office)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b(?:Zavrenian|Norvessan) embassy\\b', why: 'nominal reference to an embassy (demonym and lowercase noun)' },
    { pattern: '\\bsecurity service\\b', why: 'nominal reference to the NSB' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Prosecutor General\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: W, text: 'Foreign Ministry', context: "Norvessa's Foreign Ministry summoned", actor: 'nor-mfa' },
    { file: W, text: 'Foreign Ministry', context: "Zavrenia's Foreign Ministry said on Saturday", actor: 'zav-mfa' },
    { file: L, text: 'Foreign Ministry', context: 'Zavrenia’s Foreign Ministry has repeated', actor: 'zav-mfa' },
    { file: B, text: 'Foreign Ministry', context: 'Zavrenia’s Foreign Ministry says', actor: 'zav-mfa' },
    { file: D, text: 'Foreign Ministry', context: 'register with the Foreign Ministry', actor: 'zav-mfa' },
    { file: D, text: 'Foreign Ministry', context: 'The Foreign Ministry rejected', actor: 'zav-mfa' },
    { file: X, text: 'Foreign Ministry', context: "Zavrenia's Foreign Ministry says", actor: 'zav-mfa' },
  ],

  claims: [
    { file: W, speaker: 'Bohdana Kril', cue: 'Kril told Brassard', quote: 'I walked out of that courtroom with a bail order in my hand, and I watched them put my client in a van' },
    { file: W, speaker: 'Sigrid Holmbeck', cue: 'said its editor-in-chief, Sigrid Holmbeck', quote: 'Solveig went to Tolvinsk to interview farmers whose wells have run dry. Everything she photographed, we have either published or are about to publish' },
    { file: W, speaker: 'Dorota Halász', cue: 'she said', quote: 'Every foreign reporter in Lomira is now asking whether the airport is the last checkpoint or the first cell' },
    { file: L, speaker: 'Eskil Marthinsen', cue: 'he said', quote: 'Bail that opens no door is not bail' },
    { file: L, speaker: 'Bohdana Kril', cue: 'Ms Kril said', quote: 'I saw her at two o’clock this afternoon, through glass, in the NSB building on Granitna Street' },
    { file: L, speaker: 'Dorota Halász', cue: 'she said', quote: 'This did not come from a prosecutor’s desk' },
    { file: B, speaker: 'Sigrid Holmbeck', cue: 'said Sigrid Holmbeck', quote: 'Solveig’s laptop holds two years of notes, the names of people who trusted her and their phone numbers' },
    { file: B, speaker: 'Stanislav Vyhovsky', cue: 'he said', quote: 'Nothing was confiscated from her – not a laptop, not a telephone, not a pen' },
    { file: B, speaker: 'Bohdana Kril', cue: 'Ms Kril said', quote: 'In Zavrenian law the clock starts when they take your passport' },
    { file: D, speaker: 'Irina Melkova', cue: 'said Irina Melkova', quote: 'Ms Tveita left the court building as a free woman, subject to her bail conditions. Anyone who says otherwise is not telling the truth' },
    { file: D, speaker: 'Stanislav Vyhovsky', cue: 'he said', quote: 'Journalists are welcome in Zavrenia. People who use journalism as a costume are not' },
    { file: D, speaker: 'Oksana Lytvak', cue: 'the ministry’s spokeswoman, Oksana Lytvak, said', quote: 'She did not come to Zavrenia to write about lithium. She came to count our aircraft' },
    { file: X, speaker: 'Dorota Halász', cue: 'said Dorota Halasz', quote: 'In this country, a signature tells you who held the pen. It does not tell you who gave the order' },
    { file: X, speaker: 'Turid Hesselberg', cue: 'Ambassador Turid Hesselberg told The Grindstone', quote: 'no visit on Saturday, or on any other day.' },
    { file: X, speaker: 'Bohdana Kril', cue: 'Kril says', quote: 'her client was questioned for 14 hours in that time without a lawyer' },
  ],

  contradictions: [
    {
      id: 'custody-status', level: 'core', kind: 'status',
      summary: 'Whether Solveig Tveitå (Tveita) is still held after the Lomira City Court granted her bail on Monday: still in custody, driven back in a van to the NSB detention centre on Granitna Street and seen there through glass on Tuesday afternoon, according to her lawyer Bohdana Kril (Bogdana); released on bail at the end of the hearing and staying at a hotel in Lomira, according to the Prosecutor General\'s Office and its spokeswoman Irina Melkova and the state-aligned Zavrenian Gazette.',
      sides: [
        { file: W, quote: 'her lawyer said security officers had driven her straight back to a detention center after the hearing', value: 'still held', speaker: 'Bohdana Kril', camp: 'A' },
        { file: W, quote: 'She went back to Granitna Street. She is in a cell tonight.', value: 'still held', speaker: 'Bohdana Kril', camp: 'A' },
        { file: L, quote: 'is spending a sixth night in the custody of Zavrenia’s National Security Bureau (NSB), according to her lawyer', value: 'still held', speaker: 'Bohdana Kril', camp: 'A' },
        { file: L, quote: 'If she has been released, somebody forgot to tell the guards.', value: 'still held', speaker: 'Bohdana Kril', camp: 'A' },
        { file: B, quote: 'Ms Kril said guards put her client back in a van outside the Lomira City Court and drove her to the NSB’s detention centre on Granitna Street.', value: 'still held', speaker: 'Bohdana Kril', camp: 'A' },
        { file: X, quote: 'Her lawyer, Bohdana Kril, says Tveita never left custody', value: 'still held', speaker: 'Bohdana Kril', camp: 'A' },
        { file: W, quote: 'was released from custody on bail at the end of the hearing', value: 'released on bail', speaker: 'Prosecutor General\'s Office', camp: 'B' },
        { file: L, quote: 'Zavrenian prosecutors say she walked free', value: 'released', speaker: 'Prosecutor General\'s Office', camp: 'B' },
        { file: L, quote: 'reports this morning that Ms Tveitå was released on bail on Monday and is staying at a hotel in Lomira', value: 'released, at a hotel', speaker: 'Zavrenian Gazette', camp: 'B' },
        { file: B, quote: 'The Prosecutor General’s Office said she left custody on bail after the hearing.', value: 'released on bail', speaker: 'Prosecutor General\'s Office', camp: 'B' },
        { file: D, quote: 'was released on bail on Monday and is staying at a hotel in the capital under conditions set by the court', value: 'released, at a hotel', speaker: 'Prosecutor General\'s Office', camp: 'B' },
        { file: D, quote: 'Ms Tveita left the court building as a free woman, subject to her bail conditions.', value: 'released', speaker: 'Irina Melkova', camp: 'B' },
        { file: X, quote: "The Prosecutor General's Office says a judge released her on bail on Monday", value: 'released on bail', speaker: 'Prosecutor General\'s Office', camp: 'B' },
      ],
    },
    {
      id: 'accusation', level: 'core', kind: 'polarity',
      summary: 'What she is accused of: espionage, photographing aircraft and runways at Dolgin Air Base, according to the National Security Bureau (NSB) on Friday (repeated by the state-aligned paper); only working as a journalist without accreditation on a tourist visa, according to the charge sheet prosecutors read out in court on Monday, which does not mention espionage.',
      sides: [
        { file: W, quote: 'The NSB said on Friday it had detained a foreign national on suspicion of espionage', value: 'espionage', speaker: 'National Security Bureau', camp: 'A' },
        { file: B, quote: 'On Friday the NSB said it had detained a foreign national on suspicion of spying', value: 'espionage', speaker: 'National Security Bureau', camp: 'A' },
        { file: D, quote: 'is suspected by the National Security Bureau (NSB) of photographing aircraft, fuel stores and the runway approaches at Dolgin Air Base', value: 'espionage', speaker: 'National Security Bureau', camp: 'A' },
        { file: X, quote: 'The NSB announced on Friday that it had detained her on suspicion of espionage', value: 'espionage', speaker: 'National Security Bureau', camp: 'A' },
        { file: W, quote: 'prosecutors have accused Tveita only of working as a journalist without accreditation while in the country on a tourist visa', value: 'visa offence only', speaker: 'Prosecutor General\'s Office', camp: 'B' },
        { file: W, quote: 'The document makes no mention of espionage.', value: 'no espionage charge', speaker: 'Brassard', camp: 'B' },
        { file: L, quote: 'The charge before the court concerns her visa.', value: 'visa offence', speaker: 'Harnsund Dagblad', camp: 'B' },
        { file: B, quote: 'prosecutors charged her only with breaking the terms of her tourist visa by working as a journalist without accreditation', value: 'visa offence only', speaker: 'Prosecutor General\'s Office', camp: 'B' },
        { file: X, quote: 'accuses her only of working as a journalist without accreditation on a tourist visa, and does not mention spying', value: 'visa offence only', speaker: 'Prosecutor General\'s Office', camp: 'B' },
      ],
    },
    {
      id: 'devices-confiscated', level: 'secondary', kind: 'polarity',
      summary: 'Whether her laptop and phones were confiscated: her laptop, two phones and the memory cards of her camera were taken at the airport with no receipt, according to Vellmar Weekly and its editor-in-chief Sigrid Holmbeck; nothing was confiscated, according to the NSB and its spokesman Col. Stanislav Vyhovsky (Vygovsky), and the state-aligned paper says her devices were handed back to her on her release.',
      sides: [
        { file: W, quote: 'The magazine said her laptop, two phones and the memory cards from her camera were confiscated at the airport.', value: 'confiscated', speaker: 'Vellmar Weekly', camp: 'A' },
        { file: B, quote: 'Her magazine says her laptop, two phones and camera cards were taken at the airport', value: 'taken', speaker: 'Vellmar Weekly', camp: 'A' },
        { file: B, quote: 'says security officers took her laptop, both her phones and the memory cards from her camera at the airport in Lomira on Thursday night', value: 'taken', speaker: 'Vellmar Weekly', camp: 'A' },
        { file: B, quote: 'It was taken from her at the airport with no receipt.', value: 'taken', speaker: 'Sigrid Holmbeck', camp: 'A' },
        { file: X, quote: 'Vellmar Weekly says officers took her laptop, two phones and the memory cards from her camera at the airport', value: 'taken', speaker: 'Vellmar Weekly', camp: 'A' },
        { file: B, quote: 'the NSB says nothing was confiscated', value: 'nothing confiscated', speaker: 'National Security Bureau', camp: 'B' },
        { file: B, quote: 'Nothing was confiscated from her – not a laptop, not a telephone, not a pen', value: 'nothing confiscated', speaker: 'Stanislav Vyhovsky', camp: 'B' },
        { file: D, quote: 'No property was confiscated from her, the NSB said.', value: 'nothing confiscated', speaker: 'National Security Bureau', camp: 'B' },
        { file: D, quote: 'Her luggage, including a laptop computer and two telephones, was handed back to her in full on her release.', value: 'handed back', speaker: 'National Security Bureau', camp: 'B' },
        { file: X, quote: 'The NSB says nothing was confiscated', value: 'nothing confiscated', speaker: 'National Security Bureau', camp: 'B' },
      ],
    },
    {
      id: 'consular-access', level: 'core', kind: 'polarity',
      summary: 'Whether the Norvessan embassy has had consular access: a Norvessan consul visited her on Saturday and spent thirty minutes with her, according to the Zavrenian Foreign Ministry and its spokeswoman Oksana Lytvak (repeated by the state-aligned paper); the embassy asked four times and was refused, and nobody from it has seen her since her arrest, according to Ambassador Turid Hesselberg.',
      sides: [
        { file: W, quote: "Zavrenia's Foreign Ministry said on Saturday that a Norvessan consul had visited Tveita at the detention center that day.", value: 'visited Saturday', speaker: 'Zavrenian Foreign Ministry', camp: 'A' },
        { file: L, quote: 'Zavrenia insists a consul visited her on Saturday.', value: 'visited Saturday', speaker: 'Zavrenian Foreign Ministry', camp: 'A' },
        { file: L, quote: 'The consul of Norvessa visited the detained woman on Saturday and spent thirty minutes with her', value: 'visited Saturday', speaker: 'Oksana Lytvak', camp: 'A' },
        { file: B, quote: 'Zavrenia’s Foreign Ministry says a Norvessan consul visited Ms Tveitå on Saturday.', value: 'visited Saturday', speaker: 'Zavrenian Foreign Ministry', camp: 'A' },
        { file: D, quote: 'A consul of Norvessa visited Ms Tveita on Saturday, in full accordance with international obligations, the ministry said.', value: 'visited Saturday', speaker: 'Zavrenian Foreign Ministry', camp: 'A' },
        { file: X, quote: "Zavrenia's Foreign Ministry says a Norvessan consul visited her on Saturday and spent half an hour with her.", value: 'visited Saturday', speaker: 'Zavrenian Foreign Ministry', camp: 'A' },
        { file: W, quote: 'the embassy had asked four times to see Tveita and had been refused each time', value: 'refused', speaker: 'Turid Hesselberg', camp: 'B' },
        { file: L, quote: 'The Norvessan embassy says it has still not been allowed to see her.', value: 'no access', speaker: 'Turid Hesselberg', camp: 'B' },
        { file: L, quote: 'Nobody from this embassy has seen Solveig since she was taken', value: 'no access', speaker: 'Turid Hesselberg', camp: 'B' },
        { file: B, quote: 'the embassy had asked four times for consular access and had been turned down every time', value: 'refused', speaker: 'Turid Hesselberg', camp: 'B' },
        { file: B, quote: 'The embassy says no such visit took place.', value: 'no visit', speaker: 'Turid Hesselberg', camp: 'B' },
        { file: X, quote: "Norvessa's embassy says none of its staff has seen her since her arrest", value: 'no access', speaker: 'Turid Hesselberg', camp: 'B' },
        { file: X, quote: 'no visit on Saturday, or on any other day.', value: 'no visit', speaker: 'Turid Hesselberg', camp: 'B' },
      ],
    },
    {
      id: 'detention-time', level: 'core', kind: 'temporal',
      summary: 'When she was detained: at about 21:40 on Thursday 9 September at passport control at Semyrin International Airport (Semirin), before her 22:35 flight to Harnsund, according to her editor Sigrid Holmbeck (whose last message from her came at 21:52) and her lawyer Bohdana Kril; at 09:15 on Friday, according to the NSB\'s statement and official record (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'Tveita was stopped at passport control at Semyrin International Airport at about 9:40 p.m. on Thursday', value: 'Thu ~21:40', speaker: 'Sigrid Holmbeck', camp: 'A' },
        { file: L, quote: 'She said Solveig was detained on Thursday evening, before her flight was even called.', value: 'Thu evening', speaker: 'Sigrid Holmbeck', camp: 'A' },
        { file: B, quote: 'Bohdana Kril said her client had been held from Thursday evening', value: 'Thu evening', speaker: 'Bohdana Kril', camp: 'A' },
        { file: X, quote: 'say she was detained at about 9:40 p.m. on Thursday, Sept. 9', value: 'Thu ~21:40', speaker: 'Sigrid Holmbeck', camp: 'A' },
        { file: W, quote: "The NSB's Friday statement gave the time of detention as 9:15 a.m. on Friday", value: 'Fri 09:15', speaker: 'National Security Bureau', camp: 'B' },
        { file: B, quote: 'shows that Ms Tveitå was taken into custody at 09:15 on Friday', value: 'Fri 09:15', speaker: 'Stanislav Vyhovsky', camp: 'B' },
        { file: D, quote: 'Officers detained Ms Tveita at 09:15 on Friday at Semyrin International Airport', value: 'Fri 09:15', speaker: 'National Security Bureau', camp: 'B' },
        { file: X, quote: "The NSB's record gives 9:15 a.m. on Friday.", value: 'Fri 09:15', speaker: 'National Security Bureau', camp: 'B' },
      ],
    },
    {
      id: 'who-ordered', level: 'secondary', kind: 'attribution',
      summary: 'Who ordered the arrest: Deputy Prosecutor General Marek Sulima, who signed the detention order, according to the Prosecutor General\'s Office (repeated by the state-aligned paper); the NSB\'s director Gen. Lev Sadovnik in person, with the prosecutor\'s signature added afterwards, according to two sources of Quill Watch and its regional director Dorota Halász (Halasz).',
      sides: [
        { file: W, quote: 'the arrest had been carried out under a detention order signed by Deputy Prosecutor General Marek Sulima', value: 'Marek Sulima', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: B, quote: 'was detained on an order signed by a deputy prosecutor general, Marek Sulima', value: 'Marek Sulima', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: D, quote: 'The detention was ordered by Deputy Prosecutor General Marek Sulima', value: 'Marek Sulima', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: X, quote: 'says the detention order was signed by Deputy Prosecutor General Marek Sulima', value: 'Marek Sulima', speaker: 'Prosecutor General\'s Office', camp: 'A' },
        { file: L, quote: 'had named the NSB’s director, Gen. Lev Sadovnik, as the official who ordered the arrest', value: 'Lev Sadovnik', speaker: 'Dorota Halász', camp: 'B' },
        { file: L, quote: 'It came from the top floor of the bureau.', value: 'NSB leadership', speaker: 'Dorota Halász', camp: 'B' },
        { file: B, quote: 'the arrest was ordered in person by the NSB’s director, Gen. Lev Sadovnik', value: 'Lev Sadovnik', speaker: 'Dorota Halász', camp: 'B' },
        { file: D, quote: 'accused the bureau’s leadership of directing the case', value: 'NSB leadership', speaker: 'Quill Watch', camp: 'B' },
        { file: X, quote: "the NSB's director, Gen. Lev Sadovnik, gave the order himself", value: 'Lev Sadovnik', speaker: 'Quill Watch', camp: 'B' },
      ],
    },
    {
      id: 'aircraft-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "She did not come to Zavrenia to write about lithium. She came to count our aircraft" is credited to the NSB spokesman Col. Stanislav Vygovsky (Vyhovsky), speaking on Friday, by the wire and to the Foreign Ministry spokeswoman Oksana Lytvak, speaking on Monday, by the state-aligned paper.',
      sides: [
        { file: W, quote: '"She did not come to Zavrenia to write about lithium. She came to count our aircraft," Col. Stanislav Vygovsky, the NSB\'s spokesman, told reporters on Friday', speaker: 'Stanislav Vyhovsky', camp: 'A' },
        { file: D, quote: '“She did not come to Zavrenia to write about lithium. She came to count our aircraft,” the ministry’s spokeswoman, Oksana Lytvak, said on Monday', speaker: 'Oksana Lytvak', camp: 'B' },
      ],
    },
    {
      id: 'questioning-hours', level: 'secondary', kind: 'numeric',
      summary: 'How long she was questioned, and whether with a lawyer: 14 hours with no lawyer, from Thursday night until about midday on Friday, according to her lawyer Bohdana Kril; less than four hours (three hours and forty minutes) in the presence of a lawyer, according to the NSB.',
      sides: [
        { file: L, quote: 'had been questioned for 14 hours with no lawyer present', value: '14 hours, no lawyer', speaker: 'Bohdana Kril', camp: 'A' },
        { file: B, quote: 'Her lawyer says she was questioned for 14 hours before a lawyer was let in', value: '14 hours', speaker: 'Bohdana Kril', camp: 'A' },
        { file: B, quote: 'was questioned for 14 hours before any lawyer was allowed to see her', value: '14 hours', speaker: 'Bohdana Kril', camp: 'A' },
        { file: X, quote: 'her client was questioned for 14 hours in that time without a lawyer', value: '14 hours, no lawyer', speaker: 'Bohdana Kril', camp: 'A' },
        { file: B, quote: 'the interview that followed lasted less than four hours', value: '<4 hours', speaker: 'Stanislav Vyhovsky', camp: 'B' },
        { file: D, quote: 'she was interviewed for three hours and forty minutes in the presence of a lawyer', value: '3 h 40 min, with lawyer', speaker: 'National Security Bureau', camp: 'B' },
        { file: X, quote: 'the NSB says the interview lasted three hours and 40 minutes, with a lawyer in the room', value: '3 h 40 min, with lawyer', speaker: 'National Security Bureau', camp: 'B' },
      ],
    },
    {
      id: 'bail-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said Judge Nadia Orlovets had set bail at 50,000 krevs, then corrected it to 500,000 krevs, the figure in the court\'s written order; the wire, the web story and the state-aligned paper also say 500,000.',
      sides: [
        { file: L, quote: 'Judge Nadia Orlovets set bail at 50,000 krevs', value: '50,000', speaker: 'Harnsund Dagblad', camp: 'A' },
        { file: L, quote: 'The court’s written order, which the Dagblad has now seen, sets it at 500,000 krevs.', value: '500,000', speaker: 'Lomira City Court', camp: 'B' },
        { file: W, quote: 'Judge Nadia Orlovets of the Lomira City Court set bail at 500,000 krevs', value: '500,000', speaker: 'Nadia Orlovets', camp: 'B' },
        { file: B, quote: 'granting bail of 500,000 krevs', value: '500,000', speaker: 'Nadia Orlovets', camp: 'B' },
        { file: D, quote: 'Judge Nadia Orlovets of the Lomira City Court set bail at 500,000 krevs', value: '500,000', speaker: 'Nadia Orlovets', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'days-rounded', kind: 'numeric',
      summary: '23 days in Zavrenia (the wire, from the magazine) and "about three weeks" reporting in Tolvinsk Region (the web story) are one figure, rounded.',
      sides: [
        { file: W, quote: 'Tveita had spent 23 days in Zavrenia, arriving on Aug. 17, according to the magazine.', value: '23 days' },
        { file: B, quote: 'She had spent about three weeks reporting in Tolvinsk Region, in the north of the country.', value: '~3 weeks' },
      ],
    },
    {
      id: 'petition-updated', kind: 'numeric',
      summary: '"More than 4,000" signatures on the Quill Watch petition by Sunday evening (web story) and 12,600 on Tuesday evening "up from about 4,000 on Sunday" (live blog) is a count that rose and is reported as updated.',
      sides: [
        { file: B, quote: 'More than 4,000 people had signed its petition for her release by Sunday evening.', value: '>4,000 (Sunday)' },
        { file: L, quote: 'The Quill Watch petition for her release had 12,600 signatures this evening, up from about 4,000 on Sunday.', value: '12,600 (Tuesday)' },
      ],
    },
    {
      id: 'jailed-vs-foreign', kind: 'numeric',
      summary: 'The nine journalists behind bars in Zavrenia, most of them Zavrenian (explainer), and Tveitå as the third foreign journalist detained this year (web story), both from Quill Watch, are different sets.',
      sides: [
        { file: X, quote: 'Quill Watch counts nine journalists now behind bars in Zavrenia, most of them Zavrenian.', value: '9 (all journalists jailed)' },
        { file: B, quote: 'Ms Tveitå is the third foreign journalist detained in Zavrenia this year, according to the group.', value: '3rd (foreign, this year)' },
      ],
    },
    {
      id: 'hearing-part', kind: 'numeric',
      summary: 'The hearing that lasted about three hours (wire) and the 40 minutes the judge took to reach her decision (web story) are part and whole.',
      sides: [
        { file: W, quote: 'The hearing lasted about three hours and was closed to the press.', value: '~3 hours (hearing)' },
        { file: B, quote: 'Judge Nadia Orlovets took 40 minutes to reach her decision', value: '40 minutes (deliberation)' },
      ],
    },
    {
      id: 'envoy-synonyms', kind: 'status',
      summary: 'Norvessa\'s Foreign Ministry "summoned Zavrenia\'s ambassador" (wire) and "Zavrenia\'s envoy was called in to the ministry in Harnsund" (live blog), both on Monday, describe the same step in different words.',
      sides: [
        { file: W, quote: "Norvessa's Foreign Ministry summoned Zavrenia's ambassador on Monday", value: 'ambassador summoned' },
        { file: L, quote: 'Zavrenia’s envoy was called in to the ministry in Harnsund on Monday', value: 'envoy called in' },
      ],
    },
    {
      id: 'protest-about-more-than', kind: 'numeric',
      summary: '"More than 50 protesters" (wire) and "about 60 people" (live blog) outside the Zavrenian embassy in Harnsund on Sunday are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 50 protesters gathered outside the Zavrenian embassy in Harnsund on Sunday', value: '>50' },
        { file: L, quote: 'On Sunday about 60 people stood outside the Zavrenian embassy in Harnsund with her photograph', value: '~60' },
      ],
    },
    {
      id: 'rheinvald-2025', kind: 'numeric',
      summary: 'The 142 days for which the photographer Tomas Rheinvald was held in 2025 belong to an earlier case, not a rival figure for how long Tveita has been held (six days).',
      sides: [
        { file: X, quote: 'was held for 142 days before being deported without trial', value: '142 days (Rheinvald, 2025)' },
        { file: X, quote: 'Tveita has now been held for six days.', value: '6 days (Tveita)' },
      ],
    },
  ],
};
