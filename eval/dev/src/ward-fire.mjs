// Hand-written gold source for the fire in the newborn unit of Velišta Children's Hospital, Soltavia
// (invented event, February 2026). build-gold.mjs turns it into ../gold/ward-fire.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// "Skip to content", navigation bar, headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter and
// no headline in the body. Site names, navigation bars, bylines, date and "Updated" lines,
// "Share this article", "Advertisement", "Read more" lines, the wire's reporting line, the source
// list and the bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'gantline-wire.txt'; // Gantline wire (Wednesday 4 February), US style, straight quotes, writes Velista, Vuletic, Nadejda Karimova
const L = 'c0561edb9a327121.txt'; // The Velišta Bugle live blog, newest first (Tuesday 3 February, 03:25 to 23:15), UK style, curly quotes
const B = 'b8fe77d3d402de0b.md'; // KSV News web story (Wednesday 4 February, evening), UK style, curly quotes
const D = '35a1803ac76c6f7f.md'; // state-aligned National Hearth (Thursday 5 February), YAML front matter, UK style, curly quotes
const X = 'e6101041ebdcbf3d.txt'; // The Abacus explainer in questions (Friday 6 February), US style, straight quotes, writes Velista, Vuletic, Kuncar

export default {
  corpus: 'ward-fire',
  note: 'Invented event written for the project: shortly after 02:00 on Tuesday 3 February 2026 a fire breaks out in the neonatal intensive-care unit on the third floor of the 1971 main building of Velišta Children\'s Hospital (Velista in the wire and the explainer), on Lipova Street in Velišta, the main city of Vyrnak Province in the fictional country of Soltavia (capital Ardmora). 26 babies are in the unit with two nurses and a doctor; 112 patients are evacuated from the building; 15 surviving babies are moved to other hospitals (nine to the National Children\'s Hospital in Ardmora) and three stay on the hospital\'s paediatric ward; the unit had been rewired in autumn 2025 by the contractor Lumenta Electric. Five invented outlets: the Gantline wire (Wednesday), The Velišta Bugle live blog, newest first (Tuesday 03:25 to 23:15), the KSV News web story (Wednesday), the state-aligned National Hearth (Thursday) and The Abacus explainer (Friday); four files have random names. The hospital and its director Dr Branko Vuletić (Vuletic in the wire and the explainer), the duty nurse Dragana Ilkova and the duty doctor Andrej Kolbin, the Vyrnak Provincial Health Department and its head Stojan Berak, Health Minister Lidija Tomsa and the Ministry of Health (its secretary general Dušan Santrić), the National Fire Service (NFS) and its provincial chief Tomislav Greben, the police and the Prosecutor General\'s Office (its spokeswoman Silvija Drobnak), Lumenta Electric and its director Ognyan Arvan, the Federation of Nursing Staff (FNS) and its president Ljuba Dolinska, the Democratic Choice MP Zlata Hadzhieva, the Tiny Hearts Parents\' Association and its chair Nadezhda Karimova (Nadejda in the wire), the Hospital Safety Inspectorate (HSI) and its chief inspector Blagoj Tanev, and the parents Kristijan Kunčar (Kuncar in the explainer) and Mirjana Osmani disagree about the babies who died (eight by the ministry, 11 by the fire service and the parents\' group), the cause (an overheated oxygen concentrator on an overloaded extension lead, by the fire service, against sparks from a wall socket of the new wiring, by the nurses; "not yet known" by the minister), whether the fire alarm sounded (at 02:11, by the director, against no bell and no siren, by the nurse and a father), whether the unit passed its September 2025 fire-safety inspection (passed, by the ministry, against failed, by the HSI that carried it out), when the first fire engine arrived (02:21, seven minutes after the 02:14 call, by the NFS, against 02:48, 34 minutes, by the nurses\' federation and a father), whether the director is suspended (by the minister, against still in post, by the province that employs him and the hospital), whether the hospital asked the ministry in writing for repairs to the fire alarm (two letters, March and June 2025, by the director\'s office, against no written request received, by the ministry) and who said "We carried them out two at a time, because we only have two arms" (the nurse Dragana Ilkova in the wire, the doctor Andrej Kolbin in the state-aligned paper); the live blog corrects its own count of babies moved to other hospitals (18, then 15). 62 firefighters and "some 60 firefighters" are one figure rounded; the toll of six on Tuesday morning and eight on Tuesday evening "up from six" is an update reported as such; the 26 babies in the unit and the 112 patients evacuated from the building are different sets; the nine babies taken to Ardmora are part of the 15 transferred; "a criminal case for negligence causing death" and "an investigation into negligence resulting in death" are synonyms; "More than 200 people" and "About 250 relatives and neighbours" outside the hospital agree; the four newborns killed in a 2019 fire at a maternity hospital in Kresnova belong to another, earlier fire. "Soltavian" is a demonym; "Velišta" inside Velišta Children\'s Hospital and The Velišta Bugle and "Vyrnak" inside Vyrnak Provincial Health Department are nested; "NICU" is the acronym of a common noun (a hospital unit), not a named body, and is ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 57],
    [L]: [1, 2, 3, 4, 10, 11, 39, 76, 77, 79],
    [B]: [1, 7, 9, 21, 53, 67, 68, 69],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 67, 68, 69, 70, 71, 73],
  },

  actors: [
    // places
    { id: 'soltavia', name: 'Soltavia', type: 'place', forms: ['Soltavia'], note: 'the country; "Soltavian" is a demonym; "the country" is nominal' },
    { id: 'ardmora', name: 'Ardmora', type: 'place', forms: ['Ardmora'], note: 'the capital; "the capital" is nominal; a capital used for its government ("including to Ardmora") stays a place' },
    { id: 'vyrnak', name: 'Vyrnak Province', type: 'place', forms: ['Vyrnak Province'], note: 'the province; nested in Vyrnak Provincial Health Department; "the province" is nominal' },
    { id: 'velista', name: 'Velišta', type: 'place', forms: ['Velišta', 'Velista', 'VELISTA', 'VELIŠTA'], note: 'the provincial city (Velista in the wire and the explainer; datelines in capitals); nested in Velišta Children\'s Hospital and The Velišta Bugle; "the city" is nominal' },
    { id: 'lipova', name: 'Lipova Street', type: 'place', forms: ['Lipova Street'], note: 'the street of the hospital\'s gate' },
    { id: 'kresnova', name: 'Kresnova', type: 'place', forms: ['Kresnova'], note: 'town of an earlier (2019) maternity-hospital fire, in the explainer' },
    // organizations
    { id: 'hospital', name: 'Velišta Children’s Hospital', type: 'organization', forms: ['Velišta Children’s Hospital', 'Velista Children\'s Hospital'], note: 'the hospital (curly apostrophe in the UK-style outlets, straight and Velista in the wire and the explainer); the place inside it is nested; "the hospital" is nominal' },
    { id: 'ministry', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health', 'Health Ministry'], note: 'the national health ministry; "the ministry" is nominal' },
    { id: 'province-health', name: 'Vyrnak Provincial Health Department', type: 'organization', forms: ['Vyrnak Provincial Health Department'], note: 'the provincial health department that employs the hospital\'s staff; "the department" is nominal' },
    { id: 'nfs', name: 'National Fire Service', type: 'organization', forms: ['National Fire Service', 'NFS'], note: 'the fire and rescue service, defined as (NFS); "the fire service", "the service" are nominal' },
    { id: 'prosecutor', name: 'Prosecutor General\'s Office', type: 'organization', forms: ['Prosecutor General\'s Office'], note: 'the prosecution service; the \'s belongs to the name; lowercase "prosecutors" and "the office" are nominal' },
    { id: 'lumenta', name: 'Lumenta Electric', type: 'organization', forms: ['Lumenta Electric', 'Lumenta'], note: 'the electrical contractor that rewired the unit; "Lumenta\'s director", "two Lumenta electricians" hold mentions; "the company" is nominal' },
    { id: 'fns', name: 'Federation of Nursing Staff', type: 'organization', forms: ['Federation of Nursing Staff', 'FNS'], note: 'the nurses\' union, defined as (FNS); "the federation", "the union", "A nurses’ union" are nominal' },
    { id: 'democratic-choice', name: 'Democratic Choice', type: 'organization', forms: ['Democratic Choice'], note: 'the opposition party of Zlata Hadzhieva' },
    { id: 'tiny-hearts', name: 'Tiny Hearts Parents’ Association', type: 'organization', forms: ['Tiny Hearts Parents’ Association', 'Tiny Hearts Parents\' Association'], note: 'the parents\' group (curly or straight apostrophe); "the parents’ group", "the group" are nominal' },
    { id: 'hsi', name: 'Hospital Safety Inspectorate', type: 'organization', forms: ['Hospital Safety Inspectorate', 'HSI'], note: 'the state hospital-safety inspectorate, defined as (HSI); "the inspectorate", "The state inspectorate" are nominal' },
    { id: 'national-childrens', name: 'National Children’s Hospital', type: 'organization', forms: ['National Children’s Hospital', 'National Children\'s Hospital'], note: 'the hospital in Ardmora that took nine of the surviving babies' },
    { id: 'gantline', name: 'Gantline', type: 'organization', forms: ['Gantline'], note: 'the wire agency: the dateline "(Gantline)" and "told Gantline" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'bugle', name: 'The Velišta Bugle', type: 'organization', forms: ['The Velišta Bugle'], note: 'the city paper running the live blog: its photo credit is a mention; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'ksv', name: 'KSV News', type: 'organization', forms: ['KSV News'], note: 'the broadcaster\'s news site, named in its own text ("told KSV News") and photo credit (also reused by the explainer), and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'hearth', name: 'National Hearth', type: 'organization', forms: ['National Hearth'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "National Hearth, a paper close to the government" is a mention' },
    { id: 'abacus', name: 'The Abacus', type: 'organization', forms: ['The Abacus'], note: 'the explainer\'s site: "when The Abacus asked" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'vuletic', name: 'Branko Vuletić', type: 'person', forms: ['Branko Vuletić', 'Branko Vuletic', 'Vuletić', 'Vuletic'], note: 'director of the hospital (Vuletic in the wire and the explainer); "Dr"/"Dr." is outside the span' },
    { id: 'ilkova', name: 'Dragana Ilkova', type: 'person', forms: ['Dragana Ilkova', 'Ilkova'], note: 'the duty nurse who carried babies out' },
    { id: 'kolbin', name: 'Andrej Kolbin', type: 'person', forms: ['Andrej Kolbin', 'Kolbin'], note: 'the doctor on the night shift, in the state-aligned paper' },
    { id: 'berak', name: 'Stojan Berak', type: 'person', forms: ['Stojan Berak', 'Berak'], note: 'head of the Vyrnak Provincial Health Department; "Mr Berak" -> "Berak"' },
    { id: 'tomsa', name: 'Lidija Tomsa', type: 'person', forms: ['Lidija Tomsa', 'Tomsa'], note: 'Health Minister; the title before the name is outside the span; "Mrs Tomsa" -> "Tomsa"; "the minister" is nominal' },
    { id: 'santric', name: 'Dušan Santrić', type: 'person', forms: ['Dušan Santrić'], note: 'secretary general of the Ministry of Health, in the state-aligned paper' },
    { id: 'rendic', name: 'Milos Rendić', type: 'person', forms: ['Milos Rendić'], note: 'deputy director of the hospital, in charge according to the state-aligned paper' },
    { id: 'greben', name: 'Tomislav Greben', type: 'person', forms: ['Tomislav Greben', 'Greben'], note: 'NFS chief in Vyrnak Province; "Chief Fire Officer" is outside the span' },
    { id: 'drobnak', name: 'Silvija Drobnak', type: 'person', forms: ['Silvija Drobnak'], note: 'spokeswoman for the Prosecutor General\'s Office, in the explainer' },
    { id: 'arvan', name: 'Ognyan Arvan', type: 'person', forms: ['Ognyan Arvan'], note: 'director of Lumenta Electric, in the wire' },
    { id: 'dolinska', name: 'Ljuba Dolinska', type: 'person', forms: ['Ljuba Dolinska', 'Dolinska'], note: 'president of the FNS; "Ms Dolinska" -> "Dolinska"' },
    { id: 'hadzhieva', name: 'Zlata Hadzhieva', type: 'person', forms: ['Zlata Hadzhieva'], note: 'opposition Democratic Choice MP for Velišta' },
    { id: 'karimova', name: 'Nadezhda Karimova', type: 'person', forms: ['Nadezhda Karimova', 'Nadejda Karimova'], note: 'chair of the Tiny Hearts Parents\' Association (Nadejda in the wire)' },
    { id: 'tanev', name: 'Blagoj Tanev', type: 'person', forms: ['Blagoj Tanev'], note: 'chief inspector of the HSI, in the web story' },
    { id: 'kuncar', name: 'Kristijan Kunčar', type: 'person', forms: ['Kristijan Kunčar', 'Kunčar', 'Kristijan Kuncar'], note: 'a father whose son survived (Kuncar in the explainer); "Mr Kunčar" -> "Kunčar"; "Kristijan Kunčar’s son" holds a mention' },
    { id: 'osmani', name: 'Mirjana Osmani', type: 'person', forms: ['Mirjana Osmani', 'Osmani'], note: 'a mother whose daughter died, in the web story; "Ms Osmani" -> "Osmani"' },
    { id: 'emina', name: 'Emina', type: 'person', forms: ['Emina'], note: 'Mirjana Osmani\'s daughter, who died (first name only)' },
    { id: 'kollar', name: 'Hrvoje Kollár', type: 'person', forms: ['Hrvoje Kollár'], note: 'The Velišta Bugle city reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'drumm', name: 'Levent Drumm', type: 'person', forms: ['Levent Drumm'], note: 'KSV News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bNICU\\b', why: 'acronym of a common noun (the neonatal intensive-care unit, a hospital unit), not a named body' },
    { pattern: "\\b[Tt]he (?:ministry|hospital|department|federation|union|inspectorate|state inspectorate|group|parents’ group|parents' group|province|city|country|capital|government|minister|health minister|director|company|office|service|fire service|commission)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body; capitalized only at the start of a sentence)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Prosecutor General\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Tomislav Greben', cue: 'he told reporters', quote: 'My crews brought 11 babies out of that unit who could not be saved. I will not sign a report that says anything else' },
    { file: W, speaker: 'Nadezhda Karimova', cue: "said the group's chair, Nadejda Karimova", quote: 'They are counting files. We are counting our children' },
    { file: W, speaker: 'Ognyan Arvan', cue: 'he said', quote: 'Every cable we laid in that building was signed off by an independent engineer, and we have given the prosecutors every document we hold' },
    { file: L, speaker: 'Ljuba Dolinska', cue: 'said Ljuba Dolinska', quote: 'Our nurses are not electricians, but they know what sparks coming out of a wall look like' },
    { file: L, speaker: 'Kristijan Kunčar', cue: 'he said', quote: 'No bell, no siren, nothing. I heard a nurse screaming from a window' },
    { file: L, speaker: 'Branko Vuletić', cue: 'he said', quote: 'I will answer every question the inquiry puts to me. Today my job is the children who survived.' },
    { file: B, speaker: 'Blagoj Tanev', cue: 'said Blagoj Tanev', quote: 'The unit did not pass. We gave the hospital sixty days to fix the detectors, and we have no record that it did' },
    { file: B, speaker: 'Mirjana Osmani', cue: 'Ms Osmani said', quote: 'They rang me at four in the morning and told me to come. Nobody has told me what happened to her in that room' },
    { file: B, speaker: 'Stojan Berak', cue: 'Mr Berak told KSV News', quote: 'Dr Vuletić remains the director of this hospital. Nobody in this building has received an order to the contrary' },
    { file: D, speaker: 'Lidija Tomsa', cue: 'Mrs Tomsa said', quote: 'No mother and no father in this country will be told that this was nobody’s fault' },
    { file: D, speaker: 'Andrej Kolbin', cue: 'Dr Kolbin said', quote: 'We carried them out two at a time, because we only have two arms' },
    { file: D, speaker: 'Dušan Santrić', cue: 'said Dušan Santrić', quote: 'We have searched every register. There is no letter' },
    { file: X, speaker: 'Nadezhda Karimova', cue: 'said Nadezhda Karimova', quote: 'I do not need a commission to count to eleven' },
    { file: X, speaker: 'Zlata Hadzhieva', cue: 'she said', quote: 'If four machines were sharing one plug, it is because the new ward had too few sockets' },
    { file: X, speaker: 'Silvija Drobnak', cue: 'said Silvija Drobnak', quote: 'We will follow the cables and the paperwork wherever they lead, including to Ardmora' },
  ],

  contradictions: [
    {
      id: 'infants-died', level: 'core', kind: 'numeric',
      summary: 'Babies who died in the fire, as counted on Tuesday evening and Wednesday: eight according to the Ministry of Health (and the state-aligned paper, which calls higher figures "not correct"); 11 according to the National Fire Service (NFS) chief Tomislav Greben, whose crews carried them out, and the Tiny Hearts Parents\' Association, which published their first names.',
      sides: [
        { file: W, quote: 'The ministry said eight newborns had died in the fire', value: '8', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'The Health Ministry says eight babies died in the fire.', value: '8', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'The Health Ministry now puts the number of babies who died at eight', value: '8', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: 'On Wednesday the ministry again said eight babies had died.', value: '8', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'Figures published by the Ministry of Health show that eight newborns died.', value: '8', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'The Health Ministry says eight.', value: '8', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'My crews brought 11 babies out of that unit who could not be saved.', value: '11', speaker: 'Tomislav Greben', camp: 'B' },
        { file: W, quote: 'also said 11 families had lost a child and published the first names of all of them', value: '11', speaker: 'Tiny Hearts Parents’ Association', camp: 'B' },
        { file: L, quote: 'The fire service’s chief in the province says 11.', value: '11', speaker: 'Tomislav Greben', camp: 'B' },
        { file: L, quote: 'He says his crews brought out 11 babies who could not be saved.', value: '11', speaker: 'Tomislav Greben', camp: 'B' },
        { file: L, quote: 'Eleven families have been told today that their baby is gone.', value: '11', speaker: 'Nadezhda Karimova', camp: 'B' },
        { file: B, quote: 'The National Fire Service (NFS) and the Tiny Hearts Parents’ Association say 11 infants were killed', value: '11', speaker: 'National Fire Service', camp: 'B' },
        { file: X, quote: "The National Fire Service (NFS), whose crews carried the bodies out, and the Tiny Hearts Parents' Association, which has published the children's first names, both say 11.", value: '11', speaker: 'National Fire Service', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'polarity',
      summary: 'What started the fire: an oxygen concentrator that overheated while plugged into an overloaded extension lead with three other machines, according to the NFS chief Tomislav Greben (a "preliminary finding", relayed by the ministry in the state-aligned paper); sparks from a wall socket fitted when Lumenta Electric rewired the unit in autumn 2025, according to the nurses on the ward and the Federation of Nursing Staff (FNS). Lumenta says its work was certified; the minister says the cause is not yet known.',
      sides: [
        { file: W, quote: 'Greben said the fire began in an oxygen concentrator that overheated while plugged into an extension lead beside an incubator', value: 'oxygen concentrator', speaker: 'Tomislav Greben', camp: 'A' },
        { file: L, quote: 'He says the fire started in an oxygen concentrator, a machine that feeds oxygen to a cot, which overheated while it was plugged into an extension lead.', value: 'oxygen concentrator', speaker: 'Tomislav Greben', camp: 'A' },
        { file: L, quote: 'Four machines on one lead, next to a cot. That is where it began', value: 'extension lead', speaker: 'Tomislav Greben', camp: 'A' },
        { file: D, quote: 'Preliminary findings of the fire service point to a portable oxygen concentrator', value: 'oxygen concentrator', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'says the fire began in an oxygen concentrator that overheated on an extension lead shared with three other machines', value: 'oxygen concentrator', speaker: 'Tomislav Greben', camp: 'A' },
        { file: W, quote: 'said staff on the ward saw sparks from a wall socket fitted last autumn, when the unit was rewired by a private contractor, Lumenta Electric', value: 'wall socket of new wiring', speaker: 'Federation of Nursing Staff', camp: 'B' },
        { file: L, quote: 'The Federation of Nursing Staff (FNS) says its members on the ward saw sparks from a wall socket minutes before the fire took hold.', value: 'wall socket', speaker: 'Federation of Nursing Staff', camp: 'B' },
        { file: B, quote: 'nurses saw sparks coming from a new wall socket before the fire spread', value: 'new wall socket', speaker: 'Ljuba Dolinska', camp: 'B' },
        { file: X, quote: 'says nurses saw sparks from a wall socket installed when the unit was rewired last fall by Lumenta Electric', value: 'wall socket of new wiring', speaker: 'Federation of Nursing Staff', camp: 'B' },
      ],
    },
    {
      id: 'fire-alarm', level: 'core', kind: 'polarity',
      summary: 'Whether the fire alarm sounded: the hospital\'s director Dr Branko Vuletić (Vuletic) says it went off at 02:11 and staff began moving babies within a minute (repeated by the state-aligned paper as the hospital\'s records); the duty nurse Dragana Ilkova says she smelled smoke and nothing rang, and the father Kristijan Kunčar (Kuncar), in the car park, heard no bell and no siren.',
      sides: [
        { file: W, quote: 'told a news conference on Tuesday that the fire alarm had gone off at 2:11 a.m.', value: 'sounded 02:11', speaker: 'Branko Vuletić', camp: 'A' },
        { file: L, quote: 'He said the fire alarm sounded at 02:11 and that staff began carrying babies out within a minute.', value: 'sounded 02:11', speaker: 'Branko Vuletić', camp: 'A' },
        { file: D, quote: 'The hospital’s own records show that the fire alarm sounded at 02:11', value: 'sounded 02:11', speaker: 'Branko Vuletić', camp: 'A' },
        { file: X, quote: 'says the fire alarm sounded at 2:11 a.m.', value: 'sounded 02:11', speaker: 'Branko Vuletić', camp: 'A' },
        { file: W, quote: 'She said she had heard no alarm.', value: 'no alarm', speaker: 'Dragana Ilkova', camp: 'B' },
        { file: W, quote: 'I smelled the smoke before anything rang. Then nothing rang at all', value: 'nothing rang', speaker: 'Dragana Ilkova', camp: 'B' },
        { file: L, quote: 'No bell, no siren, nothing.', value: 'no alarm', speaker: 'Kristijan Kunčar', camp: 'B' },
        { file: X, quote: 'says she heard nothing and smelled the smoke first', value: 'no alarm', speaker: 'Dragana Ilkova', camp: 'B' },
        { file: X, quote: 'says there was no bell and no siren', value: 'no alarm', speaker: 'Kristijan Kunčar', camp: 'B' },
      ],
    },
    {
      id: 'fire-inspection', level: 'secondary', kind: 'polarity',
      summary: 'Whether the neonatal unit passed its fire-safety inspection of September 2025: passed, according to the Ministry of Health and the government (repeated by the state-aligned paper); failed, according to the Hospital Safety Inspectorate (HSI), which carried it out and found smoke detectors in two of four rooms not connected to the central alarm panel.',
      sides: [
        { file: W, quote: 'The ministry said the unit had passed a fire-safety inspection in September 2025.', value: 'passed', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: 'The Health Ministry has said the unit passed that inspection.', value: 'passed', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'The ministry said the neonatal unit had passed a fire-safety inspection in September last year', value: 'passed', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'The government says the unit passed a fire-safety inspection in September 2025', value: 'passed', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: 'Burned baby unit failed its fire check, inspectors say', value: 'failed', speaker: 'Hospital Safety Inspectorate', camp: 'B' },
        { file: B, quote: 'The state inspectorate says the neonatal unit failed its last fire-safety inspection', value: 'failed', speaker: 'Hospital Safety Inspectorate', camp: 'B' },
        { file: B, quote: 'The unit did not pass.', value: 'did not pass', speaker: 'Blagoj Tanev', camp: 'B' },
        { file: X, quote: 'says the unit failed it because smoke detectors in two rooms were not connected to the central alarm panel', value: 'failed', speaker: 'Hospital Safety Inspectorate', camp: 'B' },
      ],
    },
    {
      id: 'engine-arrival', level: 'core', kind: 'temporal',
      summary: 'When the first fire engine reached the hospital after the 02:14 call: at 02:21, seven minutes later, according to the National Fire Service (repeated by the state-aligned paper); at 02:48, 34 minutes after the call, according to the Federation of Nursing Staff and its president Ljuba Dolinska and the father Kristijan Kunčar, who was on the phone in the car park.',
      sides: [
        { file: W, quote: 'its first engine reached the hospital at 2:21 a.m., seven minutes later', value: '02:21', speaker: 'National Fire Service', camp: 'A' },
        { file: L, quote: 'The first engine, he said, was at the hospital seven minutes after the call.', value: '7 minutes', speaker: 'Tomislav Greben', camp: 'A' },
        { file: B, quote: 'The NFS says its first crew arrived at 02:21.', value: '02:21', speaker: 'National Fire Service', camp: 'A' },
        { file: D, quote: 'Fire crews were at the scene within seven minutes of the call', value: '7 minutes', speaker: 'National Fire Service', camp: 'A' },
        { file: X, quote: 'its first engine arrived at 2:21 a.m.', value: '02:21', speaker: 'National Fire Service', camp: 'A' },
        { file: L, quote: 'The first fire engine came through the gate at 02:48.', value: '02:48', speaker: 'Kristijan Kunčar', camp: 'B' },
        { file: B, quote: 'Nurses say the first fire engine arrived 34 minutes after the call', value: '34 minutes', speaker: 'Federation of Nursing Staff', camp: 'B' },
        { file: B, quote: 'the first engine did not arrive until 02:48, 34 minutes after the call', value: '02:48', speaker: 'Ljuba Dolinska', camp: 'B' },
        { file: X, quote: 'say the first engine did not arrive until 2:48 a.m.', value: '02:48', speaker: 'Federation of Nursing Staff', camp: 'B' },
      ],
    },
    {
      id: 'director-suspended', level: 'secondary', kind: 'status',
      summary: 'Whether the hospital\'s director Dr Branko Vuletić (Vuletic) is suspended: Health Minister Lidija Tomsa says she suspended him on Wednesday for the length of the inquiry (the state-aligned paper names his deputy as in charge); Stojan Berak, head of the Vyrnak Provincial Health Department that employs him, says only the province can suspend him and that he remains director and is running the hospital, and the hospital says he is still in post.',
      sides: [
        { file: W, quote: 'On Wednesday, Tomsa said she had suspended Vuletic pending the outcome of an inquiry by a government commission.', value: 'suspended', speaker: 'Lidija Tomsa', camp: 'A' },
        { file: B, quote: 'Health Minister Lidija Tomsa said on Wednesday morning that she had suspended the hospital’s director', value: 'suspended', speaker: 'Lidija Tomsa', camp: 'A' },
        { file: D, quote: 'On Wednesday, however, the minister suspended Dr Vuletić from his post for the duration of the inquiry.', value: 'suspended', speaker: 'Lidija Tomsa', camp: 'A' },
        { file: X, quote: 'Health Minister Lidija Tomsa says she suspended Vuletic on Wednesday for the length of the inquiry.', value: 'suspended', speaker: 'Lidija Tomsa', camp: 'A' },
        { file: B, quote: 'Dr Vuletić remains the director of this hospital.', value: 'in post', speaker: 'Stojan Berak', camp: 'B' },
        { file: B, quote: 'He is running the hospital today, as he did yesterday.', value: 'in post', speaker: 'Stojan Berak', camp: 'B' },
        { file: X, quote: 'says only it can suspend him and that he remains director', value: 'in post', speaker: 'Vyrnak Provincial Health Department', camp: 'B' },
        { file: X, quote: 'The hospital says he is still in post', value: 'in post', speaker: 'Velišta Children’s Hospital', camp: 'B' },
      ],
    },
    {
      id: 'repair-letters', level: 'secondary', kind: 'polarity',
      summary: 'Whether the hospital asked the Ministry of Health in writing for repairs to the unit\'s fire alarm: the director\'s office says it wrote twice, in March and June 2025, asking for money to replace the fire alarm and fit sprinklers, and showed copies to KSV News; the ministry and its secretary general Dušan Santrić say no written request ever reached it.',
      sides: [
        { file: W, quote: "Vuletic's office said on Tuesday that it had written to the ministry about the alarms twice last year.", value: 'two letters', speaker: 'Branko Vuletić', camp: 'A' },
        { file: B, quote: 'The hospital says it asked the ministry in writing for a new fire alarm', value: 'asked in writing', speaker: 'Velišta Children’s Hospital', camp: 'A' },
        { file: B, quote: 'His office sent KSV News copies of two letters, dated March and June 2025, asking the ministry for funds to replace the unit’s fire alarm', value: 'two letters', speaker: 'Branko Vuletić', camp: 'A' },
        { file: X, quote: "Vuletic's office says it wrote to the ministry in March and June 2025 asking for money to replace the unit's fire alarm and fit sprinklers", value: 'two letters', speaker: 'Branko Vuletić', camp: 'A' },
        { file: W, quote: 'It also said it had never received a written request from the hospital for repairs to its fire-alarm system.', value: 'none received', speaker: 'Ministry of Health', camp: 'B' },
        { file: B, quote: 'The ministry says it received no such request.', value: 'none received', speaker: 'Ministry of Health', camp: 'B' },
        { file: D, quote: 'No written request for repairs to the unit’s fire alarm had ever reached the ministry from the hospital, the ministry said.', value: 'none received', speaker: 'Ministry of Health', camp: 'B' },
        { file: D, quote: 'We have searched every register. There is no letter', value: 'no letter', speaker: 'Dušan Santrić', camp: 'B' },
        { file: X, quote: 'The ministry says no written request ever reached it.', value: 'none received', speaker: 'Ministry of Health', camp: 'B' },
      ],
    },
    {
      id: 'two-arms-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "We carried them out two at a time, because we only have two arms" is credited to the duty nurse Dragana Ilkova by the wire and to the duty doctor Andrej Kolbin by the state-aligned paper.',
      sides: [
        { file: W, quote: '"We carried them out two at a time, because we only have two arms," Ilkova told Gantline', speaker: 'Dragana Ilkova', camp: 'A' },
        { file: D, quote: '“We carried them out two at a time, because we only have two arms,” Dr Kolbin said', speaker: 'Andrej Kolbin', camp: 'B' },
      ],
    },
    {
      id: 'transfers-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 18 babies had been moved to other hospitals, then corrected it to 15, the hospital\'s figure (three stayed on its paediatric ward); the explainer also says 15.',
      sides: [
        { file: L, quote: 'The hospital says 18 babies have been moved to other hospitals, several of them to the capital, Ardmora.', value: '18', speaker: 'Velišta Children’s Hospital', camp: 'A' },
        { file: L, quote: 'The hospital says 15 were transferred; three stayed on its paediatric ward on the ground floor.', value: '15', speaker: 'Velišta Children’s Hospital', camp: 'B' },
        { file: X, quote: 'Of the survivors, 15 were transferred to other hospitals overnight.', value: '15', speaker: 'The Abacus', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'firefighters-rounded', kind: 'numeric',
      summary: '62 firefighters (wire) and "some 60 firefighters" (state-aligned paper), both from the National Fire Service, are one figure, rounded.',
      sides: [
        { file: W, quote: 'The service sent 62 firefighters and 14 engines', value: '62' },
        { file: D, quote: 'which sent some 60 firefighters', value: '~60' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Six newborns dead on Tuesday morning (the provincial health department, in the live blog) and eight on Tuesday evening "up from six in the morning" (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Six newborns have died, the Vyrnak Provincial Health Department says.', value: '6 (Tuesday morning)' },
        { file: W, quote: "The ministry's toll rose to eight on Tuesday evening, up from six in the morning", value: '8 (Tuesday evening)' },
      ],
    },
    {
      id: 'unit-vs-building', kind: 'numeric',
      summary: 'The 26 babies in the neonatal unit and the 112 patients evacuated from the whole building are different sets, not rival counts.',
      sides: [
        { file: B, quote: 'The hospital says all 26 babies on the unit were accounted for by 03:30.', value: '26 (unit)' },
        { file: X, quote: 'Staff and firefighters evacuated all 112 patients from the building.', value: '112 (building)' },
      ],
    },
    {
      id: 'ardmora-part', kind: 'numeric',
      summary: 'The nine babies taken to the National Children\'s Hospital in Ardmora (explainer) are part of the 15 moved to other hospitals (web story), not a rival count.',
      sides: [
        { file: B, quote: 'Fifteen babies were moved to other hospitals during the night', value: '15 (all transfers)' },
        { file: X, quote: "Nine of them went to the National Children's Hospital in Ardmora, the capital.", value: '9 (to Ardmora)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a criminal case for negligence causing death" (wire) and "an investigation into negligence resulting in death" (web story) describe the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: "The Prosecutor General's Office said it had opened a criminal case for negligence causing death.", value: 'criminal case opened' },
        { file: B, quote: 'Prosecutors have opened an investigation into negligence resulting in death.', value: 'investigation opened' },
      ],
    },
    {
      id: 'crowd-about-more-than', kind: 'numeric',
      summary: '"More than 200 people" (wire) and "About 250 relatives and neighbours" (web story) waiting outside the hospital on Lipova Street during the night of the fire are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 200 people, many of them parents who had been told to go home for the night, waited behind police tape on Lipova Street until dawn.', value: '>200' },
        { file: B, quote: 'About 250 relatives and neighbours stood outside the gates on Lipova Street while the fire burned.', value: '~250' },
      ],
    },
    {
      id: 'kresnova-2019', kind: 'numeric',
      summary: 'The four newborns killed in the 2019 fire at a maternity hospital in Kresnova belong to another, earlier fire, not a rival figure for this fire\'s toll.',
      sides: [
        { file: X, quote: 'The previous worst, at a maternity hospital in Kresnova in 2019, killed four newborns.', value: '4 (Kresnova, 2019)' },
        { file: X, quote: "Even by the official count of eight, Tuesday's fire is the deadliest in a Soltavian hospital in living memory.", value: '8 (Velišta, 2026)' },
      ],
    },
  ],
};
