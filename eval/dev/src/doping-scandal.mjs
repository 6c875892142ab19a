// Hand-written gold source for the doping case in the Semberian national athletics team
// (invented event, June 2027). build-gold.mjs turns it into ../gold/doping-scandal.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate saved web pages (site name,
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
const W = 'clevis-wire.txt'; // Clevis wire (Wednesday 16 June), US style, straight quotes, writes Ilcic, Brezovska, Polic, Zakharenko, Soltes, Kestrovic, Kojevar
const L = '637a704fff6358f2.txt'; // Tolvek Sports Daily live blog, newest first (Tuesday 15 June, 08:05 to 22:40), UK style, curly quotes
const B = '17d8bfb1b73b2ba9.md'; // ZTK News web story (Wednesday 16 June, evening), UK style, curly quotes
const D = '298313859419627e.md'; // state-aligned Semberia First (Thursday 17 June), YAML front matter, UK style, straight quotes
const X = '01c52d02710bc3eb.txt'; // The Sandglass explainer (Friday 18 June), US style, straight quotes, writes Ilcic, Brezovska, Polic, Zakharenko, Soltes, Kestrovic

export default {
  corpus: 'doping-scandal',
  note: 'Invented event written for the project: late on Monday 14 June 2027, less than four weeks before the Continental Championships open in Aldrecht on 9 July, the Semberian Anti-Doping Agency (SADA) announces positive tests in the national athletics squad of the fictional country of Semberia (capital Tolvek); the squad of 46, named by the Semberian Athletics Federation (SAF) on Friday 4 June, trains at the Kozhevar High-Altitude Training Centre (Kojevar ... Center in the wire, Center in the explainer). Five invented outlets: the Clevis wire (Wednesday), the Tolvek Sports Daily live blog, newest first (Tuesday 08:05 to 22:40), the ZTK News web story (Wednesday evening), the state-aligned Semberia First (Thursday) and The Sandglass explainer (Friday); four files have random names. SADA and its director Hana Brezovská (Brezovska in the wire and the explainer), the SAF and its president Radovan Ilčić (Ilcic), its spokeswoman Mirela Stojkova and its secretary general Boris Lanović, Sports Minister Dragan Polić (Polic) and the Ministry of Youth and Sport, the head coach Viktor Zaharenko (Zakharenko in the wire and the explainer) and his lawyer Tamara Kolesnik, the Free Athletes\' Union (FAU) and its chair Bojan Hristov, the team doctor Dr Matej Šoltés (Soltes), the sprinter Dunja Kestrović (Kestrovic) and her agent Lorenz Vidmar, the sponsor Lumivo Telecom and the Continental Athletics Union (CAU) disagree about how many athletes tested positive (seven by SADA, four by the SAF and the ministry), the substance (an EPO analogue by SADA and the former team doctor, a diuretic from a contaminated supplement by the SAF), whether the SAF knew before it named the squad on 4 June (SADA\'s letter signed for on 1 June, a meeting on 2 June by the team doctor, against first told on 10 June by Ilčić), when the samples were taken (12 May at the Kozhevar camp by SADA, 29 May at the national trials at Oresha Stadium by the SAF), whether the head coach is suspended (provisionally suspended by SADA, suspended and not travelling by the minister, against no notice served and still training the athletes by his lawyer, athletes at the camp and the SAF), whether Kestrović is among the athletes (yes by two sources of ZTK News, no by the SAF, her agent and the state-aligned paper), what Lumivo pays (2.8 million zlateks a year by the SAF, "nearly 3 million" in the state-aligned paper, six million by a contract seen by ZTK News and the FAU) and who said "Nobody in Semberian athletics hides a syringe behind a medal" (Ilčić in the wire, Polić in the state-aligned paper); the live blog corrects its own squad figure (54, then 46). "some 600" athletes represented by the FAU and the "612-member FAU" are one figure rounded; 11 samples and seven athletes are different sets; 14 medals and five gold medals at the last championships are part and whole; about 300 signatures on Tuesday and 412 on Wednesday "up from about 300" is an update; "an audit of the federation\'s accounts" and "an inspection of the federation\'s finances" are synonyms; "More than 30" and "About 35" athletes at the union meeting agree; the nine weightlifters banned in 2019 belong to another case. "Semberian" is a demonym; "Tolvek" inside Tolvek Sports Daily and University of Tolvek and "Kozhevar" inside the training centre\'s name are nested; "EPO" is the acronym of a substance and the Continental Championships are an event, both ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 37, 75, 76, 78],
    [B]: [1, 7, 9, 21, 51, 67, 68, 69],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 49, 69, 70, 71, 72, 73, 75],
  },

  actors: [
    // places
    { id: 'semberia', name: 'Semberia', type: 'place', forms: ['Semberia'], note: 'the country; "Semberian" is a demonym (also inside the names of the federation and the agency); nested in Semberia First; "the country" is nominal' },
    { id: 'tolvek', name: 'Tolvek', type: 'place', forms: ['Tolvek', 'TOLVEK'], note: 'the capital (datelines in capitals); nested in Tolvek Sports Daily and University of Tolvek; "the capital" is nominal' },
    { id: 'kozhevar', name: 'Kozhevar', type: 'place', forms: ['Kozhevar', 'Kojevar'], note: 'the mountain town of the national training camp (Kojevar in the wire); nested in the training centre\'s name' },
    { id: 'training-centre', name: 'Kozhevar High-Altitude Training Centre', type: 'place', forms: ['Kozhevar High-Altitude Training Centre', 'Kojevar High-Altitude Training Center', 'Kozhevar High-Altitude Training Center'], note: 'the national team\'s altitude training centre, a named facility (Kojevar ... Center in the wire, Center in the explainer); "the training center", "the camp" are nominal' },
    { id: 'oresha', name: 'Oresha Stadium', type: 'place', forms: ['Oresha Stadium'], note: 'the stadium in Tolvek where the national trials were held on 29 May' },
    { id: 'aldrecht', name: 'Aldrecht', type: 'place', forms: ['Aldrecht'], note: 'host city of the Continental Championships; "Aldrecht 2027" in the front matter is metadata' },
    { id: 'ralsberg', name: 'Ralsberg', type: 'place', forms: ['Ralsberg'], note: 'city of the accredited laboratory that analysed the samples' },
    // organizations
    { id: 'saf', name: 'Semberian Athletics Federation', type: 'organization', forms: ['Semberian Athletics Federation', 'SAF'], note: 'the national athletics federation, defined as (SAF); "the federation" is nominal; "the weightlifting federation" is another, unnamed body' },
    { id: 'sada', name: 'Semberian Anti-Doping Agency', type: 'organization', forms: ['Semberian Anti-Doping Agency', 'SADA'], note: 'the national anti-doping agency, defined as (SADA); "the agency" is nominal' },
    { id: 'ministry', name: 'Ministry of Youth and Sport', type: 'organization', forms: ['Ministry of Youth and Sport'], note: 'the sports ministry; "the ministry" is nominal; "the ministry\'s audit department" is nominal' },
    { id: 'fau', name: 'Free Athletes’ Union', type: 'organization', forms: ['Free Athletes’ Union', 'Free Athletes\' Union', 'FAU'], note: 'the athletes\' union (curly apostrophe in the live blog and the web story, straight elsewhere), defined as (FAU); "the union" is nominal; "the 612-member FAU" holds a mention' },
    { id: 'cau', name: 'Continental Athletics Union', type: 'organization', forms: ['Continental Athletics Union', 'CAU'], note: 'the continental governing body that runs the championships, defined as (CAU)' },
    { id: 'lumivo', name: 'Lumivo Telecom', type: 'organization', forms: ['Lumivo Telecom', 'Lumivo'], note: 'the national team\'s sponsor; "Lumivo’s payments" holds a mention; "the company", "the sponsor" are nominal' },
    { id: 'university', name: 'University of Tolvek', type: 'organization', forms: ['University of Tolvek'], note: 'university of the pharmacologist quoted in the explainer; the place inside it is nested' },
    { id: 'clevis', name: 'Clevis', type: 'organization', forms: ['Clevis'], note: 'the wire agency: the dateline "(Clevis)" and "told Clevis" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'sports-daily', name: 'Tolvek Sports Daily', type: 'organization', forms: ['Tolvek Sports Daily'], note: 'the sports paper running the live blog: its photo credit (reused by the explainer) and "told the Tolvek Sports Daily" in the explainer are mentions; its site-name line and the explainer\'s source list are metadata' },
    { id: 'ztk', name: 'ZTK News', type: 'organization', forms: ['ZTK News'], note: 'the broadcaster\'s news site, named in its own text ("told ZTK News") and photo credit, in the state-aligned paper ("the broadcaster ZTK News") and in the explainer; its breadcrumb line is metadata' },
    { id: 'semberia-first', name: 'Semberia First', type: 'organization', forms: ['Semberia First'], note: 'the state-aligned paper: its front matter and the explainer\'s source list are metadata; "according to Semberia First, a pro-government paper" in the explainer is a mention' },
    { id: 'sandglass', name: 'The Sandglass', type: 'organization', forms: ['The Sandglass'], note: 'the explainer\'s site: "told The Sandglass" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'ilcic', name: 'Radovan Ilčić', type: 'person', forms: ['Radovan Ilčić', 'Ilčić', 'Radovan Ilcic', 'Ilcic'], note: 'president of the SAF (Ilcic in the wire and the explainer); "Mr Ilčić" -> "Ilčić"' },
    { id: 'brezovska', name: 'Hana Brezovská', type: 'person', forms: ['Hana Brezovská', 'Hana Brezovska', 'Brezovska'], note: 'director of SADA (Brezovska in the wire and the explainer)' },
    { id: 'polic', name: 'Dragan Polić', type: 'person', forms: ['Dragan Polić', 'Polić', 'Dragan Polic', 'Polic'], note: 'Sports Minister (Polic in the wire and the explainer); the title before the name is outside the span; "Mr Polić" -> "Polić"; "the minister" is nominal' },
    { id: 'zaharenko', name: 'Viktor Zaharenko', type: 'person', forms: ['Viktor Zaharenko', 'Zaharenko', 'Viktor Zakharenko', 'Zakharenko'], note: 'head coach of the national team (Zakharenko in the wire and the explainer); "head coach" before the name is outside the span; "the coach" is nominal' },
    { id: 'kolesnik', name: 'Tamara Kolesnik', type: 'person', forms: ['Tamara Kolesnik', 'Kolesnik'], note: 'the head coach\'s lawyer; "Ms Kolesnik" -> "Kolesnik"' },
    { id: 'hristov', name: 'Bojan Hristov', type: 'person', forms: ['Bojan Hristov'], note: 'chair of the FAU; the state-aligned paper says he stood for the opposition in 2023' },
    { id: 'soltes', name: 'Matej Šoltés', type: 'person', forms: ['Matej Šoltés', 'Šoltés', 'Matej Soltes', 'Soltes'], note: 'the team doctor who resigned on Tuesday 15 June (Soltes in the wire and the explainer); "Dr" is outside the span' },
    { id: 'kestrovic', name: 'Dunja Kestrović', type: 'person', forms: ['Dunja Kestrović', 'Kestrović', 'Dunja Kestrovic', 'Kestrovic', 'Dunja'], note: 'the continental 100m champion, the team\'s star sprinter (Kestrovic in the wire and the explainer); "Dunja" alone in the SAF spokeswoman\'s quote is a mention; "Dunja Kestrović’s agent" holds a mention' },
    { id: 'stojkova', name: 'Mirela Stojkova', type: 'person', forms: ['Mirela Stojkova'], note: 'spokeswoman of the SAF, in the wire' },
    { id: 'lanovic', name: 'Boris Lanović', type: 'person', forms: ['Boris Lanović'], note: 'secretary general of the SAF, in the web story' },
    { id: 'vidmar', name: 'Lorenz Vidmar', type: 'person', forms: ['Lorenz Vidmar'], note: 'Dunja Kestrović\'s agent, in the live blog' },
    { id: 'pernar', name: 'Ivo Pernar', type: 'person', forms: ['Ivo Pernar'], note: 'pharmacologist at the University of Tolvek, in the explainer' },
    { id: 'posavec', name: 'Irena Posavec', type: 'person', forms: ['Irena Posavec'], note: 'Tolvek Sports Daily reporter: her byline is metadata; her photo credits (in the live blog and reused by the explainer) are mentions' },
    { id: 'reiner', name: 'Tomas Reiner', type: 'person', forms: ['Tomas Reiner'], note: 'ZTK News reporter: his byline is metadata; his photo credit is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: '\\bEPO\\b', why: 'acronym of a substance (erythropoietin), not a named body' },
    { pattern: 'Continental (?:Athletics )?Championships', why: 'name of a sporting event, not a person, organization or place' },
    { pattern: "\\b[Tt]he (?:federation|agency|ministry|union|minister|company|sponsor|capital|country|government|coach|head coach|team doctor|doctor|training center|camp|broadcaster)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]arliament\\b', why: 'nominal reference to the parliament (not named)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Radovan Ilčić', cue: 'Ilcic said', quote: 'Four athletes have tested positive. Not seven, not ten. Four' },
    { file: W, speaker: 'Hana Brezovská', cue: 'Brezovska told Clevis', quote: "Our letter was signed for at the federation's front desk at 11:20 on the first of June. We have the receipt" },
    { file: W, speaker: 'Tamara Kolesnik', cue: 'she said', quote: 'My client has not been suspended by anyone with the power to suspend him' },
    { file: W, speaker: 'Mirela Stojkova', cue: 'she said', quote: 'Dunja has nothing to do with this, and we will say so as often as we need to' },
    { file: L, speaker: 'Bojan Hristov', cue: 'he said', quote: 'Lumivo pays this federation six million zlateks a year. Six million. Ask the athletes how much of it they ever see' },
    { file: L, speaker: 'Lorenz Vidmar', cue: 'says the sprinter has', quote: 'received no letter, no call and no notice from anyone' },
    { file: L, speaker: 'Radovan Ilčić', cue: 'Mr Ilčić said', quote: 'I have been in athletics for forty years. I will leave when my work is finished, not when a press release tells me to.' },
    { file: B, speaker: 'Matej Šoltés', cue: 'Dr Šoltés said in an interview at his home', quote: 'There was a sheet of paper on the table with the agency’s letterhead on it. Mr Ilčić read out the names' },
    { file: B, speaker: 'Tamara Kolesnik', cue: 'Ms Kolesnik said', quote: 'He was at the track at seven this morning and he will be there at seven tomorrow. Nobody has handed him a piece of paper' },
    { file: B, speaker: 'Matej Šoltés', cue: 'he said', quote: 'I resigned because I was not prepared to sign the medical forms for Aldrecht' },
    { file: D, speaker: 'Dragan Polić', cue: 'Mr Polić told MPs', quote: 'Where there are cheats, they will be found, and they will not wear our colours.' },
    { file: D, speaker: 'Radovan Ilčić', cue: 'he said', quote: 'Our athletes deserve better than to be judged on social media by people who have never run a lap' },
    { file: D, speaker: 'Dunja Kestrović', cue: 'posted a short message to her followers', quote: 'I have never failed a test in my life and I never will.' },
    { file: X, speaker: 'Ivo Pernar', cue: 'said Ivo Pernar', quote: 'A diuretic found in a supplement can end in a reduced ban if the athlete proves contamination. An EPO analogue is injected.' },
    { file: X, speaker: 'Bojan Hristov', cue: 'FAU chair Bojan Hristov said on Thursday', quote: 'If it is 2.8 million, show us the contract. If it is six, show us where the other three went' },
  ],

  contradictions: [
    {
      id: 'athletes-positive', level: 'core', kind: 'numeric',
      summary: 'How many athletes of the national squad tested positive: seven according to the Semberian Anti-Doping Agency (SADA) and its director Hana Brezovská; four according to the Semberian Athletics Federation (SAF) and its president Radovan Ilčić (Ilcic), who call three more samples "atypical", a figure the state-aligned paper repeats from the federation\'s submission to the ministry.',
      sides: [
        { file: W, quote: 'agency says seven athletes failed tests', value: '7', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: L, quote: 'says seven athletes from the national squad tested positive for an EPO analogue', value: '7', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: L, quote: 'the Semberian Anti-Doping Agency said that seven athletes from the national squad had tested positive for a banned blood booster', value: '7', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: B, quote: 'The Semberian Anti-Doping Agency (SADA) says seven athletes failed tests.', value: '7', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: X, quote: 'says seven athletes from the national squad returned adverse findings', value: '7', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: W, quote: 'federation says four', value: '4', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: W, quote: 'The Semberian Athletics Federation (SAF) put the number at four.', value: '4', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: W, quote: 'Four athletes have tested positive. Not seven, not ten. Four', value: '4', speaker: 'Radovan Ilčić', camp: 'B' },
        { file: L, quote: 'The federation says four, and', value: '4', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: L, quote: 'Four athletes have tested positive, he says.', value: '4', speaker: 'Radovan Ilčić', camp: 'B' },
        { file: B, quote: 'The federation insists the true figure is four', value: '4', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: D, quote: 'Four athletes tested positive, according to figures the Semberian Athletics Federation has submitted to the Ministry of Youth and Sport.', value: '4', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: X, quote: 'says only four did', value: '4', speaker: 'Semberian Athletics Federation', camp: 'B' },
      ],
    },
    {
      id: 'substance', level: 'core', kind: 'polarity',
      summary: 'Which banned substance was found: an erythropoietin (EPO) analogue, a blood booster, according to SADA and its director Hana Brezovská (Brezovska) and the former team doctor Matej Šoltés (Soltes), who says the laboratory sheet named erythropoietin; a diuretic from a contaminated food supplement, according to the SAF (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: "an erythropoietin (EPO) analogue, a synthetic hormone that boosts the blood's capacity to carry oxygen", value: 'EPO analogue', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: L, quote: 'it is an EPO analogue. There is nothing atypical about it.', value: 'EPO analogue', speaker: 'Hana Brezovská', camp: 'A' },
        { file: B, quote: 'It was never a diuretic. I saw the sheet. It said erythropoietin', value: 'erythropoietin', speaker: 'Matej Šoltés', camp: 'A' },
        { file: X, quote: 'SADA says the samples contained an erythropoietin (EPO) analogue', value: 'EPO analogue', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: X, quote: 'told ZTK News that the laboratory sheet he saw named erythropoietin', value: 'erythropoietin', speaker: 'Matej Šoltés', camp: 'A' },
        { file: W, quote: 'The federation said the banned substance was a diuretic that had reached the athletes through a contaminated food supplement', value: 'diuretic', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: L, quote: 'The substance, according to the federation, is a diuretic from a contaminated supplement.', value: 'diuretic', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: D, quote: 'The substance identified was a diuretic contained in an imported food supplement, the federation said', value: 'diuretic', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: X, quote: 'The federation says the banned substance was a diuretic that came from a contaminated supplement.', value: 'diuretic', speaker: 'Semberian Athletics Federation', camp: 'B' },
      ],
    },
    {
      id: 'knew-before-squad', level: 'core', kind: 'polarity',
      summary: 'Whether the SAF knew of the positive tests before it named its squad on Friday 4 June: yes, according to SADA and Hana Brezovská, whose letter setting out the findings was signed for at the federation\'s front desk on 1 June, and to the former team doctor Matej Šoltés, who says the results were read out at a meeting at the federation on 2 June; no, according to the SAF and Radovan Ilčić, who say they were first told on 10 June, six days after the squad was announced (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'the agency had informed the federation of the findings in a letter delivered on June 1, three days before the SAF named its squad', value: 'told 1 June', speaker: 'Hana Brezovská', camp: 'A' },
        { file: L, quote: 'The agency says it notified the federation in writing on 1 June.', value: 'told 1 June', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: B, quote: 'Team doctor says federation knew of positive tests before it named the squad', value: 'knew before', speaker: 'Matej Šoltés', camp: 'A' },
        { file: B, quote: 'learned of positive doping tests at a meeting on 2 June', value: 'knew 2 June', speaker: 'Matej Šoltés', camp: 'A' },
        { file: X, quote: "says the agency's letter setting out the findings was signed for at the federation's front desk on June 1", value: 'told 1 June', speaker: 'Hana Brezovská', camp: 'A' },
        { file: X, quote: 'Soltes says the results were read aloud at a meeting at federation headquarters on June 2', value: 'knew 2 June', speaker: 'Matej Šoltés', camp: 'A' },
        { file: W, quote: 'Ilcic said the federation had learned of the results only on June 10, six days after the squad was announced', value: 'first told 10 June', speaker: 'Radovan Ilčić', camp: 'B' },
        { file: L, quote: 'The federation was first told of any finding on 10 June.', value: 'first told 10 June', speaker: 'Radovan Ilčić', camp: 'B' },
        { file: B, quote: 'The federation has said it first heard of any finding on 10 June.', value: 'first told 10 June', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: D, quote: 'it was not informed of the results until 10 June, after the squad had been announced', value: 'first told 10 June', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: X, quote: 'Ilcic says the federation first heard of any positive test on June 10, six days after the team was named', value: 'first told 10 June', speaker: 'Radovan Ilčić', camp: 'B' },
      ],
    },
    {
      id: 'sample-date', level: 'secondary', kind: 'temporal',
      summary: 'When the positive samples were taken: on 12 May, out of competition, at the squad\'s camp in Kozhevar, according to SADA; on 29 May at the national trials at Oresha Stadium in Tolvek, according to the SAF (repeated by the state-aligned paper).',
      sides: [
        { file: L, quote: 'The samples were collected out of competition at the national team’s camp in Kozhevar on 12 May.', value: '12 May', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: B, quote: 'every one of the positive samples was collected on 12 May, in the middle of the squad’s three-week camp at altitude in Kozhevar', value: '12 May', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: X, quote: 'SADA says on May 12, out of competition', value: '12 May', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: W, quote: 'the samples were collected on May 29 at the national trials at Oresha Stadium in Tolvek', value: '29 May', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: D, quote: 'The samples were taken on 29 May at the national trials at Oresha Stadium in Tolvek, the federation said', value: '29 May', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: X, quote: 'The federation gives May 29, the day of the national trials at Oresha Stadium in Tolvek.', value: '29 May', speaker: 'Semberian Athletics Federation', camp: 'B' },
      ],
    },
    {
      id: 'coach-suspended', level: 'core', kind: 'status',
      summary: 'Whether the head coach Viktor Zaharenko (Zakharenko) is suspended: SADA says it provisionally suspended him on Monday as athlete support personnel, and Sports Minister Dragan Polić told parliament he is suspended and will not travel to Aldrecht; his lawyer Tamara Kolesnik says no suspension was served and he is still training the athletes at Kozhevar, athletes at the camp say he ran Tuesday\'s session, and the SAF says he remains head coach until a hearing.',
      sides: [
        { file: W, quote: 'It said it had provisionally suspended all of them, and head coach Viktor Zakharenko with them.', value: 'suspended', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: L, quote: 'SADA says head coach Viktor Zaharenko has been provisionally suspended.', value: 'suspended', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: L, quote: 'Head coach Viktor Zaharenko is provisionally suspended “as athlete support personnel” pending a hearing.', value: 'suspended', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: B, quote: 'SADA said on Tuesday that it had provisionally suspended Zaharenko.', value: 'suspended', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: D, quote: 'Head coach Viktor Zaharenko has been suspended and will not travel to Aldrecht, the minister told parliament', value: 'suspended', speaker: 'Dragan Polić', camp: 'A' },
        { file: X, quote: 'it says it provisionally suspended head coach Viktor Zakharenko on Monday', value: 'suspended', speaker: 'Semberian Anti-Doping Agency', camp: 'A' },
        { file: X, quote: 'Sports Minister Dragan Polic told parliament the coach had been suspended and would not go to Aldrecht', value: 'suspended', speaker: 'Dragan Polić', camp: 'A' },
        { file: W, quote: 'said he had received no written notice of any suspension and was "doing his job" at the training center in Kojevar', value: 'working', speaker: 'Tamara Kolesnik', camp: 'B' },
        { file: W, quote: 'The federation said Zakharenko remained head coach "until a hearing decides otherwise."', value: 'in post', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: L, quote: 'The federation says he remains in post.', value: 'in post', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: L, quote: 'Athletes at the Kozhevar camp have told us Viktor Zaharenko took the morning session on the track as usual, stopwatch in hand.', value: 'working', speaker: 'Tolvek Sports Daily', camp: 'B' },
        { file: L, quote: 'Zaharenko stays on as head coach until a hearing.', value: 'in post', speaker: 'Radovan Ilčić', camp: 'B' },
        { file: B, quote: 'no suspension had been served on him and that he was still training the athletes in Kozhevar', value: 'working', speaker: 'Tamara Kolesnik', camp: 'B' },
        { file: B, quote: 'He was at the track at seven this morning and he will be there at seven tomorrow.', value: 'working', speaker: 'Tamara Kolesnik', camp: 'B' },
        { file: X, quote: 'In practice, he is still coaching.', value: 'working', speaker: 'The Sandglass', camp: 'B' },
        { file: X, quote: 'says no suspension was ever served on him', value: 'not served', speaker: 'Tamara Kolesnik', camp: 'B' },
      ],
    },
    {
      id: 'star-sprinter', level: 'secondary', kind: 'polarity',
      summary: 'Whether the star sprinter Dunja Kestrović (Kestrovic), the continental 100m champion, is among the athletes who tested positive: yes, according to two people with direct knowledge of the case quoted by ZTK News (relayed by the explainer); no, according to the SAF and its spokeswoman Mirela Stojkova (repeated by the state-aligned paper), and her agent Lorenz Vidmar says she has received no notice of any result.',
      sides: [
        { file: B, quote: 'two sources tell ZTK News that the sprinter Dunja Kestrović is among the athletes concerned', value: 'among them', speaker: 'ZTK News', camp: 'A' },
        { file: B, quote: 'is one of the seven athletes whose samples came back positive', value: 'among them', speaker: 'ZTK News', camp: 'A' },
        { file: X, quote: 'reported that the 100-meter champion is one of the seven', value: 'among them', speaker: 'ZTK News', camp: 'A' },
        { file: W, quote: 'was not among the athletes concerned', value: 'not among them', speaker: 'Mirela Stojkova', camp: 'B' },
        { file: W, quote: 'Dunja has nothing to do with this', value: 'not involved', speaker: 'Mirela Stojkova', camp: 'B' },
        { file: L, quote: 'received no letter, no call and no notice from anyone', value: 'no notice', speaker: 'Lorenz Vidmar', camp: 'B' },
        { file: B, quote: 'The federation has repeatedly denied that she is involved', value: 'not involved', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: D, quote: 'is not among the athletes concerned, the federation confirmed on Wednesday evening', value: 'not among them', speaker: 'Semberian Athletics Federation', camp: 'B' },
        { file: X, quote: 'The federation says she is not among the athletes concerned', value: 'not among them', speaker: 'Semberian Athletics Federation', camp: 'B' },
      ],
    },
    {
      id: 'sponsor-fee', level: 'secondary', kind: 'numeric',
      summary: 'What the sponsor Lumivo Telecom pays the federation a year: 2.8 million zlateks according to the SAF ("nearly 3 million" in the state-aligned paper); six million according to a copy of the contract seen by ZTK News and to the Free Athletes\' Union (FAU) chair Bojan Hristov.',
      sides: [
        { file: W, quote: 'The SAF says the sponsorship is worth 2.8 million zlateks a year', value: '2.8 million a year', speaker: 'Semberian Athletics Federation', camp: 'A' },
        { file: B, quote: 'The federation has said publicly that the deal brings in less than half that.', value: '< 3 million a year', speaker: 'Semberian Athletics Federation', camp: 'A' },
        { file: D, quote: 'whose support of nearly 3 million zlateks a year has transformed the training conditions of Semberian athletes', value: '~3 million a year', speaker: 'Semberia First', camp: 'A' },
        { file: X, quote: 'The federation says Lumivo Telecom pays 2.8 million zlateks a year for the national team.', value: '2.8 million a year', speaker: 'Semberian Athletics Federation', camp: 'A' },
        { file: L, quote: 'Lumivo pays this federation six million zlateks a year.', value: '6 million a year', speaker: 'Bojan Hristov', camp: 'B' },
        { file: B, quote: 'A copy of the sponsorship contract puts Lumivo’s payments at six million zlateks a year', value: '6 million a year', speaker: 'ZTK News', camp: 'B' },
        { file: B, quote: 'shows the company paying six million zlateks a year for four years', value: '6 million a year', speaker: 'ZTK News', camp: 'B' },
        { file: X, quote: 'ZTK News says a copy of the contract shows six million a year', value: '6 million a year', speaker: 'ZTK News', camp: 'B' },
      ],
    },
    {
      id: 'syringe-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "Nobody in Semberian athletics hides a syringe behind a medal" is credited to the SAF president Radovan Ilčić (Ilcic), at his news conference, by the wire and to Sports Minister Dragan Polić, speaking in parliament, by the state-aligned paper.',
      sides: [
        { file: W, quote: 'Ilcic said, tapping the table. "Nobody in Semberian athletics hides a syringe behind a medal."', speaker: 'Radovan Ilčić', camp: 'A' },
        { file: D, quote: '"Nobody in Semberian athletics hides a syringe behind a medal," Mr Polić told MPs', speaker: 'Dragan Polić', camp: 'B' },
      ],
    },
    {
      id: 'squad-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the squad named on 4 June numbered 54 athletes, then corrected it to 46; the explainer also says 46.',
      sides: [
        { file: L, quote: 'the federation named its squad of 54 athletes for the Continental Championships on 4 June', value: '54', speaker: 'Tolvek Sports Daily', camp: 'A' },
        { file: L, quote: 'The squad named by the federation on 4 June has 46 athletes.', value: '46', speaker: 'Tolvek Sports Daily', camp: 'B' },
        { file: X, quote: 'The squad, 46 athletes in all, was announced on June 4.', value: '46', speaker: 'The Sandglass', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'union-members-rounded', kind: 'numeric',
      summary: 'The FAU "represents some 600 track and field athletes" (wire) and is "the 612-member FAU" (web story): one figure, rounded.',
      sides: [
        { file: W, quote: 'which says it represents some 600 track and field athletes', value: '~600' },
        { file: B, quote: 'who chairs the 612-member FAU', value: '612' },
      ],
    },
    {
      id: 'samples-vs-athletes', kind: 'numeric',
      summary: 'The 11 blood and urine samples (wire) and the seven athletes (web story), both from SADA, are different sets: some athletes were tested more than once.',
      sides: [
        { file: W, quote: 'The agency said the findings came from 11 blood and urine samples', value: '11 samples' },
        { file: B, quote: 'The Semberian Anti-Doping Agency (SADA) says seven athletes failed tests.', value: '7 athletes' },
      ],
    },
    {
      id: 'medals-part', kind: 'numeric',
      summary: 'The 14 medals Semberia won at the last continental championships (wire) and the five gold medals (state-aligned paper) are whole and part, not rival counts.',
      sides: [
        { file: W, quote: 'Semberia won 14 medals at the last continental championships', value: '14 medals' },
        { file: D, quote: 'The squad, which won five gold medals at the last Continental Championships', value: '5 gold medals' },
      ],
    },
    {
      id: 'petition-updated', kind: 'numeric',
      summary: 'About 300 signatures on the FAU petition on Tuesday evening (live blog) and 412 by Wednesday night "up from about 300 on Tuesday" (web story) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'He said about 300 athletes had signed the union’s petition for an independent inquiry since lunchtime', value: '~300 (Tuesday)' },
        { file: B, quote: 'by Wednesday night 412 had signed the union’s petition for an independent inquiry, up from about 300 on Tuesday', value: '412 (Wednesday)' },
      ],
    },
    {
      id: 'audit-synonyms', kind: 'status',
      summary: '"an audit of the federation\'s accounts" (wire) and "an inspection of the federation\'s finances" (state-aligned paper) describe the same order by the minister in different words.',
      sides: [
        { file: W, quote: "Sports Minister Dragan Polic on Tuesday ordered an audit of the federation's accounts", value: 'audit ordered' },
        { file: D, quote: "Mr Polić has also ordered an inspection of the federation's finances by the ministry's audit department", value: 'inspection ordered' },
      ],
    },
    {
      id: 'meeting-about-more-than', kind: 'numeric',
      summary: '"More than 30 athletes" (live blog) and "About 35 athletes" (web story) at the FAU meeting on Tuesday evening are compatible approximations.',
      sides: [
        { file: L, quote: 'More than 30 athletes crammed into the Free Athletes’ Union (FAU) offices in central Tolvek this evening', value: '>30' },
        { file: B, quote: 'About 35 athletes met at the offices of the Free Athletes’ Union (FAU) on Tuesday evening', value: '~35' },
      ],
    },
    {
      id: 'weightlifters-2019', kind: 'numeric',
      summary: 'The nine weightlifters banned in 2019 belong to another, earlier case, not a rival figure for the athletes who tested positive now.',
      sides: [
        { file: X, quote: 'In 2019 nine Semberian weightlifters were banned after testing positive for a steroid before a continental meet', value: '9 (weightlifters, 2019)' },
        { file: X, quote: 'says seven athletes from the national squad returned adverse findings', value: '7 (athletics, 2027)' },
      ],
    },
  ],
};
