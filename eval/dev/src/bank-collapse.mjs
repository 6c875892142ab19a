// Hand-written gold source for the collapse of Corvan Savings Bank (invented event,
// Estravia, March 2026). build-gold.mjs turns it into ../gold/bank-collapse.json.
// Two files are plain .txt (headline, outlet and date lines); three imitate Markdown pages
// converted from news sites, under random names (breadcrumb links, `# Headline`, italic
// standfirst, bylines as links, "Published ... · Updated ..." lines, image lines with credits,
// key points). Breadcrumbs, bylines, "Published" lines, "Sign up"/"Advertisement"/"Share this
// article" lines, the wire's "(Reporting by ...)" line and the explainer's author bio are
// metadata (meta: 1-based line numbers); headlines, standfirsts, key points, image alt texts,
// captions and credits are counted text. Link URLs are not text: they are in ignore (a nominal pattern).
const W = 'gunwale-wire.txt'; // Gunwale wire (Monday 16 March, evening), straight quotes, writes Jarovik
const L = 'bcc8b4184720f299.md'; // Tavrell Evening Post live blog, newest first (Monday 06:50 to 21:10), curly quotes
const E = 'fecd3567aa639cb6.md'; // ERB News web story (Tuesday 17 March), curly quotes
const D = 'estravia-daily.txt'; // state-aligned Estravia Daily (Wednesday 18 March), curly quotes, writes Marrick and Stowe
const X = '47b556488c9cc173.md'; // The Countinghouse explainer in questions (Friday 20 March), US style, straight quotes, writes Jarovik and Tavrel

export default {
  corpus: 'bank-collapse',
  note: 'Invented event written for the project: on Monday 16 March 2026 Corvan Savings Bank, a regional lender founded in 1994 in the northern city of Tavrell (Tavrel in the explainer), in the fictional country of Estravia (capital Mirenza; currency the krov), keeps its branches shut and its app offline after a weekend run that followed a downgrade to junk by Ostwell Ratings on Thursday 12 March; the National Bank of Estravia (NBE) places it under administration and appoints a former deputy governor, Hana Vorel, as administrator, and savers queue outside the head office on Kossel Square in Tavrell and at a branch in Harrovec. Five invented outlets: the Gunwale wire (Monday evening), the Tavrell Evening Post live blog, newest first (Monday), the ERB News web story (Tuesday), the state-aligned Estravia Daily (Wednesday) and The Countinghouse explainer (Friday); the three .md files have random names. Governor Ilse Marhold and the NBE, Finance Minister Gustav Renko and the Finance Ministry, Prime Minister Aurel Danek, the Deposit Guarantee Fund (DGF) and its director Mirela Caspary, the administrator, the bank\'s chairman Bertram Quell, its chief executive Marius Yarovik (Jarovik in the wire and the explainer) and his lawyer Ivo Sellanek, the auditors Marrick & Stowe (Marrick and Stowe in the state-aligned paper), the Prosecutor General\'s Office, the opposition MP Katya Rendel (Civic Compass), the Tavrell Depositors\' Association and its chair Lidka Boros, an economist and savers disagree about the amount withdrawn over the weekend (1.8 against 3.1 billion krovs), the share of an insured deposit savers will get back (in full up to 100,000 krovs against only 60%), whether the chief executive has left the country (flew to Lendra in Sarvonia on Sunday, against in Mirenza cooperating), whether the NBE warned the bank in writing on 14 October, the branches closed (64 against 78), whether withdrawals are frozen or allowed up to 1,500 krovs a day, the day the run began (Friday afternoon against Saturday morning) and who said "This is the failure of one bank, not the failure of our banking system" (the governor in the wire, the finance minister in the state-aligned paper); the live blog corrects its own count of savers (41,000, then 410,000). "about 3 billion krovs" (a branch manager) and 3.1 billion are one figure rounded; the depositors\' association growing from 2,300 members on Monday to more than 9,000 is an update; 22.6 billion krovs of deposits and a loan book of 17.9 billion are different sets; 19 branches in Tavrell are part of the 64; "placed under administration" and "taken over by an administrator" are synonyms; shares falling "more than 40%" and "about 42%" agree; 640 million krovs withdrawn from Merrow Cooperative Bank in 2017 is another, earlier failure. "Estravian" and "Sarvonian" are demonyms; "Estravia" inside the National Bank of Estravia and Estravia Daily, "Mirenza" inside the Mirenza Stock Exchange and the University of Mirenza, and "Tavrell"/"Tavrel" inside the depositors\' association and the Tavrell Evening Post are nested; "Mirenza-based" is glued.',
  files: [W, L, E, D, X],
  meta: {
    [W]: [2, 3, 51],
    [L]: [1, 7, 9, 11, 46, 96],
    [E]: [1, 7, 9, 21],
    [D]: [2, 3],
    [X]: [1, 7, 9, 68],
  },

  actors: [
    // places
    { id: 'estravia', name: 'Estravia', type: 'place', forms: ['Estravia'], note: 'the country; nested in the National Bank of Estravia and Estravia Daily; "Estravian" is a demonym' },
    { id: 'tavrell', name: 'Tavrell', type: 'place', forms: ['Tavrell', 'TAVRELL', 'Tavrel'], note: 'the city where the bank has its head office, also in the wire dateline; the explainer writes Tavrel; nested in the Tavrell Depositors\' Association and the Tavrell Evening Post; "the city" is nominal' },
    { id: 'mirenza', name: 'Mirenza', type: 'place', forms: ['Mirenza', 'MIRENZA'], note: 'the capital, also in the state-aligned paper\'s dateline; nested in the Mirenza Stock Exchange and the University of Mirenza; "Mirenza-based" is glued; "the capital" is nominal' },
    { id: 'harrovec', name: 'Harrovec', type: 'place', forms: ['Harrovec'], note: 'a second city with Corvan branches' },
    { id: 'kossel', name: 'Kossel Square', type: 'place', forms: ['Kossel Square'], note: 'the square in Tavrell where the bank has its head office (a named feature, typed place)' },
    { id: 'station-road', name: 'Station Road', type: 'place', forms: ['Station Road'], note: 'the street of the Corvan branch in Harrovec' },
    { id: 'weaver-street', name: 'Weaver Street', type: 'place', forms: ['Weaver Street'], note: 'a street off Kossel Square' },
    { id: 'sarvonia', name: 'Sarvonia', type: 'place', forms: ['Sarvonia'], note: 'the neighbouring country to which, officials say, the chief executive flew; "Sarvonian" is a demonym; "Sarvonia\'s interior ministry": place mention plus a nominal ministry' },
    { id: 'lendra', name: 'Lendra', type: 'place', forms: ['Lendra'], note: 'the Sarvonian capital' },
    // organizations
    { id: 'corvan', name: 'Corvan Savings Bank', type: 'organization', forms: ['Corvan Savings Bank', 'Corvan'], note: 'the failed bank; "Corvan" alone and as a modifier ("Corvan accounts", "Corvan cash machines", "Corvan ATMs") names it; "the bank", "the lender" are nominal' },
    { id: 'nbe', name: 'National Bank of Estravia', type: 'organization', forms: ['National Bank of Estravia', 'National Bank', 'NBE'], note: 'the central bank; defined as (NBE) in the wire, the live blog and the explainer; "the National Bank" is its short name; "NBE Governor" before a name holds a mention of it; "the central bank" and "the regulator" are nominal' },
    { id: 'finance-ministry', name: 'Finance Ministry', type: 'organization', forms: ['Finance Ministry'], note: '"Finance Minister" before a name is a title' },
    { id: 'dgf', name: 'Deposit Guarantee Fund', type: 'organization', forms: ['Deposit Guarantee Fund', 'DGF'], note: 'the deposit-guarantee fund; defined as (DGF) in the explainer; "the fund" is nominal' },
    { id: 'ostwell', name: 'Ostwell Ratings', type: 'organization', forms: ['Ostwell Ratings', 'Ostwell'], note: 'the ratings agency; "the ratings agency" and "the rating agency" are nominal' },
    { id: 'marrick', name: 'Marrick & Stowe', type: 'organization', forms: ['Marrick & Stowe', 'Marrick and Stowe'], note: 'the auditors; written "Marrick and Stowe" by the state-aligned paper; "the auditors" is nominal' },
    { id: 'tda', name: "Tavrell Depositors' Association", type: 'organization', forms: ["Tavrell Depositors' Association", 'Tavrell Depositors’ Association', "Tavrel Depositors' Association"], note: 'the savers\' group; straight apostrophe in the wire, curly in the live blog and ERB News, "Tavrel" in the explainer; "the group" is nominal' },
    { id: 'prosecutor', name: "Prosecutor General's Office", type: 'organization', forms: ["Prosecutor General's Office", 'Prosecutor General’s Office'], note: 'the \'s belongs to the name and stays inside; "prosecutors" is nominal' },
    { id: 'civic-compass', name: 'Civic Compass', type: 'organization', forms: ['Civic Compass'], note: 'the opposition party of Katya Rendel' },
    { id: 'national-council', name: 'National Council', type: 'organization', forms: ['National Council'], note: 'the parliament; "parliament" and "the budget committee" are nominal' },
    { id: 'stock-exchange', name: 'Mirenza Stock Exchange', type: 'organization', forms: ['Mirenza Stock Exchange'], note: '"Mirenza" inside it is nested' },
    { id: 'univ-mirenza', name: 'University of Mirenza', type: 'organization', forms: ['University of Mirenza'], note: '"Mirenza" inside it is nested' },
    { id: 'merrow', name: 'Merrow Cooperative Bank', type: 'organization', forms: ['Merrow Cooperative Bank'], note: 'the bank that failed in 2017' },
    { id: 'gunwale', name: 'Gunwale', type: 'organization', forms: ['Gunwale'], note: 'the wire agency: the dateline "(Gunwale)" and "told Gunwale" are mentions; its outlet line is metadata' },
    { id: 'evening-post', name: 'Tavrell Evening Post', type: 'organization', forms: ['Tavrell Evening Post'], note: 'the city paper running the live blog: its photo credit is a mention, its breadcrumb line metadata' },
    { id: 'erb', name: 'ERB News', type: 'organization', forms: ['ERB News'], note: 'the broadcaster\'s news site: named in its own text and credit, by the state-aligned paper and by the explainer; its breadcrumb line is metadata' },
    { id: 'daily', name: 'Estravia Daily', type: 'organization', forms: ['Estravia Daily'], note: 'the state-aligned paper: its outlet line is metadata; "told Estravia Daily" in its own text and in the explainer are mentions' },
    { id: 'countinghouse', name: 'The Countinghouse', type: 'organization', forms: ['The Countinghouse'], note: 'the explainer site, named in its own chart credit; its breadcrumb line and the author\'s bio are metadata' },
    // people
    { id: 'marhold', name: 'Ilse Marhold', type: 'person', forms: ['Ilse Marhold', 'Marhold'], note: 'Governor of the NBE ("Governor" is a title); "the governor" and "its governor" are nominal' },
    { id: 'renko', name: 'Gustav Renko', type: 'person', forms: ['Gustav Renko', 'Renko'], note: 'Finance Minister; "the minister" is nominal' },
    { id: 'danek', name: 'Aurel Danek', type: 'person', forms: ['Aurel Danek'], note: 'Prime Minister' },
    { id: 'vorel', name: 'Hana Vorel', type: 'person', forms: ['Hana Vorel', 'Vorel'], note: 'the administrator appointed by the NBE, a former deputy governor; "the administrator" is nominal' },
    { id: 'yarovik', name: 'Marius Yarovik', type: 'person', forms: ['Marius Yarovik', 'Marius Jarovik', 'Yarovik', 'Jarovik'], note: 'the bank\'s chief executive ("Mr" outside); the wire and the explainer write Jarovik' },
    { id: 'quell', name: 'Bertram Quell', type: 'person', forms: ['Bertram Quell', 'Quell'], note: 'the bank\'s chairman' },
    { id: 'sellanek', name: 'Ivo Sellanek', type: 'person', forms: ['Ivo Sellanek', 'Sellanek'], note: 'the chief executive\'s lawyer; "the lawyer" is nominal' },
    { id: 'caspary', name: 'Mirela Caspary', type: 'person', forms: ['Mirela Caspary', 'Caspary'], note: 'director of the Deposit Guarantee Fund ("Mrs" outside)' },
    { id: 'dorsan', name: 'Filip Dorsan', type: 'person', forms: ['Filip Dorsan'], note: 'spokesman of the Prosecutor General\'s Office' },
    { id: 'rendel', name: 'Katya Rendel', type: 'person', forms: ['Katya Rendel', 'Rendel'], note: 'opposition MP, Civic Compass ("Mrs" outside)' },
    { id: 'boros', name: 'Lidka Boros', type: 'person', forms: ['Lidka Boros', 'Boros'], note: 'chair of the Tavrell Depositors\' Association' },
    { id: 'ingvaldt', name: 'Petra Ingvaldt', type: 'person', forms: ['Petra Ingvaldt', 'Ingvaldt'], note: 'economist at the University of Mirenza' },
    { id: 'rusk', name: 'Agata Rusk', type: 'person', forms: ['Agata Rusk'], note: 'a retired schoolteacher in the queue, quoted by the wire' },
    { id: 'bilek', name: 'Tomas Bilek', type: 'person', forms: ['Tomas Bilek'], note: 'a retired bus driver in the queue, quoted by the live blog' },
    { id: 'harant', name: 'Milo Harant', type: 'person', forms: ['Milo Harant'], note: 'a baker, business customer of the bank' },
    { id: 'orlic', name: 'Vesna Orlic', type: 'person', forms: ['Vesna Orlic'], note: 'a textile worker outside the head office, quoted by the state-aligned paper' },
    { id: 'sill', name: 'Marta Sill', type: 'person', forms: ['Marta Sill'], note: 'a Tavrell Evening Post reporter named in a post' },
    { id: 'kusk', name: 'Anton Kusk', type: 'person', forms: ['Anton Kusk'], note: 'Tavrell Evening Post reporter and photographer: his byline is metadata, his photo credit a mention' },
    { id: 'harrow', name: 'Inez Harrow', type: 'person', forms: ['Inez Harrow'], note: 'ERB News photographer, in a caption credit' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:bank|central bank|lender|fund|administrator|governor|minister|ministry|regulator|board|group|party|auditors|ratings agency|rating agency|agency|broadcaster|lawyer|capital|city|country|government|police|budget committee)\\b", why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: '\\b(?:its governor|interior ministry|parliament|[Pp]rosecutors|[Pp]olice)\\b', why: 'nominal reference to a named or unnamed body (lowercase)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Ilse Marhold', cue: 'NBE Governor Ilse Marhold told a news conference', quote: 'Every other bank in Estravia opened its doors this morning, and every one of them will open tomorrow.' },
    { file: W, speaker: 'Gustav Renko', cue: 'Renko told reporters', quote: 'Not one saver will lose a krov of insured money' },
    { file: W, speaker: 'Agata Rusk', cue: 'said Agata Rusk', quote: 'I have 46,000 krovs in there. It is everything my husband and I put aside' },
    { file: W, speaker: 'Bertram Quell', cue: 'Quell said', quote: 'At no point in the autumn did the National Bank raise a concern about our liquidity with this board, in writing or otherwise' },
    { file: W, speaker: 'Ivo Sellanek', cue: 'Sellanek told Gunwale by phone', quote: 'My client has not left the country and has no intention of leaving it' },
    { file: L, speaker: 'Ivo Sellanek', cue: 'said the lawyer, Ivo Sellanek', quote: 'Mr Yarovik is in Mirenza. He is at the disposal of the administrator and of the authorities, and he will answer every question put to him' },
    { file: L, speaker: 'Hana Vorel', cue: 'she said', quote: 'Nobody is going to be left without money for bread' },
    { file: L, speaker: 'Lidka Boros', cue: 'Boros said', quote: 'We are not asking for favours. We are asking to see where our money went' },
    { file: L, speaker: 'Tomas Bilek', cue: 'said Tomas Bilek', quote: 'I came at seven because I thought I would be first. There were already eighty people here' },
    { file: E, speaker: 'Katya Rendel', cue: 'she told ERB News', quote: 'Savers with insured deposits will get back only 60% of their money, because that is all the fund can pay' },
    { file: E, speaker: 'Milo Harant', cue: 'said Milo Harant', quote: 'I have eleven people to pay on Friday and every krov of it is in Corvan' },
    { file: D, speaker: 'Gustav Renko', cue: 'Finance Minister Gustav Renko told a news conference in Mirenza on Monday', quote: 'This is the failure of one bank, not the failure of our banking system' },
    { file: D, speaker: 'Mirela Caspary', cue: 'she said', quote: 'Every saver with an insured deposit will get back every krov of it. There is no discount, no haircut and no waiting list' },
    { file: D, speaker: 'Aurel Danek', cue: 'Prime Minister Aurel Danek said on Tuesday', quote: 'a government that does not wait for a crisis to become a catastrophe' },
    { file: X, speaker: 'Petra Ingvaldt', cue: 'said Petra Ingvaldt', quote: 'The fund is big enough for one Corvan. It is not big enough for two' },
  ],

  contradictions: [
    {
      id: 'weekend-withdrawals', level: 'core', kind: 'numeric',
      summary: 'How much savers withdrew over the weekend: the NBE and Governor Ilse Marhold say 1.8 billion krovs; the administrator\'s first report, seen by ERB News, puts it at 3.1 billion krovs, almost 14% of deposits.',
      sides: [
        { file: W, quote: 'after savers pulled 1.8 billion krovs out of the regional lender over the weekend', value: '1.8bn krovs', speaker: 'National Bank of Estravia', camp: 'A' },
        { file: W, quote: 'Marhold said the weekend withdrawals, made mostly through the app, came to 1.8 billion krovs', value: '1.8bn krovs', speaker: 'Ilse Marhold', camp: 'A' },
        { file: L, quote: 'She puts the weekend withdrawals at 1.8 billion krovs', value: '1.8bn krovs', speaker: 'Ilse Marhold', camp: 'A' },
        { file: E, quote: 'Governor Ilse Marhold told reporters on Monday that the weekend withdrawals came to 1.8 billion krovs.', value: '1.8bn krovs', speaker: 'Ilse Marhold', camp: 'A' },
        { file: D, quote: 'By Sunday night savers had withdrawn 1.8 billion krovs', value: '1.8bn krovs', speaker: 'National Bank of Estravia', camp: 'A' },
        { file: X, quote: 'The NBE says 1.8 billion krovs was withdrawn over the weekend', value: '1.8bn krovs', speaker: 'National Bank of Estravia', camp: 'A' },
        { file: E, quote: 'Savers took 3.1 billion krovs out of Corvan Savings Bank between Friday afternoon and Sunday night', value: '3.1bn krovs', speaker: 'Hana Vorel', camp: 'B' },
        { file: E, quote: 'Administrator’s first report puts weekend withdrawals at 3.1 billion krovs', value: '3.1bn krovs', speaker: 'Hana Vorel', camp: 'B' },
        { file: X, quote: 'puts the figure at 3.1 billion krovs', value: '3.1bn krovs', speaker: 'Hana Vorel', camp: 'B' },
      ],
    },
    {
      id: 'guarantee-share', level: 'core', kind: 'numeric',
      summary: 'How much of an insured deposit savers will get back: the finance minister and the Deposit Guarantee Fund say insured deposits are guaranteed in full, up to 100,000 krovs per person; the opposition MP Katya Rendel says savers will get back only 60% of their insured money.',
      sides: [
        { file: W, quote: 'Every deposit up to 100,000 krovs per person is guaranteed in full by the Deposit Guarantee Fund', value: '100% up to 100,000 krovs', speaker: 'Gustav Renko', camp: 'A' },
        { file: L, quote: 'Deposits of up to 100,000 krovs per person at Corvan are “guaranteed in full, to the last krov” by the Deposit Guarantee Fund', value: '100% up to 100,000 krovs', speaker: 'Gustav Renko', camp: 'A' },
        { file: D, quote: 'the fund would repay each insured deposit in full, up to 100,000 krovs per person', value: '100% up to 100,000 krovs', speaker: 'Mirela Caspary', camp: 'A' },
        { file: D, quote: 'Every saver with an insured deposit will get back every krov of it.', value: '100%', speaker: 'Mirela Caspary', camp: 'A' },
        { file: X, quote: "says it will repay Corvan's insured deposits in full", value: '100%', speaker: 'Deposit Guarantee Fund', camp: 'A' },
        { file: E, quote: 'Savers with insured deposits will get back only 60% of their money, because that is all the fund can pay', value: '60%', speaker: 'Katya Rendel', camp: 'B' },
        { file: X, quote: 'says savers will get back only 60% of their insured money', value: '60%', speaker: 'Katya Rendel', camp: 'B' },
      ],
    },
    {
      id: 'ceo-left-country', level: 'core', kind: 'status',
      summary: 'Whether the chief executive Marius Yarovik (Jarovik) has left the country: two officials with access to border records told ERB News he flew from Mirenza to Lendra, in Sarvonia, on Sunday evening; his lawyer Ivo Sellanek says he has not left, is in Mirenza and is cooperating with the administrator.',
      sides: [
        { file: E, quote: 'Chief executive Marius Yarovik left Estravia on Sunday evening, two officials say', speaker: 'ERB News', camp: 'A' },
        { file: E, quote: 'boarded an evening flight from Mirenza to Lendra, the Sarvonian capital, on Sunday', speaker: 'ERB News', camp: 'A' },
        { file: X, quote: 'Jarovik flew to Sarvonia on Sunday evening, citing two officials with access to border records', speaker: 'ERB News', camp: 'A' },
        { file: W, quote: 'My client has not left the country and has no intention of leaving it', speaker: 'Ivo Sellanek', camp: 'B' },
        { file: L, quote: 'Mr Yarovik is in Mirenza. He is at the disposal of the administrator and of the authorities', speaker: 'Ivo Sellanek', camp: 'B' },
        { file: E, quote: 'His lawyer, Ivo Sellanek, repeated on Tuesday that Yarovik was in Mirenza.', speaker: 'Ivo Sellanek', camp: 'B' },
        { file: D, quote: 'Mr Yarovik is in Mirenza, he has handed over his passport voluntarily', speaker: 'Ivo Sellanek', camp: 'B' },
        { file: X, quote: 'His lawyer, Ivo Sellanek, says Jarovik is in Mirenza and cooperating with the administrator', speaker: 'Ivo Sellanek', camp: 'B' },
      ],
    },
    {
      id: 'autumn-warning', level: 'secondary', kind: 'polarity',
      summary: 'Whether the central bank warned Corvan in the autumn: a letter seen by ERB News shows the NBE\'s supervision department warned the board in writing on 14 October that liquidity was below the minimum; the chairman Bertram Quell says the board received no warning, and a central bank official told Estravia Daily none was issued.',
      sides: [
        { file: E, quote: 'National Bank wrote to Corvan’s board on 14 October about its liquidity', speaker: 'ERB News', camp: 'A' },
        { file: E, quote: 'The National Bank’s supervision department warned Corvan’s board in writing on 14 October', speaker: 'ERB News', camp: 'A' },
        { file: X, quote: "the NBE warned Corvan's board in writing on October 14", speaker: 'ERB News', camp: 'A' },
        { file: W, quote: 'At no point in the autumn did the National Bank raise a concern about our liquidity with this board, in writing or otherwise', speaker: 'Bertram Quell', camp: 'B' },
        { file: W, quote: 'He said the bank had received no warning from the central bank about its finances last year.', speaker: 'Bertram Quell', camp: 'B' },
        { file: D, quote: 'The National Bank issued no warning to Corvan in the autumn, a senior central bank official told Estravia Daily', speaker: 'National Bank of Estravia', camp: 'B' },
        { file: X, quote: 'Bertram Quell, says the board received no such warning', speaker: 'Bertram Quell', camp: 'B' },
      ],
    },
    {
      id: 'branches-closed', level: 'secondary', kind: 'numeric',
      summary: 'How many branches the bank has (all closed): 64 according to the wire, the live blog and the explainer; 78 according to ERB News and the state-aligned paper.',
      sides: [
        { file: W, quote: 'Corvan did not open any of its 64 branches on Monday', value: '64', speaker: 'Gunwale', camp: 'A' },
        { file: L, quote: 'It has 64 branches across Estravia.', value: '64', speaker: 'Tavrell Evening Post', camp: 'A' },
        { file: X, quote: '64 branches', value: '64', speaker: 'The Countinghouse', camp: 'A' },
        { file: E, quote: 'Corvan, which closed all 78 of its branches on Monday', value: '78', speaker: 'ERB News', camp: 'B' },
        { file: D, quote: 'The bank’s 78 branches remain closed', value: '78', speaker: 'Estravia Daily', camp: 'B' },
      ],
    },
    {
      id: 'withdrawals-frozen', level: 'secondary', kind: 'status',
      summary: 'Whether savers can take out cash: the NBE (in the wire) says all withdrawals are frozen for as long as the administration lasts, and the state-aligned paper says on Wednesday, citing the NBE, that all withdrawals remain frozen; the administrator, the live blog, ERB News and the explainer say individual savers can withdraw up to 1,500 krovs a day from Corvan cash machines since Tuesday.',
      sides: [
        { file: W, quote: 'All withdrawals and transfers from Corvan accounts are frozen for as long as the administration lasts', value: 'frozen', speaker: 'National Bank of Estravia', camp: 'A' },
        { file: D, quote: 'all withdrawals remain frozen while the administrator, Hana Vorel, examines the bank’s books', value: 'frozen', speaker: 'National Bank of Estravia', camp: 'A' },
        { file: L, quote: 'From tomorrow morning every saver will be able to withdraw up to 1,500 krovs a day from Corvan cash machines', value: '1,500 krovs a day', speaker: 'Hana Vorel', camp: 'B' },
        { file: E, quote: 'Since Tuesday morning, savers have been able to take out up to 1,500 krovs a day from Corvan’s cash machines', value: '1,500 krovs a day', speaker: 'Hana Vorel', camp: 'B' },
        { file: X, quote: 'Individual savers have been able to withdraw up to 1,500 krovs a day from Corvan ATMs since Tuesday', value: '1,500 krovs a day', speaker: 'Hana Vorel', camp: 'B' },
      ],
    },
    {
      id: 'run-start-day', level: 'secondary', kind: 'temporal',
      summary: 'When the run began: on Friday afternoon (13 March), a day after the downgrade, according to the wire and the explainer; on Saturday morning according to Governor Marhold (in the live blog) and the state-aligned paper.',
      sides: [
        { file: W, quote: 'The run began on Friday afternoon, a day after Ostwell Ratings cut Corvan\'s credit rating to junk', value: '2026-03-13 (Fri afternoon)', speaker: 'Gunwale', camp: 'A' },
        { file: X, quote: 'The run started on Friday, March 13', value: '2026-03-13', speaker: 'The Countinghouse', camp: 'A' },
        { file: L, quote: 'says the run began on Saturday morning', value: '2026-03-14 (Sat morning)', speaker: 'Ilse Marhold', camp: 'B' },
        { file: D, quote: 'The run on Corvan began on Saturday morning', value: '2026-03-14 (Sat morning)', speaker: 'Estravia Daily', camp: 'B' },
      ],
    },
    {
      id: 'one-bank-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "This is the failure of one bank, not the failure of our banking system", spoken at a news conference in Mirenza on Monday, is credited to NBE Governor Ilse Marhold by the wire and to Finance Minister Gustav Renko by the state-aligned paper.',
      sides: [
        { file: W, quote: '"This is the failure of one bank, not the failure of our banking system," NBE Governor Ilse Marhold told a news conference', speaker: 'Ilse Marhold', camp: 'A' },
        { file: D, quote: '“This is the failure of one bank, not the failure of our banking system,” Finance Minister Gustav Renko told a news conference', speaker: 'Gustav Renko', camp: 'B' },
      ],
    },
    {
      id: 'savers-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said Corvan has about 41,000 savers, then corrected it to about 410,000 (the bank\'s annual report); the wire and the explainer also say about 410,000.',
      sides: [
        { file: L, quote: 'It has about 41,000 savers, most of them in the north.', value: '41000', speaker: 'Tavrell Evening Post', camp: 'A' },
        { file: L, quote: 'The correct figure is about 410,000, according to the bank’s latest annual report.', value: '410000', speaker: 'Tavrell Evening Post', camp: 'B' },
        { file: W, quote: 'about 410,000 savers, most of them in the north of the country', value: '410000', speaker: 'Gunwale', camp: 'B' },
        { file: X, quote: 'about 410,000 savers', value: '410000', speaker: 'The Countinghouse', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'withdrawals-rounded', kind: 'numeric',
      summary: 'A branch manager\'s "about 3 billion krovs" gone by Sunday night (live blog) and the administrator\'s 3.1 billion krovs (ERB News) are one figure, rounded.',
      sides: [
        { file: L, quote: 'told our reporter that “about 3 billion krovs” had gone by Sunday night', value: '~3bn' },
        { file: E, quote: '# Corvan lost 3.1bn krovs in weekend run', value: '3.1bn' },
      ],
    },
    {
      id: 'association-members-rise', kind: 'numeric',
      summary: 'The Tavrell Depositors\' Association had 2,300 members on Monday evening and more than 9,000 on Friday, and the explainer says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'says 2,300 savers had joined by this evening', value: '2,300 (Mon)' },
        { file: X, quote: 'now has more than 9,000 members, up from 2,300 on Monday', value: '>9,000 (Fri)' },
      ],
    },
    {
      id: 'deposits-vs-loans', kind: 'numeric',
      summary: '22.6 billion krovs of deposits and a loan book of 17.9 billion krovs are different sets (what the bank owes savers and what it has lent), not two sizes of the bank.',
      sides: [
        { file: W, quote: 'with 22.6 billion krovs in deposits at the end of 2025', value: '22.6bn (deposits)' },
        { file: X, quote: 'a loan book of 17.9 billion krovs', value: '17.9bn (loans)' },
      ],
    },
    {
      id: 'tavrell-branches-part', kind: 'numeric',
      summary: 'The 19 branches shut in Tavrell are part of the bank\'s branches nationwide, not a rival count of them.',
      sides: [
        { file: L, quote: 'All 19 of Corvan’s branches in Tavrell are shut', value: '19 (Tavrell)' },
        { file: W, quote: 'Corvan did not open any of its 64 branches on Monday', value: '64 (all)' },
      ],
    },
    {
      id: 'administration-synonyms', kind: 'status',
      summary: '"placed ... under administration" (wire) and "taken over by an administrator" (state-aligned paper) describe the same step by the central bank in different words.',
      sides: [
        { file: W, quote: 'placed Corvan Savings Bank under administration on Monday', value: 'under administration' },
        { file: D, quote: 'Corvan Savings Bank was taken over by an administrator on Monday', value: 'taken over by an administrator' },
      ],
    },
    {
      id: 'shares-more-than-about', kind: 'numeric',
      summary: 'Corvan\'s shares falling "more than 40%" (wire) and "about 42%" (explainer) on Friday are compatible approximations.',
      sides: [
        { file: W, quote: "Corvan's shares fell more than 40% on Friday", value: '>40%' },
        { file: X, quote: "Corvan's shares fell about 42% that day", value: '~42%' },
      ],
    },
    {
      id: 'merrow-earlier-failure', kind: 'numeric',
      summary: 'The 640 million krovs withdrawn from Merrow Cooperative Bank in the week before it failed in 2017 is another bank and another failure, not a rival figure for the 1.8 billion krovs taken out of Corvan over the weekend.',
      sides: [
        { file: X, quote: 'savers withdrew 640 million krovs in the week before it closed', value: '640m (Merrow, 2017)' },
        { file: L, quote: 'Governor Ilse Marhold says savers took 1.8 billion krovs out of the bank over the weekend.', value: '1.8bn (Corvan, weekend of 14-15 March 2026)' },
      ],
    },
  ],
};
