// Hand-written gold source for the collapse of Rivanta Plaza, an eight-storey garment factory
// building in Kashwar, Selvara (invented event, September 2026). build-gold.mjs turns it into
// ../gold/factory-collapse.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog is Markdown with YAML front matter (entries newest first,
// bold time stamps); the web story and the state-aligned paper imitate scraped pages (site name,
// navigation bar, "Skip to content", headline twice, standfirst, byline with role, "Updated" line,
// "Share this article", "Advertisement", a caption with a photo credit, "Read more" lines); the
// explainer is Markdown converted from a web page (breadcrumb links, `# Headline`, italic
// standfirst, byline and date line, image line with caption and credit, an author line and "Read
// more" links). Site names, navigation bars, bylines, date and "Updated" lines, "Share this
// article", "Advertisement", "Read more" lines, the wire's reporting line and the author line are
// metadata (meta: 1-based line numbers); headlines, standfirsts, captions and credits are counted
// text. Link URLs are in ignore.
const W = 'coracle-wire.txt'; // Coracle wire (Thursday 10 September), US-style dates, straight quotes, writes Khalkani
const L = '7b2e41d09c5fa836.md'; // The Kashwar Times live blog, YAML front matter, newest first (Wednesday 9 September 09:25 to Thursday 22:00), UK style, curly quotes
const B = '1d8c5a27e0f394b6.txt'; // SVN News web story (Friday 11 September), UK style, straight quotes
const D = 'a93f0e6b5d21c478.txt'; // state-aligned The Selvara Patriot (Saturday 12 September), UK style, straight quotes, writes Amina Rozario, Pellham and Roe
const X = '4e07c9b2a81d6f53.md'; // The Load Path explainer (Sunday 13 September), US style, straight quotes, writes Kashvar, Khalkani

export default {
  corpus: 'factory-collapse',
  note: 'Invented event written for the project: on the morning of Wednesday 9 September 2026, an hour after the 08:00 shift began, Rivanta Plaza, an eight-storey building on Jalvani Road in the industrial town of Kashwar (Kashvar in the explainer), in the fictional country of Selvara (capital Orinthe), collapses; it houses the garment factory Brightstitch Apparels on seven floors, and both belong to Rashid Khalqani (Khalkani in the wire and the explainer). The army\'s 14th Engineer Brigade pulls 341 people out alive; 541 injured are treated in hospitals (212 at Kashwar Medical College Hospital); about 1,200 rescuers work at the site. Five invented outlets: the Coracle wire (Thursday), The Kashwar Times live blog, newest first (Wednesday 09:25 to Thursday 22:00), the SVN News web story (Friday), the state-aligned The Selvara Patriot (Saturday) and The Load Path explainer (Sunday); four files have random names. The Labour Ministry and Labour Minister Devika Tharuni, the Fire Service and Civil Defence (FSCD) and its director general Kamal Noorzad, the brigade and its commander Lt Col Sanjiv Maral, the police and Superintendent Harun Bakshi, the Kashwar Development Authority (KDA), the Institute of Engineers, Selvara (IES) and its president Anil Deshwar, the Garment Workers\' Unity Federation (GWUF) and its president Amina Rosario (Rozario in the state-aligned paper), the Selvara Garment Manufacturers and Exporters Association (SGMEA) and its president Imtiaz Chowdar, the owner\'s lawyer Feroz Amberkar, the brands Norrbrand and Pellham & Roe (Pellham and Roe in the state-aligned paper), the survivor Nasreen Qadeer and the husband Jahid Morsan disagree about the dead (96 by the ministry, 128 bodies by the FSCD), the workers inside (2,614 by the union, about 1,400 by the SGMEA), the floors built without a permit (only the eighth, by the KDA and the minister; the top three, by the IES, whose copy of the 2014 permit allows five), whether cracks appeared on Tuesday and workers were ordered back in on Wednesday (yes, by survivors and the union; no, by the owner\'s lawyer and the SGMEA), whether the owner is in custody (detained on Thursday night near the Mirapur border crossing, by the minister; not found, by the police on Friday and Saturday), whether Pellham & Roe had orders in production there (none, by the company; a July 2026 purchase order and labels in the rubble, by the union), when the building fell (09:02 by the FSCD; about 09:40 by the minister) and who said "The walls were talking to us, and nobody wanted to listen" (the survivor Nasreen Qadeer in the wire, the union leader Amina Rosario in the web story); the live blog corrects its own count of survivors pulled out (431, then 341). "Some 2,600 workers" and 2,614 are one figure rounded; 41 dead on Wednesday afternoon and 96 "up from 41" is an update reported as such; the 341 pulled out alive and the 541 treated in hospitals are different sets; the 212 at Kashwar Medical College Hospital are part of the 541; "Rescue work is still under way" and "The search for survivors continues" are synonyms; "More than 1,000 rescuers" and "About 1,200 soldiers, firefighters and volunteers" agree; the 34 killed in a 2021 fire in Dumali belong to another disaster. "Selvara" inside the SGMEA, the IES and The Selvara Patriot and "Kashwar" inside the KDA, Kashwar Medical College Hospital and The Kashwar Times are nested.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 43],
    [L]: [],
    [B]: [1, 2, 3, 11, 12, 14, 32, 64, 65, 67],
    [D]: [1, 2, 3, 11, 12, 14, 34, 60, 61, 63],
    [X]: [1, 7, 50, 52, 54, 55],
  },

  actors: [
    // places
    { id: 'selvara', name: 'Selvara', type: 'place', forms: ['Selvara'], note: 'the country; nested in the SGMEA, the IES and The Selvara Patriot; "the country" is nominal' },
    { id: 'orinthe', name: 'Orinthe', type: 'place', forms: ['Orinthe'], note: 'the capital; "the capital" is nominal' },
    { id: 'kashwar', name: 'Kashwar', type: 'place', forms: ['Kashwar', 'Kashvar', 'KASHWAR'], note: 'the industrial town (Kashvar in the explainer; dateline in capitals); nested in the KDA, Kashwar Medical College Hospital and The Kashwar Times; "the town" is nominal' },
    { id: 'jalvani', name: 'Jalvani Road', type: 'place', forms: ['Jalvani Road'], note: 'the road of the building' },
    { id: 'rivanta', name: 'Rivanta Plaza', type: 'place', forms: ['Rivanta Plaza'], note: 'the collapsed building, a named facility (typed place); "the building" is nominal' },
    { id: 'mirapur', name: 'Mirapur', type: 'place', forms: ['Mirapur'], note: 'the border crossing where the minister says the owner was detained' },
    { id: 'dumali', name: 'Dumali', type: 'place', forms: ['Dumali'], note: 'town of an earlier (2021) garment-factory fire' },
    // organizations
    { id: 'labour-ministry', name: 'Labour Ministry', type: 'organization', forms: ['Labour Ministry', 'Ministry of Labour'], note: 'the ministry ("Photo: Ministry of Labour" in a caption credit is a mention); "the ministry" is nominal; "Labour Minister" before a name is a title' },
    { id: 'fscd', name: 'Fire Service and Civil Defence', type: 'organization', forms: ['Fire Service and Civil Defence', 'FSCD'], note: 'the fire and rescue service, defined as (FSCD); "the fire service" is nominal' },
    { id: 'brigade', name: '14th Engineer Brigade', type: 'organization', forms: ['14th Engineer Brigade'], note: 'the army rescue unit; "the army", "the brigade" are nominal' },
    { id: 'brightstitch', name: 'Brightstitch Apparels', type: 'organization', forms: ['Brightstitch Apparels', 'Brightstitch'], note: 'the garment factory in the building; "a Brightstitch supervisor", "Brightstitch management" hold mentions; "the factory" is nominal' },
    { id: 'gwuf', name: 'Garment Workers’ Unity Federation', type: 'organization', forms: ['Garment Workers’ Unity Federation', 'Garment Workers\' Unity Federation', 'GWUF'], note: 'the union, defined as (GWUF); curly or straight apostrophe; "the union" is nominal' },
    { id: 'sgmea', name: 'Selvara Garment Manufacturers and Exporters Association', type: 'organization', forms: ['Selvara Garment Manufacturers and Exporters Association', 'SGMEA'], note: 'the manufacturers\' association, defined as (SGMEA); "the association", "The manufacturers\' association" are nominal' },
    { id: 'kda', name: 'Kashwar Development Authority', type: 'organization', forms: ['Kashwar Development Authority', 'Kashvar Development Authority', 'KDA'], note: 'the town\'s planning body, defined as (KDA); Kashvar in the explainer' },
    { id: 'ies', name: 'Institute of Engineers, Selvara', type: 'organization', forms: ['Institute of Engineers, Selvara', 'IES'], note: 'the engineers\' institute, defined as (IES); "the institute" is nominal' },
    { id: 'kmch', name: 'Kashwar Medical College Hospital', type: 'organization', forms: ['Kashwar Medical College Hospital'], note: 'the town\'s main hospital' },
    { id: 'norrbrand', name: 'Norrbrand', type: 'organization', forms: ['Norrbrand'], note: 'foreign brand that acknowledges orders at the factory' },
    { id: 'pellham', name: 'Pellham & Roe', type: 'organization', forms: ['Pellham & Roe', 'Pellham and Roe'], note: 'foreign retailer that denies orders at the factory (Pellham and Roe in the state-aligned paper)' },
    { id: 'coracle', name: 'Coracle', type: 'organization', forms: ['Coracle'], note: 'the wire agency: the dateline "(Coracle)" and the explainer\'s "the wire agency Coracle" are mentions; its outlet line is metadata' },
    { id: 'svn', name: 'SVN News', type: 'organization', forms: ['SVN News'], note: 'the news site: "told SVN News", its photo credits (one reused by the explainer) and the explainer\'s "SVN News quoted" are mentions; its site-name line is metadata' },
    { id: 'load-path', name: 'The Load Path', type: 'organization', forms: ['The Load Path'], note: 'the explainer\'s site: "told The Load Path" and "shared with The Load Path" are mentions; its breadcrumb and author lines are metadata' },
    // people
    { id: 'tharuni', name: 'Devika Tharuni', type: 'person', forms: ['Devika Tharuni', 'Tharuni'], note: 'Labour Minister; the title is outside the span ("Minister Tharuni" -> "Tharuni"); "the minister" is nominal' },
    { id: 'noorzad', name: 'Kamal Noorzad', type: 'person', forms: ['Kamal Noorzad'], note: 'director general of the FSCD' },
    { id: 'maral', name: 'Sanjiv Maral', type: 'person', forms: ['Sanjiv Maral', 'Maral'], note: 'commander of the 14th Engineer Brigade; "Lieutenant Colonel", "Colonel" are outside' },
    { id: 'bakshi', name: 'Harun Bakshi', type: 'person', forms: ['Harun Bakshi'], note: 'police superintendent in Kashwar; "Police Superintendent", "Superintendent" are outside' },
    { id: 'deshwar', name: 'Anil Deshwar', type: 'person', forms: ['Anil Deshwar'], note: 'president of the IES; "Prof" is outside' },
    { id: 'rosario', name: 'Amina Rosario', type: 'person', forms: ['Amina Rosario', 'Amina Rozario'], note: 'president of the GWUF (Rozario in the state-aligned paper)' },
    { id: 'chowdar', name: 'Imtiaz Chowdar', type: 'person', forms: ['Imtiaz Chowdar', 'Chowdar'], note: 'president of the SGMEA; "Mr Chowdar" -> "Chowdar"' },
    { id: 'khalqani', name: 'Rashid Khalqani', type: 'person', forms: ['Rashid Khalqani', 'Rashid Khalkani', 'Khalqani', 'Khalkani'], note: 'owner of the building and of Brightstitch (Khalkani in the wire and the explainer); "Mr Khalqani", "Mr. Khalkani" -> surname' },
    { id: 'amberkar', name: 'Feroz Amberkar', type: 'person', forms: ['Feroz Amberkar', 'Amberkar'], note: 'the owner\'s lawyer; "Mr Amberkar" -> "Amberkar"' },
    { id: 'qadeer', name: 'Nasreen Qadeer', type: 'person', forms: ['Nasreen Qadeer'], note: 'sewing-machine operator rescued after 19 hours, credited with the "walls were talking" line by the wire' },
    { id: 'morsan', name: 'Jahid Morsan', type: 'person', forms: ['Jahid Morsan'], note: 'husband waiting at the cordon, in the live blog' },
    { id: 'sultana', name: 'Sultana', type: 'person', forms: ['Sultana'], note: 'Jahid Morsan\'s wife, missing (first name only)' },
    { id: 'solvane', name: 'Marek Solvane', type: 'person', forms: ['Marek Solvane'], note: 'President of Selvara, in the state-aligned paper' },
    { id: 'chaudry', name: 'Leena Chaudry', type: 'person', forms: ['Leena Chaudry'], note: 'SVN News labour correspondent: her byline is metadata; her photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|union|federation|association|manufacturers' association|authority|town's planning authority|institute|brigade|army|fire service|company|building|factory|minister|government|capital|country|town|hospital|state)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Kamal Noorzad', cue: 'told reporters at the site', quote: 'My men have carried out 128 bodies. I am not going to argue with anyone about a list' },
    { file: W, speaker: 'Nasreen Qadeer', cue: 'said Nasreen Qadeer', quote: 'The walls were talking to us, and nobody wanted to listen' },
    { file: W, speaker: 'Imtiaz Chowdar', cue: 'SGMEA President Imtiaz Chowdar said', quote: 'The figures being quoted by the union are the payroll, not the people inside' },
    { file: W, speaker: 'Feroz Amberkar', cue: 'said in a statement', quote: 'There were no cracks, and no one was ordered anywhere' },
    { file: L, speaker: 'Jahid Morsan', cue: 'he said', quote: 'They told us to go to the hospital, the hospital told us to come back here' },
    { file: L, speaker: 'Amina Rosario', cue: 'she said', quote: 'They were told: come in, or lose a month’s wages. So they came in' },
    { file: L, speaker: 'Imtiaz Chowdar', cue: 'he told reporters', quote: 'Nobody in this industry sends a worker into a building they believe is unsafe' },
    { file: L, speaker: 'Norrbrand', cue: 'its chief executive said in a statement', quote: 'We will not hide behind our suppliers' },
    { file: B, speaker: 'Amina Rosario', cue: 'said Amina Rosario', quote: 'The walls were talking to us, and nobody wanted to listen' },
    { file: B, speaker: 'Anil Deshwar', cue: 'said Prof Anil Deshwar', quote: 'Three floors of concrete were put on a building that was never designed to hold them' },
    { file: B, speaker: 'Harun Bakshi', cue: 'Superintendent Harun Bakshi said', quote: 'We will find him' },
    { file: D, speaker: 'Devika Tharuni', cue: 'she said', quote: 'He is in custody, and he will answer for every life' },
    { file: D, speaker: 'Sanjiv Maral', cue: 'Colonel Maral said', quote: 'Every time we hear a voice, the whole site goes silent' },
    { file: D, speaker: 'Imtiaz Chowdar', cue: 'said SGMEA President Imtiaz Chowdar', quote: 'No worker in our industry is forced to work in an unsafe building.' },
    { file: X, speaker: 'Anil Deshwar', cue: 'told The Load Path', quote: 'Someone approved a seven-story building on foundations for five, or someone added three floors and nobody noticed' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'The dead: 96 confirmed by the Labour Ministry, which counts only identified bodies handed to families; 128 bodies recovered according to the Fire Service and Civil Defence (FSCD) and its director general Kamal Noorzad.',
      sides: [
        { file: W, quote: 'The Labour Ministry said 96 people had been confirmed dead by Thursday evening.', value: '96', speaker: 'Labour Ministry', camp: 'A' },
        { file: L, quote: 'The Labour Ministry says 96 people are confirmed dead.', value: '96', speaker: 'Labour Ministry', camp: 'A' },
        { file: B, quote: 'The Labour Ministry says 96 people are confirmed dead.', value: '96', speaker: 'Labour Ministry', camp: 'A' },
        { file: D, quote: 'According to the ministry, 96 workers lost their lives', value: '96', speaker: 'Labour Ministry', camp: 'A' },
        { file: X, quote: 'The Labour Ministry says 96 people are confirmed dead.', value: '96', speaker: 'Labour Ministry', camp: 'A' },
        { file: W, quote: 'said its crews had recovered 128 bodies', value: '128', speaker: 'Fire Service and Civil Defence', camp: 'B' },
        { file: W, quote: 'My men have carried out 128 bodies.', value: '128', speaker: 'Kamal Noorzad', camp: 'B' },
        { file: L, quote: 'The fire service says 128 bodies have been recovered.', value: '128', speaker: 'Fire Service and Civil Defence', camp: 'B' },
        { file: B, quote: 'says 128 bodies have been recovered', value: '128', speaker: 'Fire Service and Civil Defence', camp: 'B' },
        { file: X, quote: 'says it has recovered 128', value: '128', speaker: 'Fire Service and Civil Defence', camp: 'B' },
      ],
    },
    {
      id: 'workers-inside', level: 'core', kind: 'numeric',
      summary: 'Workers inside when the building fell: 2,614 who clocked in, according to the Garment Workers\' Unity Federation (GWUF) and its attendance sheets; about 1,400 according to the manufacturers\' association (SGMEA) and its president Imtiaz Chowdar, who says the union quotes the payroll.',
      sides: [
        { file: W, quote: 'said 2,614 workers had clocked in on Wednesday morning', value: '2,614', speaker: 'Amina Rosario', camp: 'A' },
        { file: L, quote: 'The union says more than 2,600.', value: '>2,600', speaker: 'Garment Workers’ Unity Federation', camp: 'A' },
        { file: B, quote: 'The union says 2,614 workers clocked in on Wednesday.', value: '2,614', speaker: 'Garment Workers’ Unity Federation', camp: 'A' },
        { file: D, quote: 'The union has said 2,614 workers were in the building.', value: '2,614', speaker: 'Garment Workers’ Unity Federation', camp: 'A' },
        { file: X, quote: 'says 2,614 workers clocked in that morning', value: '2,614', speaker: 'Garment Workers’ Unity Federation', camp: 'A' },
        { file: W, quote: 'said about 1,400 workers were in the building when it fell', value: '~1,400', speaker: 'Selvara Garment Manufacturers and Exporters Association', camp: 'B' },
        { file: L, quote: 'says “about 1,400” workers were in the building', value: '~1,400', speaker: 'Selvara Garment Manufacturers and Exporters Association', camp: 'B' },
        { file: B, quote: 'says about 1,400 were in the building', value: '~1,400', speaker: 'Selvara Garment Manufacturers and Exporters Association', camp: 'B' },
        { file: D, quote: 'He said about 1,400 workers had been inside', value: '~1,400', speaker: 'Imtiaz Chowdar', camp: 'B' },
        { file: X, quote: 'says about 1,400 were inside', value: '~1,400', speaker: 'Selvara Garment Manufacturers and Exporters Association', camp: 'B' },
      ],
    },
    {
      id: 'floors-unpermitted', level: 'core', kind: 'numeric',
      summary: 'Floors built without a permit: only the eighth, according to the Kashwar Development Authority (KDA) and Labour Minister Devika Tharuni (a permit for seven storeys); the top three, according to the Institute of Engineers, Selvara (IES), whose copy of the 2014 permit allows five.',
      sides: [
        { file: W, quote: 'the building had a permit for seven storeys and that the eighth floor had been added without approval', value: '1 (eighth)', speaker: 'Kashwar Development Authority', camp: 'A' },
        { file: L, quote: 'says the building was approved for seven storeys and the eighth was added without approval', value: '1 (eighth)', speaker: 'Kashwar Development Authority', camp: 'A' },
        { file: B, quote: 'says the building had a permit for seven storeys and that only the eighth floor was illegal', value: '1 (eighth)', speaker: 'Kashwar Development Authority', camp: 'A' },
        { file: D, quote: 'The building had a permit for seven storeys, she said; the eighth floor was built without approval', value: '1 (eighth)', speaker: 'Devika Tharuni', camp: 'A' },
        { file: X, quote: 'says Rivanta Plaza was approved for seven stories and that only the eighth was illegal', value: '1 (eighth)', speaker: 'Kashwar Development Authority', camp: 'A' },
        { file: W, quote: 'meaning the top three floors were built without one', value: '3', speaker: 'Institute of Engineers, Selvara', camp: 'B' },
        { file: L, quote: 'says the top three floors of the building were built without a permit', value: '3', speaker: 'Institute of Engineers, Selvara', camp: 'B' },
        { file: B, quote: 'says its copy of the permit, issued in 2014, allows five', value: '3 (permit for 5)', speaker: 'Institute of Engineers, Selvara', camp: 'B' },
        { file: X, quote: 'says the permit it has seen, dated 2014, allows five, which would make the top three floors unauthorized', value: '3', speaker: 'Institute of Engineers, Selvara', camp: 'B' },
      ],
    },
    {
      id: 'cracks-ordered-back', level: 'core', kind: 'polarity',
      summary: 'Whether cracks appeared on Tuesday and workers were ordered back in on Wednesday: yes, according to survivors and the GWUF (managers threatened a month\'s pay); no, according to the owner\'s lawyer Feroz Amberkar (no crack reported, no one ordered back) and the SGMEA.',
      sides: [
        { file: W, quote: 'said managers had ordered the workers back in despite the cracks', value: 'yes', speaker: 'Garment Workers’ Unity Federation', camp: 'A' },
        { file: L, quote: 'says workers were sent home on Tuesday after cracks appeared in the pillars on the third floor, and were ordered back on Wednesday', value: 'yes', speaker: 'Amina Rosario', camp: 'A' },
        { file: B, quote: "On Wednesday, they said, line managers stood at the gate and told them that anyone who did not come in would lose a month's pay.", value: 'yes', speaker: 'survivors', camp: 'A' },
        { file: X, quote: "managers ordered them back on Wednesday under threat of losing a month's wages", value: 'yes', speaker: 'survivors and the union', camp: 'A' },
        { file: W, quote: 'There were no cracks, and no one was ordered anywhere', value: 'no', speaker: 'Feroz Amberkar', camp: 'B' },
        { file: B, quote: 'that "no crack of any kind" had been reported to the management and that nobody had been told to return to work', value: 'no', speaker: 'Feroz Amberkar', camp: 'B' },
        { file: D, quote: 'rejected claims that workers had been forced back into the building', value: 'no', speaker: 'Selvara Garment Manufacturers and Exporters Association', camp: 'B' },
        { file: D, quote: 'Brightstitch management did not report any crack to us or to anyone else', value: 'no', speaker: 'Imtiaz Chowdar', camp: 'B' },
        { file: X, quote: "The owner's lawyer says no crack was ever reported and no one was ordered back.", value: 'no', speaker: 'Feroz Amberkar', camp: 'B' },
      ],
    },
    {
      id: 'owner-custody', level: 'secondary', kind: 'status',
      summary: 'Whether the owner Rashid Khalqani (Khalkani) is in custody: Labour Minister Devika Tharuni says he was detained on Thursday night near the Mirapur border crossing and is in custody; the police said on Friday afternoon that he had still not been found, and a police spokesman said on Saturday evening that the search continued and no arrest had been made.',
      sides: [
        { file: D, quote: 'has been in police custody since Thursday night, Labour Minister Devika Tharuni said on Saturday', value: 'in custody', speaker: 'Devika Tharuni', camp: 'A' },
        { file: D, quote: 'He is in custody, and he will answer for every life', value: 'in custody', speaker: 'Devika Tharuni', camp: 'A' },
        { file: X, quote: 'said on Saturday that he had been detained near the border on Thursday night and was in custody', value: 'in custody', speaker: 'Devika Tharuni', camp: 'A' },
        { file: B, quote: 'Police said on Friday afternoon that he had still not been found and that officers were watching border crossings.', value: 'at large', speaker: 'police', camp: 'B' },
        { file: X, quote: 'that "the search for Mr. Khalkani is continuing" and that no arrest had been made', value: 'at large', speaker: 'police', camp: 'B' },
      ],
    },
    {
      id: 'brand-orders', level: 'secondary', kind: 'polarity',
      summary: 'Whether the retailer Pellham & Roe (Pellham and Roe) had orders in production at Brightstitch Apparels: none, the company says (its last order ended in March 2025), as the SGMEA repeats; the GWUF says it found the company\'s labels and a purchase order dated July 2026 in the rubble.',
      sides: [
        { file: W, quote: 'the company had had no orders in production at the factory', value: 'no orders', speaker: 'Pellham & Roe', camp: 'A' },
        { file: B, quote: 'no orders in production at Brightstitch Apparels or any other factory in Rivanta Plaza', value: 'no orders', speaker: 'Pellham & Roe', camp: 'A' },
        { file: D, quote: 'confirmed this week that it had no orders in production at the factory', value: 'no orders', speaker: 'Pellham & Roe', camp: 'A' },
        { file: X, quote: 'Pellham & Roe says it did not, and that it stopped ordering from the factory in March 2025.', value: 'no orders', speaker: 'Pellham & Roe', camp: 'A' },
        { file: W, quote: 'The GWUF said it had found Pellham & Roe labels and a purchase order dated July 2026 on the fifth floor.', value: 'orders', speaker: 'Garment Workers’ Unity Federation', camp: 'B' },
        { file: L, quote: 'a purchase order from Pellham & Roe, dated July 2026, for 40,000 shirts', value: 'orders', speaker: 'Garment Workers’ Unity Federation', camp: 'B' },
        { file: B, quote: 'The union has published a photograph of what it says is a Pellham & Roe purchase order dated July 2026', value: 'orders', speaker: 'Garment Workers’ Unity Federation', camp: 'B' },
        { file: X, quote: 'The GWUF has published photographs of Pellham & Roe labels and what it says is a July 2026 purchase order found on the fifth floor.', value: 'orders', speaker: 'Garment Workers’ Unity Federation', camp: 'B' },
      ],
    },
    {
      id: 'collapse-time', level: 'secondary', kind: 'temporal',
      summary: 'When the building fell on Wednesday: at 09:02 according to the FSCD\'s log (first call two minutes later); "at about 9:40 in the morning" according to Labour Minister Devika Tharuni in parliament and her ministry.',
      sides: [
        { file: W, quote: 'It came down at 9:02 a.m., according to the FSCD', value: '09:02', speaker: 'Fire Service and Civil Defence', camp: 'A' },
        { file: L, quote: 'says the building came down at 09:02', value: '09:02', speaker: 'Kamal Noorzad', camp: 'A' },
        { file: B, quote: 'The fire service says the building collapsed at 09:02.', value: '09:02', speaker: 'Fire Service and Civil Defence', camp: 'A' },
        { file: X, quote: 'The FSCD logs the collapse at 9:02 a.m.', value: '09:02', speaker: 'Fire Service and Civil Defence', camp: 'A' },
        { file: W, quote: 'the building fell "at about 9:40 in the morning"', value: '~09:40', speaker: 'Devika Tharuni', camp: 'B' },
        { file: L, quote: 'she said the building fell “at about 9:40 in the morning”', value: '~09:40', speaker: 'Devika Tharuni', camp: 'B' },
        { file: B, quote: 'Labour Minister Devika Tharuni told parliament it was about 09:40', value: '~09:40', speaker: 'Devika Tharuni', camp: 'B' },
        { file: D, quote: 'when Rivanta Plaza came down at about 09:40 on Wednesday', value: '~09:40', speaker: 'Labour Ministry', camp: 'B' },
        { file: X, quote: 'The minister has twice said "about 9:40."', value: '~09:40', speaker: 'Devika Tharuni', camp: 'B' },
      ],
    },
    {
      id: 'walls-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "The walls were talking to us, and nobody wanted to listen" is credited to the rescued sewing-machine operator Nasreen Qadeer by the wire and to the GWUF president Amina Rosario by the web story.',
      sides: [
        { file: W, quote: '"The walls were talking to us, and nobody wanted to listen," said Nasreen Qadeer', speaker: 'Nasreen Qadeer', camp: 'A' },
        { file: B, quote: '"The walls were talking to us, and nobody wanted to listen," said Amina Rosario', speaker: 'Amina Rosario', camp: 'B' },
      ],
    },
    {
      id: 'rescued-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the army\'s 14th Engineer Brigade had pulled 431 people alive from the building, then corrected it to 341, the army\'s figure; the wire also says 341.',
      sides: [
        { file: L, quote: 'The army’s 14th Engineer Brigade says 431 people have now been pulled alive from the rubble', value: '431', speaker: '14th Engineer Brigade', camp: 'A' },
        { file: L, quote: 'The army’s figure is 341.', value: '341', speaker: '14th Engineer Brigade', camp: 'B' },
        { file: W, quote: 'said it had pulled 341 people alive from the rubble since Wednesday', value: '341', speaker: '14th Engineer Brigade', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'workers-rounded', kind: 'numeric',
      summary: '"Some 2,600 workers" on the morning shift (a supervisor, in the explainer) and the union\'s 2,614 are one figure, rounded.',
      sides: [
        { file: X, quote: 'Some 2,600 workers were on the morning shift', value: '~2,600' },
        { file: B, quote: 'The union says 2,614 workers clocked in on Wednesday.', value: '2,614' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'At least 41 dead on Wednesday afternoon and 96 late on Wednesday "up from 41" (both the Labour Ministry, in the live blog) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Labour Minister Devika Tharuni says at least 41 people have died.', value: '>=41 (Wednesday 15:20)' },
        { file: L, quote: 'The Labour Ministry now says 96 people have died, up from 41 this afternoon.', value: '96 (Wednesday 23:30)' },
      ],
    },
    {
      id: 'rescued-vs-injured', kind: 'numeric',
      summary: 'The 341 pulled alive from the rubble and the 541 treated in hospitals are different sets (many escaped on their own).',
      sides: [
        { file: B, quote: 'The army says 341 people have been pulled alive from the rubble.', value: '341 (pulled out)' },
        { file: B, quote: 'Hospitals say 541 people have been treated for injuries', value: '541 (treated)' },
      ],
    },
    {
      id: 'kmch-part', kind: 'numeric',
      summary: 'The 212 injured taken in by Kashwar Medical College Hospital are part of the 541 treated by the town\'s hospitals.',
      sides: [
        { file: L, quote: 'Kashwar Medical College Hospital says it has taken in 212 injured people.', value: '212 (one hospital)' },
        { file: W, quote: 'Hospitals in the town said they had treated 541 injured people.', value: '541 (all hospitals)' },
      ],
    },
    {
      id: 'search-synonyms', kind: 'status',
      summary: '"Rescue work is still under way" (live blog) and "The search for survivors continues" (web story) state the same status in different words.',
      sides: [
        { file: L, quote: 'Rescue work is still under way', value: 'ongoing' },
        { file: B, quote: 'The search for survivors continues on the west side of the building', value: 'ongoing' },
      ],
    },
    {
      id: 'rescuers-about-more-than', kind: 'numeric',
      summary: '"More than 1,000 rescuers" (the FSCD, in the live blog) and "About 1,200 soldiers, firefighters and volunteers" (the brigade commander, in the wire) are compatible approximations.',
      sides: [
        { file: L, quote: 'More than 1,000 rescuers are at the site', value: '>1,000' },
        { file: W, quote: 'About 1,200 soldiers, firefighters and volunteers were working at the site', value: '~1,200' },
      ],
    },
    {
      id: 'dumali-2021', kind: 'numeric',
      summary: 'The 34 workers killed in a 2021 garment-factory fire in Dumali belong to another disaster, not a rival figure for this collapse.',
      sides: [
        { file: X, quote: 'Before this week the worst in the garment sector was a 2021 fire in Dumali that killed 34.', value: '34 (Dumali, 2021)' },
        { file: D, quote: 'According to the ministry, 96 workers lost their lives', value: '96 (Kashwar, 2026)' },
      ],
    },
  ],
};
