// Hand-written gold source for the loss of Alcyra Air Flight 327 over the Tavessa Channel, Quelmara
// (invented event, November 2026). build-gold.mjs turns it into ../gold/plane-missing.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line); the
// live blog and the state-aligned paper imitate pages saved from news sites under random names (site
// name, "Skip to content", navigation bar, section label, headline twice, byline with roles, date and
// "Updated" lines, "Share this article", "Advertisement", a caption with a photo credit, "Read more"
// lines, a copyright line); the web story is Markdown converted from a news page (breadcrumb links,
// `# Headline`, italic standfirst, byline with links, "Published ... · Updated ..." line, image line
// with caption and credit, key points, "Read more" links); the explainer is Markdown with YAML front
// matter, an italic standfirst, question headings, a source line and an author bio. Site names,
// navigation bars, section labels, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the copyright line, the wire's reporting line, the explainer's
// source line and bio are metadata (meta: 1-based line numbers); headlines, standfirsts, key points,
// image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'sheave-wire.txt'; // Sheave wire (Saturday 7 November, evening), US style, straight quotes, no diacritics: Porto Salvem, Ilheu Maranol, Vilarao, Rosmaninho (Amilcar), Lameira (Horacio), Mourato (Sergio), Ines Corvelo, Helena Bras
const L = '27db6f3896748433.txt'; // The Pradeira Signal live blog, newest first (Friday 6 November 20:05 to Saturday 7 November 22:40), saved page, UK style, curly quotes, Velunda Fishermen’s Co-operative
const B = 'd314c0861862d8e7.md'; // RTQ News web story (Sunday 8 November, evening), Markdown with breadcrumbs, UK style, straight quotes, writes Lourdes Pimentel
const D = '2b8b3e19163cbfb9.txt'; // state-aligned Farol Nacional (Monday 9 November), saved page, UK style, curly quotes, Velunda Fishermen’s Co-operative
const X = 'f16ee1f1c35e2de6.md'; // The Bowsprit explainer in questions (Tuesday 10 November), YAML front matter, US style, straight quotes, no diacritics: Porto Salvem, Ilheu Maranol, Vilarao, Amilcar, Horacio, Sergio, Helena Bras; writes Lourdes Pimentel

export default {
  corpus: 'plane-missing',
  note: 'Invented event written for the project: at 18:20 on Friday 6 November 2026, 15 minutes late, Alcyra Air Flight 327, a twin-engine turboprop of a regional airline, takes off from Porto Salvém International Airport in Porto Salvém (Porto Salvem in the wire and the explainer), capital of the fictional island country of Quelmara, for the 55-minute crossing of the Tavessa Channel to Pradeira Aerodrome on the island of Pradeira, where it is due at 19:15; it never arrives. On Saturday morning wreckage is found near the islet of Ilhéu Maranol (Ilheu Maranol), a fishing boat from the village of Praia Velunda, the trawler Flor de Velunda of the skipper Horácio Lameira (Horacio), brings a man ashore, and bodies are recovered (nine by Saturday evening, 16 by Sunday evening); on Sunday navy divers work on the wreck at 58 m. Five invented outlets: the Sheave wire (Saturday), The Pradeira Signal live blog, newest first (Friday 20:05 to Saturday 22:40), the RTQ News web story (Sunday), the state-aligned Farol Nacional (Monday) and The Bowsprit explainer (Tuesday). Alcyra Air and its chief executive Duarte Vilarão (Vilarao) and spokeswoman Inês Corvelo (Ines in the wire), the Quelmaran Civil Aviation Authority (QCAA) and its director-general Valter Amoreira, the Quelmaran Coast Guard and its spokesman Commander Tiago Brandolim, the Quelmaran Navy and its spokesman Captain Sérgio Mourato (Sergio), the Velunda Fishermen\'s Cooperative (Co-operative in the live blog and the state-aligned paper) and its president Amílcar Rosmaninho (Amilcar), the Air Traffic Controllers\' Union (ATCU) and its spokeswoman Filomena Cardeal, the Quelmaran Airline Pilots\' Association (QAPA) and its president Caetano Ribas, the Quelmara Weather Office and its forecaster Paula Teixo, Transport Minister Helena Brás (Bras) and the mother Lurdes Pimentel (Lourdes in the web story and the explainer), whose son Rui was aboard, disagree about the people aboard (31, 27 passengers and four crew, by the airline, against 34 from the airport\'s boarding records, by the coast guard), whether anyone survived (a man alive, by the fishermen, against no survivors and a body, by the coast guard), when radar contact was lost (18:47 by the QCAA, against 19:04 by the airline), whether the pilot sent a distress call (a mayday about 18:46 reporting the left engine, by the controllers\' union, against none, by the QCAA), weather or engine (violent squalls, by the airline and the state-aligned paper, against a left engine reported three times in October for losing power, by the pilots\' association, and no thunderstorm, by the weather office), when the wreckage was found (10:15 by a navy patrol aircraft, by the navy, against about 06:30 by the fishermen), whether the flight data recorder has been recovered (yes on Sunday, by the navy, against none recovered, by the QCAA on Monday) and who said "Nobody goes home until the sea gives back every one of them" (Brandolim in the wire and the live blog, Mourato in the state-aligned paper); the live blog corrects its own count of bodies recovered (12, then nine). 58 metres and "about 60 meters" are one depth, rounded; nine bodies on Saturday and 16 on Sunday "up from nine" is a count that rose and is reported as updated; 27 passengers are part of the 31 aboard; six navy and coast guard vessels and more than 40 fishing boats are different sets; "grounded its two remaining turboprops" and "suspended flights on its other two aircraft of the same type" are synonyms; "More than 100 relatives" and "About 150 people" at the aerodrome agree; 400 square kilometres on Saturday and 1,100 on Sunday are different days\' search areas. "Quelmaran" is a demonym; "Quelmara" inside Quelmara Weather Office, "Porto Salvém" inside Porto Salvém International Airport and "Pradeira" inside Pradeira Aerodrome and The Pradeira Signal are nested; the fishing boat Flor de Velunda is a vessel\'s name and is ignored; "Flight 327" names no actor.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 57],
    [L]: [1, 2, 3, 4, 10, 11, 49, 85, 86, 88],
    [B]: [1, 7, 9, 21, 51, 73, 74, 75],
    [D]: [1, 2, 3, 4, 10, 11, 12, 14, 34, 66, 67, 69],
    [X]: [73, 75],
  },

  actors: [
    // places
    { id: 'quelmara', name: 'Quelmara', type: 'place', forms: ['Quelmara'], note: 'the island country; "Quelmaran" is a demonym (also in Quelmaran Navy, Quelmaran Coast Guard, Quelmaran Civil Aviation Authority, Quelmaran Airline Pilots\' Association); nested in Quelmara Weather Office; "the country" is nominal' },
    { id: 'porto-salvem', name: 'Porto Salvém', type: 'place', forms: ['Porto Salvém', 'Porto Salvem', 'PORTO SALVEM', 'PORTO SALVÉM'], note: 'the capital (Porto Salvem in the wire and the explainer; datelines in capitals); nested in Porto Salvém International Airport; "the capital" is nominal' },
    { id: 'pradeira', name: 'Pradeira', type: 'place', forms: ['Pradeira'], note: 'the island the flight was bound for; nested in Pradeira Aerodrome and The Pradeira Signal' },
    { id: 'tavessa', name: 'Tavessa Channel', type: 'place', forms: ['Tavessa Channel'], note: 'the sea between the main island and Pradeira; "the channel" is nominal' },
    { id: 'maranol', name: 'Ilhéu Maranol', type: 'place', forms: ['Ilhéu Maranol', 'Ilheu Maranol'], note: 'the islet near the wreckage (Ilheu in the wire and the explainer); "the islet" is nominal' },
    { id: 'praia-velunda', name: 'Praia Velunda', type: 'place', forms: ['Praia Velunda', 'Velunda'], note: 'the fishing village where the man was brought ashore; "alive in Velunda" (a mother, in the live blog) is a short form; "Velunda" inside Velunda Fishermen\'s Cooperative and the boat\'s name Flor de Velunda is not a place mention' },
    { id: 'psv-airport', name: 'Porto Salvém International Airport', type: 'place', forms: ['Porto Salvém International Airport', 'Porto Salvem International Airport'], note: 'the departure airport (a named facility); "the airport" is nominal' },
    { id: 'aerodrome', name: 'Pradeira Aerodrome', type: 'place', forms: ['Pradeira Aerodrome'], note: 'the destination airfield where families wait (a named facility); "the aerodrome" is nominal' },
    // organizations
    { id: 'alcyra', name: 'Alcyra Air', type: 'organization', forms: ['Alcyra Air'], note: 'the regional airline; "Alcyra Air’s chief executive" holds a mention; "the airline" is nominal' },
    { id: 'qcaa', name: 'Quelmaran Civil Aviation Authority', type: 'organization', forms: ['Quelmaran Civil Aviation Authority', 'QCAA'], note: 'the aviation regulator, which runs air traffic control and radar, defined as (QCAA); "the authority", "the aviation authority" are nominal' },
    { id: 'coast-guard', name: 'Quelmaran Coast Guard', type: 'organization', forms: ['Quelmaran Coast Guard'], note: 'the coast guard coordinating the search; lowercase "the coast guard" is nominal' },
    { id: 'navy', name: 'Quelmaran Navy', type: 'organization', forms: ['Quelmaran Navy'], note: 'the navy; its photo credit in the state-aligned paper is a mention; lowercase "the navy", "navy divers" and a sentence-initial "Navy divers" are nominal' },
    { id: 'coop', name: 'Velunda Fishermen\'s Cooperative', type: 'organization', forms: ['Velunda Fishermen\'s Cooperative', 'Velunda Fishermen’s Co-operative'], note: 'the fishermen\'s cooperative of the north coast (Co-operative, curly apostrophe, in the live blog and the state-aligned paper); "the cooperative", "the co-operative" are nominal' },
    { id: 'atcu', name: 'Air Traffic Controllers\' Union', type: 'organization', forms: ['Air Traffic Controllers\' Union', 'Air Traffic Controllers’ Union', 'ATCU'], note: 'the controllers\' union, defined as (ATCU); "the union" is nominal' },
    { id: 'qapa', name: 'Quelmaran Airline Pilots\' Association', type: 'organization', forms: ['Quelmaran Airline Pilots\' Association', 'QAPA'], note: 'the pilots\' association, defined as (QAPA); "the pilots’ association" is nominal' },
    { id: 'weather-office', name: 'Quelmara Weather Office', type: 'organization', forms: ['Quelmara Weather Office'], note: 'the national weather service; the place inside it is nested' },
    { id: 'health-ministry', name: 'Health Ministry', type: 'organization', forms: ['Health Ministry'], note: 'the health ministry, to which the village health center referred questions (wire)' },
    { id: 'sheave', name: 'Sheave', type: 'organization', forms: ['Sheave'], note: 'the wire agency: the dateline "(Sheave)" and "Sheave could not independently verify" are mentions; its outlet line and its name in the explainer\'s source line are metadata' },
    { id: 'signal', name: 'The Pradeira Signal', type: 'organization', forms: ['The Pradeira Signal', 'Signal'], note: 'the island paper running the live blog: its photo credit and "told the Signal desk" (article outside the span) are mentions; its site-name line and its name in the explainer\'s source line are metadata' },
    { id: 'rtq', name: 'RTQ News', type: 'organization', forms: ['RTQ News'], note: 'the broadcaster\'s news site: its photo credit, "told RTQ News" and "would speak to RTQ News" are mentions; its breadcrumb line and its name in the explainer\'s source line are metadata' },
    { id: 'farol', name: 'Farol Nacional', type: 'organization', forms: ['Farol Nacional'], note: 'the state-aligned daily: "Farol Nacional, a daily close to the government" in the explainer is a mention; its site-name line, byline, copyright line and its name in the explainer\'s source line are metadata' },
    // people
    { id: 'vilarao', name: 'Duarte Vilarão', type: 'person', forms: ['Duarte Vilarão', 'Duarte Vilarao', 'Vilarão', 'Vilarao'], note: 'chief executive of Alcyra Air (Vilarao in the wire and the explainer); "Mr Vilarão" -> "Vilarão"' },
    { id: 'corvelo', name: 'Inês Corvelo', type: 'person', forms: ['Inês Corvelo', 'Ines Corvelo'], note: 'Alcyra Air spokeswoman (Ines in the wire)' },
    { id: 'amoreira', name: 'Valter Amoreira', type: 'person', forms: ['Valter Amoreira'], note: 'director-general of the QCAA' },
    { id: 'brandolim', name: 'Tiago Brandolim', type: 'person', forms: ['Tiago Brandolim', 'Brandolim'], note: 'coast guard spokesman; "Commander" is outside the span' },
    { id: 'mourato', name: 'Sérgio Mourato', type: 'person', forms: ['Sérgio Mourato', 'Sergio Mourato', 'Mourato'], note: 'navy spokesman who directs the navy\'s part in the search (Sergio in the wire and the explainer); "Captain"/"Capt." is outside the span' },
    { id: 'rosmaninho', name: 'Amílcar Rosmaninho', type: 'person', forms: ['Amílcar Rosmaninho', 'Amilcar Rosmaninho', 'Rosmaninho'], note: 'president of the Velunda Fishermen\'s Cooperative (Amilcar in the wire and the explainer); "Mr Rosmaninho" -> "Rosmaninho"' },
    { id: 'lameira', name: 'Horácio Lameira', type: 'person', forms: ['Horácio Lameira', 'Horacio Lameira', 'Lameira'], note: 'skipper of the fishing boat that brought the man ashore (Horacio in the wire and the explainer)' },
    { id: 'valadim', name: 'Ernesto Valadim', type: 'person', forms: ['Ernesto Valadim'], note: 'the captain of Flight 327; "Captain"/"Capt." is outside the span' },
    { id: 'soeiro', name: 'Marta Soeiro', type: 'person', forms: ['Marta Soeiro'], note: 'the first officer of Flight 327' },
    { id: 'pimentel', name: 'Lurdes Pimentel', type: 'person', forms: ['Lurdes Pimentel', 'Lourdes Pimentel', 'Pimentel'], note: 'a mother whose son was aboard (Lourdes in the web story and the explainer)' },
    { id: 'rui', name: 'Rui', type: 'person', forms: ['Rui'], note: 'Lurdes Pimentel\'s son, a passenger (first name only)' },
    { id: 'bras', name: 'Helena Brás', type: 'person', forms: ['Helena Brás', 'Helena Bras', 'Brás'], note: 'Transport Minister (Bras in the wire and the explainer); the title before the name is outside the span; "Mrs Brás" -> "Brás"; "the minister" is nominal' },
    { id: 'ribas', name: 'Caetano Ribas', type: 'person', forms: ['Caetano Ribas'], note: 'president of the QAPA' },
    { id: 'cardeal', name: 'Filomena Cardeal', type: 'person', forms: ['Filomena Cardeal'], note: 'spokeswoman of the ATCU' },
    { id: 'teixo', name: 'Paula Teixo', type: 'person', forms: ['Paula Teixo'], note: 'duty forecaster of the Quelmara Weather Office, in the live blog' },
    { id: 'caiado', name: 'Bento Caiado', type: 'person', forms: ['Bento Caiado'], note: 'The Pradeira Signal reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'dinis', name: 'Olavo Dinis', type: 'person', forms: ['Olavo Dinis'], note: 'RTQ News reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bFlor de Velunda\\b', why: 'a fishing boat\'s name: a vessel, no person, organization or place' },
    { pattern: "\\b[Tt]he (?:airline|authority|aviation authority|regulator|union|pilots’ association|pilots' association|association|co-operative|cooperative|capital|islet|island|country|minister|government|airport operator|airport|aerodrome|channel|village|commission)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '(?<!Quelmaran )\\b[Nn]avy\\b', why: 'nominal reference to the navy (the Quelmaran Navy; capitalized only at the start of a sentence or headline)' },
    { pattern: '\\b[Cc]oast guard\\b', why: 'nominal reference to the coast guard (the Quelmaran Coast Guard)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Tiago Brandolim', cue: 'told reporters', quote: 'Our information is that 34 people boarded that aircraft, and we are searching for 34' },
    { file: W, speaker: 'Horácio Lameira', cue: "Horacio Lameira, the boat's skipper, said by phone", quote: 'He was breathing. He held my wrist the whole way in and he said a word I could not understand' },
    { file: W, speaker: 'Valter Amoreira', cue: "the authority's director-general, Valter Amoreira, told a briefing", quote: 'There was no mayday, no emergency declared, nothing on the frequency' },
    { file: L, speaker: 'Lurdes Pimentel', cue: 'she said', quote: 'At lunchtime somebody told us a young man was alive in Velunda, and I ran to the telephone like a girl' },
    { file: L, speaker: 'Filomena Cardeal', cue: 'the union’s spokeswoman, Filomena Cardeal, said', quote: 'Our colleague heard it, wrote it down and raised the alarm' },
    { file: L, speaker: 'Amílcar Rosmaninho', cue: 'Mr Rosmaninho said', quote: 'We found that plane, not the navy. We were there four hours before anybody in uniform.' },
    { file: B, speaker: 'Sérgio Mourato', cue: 'Captain Mourato told RTQ News', quote: 'We have it in a sealed container on board. It is intact on the outside, and that is all I can tell you' },
    { file: B, speaker: 'Inês Corvelo', cue: "the airline's spokeswoman, Inês Corvelo, said", quote: 'Our manifest is our manifest. We have given every name on it to the families and to the authorities.' },
    { file: B, speaker: 'Caetano Ribas', cue: 'said its president, Caetano Ribas', quote: 'The weather that night was ordinary. The engine was not' },
    { file: D, speaker: 'Helena Brás', cue: 'the minister said', quote: 'This is a grief shared by every island and every family in Quelmara' },
    { file: D, speaker: 'Sérgio Mourato', cue: 'Captain Mourato said', quote: 'Nobody goes home until the sea gives back every one of them' },
    { file: D, speaker: 'Valter Amoreira', cue: 'called claims to the contrary', quote: 'irresponsible at a time when families need facts' },
    { file: X, speaker: 'Amílcar Rosmaninho', cue: 'said Amilcar Rosmaninho', quote: 'If he was dead, show his family the body. If he is alive, show us the bed' },
    { file: X, speaker: 'Caetano Ribas', cue: 'said its president, Caetano Ribas', quote: 'You do not need a storm to explain an engine that was already tired' },
    { file: X, speaker: 'Lurdes Pimentel', cue: 'Pimentel said', quote: 'Tell us the names' },
  ],

  contradictions: [
    {
      id: 'people-aboard', level: 'core', kind: 'numeric',
      summary: 'People aboard Flight 327: 31 according to Alcyra Air, 27 passengers and four crew from its manifest (repeated by the state-aligned paper); 34 according to the Quelmaran Coast Guard and its spokesman Tiago Brandolim, from the boarding records of Porto Salvém International Airport.',
      sides: [
        { file: W, quote: 'The airline said 31 people were on board.', value: '31', speaker: 'Alcyra Air', camp: 'A' },
        { file: L, quote: 'Alcyra Air says 31 people were on the plane', value: '31', speaker: 'Alcyra Air', camp: 'A' },
        { file: B, quote: 'Alcyra Air says 27 passengers and four crew, 31 in all.', value: '31', speaker: 'Alcyra Air', camp: 'A' },
        { file: D, quote: 'as the country observed a minute’s silence for the 31 people who were on board', value: '31', speaker: 'Farol Nacional', camp: 'A' },
        { file: X, quote: 'Alcyra Air says 31: 27 passengers and four crew.', value: '31', speaker: 'Alcyra Air', camp: 'A' },
        { file: W, quote: 'The Quelmaran Coast Guard put the number at 34.', value: '34', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: W, quote: 'Our information is that 34 people boarded that aircraft, and we are searching for 34', value: '34', speaker: 'Tiago Brandolim', camp: 'B' },
        { file: L, quote: 'the coast guard says 34.', value: '34', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: L, quote: 'The Quelmaran Coast Guard says it is searching for 34 people.', value: '34', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: B, quote: 'The Quelmaran Coast Guard says it is looking for 34 people', value: '34', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: X, quote: 'The Quelmaran Coast Guard, which is coordinating the search, says it is looking for 34', value: '34', speaker: 'Quelmaran Coast Guard', camp: 'B' },
      ],
    },
    {
      id: 'survivor', level: 'core', kind: 'polarity',
      summary: 'Whether anyone survived: the Velunda Fishermen\'s Cooperative, its president Amílcar Rosmaninho and the skipper Horácio Lameira say their boat pulled a man out of the sea alive at dawn on Saturday, breathing and gripping the skipper\'s wrist, and handed him alive to the health centre at Praia Velunda; the Quelmaran Coast Guard and its spokesman Tiago Brandolim say there are no survivors and that the man was dead when he was taken from the water (the state-aligned paper calls the survivor reports rumours).',
      sides: [
        { file: W, quote: 'fishermen said they had pulled one man alive from the water', value: 'one alive', speaker: 'Velunda Fishermen\'s Cooperative', camp: 'A' },
        { file: W, quote: 'hauled a man out of the water alive a few minutes later', value: 'one alive', speaker: 'Velunda Fishermen\'s Cooperative', camp: 'A' },
        { file: W, quote: 'He was breathing. He held my wrist the whole way in', value: 'alive', speaker: 'Horácio Lameira', camp: 'A' },
        { file: L, quote: 'Fishermen from Praia Velunda insist they pulled a man out of the sea alive this morning.', value: 'one alive', speaker: 'Velunda Fishermen\'s Cooperative', camp: 'A' },
        { file: L, quote: 'the crew of one of them pulled a man out of the sea alive', value: 'one alive', speaker: 'Amílcar Rosmaninho', camp: 'A' },
        { file: L, quote: 'He was breathing when they lifted him over the side.', value: 'alive', speaker: 'Amílcar Rosmaninho', camp: 'A' },
        { file: B, quote: 'Fishermen say they saved a passenger', value: 'one saved', speaker: 'Velunda Fishermen\'s Cooperative', camp: 'A' },
        { file: B, quote: 'This one was breathing. He held my wrist.', value: 'alive', speaker: 'Horácio Lameira', camp: 'A' },
        { file: B, quote: 'He says the man was alive when he handed him to nurses at the village health centre', value: 'alive', speaker: 'Horácio Lameira', camp: 'A' },
        { file: X, quote: 'Its skipper, Horacio Lameira, says the man was alive, breathing and gripping his wrist when they pulled him aboard.', value: 'alive', speaker: 'Horácio Lameira', camp: 'A' },
        { file: W, quote: 'The coast guard said no survivors had been found.', value: 'no survivors', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: W, quote: 'What that boat brought in was a body.', value: 'a body', speaker: 'Tiago Brandolim', camp: 'B' },
        { file: L, quote: 'The coast guard says he was already dead.', value: 'dead', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: L, quote: 'it says “no survivors have been found” and that the person brought ashore at Praia Velunda was dead when he was taken out of the water', value: 'no survivors', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: B, quote: 'the coast guard says no one survived', value: 'no survivors', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: B, quote: 'The coast guard maintains that no survivors have been found.', value: 'no survivors', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: B, quote: 'There has been no survivor of this accident.', value: 'no survivors', speaker: 'Tiago Brandolim', camp: 'B' },
        { file: D, quote: 'There were no survivors, the coast guard said.', value: 'no survivors', speaker: 'Quelmaran Coast Guard', camp: 'B' },
        { file: D, quote: 'The man recovered by fishermen on Saturday morning had died before he was brought from the water', value: 'dead', speaker: 'Tiago Brandolim', camp: 'B' },
        { file: X, quote: 'The coast guard says there are no survivors and that the man was dead when he was taken from the water.', value: 'no survivors', speaker: 'Quelmaran Coast Guard', camp: 'B' },
      ],
    },
    {
      id: 'radar-lost', level: 'core', kind: 'temporal',
      summary: 'When radar contact with Flight 327 was lost on Friday evening: at 18:47, 27 minutes after take-off and midway across the channel, according to the Quelmaran Civil Aviation Authority (QCAA), which runs air traffic control; at 19:04, shortly before the descent into Pradeira, according to Alcyra Air and its chief executive Duarte Vilarão (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'said its radar lost the plane at 6:47 p.m., 27 minutes after take-off', value: '18:47', speaker: 'Quelmaran Civil Aviation Authority', camp: 'A' },
        { file: L, quote: 'says radar contact with Flight 327 was lost at 18:47 over the Tavessa Channel', value: '18:47', speaker: 'Quelmaran Civil Aviation Authority', camp: 'A' },
        { file: B, quote: 'says radar contact with Flight 327 was lost at 18:47 on Friday', value: '18:47', speaker: 'Quelmaran Civil Aviation Authority', camp: 'A' },
        { file: X, quote: 'says its radar lost the aircraft at 6:47 p.m., 27 minutes into the flight', value: '18:47', speaker: 'Quelmaran Civil Aviation Authority', camp: 'A' },
        { file: W, quote: 'He said Flight 327 disappeared from radar at 7:04 p.m.', value: '19:04', speaker: 'Duarte Vilarão', camp: 'B' },
        { file: L, quote: 'the aircraft disappeared from radar at 19:04', value: '19:04', speaker: 'Duarte Vilarão', camp: 'B' },
        { file: B, quote: 'The airline itself gives a later time for the loss of contact, 19:04.', value: '19:04', speaker: 'Alcyra Air', camp: 'B' },
        { file: D, quote: 'According to Alcyra Air, contact with the aircraft was lost at 19:04', value: '19:04', speaker: 'Alcyra Air', camp: 'B' },
        { file: X, quote: 'has twice said the plane dropped off radar at 7:04 p.m.', value: '19:04', speaker: 'Duarte Vilarão', camp: 'B' },
      ],
    },
    {
      id: 'distress-call', level: 'core', kind: 'polarity',
      summary: 'Whether the pilot sent a distress call: the Air Traffic Controllers\' Union (ATCU) and its spokeswoman Filomena Cardeal say the controller on duty heard Captain Ernesto Valadim call mayday at about 18:46, reporting he was losing the left engine, and logged it; the Quelmaran Civil Aviation Authority (QCAA) and its director-general Valter Amoreira say no distress call was received (repeated by the state-aligned paper as confirmed).',
      sides: [
        { file: W, quote: 'a controller at the approach center had heard a short distress call from the aircraft at about 6:46 p.m.', value: 'mayday', speaker: 'Air Traffic Controllers\' Union', camp: 'A' },
        { file: L, quote: 'the controller handling Flight 327 heard the pilot call “mayday” at around 18:46', value: 'mayday', speaker: 'Air Traffic Controllers\' Union', camp: 'A' },
        { file: L, quote: 'Our colleague heard it, wrote it down and raised the alarm', value: 'mayday', speaker: 'Filomena Cardeal', camp: 'A' },
        { file: B, quote: 'Air traffic controllers say the pilot sent a mayday', value: 'mayday', speaker: 'Air Traffic Controllers\' Union', camp: 'A' },
        { file: B, quote: 'the controller on duty had heard a mayday at about 18:46', value: 'mayday', speaker: 'Filomena Cardeal', camp: 'A' },
        { file: X, quote: 'says the controller on duty heard the pilot, Capt. Ernesto Valadim, call mayday at about 6:46 p.m.', value: 'mayday', speaker: 'Air Traffic Controllers\' Union', camp: 'A' },
        { file: W, quote: 'There was no mayday, no emergency declared, nothing on the frequency', value: 'none', speaker: 'Valter Amoreira', camp: 'B' },
        { file: L, quote: 'It says it has “no record of a distress call” from the crew.', value: 'none', speaker: 'Quelmaran Civil Aviation Authority', camp: 'B' },
        { file: B, quote: 'the aviation authority says he did not', value: 'none', speaker: 'Quelmaran Civil Aviation Authority', camp: 'B' },
        { file: B, quote: 'maintains that the crew never made a distress call', value: 'none', speaker: 'Quelmaran Civil Aviation Authority', camp: 'B' },
        { file: D, quote: 'has confirmed that the aircraft did not transmit a distress call before it was lost', value: 'none', speaker: 'Quelmaran Civil Aviation Authority', camp: 'B' },
        { file: X, quote: 'says no distress call was received', value: 'none', speaker: 'Valter Amoreira', camp: 'B' },
      ],
    },
    {
      id: 'weather-or-engine', level: 'core', kind: 'polarity',
      summary: 'What brought the plane down: a line of violent squalls over the Tavessa Channel, according to Alcyra Air\'s chief executive Duarte Vilarão (backed by the state-aligned paper as "preliminary information" and by the minister); the left engine, reported three times in October for losing power, according to the Quelmaran Airline Pilots\' Association (QAPA) and its president Caetano Ribas, while the Quelmara Weather Office says there was no thunderstorm over the channel, only 15 to 20 knots and light rain.',
      sides: [
        { file: W, quote: 'A line of violent squalls crossed the channel at the exact moment our aircraft was crossing it', value: 'weather', speaker: 'Duarte Vilarão', camp: 'A' },
        { file: W, quote: 'Everything we know at this hour points to the weather.', value: 'weather', speaker: 'Duarte Vilarão', camp: 'A' },
        { file: L, quote: 'Asked what caused the crash, he pointed to the weather', value: 'weather', speaker: 'Duarte Vilarão', camp: 'A' },
        { file: B, quote: 'has blamed "violent squalls" over the channel', value: 'weather', speaker: 'Duarte Vilarão', camp: 'A' },
        { file: D, quote: 'Preliminary information points to a sudden deterioration in the weather over the channel on Friday evening.', value: 'weather', speaker: 'Farol Nacional', camp: 'A' },
        { file: X, quote: 'Vilarao blames "violent squalls" over the channel', value: 'weather', speaker: 'Duarte Vilarão', camp: 'A' },
        { file: W, quote: 'said the left engine of the plane had been written up three times in October for losing power in flight', value: 'engine', speaker: 'Caetano Ribas', camp: 'B' },
        { file: L, quote: 'the pilots’ association points to the left engine', value: 'engine', speaker: 'Quelmaran Airline Pilots\' Association', camp: 'B' },
        { file: L, quote: 'says there was no thunderstorm anywhere over the Tavessa Channel on Friday evening', value: 'no storm', speaker: 'Quelmara Weather Office', camp: 'B' },
        { file: B, quote: 'says the left engine of the same aircraft was reported three times in October for loss of power', value: 'engine', speaker: 'Quelmaran Airline Pilots\' Association', camp: 'B' },
        { file: B, quote: 'The weather that night was ordinary. The engine was not', value: 'engine', speaker: 'Caetano Ribas', camp: 'B' },
        { file: X, quote: 'says there were no thunderstorms over the channel that evening', value: 'no storm', speaker: 'Quelmara Weather Office', camp: 'B' },
        { file: X, quote: 'You do not need a storm to explain an engine that was already tired', value: 'engine', speaker: 'Caetano Ribas', camp: 'B' },
      ],
    },
    {
      id: 'wreckage-found', level: 'secondary', kind: 'temporal',
      summary: 'When the wreckage was first found on Saturday: at 10:15, spotted by a navy patrol aircraft about 14 nautical miles north-west of Ilhéu Maranol, according to the Quelmaran Navy and its spokesman Sérgio Mourato (repeated by the state-aligned paper); at about 06:30, at first light, by the boats of the Velunda Fishermen\'s Cooperative, according to its president Amílcar Rosmaninho and the skipper Horácio Lameira, "four hours before anybody in uniform".',
      sides: [
        { file: W, quote: 'one of its patrol aircraft spotted the first wreckage at 10:15 a.m. on Saturday', value: '10:15', speaker: 'Quelmaran Navy', camp: 'A' },
        { file: L, quote: 'one of its patrol aircraft spotted the first debris at 10:15 this morning', value: '10:15', speaker: 'Sérgio Mourato', camp: 'A' },
        { file: D, quote: 'The first wreckage was located at 10:15 on Saturday by a navy patrol aircraft', value: '10:15', speaker: 'Quelmaran Navy', camp: 'A' },
        { file: X, quote: 'one of its patrol aircraft spotted the first debris at 10:15 a.m. on Saturday', value: '10:15', speaker: 'Quelmaran Navy', camp: 'A' },
        { file: W, quote: 'one of its crews was among floating debris near the islet of Ilheu Maranol at about 6:30 a.m. on Saturday', value: '06:30', speaker: 'Velunda Fishermen\'s Cooperative', camp: 'B' },
        { file: L, quote: 'the co-operative’s boats were in among the wreckage “at first light, half past six, no later”', value: '06:30', speaker: 'Amílcar Rosmaninho', camp: 'B' },
        { file: L, quote: 'We were there four hours before anybody in uniform.', value: '06:30', speaker: 'Amílcar Rosmaninho', camp: 'B' },
        { file: B, quote: 'at about 06:30 on Saturday, hours before any navy ship', value: '06:30', speaker: 'Horácio Lameira', camp: 'B' },
        { file: X, quote: 'The fishermen say they were already among it by around 6:30 a.m.', value: '06:30', speaker: 'Velunda Fishermen\'s Cooperative', camp: 'B' },
        { file: X, quote: 'Our boats were there at dawn. The navy came for the photographs', value: 'dawn', speaker: 'Amílcar Rosmaninho', camp: 'B' },
      ],
    },
    {
      id: 'flight-recorder', level: 'secondary', kind: 'status',
      summary: 'Whether the flight data recorder has been recovered: yes, on Sunday afternoon, by navy divers, sealed and to be handed to investigators, according to the Quelmaran Navy and its spokesman Sérgio Mourato (repeated by the state-aligned paper); no, according to the Quelmaran Civil Aviation Authority (QCAA), which said on Monday evening that no flight recorder had been recovered and that the objects raised by navy divers were still being examined.',
      sides: [
        { file: B, quote: "The navy says divers brought up the plane's flight data recorder on Sunday afternoon", value: 'recovered', speaker: 'Quelmaran Navy', camp: 'A' },
        { file: B, quote: 'Navy divers have recovered the flight data recorder of the Alcyra Air turboprop', value: 'recovered', speaker: 'Quelmaran Navy', camp: 'A' },
        { file: D, quote: 'Navy divers working in cold water and strong currents on Sunday recovered the flight data recorder of Alcyra Air Flight 327', value: 'recovered', speaker: 'Quelmaran Navy', camp: 'A' },
        { file: D, quote: 'The recorder was raised from the seabed on Sunday afternoon and transferred under seal to investigators', value: 'recovered', speaker: 'Quelmaran Navy', camp: 'A' },
        { file: X, quote: 'said on Sunday that divers had brought up the flight data recorder and put it in a sealed container', value: 'recovered', speaker: 'Sérgio Mourato', camp: 'A' },
        { file: X, quote: 'The QCAA says no.', value: 'not recovered', speaker: 'Quelmaran Civil Aviation Authority', camp: 'B' },
        { file: X, quote: 'it said that no flight recorder had been recovered and that the objects raised by navy divers were "still being examined."', value: 'not recovered', speaker: 'Quelmaran Civil Aviation Authority', camp: 'B' },
      ],
    },
    {
      id: 'sea-gives-back-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Nobody goes home until the sea gives back every one of them" is credited to the coast guard spokesman Commander Tiago Brandolim by the wire and the live blog and to the navy spokesman Captain Sérgio Mourato by the state-aligned paper.',
      sides: [
        { file: W, quote: '"Nobody goes home until the sea gives back every one of them," Brandolim said.', speaker: 'Tiago Brandolim', camp: 'A' },
        { file: L, quote: '“Nobody goes home until the sea gives back every one of them,” he said.', speaker: 'Tiago Brandolim', camp: 'A' },
        { file: D, quote: '“Nobody goes home until the sea gives back every one of them,” Captain Mourato said', speaker: 'Sérgio Mourato', camp: 'B' },
      ],
    },
    {
      id: 'bodies-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported on Saturday at 13:10 that the navy had recovered 12 bodies, then corrected it at 15:45 to nine, the navy\'s figure; the wire also has nine by Saturday evening.',
      sides: [
        { file: L, quote: 'The navy says 12 bodies have been recovered from the sea so far', value: '12', speaker: 'Quelmaran Navy', camp: 'A' },
        { file: L, quote: 'The navy says nine bodies have been recovered so far.', value: '9', speaker: 'Quelmaran Navy', camp: 'B' },
        { file: L, quote: 'Nine bodies have been recovered, according to the navy and the coast guard.', value: '9', speaker: 'Quelmaran Navy', camp: 'B' },
        { file: W, quote: 'By Saturday evening nine bodies had been brought ashore, the coast guard said.', value: '9', speaker: 'Quelmaran Coast Guard', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'depth-rounded', kind: 'numeric',
      summary: 'The wreck on the seabed at 58 metres (the navy, in the web story) and at "about 60 meters" (the explainer) is one depth, rounded.',
      sides: [
        { file: B, quote: 'which sonar had located on the seabed at a depth of 58 metres', value: '58 m' },
        { file: X, quote: 'Navy sonar later located the main part of the plane on the seabed at a depth of about 60 meters.', value: '~60 m' },
      ],
    },
    {
      id: 'bodies-updated', kind: 'numeric',
      summary: 'Nine bodies recovered by Saturday evening (wire) and 16 by Sunday evening "up from nine on Saturday" (web story) is a count that rose and is reported as updated.',
      sides: [
        { file: W, quote: 'By Saturday evening nine bodies had been brought ashore', value: '9 (Saturday)' },
        { file: B, quote: 'Sixteen bodies had been recovered by Sunday evening, up from nine on Saturday', value: '16 (Sunday)' },
      ],
    },
    {
      id: 'passengers-part', kind: 'numeric',
      summary: 'The 27 passengers (state-aligned paper) are part of the 31 people on board, with four crew (the airline, in the wire), not a rival count.',
      sides: [
        { file: D, quote: 'The turboprop, carrying 27 passengers, left the capital on Friday evening bound for Pradeira.', value: '27 passengers' },
        { file: W, quote: 'The airline said 31 people were on board.', value: '31 aboard' },
      ],
    },
    {
      id: 'vessels-sets', kind: 'numeric',
      summary: 'Six navy and coast guard vessels (the navy, in the wire) and more than 40 of the cooperative\'s fishing boats (web story) are different sets of searchers, not rival counts.',
      sides: [
        { file: W, quote: 'Six navy and coast guard vessels and two aircraft were taking part in the search', value: '6 state vessels' },
        { file: B, quote: 'more than 40 of its boats had joined the search since Saturday', value: '>40 fishing boats' },
      ],
    },
    {
      id: 'grounded-synonyms', kind: 'status',
      summary: '"grounded its two remaining turboprops" (web story) and "suspended flights on its other two aircraft of the same type" (state-aligned paper) describe the same step by Alcyra Air in different words.',
      sides: [
        { file: B, quote: 'On Sunday Alcyra Air grounded its two remaining turboprops pending inspections.', value: 'grounded' },
        { file: D, quote: 'has suspended flights on its other two aircraft of the same type as a precaution', value: 'flights suspended' },
      ],
    },
    {
      id: 'relatives-about-more-than', kind: 'numeric',
      summary: '"More than 100 relatives" (wire) and "About 150 people" (live blog) waiting overnight at Pradeira Aerodrome are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 100 relatives spent the night at Pradeira Aerodrome', value: '>100' },
        { file: L, quote: 'About 150 people are now waiting in the arrivals hall.', value: '~150' },
      ],
    },
    {
      id: 'search-area-days', kind: 'numeric',
      summary: 'A search area of 400 square kilometres on Saturday evening (live blog) and 1,100 square kilometres on Sunday after it was widened overnight (web story) are different days\' figures.',
      sides: [
        { file: L, quote: 'The search area has been widened to 400 square kilometres', value: '400 km² (Saturday)' },
        { file: B, quote: 'The search area, which was widened overnight, now covers 1,100 square kilometres of the Tavessa Channel.', value: '1,100 km² (Sunday)' },
      ],
    },
  ],
};
