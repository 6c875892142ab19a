// Hand-written gold source for the food poisoning at a wedding in Ain Qorfa, Tamrida
// (invented event, June 2027). build-gold.mjs turns it into ../gold/wedding-food-poisoning.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate pages saved from news sites
// (site name, "Skip to content", navigation bar, headline twice, byline, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author line); the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst, byline
// with a link, "Published ... · Updated ..." line, image line with caption and credit, key points,
// "Read more" links); the state-aligned paper is Markdown with YAML front matter and no headline
// in the body. Site names, navigation bars, bylines, date and "Updated" lines, "Share this
// article", "Advertisement", "Read more" lines, the wire's reporting line, the source list and the
// author line are metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image
// alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'gudgeon-wire.txt'; // Gudgeon wire (Tuesday 8 June), US style, straight quotes, writes Ain Korfa, Yusuf Sefrani, Lazrak
const L = 'ac4614da7ad178dc.txt'; // The Ain Qorfa Watchman live blog, saved page, newest first (Tuesday 8 June, 07:40 to 22:30), UK style, curly quotes
const B = '8df54e63f59f5248.md'; // TQN News web story, Markdown with breadcrumbs (Tuesday 8 June, evening), UK style, curly quotes
const D = 'f45954ab5813542c.md'; // state-aligned The Tamridan Crescent, YAML front matter (Wednesday 9 June), UK style, curly quotes
const X = '59957c3066ad8c8a.txt'; // The Dovetail explainer in questions, saved page (Thursday 10 June), US style, straight quotes, writes Ain Korfa, Kassimi

export default {
  corpus: 'wedding-food-poisoning',
  note: 'Invented event written for the project: on the evening of Saturday 5 June 2027 some 700 guests (723 on the list) attend the wedding of Nour Qassimi and Samir Haddadi at the Qasr al-Yasmin banqueting hall in Ain Qorfa (Ain Korfa in the wire and the explainer), a farming town in Wadi Ferran Province of the fictional country of Tamrida (capital Bessara); dinner, chicken with saffron rice cooked by the family firm Dar Sefrani Catering, is served a little after 21:00. The hall has been drawing water from its own well because the town\'s supply is cut for pipe works. Five invented outlets: the Gudgeon wire (Tuesday), The Ain Qorfa Watchman live blog, newest first (Tuesday 07:40 to 22:30), the TQN News web story (Tuesday evening), the state-aligned The Tamridan Crescent (Wednesday) and The Dovetail explainer (Thursday); four files have random names. Health Minister Dr Salma Bennour, the Ministry of Health and its spokesman Idris Mernissi, the National Public Health Laboratory (NPHL), Ain Qorfa Regional Hospital and its director Dr Karim Lazraq (Lazrak in the wire), the Tamridan Medical Syndicate and its president Dr Souad Amrani, a laboratory at Bessara University led by Professor Amina Taleb, the caterer\'s owner Youssef Sefrani (Yusuf in the wire), his son and kitchen manager Nabil Sefrani and his lawyer Leila Benhaddou, the Wadi Ferran Police Command and its Col Rachid Bouzid, the Public Prosecution and its spokesman Omar Filali, the National Food Safety Office (NFSO) and its director Nadia Oussedik, the Renewal Movement MP Hicham Benslimane, the bride\'s father Abdelkader Qassimi (Kassimi in the explainer) and the guest Fatima Zerhouni disagree about how many fell ill (212 by the ministry, more than 430 by the doctors\' syndicate), how many died (three by the ministry, five by the hospital\'s director), how many are still in hospital (38 by the ministry, 71 by the hospital), the cause (salmonella in the caterer\'s chicken, by the ministry and its laboratory, against faecal bacteria in the hall\'s well water, by the university laboratory, the caterer and the bride\'s family), whether the caterer is under arrest (arrested on Monday and in custody, by the police, against questioned and released on Monday night, not charged, by the prosecution and his lawyer), whether the NFSO closed the caterer\'s kitchen for three weeks in August 2026 (closed, by the opposition MP and the state-aligned paper, against a written warning only, by the NFSO), the day the first patients reached the hospital (about 23:30 on Saturday by the hospital, Sunday morning by the ministry) and who said "We served the same chicken at two other weddings that weekend, and nobody fell ill" (the owner Youssef Sefrani in the wire, his son Nabil Sefrani in the web story); the live blog corrects its own count of patients in intensive care (14, then four). "Some 700 guests" and the 723 names on the guest list are one figure rounded; the ministry\'s toll of two on Monday and three on Tuesday is an update reported as such; the 900 the hall can seat and the wedding of seven hundred people are different sets; the nine kitchen workers questioned are part of the caterer\'s 34 staff; "an investigation into involuntary manslaughter" and "a criminal inquiry for unintentional homicide" are synonyms; "More than 40 doctors and nurses" and "About 50 medical staff" recalled from leave agree; the 160 people who fell ill after a wedding in Tel Sarra in 2019 belong to another, earlier outbreak. "Tamridan" is a demonym except inside the Tamridan Medical Syndicate and The Tamridan Crescent; "Ain Qorfa" inside Ain Qorfa Regional Hospital and The Ain Qorfa Watchman, "Bessara" inside Bessara University and Bessara University Hospital, and "Wadi Ferran" inside the Wadi Ferran Police Command are nested; the banqueting hall (Qasr al-Yasmin) is a named facility, typed place; Dar Sefrani Catering is the firm, and a bare "Sefrani" is always the owner, Youssef.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 53],
    [L]: [1, 2, 3, 4, 10, 11, 33, 68, 69, 71],
    [B]: [1, 7, 9, 21, 49, 63, 64, 65],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 43, 67, 68, 69, 70, 71, 73],
  },

  actors: [
    // places
    { id: 'tamrida', name: 'Tamrida', type: 'place', forms: ['Tamrida'], note: 'the country; "Tamridan" is a demonym except inside the Tamridan Medical Syndicate and The Tamridan Crescent; "the country" is nominal' },
    { id: 'bessara', name: 'Bessara', type: 'place', forms: ['Bessara'], note: 'the capital; nested in Bessara University and Bessara University Hospital; "the capital" is nominal' },
    { id: 'wadi-ferran', name: 'Wadi Ferran Province', type: 'place', forms: ['Wadi Ferran Province', 'Wadi Ferran'], note: 'the province ("the Renewal Movement MP for Wadi Ferran" holds a mention); nested in the Wadi Ferran Police Command; "the province" is nominal' },
    { id: 'ain-qorfa', name: 'Ain Qorfa', type: 'place', forms: ['Ain Qorfa', 'Ain Korfa', 'AIN QORFA', 'AIN KORFA'], note: 'the town of the wedding (Ain Korfa in the wire and the explainer; datelines in capitals); nested in Ain Qorfa Regional Hospital and The Ain Qorfa Watchman; "the town" is nominal' },
    { id: 'qasr-al-yasmin', name: 'Qasr al-Yasmin', type: 'place', forms: ['Qasr al-Yasmin'], note: 'the banqueting hall, a named facility; "the hall" is nominal' },
    { id: 'tel-sarra', name: 'Tel Sarra', type: 'place', forms: ['Tel Sarra'], note: 'town of an earlier (2019) wedding outbreak, in the explainer' },
    // organizations
    { id: 'ministry', name: 'Ministry of Health', type: 'organization', forms: ['Ministry of Health', 'Health Ministry'], note: 'the health ministry; "the ministry" is nominal' },
    { id: 'nphl', name: 'National Public Health Laboratory', type: 'organization', forms: ['National Public Health Laboratory', 'NPHL'], note: 'the state laboratory, defined as (NPHL); "the laboratory" is nominal' },
    { id: 'hospital', name: 'Ain Qorfa Regional Hospital', type: 'organization', forms: ['Ain Qorfa Regional Hospital', 'Ain Korfa Regional Hospital'], note: 'the hospital that took the patients (Ain Korfa in the wire and the explainer); the town inside it is nested; "the hospital", "the regional hospital" are nominal' },
    { id: 'bessara-university-hospital', name: 'Bessara University Hospital', type: 'organization', forms: ['Bessara University Hospital'], note: 'the hospital in the capital that took eleven patients, in the wire' },
    { id: 'bessara-university', name: 'Bessara University', type: 'organization', forms: ['Bessara University'], note: 'the university whose laboratory tested the well water' },
    { id: 'syndicate', name: 'Tamridan Medical Syndicate', type: 'organization', forms: ['Tamridan Medical Syndicate'], note: 'the doctors\' body; "the syndicate" is nominal' },
    { id: 'dar-sefrani', name: 'Dar Sefrani Catering', type: 'organization', forms: ['Dar Sefrani Catering', 'Dar Sefrani'], note: 'the caterer (a family firm); "Dar Sefrani’s kitchen" holds a mention; "the caterer" is nominal' },
    { id: 'police', name: 'Wadi Ferran Police Command', type: 'organization', forms: ['Wadi Ferran Police Command'], note: 'the provincial police; lowercase "the police", "the provincial police" are nominal' },
    { id: 'prosecution', name: 'Public Prosecution', type: 'organization', forms: ['Public Prosecution'], note: 'the prosecution service; lowercase "the prosecution", "prosecutors" are nominal' },
    { id: 'nfso', name: 'National Food Safety Office', type: 'organization', forms: ['National Food Safety Office', 'NFSO'], note: 'the food inspectorate, defined as (NFSO); "the office", "The state body" are nominal' },
    { id: 'renewal', name: 'Renewal Movement', type: 'organization', forms: ['Renewal Movement'], note: 'the opposition party of Hicham Benslimane' },
    { id: 'gudgeon', name: 'Gudgeon', type: 'organization', forms: ['Gudgeon'], note: 'the wire agency: the dateline "(Gudgeon)", "told Gudgeon" and "Gudgeon could not" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'watchman', name: 'The Ain Qorfa Watchman', type: 'organization', forms: ['The Ain Qorfa Watchman', 'Watchman'], note: 'the town paper running the live blog: "told the Watchman" (short form, article outside) and its photo credit (also reused by the explainer) are mentions; its site-name line and its name in the source list are metadata' },
    { id: 'tqn', name: 'TQN News', type: 'organization', forms: ['TQN News'], note: 'the web story\'s outlet, named in its own text and credit; its breadcrumb and its name in the source list are metadata' },
    { id: 'crescent', name: 'The Tamridan Crescent', type: 'organization', forms: ['The Tamridan Crescent', 'Tamridan Crescent'], note: 'the state-aligned paper: its front matter and its name in the source list are metadata; the explainer\'s "the pro-government Tamridan Crescent" is a mention (article outside)' },
    { id: 'dovetail', name: 'The Dovetail', type: 'organization', forms: ['The Dovetail'], note: 'the explainer\'s site: "told The Dovetail" and "The Dovetail\'s reporter" are mentions; its site-name line and the author line are metadata' },
    // people
    { id: 'bennour', name: 'Salma Bennour', type: 'person', forms: ['Salma Bennour', 'Bennour'], note: 'Health Minister; "Dr"/"Dr." is outside the span; "the minister" is a title without a name' },
    { id: 'mernissi', name: 'Idris Mernissi', type: 'person', forms: ['Idris Mernissi', 'Mernissi'], note: 'the ministry\'s spokesman; "Mr Mernissi" -> "Mernissi"' },
    { id: 'lazraq', name: 'Karim Lazraq', type: 'person', forms: ['Karim Lazraq', 'Karim Lazrak', 'Lazraq', 'Lazrak'], note: 'director of Ain Qorfa Regional Hospital (Lazrak in the wire)' },
    { id: 'amrani', name: 'Souad Amrani', type: 'person', forms: ['Souad Amrani'], note: 'president of the Tamridan Medical Syndicate, in the live blog' },
    { id: 'taleb', name: 'Amina Taleb', type: 'person', forms: ['Amina Taleb'], note: 'microbiologist at Bessara University whose laboratory tested the well' },
    { id: 'youssef-sefrani', name: 'Youssef Sefrani', type: 'person', forms: ['Youssef Sefrani', 'Yusuf Sefrani', 'Sefrani'], note: 'owner of Dar Sefrani Catering (Yusuf in the wire); a bare "Sefrani" ("Mr Sefrani") is always him; "Sefrani" inside Dar Sefrani is nested' },
    { id: 'nabil-sefrani', name: 'Nabil Sefrani', type: 'person', forms: ['Nabil Sefrani'], note: 'the owner\'s son, who manages the kitchen, in the web story (always with his first name)' },
    { id: 'benhaddou', name: 'Leila Benhaddou', type: 'person', forms: ['Leila Benhaddou'], note: 'the caterer\'s lawyer' },
    { id: 'bouzid', name: 'Rachid Bouzid', type: 'person', forms: ['Rachid Bouzid'], note: 'colonel and spokesman of the Wadi Ferran Police Command; "the colonel" is a title without a name' },
    { id: 'filali', name: 'Omar Filali', type: 'person', forms: ['Omar Filali', 'Filali'], note: 'spokesman of the Public Prosecution, in the web story; "Mr Filali" -> "Filali"' },
    { id: 'oussedik', name: 'Nadia Oussedik', type: 'person', forms: ['Nadia Oussedik', 'Oussedik'], note: 'director of the NFSO; "Ms Oussedik" -> "Oussedik"' },
    { id: 'benslimane', name: 'Hicham Benslimane', type: 'person', forms: ['Hicham Benslimane', 'Benslimane'], note: 'opposition Renewal Movement MP for Wadi Ferran' },
    { id: 'abdelkader-qassimi', name: 'Abdelkader Qassimi', type: 'person', forms: ['Abdelkader Qassimi', 'Abdelkader Kassimi'], note: 'the bride\'s father (Kassimi in the explainer); always with his first name' },
    { id: 'nour-qassimi', name: 'Nour Qassimi', type: 'person', forms: ['Nour Qassimi', 'Nour Kassimi'], note: 'the bride (Kassimi in the explainer)' },
    { id: 'haddadi', name: 'Samir Haddadi', type: 'person', forms: ['Samir Haddadi'], note: 'the groom' },
    { id: 'zerhouni', name: 'Fatima Zerhouni', type: 'person', forms: ['Fatima Zerhouni', 'Zerhouni'], note: 'a guest whose mother died, in the web story; "Ms Zerhouni" -> "Zerhouni"; "Fatima Zerhouni’s mother" holds a mention' },
    { id: 'khadija', name: 'Khadija', type: 'person', forms: ['Khadija'], note: 'Fatima Zerhouni\'s mother, who died (first name only)' },
    { id: 'rahmouni', name: 'Mustafa Rahmouni', type: 'person', forms: ['Mustafa Rahmouni'], note: 'Governor of Wadi Ferran Province, in the state-aligned paper' },
    { id: 'ezzahi', name: 'Walid Ezzahi', type: 'person', forms: ['Walid Ezzahi'], note: 'The Ain Qorfa Watchman reporter: his byline is metadata; his photo credit (also reused by the explainer) is a mention' },
    { id: 'tadlaoui', name: 'Omar Tadlaoui', type: 'person', forms: ['Omar Tadlaoui'], note: 'TQN News photographer, in a photo credit' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|hospital|regional hospital|caterer|caterer’s family|office|syndicate|laboratory|police|provincial police|prosecution|hall|town|province|country|capital|minister|colonel|state body)\\b(?![-‑–]| headquarters| station)", why: 'nominal reference to a named body or place, or a title without a name ("the provincial police headquarters" is a building, not a reference to the police)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the Public Prosecution)' },
    { pattern: '\\b[Pp]olice\\b(?! Command| station| headquarters)', why: 'nominal reference to the police (the Wadi Ferran Police Command); "a police station" is a building, not a reference to the police' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Karim Lazraq', cue: 'he told reporters at the hospital gate', quote: 'Five patients have died in this hospital since Sunday. I signed the certificates myself' },
    { file: W, speaker: 'Salma Bennour', cue: 'Bennour said at a news conference in Bessara', quote: 'The source is the chicken. The laboratory has found it, and the laboratory does not guess' },
    { file: W, speaker: 'Youssef Sefrani', cue: 'he said', quote: 'We served the same chicken at two other weddings that weekend, and nobody fell ill' },
    { file: W, speaker: 'Rachid Bouzid', cue: 'police spokesman Colonel Rachid Bouzid said', quote: 'He was arrested on Monday and he remains in custody' },
    { file: W, speaker: 'Hicham Benslimane', cue: 'Benslimane said', quote: 'Somebody closed that kitchen and somebody opened it again. I want to know who' },
    { file: W, speaker: 'Abdelkader Qassimi', cue: 'he said', quote: 'My mother ate bread and salad and drank a glass of water. She is in the hospital' },
    { file: L, speaker: 'Leila Benhaddou', cue: 'she said', quote: 'My client was questioned for nine hours yesterday and went home to his family at midnight' },
    { file: L, speaker: 'Amina Taleb', cue: 'she told the Watchman', quote: 'The well is 40 metres from a septic pit. What we found in that water would make anybody ill, chicken or no chicken' },
    { file: L, speaker: 'Karim Lazraq', cue: 'he said', quote: 'The first patients came through our doors at half past eleven on Saturday night, still in their wedding clothes' },
    { file: L, speaker: 'Souad Amrani', cue: 'Its president, Dr Souad Amrani, said', quote: 'counts the beds, not the sick' },
    { file: B, speaker: 'Nadia Oussedik', cue: 'told TQN News', quote: 'We have never closed that kitchen. In August last year we gave Dar Sefrani a written warning, and in October it passed a full inspection' },
    { file: B, speaker: 'Fatima Zerhouni', cue: 'Ms Zerhouni said', quote: 'She did not eat the chicken. She drank water from the jug on the table, and on Sunday she could not stand' },
    { file: B, speaker: 'Omar Filali', cue: 'Mr Filali said', quote: 'He has been questioned and released. He has not been charged, and he is not in detention' },
    { file: D, speaker: 'Salma Bennour', cue: 'Dr Bennour said', quote: 'A kitchen that has been closed once for the same fault should never have been trusted with a wedding of seven hundred people' },
    { file: X, speaker: 'Abdelkader Qassimi', cue: 'he told The Dovetail', quote: 'Half the people in that hospital ate bread and salad and drank the water' },
  ],

  contradictions: [
    {
      id: 'fell-ill', level: 'core', kind: 'numeric',
      summary: 'How many people fell ill after the wedding: 212, according to the Ministry of Health, which counts cases confirmed by its own doctors (repeated by the state-aligned paper); more than 430, according to the Tamridan Medical Syndicate and its president Dr Souad Amrani, who says the ministry "counts the beds, not the sick".',
      sides: [
        { file: W, quote: '212 had fallen ill', value: '212', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'and 212 fell ill after Saturday’s wedding at the Qasr al-Yasmin hall', value: '212', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: 'The ministry says 212 people fell ill', value: '212', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'According to the Ministry of Health, 212 people fell ill after the dinner at the Qasr al-Yasmin hall', value: '212', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'The Health Ministry says 212.', value: '212', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'said more than 430 guests had fallen ill', value: '>430', speaker: 'Tamridan Medical Syndicate', camp: 'B' },
        { file: L, quote: 'The Tamridan Medical Syndicate says more than 430 wedding guests have fallen ill', value: '>430', speaker: 'Tamridan Medical Syndicate', camp: 'B' },
        { file: L, quote: 'said the ministry’s figure of 212 “counts the beds, not the sick”', value: 'more than 212', speaker: 'Souad Amrani', camp: 'B' },
        { file: X, quote: "The Tamridan Medical Syndicate, which represents the country's doctors, says more than 430", value: '>430', speaker: 'Tamridan Medical Syndicate', camp: 'B' },
      ],
    },
    {
      id: 'deaths', level: 'core', kind: 'numeric',
      summary: 'How many people died, as counted on Tuesday and after: three, according to the Ministry of Health (repeated by the state-aligned paper); five, according to Dr Karim Lazraq (Lazrak), director of Ain Qorfa Regional Hospital, who says he signed the certificates himself.',
      sides: [
        { file: W, quote: 'The Health Ministry said on Tuesday that three people had died', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'The Health Ministry says three people have died', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: 'The Health Ministry said on Tuesday afternoon that three guests had died.', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'Three people have died.', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'on Tuesday it raised its toll to three', value: '3', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'Five patients have died in this hospital since Sunday.', value: '5', speaker: 'Karim Lazraq', camp: 'B' },
        { file: L, quote: 'The hospital says five have died.', value: '5', speaker: 'Ain Qorfa Regional Hospital', camp: 'B' },
        { file: L, quote: 'Five patients have died in the hospital since Sunday, he says', value: '5', speaker: 'Karim Lazraq', camp: 'B' },
        { file: B, quote: 'The director of Ain Qorfa Regional Hospital, Dr Karim Lazraq, says five patients have died in his hospital.', value: '5', speaker: 'Karim Lazraq', camp: 'B' },
        { file: X, quote: 'Dr. Karim Lazraq, who runs Ain Korfa Regional Hospital, says five patients have died there.', value: '5', speaker: 'Karim Lazraq', camp: 'B' },
      ],
    },
    {
      id: 'in-hospital', level: 'secondary', kind: 'numeric',
      summary: 'How many patients were still in hospital on Tuesday: 38, according to the Ministry of Health (repeated by the state-aligned paper); 71, according to the hospital\'s director Dr Karim Lazraq (Lazrak).',
      sides: [
        { file: W, quote: '38 remained in hospital', value: '38', speaker: 'Ministry of Health', camp: 'A' },
        { file: L, quote: 'The ministry also says 38 people remain in hospital.', value: '38', speaker: 'Ministry of Health', camp: 'A' },
        { file: B, quote: '38 are still in hospital', value: '38', speaker: 'Ministry of Health', camp: 'A' },
        { file: D, quote: 'and 38 remain in hospital', value: '38', speaker: 'Ministry of Health', camp: 'A' },
        { file: X, quote: 'The ministry says 38.', value: '38', speaker: 'Ministry of Health', camp: 'A' },
        { file: W, quote: 'He said 71 patients were still on the wards.', value: '71', speaker: 'Karim Lazraq', camp: 'B' },
        { file: L, quote: 'and 71 are still on the wards', value: '71', speaker: 'Karim Lazraq', camp: 'B' },
        { file: B, quote: 'the hospital says 71 remain on its wards', value: '71', speaker: 'Ain Qorfa Regional Hospital', camp: 'B' },
        { file: X, quote: 'Lazraq says 71 remained on his wards on Tuesday.', value: '71', speaker: 'Karim Lazraq', camp: 'B' },
      ],
    },
    {
      id: 'cause', level: 'core', kind: 'polarity',
      summary: 'What made the guests ill: salmonella in the caterer\'s chicken, found by the National Public Health Laboratory (NPHL), according to Health Minister Salma Bennour, who says the ministry\'s samples of the well water were clean (the state-aligned paper calls it established); the hall\'s well water, in which a Bessara University laboratory led by Professor Amina Taleb found high levels of faecal bacteria, according to that laboratory, the caterer\'s family and the bride\'s family.',
      sides: [
        { file: W, quote: 'preliminary tests by the National Public Health Laboratory (NPHL) had found salmonella in leftover chicken served at the dinner', value: 'chicken', speaker: 'Salma Bennour', camp: 'A' },
        { file: L, quote: 'She says tests by the National Public Health Laboratory (NPHL) found salmonella in chicken left over from the wedding dinner.', value: 'chicken', speaker: 'Salma Bennour', camp: 'A' },
        { file: B, quote: 'Health Minister Salma Bennour says salmonella was found in the chicken', value: 'chicken', speaker: 'Salma Bennour', camp: 'A' },
        { file: D, quote: 'Laboratory tests have established that the outbreak was caused by salmonella in chicken prepared by the caterer', value: 'chicken', speaker: 'Salma Bennour', camp: 'A' },
        { file: X, quote: 'says the National Public Health Laboratory (NPHL) found salmonella in leftover chicken', value: 'chicken', speaker: 'Salma Bennour', camp: 'A' },
        { file: W, quote: 'said it had found high levels of fecal bacteria in the well that supplied the hall', value: 'well water', speaker: 'Bessara University', camp: 'B' },
        { file: L, quote: 'What we found in that water would make anybody ill, chicken or no chicken', value: 'well water', speaker: 'Amina Taleb', camp: 'B' },
        { file: B, quote: 'Why is nobody asking about the water?', value: 'well water', speaker: 'Nabil Sefrani', camp: 'B' },
        { file: B, quote: 'A laboratory at Bessara University found faecal bacteria in samples from the well', value: 'well water', speaker: 'Amina Taleb', camp: 'B' },
        { file: X, quote: "The caterer, and the bride's family, blame the water.", value: 'well water', speaker: 'Dar Sefrani Catering', camp: 'B' },
      ],
    },
    {
      id: 'caterer-custody', level: 'core', kind: 'status',
      summary: 'Whether the caterer\'s owner Youssef (Yusuf) Sefrani is under arrest: arrested on Monday and in custody, according to the Wadi Ferran Police Command and its Col Rachid Bouzid (repeated by the state-aligned paper); questioned and released on Monday night, not charged and not in detention, according to the Public Prosecution and its spokesman Omar Filali and his lawyer Leila Benhaddou.',
      sides: [
        { file: W, quote: 'He was arrested on Monday and he remains in custody', value: 'in custody', speaker: 'Rachid Bouzid', camp: 'A' },
        { file: L, quote: '“He was arrested on Monday and he remains in custody,” the colonel said.', value: 'in custody', speaker: 'Rachid Bouzid', camp: 'A' },
        { file: B, quote: 'The Wadi Ferran Police Command said he had been arrested on Monday and was in custody.', value: 'in custody', speaker: 'Wadi Ferran Police Command', camp: 'A' },
        { file: D, quote: 'The caterer’s owner, Youssef Sefrani, was arrested on Monday and remains in custody', value: 'in custody', speaker: 'Wadi Ferran Police Command', camp: 'A' },
        { file: X, quote: 'the Wadi Ferran Police Command says the owner, Youssef Sefrani, was arrested on Monday and is in custody', value: 'in custody', speaker: 'Wadi Ferran Police Command', camp: 'A' },
        { file: W, quote: 'said Sefrani had been questioned for nine hours and sent home late on Monday, and had not been charged', value: 'released', speaker: 'Leila Benhaddou', camp: 'B' },
        { file: W, quote: 'said he had been questioned and released', value: 'released', speaker: 'Public Prosecution', camp: 'B' },
        { file: L, quote: 'My client was questioned for nine hours yesterday and went home to his family at midnight', value: 'released', speaker: 'Leila Benhaddou', camp: 'B' },
        { file: B, quote: 'He has been questioned and released. He has not been charged, and he is not in detention', value: 'released', speaker: 'Omar Filali', camp: 'B' },
        { file: X, quote: 'say he was questioned and released on Monday night and has not been charged', value: 'released', speaker: 'Public Prosecution', camp: 'B' },
      ],
    },
    {
      id: 'kitchen-closed', level: 'secondary', kind: 'polarity',
      summary: 'Whether the National Food Safety Office (NFSO) closed Dar Sefrani\'s kitchen the year before: closed for three weeks from 11 August 2026 after raw chicken was found at room temperature, according to the Renewal Movement MP Hicham Benslimane, who published an order, and the state-aligned paper ("Records show"); never closed, only a written warning in August and a full inspection passed in October, according to the NFSO and its director Nadia Oussedik.',
      sides: [
        { file: W, quote: "said documents he had obtained showed the office had closed the caterer's kitchen for three weeks in August 2026", value: 'closed', speaker: 'Hicham Benslimane', camp: 'A' },
        { file: L, quote: 'He says the caterer’s kitchen was shut for three weeks last summer.', value: 'closed', speaker: 'Hicham Benslimane', camp: 'A' },
        { file: B, quote: 'published what he said was an NFSO order closing the caterer’s kitchen for three weeks from 11 August 2026', value: 'closed', speaker: 'Hicham Benslimane', camp: 'A' },
        { file: D, quote: 'Records show that the National Food Safety Office (NFSO) closed Dar Sefrani’s kitchen for three weeks in August 2026', value: 'closed', speaker: 'The Tamridan Crescent', camp: 'A' },
        { file: X, quote: 'the pro-government Tamridan Crescent reported the same closure on Wednesday', value: 'closed', speaker: 'The Tamridan Crescent', camp: 'A' },
        { file: B, quote: 'The state body that inspects Tamrida’s commercial kitchens has denied that it closed the kitchen of the caterer', value: 'never closed', speaker: 'National Food Safety Office', camp: 'B' },
        { file: B, quote: 'We have never closed that kitchen.', value: 'never closed', speaker: 'Nadia Oussedik', camp: 'B' },
        { file: X, quote: "The NFSO's director, Nadia Oussedik, says the office never closed the kitchen", value: 'never closed', speaker: 'Nadia Oussedik', camp: 'B' },
      ],
    },
    {
      id: 'first-patients', level: 'secondary', kind: 'temporal',
      summary: 'When the first patients reached the hospital: at about 23:30 on Saturday, a little more than two hours after dinner, according to the hospital and its director Dr Karim Lazraq (Lazrak); on Sunday morning, according to the Ministry of Health (repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'the first guests with vomiting and fever reached his emergency department at about 11:30 p.m. on Saturday', value: 'Saturday 23:30', speaker: 'Karim Lazraq', camp: 'A' },
        { file: L, quote: 'The first patients came through our doors at half past eleven on Saturday night', value: 'Saturday 23:30', speaker: 'Karim Lazraq', camp: 'A' },
        { file: X, quote: 'The hospital says the first guests arrived at its emergency department at about 11:30 p.m. on Saturday', value: 'Saturday 23:30', speaker: 'Ain Qorfa Regional Hospital', camp: 'A' },
        { file: W, quote: 'The ministry has said the first patients arrived at the hospital on Sunday morning.', value: 'Sunday morning', speaker: 'Ministry of Health', camp: 'B' },
        { file: D, quote: 'The first patients arrived at the hospital on Sunday morning, the ministry said', value: 'Sunday morning', speaker: 'Ministry of Health', camp: 'B' },
        { file: X, quote: 'The ministry says the first patients arrived on Sunday morning.', value: 'Sunday morning', speaker: 'Ministry of Health', camp: 'B' },
      ],
    },
    {
      id: 'same-chicken-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "We served the same chicken at two other weddings that weekend, and nobody fell ill" is credited to the caterer\'s owner Youssef (Yusuf) Sefrani by the wire and to his son Nabil Sefrani, who manages the kitchen, by the web story.',
      sides: [
        { file: W, quote: '"We served the same chicken at two other weddings that weekend, and nobody fell ill," he said.', speaker: 'Youssef Sefrani', camp: 'A' },
        { file: B, quote: '“We served the same chicken at two other weddings that weekend, and nobody fell ill,” Nabil Sefrani said.', speaker: 'Nabil Sefrani', camp: 'B' },
      ],
    },
    {
      id: 'icu-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 14 patients were in intensive care, then corrected it to four, the hospital\'s figure (14 had been moved to a high-dependency ward); the explainer also says four.',
      sides: [
        { file: L, quote: 'The hospital says 14 patients are in intensive care, several of them elderly.', value: '14', speaker: 'Ain Qorfa Regional Hospital', camp: 'A' },
        { file: L, quote: 'The hospital says four patients are in intensive care; 14 were moved to a high-dependency ward.', value: '4', speaker: 'Ain Qorfa Regional Hospital', camp: 'B' },
        { file: X, quote: 'Four patients were in intensive care on Tuesday, according to the hospital.', value: '4', speaker: 'Ain Qorfa Regional Hospital', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'guests-rounded', kind: 'numeric',
      summary: '"Some 700 guests" (wire) and the 723 names on the hall\'s guest list (web story) are one figure, rounded.',
      sides: [
        { file: W, quote: 'Some 700 guests attended the wedding on Saturday evening', value: '~700' },
        { file: B, quote: 'The hall’s guest list, seen by TQN News, had 723 names', value: '723' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'The ministry\'s toll of two dead given on Monday evening and its toll of three on Tuesday afternoon (both in the live blog) are a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'The Health Ministry’s count of the dead still stands at two, the figure it gave on Monday evening.', value: '2 (Monday)' },
        { file: L, quote: 'The Health Ministry has raised its toll to three.', value: '3 (Tuesday)' },
      ],
    },
    {
      id: 'capacity-vs-guests', kind: 'numeric',
      summary: 'The 900 people the hall can seat (web story) and the wedding of seven hundred people (state-aligned paper) are different sets: the hall\'s capacity and the guests who came.',
      sides: [
        { file: B, quote: 'the hall can seat 900', value: '900 (capacity)' },
        { file: D, quote: 'a wedding of seven hundred people', value: '700 (guests)' },
      ],
    },
    {
      id: 'staff-part', kind: 'numeric',
      summary: 'The nine kitchen workers questioned (state-aligned paper) are part of the 34 people Dar Sefrani employs (web story).',
      sides: [
        { file: B, quote: 'a family business founded in 1994 that employs 34 people', value: '34 (all staff)' },
        { file: D, quote: 'Nine of his kitchen workers have been questioned.', value: '9 (questioned)' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"an investigation into involuntary manslaughter" (web story) and "a criminal inquiry for unintentional homicide" (state-aligned paper) describe the same step by the Public Prosecution in different words.',
      sides: [
        { file: B, quote: 'The prosecution has opened an investigation into involuntary manslaughter.', value: 'investigation opened' },
        { file: D, quote: 'The Public Prosecution has opened a criminal inquiry for unintentional homicide.', value: 'inquiry opened' },
      ],
    },
    {
      id: 'staff-about-more-than', kind: 'numeric',
      summary: '"More than 40 doctors and nurses" (wire) and "About 50 medical staff" (live blog) called back from leave by the hospital are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 40 doctors and nurses were called back from leave to cope', value: '>40' },
        { file: L, quote: 'About 50 medical staff have been recalled from leave.', value: '~50' },
      ],
    },
    {
      id: 'tel-sarra-2019', kind: 'numeric',
      summary: 'The 160 people who fell ill after a wedding in Tel Sarra in 2019 belong to another, earlier outbreak, not a rival count for Ain Qorfa.',
      sides: [
        { file: X, quote: 'In 2019, 160 people fell ill after a wedding in Tel Sarra', value: '160 (Tel Sarra, 2019)' },
        { file: X, quote: 'The Health Ministry says 212.', value: '212 (Ain Qorfa, 2027)' },
      ],
    },
  ],
};
