// Hand-written gold source for the expulsion of Ternovian diplomats from Oskavia after the arrest of a
// defence-ministry official (invented event, October 2027). build-gold.mjs turns it into ../gold/diplomat-expulsion.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line); four have
// random names: the live blog and the explainer imitate scraped pages (site name, "Skip to content",
// navigation bar, headline twice, byline with roles, "Updated" line, "Advertisement", a caption with a
// photo credit, "Read more" lines, "Share this article"; the explainer also has footnote markers, a
// numbered source list and an author bio), the web story is Markdown converted from a news page
// (breadcrumb links, `# Headline`, italic standfirst, byline with a link, "Published ... · Updated ..."
// line, image line with caption and credit, key points, "Advertisement", "Read more" links), and the
// state-aligned Ternovian paper is Markdown with YAML front matter and no headline in the body. Site
// names, navigation bars, bylines, date and "Updated" lines, "Share this article", "Advertisement",
// "Read more" lines, the wire's reporting line, the source list and the bio are metadata (meta: 1-based
// line numbers); headlines, standfirsts, key points, image alt texts, captions and credits are counted
// text. Link URLs are in ignore. Two bodies share the form "Foreign Ministry" (Oskavia's and Ternovia's):
// every such span is assigned by hand.
const W = 'jackstay-wire.txt'; // Jackstay wire (Thursday 14 October), US style, straight quotes, writes Kresanek, Vostra, Trnkova, Volinets, Counterintelligence, Defense
const L = '87b0aa9e9958d5c6.txt'; // The Brennik Signal live blog, newest first (Wednesday 13 October, 07:50 to 22:30), UK style, curly quotes
const B = '6be23ae23ab6c50b.md'; // OTK News web story (Thursday 14 October, evening), UK style, curly quotes
const D = 'c0d96a09d6331dad.md'; // state-aligned Ternovian Vozhen Herald (Friday 15 October), YAML front matter, UK style, curly quotes, writes Volinets
const X = 'ec55ad0072ed99bf.txt'; // The Cairn explainer in questions (Saturday 16 October), US style, straight quotes, writes Kresanek, Vostra, Trnkova, Counterintelligence, Defense, Center

const osk = 'mfa-oskavia';
const ter = 'mfa-ternovia';

export default {
  corpus: 'diplomat-expulsion',
  note: 'Invented event written for the project: on Wednesday 13 October 2027 the fictional country of Oskavia (capital Brennik) expels diplomats of its neighbour Ternovia (capital Vozhen) after the arrest of Vratislav Kresánek (Kresanek in the wire and the explainer), 52, a deputy head of department in the armaments directorate of the Oskavian Ministry of Defence who worked on the planned purchase of short-range air-defence systems and is charged with espionage. Five invented outlets: the Jackstay wire (Thursday), The Brennik Signal live blog, newest first (Wednesday 07:50 to 22:30), the OTK News web story (Thursday), the state-aligned Ternovian paper Vozhen Herald (Friday) and The Cairn explainer (Saturday); four files have random names. Oskavia\'s Foreign Ministry and its spokeswoman Klara Sorn, Foreign Minister Emil Varhol, Prime Minister Irena Vostrá (Vostra in the wire and the explainer), the Security and Counter-Intelligence Service (SCS; Counterintelligence in the wire and the explainer) and its spokesman Col. Radek Mertl, the State Prosecutor\'s Office and its spokesman Igor Matula, the Ternovian Embassy, Ambassador Arkady Volynets (Volinets in the wire and the state-aligned paper) and the chargé d\'affaires Semyon Dulga, Ternovia\'s Foreign Ministry, its minister Vadim Lysenko and its spokesman Fyodor Yemets, the official\'s lawyer Hana Trnková (Trnkova in the wire and the explainer), the opposition Open Oskavia MP Viktor Sallai and the analyst Milena Osterhaus of the Brennik Centre for Security Policy (Center in the explainer) disagree about the diplomats expelled (seven by Oskavia, 11 by Ternovia), the time they were given to leave (five days, until midnight on Monday, against 72 hours or three days), whether the official passed classified documents or only unclassified tender papers, whether Ambassador Volynets was summoned or only the chargé d\'affaires went because the ambassador was in Vozhen, the day of the arrest (Tuesday 12 October by the SCS, dawn on Saturday 9 October at his home in Halstrov by the lawyer), whether he is in custody (30 days ordered by Brennik District Court, by the prosecutors) or was released on bail of 40,000 marzen on Wednesday evening (by the lawyer), whether Ternovia has already retaliated (four Oskavian diplomats ordered out of Vozhen on Thursday, by Oskavia\'s Foreign Ministry, against no measures taken yet, by Ternovia\'s) and who said "A diplomatic passport is not a licence to go shopping in our ministries" (the Prime Minister in the wire and the live blog, the Foreign Minister in the web story and the state-aligned paper); the live blog corrects its own figure for the money the official was paid (180,000, then 18,000 marzen). 21 years at the ministry and "some two decades" are one figure rounded; "more than 300 pages" on Wednesday and "about 1,100 pages, up from the 300" on Friday are an update reported as such; the 26 people leaving with spouses and children and the seven diplomats are different sets; the three military attachés are part of the seven; "espionage on behalf of a foreign power" and "spying for a foreign state" are synonyms; "More than 250 people" and "About 300 protesters" outside the embassy agree; the two diplomats expelled in 2023 belong to an earlier expulsion. "Oskavian" and "Ternovian" are demonyms; "Brennik" inside Brennik District Court, The Brennik Signal and Brennik Centre for Security Policy, "Oskavia" inside Open Oskavia and "Vozhen" inside Vozhen Herald are nested; "Oskavia-Ternovia" in the explainer\'s headline is glued and ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 2, 3, 4, 10, 11, 36, 72, 73, 75],
    [B]: [1, 7, 9, 21, 51, 65, 66, 67],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 67, 68, 69, 70, 71, 73],
  },

  actors: [
    // places
    { id: 'oskavia', name: 'Oskavia', type: 'place', forms: ['Oskavia'], note: 'the expelling country; "Oskavian" is a demonym; nested in Open Oskavia; "Oskavia-Ternovia" is glued and ignored' },
    { id: 'brennik', name: 'Brennik', type: 'place', forms: ['Brennik', 'BRENNIK'], note: 'Oskavia\'s capital, also used for its government ("accused Brennik of staging", "Brennik says seven"); nested in Brennik District Court, The Brennik Signal and Brennik Centre/Center for Security Policy' },
    { id: 'ternovia', name: 'Ternovia', type: 'place', forms: ['Ternovia'], note: 'the neighbouring country whose diplomats are expelled; "Ternovian" is a demonym' },
    { id: 'vozhen', name: 'Vozhen', type: 'place', forms: ['Vozhen', 'VOZHEN'], note: 'Ternovia\'s capital, also used for its government ("Vozhen says 11"); nested in Vozhen Herald' },
    { id: 'pelisko', name: 'Pelisko Street', type: 'place', forms: ['Pelisko Street'], note: 'the street of the Ternovian Embassy in Brennik' },
    { id: 'halstrov', name: 'Halstrov', type: 'place', forms: ['Halstrov'], note: 'the official\'s home town, about 30 km from Brennik, where his lawyer says he was detained on Saturday' },
    { id: 'kelmora', name: 'Kelmora', type: 'place', forms: ['Kelmora'], note: 'the border crossing the diplomats are to use, in the state-aligned paper ("the Kelmora crossing")' },
    // organizations: Oskavia
    { id: osk, name: 'Ministry of Foreign Affairs of Oskavia', type: 'organization', forms: ['Foreign Ministry'], note: 'Oskavia\'s foreign ministry; shares the form "Foreign Ministry" with Ternovia\'s: every mention assigned by hand; "the ministry" is nominal' },
    { id: 'mod', name: 'Ministry of Defence of Oskavia', type: 'organization', forms: ['Ministry of Defence', 'Ministry of Defense', 'Defense Ministry'], note: 'the official\'s employer (Defense in the wire and the explainer); lowercase "defence ministry" in headlines and the state-aligned paper is not a name' },
    { id: 'scs', name: 'Security and Counter-Intelligence Service', type: 'organization', forms: ['Security and Counter-Intelligence Service', 'Security and Counterintelligence Service', 'SCS'], note: 'Oskavia\'s counter-intelligence service, defined as (SCS); Counterintelligence in the wire and the explainer; "the service" is nominal' },
    { id: 'prosecutor', name: 'State Prosecutor’s Office', type: 'organization', forms: ['State Prosecutor’s Office', 'State Prosecutor\'s Office'], note: 'the prosecution service (curly or straight apostrophe); the \'s belongs to the name; "the prosecutor\'s office" and "prosecutors" are nominal' },
    { id: 'court', name: 'Brennik District Court', type: 'organization', forms: ['Brennik District Court'], note: 'the court that heard the official\'s custody case; the city inside it is nested; "the court" is nominal' },
    { id: 'assembly', name: 'National Assembly', type: 'organization', forms: ['National Assembly'], note: 'Oskavia\'s parliament; "parliament" lowercase is not a name' },
    { id: 'open-oskavia', name: 'Open Oskavia', type: 'organization', forms: ['Open Oskavia'], note: 'the opposition party of Viktor Sallai; the country inside it is nested' },
    { id: 'bcsp', name: 'Brennik Centre for Security Policy', type: 'organization', forms: ['Brennik Centre for Security Policy', 'Brennik Center for Security Policy'], note: 'the think tank of the analyst Milena Osterhaus (Center in the explainer)' },
    // organizations: Ternovia
    { id: ter, name: 'Ministry of Foreign Affairs of Ternovia', type: 'organization', forms: ['Foreign Ministry', 'Ministry of Foreign Affairs'], note: 'Ternovia\'s foreign ministry ("Ministry of Foreign Affairs" in the state-aligned paper); shares "Foreign Ministry" with Oskavia\'s: every such mention assigned by hand' },
    { id: 'embassy', name: 'Ternovian Embassy', type: 'organization', forms: ['Ternovian Embassy'], note: 'Ternovia\'s embassy on Pelisko Street in Brennik; lowercase "the embassy" is nominal' },
    // outlets
    { id: 'jackstay', name: 'Jackstay', type: 'organization', forms: ['Jackstay'], note: 'the wire agency: the dateline "(Jackstay)" and "told Jackstay" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'signal', name: 'The Brennik Signal', type: 'organization', forms: ['The Brennik Signal'], note: 'the city paper running the live blog: its photo credit is a mention; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'otk', name: 'OTK News', type: 'organization', forms: ['OTK News'], note: 'the broadcaster\'s news site, named in its own text ("told OTK News") and photo credit (also reused by the explainer); its breadcrumb line is metadata' },
    { id: 'herald', name: 'Vozhen Herald', type: 'organization', forms: ['Vozhen Herald'], note: 'the state-aligned Ternovian paper: its front matter and its name in the explainer\'s source list are metadata; "the state-aligned Vozhen Herald" in the explainer is a mention' },
    { id: 'cairn', name: 'The Cairn', type: 'organization', forms: ['The Cairn'], note: 'the explainer\'s site: "told The Cairn" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'kresanek', name: 'Vratislav Kresánek', type: 'person', forms: ['Vratislav Kresánek', 'Vratislav Kresanek', 'Kresánek', 'Kresanek'], note: 'the arrested defence-ministry official (Kresanek in the wire and the explainer); "Mr Kresánek" -> "Kresánek"' },
    { id: 'vostra', name: 'Irena Vostrá', type: 'person', forms: ['Irena Vostrá', 'Irena Vostra'], note: 'Oskavia\'s Prime Minister (Vostra in the wire and the explainer); the title is outside the span' },
    { id: 'varhol', name: 'Emil Varhol', type: 'person', forms: ['Emil Varhol'], note: 'Oskavia\'s Foreign Minister' },
    { id: 'sorn', name: 'Klara Sorn', type: 'person', forms: ['Klara Sorn'], note: 'spokeswoman for Oskavia\'s Foreign Ministry' },
    { id: 'mertl', name: 'Radek Mertl', type: 'person', forms: ['Radek Mertl', 'Mertl'], note: 'SCS spokesman; "Colonel"/"Col." is outside the span' },
    { id: 'matula', name: 'Igor Matula', type: 'person', forms: ['Igor Matula'], note: 'spokesman for the State Prosecutor\'s Office' },
    { id: 'trnkova', name: 'Hana Trnková', type: 'person', forms: ['Hana Trnková', 'Hana Trnkova', 'Trnková', 'Trnkova'], note: 'the official\'s lawyer (Trnkova in the wire and the explainer); "Ms Trnková" -> "Trnková"' },
    { id: 'sallai', name: 'Viktor Sallai', type: 'person', forms: ['Viktor Sallai', 'Sallai'], note: 'opposition Open Oskavia MP on the National Assembly\'s defence committee' },
    { id: 'osterhaus', name: 'Milena Osterhaus', type: 'person', forms: ['Milena Osterhaus', 'Osterhaus'], note: 'security analyst at the Brennik Centre for Security Policy' },
    { id: 'volynets', name: 'Arkady Volynets', type: 'person', forms: ['Arkady Volynets', 'Arkady Volinets', 'Volynets'], note: 'Ternovia\'s ambassador to Oskavia (Volinets in the wire and the state-aligned paper); "Ambassador" is outside the span; "the ambassador" is nominal' },
    { id: 'dulga', name: 'Semyon Dulga', type: 'person', forms: ['Semyon Dulga'], note: 'the Ternovian Embassy\'s chargé d\'affaires' },
    { id: 'yemets', name: 'Fyodor Yemets', type: 'person', forms: ['Fyodor Yemets', 'Yemets'], note: 'spokesman for Ternovia\'s Foreign Ministry; "Mr Yemets" -> "Yemets"' },
    { id: 'lysenko', name: 'Vadim Lysenko', type: 'person', forms: ['Vadim Lysenko', 'Lysenko'], note: 'Ternovia\'s Foreign Minister, in the state-aligned paper; "Mr Lysenko" -> "Lysenko"' },
    { id: 'eberle', name: 'Tomas Eberle', type: 'person', forms: ['Tomas Eberle'], note: 'The Brennik Signal photographer: his photo credit is a mention' },
    { id: 'strom', name: 'Anika Strom', type: 'person', forms: ['Anika Strom'], note: 'OTK News security correspondent: her byline is metadata; her photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|embassy|service|court|committee|government|ambassador|office|prosecutor's office|prosecutor’s office|foreign minister|prime minister|country|capital|opposition)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (the State Prosecutor\'s Office)' },
  ],
  ignore: [],
  block: [],
  assign: [
    { file: W, context: 'its Foreign Ministry said, after the arrest', text: 'Foreign Ministry', actor: osk },
    { file: W, context: "Ternovia's Foreign Ministry put the number", text: 'Foreign Ministry', actor: ter },
    { file: W, context: "a spokesman for Ternovia's Foreign Ministry, told a briefing", text: 'Foreign Ministry', actor: ter },
    { file: L, context: 'according to the Foreign Ministry. The Ternovian Embassy says 11.', text: 'Foreign Ministry', actor: osk },
    { file: L, context: 'Ternovia’s Foreign Ministry has posted a statement', text: 'Foreign Ministry', actor: ter },
    { file: L, context: 'who went to the Foreign Ministry this morning', text: 'Foreign Ministry', actor: osk },
    { file: L, context: 'The Foreign Ministry says Ternovia’s ambassador', text: 'Foreign Ministry', actor: osk },
    { file: L, context: 'The Foreign Ministry has confirmed it is expelling', text: 'Foreign Ministry', actor: osk },
    { file: L, context: 'the Foreign Ministry announced shortly after 07:30', text: 'Foreign Ministry', actor: osk },
    { file: B, context: 'Oskavia’s Foreign Ministry said Ternovia had already retaliated', text: 'Foreign Ministry', actor: osk },
    { file: D, context: 'the Oskavian Foreign Ministry’s version of Wednesday morning', text: 'Foreign Ministry', actor: osk },
    { file: D, context: 'the Foreign Ministry’s spokesman, Fyodor Yemets', text: 'Foreign Ministry', actor: ter },
    { file: X, context: "Oskavia's Foreign Ministry says the seven must be gone", text: 'Foreign Ministry', actor: osk },
    { file: X, context: "Oskavia's Foreign Ministry says Ambassador Arkady Volynets", text: 'Foreign Ministry', actor: osk },
    { file: X, context: "Oskavia's Foreign Ministry said on Thursday that four", text: 'Foreign Ministry', actor: osk },
    { file: X, context: "Ternovia's Foreign Ministry says it has taken no measures yet", text: 'Foreign Ministry', actor: ter },
  ],

  claims: [
    { file: W, speaker: 'Radek Mertl', cue: 'SCS spokesman Colonel Radek Mertl told reporters', quote: 'This was not a conversation at a cocktail party. This was a man photographing secret files in his office and passing them on in a park' },
    { file: W, speaker: 'Hana Trnková', cue: 'she told Jackstay by phone', quote: 'Every page my client is accused of handing over was sent to at least four companies bidding for the same tender' },
    { file: W, speaker: 'Fyodor Yemets', cue: 'he said', quote: 'We do not do theater. When we answer, Brennik will know it' },
    { file: W, speaker: 'Viktor Sallai', cue: 'Sallai said', quote: 'If this man was selling secrets in June, why was he still at his desk in October?' },
    { file: L, speaker: 'Milena Osterhaus', cue: 'she said', quote: 'Throwing out this many diplomats from a neighbour’s embassy is rare in our part of the world. Vozhen will answer, and my guess is that it will answer with exactly the same number' },
    { file: L, speaker: 'Klara Sorn', cue: 'Its spokeswoman, Klara Sorn, said', quote: 'Seven names, five days. The note is clear.' },
    { file: L, speaker: 'Irena Vostrá', cue: 'she told MPs', quote: 'A diplomatic passport is not a licence to go shopping in our ministries' },
    { file: B, speaker: 'Igor Matula', cue: 'its spokesman, Igor Matula, said', quote: 'Mr Kresánek is in custody' },
    { file: B, speaker: 'Hana Trnková', cue: 'she said', quote: 'They were tender specifications that went out to every company bidding for the contract. If that is espionage, half the arms industry should be in a cell.' },
    { file: B, speaker: 'Milena Osterhaus', cue: 'she said', quote: 'What matters is not whether a page was stamped secret, but whether it told Vozhen what our air defence will look like in five years' },
    { file: D, speaker: 'Vadim Lysenko', cue: 'Mr Lysenko said on Thursday evening', quote: 'Oskavia has chosen to sacrifice good neighbourliness to an argument about its own budget' },
    { file: D, speaker: 'Hana Trnková', cue: 'Ms Trnková told Oskavian reporters', quote: 'None of these papers carried a classification. Not one' },
    { file: D, speaker: 'Fyodor Yemets', cue: 'Mr Yemets said', quote: 'When Ternovia responds, it will be in a manner and at a time of its own choosing, and nobody will need to guess' },
    { file: X, speaker: 'Viktor Sallai', cue: 'he said', quote: 'Either the government was careless with our secrets all summer, or it was careful with its calendar' },
    { file: X, speaker: 'Milena Osterhaus', cue: 'she said', quote: 'Vozhen almost always mirrors the number' },
  ],

  contradictions: [
    {
      id: 'diplomats-expelled', level: 'core', kind: 'numeric',
      summary: 'How many Ternovian diplomats Oskavia expelled: seven, declared persona non grata, according to Oskavia\'s Foreign Ministry and its spokeswoman Klara Sorn ("Seven names, five days"); 11 members of the diplomatic staff, according to the Ternovian Embassy and Ternovia\'s Foreign Ministry, repeated by the state-aligned Vozhen Herald. Neither side has published names or explained the gap.',
      sides: [
        { file: W, quote: 'Oskavia has declared seven Ternovian diplomats persona non grata', value: '7', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: L, quote: 'Seven Ternovian diplomats have been told to leave Oskavia, according to the Foreign Ministry.', value: '7', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: L, quote: 'Seven names, five days. The note is clear.', value: '7', speaker: 'Klara Sorn', camp: 'A' },
        { file: L, quote: 'The Foreign Ministry has confirmed it is expelling seven Ternovian diplomats', value: '7', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: B, quote: 'seven members of Ternovia’s diplomatic staff had been declared persona non grata', value: '7', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: B, quote: 'Seven Ternovian diplomats told to leave Oskavia by midnight on Monday', value: '7', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: X, quote: 'Brennik says seven.', value: '7', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: W, quote: "Ternovia's Foreign Ministry put the number of its diplomats told to leave at 11", value: '11', speaker: 'Ministry of Foreign Affairs of Ternovia', camp: 'B' },
        { file: L, quote: 'The Ternovian Embassy says 11.', value: '11', speaker: 'Ternovian Embassy', camp: 'B' },
        { file: L, quote: 'It says 11 members of its diplomatic staff received notes ordering them out', value: '11', speaker: 'Ternovian Embassy', camp: 'B' },
        { file: D, quote: 'Eleven Ternovian diplomats and their families were preparing on Friday to leave Brennik', value: '11', speaker: 'Vozhen Herald', camp: 'B' },
        { file: D, quote: 'The eleven diplomats, several of whom have children at school in Brennik', value: '11', speaker: 'Vozhen Herald', camp: 'B' },
        { file: X, quote: 'Vozhen says 11, and the state-aligned Vozhen Herald has repeated that figure.', value: '11', speaker: 'Ministry of Foreign Affairs of Ternovia', camp: 'B' },
      ],
    },
    {
      id: 'days-to-leave', level: 'secondary', kind: 'numeric',
      summary: 'How long the expelled diplomats were given to leave: five days, until midnight on Monday 18 October, according to Oskavia\'s Foreign Ministry; 72 hours according to the Ternovian Embassy, "three days" in the state-aligned Vozhen Herald.',
      sides: [
        { file: W, quote: 'gave them five days to leave the country', value: '5 days', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: W, quote: 'ordering the diplomats out by midnight on Monday', value: 'until Monday midnight', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: L, quote: 'who must leave by midnight on Monday', value: 'until Monday midnight', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: L, quote: 'Seven names, five days.', value: '5 days', speaker: 'Klara Sorn', camp: 'A' },
        { file: B, quote: 'must leave by midnight on Monday', value: 'until Monday midnight', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: X, quote: "says the seven must be gone by midnight on Monday, which gives them five days", value: '5 days', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: L, quote: 'they have been given 72 hours to leave', value: '72 hours', speaker: 'Ternovian Embassy', camp: 'B' },
        { file: D, quote: 'gave them three days to go', value: '3 days', speaker: 'Vozhen Herald', camp: 'B' },
        { file: X, quote: 'The Ternovian Embassy says its staff were given 72 hours.', value: '72 hours', speaker: 'Ternovian Embassy', camp: 'B' },
      ],
    },
    {
      id: 'documents-classified', level: 'core', kind: 'polarity',
      summary: 'Whether the official passed classified documents: yes, according to the Security and Counter-Intelligence Service (SCS) and its spokesman Col. Radek Mertl (classified files on the planned purchase of short-range air-defence systems, photographed in his office and handed over in a park) and Prime Minister Irena Vostrá ("secret documents"); no, according to his lawyer Hana Trnková (Trnkova), who says every page was an unclassified tender specification sent to all the bidding companies, repeated by the state-aligned Vozhen Herald.',
      sides: [
        { file: W, quote: 'he had handed classified documents on the planned purchase of short-range air defense systems to an officer of Ternovian military intelligence', value: 'classified', speaker: 'Security and Counter-Intelligence Service', camp: 'A' },
        { file: W, quote: 'This was a man photographing secret files in his office and passing them on in a park', value: 'secret files', speaker: 'Radek Mertl', camp: 'A' },
        { file: L, quote: 'says he passed classified documents to a Ternovian intelligence officer.', value: 'classified', speaker: 'Security and Counter-Intelligence Service', camp: 'A' },
        { file: L, quote: 'Col. Mertl said Mr Kresánek had photographed classified files in his office', value: 'classified', speaker: 'Radek Mertl', camp: 'A' },
        { file: L, quote: 'had passed on “secret documents that go to the heart of our air defence”', value: 'secret', speaker: 'Irena Vostrá', camp: 'A' },
        { file: B, quote: 'Mr Kresánek had passed classified documents on the planned purchase of short-range air-defence systems', value: 'classified', speaker: 'Security and Counter-Intelligence Service', camp: 'A' },
        { file: X, quote: 'says Kresanek photographed classified files in his office and passed them to a Ternovian military intelligence officer', value: 'classified', speaker: 'Security and Counter-Intelligence Service', camp: 'A' },
        { file: W, quote: 'the papers he was accused of passing had never been classified', value: 'unclassified', speaker: 'Hana Trnková', camp: 'B' },
        { file: W, quote: 'Every page my client is accused of handing over was sent to at least four companies bidding for the same tender', value: 'tender papers', speaker: 'Hana Trnková', camp: 'B' },
        { file: B, quote: 'never handled a classified page in the case', value: 'unclassified', speaker: 'Hana Trnková', camp: 'B' },
        { file: B, quote: 'Not one page was classified', value: 'unclassified', speaker: 'Hana Trnková', camp: 'B' },
        { file: D, quote: 'None of these papers carried a classification. Not one', value: 'unclassified', speaker: 'Hana Trnková', camp: 'B' },
        { file: D, quote: 'the documents her client is accused of handing over were tender specifications distributed to every company bidding', value: 'tender papers', speaker: 'Hana Trnková', camp: 'B' },
        { file: X, quote: 'says everything he handed over was unclassified', value: 'unclassified', speaker: 'Hana Trnková', camp: 'B' },
      ],
    },
    {
      id: 'ambassador-summoned', level: 'secondary', kind: 'polarity',
      summary: 'Whether Ternovia\'s ambassador Arkady Volynets (Volinets) was summoned and handed the note: yes, on Wednesday morning at 09:00, according to Oskavia\'s Foreign Ministry; no, according to the Ternovian Embassy and Ternovia\'s Ministry of Foreign Affairs, which say he has been in Vozhen for consultations since 6 October and that only the chargé d\'affaires Semyon Dulga went to the ministry.',
      sides: [
        { file: W, quote: "The ministry said it summoned Ternovia's ambassador, Arkady Volinets, on Wednesday morning", value: 'ambassador summoned', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: L, quote: 'The Foreign Ministry says Ternovia’s ambassador, Arkady Volynets, was summoned at 09:00', value: 'ambassador summoned', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: B, quote: 'Ambassador Arkady Volynets was summoned to the ministry at 09:00 on Wednesday and given the note in person', value: 'ambassador summoned', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: D, quote: 'Oskavian officials told local media that Ambassador Arkady Volinets had been summoned and handed the expulsion note in person.', value: 'ambassador summoned', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: X, quote: "Oskavia's Foreign Ministry says Ambassador Arkady Volynets was called in at 9 a.m. on Wednesday and handed the note.", value: 'ambassador summoned', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: L, quote: 'It also says Ambassador Arkady Volynets is not in the country', value: 'ambassador abroad', speaker: 'Ternovian Embassy', camp: 'B' },
        { file: L, quote: 'it was the embassy’s chargé d’affaires, Semyon Dulga, who went to the Foreign Ministry this morning', value: 'chargé d\'affaires', speaker: 'Ternovian Embassy', camp: 'B' },
        { file: D, quote: 'In fact, the ambassador has been in Vozhen for consultations since 6 October.', value: 'ambassador abroad', speaker: 'Ministry of Foreign Affairs of Ternovia', camp: 'B' },
        { file: D, quote: 'The note was received by the embassy’s chargé d’affaires, Semyon Dulga', value: 'chargé d\'affaires', speaker: 'Ministry of Foreign Affairs of Ternovia', camp: 'B' },
        { file: X, quote: "The Ternovian Embassy says Volynets has been in Vozhen since Oct. 6 and that only its charge d'affaires, Semyon Dulga, went to the ministry.", value: 'chargé d\'affaires', speaker: 'Ternovian Embassy', camp: 'B' },
      ],
    },
    {
      id: 'arrest-day', level: 'core', kind: 'temporal',
      summary: 'When the official was arrested: on Tuesday 12 October, according to the Security and Counter-Intelligence Service (SCS) and its spokesman Col. Radek Mertl; at dawn (06:00) on Saturday 9 October at his home in Halstrov, according to his lawyer Hana Trnková, who says he was held for three days without access to a lawyer.',
      sides: [
        { file: W, quote: 'said its officers arrested Kresanek on Tuesday', value: 'Tuesday 12 October', speaker: 'Security and Counter-Intelligence Service', camp: 'A' },
        { file: L, quote: 'said officers arrested Mr Kresánek on Tuesday', value: 'Tuesday 12 October', speaker: 'Radek Mertl', camp: 'A' },
        { file: B, quote: 'The SCS says its officers arrested him on Tuesday.', value: 'Tuesday 12 October', speaker: 'Security and Counter-Intelligence Service', camp: 'A' },
        { file: X, quote: 'The SCS says Tuesday, Oct. 12.', value: 'Tuesday 12 October', speaker: 'Security and Counter-Intelligence Service', camp: 'A' },
        { file: B, quote: 'The official’s lawyer says he was detained on Saturday, not Tuesday', value: 'Saturday 9 October', speaker: 'Hana Trnková', camp: 'B' },
        { file: B, quote: 'he was detained at 06:00 on Saturday at his home in Halstrov', value: 'Saturday 9 October 06:00', speaker: 'Hana Trnková', camp: 'B' },
        { file: D, quote: 'her client was seized at his home in Halstrov at dawn on Saturday, three days before the date the Oskavian Security and Counter-Intelligence Service (SCS) gives for his arrest', value: 'Saturday 9 October', speaker: 'Hana Trnková', camp: 'B' },
        { file: X, quote: 'Trnkova says officers took him from his home in Halstrov at dawn on Saturday, Oct. 9', value: 'Saturday 9 October', speaker: 'Hana Trnková', camp: 'B' },
      ],
    },
    {
      id: 'custody', level: 'core', kind: 'status',
      summary: 'Whether the official is held or free: in custody, after a judge at Brennik District Court ordered him held for 30 days on Wednesday, according to the State Prosecutor\'s Office and its spokesman Igor Matula (still so on Thursday); released on bail of 40,000 marzen at about 20:00 on Wednesday and at home with his family, according to his lawyer Hana Trnková, repeated by the state-aligned Vozhen Herald.',
      sides: [
        { file: W, quote: 'Kresanek remained in custody after a judge at Brennik District Court ordered him held for 30 days', value: 'in custody', speaker: 'State Prosecutor’s Office', camp: 'A' },
        { file: W, quote: 'He is in custody, and he will stay in custody for as long as the court decides', value: 'in custody', speaker: 'Igor Matula', camp: 'A' },
        { file: L, quote: 'A judge has ordered him held for 30 days, prosecutors say.', value: 'in custody', speaker: 'State Prosecutor’s Office', camp: 'A' },
        { file: L, quote: 'has remanded Mr Kresánek in custody for 30 days', value: 'in custody', speaker: 'State Prosecutor’s Office', camp: 'A' },
        { file: B, quote: 'Mr Kresánek is in custody', value: 'in custody', speaker: 'Igor Matula', camp: 'A' },
        { file: B, quote: 'Prosecutors say he is in custody', value: 'in custody', speaker: 'State Prosecutor’s Office', camp: 'A' },
        { file: X, quote: "the State Prosecutor's Office said on Thursday that he was still in custody", value: 'in custody', speaker: 'State Prosecutor’s Office', camp: 'A' },
        { file: B, quote: 'was released on bail on Wednesday evening', value: 'on bail', speaker: 'Hana Trnková', camp: 'B' },
        { file: B, quote: 'was freed on bail of 40,000 marzen at about 20:00 on Wednesday', value: 'on bail', speaker: 'Hana Trnková', camp: 'B' },
        { file: B, quote: 'his lawyer says he is at home on bail', value: 'on bail', speaker: 'Hana Trnková', camp: 'B' },
        { file: D, quote: 'Mr Kresánek was released on bail on Wednesday evening and is at home with his family', value: 'on bail', speaker: 'Hana Trnková', camp: 'B' },
        { file: X, quote: 'Trnkova says the same judge released him on bail of 40,000 marzen on Wednesday evening and that he is at home.', value: 'on bail', speaker: 'Hana Trnková', camp: 'B' },
      ],
    },
    {
      id: 'retaliation', level: 'secondary', kind: 'status',
      summary: 'Whether Ternovia has already retaliated: yes, according to Oskavia\'s Foreign Ministry and its spokeswoman Klara Sorn, who said on Thursday that four Oskavian diplomats at the embassy in Vozhen had been handed notes that morning ordering them to leave within a week; no, according to Ternovia\'s Foreign Ministry and its spokesman Fyodor Yemets, who said on Thursday and Friday that no retaliatory measures had been taken yet and called the Oskavian reports "wishful thinking".',
      sides: [
        { file: B, quote: 'Oskavia says Ternovia has already hit back for Wednesday’s expulsions', value: 'retaliated', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: B, quote: 'Oskavia says four of its own diplomats have been ordered out of Vozhen', value: 'retaliated', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: B, quote: 'Oskavia’s Foreign Ministry said Ternovia had already retaliated.', value: 'retaliated', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: B, quote: 'Four Oskavian diplomats at the embassy in Vozhen were handed notes that morning ordering them to leave within a week', value: 'retaliated', speaker: 'Klara Sorn', camp: 'A' },
        { file: X, quote: "Oskavia's Foreign Ministry said on Thursday that four Oskavian diplomats in Vozhen had been ordered to leave within a week.", value: 'retaliated', speaker: 'Ministry of Foreign Affairs of Oskavia', camp: 'A' },
        { file: W, quote: 'Ternovia had taken no retaliatory steps so far', value: 'not yet', speaker: 'Fyodor Yemets', camp: 'B' },
        { file: D, quote: 'Ternovia has so far taken no retaliatory measures', value: 'not yet', speaker: 'Fyodor Yemets', camp: 'B' },
        { file: X, quote: "Ternovia's Foreign Ministry says it has taken no measures yet", value: 'not yet', speaker: 'Ministry of Foreign Affairs of Ternovia', camp: 'B' },
      ],
    },
    {
      id: 'passport-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "A diplomatic passport is not a licence (license) to go shopping in our ministries" is credited to Prime Minister Irena Vostrá, speaking in parliament on Wednesday, by the wire and the live blog, and to Foreign Minister Emil Varhol, at a news conference on Thursday, by the web story and the state-aligned Vozhen Herald.',
      sides: [
        { file: W, quote: '"A diplomatic passport is not a license to go shopping in our ministries," she said', speaker: 'Irena Vostrá', camp: 'A' },
        { file: L, quote: '“A diplomatic passport is not a licence to go shopping in our ministries,” she told MPs.', speaker: 'Irena Vostrá', camp: 'A' },
        { file: B, quote: 'Foreign Minister Emil Varhol defended the decision at a news conference on Thursday. “A diplomatic passport is not a licence to go shopping in our ministries,” he said.', speaker: 'Emil Varhol', camp: 'B' },
        { file: D, quote: 'Her foreign minister, Emil Varhol, said on Thursday that “a diplomatic passport is not a licence to go shopping in our ministries”', speaker: 'Emil Varhol', camp: 'B' },
      ],
    },
    {
      id: 'payment-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that the SCS spokesman Col. Radek Mertl said the official was paid 180,000 marzen, then corrected it to the figure he gave, 18,000 marzen over two years; the wire, the web story and the explainer also say 18,000.',
      sides: [
        { file: L, quote: 'According to Col. Mertl, Mr Kresánek was paid 180,000 marzen.', value: '180,000', speaker: 'Radek Mertl', camp: 'A' },
        { file: L, quote: 'The figure Col. Mertl gave was 18,000 marzen over two years.', value: '18,000', speaker: 'Radek Mertl', camp: 'B' },
        { file: W, quote: 'had been paid 18,000 marzen over two years', value: '18,000', speaker: 'Security and Counter-Intelligence Service', camp: 'B' },
        { file: B, quote: 'had been paid 18,000 marzen over two years', value: '18,000', speaker: 'Security and Counter-Intelligence Service', camp: 'B' },
        { file: X, quote: 'in exchange for 18,000 marzen over two years', value: '18,000', speaker: 'Security and Counter-Intelligence Service', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'service-rounded', kind: 'numeric',
      summary: '21 years at the Defence Ministry (wire) and "a civil servant of some two decades at the ministry" (web story) are one figure, rounded.',
      sides: [
        { file: W, quote: 'had worked at the Defense Ministry for 21 years', value: '21 years' },
        { file: B, quote: 'Mr Kresánek is a civil servant of some two decades at the ministry.', value: '~20 years' },
      ],
    },
    {
      id: 'pages-updated', kind: 'numeric',
      summary: 'The SCS said on Wednesday that the documents recovered ran to more than 300 pages (live blog) and on Friday that they came to about 1,100 pages, "up from the 300 it cited on Wednesday" (explainer): a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'He said the documents recovered so far ran to more than 300 pages.', value: '>300 (Wednesday)' },
        { file: X, quote: 'On Friday the SCS said the material recovered so far came to about 1,100 pages, up from the 300 it cited on Wednesday.', value: '~1,100 (Friday)' },
      ],
    },
    {
      id: 'families-set', kind: 'numeric',
      summary: 'The 26 people who must leave counting spouses and children (live blog) and the seven diplomats declared persona non grata (web story) are different sets, not rival counts.',
      sides: [
        { file: L, quote: 'With spouses and children, 26 people will have to leave, the ministry says.', value: '26 (with families)' },
        { file: B, quote: 'seven members of Ternovia’s diplomatic staff had been declared persona non grata', value: '7 (diplomats)' },
      ],
    },
    {
      id: 'attaches-part', kind: 'numeric',
      summary: 'The three military attachés are part of the seven diplomats expelled, not a rival count.',
      sides: [
        { file: W, quote: 'Three of them are military attaches, it said.', value: '3 (attachés)' },
        { file: W, quote: 'Oskavia has declared seven Ternovian diplomats persona non grata', value: '7 (all expelled)' },
      ],
    },
    {
      id: 'espionage-synonyms', kind: 'status',
      summary: '"charged on Wednesday with espionage on behalf of a foreign power" (wire) and "accused of spying for a foreign state" (web story) describe the same charge in different words.',
      sides: [
        { file: W, quote: 'He was charged on Wednesday with espionage on behalf of a foreign power', value: 'espionage charge' },
        { file: B, quote: 'He is accused of spying for a foreign state.', value: 'spying charge' },
      ],
    },
    {
      id: 'protest-about-more-than', kind: 'numeric',
      summary: '"More than 250 people" (wire) and "About 300 protesters" (web story) outside the Ternovian Embassy on Pelisko Street on Thursday evening are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 250 people gathered outside the Ternovian Embassy on Pelisko Street on Thursday evening', value: '>250' },
        { file: B, quote: 'About 300 protesters gathered outside the Ternovian Embassy on Pelisko Street on Thursday evening', value: '~300' },
      ],
    },
    {
      id: 'expulsion-2023', kind: 'numeric',
      summary: 'The two Ternovian diplomats Oskavia expelled in 2023, after a cyberattack on its railway signalling, belong to an earlier expulsion, not a rival figure for this one.',
      sides: [
        { file: X, quote: 'the last time Oskavia expelled Ternovian diplomats, in 2023, after a cyberattack on its railway signaling system, it sent home two.', value: '2 (2023)' },
        { file: X, quote: 'Brennik says seven.', value: '7 (2027)' },
      ],
    },
  ],
};
