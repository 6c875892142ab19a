// Hand-written gold source for the explosion at 14 Jasmínová Street in Tarnovel, Halvoria
// (invented event, November 2026). build-gold.mjs turns it into ../gold/gas-explosion.json.
// The wire is plain .txt (headline, outlet and date lines, a "(Reporting by ...)" line); the live
// blog and the explainer imitate pages saved from news sites (site name, "Skip to content",
// navigation bar, headline twice, byline with role, "Updated" line, "Advertisement", a caption
// with a photo credit, "Read more" lines, "Share this article"; the explainer also has footnote
// markers, a numbered source list and an author bio); the web story is Markdown converted from a
// news page (breadcrumb links, `# Headline`, italic standfirst, byline with links,
// "Published ... · Updated ..." line, image line with caption and credit, key points, "Read more"
// links); the state-aligned paper is Markdown with YAML front matter and no headline in the body.
// Site names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's reporting line, the source list and the bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts,
// captions and credits are counted text. Link URLs are in ignore.
const W = 'cresset-wire.txt'; // Cresset wire (Tuesday 10 November), US style, straight quotes, writes Tarnogas, Sokolitse, Jasminova, Vrbova, Vitek, Simunkova, Stastny, Machova, Brazda
const L = '41d92459f6ca2612.txt'; // The Tarnovel Listener live blog, newest first (Monday 9 November, 07:05 to 22:30), UK style, curly quotes
const B = 'd8ef62a0224d2461.md'; // TBV News web story (Tuesday 10 November, evening), UK style, curly quotes
const D = 'c05ce4203dbb2977.md'; // state-aligned The National Torch (Wednesday 11 November), YAML front matter, UK style, curly quotes
const X = 'beef6af196e8c8de.txt'; // The Skein explainer in questions (Thursday 12 November), US style, straight quotes, writes Tarnogas, Jasminova, Vrbova, Vitek, Simunkova, Stastny, Lanska, Hruska, Lesni

export default {
  corpus: 'gas-explosion',
  note: 'Invented event written for the project: early on Monday 9 November 2026 an explosion brings down the middle section, from the fourth floor up, of the nine-storey block of 72 flats at 14 Jasmínová Street (Jasminova in the wire and the explainer), in the Sokolice district (Sokolitse in the wire) of Tarnovel, in the fictional country of Halvoria; seven people are pulled alive from the rubble and 31 are taken to hospital. Five invented outlets: the Cresset wire (Tuesday), The Tarnovel Listener live blog, newest first (Monday 07:05 to 22:30), the TBV News web story (Tuesday evening), the state-aligned The National Torch (Wednesday) and The Skein explainer (Thursday); four files have random names. The Interior Ministry and Interior Minister Petr Halouzka, the mayor Helena Vrbová (Vrbova in the wire and the explainer) of the opposition Democratic Forum and City Hall, the State Fire and Rescue Service (SFRS) and its regional commander Col Bohdan Vítek (Vitek), the state-owned gas distributor Tarnogaz (Tarnogas in the wire and the explainer), its spokeswoman Ivana Machová (Machova) and its chief executive Marek Lipský, the Regional Prosecutor\'s Office and its spokesman Adam Veselý, the Tarnovel Seismological Observatory, the State Construction Inspectorate (SCI) and its director Libor Hruška (Hruska), the engineer Radim Šťastný (Stastny) and his lawyer Petra Lánská (Lanska), and the residents Daniela Šimůnková (Simunkova) and Tomáš Rybář disagree about the dead (nine by the ministry, 13 by the mayor), what exploded and who is to blame (a gas leak in the basement riser of Tarnogaz\'s network, by the fire service; a possible bomb, by the minister and the state-aligned paper), whether residents reported a smell of gas beforehand (yes, by residents and prosecutors; no report ever reached it, by Tarnogaz), when they first reported it (Sunday at about 20:30, by residents; the first call at 05:58 on Monday, by prosecutors), the flats destroyed (18 by the SFRS, 24 by the mayor), whether the block will be demolished (by the mayor) or repaired (by the SCI), whether the engineer is in custody (by the minister and a police source in the wire) or went home after questioning as a witness (by his lawyer and Tarnogaz), and the time of the blast (06:47 by the SFRS, 06:32 by the observatory and residents); the live blog corrects its own count of people pulled alive from the rubble (12, then seven). 117 firefighters and "Some 120 firefighters" are one figure rounded; four dead in the morning and six "up from four" at midday are a toll reported as updated; the 180 residents of the block and the 340 people evacuated from it and two neighbouring buildings are different sets; the four in intensive care are part of the 31 taken to hospital; "cut the gas supply to the whole Sokolitse district" and "switched off gas across the Sokolice district" are synonyms; "More than 100 residents" and "About 120 residents" in the school gym agree; the six killed in Velbor in 2023 belong to an earlier explosion. "Halvorian" is a demonym; "Tarnovel" inside Tarnovel University Hospital, Tarnovel Seismological Observatory and The Tarnovel Listener is nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 52, 75, 76, 78],
    [B]: [1, 7, 9, 21, 45, 75, 76, 77],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 75, 76, 77, 78, 79, 81],
  },

  actors: [
    // places
    { id: 'halvoria', name: 'Halvoria', type: 'place', forms: ['Halvoria'], note: 'the country; "Halvorian" is a demonym; "the country" is nominal' },
    { id: 'tarnovel', name: 'Tarnovel', type: 'place', forms: ['Tarnovel', 'TARNOVEL'], note: 'the city of the blast (datelines in capitals); nested in Tarnovel University Hospital, Tarnovel Seismological Observatory and The Tarnovel Listener; "the city" is nominal' },
    { id: 'sokolice', name: 'Sokolice', type: 'place', forms: ['Sokolice', 'Sokolitse'], note: 'the district of the block (Sokolitse in the wire); "the district" is nominal' },
    { id: 'jasminova', name: 'Jasmínová Street', type: 'place', forms: ['Jasmínová Street', 'Jasminova Street'], note: 'the street of the block (Jasminova in the wire and the explainer); the house number "14" is outside the span' },
    { id: 'lesni', name: 'Lesní Street', type: 'place', forms: ['Lesní Street', 'Lesni Street'], note: 'the street of the school whose gym shelters residents (Lesni in the explainer)' },
    { id: 'velbor', name: 'Velbor', type: 'place', forms: ['Velbor'], note: 'town of an earlier (2023) gas explosion' },
    // organizations
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'the national interior ministry; "the ministry", "his ministry" are nominal' },
    { id: 'tarnogaz', name: 'Tarnogaz', type: 'organization', forms: ['Tarnogaz', 'Tarnogas'], note: 'the state-owned regional gas distributor (Tarnogas in the wire and the explainer); "Tarnogas\'s emergency line" holds a mention; "the company", "the gas company" are nominal' },
    { id: 'sfrs', name: 'State Fire and Rescue Service', type: 'organization', forms: ['State Fire and Rescue Service', 'SFRS'], note: 'the fire service, defined as (SFRS); "the fire service", "the service" are nominal' },
    { id: 'prosecutor', name: 'Regional Prosecutor\'s Office', type: 'organization', forms: ['Regional Prosecutor\'s Office', 'Regional Prosecutor’s Office'], note: 'the prosecution service (straight or curly apostrophe; the \'s belongs to the name); "the prosecutor\'s office" and lowercase "prosecutors" are nominal' },
    { id: 'hospital', name: 'Tarnovel University Hospital', type: 'organization', forms: ['Tarnovel University Hospital'], note: 'the hospital of the injured; the place inside it is nested; "the hospital" is nominal' },
    { id: 'observatory', name: 'Tarnovel Seismological Observatory', type: 'organization', forms: ['Tarnovel Seismological Observatory'], note: 'the observatory that recorded the blast at 06:32; "the observatory" is nominal' },
    { id: 'sci', name: 'State Construction Inspectorate', type: 'organization', forms: ['State Construction Inspectorate', 'SCI'], note: 'the building inspectorate, defined as (SCI); "the building inspectorate" is nominal' },
    { id: 'city-hall', name: 'City Hall', type: 'organization', forms: ['City Hall'], note: 'Tarnovel\'s city administration ("at City Hall", "City Hall has published")' },
    { id: 'democratic-forum', name: 'Democratic Forum', type: 'organization', forms: ['Democratic Forum'], note: 'the opposition party of the mayor and of Karel Brázda' },
    { id: 'cresset', name: 'Cresset', type: 'organization', forms: ['Cresset'], note: 'the wire agency: the dateline "(Cresset)", "told Cresset" and the explainer\'s "Cresset, citing a police source" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'listener', name: 'The Tarnovel Listener', type: 'organization', forms: ['The Tarnovel Listener'], note: 'the city paper running the live blog: its photo credit is a mention; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'tbv', name: 'TBV News', type: 'organization', forms: ['TBV News'], note: 'the broadcaster\'s news site: "told TBV News" and its photo credit (reused by the explainer) are mentions; its breadcrumb line is metadata' },
    { id: 'torch', name: 'The National Torch', type: 'organization', forms: ['The National Torch'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "According to The National Torch, a paper close to the government" is a mention' },
    { id: 'skein', name: 'The Skein', type: 'organization', forms: ['The Skein'], note: 'the explainer\'s site: "when The Skein asked", "told The Skein" are mentions; its site-name line and the author bio are metadata' },
    // people
    { id: 'vrbova', name: 'Helena Vrbová', type: 'person', forms: ['Helena Vrbová', 'Helena Vrbova', 'Vrbová', 'Vrbova'], note: 'mayor of Tarnovel, of the Democratic Forum (Vrbova in the wire and the explainer); "Mayor", "Ms" are outside the span; "the mayor" is nominal' },
    { id: 'halouzka', name: 'Petr Halouzka', type: 'person', forms: ['Petr Halouzka', 'Halouzka'], note: 'Interior Minister; the title before the name is outside the span; "the minister", "The Interior Minister" without a name are nominal' },
    { id: 'vitek', name: 'Bohdan Vítek', type: 'person', forms: ['Bohdan Vítek', 'Bohdan Vitek', 'Vitek'], note: 'regional commander of the SFRS (Vitek in the wire and the explainer); "Col", "Col." are outside the span' },
    { id: 'machova', name: 'Ivana Machová', type: 'person', forms: ['Ivana Machová', 'Ivana Machova'], note: 'Tarnogaz spokeswoman (Machova in the wire)' },
    { id: 'lipsky', name: 'Marek Lipský', type: 'person', forms: ['Marek Lipský'], note: 'Tarnogaz chief executive, in the state-aligned paper' },
    { id: 'simunkova', name: 'Daniela Šimůnková', type: 'person', forms: ['Daniela Šimůnková', 'Daniela Simunkova', 'Simunkova'], note: 'a resident of the sixth floor who says she called on Sunday evening (Simunkova in the wire and the explainer)' },
    { id: 'rybar', name: 'Tomáš Rybář', type: 'person', forms: ['Tomáš Rybář'], note: 'a resident of the third floor, in the live blog' },
    { id: 'stastny', name: 'Radim Šťastný', type: 'person', forms: ['Radim Šťastný', 'Radim Stastny', 'Šťastný'], note: 'the Tarnogaz engineer sent to the block (Stastny in the wire and the explainer); "Mr Šťastný" -> "Šťastný"' },
    { id: 'lanska', name: 'Petra Lánská', type: 'person', forms: ['Petra Lánská', 'Petra Lanska', 'Lánská', 'Lanska'], note: 'the engineer\'s lawyer (Lanska in the explainer); "Ms Lánská" -> "Lánská"' },
    { id: 'vesely', name: 'Adam Veselý', type: 'person', forms: ['Adam Veselý', 'Veselý'], note: 'spokesman of the Regional Prosecutor\'s Office, in the web story; "Mr Veselý" -> "Veselý"' },
    { id: 'hruska', name: 'Libor Hruška', type: 'person', forms: ['Libor Hruška', 'Libor Hruska', 'Hruška'], note: 'director of the SCI (Hruska in the explainer); "Mr Hruška" -> "Hruška"' },
    { id: 'brazda', name: 'Karel Brázda', type: 'person', forms: ['Karel Brázda', 'Karel Brazda'], note: 'opposition Democratic Forum MP (Brazda in the wire)' },
    { id: 'koubkova', name: 'Jarmila Koubková', type: 'person', forms: ['Jarmila Koubková'], note: 'a retired teacher found alive after 14 hours, in the state-aligned paper' },
    { id: 'malina', name: 'Ondřej Malina', type: 'person', forms: ['Ondřej Malina'], note: 'Prime Minister, in the state-aligned paper' },
    { id: 'kolarova', name: 'Renata Kolářová', type: 'person', forms: ['Renata Kolářová'], note: 'former chief of the SFRS fire investigation unit, in the explainer' },
    { id: 'kocian', name: 'Jan Kocián', type: 'person', forms: ['Jan Kocián'], note: 'The Tarnovel Listener photographer: his byline is metadata; his photo credit is a mention' },
    { id: 'marten', name: 'Ilse Marten', type: 'person', forms: ['Ilse Marten'], note: 'TBV News reporter: her byline is metadata; her photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|company|state gas company|gas company|service|fire service|city|hospital|observatory|building inspectorate|inspectorate|mayor|minister|Interior Minister|prosecutor's office|prosecutors|government|district|country|lab|laboratory)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body; capitalized only at the start of a sentence)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Regional Prosecutor\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Helena Vrbová', cue: 'she told reporters at City Hall', quote: 'I have 13 names on my desk and 13 families to call. I will not pretend there are nine' },
    { file: W, speaker: 'Bohdan Vítek', cue: 'Vitek told Cresset', quote: 'Everything we have seen points to gas: the smell, the burn pattern, the meter room. I have not seen one thing that looks like a bomb' },
    { file: W, speaker: 'Petr Halouzka', cue: 'he said', quote: 'Until the laboratory tells me otherwise, I am treating this as a possible crime' },
    { file: L, speaker: 'Tomáš Rybář', cue: 'he said', quote: 'The stairs have smelled of gas since Saturday. My wife rang the gas company on Sunday night, at half past eight' },
    { file: L, speaker: 'Petr Halouzka', cue: 'he said:', quote: 'We are not ruling anything out, including a deliberate act. Our experts have found traces that have to be examined.' },
    { file: L, speaker: 'Helena Vrbová', cue: 'she said', quote: 'I will not ask a single family to go back into that building. It will be demolished, and the city will pay for new homes' },
    { file: B, speaker: 'Petra Lánská', cue: 'Ms Lánská told TBV News', quote: 'He answered every question, he signed his statement and he went home to his children. He has not been detained and he has not been charged' },
    { file: B, speaker: 'Adam Veselý', cue: 'Mr Veselý said', quote: 'Our evidence so far is that the first call reporting a smell of gas at this address reached the company’s dispatch centre at 05:58 on Monday' },
    { file: B, speaker: 'Libor Hruška', cue: 'Mr Hruška said', quote: 'This building can be repaired, and our recommendation is that it should be. Knocking down 48 good flats would be a second disaster for these families' },
    { file: D, speaker: 'Petr Halouzka', cue: 'Mr Halouzka said', quote: 'I will not allow anyone to hide behind the word ‘accident’ before the laboratory has spoken. If somebody put a device in that basement, we will find him' },
    { file: D, speaker: 'Marek Lipský', cue: 'he said', quote: 'Our network in Sokolice is among the newest in the country. We have nothing to hide and we will not guess' },
    { file: D, speaker: 'Bohdan Vítek', cue: 'said Col Bohdan Vítek', quote: 'We heard her knocking on a pipe. That is how we found her' },
    { file: X, speaker: 'Renata Kolářová', cue: 'said Renata Kolářová', quote: "A minister who says 'bomb' before the lab says anything is not investigating. He is campaigning" },
    { file: X, speaker: 'Daniela Šimůnková', cue: 'Simunkova told The Skein on Wednesday', quote: 'I called, and I will say it in any court' },
    { file: X, speaker: 'Petra Lánská', cue: 'Lanska told The Skein on Wednesday', quote: 'My client slept in his own bed last night and the night before' },
  ],

  contradictions: [
    {
      id: 'toll', level: 'core', kind: 'numeric',
      summary: 'People killed in the explosion: nine according to the Interior Ministry (repeated by the state-aligned paper, which calls higher figures "irresponsible"); 13 according to the mayor Helena Vrbová (Vrbova) and City Hall, which published the victims\' first names and count four who died in Tarnovel University Hospital.',
      sides: [
        { file: W, quote: 'The Interior Ministry said nine people had been killed when the blast brought down the middle section', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'The toll rose to nine on Monday evening, the ministry said, and had not changed since.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry says nine people have died.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry now puts the toll at nine, up from six this afternoon.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The Interior Ministry said again on Tuesday that nine people had died.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'According to the Interior Ministry, nine people died.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The Interior Ministry says nine.', value: '9', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: "Tarnovel's mayor, Helena Vrbova, said 13 people had died, including four who died in hospital.", value: '13', speaker: 'Helena Vrbová', camp: 'B' },
        { file: W, quote: 'I have 13 names on my desk and 13 families to call.', value: '13', speaker: 'Helena Vrbová', camp: 'B' },
        { file: B, quote: 'Mayor Helena Vrbová said 13 were dead, including four who died in Tarnovel University Hospital.', value: '13', speaker: 'Helena Vrbová', camp: 'B' },
        { file: B, quote: 'The city says 13 people died', value: '13', speaker: 'City Hall', camp: 'B' },
        { file: D, quote: 'has published a toll of 13', value: '13', speaker: 'Helena Vrbová', camp: 'B' },
        { file: X, quote: "Tarnovel's mayor, Helena Vrbova, says 13", value: '13', speaker: 'Helena Vrbová', camp: 'B' },
      ],
    },
    {
      id: 'gas-or-bomb', level: 'core', kind: 'attribution',
      summary: 'What exploded, and so who is to blame: a gas leak in the basement riser of Tarnogaz\'s network, according to the State Fire and Rescue Service (SFRS) and its regional commander Col Bohdan Vítek (Vitek), who saw "not one thing that looks like a bomb"; a possible bomb planted by someone, according to Interior Minister Petr Halouzka, who says forensic specialists found "traces of a substance that is not gas" (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'said everything his crews had found pointed to a gas leak in the basement riser', value: 'gas leak', speaker: 'Bohdan Vítek', camp: 'A' },
        { file: W, quote: 'I have not seen one thing that looks like a bomb', value: 'not a bomb', speaker: 'Bohdan Vítek', camp: 'A' },
        { file: L, quote: 'The fire service says the evidence points to a gas leak.', value: 'gas leak', speaker: 'State Fire and Rescue Service', camp: 'A' },
        { file: L, quote: 'We found the meter room blown outward. That is what gas does', value: 'gas', speaker: 'Bohdan Vítek', camp: 'A' },
        { file: B, quote: 'said on Monday that the evidence pointed to a leak in the gas riser in the basement', value: 'gas leak', speaker: 'Bohdan Vítek', camp: 'A' },
        { file: X, quote: 'says the evidence points to a gas leak in the basement riser', value: 'gas leak', speaker: 'Bohdan Vítek', camp: 'A' },
        { file: W, quote: 'an explosive device could not be excluded', value: 'possible bomb', speaker: 'Petr Halouzka', camp: 'B' },
        { file: W, quote: 'Until the laboratory tells me otherwise, I am treating this as a possible crime', value: 'possible crime', speaker: 'Petr Halouzka', camp: 'B' },
        { file: L, quote: 'The Interior Minister says a bomb has not been ruled out.', value: 'possible bomb', speaker: 'Petr Halouzka', camp: 'B' },
        { file: L, quote: 'We are not ruling anything out, including a deliberate act.', value: 'deliberate act', speaker: 'Petr Halouzka', camp: 'B' },
        { file: B, quote: 'Interior Minister Petr Halouzka has said a bomb cannot be excluded', value: 'possible bomb', speaker: 'Petr Halouzka', camp: 'B' },
        { file: D, quote: 'had found “traces of a substance that is not gas” in the basement', value: 'not gas', speaker: 'Petr Halouzka', camp: 'B' },
        { file: D, quote: 'If somebody put a device in that basement, we will find him', value: 'device', speaker: 'Petr Halouzka', camp: 'B' },
        { file: X, quote: 'Interior Minister Petr Halouzka says a bomb cannot be excluded.', value: 'possible bomb', speaker: 'Petr Halouzka', camp: 'B' },
      ],
    },
    {
      id: 'smell-reported', level: 'core', kind: 'polarity',
      summary: 'Whether anyone reported a smell of gas at the building before the explosion: yes, according to residents (Daniela Šimůnková, Simunkova, says she called the emergency line herself; Tomáš Rybář says his wife did) and to the Regional Prosecutor\'s Office, which says a call reached the company\'s dispatch and an engineer was sent; no, according to Tarnogaz (Tarnogas) and its spokeswoman Ivana Machová, which say no report of any kind reached the company before the blast (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'I told them the whole stairwell smelled of gas. They said someone would come. Nobody came', value: 'reported', speaker: 'Daniela Šimůnková', camp: 'A' },
        { file: W, quote: "the company's dispatch center had received a call reporting a smell of gas at the address", value: 'reported', speaker: 'Regional Prosecutor\'s Office', camp: 'A' },
        { file: L, quote: 'I told them the whole stairwell smelled of gas', value: 'reported', speaker: 'Daniela Šimůnková', camp: 'A' },
        { file: B, quote: 'I gave them the address and the stairwell and I spelled my name. Someone wrote it down', value: 'reported', speaker: 'Daniela Šimůnková', camp: 'A' },
        { file: X, quote: 'Residents say yes.', value: 'reported', speaker: 'Daniela Šimůnková', camp: 'A' },
        { file: W, quote: 'Tarnogas said it had no record of any call about the building before the explosion.', value: 'no report', speaker: 'Tarnogaz', camp: 'B' },
        { file: L, quote: 'has no record of any report of a gas smell at this address before the incident', value: 'no report', speaker: 'Tarnogaz', camp: 'B' },
        { file: B, quote: 'Tarnogaz says no report of a gas smell at the building reached it before the explosion, either on Sunday or on Monday morning.', value: 'no report', speaker: 'Tarnogaz', camp: 'B' },
        { file: B, quote: 'We have checked every call and every message. There is nothing', value: 'no report', speaker: 'Ivana Machová', camp: 'B' },
        { file: D, quote: 'that it had no record of any complaint about a smell of gas at the address before the explosion', value: 'no report', speaker: 'Tarnogaz', camp: 'B' },
        { file: X, quote: 'says no report of a gas smell at the building reached it before the explosion at all', value: 'no report', speaker: 'Tarnogaz', camp: 'B' },
      ],
    },
    {
      id: 'first-report-time', level: 'secondary', kind: 'temporal',
      summary: 'When the smell of gas was first reported to the gas company: at 05:58 on Monday, less than an hour before the blast, according to the Regional Prosecutor\'s Office and its spokesman Adam Veselý ("the first call"); on Sunday evening at about 20:30, more than ten hours before, according to the residents Daniela Šimůnková (Simunkova) and Tomáš Rybář.',
      sides: [
        { file: B, quote: 'prosecutors say the first call came less than an hour before the explosion', value: 'Monday 05:58', speaker: 'Regional Prosecutor\'s Office', camp: 'A' },
        { file: B, quote: 'the first call reporting a smell of gas at this address reached the company’s dispatch centre at 05:58 on Monday', value: 'Monday 05:58', speaker: 'Adam Veselý', camp: 'A' },
        { file: X, quote: 'says the first call reporting gas at the address reached the company at 5:58 a.m. on Monday', value: 'Monday 05:58', speaker: 'Regional Prosecutor\'s Office', camp: 'A' },
        { file: W, quote: "had called the company's emergency line at about 8:30 p.m. on Sunday", value: 'Sunday 20:30', speaker: 'Daniela Šimůnková', camp: 'B' },
        { file: L, quote: 'My wife rang the gas company on Sunday night, at half past eight', value: 'Sunday 20:30', speaker: 'Tomáš Rybář', camp: 'B' },
        { file: L, quote: 'I called them myself on Sunday evening.', value: 'Sunday evening', speaker: 'Daniela Šimůnková', camp: 'B' },
        { file: B, quote: 'Residents say they reported a smell of gas on Sunday evening', value: 'Sunday evening', speaker: 'Daniela Šimůnková', camp: 'B' },
        { file: B, quote: 'says she rang the company’s emergency line at about 20:30 on Sunday, more than ten hours before the blast', value: 'Sunday 20:30', speaker: 'Daniela Šimůnková', camp: 'B' },
        { file: X, quote: "says she called Tarnogas's emergency line at about 8:30 p.m. on Sunday, Nov. 8", value: 'Sunday 20:30', speaker: 'Daniela Šimůnková', camp: 'B' },
      ],
    },
    {
      id: 'flats-destroyed', level: 'secondary', kind: 'numeric',
      summary: 'Flats destroyed: 18, all in the middle section, according to the SFRS (repeated by the state-aligned paper); 24 according to the mayor Helena Vrbová (Vrbova).',
      sides: [
        { file: W, quote: 'The SFRS said 18 flats had been destroyed', value: '18', speaker: 'State Fire and Rescue Service', camp: 'A' },
        { file: D, quote: 'The service said 18 flats had been destroyed, all in the middle section of the building.', value: '18', speaker: 'State Fire and Rescue Service', camp: 'A' },
        { file: X, quote: 'The SFRS says 18 flats were destroyed, all in the middle section.', value: '18', speaker: 'State Fire and Rescue Service', camp: 'A' },
        { file: L, quote: 'She said 24 flats had been destroyed', value: '24', speaker: 'Helena Vrbová', camp: 'B' },
        { file: B, quote: 'Ms Vrbová says 24 flats were destroyed', value: '24', speaker: 'Helena Vrbová', camp: 'B' },
        { file: X, quote: 'Mayor Vrbova says 24.', value: '24', speaker: 'Helena Vrbová', camp: 'B' },
      ],
    },
    {
      id: 'demolition', level: 'secondary', kind: 'status',
      summary: 'Whether the block will be demolished: the whole block will be demolished and nobody will live in it again, according to the mayor Helena Vrbová (Vrbova); its two outer sections are sound and will be (or should be) repaired, according to the State Construction Inspectorate (SCI), which must approve any demolition, and its director Libor Hruška (Hruska) (repeated by the state-aligned paper).',
      sides: [
        { file: L, quote: 'the block would not be saved', value: 'demolished', speaker: 'Helena Vrbová', camp: 'A' },
        { file: L, quote: 'It will be demolished, and the city will pay for new homes', value: 'demolished', speaker: 'Helena Vrbová', camp: 'A' },
        { file: B, quote: 'The mayor says the block will be demolished', value: 'demolished', speaker: 'Helena Vrbová', camp: 'A' },
        { file: B, quote: 'that the whole block will be demolished', value: 'demolished', speaker: 'Helena Vrbová', camp: 'A' },
        { file: B, quote: 'Nobody will ever live in that building again. It will be demolished', value: 'demolished', speaker: 'Helena Vrbová', camp: 'A' },
        { file: D, quote: 'has said the block must be demolished', value: 'demolished', speaker: 'Helena Vrbová', camp: 'A' },
        { file: X, quote: 'The mayor says yes: the whole block will come down', value: 'demolished', speaker: 'Helena Vrbová', camp: 'A' },
        { file: B, quote: 'the building inspectorate says it can be repaired', value: 'repaired', speaker: 'State Construction Inspectorate', camp: 'B' },
        { file: B, quote: 'This building can be repaired, and our recommendation is that it should be.', value: 'repaired', speaker: 'Libor Hruška', camp: 'B' },
        { file: D, quote: 'The two outer sections of the block are structurally sound and will be repaired', value: 'repaired', speaker: 'State Construction Inspectorate', camp: 'B' },
        { file: X, quote: 'says the two outer sections are sound and can be repaired', value: 'repaired', speaker: 'State Construction Inspectorate', camp: 'B' },
      ],
    },
    {
      id: 'engineer-custody', level: 'core', kind: 'status',
      summary: 'Whether the Tarnogaz engineer Radim Šťastný (Stastny), sent to the block on Monday morning, is in custody: detained on suspicion of negligence, according to a police source cited by the wire, and "remains in custody", according to Interior Minister Petr Halouzka (in the state-aligned paper); questioned as a witness and sent home, neither detained nor charged, according to his lawyer Petra Lánská (Lanska) and Tarnogaz. The prosecutors will not comment.',
      sides: [
        { file: W, quote: 'as gas engineer detained', value: 'detained', speaker: 'Cresset', camp: 'A' },
        { file: W, quote: 'was detained on Tuesday morning on suspicion of negligence, a police source told Cresset', value: 'detained', speaker: 'Cresset', camp: 'A' },
        { file: D, quote: 'remains in custody while investigators examine his actions', value: 'in custody', speaker: 'Petr Halouzka', camp: 'A' },
        { file: X, quote: 'Halouzka says the engineer, whom he has not named, "remains in custody."', value: 'in custody', speaker: 'Petr Halouzka', camp: 'A' },
        { file: X, quote: 'Cresset, citing a police source, reported on Tuesday that Radim Stastny, 44, had been detained.', value: 'detained', speaker: 'Cresset', camp: 'A' },
        { file: B, quote: 'Gas engineer ‘not in custody’, company says', value: 'not in custody', speaker: 'Tarnogaz', camp: 'B' },
        { file: B, quote: 'Tarnogaz says its engineer was questioned as a witness and is not in custody', value: 'not in custody', speaker: 'Tarnogaz', camp: 'B' },
        { file: B, quote: 'has not been detained, the state gas company and his lawyer said on Tuesday evening', value: 'not detained', speaker: 'Petra Lánská', camp: 'B' },
        { file: B, quote: 'He has not been detained and he has not been charged', value: 'not detained', speaker: 'Petra Lánská', camp: 'B' },
        { file: X, quote: 'and that he has not been detained or charged', value: 'not detained', speaker: 'Petra Lánská', camp: 'B' },
        { file: X, quote: 'My client slept in his own bed last night and the night before', value: 'at home', speaker: 'Petra Lánská', camp: 'B' },
      ],
    },
    {
      id: 'blast-time', level: 'secondary', kind: 'temporal',
      summary: 'The time of the blast on Monday: 06:47, according to the SFRS (with its first crews there nine minutes later; repeated by the state-aligned paper); 06:32, according to the Tarnovel Seismological Observatory\'s instruments and residents whose clocks stopped.',
      sides: [
        { file: W, quote: 'The SFRS said the explosion happened at 6:47 a.m.', value: '06:47', speaker: 'State Fire and Rescue Service', camp: 'A' },
        { file: L, quote: 'He says the explosion happened at 06:47', value: '06:47', speaker: 'Bohdan Vítek', camp: 'A' },
        { file: D, quote: 'The blast happened at 06:47 on Monday, according to the service', value: '06:47', speaker: 'State Fire and Rescue Service', camp: 'A' },
        { file: X, quote: 'The SFRS puts the blast at 6:47 a.m.', value: '06:47', speaker: 'State Fire and Rescue Service', camp: 'A' },
        { file: W, quote: 'said its instruments had recorded the blast at 6:32 a.m., a quarter of an hour earlier', value: '06:32', speaker: 'Tarnovel Seismological Observatory', camp: 'B' },
        { file: L, quote: 'The Tarnovel Seismological Observatory says its sensors registered the blast at 06:32.', value: '06:32', speaker: 'Tarnovel Seismological Observatory', camp: 'B' },
        { file: X, quote: 'The Tarnovel Seismological Observatory recorded it at 6:32 a.m.', value: '06:32', speaker: 'Tarnovel Seismological Observatory', camp: 'B' },
      ],
    },
    {
      id: 'rescued-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 12 people had been pulled alive from the rubble, then corrected it to seven, the SFRS\'s figure (five more were brought down ladders from the neighbouring sections); the state-aligned paper and the explainer also say seven.',
      sides: [
        { file: L, quote: 'Rescuers have pulled 12 people alive from the rubble, the SFRS says.', value: '12', speaker: 'State Fire and Rescue Service', camp: 'A' },
        { file: L, quote: 'The State Fire and Rescue Service (SFRS) says seven people were pulled out alive.', value: '7', speaker: 'State Fire and Rescue Service', camp: 'B' },
        { file: D, quote: 'Seven people were brought out of the rubble alive.', value: '7', speaker: 'State Fire and Rescue Service', camp: 'B' },
        { file: X, quote: 'Seven people were pulled out alive', value: '7', speaker: 'The Skein', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'firefighters-rounded', kind: 'numeric',
      summary: '117 firefighters (wire) and "Some 120 firefighters" (state-aligned paper), both from the SFRS, are one figure, rounded.',
      sides: [
        { file: W, quote: 'The service sent 117 firefighters', value: '117' },
        { file: D, quote: 'Some 120 firefighters of the State Fire and Rescue Service (SFRS) took part in the rescue operation', value: '~120' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Four dead at 08:40 and six at 12:10 "up from four this morning" (both from the fire service, in the live blog) are a toll that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Four people have died, the fire service says.', value: '4 (08:40)' },
        { file: L, quote: 'The SFRS now says six people have died, up from four this morning.', value: '6 (12:10)' },
      ],
    },
    {
      id: 'residents-vs-evacuated', kind: 'numeric',
      summary: 'The 180 people who lived in the block (wire) and the 340 evacuated from the block and two neighbouring buildings (explainer) are different sets, not rival counts.',
      sides: [
        { file: W, quote: "About 180 people lived in the building's 72 flats, according to the city.", value: '180 (residents of the block)' },
        { file: X, quote: 'In all, 340 people were evacuated from the block and two neighboring buildings.', value: '340 (evacuated from three buildings)' },
      ],
    },
    {
      id: 'intensive-care-part', kind: 'numeric',
      summary: 'The four people in intensive care (web story) are part of the 31 taken to hospital (wire), not a rival count.',
      sides: [
        { file: W, quote: 'The State Fire and Rescue Service (SFRS) said 31 people had been taken to hospital.', value: '31 (hospitalised)' },
        { file: B, quote: 'Four people remain in intensive care, the hospital said on Tuesday afternoon.', value: '4 (intensive care)' },
      ],
    },
    {
      id: 'gas-cut-synonyms', kind: 'status',
      summary: '"cut the gas supply to the whole Sokolitse district" (wire) and "switched off gas across the Sokolice district" (live blog) say the same thing in different words and spellings.',
      sides: [
        { file: W, quote: 'Tarnogas cut the gas supply to the whole Sokolitse district on Monday morning', value: 'gas cut' },
        { file: L, quote: 'Tarnogaz has switched off gas across the Sokolice district while firefighters search the building.', value: 'gas switched off' },
      ],
    },
    {
      id: 'shelter-about-more-than', kind: 'numeric',
      summary: '"More than 100 residents" (wire) and "About 120 residents" (live blog) sleeping in the school gym on Monday night are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 100 residents spent Monday night in the gym of a nearby school, the city said.', value: '>100' },
        { file: L, quote: 'About 120 residents will sleep tonight in the gym of the primary school on Lesní Street, the city says.', value: '~120' },
      ],
    },
    {
      id: 'velbor-2023', kind: 'numeric',
      summary: 'The six killed in the 2023 gas explosion in Velbor belong to another, earlier explosion, not a rival figure for this blast\'s toll.',
      sides: [
        { file: X, quote: 'The previous worst, in a block of flats in Velbor in 2023, killed six people.', value: '6 (Velbor, 2023)' },
        { file: X, quote: 'Even by the official count of nine, it is the deadliest explosion in a Halvorian home in more than 20 years.', value: '9 (Tarnovel, 2026)' },
      ],
    },
  ],
};
