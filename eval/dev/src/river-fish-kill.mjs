// Hand-written gold source for the fish kill on the Sennet River below the Norhaven paper mill at
// Lisovo, Aurvania (invented event, June 2026). build-gold.mjs turns it into ../gold/river-fish-kill.json.
// The wire is plain .txt (headline, outlet and date lines, a "(Reporting by ...)" line); the live
// blog is Markdown with YAML front matter, newest entry first, with bold time stamps and an italic
// caption with a photo credit; the web story and the state-aligned paper imitate scraped pages
// (site name, "Skip to main content"/"Menu" navigation bar, headline twice, standfirst, byline with
// roles, "Published"/"Updated" lines, "Share this article", "Advertisement", captions with photo
// credits, "Read more" lines); the explainer is Markdown converted from a web page (breadcrumb
// links, `# Headline`, linked byline with date, italic standfirst, image with caption and credit,
// footnote markers and a footnote source list, author bio). Site furniture, bylines, date lines,
// the wire's reporting line, the footnote list and the bio are metadata (meta: 1-based line
// numbers); headlines, standfirsts, alt texts, captions and credits are counted text. Link URLs
// are in ignore.
const W = 'lanyard-wire.txt'; // Lanyard wire (Friday 12 June), US style, straight quotes, writes Zarnov, Simkova, Ondrova, Ilic, Cooperative
const L = '535b8f46709cf9bd.md'; // The Žarnov Post live blog, newest first (Thursday 11 June, 07:30 to 21:50), YAML front matter, UK style, curly quotes
const B = '4c9a684ccc5c8f6b.txt'; // AVN News web story (Friday 12 June, evening), saved page, UK style, curly quotes
const D = '482ec769cb3fa03a.txt'; // state-aligned Pellisk Morning Star (Saturday 13 June), saved page, UK spelling, straight quotes, writes Norhaven Pulp and Paper
const X = '4569c0d3220da659.md'; // The Sieve explainer (Monday 15 June), breadcrumbs and # Headline, US style, straight quotes, writes Zarnov, Simkova, Ondrova, Ilic, Cooperative

export default {
  corpus: 'river-fish-kill',
  note: 'Invented event written for the project: early on Wednesday 10 June 2026 dead fish begin to surface on the Sennet River below the paper mill of Norhaven Pulp & Paper (Norhaven Pulp and Paper in the state-aligned paper and the explainer) at Lisovo, in Dolmar Province of the fictional country of Aurvania (capital Pellisk); pike, bream and carp pile up against the weir at the village of Perunka, and the city of Žarnov (Zarnov in the wire and the explainer), downstream, takes part of its drinking water from a river intake at Kosta. Five invented outlets: the Lanyard wire (Friday), The Žarnov Post live blog, newest first (Thursday 07:30 to 21:50), the AVN News web story (Friday evening), the state-aligned Pellisk Morning Star (Saturday) and The Sieve explainer (Monday). The National Environment Agency (NEA) and its director general Radka Šimková (Simkova in the wire and the explainer), Environment Minister Oskar Vellend and the Ministry of Environment, Norhaven, its spokeswoman Ilse Marwood and the mill director Stellan Harrow, the Sennet Fishermen\'s Cooperative (Co-operative in the UK-style outlets) and its chairman Miroslav Kerec, Žarnov Water Company and its director Petra Ondrová (Ondrova), Žarnov City Hall and Mayor Luka Fenrich, a hydrobiologist of the University of Žarnov, the fisherman Bogdan Ilić (Ilic) and the villager Vera Stanek disagree about the length of river affected (12 km, by the NEA, against 40 km, by the cooperative), the fish killed (7.8 tonnes collected, by the NEA, against at least 30 tonnes, by the cooperative), whether the mill discharged untreated effluent (no, by Norhaven, against yes, through an open bypass valve overnight Tuesday to Wednesday, by the NEA and the fishermen), whether the Kosta intake was closed (closed on Wednesday night, by the minister, against never closed, by the water company), whether the mill\'s permit is suspended (suspended and the order delivered, by the minister, against no order received and the mill running, by Norhaven), when residents were told not to use the river (Wednesday evening, by City Hall, against Friday morning, by villagers) and who said "A river is not a drain, and nobody will be allowed to treat it as one" (the minister in the wire and the state-aligned paper, the NEA\'s director general in the web story); the live blog corrects its own ammonia figure (15 times the permitted level, then five). 1,180 and "some 1,200" mill workers are one figure rounded; about three tonnes on Thursday and 7.8 tonnes on Friday "up from about three" is an update reported as such; Žarnov\'s 86,000 residents and the 30,000 supplied from the intake are different sets; the 2.1 tonnes from the pool below the Perunka weir are part of the 7.8 tonnes; "a criminal investigation for environmental pollution" and "a criminal case over the pollution of waters" are synonyms; "More than 200" and "About 250" volunteers agree; dissolved oxygen of 1.2 mg/l on Thursday and 6.8 on Sunday are different days\' readings. "Aurvanian" is a demonym; "Žarnov" inside Žarnov Water Company, Žarnov City Hall, University of Žarnov and The Žarnov Post, "Pellisk" inside Pellisk Morning Star and "Sennet" inside Sennet Fishermen\'s Cooperative are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 45],
    [L]: [],
    [B]: [1, 2, 3, 4, 12, 13, 14, 16, 36, 58, 59, 61],
    [D]: [1, 2, 3, 11, 12, 22],
    [X]: [1, 5, 54, 56, 57, 58, 59, 61],
  },

  actors: [
    // places
    { id: 'aurvania', name: 'Aurvania', type: 'place', forms: ['Aurvania'], note: 'the country; "Aurvanian" is a demonym' },
    { id: 'pellisk', name: 'Pellisk', type: 'place', forms: ['Pellisk'], note: 'the capital; nested in Pellisk Morning Star; "the capital" is nominal' },
    { id: 'dolmar', name: 'Dolmar Province', type: 'place', forms: ['Dolmar Province'], note: 'the province of the mill' },
    { id: 'sennet', name: 'Sennet River', type: 'place', forms: ['Sennet River', 'Sennet'], note: 'the river ("the Sennet"); nested in Sennet Fishermen\'s Cooperative; "the river" is nominal' },
    { id: 'lisovo', name: 'Lisovo', type: 'place', forms: ['Lisovo', 'LISOVO'], note: 'the mill town (dateline in capitals)' },
    { id: 'perunka', name: 'Perunka', type: 'place', forms: ['Perunka'], note: 'the village with the weir; "the Perunka weir" holds a mention; "the weir" and "the village" are nominal' },
    { id: 'zarnov', name: 'Žarnov', type: 'place', forms: ['Žarnov', 'Zarnov'], note: 'the city downstream (Zarnov in the wire and the explainer); nested in Žarnov Water Company, Žarnov City Hall, University of Žarnov and The Žarnov Post' },
    { id: 'kosta', name: 'Kosta', type: 'place', forms: ['Kosta'], note: 'site of Žarnov\'s river intake' },
    // organizations
    { id: 'norhaven', name: 'Norhaven Pulp & Paper', type: 'organization', forms: ['Norhaven Pulp & Paper', 'Norhaven Pulp and Paper', 'Norhaven'], note: 'the mill\'s owner (Norhaven Pulp and Paper in the state-aligned paper and the explainer); "the company" and "the mill" are nominal' },
    { id: 'nea', name: 'National Environment Agency', type: 'organization', forms: ['National Environment Agency', 'NEA'], note: 'the environment agency, defined as (NEA); "the agency" is nominal' },
    { id: 'ministry', name: 'Ministry of Environment', type: 'organization', forms: ['Ministry of Environment', 'Environment Ministry'], note: '"the ministry" is nominal' },
    { id: 'cooperative', name: 'Sennet Fishermen\'s Cooperative', type: 'organization', forms: ['Sennet Fishermen\'s Cooperative', 'Sennet Fishermen’s Co-operative', 'Sennet Fishermen\'s Co-operative'], note: 'the fishermen\'s cooperative (Co-operative in the UK-style outlets); "the cooperative", "the co-operative" are nominal' },
    { id: 'water-company', name: 'Žarnov Water Company', type: 'organization', forms: ['Žarnov Water Company', 'Zarnov Water Company'], note: 'the municipal water utility; "the utility", "the company" are nominal' },
    { id: 'city-hall', name: 'Žarnov City Hall', type: 'organization', forms: ['Žarnov City Hall', 'Zarnov City Hall'], note: 'the city government responsible for the riverside villages; "the city" is nominal' },
    { id: 'university', name: 'University of Žarnov', type: 'organization', forms: ['University of Žarnov', 'University of Zarnov'], note: 'university of the hydrobiologist Jonas Reitter' },
    { id: 'green-alliance', name: 'Green Alliance', type: 'organization', forms: ['Green Alliance'], note: 'the opposition party, in the state-aligned paper' },
    { id: 'lanyard', name: 'Lanyard', type: 'organization', forms: ['Lanyard'], note: 'the wire agency: the dateline "(Lanyard)" and "told Lanyard" are mentions; its outlet line and the explainer\'s footnote are metadata' },
    { id: 'post', name: 'The Žarnov Post', type: 'organization', forms: ['The Žarnov Post', 'Post'], note: 'the city paper running the live blog: "told the Post" -> "Post" and its photo credits (also in the explainer) are mentions; its front matter is metadata' },
    { id: 'avn', name: 'AVN News', type: 'organization', forms: ['AVN News'], note: 'the web story\'s site: "told AVN News" and its photo credit are mentions; its site-name line is metadata' },
    { id: 'morning-star', name: 'Pellisk Morning Star', type: 'organization', forms: ['Pellisk Morning Star'], note: 'the state-aligned paper: its photo credit is a mention; its site-name line, the byline "Morning Star staff reporter" and the explainer\'s footnote are metadata' },
    { id: 'sieve', name: 'The Sieve', type: 'organization', forms: ['The Sieve'], note: 'the explainer\'s site: "told The Sieve", "reached by The Sieve" are mentions; its breadcrumb and bio are metadata' },
    // people
    { id: 'kerec', name: 'Miroslav Kerec', type: 'person', forms: ['Miroslav Kerec', 'Kerec'], note: 'chairman of the Sennet Fishermen\'s Cooperative; "Mr Kerec" -> "Kerec"' },
    { id: 'simkova', name: 'Radka Šimková', type: 'person', forms: ['Radka Šimková', 'Radka Simkova', 'Šimková', 'Simkova'], note: 'director general of the NEA (Simkova in the wire and the explainer); "Ms" is outside the span' },
    { id: 'vellend', name: 'Oskar Vellend', type: 'person', forms: ['Oskar Vellend', 'Vellend'], note: 'Environment Minister; the title is outside the span; "the minister" is nominal' },
    { id: 'marwood', name: 'Ilse Marwood', type: 'person', forms: ['Ilse Marwood', 'Marwood'], note: 'Norhaven\'s spokeswoman' },
    { id: 'harrow', name: 'Stellan Harrow', type: 'person', forms: ['Stellan Harrow'], note: 'director of the Lisovo mill, in the live blog' },
    { id: 'ondrova', name: 'Petra Ondrová', type: 'person', forms: ['Petra Ondrová', 'Petra Ondrova'], note: 'director of Žarnov Water Company (Ondrova in the wire and the explainer)' },
    { id: 'fenrich', name: 'Luka Fenrich', type: 'person', forms: ['Luka Fenrich'], note: 'Mayor of Žarnov, in the state-aligned paper; "Mayor" is outside the span' },
    { id: 'reitter', name: 'Jonas Reitter', type: 'person', forms: ['Jonas Reitter'], note: 'hydrobiologist at the University of Žarnov; "Dr" is outside the span' },
    { id: 'ilic', name: 'Bogdan Ilić', type: 'person', forms: ['Bogdan Ilić', 'Bogdan Ilic'], note: 'fisherman and farmer in Perunka (Ilic in the wire and the explainer)' },
    { id: 'stanek', name: 'Vera Stanek', type: 'person', forms: ['Vera Stanek'], note: 'villager who lives by the Perunka weir' },
    { id: 'rudd', name: 'Tomas Rudd', type: 'person', forms: ['Tomas Rudd'], note: 'The Žarnov Post reporter: his name in the front matter is metadata; his photo credits (also in the explainer) are mentions' },
    { id: 'oyelaran', name: 'Marek Oyelaran', type: 'person', forms: ['Marek Oyelaran'], note: 'AVN News reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'daskal', name: 'Ivo Daskal', type: 'person', forms: ['Ivo Daskal'], note: 'Pellisk Morning Star photographer, in a photo credit' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:water company|co-operative|cooperative|agency|ministry|company|mill|utility|city|capital|minister|government|village|river|weir|opposition)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (no named prosecution body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Miroslav Kerec', cue: 'Kerec told Lanyard', quote: 'They are counting what fits in their trucks. We are counting the river' },
    { file: W, speaker: 'Radka Šimková', cue: 'Simkova said', quote: 'For several hours in the night from Tuesday to Wednesday, effluent went into the Sennet without any treatment at all' },
    { file: W, speaker: 'Ilse Marwood', cue: 'said in a statement', quote: 'Every liter that left our site went through our treatment plant, and our own monitors prove it' },
    { file: W, speaker: 'Petra Ondrová', cue: 'told Lanyard', quote: "We did not close the intake because there was no reason to close it. The water in Zarnov's taps is safe" },
    { file: W, speaker: 'Bogdan Ilić', cue: 'said Bogdan Ilic', quote: 'My cows drank from the river on Thursday. Nobody came, nobody texted' },
    { file: L, speaker: 'Miroslav Kerec', cue: 'he said', quote: 'Twelve kilometres is where the agency’s car stopped. The fish did not stop there' },
    { file: L, speaker: 'Stellan Harrow', cue: 'Stellan Harrow, said', quote: 'We have nothing to hide. Our data will go to the agency today.' },
    { file: L, speaker: 'Vera Stanek', cue: 'said Vera Stanek', quote: 'My grandson swam here yesterday afternoon. Nobody has told us anything, not a leaflet, not a text' },
    { file: B, speaker: 'Radka Šimková', cue: 'Ms Šimková said', quote: 'A river is not a drain, and nobody will be allowed to treat it as one' },
    { file: B, speaker: 'Ilse Marwood', cue: 'she told AVN News', quote: 'Until we receive one, our permit is valid and the mill is working' },
    { file: B, speaker: 'Petra Ondrová', cue: 'said its director, Petra Ondrová', quote: 'The intake has never been closed. Water from the Sennet has gone through our treatment works every hour of this week, and it has met every standard' },
    { file: D, speaker: 'Oskar Vellend', cue: 'he said', quote: 'Not one drop of contaminated water has reached a single tap' },
    { file: D, speaker: 'Luka Fenrich', cue: 'Mayor Luka Fenrich said', quote: 'acted within hours' },
    { file: X, speaker: 'Miroslav Kerec', cue: 'Kerec told The Sieve', quote: 'Nobody who has spent a night on that water believes eight tonnes' },
    { file: X, speaker: 'Petra Ondrová', cue: 'said Petra Ondrova', quote: 'Either the minister has been misinformed or we have' },
  ],

  contradictions: [
    {
      id: 'river-length', level: 'core', kind: 'numeric',
      summary: 'Length of river affected by the fish kill: 12 km, from the mill\'s outfall to the Perunka weir, according to the National Environment Agency (NEA) (repeated by the ministry in the state-aligned paper); 40 km, almost to Žarnov (Zarnov), according to the Sennet Fishermen\'s Cooperative and its chairman Miroslav Kerec, whose members went down the river by boat.',
      sides: [
        { file: W, quote: "The National Environment Agency (NEA) said the fish kill stretched for 12 km, from the mill's outfall to the Perunka weir.", value: '12 km', speaker: 'National Environment Agency', camp: 'A' },
        { file: L, quote: 'The National Environment Agency (NEA) says 12 km of river are affected.', value: '12 km', speaker: 'National Environment Agency', camp: 'A' },
        { file: B, quote: 'along a 12-kilometre stretch from the mill to the Perunka weir', value: '12 km', speaker: 'National Environment Agency', camp: 'A' },
        { file: D, quote: "the affected stretch of river, 12 kilometres from the mill's outfall to the weir at Perunka", value: '12 km', speaker: 'Ministry of Environment', camp: 'A' },
        { file: X, quote: "The National Environment Agency (NEA) says the kill covers 12 km, from the mill's outfall to the Perunka weir.", value: '12 km', speaker: 'National Environment Agency', camp: 'A' },
        { file: W, quote: 'members had found dead fish along 40 km of the river, down to the outskirts of the city of Zarnov', value: '40 km', speaker: 'Miroslav Kerec', camp: 'B' },
        { file: L, quote: 'He says members have found dead fish along 40 km, from the mill almost to the first houses of Žarnov.', value: '40 km', speaker: 'Miroslav Kerec', camp: 'B' },
        { file: B, quote: 'Members who have been on the water since Wednesday have found dead fish along 40 km of river', value: '40 km', speaker: 'Miroslav Kerec', camp: 'B' },
        { file: X, quote: "The Sennet Fishermen's Cooperative says its members found dead fish along 40 km, down to the edge of Zarnov.", value: '40 km', speaker: 'Sennet Fishermen\'s Cooperative', camp: 'B' },
      ],
    },
    {
      id: 'fish-tonnes', level: 'core', kind: 'numeric',
      summary: 'Fish killed: 7.8 tonnes collected by Friday, according to the NEA (repeated by the state-aligned paper); at least 30 tonnes, according to the cooperative\'s chairman Miroslav Kerec, who says most fish sank or drifted past the weir before they could be collected.',
      sides: [
        { file: B, quote: 'The NEA says 7.8 tonnes of dead fish have been collected so far', value: '7.8 t', speaker: 'National Environment Agency', camp: 'A' },
        { file: D, quote: 'Crews have removed 7.8 tonnes of dead fish from this stretch, the NEA said.', value: '7.8 t', speaker: 'National Environment Agency', camp: 'A' },
        { file: X, quote: 'The NEA says crews and volunteers collected 7.8 tonnes by Friday.', value: '7.8 t', speaker: 'National Environment Agency', camp: 'A' },
        { file: W, quote: 'put the kill at "at least 30 tonnes."', value: '>=30 t', speaker: 'Miroslav Kerec', camp: 'B' },
        { file: B, quote: 'the kill is “thirty tonnes at least”', value: '>=30 t', speaker: 'Miroslav Kerec', camp: 'B' },
        { file: X, quote: 'says at least 30 tonnes died', value: '>=30 t', speaker: 'Miroslav Kerec', camp: 'B' },
        { file: X, quote: 'Nobody who has spent a night on that water believes eight tonnes', value: 'more than 8 t', speaker: 'Miroslav Kerec', camp: 'B' },
      ],
    },
    {
      id: 'untreated-effluent', level: 'core', kind: 'polarity',
      summary: 'Whether the mill discharged untreated effluent: no, according to Norhaven and its spokeswoman Ilse Marwood, who say all waste water went through the treatment plant and blame heat and low water; yes, according to the NEA and its director general Radka Šimková (Simkova), whose inspectors found a bypass valve open and say effluent went into the river untreated for hours overnight Tuesday to Wednesday (repeated by the state-aligned paper), and the fisherman Bogdan Ilić (Ilic), who saw black foam at the outfall.',
      sides: [
        { file: W, quote: 'said its treatment plant had worked normally throughout and that no untreated effluent had left the site', value: 'no untreated discharge', speaker: 'Norhaven Pulp & Paper', camp: 'A' },
        { file: W, quote: 'Every liter that left our site went through our treatment plant, and our own monitors prove it', value: 'all treated', speaker: 'Ilse Marwood', camp: 'A' },
        { file: L, quote: 'no untreated effluent has left the site', value: 'no untreated discharge', speaker: 'Norhaven Pulp & Paper', camp: 'A' },
        { file: B, quote: 'repeated the company’s position that all of its waste water had passed through treatment', value: 'all treated', speaker: 'Ilse Marwood', camp: 'A' },
        { file: D, quote: 'Norhaven Pulp and Paper, the owner of the mill, has denied releasing untreated effluent.', value: 'denies', speaker: 'Norhaven Pulp & Paper', camp: 'A' },
        { file: X, quote: 'Norhaven says no untreated effluent left the site', value: 'no untreated discharge', speaker: 'Norhaven Pulp & Paper', camp: 'A' },
        { file: W, quote: 'For several hours in the night from Tuesday to Wednesday, effluent went into the Sennet without any treatment at all', value: 'untreated', speaker: 'Radka Šimková', camp: 'B' },
        { file: L, quote: 'he saw black foam coming out of the mill’s outfall at about 2am on Wednesday', value: 'black foam at outfall', speaker: 'Bogdan Ilić', camp: 'B' },
        { file: B, quote: 'says untreated waste water flowed into the Sennet River overnight from Tuesday to Wednesday', value: 'untreated', speaker: 'National Environment Agency', camp: 'B' },
        { file: D, quote: "Agency inspectors found a bypass valve open on the mill's effluent pipe, allowing waste to reach the river without treatment", value: 'untreated', speaker: 'National Environment Agency', camp: 'B' },
        { file: X, quote: 'waste water went into the river untreated for several hours in the night from Tuesday to Wednesday', value: 'untreated', speaker: 'Radka Šimková', camp: 'B' },
      ],
    },
    {
      id: 'intake-closed', level: 'core', kind: 'status',
      summary: 'Whether Žarnov\'s river intake at Kosta was closed: closed as a precaution on Wednesday night, with the city on its wells, according to Environment Minister Oskar Vellend (in parliament and in the state-aligned paper); never closed, with river water treated and meeting every standard all week, according to Žarnov Water Company, which runs it, and its director Petra Ondrová (Ondrova).',
      sides: [
        { file: W, quote: 'Vellend said the intake had been closed as a precaution on Wednesday night', value: 'closed', speaker: 'Oskar Vellend', camp: 'A' },
        { file: B, quote: 'had been closed on Wednesday night and that the city was drawing on its wells', value: 'closed', speaker: 'Oskar Vellend', camp: 'A' },
        { file: D, quote: 'The water intake at Kosta, which supplies part of Žarnov, was closed as a precaution on Wednesday night', value: 'closed', speaker: 'Oskar Vellend', camp: 'A' },
        { file: X, quote: 'Vellend told parliament the river intake at Kosta, which serves about 30,000 people in eastern Zarnov, was closed on Wednesday night.', value: 'closed', speaker: 'Oskar Vellend', camp: 'A' },
        { file: W, quote: 'said the intake had not been closed because its monitors had shown nothing abnormal', value: 'open', speaker: 'Žarnov Water Company', camp: 'B' },
        { file: L, quote: 'says the utility has not closed its river intake at Kosta', value: 'open', speaker: 'Petra Ondrová', camp: 'B' },
        { file: B, quote: 'The intake has never been closed.', value: 'never closed', speaker: 'Petra Ondrová', camp: 'B' },
        { file: X, quote: 'says the intake was never closed and the tap water met every standard all week', value: 'never closed', speaker: 'Žarnov Water Company', camp: 'B' },
      ],
    },
    {
      id: 'permit-suspended', level: 'secondary', kind: 'status',
      summary: 'Whether the mill\'s discharge permit is suspended: suspended on Friday, the order signed and delivered the same day, according to Environment Minister Oskar Vellend and his ministry; not suspended, no order received, the permit valid and the mill working, according to Norhaven and its spokeswoman Ilse Marwood.',
      sides: [
        { file: W, quote: 'Environment Minister Oskar Vellend said he had ordered the permit suspended.', value: 'suspended', speaker: 'Oskar Vellend', camp: 'A' },
        { file: B, quote: 'Environment Minister Oskar Vellend said on Friday afternoon that he had suspended the mill’s permit to discharge into the river', value: 'suspended', speaker: 'Oskar Vellend', camp: 'A' },
        { file: D, quote: 'Environment Minister Oskar Vellend has suspended the discharge permit of the paper mill at Lisovo', value: 'suspended', speaker: 'Ministry of Environment', camp: 'A' },
        { file: D, quote: "The suspension order was signed on Friday afternoon and delivered to the mill's management the same day", value: 'order delivered', speaker: 'Ministry of Environment', camp: 'A' },
        { file: X, quote: "Environment Minister Oskar Vellend says he suspended the mill's discharge permit on Friday.", value: 'suspended', speaker: 'Oskar Vellend', camp: 'A' },
        { file: W, quote: 'it had received no order suspending its permit and that the mill was still running', value: 'not suspended', speaker: 'Norhaven Pulp & Paper', camp: 'B' },
        { file: B, quote: 'Until we receive one, our permit is valid and the mill is working', value: 'permit valid', speaker: 'Ilse Marwood', camp: 'B' },
        { file: X, quote: 'Norhaven says it has received no order, that its permit is still valid', value: 'permit valid', speaker: 'Norhaven Pulp & Paper', camp: 'B' },
      ],
    },
    {
      id: 'warning-day', level: 'secondary', kind: 'temporal',
      summary: 'When riverside residents were told not to use the river: on Wednesday evening, by text message and loudspeaker, according to Žarnov City Hall and Mayor Luka Fenrich (repeated by the state-aligned paper); not until Friday morning, when a loudspeaker van came, according to villagers in Perunka, among them Vera Stanek, who on Thursday said nobody had told them anything.',
      sides: [
        { file: W, quote: 'Zarnov City Hall said the warning went out by text message and loudspeaker on Wednesday evening.', value: 'Wednesday evening', speaker: 'Žarnov City Hall', camp: 'A' },
        { file: L, quote: 'says a warning not to use river water went out on Wednesday evening by text message and from a loudspeaker van', value: 'Wednesday evening', speaker: 'Žarnov City Hall', camp: 'A' },
        { file: B, quote: 'Žarnov City Hall says the warning went out on Wednesday evening.', value: 'Wednesday evening', speaker: 'Žarnov City Hall', camp: 'A' },
        { file: D, quote: 'Residents of the riverside villages were warned on Wednesday evening not to use water from the river for any purpose', value: 'Wednesday evening', speaker: 'Žarnov City Hall', camp: 'A' },
        { file: X, quote: 'Zarnov City Hall says riverside villages were told on Wednesday evening', value: 'Wednesday evening', speaker: 'Žarnov City Hall', camp: 'A' },
        { file: W, quote: 'Several residents said they heard nothing until Friday morning.', value: 'Friday morning', speaker: 'residents of Perunka', camp: 'B' },
        { file: L, quote: 'Nobody has told us anything, not a leaflet, not a text', value: 'not warned by Thursday', speaker: 'Vera Stanek', camp: 'B' },
        { file: B, quote: 'residents say they were not warned about the river until Friday morning', value: 'Friday morning', speaker: 'residents of Perunka', camp: 'B' },
        { file: X, quote: 'Villagers in Perunka say the warning reached them on Friday morning', value: 'Friday morning', speaker: 'residents of Perunka', camp: 'B' },
      ],
    },
    {
      id: 'drain-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "A river is not a drain, and nobody will be allowed to treat it as one" is credited to Environment Minister Oskar Vellend by the wire and the state-aligned paper, and to the NEA\'s director general Radka Šimková by the web story.',
      sides: [
        { file: W, quote: '"A river is not a drain, and nobody will be allowed to treat it as one," he told reporters.', speaker: 'Oskar Vellend', camp: 'A' },
        { file: D, quote: '"A river is not a drain, and nobody will be allowed to treat it as one," Mr Vellend said.', speaker: 'Oskar Vellend', camp: 'A' },
        { file: B, quote: '“A river is not a drain, and nobody will be allowed to treat it as one,” Ms Šimková said.', speaker: 'Radka Šimková', camp: 'B' },
      ],
    },
    {
      id: 'ammonia-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the NEA had measured ammonia at 15 times the permitted level at the mill\'s outfall, then corrected it to five times, the agency\'s figure; the wire also says five times.',
      sides: [
        { file: L, quote: 'The NEA has measured ammonia at 15 times the permitted level', value: '15x', speaker: 'agency official', camp: 'A' },
        { file: L, quote: 'The agency says the figure was five times the permitted level', value: '5x', speaker: 'National Environment Agency', camp: 'B' },
        { file: W, quote: "the agency's samples showed ammonia at five times the permitted level at the outfall on Wednesday morning", value: '5x', speaker: 'Radka Šimková', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'workers-rounded', kind: 'numeric',
      summary: '1,180 people employed at the mill (wire) and "some 1,200 workers" (state-aligned paper) are one figure, rounded.',
      sides: [
        { file: W, quote: 'Norhaven, which employs 1,180 people at the mill', value: '1,180' },
        { file: D, quote: 'The mill, which has some 1,200 workers, is the largest employer in Lisovo.', value: '~1,200' },
      ],
    },
    {
      id: 'tonnes-updated', kind: 'numeric',
      summary: 'About three tonnes collected by Thursday evening (live blog) and 7.8 tonnes by Friday afternoon "up from about three tonnes on Thursday evening" (state-aligned paper) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Crews and volunteers have collected about three tonnes of dead fish so far, the NEA says.', value: '~3 t (Thursday)' },
        { file: D, quote: 'The total had risen to 7.8 tonnes by Friday afternoon, up from about three tonnes on Thursday evening.', value: '7.8 t (Friday)' },
      ],
    },
    {
      id: 'city-vs-intake', kind: 'numeric',
      summary: 'Žarnov\'s 86,000 residents and the about 30,000 in its eastern districts supplied from the Kosta intake are different sets.',
      sides: [
        { file: W, quote: 'Zarnov, a city of 86,000', value: '86,000 (city)' },
        { file: W, quote: "About 30,000 people in the city's eastern districts are supplied from a river intake at Kosta.", value: '30,000 (intake)' },
      ],
    },
    {
      id: 'weir-part', kind: 'numeric',
      summary: 'The 2.1 tonnes pulled from the pool below the Perunka weir (explainer) are part of the 7.8 tonnes collected in all (wire).',
      sides: [
        { file: X, quote: 'About 2.1 tonnes were pulled from the pool below the Perunka weir alone, the agency says.', value: '2.1 t (weir pool)' },
        { file: W, quote: 'Its crews and volunteers had collected 7.8 tonnes of dead fish by Friday afternoon, the agency said.', value: '7.8 t (all)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a criminal investigation for environmental pollution" (wire) and "a criminal case over the pollution of waters" (web story) describe the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: 'Prosecutors in Dolmar Province have opened a criminal investigation for environmental pollution', value: 'investigation opened' },
        { file: B, quote: 'Prosecutors have opened a criminal case over the pollution of waters.', value: 'criminal case opened' },
      ],
    },
    {
      id: 'volunteers', kind: 'numeric',
      summary: '"More than 200 volunteers" (web story) and "About 250 volunteers" (state-aligned paper) on the banks on Friday are compatible approximations.',
      sides: [
        { file: B, quote: 'More than 200 volunteers joined agency crews on the banks on Friday', value: '>200' },
        { file: D, quote: 'About 250 volunteers worked alongside agency crews on Friday', value: '~250' },
      ],
    },
    {
      id: 'oxygen-days', kind: 'numeric',
      summary: 'Dissolved oxygen of 1.2 mg/l below the weir on Thursday (live blog) and 6.8 mg/l on Sunday (explainer), both measured by Jonas Reitter, are different days\' readings.',
      sides: [
        { file: L, quote: 'measured dissolved oxygen at 1.2 milligrams per litre below the weir this morning', value: '1.2 mg/l (Thursday)' },
        { file: X, quote: 'By Sunday his reading was back to 6.8 milligrams per liter.', value: '6.8 mg/l (Sunday)' },
      ],
    },
  ],
};
