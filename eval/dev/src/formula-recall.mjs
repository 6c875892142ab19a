// Hand-written gold source for the recall of NutriStart 1 infant formula by Severka Dairies, Ordavia
// (invented event, September 2027). build-gold.mjs turns it into ../gold/formula-recall.json.
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
const W = 'fairlead-wire.txt'; // Fairlead wire (Wednesday 8 September), US style, straight quotes, writes Zhabnitsa, Korinek, Holubova, Dziuba, Sulik, St. Veronika
const L = 'b0d8a616954ab2b8.txt'; // The Stavren Quill live blog, newest first (Wednesday 8 September, 07:10 to 22:40), UK style, curly quotes, writes Žabnica, Kořínek, Holubová, Dzyuba, Šulík, St Veronika
const B = 'e76cbef9431ccd15.md'; // ODV News web story (Thursday 9 September, evening), UK style, curly quotes, writes Žabnica, Kořínek, Šulík, Dzyuba, St Veronika
const D = 'fd85f54c6d7fb8d9.md'; // state-aligned The Ordavian Steward (Friday 10 September), YAML front matter, UK style, curly quotes, writes Žabnica, Kořínek, Holubová, St. Veronika
const X = '592209f0a13c63aa.txt'; // The Trivet explainer in questions (Monday 13 September), US style, straight quotes, writes Zhabnitsa, Korinek, Holubova, Dziuba, Sulik, St. Veronika

export default {
  corpus: 'formula-recall',
  note: 'Invented event written for the project: on the evening of Tuesday 7 September 2027 Severka Dairies, the largest dairy group of the fictional country of Ordavia (capital Stavren), recalls its NutriStart 1 infant formula, made on one drying line at its plant in Žabnica (Zhabnitsa in the wire and the explainer), in Lugova Province, after newborns fall ill with Cronobacter sakazakii; doctors at St. Veronika Children\'s Hospital (St Veronika in the live blog and the web story) in Stavren saw the first case on 29 August and told the Ministry of Health on Friday 3 September; the Food and Veterinary Agency (FVA) sampled the plant on Saturday 4 September. Five invented outlets: the Fairlead wire (Wednesday), The Stavren Quill live blog, newest first (Wednesday 07:10 to 22:40), the ODV News web story (Thursday), the state-aligned The Ordavian Steward (Friday) and The Trivet explainer (Monday 13 September); four files have random names. Severka and its chief executive Konstantin Rusev and spokeswoman Irena Kolarova, the plant manager Radoslav Kořínek (Korinek in the wire and the explainer), the FVA and its director general Petra Holubová (Holubova in the wire and the explainer), Health Minister Vesna Tarkova and the ministry\'s spokesman Kiril Danov, Prime Minister Aleksandar Voskov, the parents\' group Cradle Watch and its chair Oksana Dzyuba (Dziuba in the wire and the explainer), the hospital\'s head of paediatric intensive care Dr Lada Pervan, the former quality inspector Matej Šulík (Sulik in the wire and the explainer), the State Prosecutor\'s Office, the pharmacy chain Zdravo Pharmacies, a microbiologist of the University of Stavren and the father Goran Lisac disagree about the size of the recall (seven batches and 96,400 tins by the company, 14 batches and about 190,000 tins by the FVA), the babies who fell ill (nine by the ministry, 17 by Cradle Watch) and died (two against three), whether the FVA ordered the recall (served at 14:30 on Tuesday) or the company acted on its own (decided on Monday night, agency told on Tuesday morning), whether recalled tins are still on sale (cleared by Wednesday morning, by the FVA and the state-aligned paper, against found in 11 and then 23 shops by Cradle Watch and a tin bought by ODV News on Thursday), when the company first knew (a positive result from the agency\'s laboratory on 6 September, by the company, against a positive entry in the plant\'s own log on 16 August, by the former inspector and later the FVA), whether the plant manager is suspended (at the agency\'s request, by the FVA and the state-aligned paper, against still at work, by the company) and who said "We would rather empty every shelf in the country than lose one more child" (Rusev in the wire and the live blog, Health Minister Tarkova in the state-aligned paper); the live blog corrects its own count of export countries (three, then one, Vesslund). The plant\'s "about 640" and 637 employees are one figure rounded; seven babies ill on Tuesday and nine on Wednesday "up from seven" is an update reported as such; the 96,400 tins recalled and the 31,000 returned are different sets; the six babies treated at St Veronika are part of the ministry\'s nine; "criminal proceedings for endangering public health" and "a criminal inquiry into the endangerment of public health" are synonyms; "more than 4,000" and "about 4,500" calls to the hotline agree; seven babies in hospital on Wednesday and five on Friday (two sent home) are different days\' figures. "Ordavian" is a demonym; "Stavren" inside The Stavren Quill and the University of Stavren is nested; NutriStart is a product name and is ignored; Cronobacter is a bacterium, not an actor.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 32, 69, 70, 72],
    [B]: [1, 7, 9, 21, 57, 73, 74, 75],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 73, 74, 75, 76, 77, 79],
  },

  actors: [
    // places
    { id: 'ordavia', name: 'Ordavia', type: 'place', forms: ['Ordavia'], note: 'the country; "Ordavian" is a demonym (also inside The Ordavian Steward); "the country" is nominal' },
    { id: 'stavren', name: 'Stavren', type: 'place', forms: ['Stavren', 'STAVREN'], note: 'the capital (datelines in capitals); "the Stavren exchange" holds a mention; nested in The Stavren Quill and University of Stavren; "the capital" is nominal' },
    { id: 'zabnica', name: 'Žabnica', type: 'place', forms: ['Žabnica', 'Zhabnitsa'], note: 'the town of Severka\'s formula plant (Zhabnitsa in the wire and the explainer); "the Žabnica plant" holds a mention' },
    { id: 'lugova', name: 'Lugova Province', type: 'place', forms: ['Lugova Province'], note: 'the province of the plant; "the province" is nominal' },
    { id: 'vesslund', name: 'Vesslund', type: 'place', forms: ['Vesslund'], note: 'the neighbouring country that received exported tins; "Vesslund\'s food authority" holds a mention' },
    { id: 'kestel', name: 'Kestel Street', type: 'place', forms: ['Kestel Street'], note: 'the Stavren street of the pharmacy where ODV News bought a recalled tin' },
    // organizations
    { id: 'severka', name: 'Severka Dairies', type: 'organization', forms: ['Severka Dairies', 'Severka'], note: 'the dairy group that makes NutriStart; "Severka\'s", "Severka shares" hold mentions; "the company" is nominal; its name in the state-aligned paper\'s front-matter tags is metadata' },
    { id: 'fva', name: 'Food and Veterinary Agency', type: 'organization', forms: ['Food and Veterinary Agency', 'FVA'], note: 'the food-safety regulator, defined as (FVA); "the agency", "the regulator" are nominal' },
    { id: 'ministry', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health', 'Health Ministry'], note: 'the health ministry; "the ministry" is nominal' },
    { id: 'cradle', name: 'Cradle Watch', type: 'organization', forms: ['Cradle Watch'], note: 'the parents\' group; "the group", "a parents\' group" are nominal' },
    { id: 'veronika', name: 'St. Veronika Children\'s Hospital', type: 'organization', forms: ['St. Veronika Children\'s Hospital', 'St. Veronika Children’s Hospital', 'St Veronika Children’s Hospital', 'St. Veronika'], note: 'the children\'s hospital in Stavren (St Veronika in the live blog and the web story; curly or straight apostrophe); "At St. Veronika" is a short form; "the hospital" is nominal' },
    { id: 'prosecutor', name: 'State Prosecutor\'s Office', type: 'organization', forms: ['State Prosecutor\'s Office', 'State Prosecutor’s Office'], note: 'the prosecution service; the \'s belongs to the name; "the prosecutors" is nominal' },
    { id: 'zdravo', name: 'Zdravo Pharmacies', type: 'organization', forms: ['Zdravo Pharmacies'], note: 'the pharmacy chain where ODV News bought a recalled tin; "the chain" is nominal' },
    { id: 'university', name: 'University of Stavren', type: 'organization', forms: ['University of Stavren'], note: 'the university of the microbiologist in the explainer; the place inside it is nested' },
    { id: 'fairlead', name: 'Fairlead', type: 'organization', forms: ['Fairlead'], note: 'the wire agency: the dateline "(Fairlead)", "told Fairlead", "Fairlead could not" and "the news agency Fairlead" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'quill', name: 'The Stavren Quill', type: 'organization', forms: ['The Stavren Quill', 'Quill'], note: 'the city paper running the live blog: its photo credit and "The Quill has asked" ("Quill") are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'odv', name: 'ODV News', type: 'organization', forms: ['ODV News'], note: 'the broadcaster\'s news site, named in its own headline, key points, text and photo credit (reused by the explainer), and in the explainer\'s text; its breadcrumb line is metadata' },
    { id: 'steward', name: 'The Ordavian Steward', type: 'organization', forms: ['The Ordavian Steward'], note: 'the state-aligned paper: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "according to The Ordavian Steward, a paper close to the government" is a mention' },
    { id: 'trivet', name: 'The Trivet', type: 'organization', forms: ['The Trivet'], note: 'the explainer\'s site: "The Trivet could not check" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'rusev', name: 'Konstantin Rusev', type: 'person', forms: ['Konstantin Rusev', 'Rusev'], note: 'chief executive of Severka Dairies; "Chief Executive" is outside the span' },
    { id: 'kolarova', name: 'Irena Kolarova', type: 'person', forms: ['Irena Kolarova', 'Kolarova'], note: 'Severka spokeswoman; "Ms Kolarova" -> "Kolarova"' },
    { id: 'korinek', name: 'Radoslav Kořínek', type: 'person', forms: ['Radoslav Kořínek', 'Radoslav Korinek', 'Kořínek', 'Korinek'], note: 'manager of the Žabnica plant (Korinek in the wire and the explainer); "the plant manager" is nominal' },
    { id: 'holubova', name: 'Petra Holubová', type: 'person', forms: ['Petra Holubová', 'Petra Holubova', 'Holubová', 'Holubova'], note: 'director general of the FVA (Holubova in the wire and the explainer); "FVA Director General" is outside the span (FVA is an organization mention); "Mrs Holubová" -> "Holubová"' },
    { id: 'tarkova', name: 'Vesna Tarkova', type: 'person', forms: ['Vesna Tarkova', 'Tarkova'], note: 'Health Minister, in the state-aligned paper; "Mrs Tarkova" -> "Tarkova"; "the minister" is nominal' },
    { id: 'danov', name: 'Kiril Danov', type: 'person', forms: ['Kiril Danov'], note: 'spokesman of the Ministry of Health' },
    { id: 'voskov', name: 'Aleksandar Voskov', type: 'person', forms: ['Aleksandar Voskov'], note: 'Prime Minister; the title is outside the span' },
    { id: 'dzyuba', name: 'Oksana Dzyuba', type: 'person', forms: ['Oksana Dzyuba', 'Oksana Dziuba', 'Dziuba'], note: 'chair of Cradle Watch (Dziuba in the wire and the explainer)' },
    { id: 'pervan', name: 'Lada Pervan', type: 'person', forms: ['Lada Pervan', 'Pervan'], note: 'head of paediatric intensive care at St. Veronika Children\'s Hospital; "Dr" is outside the span' },
    { id: 'sulik', name: 'Matej Šulík', type: 'person', forms: ['Matej Šulík', 'Matej Sulik', 'Šulík', 'Sulik'], note: 'former quality inspector in the plant\'s laboratory (Sulik in the wire and the explainer); "Mr Šulík" -> "Šulík"' },
    { id: 'lisac', name: 'Goran Lisac', type: 'person', forms: ['Goran Lisac', 'Lisac'], note: 'a father whose daughter is in intensive care, in the web story; "Goran Lisac’s daughter" holds a mention; "Mr Lisac" -> "Lisac"' },
    { id: 'nela', name: 'Nela', type: 'person', forms: ['Nela'], note: 'Goran Lisac\'s daughter (first name only)' },
    { id: 'arhipova', name: 'Ludmila Arhipova', type: 'person', forms: ['Ludmila Arhipova'], note: 'microbiologist at the University of Stavren, in the explainer; "Prof." is outside the span' },
    { id: 'tenev', name: 'Boris Tenev', type: 'person', forms: ['Boris Tenev'], note: 'The Stavren Quill business reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'vasko', name: 'Teodor Vasko', type: 'person', forms: ['Teodor Vasko'], note: 'ODV News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bNutriStart\\b', why: 'product name (the formula brand), not a person, organization or place' },
    { pattern: "\\b[Tt]he (?:ministry|agency|food agency|company|regulator|country’s food regulator|hospital|group|plant manager|plant|minister|capital|country|government|state|chain|prosecutors|office)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the State Prosecutor\'s Office)' },
  ],
  ignore: [
    { file: W, text: 'Ministry', context: 'Ministry spokesman Kiril Danov', why: 'title without the full name of the body ("Ministry spokesman"), nominal' },
  ],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Irena Kolarova', cue: 'company spokeswoman Irena Kolarova told Fairlead', quote: 'Every test we have run points to those seven batches and no others' },
    { file: W, speaker: 'Oksana Dzyuba', cue: 'Dziuba said', quote: 'The ministry counts what the laboratory confirms. We count the children who are in intensive care' },
    { file: W, speaker: 'Konstantin Rusev', cue: 'Chief Executive Konstantin Rusev said', quote: 'Nobody had to tell us to do this. We called them' },
    { file: W, speaker: 'Matej Šulík', cue: 'Sulik said by phone', quote: 'I wrote it in the log and I told the manager. After that, the batch was tested again and released' },
    { file: L, speaker: 'Petra Holubová', cue: 'she said', quote: 'There is not a single tin from these batches left on any shelf in Ordavia' },
    { file: L, speaker: 'Lada Pervan', cue: 'she said', quote: 'By the third case we knew we were not looking at bad luck' },
    { file: L, speaker: 'Oksana Dzyuba', cue: 'said Oksana Dzyuba', quote: 'They told us the shelves were empty. We went and looked' },
    { file: B, speaker: 'Irena Kolarova', cue: 'said Irena Kolarova', quote: 'Radoslav Kořínek is at work in Žabnica today, as he was yesterday, and he is helping the inspectors' },
    { file: B, speaker: 'Matej Šulík', cue: 'Mr Šulík said', quote: 'I told the plant manager that afternoon' },
    { file: B, speaker: 'Goran Lisac', cue: 'Mr Lisac said', quote: 'The tin said it was made for babies like mine' },
    { file: D, speaker: 'Vesna Tarkova', cue: 'Mrs Tarkova told parents and doctors', quote: 'We would rather empty every shelf in the country than lose one more child' },
    { file: D, speaker: 'Petra Holubová', cue: 'she said', quote: 'Our inspectors visited more than 2,000 shops and pharmacies in three days. The withdrawal is finished' },
    { file: D, speaker: 'Aleksandar Voskov', cue: 'he said', quote: 'A company that hides a test result from the state will not make food for our children again' },
    { file: X, speaker: 'Oksana Dzyuba', cue: 'said Oksana Dziuba', quote: 'Every one of those 17 families called us before they called anyone in government' },
    { file: X, speaker: 'Ludmila Arhipova', cue: 'said Prof. Ludmila Arhipova', quote: 'A tin is not a sealed laboratory. If the drying line is contaminated, every batch that passes through it is a question, not just the ones that tested positive' },
  ],

  contradictions: [
    {
      id: 'recall-size', level: 'core', kind: 'numeric',
      summary: 'How much formula is recalled: 14 batches, everything made on the drying line between 12 July and 27 August, about 190,000 tins, according to the Food and Veterinary Agency\'s order (repeated by the state-aligned paper); seven batches made between 2 and 19 August, 96,400 tins, according to Severka Dairies.',
      sides: [
        { file: W, quote: 'a recall of infant formula made by Severka Dairies covers 14 production batches, twice as many as the company has announced', value: '14 batches', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: W, quote: 'made on one drying line at its plant in Zhabnitsa between July 12 and Aug. 27, about 190,000 tins in all', value: '~190,000 tins', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: L, quote: 'The Food and Veterinary Agency (FVA) says the recall covers 14.', value: '14 batches', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: L, quote: 'According to the agency, the order covers 14 batches produced on one drying line between 12 July and 27 August – about 190,000 tins.', value: '14 batches', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: B, quote: 'The agency’s order, seen by ODV News, lists 14, produced on the same drying line over seven weeks.', value: '14 batches', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: D, quote: 'to recall 14 batches of its NutriStart 1 infant formula, some 190,000 tins in all', value: '14 batches', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: X, quote: 'says its order covers 14 batches, everything made on the same drying line between July 12 and Aug. 27, or about 190,000 tins', value: '14 batches', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: W, quote: 'said its recall covered seven batches produced between Aug. 2 and Aug. 19', value: '7 batches', speaker: 'Severka Dairies', camp: 'B' },
        { file: L, quote: 'Severka Dairies says it is recalling seven batches of NutriStart 1 formula.', value: '7 batches', speaker: 'Severka Dairies', camp: 'B' },
        { file: B, quote: 'Severka says seven batches are affected.', value: '7 batches', speaker: 'Severka Dairies', camp: 'B' },
        { file: X, quote: 'Severka says seven batches made between Aug. 2 and Aug. 19, or 96,400 tins.', value: '7 batches, 96,400 tins', speaker: 'Severka Dairies', camp: 'B' },
      ],
    },
    {
      id: 'babies-ill', level: 'core', kind: 'numeric',
      summary: 'Babies who fell ill: nine, all confirmed by laboratory tests, according to the Ministry of Health (repeated by the state-aligned paper, which calls other figures unverified); 17 according to the parents\' group Cradle Watch and its chair Oksana Dzyuba (Dziuba), who count babies in Lugova Province never tested for the bacterium.',
      sides: [
        { file: W, quote: "The ministry said it was checking the group's figures but had no confirmed case outside the nine.", value: '9', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'The Health Ministry now says nine babies have fallen ill with Cronobacter, up from seven last night.', value: '9', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: 'the ministry says nine', value: '9', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'Figures of the Ministry of Health show that nine infants have been confirmed as infected', value: '9', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: "The Ministry of Health's figure has not moved since Wednesday: nine babies infected", value: '9', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'The group says it has counted 17 sick babies', value: '17', speaker: 'Cradle Watch', camp: 'B' },
        { file: L, quote: 'Cradle Watch, a parents’ group, says 17 have fallen ill and three have died.', value: '17', speaker: 'Cradle Watch', camp: 'B' },
        { file: B, quote: 'Parents’ group Cradle Watch says 17 babies have fallen ill', value: '17', speaker: 'Cradle Watch', camp: 'B' },
        { file: B, quote: 'Cradle Watch says it knows of 17 sick babies', value: '17', speaker: 'Cradle Watch', camp: 'B' },
        { file: X, quote: "Cradle Watch, a parents' group, says it knows of 17 sick babies", value: '17', speaker: 'Cradle Watch', camp: 'B' },
      ],
    },
    {
      id: 'babies-died', level: 'secondary', kind: 'numeric',
      summary: 'Babies who died: two, both at St. Veronika Children\'s Hospital, according to the Ministry of Health (repeated by the state-aligned paper); three according to Cradle Watch, the third a boy who died in a hospital in Lugova Province and was never tested.',
      sides: [
        { file: W, quote: "Two of the babies, both born prematurely, have died at St. Veronika Children's Hospital in the capital, the ministry said.", value: '2', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'The ministry’s count of deaths is unchanged at two.', value: '2', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'nine infants have been confirmed as infected and two have died', value: '2', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'nine babies infected, two of whom died at St. Veronika', value: '2', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'and that three have died', value: '3', speaker: 'Cradle Watch', camp: 'B' },
        { file: B, quote: 'three deaths, among them a baby boy who died in a hospital in Lugova Province last week and was never tested for the bacterium', value: '3', speaker: 'Cradle Watch', camp: 'B' },
        { file: X, quote: 'and three deaths; the third, it says, was a boy who died in a hospital in Lugova Province and was never tested', value: '3', speaker: 'Cradle Watch', camp: 'B' },
      ],
    },
    {
      id: 'recall-ordered', level: 'core', kind: 'polarity',
      summary: 'Whether the regulator ordered the recall: the Food and Veterinary Agency (FVA) and its director general Petra Holubová (Holubova) say its inspectors served a recall order on Severka at 14:30 on Tuesday 7 September (the state-aligned paper credits the agency\'s speed); Severka and its chief executive Konstantin Rusev say the company decided on its own on Monday night and called the agency on Tuesday morning, before any order arrived.',
      sides: [
        { file: W, quote: 'FVA Director General Petra Holubova said her inspectors served a recall order on the company at 2:30 p.m. on Tuesday', value: 'ordered by the FVA', speaker: 'Petra Holubová', camp: 'A' },
        { file: L, quote: 'the agency says it ordered it.', value: 'ordered by the FVA', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: L, quote: 'The FVA says it ordered the recall at 14:30 yesterday', value: 'ordered by the FVA', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: D, quote: 'The order was served at the plant within hours of the laboratory result, the agency said.', value: 'ordered by the FVA', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: X, quote: 'The FVA says it ordered the recall, and that its inspectors served the order at the plant at 2:30 p.m. on Sept. 7.', value: 'ordered by the FVA', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: W, quote: 'Severka said it had decided on the recall on Monday night and informed the agency on Tuesday morning, hours before any order arrived.', value: 'voluntary', speaker: 'Severka Dairies', camp: 'B' },
        { file: W, quote: 'Nobody had to tell us to do this. We called them', value: 'voluntary', speaker: 'Konstantin Rusev', camp: 'B' },
        { file: L, quote: 'The company says the recall was its own decision', value: 'voluntary', speaker: 'Severka Dairies', camp: 'B' },
        { file: L, quote: 'We made this decision ourselves, on Monday night', value: 'voluntary', speaker: 'Konstantin Rusev', camp: 'B' },
        { file: B, quote: 'Severka says it chose to withdraw the tins on Monday night, before any order from the agency, and told the regulator on Tuesday morning.', value: 'voluntary', speaker: 'Severka Dairies', camp: 'B' },
        { file: X, quote: 'Severka says it decided to withdraw the tins on its own the night before and phoned the agency on Tuesday morning', value: 'voluntary', speaker: 'Severka Dairies', camp: 'B' },
      ],
    },
    {
      id: 'on-shelves', level: 'core', kind: 'status',
      summary: 'Whether recalled tins are still on sale: cleared from every shop and pharmacy by Wednesday morning, according to the FVA and Petra Holubová (Holubova), who on Thursday calls later sightings other batches (repeated by the state-aligned paper); still on the shelves, according to Cradle Watch, whose volunteers found them in 11 shops on Wednesday afternoon and 23 on Thursday, and ODV News, which bought a tin from recalled batch L2-0814 at a Stavren pharmacy on Thursday morning.',
      sides: [
        { file: W, quote: 'Holubova said the recalled tins had been taken off the shelves of every supermarket and pharmacy in Ordavia by Wednesday morning', value: 'cleared', speaker: 'Petra Holubová', camp: 'A' },
        { file: L, quote: 'She says the withdrawal from shops is complete.', value: 'cleared', speaker: 'Petra Holubová', camp: 'A' },
        { file: L, quote: 'There is not a single tin from these batches left on any shelf in Ordavia', value: 'cleared', speaker: 'Petra Holubová', camp: 'A' },
        { file: B, quote: 'The Food and Veterinary Agency (FVA) has said every tin from the affected batches was cleared from shops by Wednesday morning.', value: 'cleared', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: D, quote: 'The agency confirmed on Thursday that no tin from the recalled batches remains on sale anywhere in the country.', value: 'cleared', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: D, quote: 'The withdrawal is finished', value: 'cleared', speaker: 'Petra Holubová', camp: 'A' },
        { file: X, quote: 'Holubova has said the tins were cleared from every shop and pharmacy in the country by Sept. 8', value: 'cleared', speaker: 'Petra Holubová', camp: 'A' },
        { file: L, quote: 'Volunteers from Cradle Watch say they found NutriStart 1 tins from recalled batches still on sale in 11 shops and pharmacies in Stavren and Žabnica this afternoon.', value: 'on sale', speaker: 'Cradle Watch', camp: 'B' },
        { file: L, quote: 'Any mother in this city can still walk in and buy one.', value: 'on sale', speaker: 'Oksana Dzyuba', camp: 'B' },
        { file: B, quote: 'Recalled baby formula still on sale, ODV News finds', value: 'on sale', speaker: 'ODV News', camp: 'B' },
        { file: B, quote: 'ODV News bought a tin from a recalled batch at a Stavren pharmacy on Thursday', value: 'on sale', speaker: 'ODV News', camp: 'B' },
        { file: B, quote: 'says its volunteers found recalled tins on sale in 23 shops and pharmacies in nine towns on Thursday alone', value: 'on sale', speaker: 'Cradle Watch', camp: 'B' },
        { file: X, quote: 'Cradle Watch volunteers say they found recalled NutriStart 1 for sale in 23 shops and pharmacies on Sept. 9', value: 'on sale', speaker: 'Cradle Watch', camp: 'B' },
      ],
    },
    {
      id: 'first-knew', level: 'core', kind: 'temporal',
      summary: 'When Severka first knew of the contamination: on Monday 6 September, when the agency\'s laboratory reported a positive result, according to the company, whose own August tests were negative; on 16 August, when the plant\'s own laboratory log recorded a positive Cronobacter result, according to the former quality inspector Matej Šulík (Sulik), whose photograph of the log ODV News has seen, and later to the FVA, whose inspectors found the entry (in the state-aligned paper).',
      sides: [
        { file: W, quote: "The company said it first learned of the contamination on Monday, Sept. 6, when the agency's laboratory reported a positive result", value: '6 September', speaker: 'Severka Dairies', camp: 'A' },
        { file: L, quote: 'The company says it knew nothing until this Monday.', value: '6 September', speaker: 'Severka Dairies', camp: 'A' },
        { file: B, quote: 'Severka Dairies says it learned of the contamination on 6 September', value: '6 September', speaker: 'Severka Dairies', camp: 'A' },
        { file: B, quote: 'Severka insists it first learned that its formula was contaminated on Monday 6 September', value: '6 September', speaker: 'Severka Dairies', camp: 'A' },
        { file: D, quote: 'Severka has said publicly that it learned of the problem only on 6 September.', value: '6 September', speaker: 'Severka Dairies', camp: 'A' },
        { file: X, quote: "Severka's position is that it first learned of the contamination on Sept. 6, from the agency's laboratory.", value: '6 September', speaker: 'Severka Dairies', camp: 'A' },
        { file: W, quote: 'said a sample of finished powder had tested positive for Cronobacter on Aug. 16', value: '16 August', speaker: 'Matej Šulík', camp: 'B' },
        { file: L, quote: 'the plant’s own laboratory found the bacterium in a sample in the middle of August', value: 'mid-August', speaker: 'Matej Šulík', camp: 'B' },
        { file: B, quote: 'An entry dated 16 August records a sample of finished powder as “Cronobacter – presumptive positive”, with his initials beside it.', value: '16 August', speaker: 'Matej Šulík', camp: 'B' },
        { file: D, quote: 'recorded a positive test for the bacterium as early as 16 August, three weeks before the company alerted anyone', value: '16 August', speaker: 'Petra Holubová', camp: 'B' },
        { file: X, quote: "says the plant's own log recorded a positive Cronobacter result on Aug. 16", value: '16 August', speaker: 'Matej Šulík', camp: 'B' },
      ],
    },
    {
      id: 'manager-suspended', level: 'secondary', kind: 'status',
      summary: 'Whether the plant manager Radoslav Kořínek (Korinek) is suspended: suspended on Wednesday at the agency\'s request and barred from the site, according to the FVA and Petra Holubová (repeated by the state-aligned paper); still in his post and at work in Žabnica, with no employee suspended, according to Severka\'s spokeswoman Irena Kolarova.',
      sides: [
        { file: L, quote: 'She also says Severka has suspended the manager of its Žabnica plant, Radoslav Kořínek, at the agency’s request', value: 'suspended', speaker: 'Petra Holubová', camp: 'A' },
        { file: B, quote: 'The agency said on Wednesday that he had been suspended at its request.', value: 'suspended', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: D, quote: 'Radoslav Kořínek, the manager of the Žabnica plant, was suspended from his duties on Wednesday at the agency’s insistence', value: 'suspended', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: X, quote: 'The FVA says the plant manager, Radoslav Korinek, was suspended at its request on Sept. 8 and barred from the site.', value: 'suspended', speaker: 'Food and Veterinary Agency', camp: 'A' },
        { file: W, quote: "Kolarova said the plant's manager, Radoslav Korinek, remained in his post and was working with inspectors, and that no employee had been suspended.", value: 'in post', speaker: 'Irena Kolarova', camp: 'B' },
        { file: B, quote: 'Radoslav Kořínek is at work in Žabnica today, as he was yesterday', value: 'in post', speaker: 'Irena Kolarova', camp: 'B' },
        { file: B, quote: 'Nobody has been suspended.', value: 'not suspended', speaker: 'Irena Kolarova', camp: 'B' },
        { file: X, quote: 'Severka says he has not been suspended and was still at work in Zhabnitsa on Sept. 9.', value: 'not suspended', speaker: 'Severka Dairies', camp: 'B' },
      ],
    },
    {
      id: 'empty-shelves-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "We would rather empty every shelf in the country than lose one more child" is credited to Severka\'s chief executive Konstantin Rusev by the wire and the live blog (at his news conference in Stavren) and to Health Minister Vesna Tarkova, at St. Veronika Children\'s Hospital, by the state-aligned paper.',
      sides: [
        { file: W, quote: 'Rusev, who did not take questions, apologized to the families. "We would rather empty every shelf in the country than lose one more child," he said.', speaker: 'Konstantin Rusev', camp: 'A' },
        { file: L, quote: 'He apologised to the families of the two babies who died. “We would rather empty every shelf in the country than lose one more child.”', speaker: 'Konstantin Rusev', camp: 'A' },
        { file: D, quote: '“We would rather empty every shelf in the country than lose one more child,” Mrs Tarkova told parents and doctors', speaker: 'Vesna Tarkova', camp: 'B' },
      ],
    },
    {
      id: 'exports-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said tins from the affected batches had been sold in three other countries, then corrected it: Severka says only one export market, Vesslund, received them; the explainer also says one.',
      sides: [
        { file: L, quote: 'Severka says tins from the affected batches were also sold in three other countries.', value: '3 countries', speaker: 'Severka Dairies', camp: 'A' },
        { file: L, quote: 'Severka says only one export market, Vesslund, received tins from those batches.', value: '1 country (Vesslund)', speaker: 'Severka Dairies', camp: 'B' },
        { file: X, quote: 'Only one export market, Vesslund, received tins from the affected batches, the company says.', value: '1 country (Vesslund)', speaker: 'Severka Dairies', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'employees-rounded', kind: 'numeric',
      summary: 'The Žabnica plant "employs about 640 people" (wire) and "has 637 employees" (live blog): one figure, rounded.',
      sides: [
        { file: W, quote: 'employs about 640 people', value: '~640' },
        { file: L, quote: 'which has 637 employees', value: '637' },
      ],
    },
    {
      id: 'ill-updated', kind: 'numeric',
      summary: 'Seven babies ill on Tuesday evening (the ministry, in the live blog\'s first post) and nine on Wednesday "up from seven on Tuesday" (the ministry, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Seven babies have fallen ill, the Health Ministry said on Tuesday evening', value: '7 (Tuesday)' },
        { file: W, quote: 'The Ministry of Health said nine babies had fallen ill with Cronobacter sakazakii, up from seven on Tuesday.', value: '9 (Wednesday)' },
      ],
    },
    {
      id: 'recalled-vs-returned', kind: 'numeric',
      summary: 'The 96,400 tins Severka is recalling and the about 31,000 that had come back from shops and parents by Thursday evening are different sets, not rival counts.',
      sides: [
        { file: B, quote: 'Of the 96,400 tins the company says it is recalling', value: '96,400 (recalled)' },
        { file: B, quote: 'about 31,000 had come back from shops and parents by Thursday evening', value: '~31,000 (returned)' },
      ],
    },
    {
      id: 'veronika-part', kind: 'numeric',
      summary: 'The six infected babies treated at St Veronika Children\'s Hospital (its head of intensive care) are part of the ministry\'s nine, not a rival count.',
      sides: [
        { file: B, quote: 'The Health Ministry says nine babies have fallen ill and two have died.', value: '9 (all)' },
        { file: B, quote: 'said six of the infected babies had been treated there, including both who died', value: '6 (at St Veronika)' },
      ],
    },
    {
      id: 'prosecutor-synonyms', kind: 'status',
      summary: '"criminal proceedings for endangering public health" (wire) and "a criminal inquiry into the endangerment of public health" (web story) describe the same step by the State Prosecutor\'s Office in different words.',
      sides: [
        { file: W, quote: "The State Prosecutor's Office said it had opened criminal proceedings for endangering public health", value: 'proceedings opened' },
        { file: B, quote: 'The State Prosecutor’s Office has launched a criminal inquiry into the endangerment of public health', value: 'inquiry launched' },
      ],
    },
    {
      id: 'hotline-about-more', kind: 'numeric',
      summary: '"more than 4,000 calls" (wire) and "about 4,500 calls" (live blog) to the ministry\'s hotline since Tuesday evening are compatible approximations.',
      sides: [
        { file: W, quote: 'its hotline had received more than 4,000 calls from parents since it opened on Tuesday evening', value: '>4,000' },
        { file: L, quote: 'The ministry’s hotline for parents has taken about 4,500 calls since it opened last night', value: '~4,500' },
      ],
    },
    {
      id: 'in-hospital-days', kind: 'numeric',
      summary: 'Seven babies still in hospital on Wednesday (the ministry, in the live blog) and five on Friday morning, two having been sent home on Thursday (the ministry, in the state-aligned paper), are different days\' figures.',
      sides: [
        { file: L, quote: 'Seven babies are still in hospital, four of them in intensive care, according to the ministry.', value: '7 (Wednesday)' },
        { file: D, quote: 'Five babies remain in hospital, the ministry said on Friday morning; two were sent home on Thursday after recovering.', value: '5 (Friday)' },
      ],
    },
  ],
};
