// Hand-written gold source for the one-day fall of the vesk, the currency of Palvenia, after its central bank
// stops defending it (invented event, January 2027). build-gold.mjs turns it into ../gold/currency-crash.json.
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
const W = 'oarlock-wire.txt'; // Oarlock wire (Friday 15 January), US style, straight quotes, writes Hollosy, Arkady, Radanovic, Varkonyi
const L = 'bfec480242e5e364.txt'; // The Veradin Daybook live blog, newest first (Thursday 14 January, 07:45 to 23:40), UK style, curly quotes
const B = '183bc155c710b08a.md'; // PLV News web story (Friday 15 January, evening), UK style, curly quotes
const D = '71a66978d9fd51a2.md'; // state-aligned Morning Bell (Saturday 16 January), YAML front matter, UK style, curly quotes
const X = '47c586383ca53b08.txt'; // The Escapement explainer in questions (Monday 18 January), US style, straight quotes, writes Hollosy, Arkady, Radanovic, Varkonyi, Hodzic

export default {
  corpus: 'currency-crash',
  note: 'Invented event written for the project: at 08:30 on Thursday 14 January 2027 the Central Bank of Palvenia (CBP), in the fictional country of Palvenia (capital Veradin), announces that it will no longer sell foreign currency to hold the vesk in the band of 4.20 to 4.40 to the crown (the currency of neighbouring Aldmark) that it has defended since 2021, and raises its main interest rate from 9% to 14.5%; the vesk had ended Wednesday at 4.40. Trading on the Veradin Stock Exchange (VSE) stops that morning, Kredita Bank and Lindra Bank cap cash withdrawals at 2,000 vesks a day and stop transfers abroad, exchange booths on Tabor Street sell crowns at 6.30 vesks, and Corvex Ratings cuts Palvenia to B+ on Thursday night. Five invented outlets: the Oarlock wire (Friday), The Veradin Daybook live blog, newest first (Thursday 07:45 to 23:40), the PLV News web story (Friday), the state-aligned Morning Bell (Saturday) and The Escapement explainer (Monday); four files have random names. Governor Marta Hollósy (Hollosy in the wire and the explainer) and the CBP with its spokesman Tomas Zelenka, Finance Minister Arkadiy Loshak (Arkady in the wire and the explainer) and the Finance Ministry, Prime Minister Emil Radanović (Radanovic), the VSE and its chief executive Stefan Orvath, Kredita Bank and its head of retail banking Nikola Perin, Lindra Bank, the opposition Civic Renewal party\'s chief economist and former deputy governor Lidia Várkonyi (Varkonyi), Corvex Ratings and its analyst Julian Astbury, the Concord Monetary Fund (CMF) and its spokeswoman Mireille Dautry, the budget committee chairman Dragan Sekulić, and the shopkeepers Zora Petrakieva, Rasim Hodžić (Hodzic in the explainer) and Vera Lunca disagree about how far the vesk fell on Thursday (24% to 5.80 per crown at the close on dealers\' screens, against 13% to 5.05 at the CBP\'s official closing rate), the foreign reserves left (11.2 billion crowns by the governor, about 4 billion by Várkonyi and Corvex), whether capital controls are in force (none, by the Finance Ministry and the minister, against withdrawal caps and blocked transfers abroad ordered by a CBP circular, by the banks and shopkeepers), whether the finance minister knew in advance (he learned of it from the 08:30 announcement, by Loshak, against briefed in person at 21:00 on Wednesday, by the governor and her spokesman), when trading was halted on the exchange (11:26 by an automatic circuit breaker after a 10% fall, by the VSE, against 10:00 at the opening before any share changed hands, by the Finance Ministry in the state-aligned paper), whether the government asked the CMF for a loan (a request on Thursday evening, by the CMF, against "has not asked anybody for a loan", by the Prime Minister and the minister), who is to blame (speculators and investment funds in Larnholm, by the government and the state-aligned paper, against the government\'s own spending and pressure on the central bank, by Várkonyi and Corvex) and who said "We stopped spending the nation\'s savings to defend a number on a screen" (the governor in the wire, the Prime Minister in the state-aligned paper); the live blog corrects its own figure for the fall of the exchange\'s main index before the halt (14%, then 10%). 14.5% and "nearly 15 percent" are one interest rate, rounded; "lost 24 per cent of its value against the crown" and "a crown now costs about 32 percent more in vesks" are the same move from the two sides; 5.80 on the interbank market and 6.30 at the Tabor Street booths are different rates; the 2.3 billion crowns sold on Wednesday are part of the 6.8 billion spent since October; 5.80 at Thursday\'s close and 5.40 on Friday morning are different days\' figures; "stopped defending the vesk\'s trading band" and "allow the vesk to float freely" are synonyms; "More than 300 people" and "About 400 customers" queuing at Kredita\'s main branch agree. "Palvenian" is a demonym; "Palvenia" inside Central Bank of Palvenia and "Veradin" inside Veradin Stock Exchange and The Veradin Daybook are nested; the vesk, the crown and the old mirka are currencies, not actors.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 47],
    [L]: [1, 2, 3, 4, 10, 11, 51, 77, 78, 80],
    [B]: [1, 7, 9, 21, 57, 75, 76, 77],
    [D]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 69, 70, 71, 72, 73, 75],
  },

  actors: [
    // places
    { id: 'palvenia', name: 'Palvenia', type: 'place', forms: ['Palvenia'], note: 'the country; "Palvenian", "Palvenians" are demonyms; nested in Central Bank of Palvenia; "the country" is nominal; used for its government ("Palvenia has not asked anybody for a loan") it stays a place' },
    { id: 'veradin', name: 'Veradin', type: 'place', forms: ['Veradin', 'VERADIN'], note: 'the capital (datelines in capitals); nested in Veradin Stock Exchange and The Veradin Daybook; "the city" is nominal; the live blog\'s navigation bar is metadata' },
    { id: 'aldmark', name: 'Aldmark', type: 'place', forms: ['Aldmark'], note: 'the neighbouring country whose currency, the crown, the vesk was held against; Palvenia\'s main trading partner' },
    { id: 'larnholm', name: 'Larnholm', type: 'place', forms: ['Larnholm'], note: 'the foreign financial centre where, according to the government, the speculators sit' },
    { id: 'kalvar', name: 'Kalvar Square', type: 'place', forms: ['Kalvar Square'], note: 'the square of the central bank\'s headquarters and Kredita Bank\'s main branch; "the square" is nominal' },
    { id: 'tabor', name: 'Tabor Street', type: 'place', forms: ['Tabor Street'], note: 'the street of the exchange booths and of Zora Petrakieva\'s shop' },
    { id: 'sokolnik', name: 'Sokolnik Market', type: 'place', forms: ['Sokolnik Market'], note: 'the market of Rasim Hodžić\'s stall and Vera Lunca\'s (a named facility); "the market" is nominal' },
    // organizations
    { id: 'cbp', name: 'Central Bank of Palvenia', type: 'organization', forms: ['Central Bank of Palvenia', 'CBP'], note: 'the central bank, defined as (CBP); "the central bank", "the bank" are nominal; the place inside it is nested' },
    { id: 'finmin', name: 'Finance Ministry', type: 'organization', forms: ['Finance Ministry'], note: 'the national finance ministry; "the ministry" is nominal' },
    { id: 'vse', name: 'Veradin Stock Exchange', type: 'organization', forms: ['Veradin Stock Exchange', 'VSE'], note: 'the stock exchange, defined as (VSE); "the exchange" is nominal; the place inside it is nested' },
    { id: 'kredita', name: 'Kredita Bank', type: 'organization', forms: ['Kredita Bank', 'Kredita'], note: 'the largest commercial lender; "Kredita\'s main branch", "Kredita’s head of retail banking" hold mentions' },
    { id: 'lindra', name: 'Lindra Bank', type: 'organization', forms: ['Lindra Bank'], note: 'the second-largest commercial lender' },
    { id: 'civic-renewal', name: 'Civic Renewal', type: 'organization', forms: ['Civic Renewal'], note: 'the opposition party of Lidia Várkonyi; "the party" is nominal' },
    { id: 'corvex', name: 'Corvex Ratings', type: 'organization', forms: ['Corvex Ratings', 'Corvex'], note: 'the ratings agency; "the agency" is nominal' },
    { id: 'cmf', name: 'Concord Monetary Fund', type: 'organization', forms: ['Concord Monetary Fund', 'CMF'], note: 'the international lender, defined as (CMF); "the fund" is nominal' },
    { id: 'oarlock', name: 'Oarlock', type: 'organization', forms: ['Oarlock'], note: 'the wire agency: the dateline "(Oarlock)", "told Oarlock" and "an Oarlock reporter" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'daybook', name: 'The Veradin Daybook', type: 'organization', forms: ['The Veradin Daybook', 'Daybook'], note: 'the city paper running the live blog: its photo credit and "told the Daybook" are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'plv', name: 'PLV News', type: 'organization', forms: ['PLV News'], note: 'the broadcaster\'s news site, named in its own text ("told PLV News") and photo credit (also reused by the explainer); its breadcrumb line and its name in the explainer\'s source list are metadata' },
    { id: 'morning-bell', name: 'Morning Bell', type: 'organization', forms: ['Morning Bell'], note: 'the state-aligned daily: its front matter and its name in the explainer\'s source list are metadata; the explainer\'s "Morning Bell, a daily close to the government" is a mention' },
    { id: 'escapement', name: 'The Escapement', type: 'organization', forms: ['The Escapement'], note: 'the explainer\'s site: "told The Escapement" is a mention; its site-name line and the author bio are metadata' },
    // people
    { id: 'hollosy', name: 'Marta Hollósy', type: 'person', forms: ['Marta Hollósy', 'Marta Hollosy', 'Hollósy', 'Hollosy'], note: 'Governor of the CBP (Hollosy in the wire and the explainer); "Governor" is outside the span; "Ms Hollósy", "Mrs Hollósy" -> "Hollósy"; "the governor" is nominal' },
    { id: 'loshak', name: 'Arkadiy Loshak', type: 'person', forms: ['Arkadiy Loshak', 'Arkady Loshak', 'Loshak'], note: 'Finance Minister (Arkady in the wire and the explainer); "Mr Loshak" -> "Loshak"; "the finance minister", "the minister" are nominal' },
    { id: 'radanovic', name: 'Emil Radanović', type: 'person', forms: ['Emil Radanović', 'Emil Radanovic', 'Radanović', 'Radanovic'], note: 'Prime Minister (Radanovic in the wire and the explainer); "the Prime Minister", "the prime minister" without the name are nominal' },
    { id: 'varkonyi', name: 'Lidia Várkonyi', type: 'person', forms: ['Lidia Várkonyi', 'Lidia Varkonyi', 'Várkonyi', 'Varkonyi'], note: 'chief economist of Civic Renewal and former deputy governor of the CBP (Varkonyi in the wire and the explainer); "Ms Várkonyi", "Mrs Várkonyi" -> "Várkonyi"' },
    { id: 'orvath', name: 'Stefan Orvath', type: 'person', forms: ['Stefan Orvath'], note: 'chief executive of the VSE' },
    { id: 'perin', name: 'Nikola Perin', type: 'person', forms: ['Nikola Perin'], note: 'head of retail banking at Kredita Bank' },
    { id: 'astbury', name: 'Julian Astbury', type: 'person', forms: ['Julian Astbury'], note: 'Corvex Ratings\' lead analyst for Palvenia' },
    { id: 'petrakieva', name: 'Zora Petrakieva', type: 'person', forms: ['Zora Petrakieva'], note: 'shopkeeper selling phones and laptops on Tabor Street' },
    { id: 'hodzic', name: 'Rasim Hodžić', type: 'person', forms: ['Rasim Hodžić', 'Rasim Hodzic'], note: 'grocer at Sokolnik Market (Hodzic in the explainer)' },
    { id: 'dautry', name: 'Mireille Dautry', type: 'person', forms: ['Mireille Dautry', 'Dautry'], note: 'spokeswoman of the CMF; "Ms Dautry" -> "Dautry"' },
    { id: 'zelenka', name: 'Tomas Zelenka', type: 'person', forms: ['Tomas Zelenka', 'Zelenka'], note: 'spokesman of the CBP, in the web story; "Mr Zelenka" -> "Zelenka"' },
    { id: 'sekulic', name: 'Dragan Sekulić', type: 'person', forms: ['Dragan Sekulić'], note: 'chairman of parliament\'s budget committee, in the state-aligned paper' },
    { id: 'lunca', name: 'Vera Lunca', type: 'person', forms: ['Vera Lunca'], note: 'vegetable seller at Sokolnik Market, in the state-aligned paper' },
    { id: 'menck', name: 'Dario Menck', type: 'person', forms: ['Dario Menck'], note: 'The Veradin Daybook reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'beshir', name: 'Tarik Beshir', type: 'person', forms: ['Tarik Beshir'], note: 'PLV News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:central bank|bank|ministry|exchange|fund|agency|party|government|governor|finance minister|minister|Prime Minister|prime minister|country|city|square)\\b(?![-‑–]| booths| rate)", why: 'nominal reference to a named body or place, or a title without a name' },
  ],
  ignore: [
    { file: D, text: 'the market', context: 'sold vegetables at the market for 22 years', why: 'nominal reference to Sokolnik Market' },
  ],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Marta Hollósy', cue: 'Governor Marta Hollosy told reporters', quote: "We stopped spending the nation's savings to defend a number on a screen" },
    { file: W, speaker: 'Lidia Várkonyi', cue: 'she told Oarlock', quote: 'The bank has about 4 billion crowns left, not 11. Everything else went in the autumn, and nobody has had the courage to say so' },
    { file: W, speaker: 'Zora Petrakieva', cue: 'she said', quote: 'My supplier in Aldmark wants crowns, and my bank will not send them' },
    { file: W, speaker: 'Julian Astbury', cue: 'said Julian Astbury', quote: 'The pressure on the vesk was made in Veradin, not in Larnholm: a budget deficit near 8% of GDP in an election year, and months of pressure on the central bank to cut rates' },
    { file: W, speaker: 'Emil Radanović', cue: 'Prime Minister Emil Radanovic said', quote: 'Palvenia has not asked anyone for a loan, and it will not need to.' },
    { file: L, speaker: 'Nikola Perin', cue: 'he said', quote: 'We did not choose this. We were told' },
    { file: L, speaker: 'Rasim Hodžić', cue: 'he said', quote: 'The bank told me the transfer was blocked. Blocked! My own money' },
    { file: L, speaker: 'Marta Hollósy', cue: 'she said the board had', quote: 'done what the law asks of it, and the law does not ask us to go bankrupt for a number' },
    { file: B, speaker: 'Lidia Várkonyi', cue: 'she said', quote: 'There is no 11 billion. What is left is about four, and the markets know it, which is why nobody believed the band would hold' },
    { file: B, speaker: 'Tomas Zelenka', cue: 'Mr Zelenka said', quote: 'The minister knew the night before. He was in the room' },
    { file: B, speaker: 'Mireille Dautry', cue: 'Ms Dautry said', quote: 'We received the request, we have acknowledged it, and our staff are preparing' },
    { file: D, speaker: 'Arkadiy Loshak', cue: 'he said', quote: 'Those who profit from the pain of Palvenian families will be named' },
    { file: D, speaker: 'Dragan Sekulić', cue: 'said Dragan Sekulić', quote: 'Mrs Várkonyi sat on the board that kept the vesk overvalued for years. Now she is selling fear by the kilo' },
    { file: X, speaker: 'Julian Astbury', cue: 'told The Escapement', quote: 'Speculators do not attack a currency that is not already weak. They read the budget before anybody else did' },
    { file: X, speaker: 'Stefan Orvath', cue: 'Stefan Orvath, told The Escapement', quote: 'Our screens recorded 86 minutes of trading on Thursday morning. Those records are public and permanent' },
  ],

  contradictions: [
    {
      id: 'vesk-fall', level: 'core', kind: 'numeric',
      summary: 'How far the vesk fell against the crown on Thursday, from 4.40 at Wednesday\'s close: 24%, to 5.80 per crown at the close of interbank trading, according to dealers at the commercial banks (the wire, the live blog, the web story and the explainer); 13%, to 5.05, according to the official closing rate of the Central Bank of Palvenia (CBP), used by the government and the state-aligned paper, which says larger figures "do not reflect the official rate". The bank has not explained the gap.',
      sides: [
        { file: W, quote: 'The vesk closed on Thursday at 5.80 per crown on the interbank market, down 24% from Wednesday\'s close of 4.40', value: '5.80, -24%', speaker: 'Oarlock', camp: 'A' },
        { file: L, quote: 'The vesk finished the day at 5.80 to the crown on dealers’ screens, 24 per cent weaker than on Wednesday evening.', value: '5.80, -24%', speaker: 'The Veradin Daybook', camp: 'A' },
        { file: B, quote: 'The vesk ended Thursday at 5.80 to the crown, dealers say, a quarter weaker than the night before', value: '5.80, -25%', speaker: 'PLV News', camp: 'A' },
        { file: X, quote: "Dealers at the commercial banks say the vesk ended Thursday trading at 5.80 per crown, 24 percent below Wednesday's close.", value: '5.80, -24%', speaker: 'The Escapement', camp: 'A' },
        { file: L, quote: 'The Central Bank of Palvenia (CBP) says its official closing rate was 5.05.', value: '5.05', speaker: 'Central Bank of Palvenia', camp: 'B' },
        { file: L, quote: 'The CBP has published its official closing rate for the day: 5.05 vesks to the crown, which it describes as a fall of 13 per cent.', value: '5.05, -13%', speaker: 'Central Bank of Palvenia', camp: 'B' },
        { file: B, quote: 'The bank’s own official closing rate, 5.05, has been widely questioned by traders.', value: '5.05', speaker: 'Central Bank of Palvenia', camp: 'B' },
        { file: D, quote: 'the vesk’s official closing rate on Thursday was 5.05 to the crown, a fall of 13 per cent', value: '5.05, -13%', speaker: 'Central Bank of Palvenia', camp: 'B' },
        { file: X, quote: "The CBP's official closing rate was 5.05, which works out at a 13 percent fall", value: '5.05, -13%', speaker: 'Central Bank of Palvenia', camp: 'B' },
      ],
    },
    {
      id: 'reserves-left', level: 'core', kind: 'numeric',
      summary: 'The foreign reserves the central bank has left: 11.2 billion crowns, enough for five months of imports, according to Governor Marta Hollósy (Hollosy), repeated by the state-aligned paper and stood by by the bank; about 4 billion crowns, according to the former deputy governor Lidia Várkonyi (Varkonyi), who calls the official figure "a fiction", and Corvex Ratings ("closer to 4 billion crowns than to 11 billion").',
      sides: [
        { file: W, quote: "Hollosy said the bank's foreign reserves stood at 11.2 billion crowns, enough to cover about five months of imports.", value: '11.2 billion', speaker: 'Marta Hollósy', camp: 'A' },
        { file: L, quote: 'She put the bank’s foreign reserves at 11.2 billion crowns, “enough for five months of imports, and not one crown less”.', value: '11.2 billion', speaker: 'Marta Hollósy', camp: 'A' },
        { file: B, quote: 'The CBP, whose governor Marta Hollósy gave the 11.2 billion figure on Thursday, said it stood by its numbers.', value: '11.2 billion', speaker: 'Central Bank of Palvenia', camp: 'A' },
        { file: D, quote: 'The central bank’s foreign reserves stand at 11.2 billion crowns, Governor Marta Hollósy confirmed', value: '11.2 billion', speaker: 'Marta Hollósy', camp: 'A' },
        { file: X, quote: 'Governor Marta Hollosy says the bank still holds 11.2 billion crowns in foreign reserves', value: '11.2 billion', speaker: 'Marta Hollósy', camp: 'A' },
        { file: W, quote: 'The bank has about 4 billion crowns left, not 11.', value: 'about 4 billion', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: B, quote: 'A former deputy governor says reserves are about 4 billion crowns, not 11.2 billion', value: 'about 4 billion', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: B, quote: 'said the bank had about 4 billion crowns left after defending the currency since October', value: 'about 4 billion', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: B, quote: 'There is no 11 billion. What is left is about four', value: 'about 4 billion', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: D, quote: 'has claimed that the country’s reserves are far lower than the official figure', value: 'far lower', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: X, quote: 'says the real figure is about 4 billion crowns, and that the rest was spent in the fall', value: 'about 4 billion', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: X, quote: 'wrote that usable reserves were "closer to 4 billion crowns than to 11 billion."', value: 'about 4 billion', speaker: 'Corvex Ratings', camp: 'B' },
      ],
    },
    {
      id: 'capital-controls', level: 'core', kind: 'status',
      summary: 'Whether capital controls are in force: none, according to the Finance Ministry ("no capital controls have been introduced in Palvenia") and Finance Minister Arkadiy Loshak, who says every citizen can withdraw and transfer money freely and calls the banks\' limits their own technical measures; cash withdrawals capped at 2,000 vesks a day and transfers abroad suspended on the order of a central-bank circular, according to Kredita Bank and its head of retail banking Nikola Perin, Lindra Bank, and shopkeepers who cannot pay their suppliers in Aldmark.',
      sides: [
        { file: W, quote: 'The Finance Ministry said in a statement on Thursday evening that "no restriction on withdrawals or on transfers abroad has been imposed by the state,"', value: 'no controls', speaker: 'Finance Ministry', camp: 'A' },
        { file: L, quote: 'The Finance Ministry insists there are no capital controls.', value: 'no controls', speaker: 'Finance Ministry', camp: 'A' },
        { file: L, quote: 'that “no capital controls have been introduced in Palvenia” and that citizens’ deposits remain “fully available”', value: 'no controls', speaker: 'Finance Ministry', camp: 'A' },
        { file: D, quote: 'There are no capital controls in Palvenia. Every citizen can withdraw and transfer their money freely, today and tomorrow', value: 'no controls', speaker: 'Arkadiy Loshak', camp: 'A' },
        { file: X, quote: 'The Finance Ministry says the state has not restricted withdrawals or payments abroad.', value: 'no controls', speaker: 'Finance Ministry', camp: 'A' },
        { file: W, quote: 'cash withdrawals would be limited to 2,000 vesks a day and that transfers abroad were suspended until further notice', value: 'withdrawals capped, transfers suspended', speaker: 'Kredita Bank', camp: 'B' },
        { file: W, quote: 'said the bank had acted on a circular from the central bank that arrived shortly after 2 p.m.', value: 'ordered by the central bank', speaker: 'Nikola Perin', camp: 'B' },
        { file: W, quote: 'My supplier in Aldmark wants crowns, and my bank will not send them', value: 'transfers blocked', speaker: 'Zora Petrakieva', camp: 'B' },
        { file: L, quote: 'Kredita Bank and Lindra Bank are capping cash withdrawals and have stopped transfers abroad.', value: 'withdrawals capped, transfers stopped', speaker: 'Kredita Bank', camp: 'B' },
        { file: L, quote: 'withdrawals are capped at 2,000 vesks a day and transfers abroad are suspended', value: 'withdrawals capped, transfers suspended', speaker: 'Kredita Bank', camp: 'B' },
        { file: L, quote: 'The bank told me the transfer was blocked.', value: 'transfer blocked', speaker: 'Rasim Hodžić', camp: 'B' },
        { file: B, quote: 'are both limiting cash withdrawals to 2,000 vesks a day per customer and have suspended transfers abroad', value: 'withdrawals capped, transfers suspended', speaker: 'Kredita Bank', camp: 'B' },
        { file: B, quote: 'All three said transfers abroad are stopped', value: 'transfers stopped', speaker: 'Rasim Hodžić', camp: 'B' },
        { file: X, quote: 'let customers take out no more than 2,000 vesks in cash a day and are refusing to send money abroad', value: 'withdrawals capped, transfers stopped', speaker: 'Kredita Bank', camp: 'B' },
        { file: X, quote: 'If it walks like a control and talks like a control, I call it a control', value: 'a control', speaker: 'Rasim Hodžić', camp: 'B' },
      ],
    },
    {
      id: 'minister-knew', level: 'secondary', kind: 'polarity',
      summary: 'Whether Finance Minister Arkadiy Loshak (Arkady) knew in advance that the central bank would stop defending the vesk: he says he learned of it from the bank\'s announcement at 08:30 on Thursday, "like every other citizen"; Governor Marta Hollósy (Hollosy) says she told him in person at the ministry at 21:00 on Wednesday, an hour after the board voted, and her spokesman Tomas Zelenka says the minister "was in the room".',
      sides: [
        { file: W, quote: 'he had learned of the central bank\'s decision "at half past eight this morning, like every other citizen."', value: 'learned Thursday 08:30', speaker: 'Arkadiy Loshak', camp: 'A' },
        { file: L, quote: 'He says he learned of the central bank’s decision “this morning at half past eight, from the announcement, like everybody else”.', value: 'learned Thursday 08:30', speaker: 'Arkadiy Loshak', camp: 'A' },
        { file: B, quote: 'Finance Minister Arkadiy Loshak has said he learned of the decision from the central bank’s announcement on Thursday morning.', value: 'learned Thursday morning', speaker: 'Arkadiy Loshak', camp: 'A' },
        { file: X, quote: 'Finance Minister Arkady Loshak insists he found out only when the bank made its announcement on Thursday morning.', value: 'learned Thursday morning', speaker: 'Arkadiy Loshak', camp: 'A' },
        { file: W, quote: "Hollosy had told reporters a few hours earlier that she informed Loshak of the board's decision in person on Wednesday evening.", value: 'told Wednesday evening', speaker: 'Marta Hollósy', camp: 'B' },
        { file: L, quote: 'She said she had told the finance minister of the board’s decision herself, at a meeting at the ministry at nine o’clock on Wednesday evening', value: 'told Wednesday 21:00', speaker: 'Marta Hollósy', camp: 'B' },
        { file: B, quote: 'Ms Hollósy had briefed the minister in person at the Finance Ministry at 21:00 on Wednesday', value: 'told Wednesday 21:00', speaker: 'Tomas Zelenka', camp: 'B' },
        { file: B, quote: 'The minister knew the night before. He was in the room', value: 'knew', speaker: 'Tomas Zelenka', camp: 'B' },
        { file: X, quote: 'Hollosy says she told him in person at 9 p.m. on Wednesday, an hour after her board voted', value: 'told Wednesday 21:00', speaker: 'Marta Hollósy', camp: 'B' },
      ],
    },
    {
      id: 'trading-halt', level: 'core', kind: 'temporal',
      summary: 'When trading was halted on the Veradin Stock Exchange (VSE) on Thursday: at 11:26, when an automatic circuit breaker was triggered after the main index had fallen 10% in 86 minutes of trading, according to the exchange and its chief executive Stefan Orvath; at 10:00, at the opening of the session and before a single share had changed hands, according to the Finance Ministry in the state-aligned paper.',
      sides: [
        { file: W, quote: 'Trading on the Veradin Stock Exchange (VSE) stopped at 11:26 a.m. on Thursday, when an automatic circuit breaker was triggered', value: '11:26', speaker: 'Stefan Orvath', camp: 'A' },
        { file: L, quote: 'Trading on the Veradin Stock Exchange (VSE) has been suspended since 11:26', value: '11:26', speaker: 'Veradin Stock Exchange', camp: 'A' },
        { file: L, quote: 'The exchange says its circuit breaker kicked in at 11:26.', value: '11:26', speaker: 'Veradin Stock Exchange', camp: 'A' },
        { file: B, quote: 'Trading on the Veradin Stock Exchange (VSE) was halted at 11:26 on Thursday', value: '11:26', speaker: 'Veradin Stock Exchange', camp: 'A' },
        { file: X, quote: 'The Veradin Stock Exchange (VSE) says an automatic brake froze trading at 11:26 a.m. Thursday', value: '11:26', speaker: 'Veradin Stock Exchange', camp: 'A' },
        { file: X, quote: 'Our screens recorded 86 minutes of trading on Thursday morning.', value: '86 minutes of trading', speaker: 'Stefan Orvath', camp: 'A' },
        { file: D, quote: 'The Veradin Stock Exchange suspended trading as a precaution at 10:00 on Thursday, at the opening of the session and before a single share had changed hands', value: '10:00', speaker: 'Finance Ministry', camp: 'B' },
        { file: X, quote: 'quoted the Finance Ministry as saying that trading was suspended at 10 a.m., before any shares changed hands', value: '10:00', speaker: 'Finance Ministry', camp: 'B' },
      ],
    },
    {
      id: 'loan-request', level: 'secondary', kind: 'polarity',
      summary: 'Whether the government has asked an international lender for a loan: the Concord Monetary Fund (CMF) and its spokeswoman Mireille Dautry say the Finance Ministry asked it on Thursday evening for talks on emergency financing and that a staff team will travel to Veradin; Prime Minister Emil Radanović (Radanovic) says Palvenia has not asked anybody for a loan, and Finance Minister Arkadiy Loshak said on Thursday evening that the government was not seeking one.',
      sides: [
        { file: W, quote: "it had received a request from Palvenia's Finance Ministry on Thursday evening for talks on emergency financing", value: 'request received', speaker: 'Concord Monetary Fund', camp: 'A' },
        { file: B, quote: 'Palvenia’s Finance Ministry had written to it on Thursday evening asking to open talks on emergency financing', value: 'request received', speaker: 'Concord Monetary Fund', camp: 'A' },
        { file: B, quote: 'We received the request, we have acknowledged it, and our staff are preparing', value: 'request received', speaker: 'Mireille Dautry', camp: 'A' },
        { file: X, quote: 'says a letter from the Finance Ministry reached it on Thursday evening, asking for talks on emergency financing', value: 'request received', speaker: 'Concord Monetary Fund', camp: 'A' },
        { file: W, quote: 'Palvenia has not asked anyone for a loan, and it will not need to.', value: 'no request', speaker: 'Emil Radanović', camp: 'B' },
        { file: L, quote: 'said the government was not seeking a loan from anyone', value: 'no loan sought', speaker: 'Arkadiy Loshak', camp: 'B' },
        { file: D, quote: 'Palvenia has not asked anybody for a loan, and it will not', value: 'no request', speaker: 'Emil Radanović', camp: 'B' },
        { file: X, quote: 'Prime Minister Emil Radanovic says flatly that Palvenia has not asked anyone for a loan.', value: 'no request', speaker: 'Emil Radanović', camp: 'B' },
      ],
    },
    {
      id: 'blame', level: 'core', kind: 'attribution',
      summary: 'Who is to blame for the fall: speculators abroad, investment and hedge funds in Larnholm that bet against the vesk for months, according to Prime Minister Emil Radanović (Radanovic), Finance Minister Arkadiy Loshak and the Finance Ministry (and the state-aligned paper); the government\'s own policy, a budget deficit near 8% of GDP in an election year and pressure on the central bank to cut rates, according to Corvex Ratings and its analyst Julian Astbury and the opposition economist Lidia Várkonyi (Varkonyi).',
      sides: [
        { file: W, quote: 'Radanovic blamed "speculators sitting in Larnholm" for the fall', value: 'speculators in Larnholm', speaker: 'Emil Radanović', camp: 'A' },
        { file: L, quote: 'He blamed “foreign funds that have been betting against our currency since the autumn”', value: 'foreign funds', speaker: 'Arkadiy Loshak', camp: 'A' },
        { file: D, quote: 'the pressure on the vesk came from a small number of investment funds based in Larnholm', value: 'funds in Larnholm', speaker: 'Finance Ministry', camp: 'A' },
        { file: D, quote: 'The speculators who bet against Palvenia expected us to empty our reserves for them.', value: 'speculators', speaker: 'Emil Radanović', camp: 'A' },
        { file: X, quote: 'Radanovic and Loshak say investment funds in Larnholm bet against the vesk for months.', value: 'funds in Larnholm', speaker: 'Emil Radanović', camp: 'A' },
        { file: W, quote: 'The pressure on the vesk was made in Veradin, not in Larnholm', value: 'government policy', speaker: 'Julian Astbury', camp: 'B' },
        { file: L, quote: 'ran down its reserves defending a rate that the government’s own spending had made impossible to hold', value: 'government spending', speaker: 'Corvex Ratings', camp: 'B' },
        { file: L, quote: 'says the government has “spent the country’s savings on an election and now calls it speculation”', value: 'government spending', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: B, quote: 'This was not done to us from Larnholm. It was done in this city, by a government that spent as if the election campaign would never end', value: 'government policy', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: X, quote: 'Critics blame the government itself.', value: 'government policy', speaker: 'Lidia Várkonyi', camp: 'B' },
        { file: X, quote: 'Speculators do not attack a currency that is not already weak.', value: 'government policy', speaker: 'Julian Astbury', camp: 'B' },
      ],
    },
    {
      id: 'screen-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "We stopped spending the nation\'s savings to defend a number on a screen" is credited to Governor Marta Hollósy (Hollosy), at her news conference, by the wire, and to Prime Minister Emil Radanović by the state-aligned paper.',
      sides: [
        { file: W, quote: '"We stopped spending the nation\'s savings to defend a number on a screen," Governor Marta Hollosy told reporters', speaker: 'Marta Hollósy', camp: 'A' },
        { file: D, quote: '“We stopped spending the nation’s savings to defend a number on a screen,” the Prime Minister said.', speaker: 'Emil Radanović', camp: 'B' },
      ],
    },
    {
      id: 'index-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said the exchange\'s main index had fallen 14% before trading was halted, then corrected it to 10%, the exchange\'s figure; the wire also says 10%.',
      sides: [
        { file: L, quote: 'By then the main index had fallen 14 per cent.', value: '14%', speaker: 'The Veradin Daybook', camp: 'A' },
        { file: L, quote: 'The exchange says the fall was 10 per cent.', value: '10%', speaker: 'Veradin Stock Exchange', camp: 'B' },
        { file: W, quote: 'The main index had dropped 10% in under an hour and a half of trading.', value: '10%', speaker: 'Stefan Orvath', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'rate-rounded', kind: 'numeric',
      summary: 'The central bank\'s new main interest rate, 14.5% (wire) and "nearly 15 percent" (explainer), is one figure, rounded.',
      sides: [
        { file: W, quote: 'The bank also raised its main interest rate to 14.5% from 9%.', value: '14.5%' },
        { file: X, quote: 'it raised its main interest rate to nearly 15 percent', value: '~15%' },
      ],
    },
    {
      id: 'fall-both-ways', kind: 'numeric',
      summary: 'The vesk losing 24% of its value against the crown (web story) and a crown costing about 32% more in vesks (explainer) are the same move from 4.40 to 5.80, measured from the two sides.',
      sides: [
        { file: B, quote: 'The vesk lost 24 per cent of its value against the crown on Thursday.', value: '-24% (vesk in crowns)' },
        { file: X, quote: 'Put the other way around, a crown now costs about 32 percent more in vesks than it did on Wednesday.', value: '+32% (crown in vesks)' },
      ],
    },
    {
      id: 'booth-vs-interbank', kind: 'numeric',
      summary: 'Crowns selling at 6.30 vesks at the exchange booths on Tabor Street (live blog) and the last interbank trades at 5.80 (web story) are different rates in different markets, not rival figures for one rate.',
      sides: [
        { file: L, quote: 'On Tabor Street, where most of the city’s exchange booths are, crowns were selling tonight at 6.30 vesks', value: '6.30 (booths)' },
        { file: B, quote: 'Dealers put its last interbank trades at 5.80 vesks to the crown', value: '5.80 (interbank)' },
      ],
    },
    {
      id: 'wednesday-part', kind: 'numeric',
      summary: 'The 2.3 billion crowns the central bank sold on Wednesday (wire) are part of the 6.8 billion it spent defending the band between October and Wednesday night (web story), not a rival figure.',
      sides: [
        { file: W, quote: 'It sold 2.3 billion crowns on Wednesday alone in a last attempt to hold the band', value: '2.3 billion (Wednesday)' },
        { file: B, quote: 'The bank has said it spent 6.8 billion crowns defending the vesk’s band between October and Wednesday night.', value: '6.8 billion (October to Wednesday)' },
      ],
    },
    {
      id: 'friday-rate', kind: 'numeric',
      summary: '5.80 per crown at Thursday\'s close (live blog) and 5.40 on Friday morning (wire) are different days\' figures.',
      sides: [
        { file: L, quote: 'Dealers at two of the banks we spoke to say the last trades went through at 5.80 vesks to the crown, against 4.40 last night', value: '5.80 (Thursday close)' },
        { file: W, quote: 'It recovered some ground on Friday morning and was trading at 5.40 per crown by 11 a.m.', value: '5.40 (Friday 11:00)' },
      ],
    },
    {
      id: 'float-synonyms', kind: 'polarity',
      summary: '"stopped defending the vesk\'s trading band" (wire) and "allow the vesk to float freely" (state-aligned paper) describe the same decision of the central bank in different words.',
      sides: [
        { file: W, quote: "it had stopped defending the vesk's trading band", value: 'band abandoned' },
        { file: D, quote: 'decision on Thursday to allow the vesk to float freely', value: 'free float' },
      ],
    },
    {
      id: 'queue-about-more-than', kind: 'numeric',
      summary: '"More than 300 people" (wire) and "About 400 customers" (web story) queuing outside Kredita Bank\'s main branch on Kalvar Square on Thursday afternoon are compatible approximations.',
      sides: [
        { file: W, quote: "More than 300 people were queuing outside Kredita's main branch on Kalvar Square by late afternoon", value: '>300' },
        { file: B, quote: 'About 400 customers waited outside Kredita’s main branch on Kalvar Square on Thursday afternoon', value: '~400' },
      ],
    },
  ],
};
