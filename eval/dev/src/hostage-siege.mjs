// Hand-written gold source for the overnight siege of the Corvana Palace Hotel in Meloran, Ardessia
// (invented event, November 2026). build-gold.mjs turns it into ../gold/hostage-siege.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog and the explainer imitate scraped pages (site name,
// navigation bar, "Skip to content", headline twice, byline with roles, "Updated" line,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author line), the web story
// is Markdown converted from a news page (breadcrumb links, `# Headline`, italic standfirst,
// byline with links, "Published ... · Updated ..." line, image line with caption and credit, key
// points, "Read more" links), and the state-aligned paper is Markdown with YAML front matter and
// no headline in the body. Site names, navigation bars, bylines, date and "Updated" lines,
// "Share this article", "Advertisement", "Read more" lines, the wire's reporting line, the source
// list and the author line are metadata (meta: 1-based line numbers); headlines, standfirsts, key
// points, image alt texts, captions and credits are counted text. Link URLs are in ignore.
const W = 'bellwether-wire.txt'; // Bellwether wire (Friday 13 November), US style, straight quotes, writes Kadiri, Zarruq, St. Avelina
const L = '3f9a1c7e5b20d846.txt'; // The Meloran Courier live blog, newest first (Thursday 12 November 20:05 to Friday 21:30), UK style, curly quotes, St Avelina
const B = '8d41e6b09a73c25f.md'; // RDN News web story (Saturday 14 November), UK style, curly quotes
const D = 'e2b7058c4f19ad63.md'; // state-aligned The Homeland Tribune (Saturday 14 November), YAML front matter, UK style, curly quotes
const X = '5c0e93a7d14b68f2.txt'; // Lanternfish explainer in questions (Sunday 15 November), US style, straight quotes, writes Kadiri, Leila Saadoun

export default {
  corpus: 'hostage-siege',
  note: 'Invented event written for the project: at about 19:40 on Thursday 12 November 2026 gunmen drive a pickup through the barrier of the Corvana Palace Hotel on Tamaris Boulevard in Meloran, capital of the fictional country of Ardessia, during a wedding reception, and hold guests and staff hostage overnight; about 140 people (142 by the owner) are inside, 14 escape through the laundry during the night, and at dawn on Friday the police\'s Special Response Unit (SRU) storms the hotel; the ministry says 106 hostages are freed and 38 wounded taken to hospital (21 to St. Avelina Hospital), and the operation is declared over at 07:20. Five invented outlets: the Bellwether wire (Friday), The Meloran Courier live blog, newest first (Thursday 20:05 to Friday 21:30), the RDN News web story (Saturday), the state-aligned The Homeland Tribune (Saturday) and the Lanternfish explainer (Sunday); four files have random names. The Interior Ministry, Interior Minister Yusuf Qadiri (Kadiri in the wire and the explainer) and his spokesman Col. Farid Benamor, the SRU and its commander Col. Anwar Dahlin, the army spokesman Brig. Gen. Tarek Mansel, President Selim Arvany, the hotel\'s owner Hamid Zarrouk (Zarruq in the wire), the night manager Karim Vassel, the receptionist Layla Saadoun (Leila in the explainer), the wedding guest Omar Sefrani, the resident Amira Tolba, Meloran Central Hospital and its director Dr Salim Toufik, St. Avelina Hospital (St Avelina in the UK-style outlets), the Dawn Vanguard that claims the attack, the Tazrit Liberation Movement (TLM) that denies it, the embassy of Norvenland and its ambassador Maren Halstrup, the missing Norvenian engineer Jonas Ekvall, and the Citizens\' Rights Observatory (CRO) and its director Nadia Ferhani disagree about the hostages killed (17 by the ministry, 24 by the hospital\'s morgue), the number of attackers (six, all killed, by the ministry; eight by survivors and the claim\'s "eight lions"), who killed the hostages (the gunmen before the assault, by the ministry and the SRU; the commandos\' grenades and fire during it, by survivors and the CRO), when the assault began (05:45 by the ministry; about 04:30 by residents and survivors), whether the gunmen made demands (40 prisoners in Tazrit, by the Dawn Vanguard statement; none, by the ministry), whether Jonas Ekvall is dead (identified among the dead, by the ministry in the state-aligned paper) or missing (by his embassy), whether the hotel was warned (a police letter of 3 November, by the ministry; no letter, by the owner) and who said "They came through the kitchen, firing at everything that moved" (the receptionist Layla Saadoun in the wire, the night manager Karim Vassel in the state-aligned paper); the live blog corrects its own count of hostages freed (120, then 106). "about 140 guests and staff" and the owner\'s 142 are one figure rounded; 11 hostages dead in the morning and 17 "up from 11" is an update reported as such; 23 dead "including the six terrorists" and 17 hostages plus six attackers are different sets; the 21 wounded at St Avelina are part of the 38; the 14 who escaped in the night and the 106 freed at dawn are different sets; "police commandos" and the Special Response Unit are one unit; "more than 300" and "About 350" police and soldiers agree. "Ardessian", "Norvenian" are demonyms; "Tazrit" inside the Tazrit Liberation Movement and "Meloran" inside Meloran Central Hospital and The Meloran Courier are nested; the award "Order of the Republic" and the title "Minister of Health" without a name are ignored.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 45],
    [L]: [1, 2, 3, 4, 10, 11, 29, 78, 79, 81],
    [B]: [1, 7, 9, 21, 47, 65, 67, 68, 70],
    [D]: [],
    [X]: [1, 2, 3, 9, 10, 12, 60, 72, 73, 74, 75, 76, 77, 79, 81, 82],
  },

  actors: [
    // places
    { id: 'ardessia', name: 'Ardessia', type: 'place', forms: ['Ardessia'], note: 'the country; "Ardessian" is a demonym; "Ardessia does not bargain" (the state) stays a place' },
    { id: 'meloran', name: 'Meloran', type: 'place', forms: ['Meloran', 'MELORAN'], note: 'the capital (datelines in capitals); nested in Meloran Central Hospital and The Meloran Courier; "the capital" is nominal; "Meloran-based" is glued' },
    { id: 'tamaris', name: 'Tamaris Boulevard', type: 'place', forms: ['Tamaris Boulevard'], note: 'the boulevard of the hotel' },
    { id: 'hotel', name: 'Corvana Palace Hotel', type: 'place', forms: ['Corvana Palace Hotel', 'Corvana Palace'], note: 'the besieged hotel, a named facility (typed place); "the hotel" is nominal' },
    { id: 'liberty-square', name: 'Liberty Square', type: 'place', forms: ['Liberty Square'], note: 'square at one end of the closed boulevard, in the live blog' },
    { id: 'presidential-palace', name: 'Presidential Palace', type: 'place', forms: ['Presidential Palace'], note: 'where the President received the unit (a building), in the state-aligned paper' },
    { id: 'tazrit', name: 'Tazrit', type: 'place', forms: ['Tazrit'], note: 'the southern province; nested in Tazrit Liberation Movement' },
    { id: 'norvenland', name: 'Norvenland', type: 'place', forms: ['Norvenland'], note: 'the missing engineer\'s country; "The embassy of Norvenland" and "Norvenland’s ambassador" hold mentions; "Norvenian" is a demonym and "the Norvenian embassy" is nominal' },
    { id: 'belcastre', name: 'Belcastre', type: 'place', forms: ['Belcastre'], note: 'country of two freed guests' },
    // organizations
    { id: 'interior-ministry', name: 'Interior Ministry', type: 'organization', forms: ['Interior Ministry'], note: 'the Ministry of the Interior; "the ministry" is nominal; "Interior Minister" before a name is a title' },
    { id: 'sru', name: 'Special Response Unit', type: 'organization', forms: ['Special Response Unit', 'SRU'], note: 'the police commando unit, defined as (SRU); "the unit" is nominal' },
    { id: 'dawn-vanguard', name: 'Dawn Vanguard', type: 'organization', forms: ['Dawn Vanguard'], note: 'the group that claimed the attack; "the Dawn Vanguard’s statement" holds a mention' },
    { id: 'tlm', name: 'Tazrit Liberation Movement', type: 'organization', forms: ['Tazrit Liberation Movement', 'TLM'], note: 'separatist group that denies any role, defined as (TLM)' },
    { id: 'central-hospital', name: 'Meloran Central Hospital', type: 'organization', forms: ['Meloran Central Hospital'], note: 'the hospital whose morgue counted 24 hostages; "the hospital" is nominal' },
    { id: 'avelina', name: 'St. Avelina Hospital', type: 'organization', forms: ['St. Avelina Hospital', 'St Avelina Hospital'], note: 'hospital treating 21 of the wounded (St Avelina in the UK-style outlets)' },
    { id: 'cro', name: 'Citizens’ Rights Observatory', type: 'organization', forms: ['Citizens’ Rights Observatory', 'Citizens\' Rights Observatory', 'CRO'], note: 'the human-rights group, defined as (CRO); curly or straight apostrophe; "the observatory", "the group" are nominal' },
    { id: 'bellwether', name: 'Bellwether', type: 'organization', forms: ['Bellwether'], note: 'the wire agency: the dateline "(Bellwether)", "told Bellwether" and the explainer\'s "credited by Bellwether" are mentions; its outlet line and the explainer\'s source list are metadata' },
    { id: 'courier', name: 'The Meloran Courier', type: 'organization', forms: ['The Meloran Courier'], note: 'the city paper running the live blog: its photo credit is a mention; its site-name line is metadata' },
    { id: 'rdn', name: 'RDN News', type: 'organization', forms: ['RDN News'], note: 'the news site, named in its own text ("told RDN News") and photo credit (also reused by the explainer); its breadcrumb line is metadata' },
    { id: 'tribune', name: 'The Homeland Tribune', type: 'organization', forms: ['The Homeland Tribune', 'Tribune'], note: 'the state-aligned paper: its front matter is metadata; "told the Tribune" -> "Tribune"; named twice in the explainer' },
    // people
    { id: 'qadiri', name: 'Yusuf Qadiri', type: 'person', forms: ['Yusuf Qadiri', 'Yusuf Kadiri', 'Qadiri', 'Kadiri'], note: 'Interior Minister (Kadiri in the wire and the explainer); the title is outside the span; "the minister" is nominal' },
    { id: 'benamor', name: 'Farid Benamor', type: 'person', forms: ['Farid Benamor', 'Benamor'], note: 'Interior Ministry spokesman; "Col", "Col.", "Colonel" are outside' },
    { id: 'dahlin', name: 'Anwar Dahlin', type: 'person', forms: ['Anwar Dahlin', 'Dahlin'], note: 'commander of the SRU, in the state-aligned paper; "the colonel" is nominal' },
    { id: 'mansel', name: 'Tarek Mansel', type: 'person', forms: ['Tarek Mansel'], note: 'army spokesman; "Brigadier General" is outside' },
    { id: 'arvany', name: 'Selim Arvany', type: 'person', forms: ['Selim Arvany'], note: 'President of Ardessia; "the President" is nominal' },
    { id: 'zarrouk', name: 'Hamid Zarrouk', type: 'person', forms: ['Hamid Zarrouk', 'Hamid Zarruq', 'Zarrouk', 'Zarruq'], note: 'owner of the hotel (Zarruq in the wire)' },
    { id: 'vassel', name: 'Karim Vassel', type: 'person', forms: ['Karim Vassel', 'Vassel'], note: 'the hotel\'s night manager, credited with the kitchen quotation by the state-aligned paper; "Mr Vassel" -> "Vassel"' },
    { id: 'saadoun', name: 'Layla Saadoun', type: 'person', forms: ['Layla Saadoun', 'Leila Saadoun'], note: 'receptionist who hid in the luggage room (Leila in the explainer), credited with the kitchen quotation by the wire' },
    { id: 'sefrani', name: 'Omar Sefrani', type: 'person', forms: ['Omar Sefrani', 'Sefrani'], note: 'wedding guest freed in the assault; "Mr Sefrani" -> "Sefrani"' },
    { id: 'tolba', name: 'Amira Tolba', type: 'person', forms: ['Amira Tolba'], note: 'resident of the flats opposite, in the live blog' },
    { id: 'toufik', name: 'Salim Toufik', type: 'person', forms: ['Salim Toufik'], note: 'director of Meloran Central Hospital; "Dr", "Dr." are outside' },
    { id: 'ekvall', name: 'Jonas Ekvall', type: 'person', forms: ['Jonas Ekvall', 'Ekvall'], note: 'the Norvenian engineer, missing or dead; "Mr. Ekvall" -> "Ekvall"' },
    { id: 'halstrup', name: 'Maren Halstrup', type: 'person', forms: ['Maren Halstrup'], note: 'Norvenland\'s ambassador; "Ambassador" is outside' },
    { id: 'ferhani', name: 'Nadia Ferhani', type: 'person', forms: ['Nadia Ferhani'], note: 'director of the CRO' },
    { id: 'ivanek', name: 'Tomas Ivanek', type: 'person', forms: ['Tomas Ivanek'], note: 'The Meloran Courier reporter: his byline is metadata; his photo credit is a mention' },
    { id: 'brannick', name: 'Joel Brannick', type: 'person', forms: ['Joel Brannick'], note: 'RDN News reporter: his byline is metadata; his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:ministry|hotel|hospital|hospitals|embassy|Norvenian embassy|unit|group|observatory|army|government|capital|minister|President|colonel|owner|state|police)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police force beyond the SRU)' },
    { pattern: '\\bOrder of the Republic\\b', why: 'name of a state award, not a person, organization or place' },
    { pattern: '\\bMinister of Health\\b', why: 'title without a name' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Layla Saadoun', cue: 'said Layla Saadoun', quote: 'They came through the kitchen, firing at everything that moved' },
    { file: W, speaker: 'Yusuf Qadiri', cue: 'he said', quote: 'There was nothing to negotiate, because they asked for nothing' },
    { file: W, speaker: 'Salim Toufik', cue: 'told reporters at the gate', quote: 'We have 24 bodies of guests and staff here, not counting the attackers' },
    { file: W, speaker: 'Maren Halstrup', cue: 'Ambassador Maren Halstrup said', quote: 'We have not been told that Mr. Ekvall is among the dead, and we have not been told he is alive' },
    { file: W, speaker: 'Hamid Zarrouk', cue: 'Zarruq said in a telephone interview', quote: 'No letter, no call, nothing reached my desk' },
    { file: L, speaker: 'Nadia Ferhani', cue: 'she said', quote: 'The families deserve to know whether their relatives were killed by the gunmen or by the people sent to save them' },
    { file: L, speaker: 'Amira Tolba', cue: 'said Amira Tolba', quote: 'The first big explosion was at half past four. I looked at my phone' },
    { file: L, speaker: 'Yusuf Qadiri', cue: 'he said', quote: 'There were six. We have six bodies' },
    { file: B, speaker: 'Omar Sefrani', cue: 'said Omar Sefrani', quote: 'The gunmen had stopped shooting hours before. We were lying on the floor' },
    { file: B, speaker: 'Farid Benamor', cue: 'he said', quote: 'Not one hostage died by a police bullet' },
    { file: B, speaker: 'Hamid Zarrouk', cue: 'he told RDN News', quote: 'I have searched every register and every inbox. Show me the letter' },
    { file: D, speaker: 'Selim Arvany', cue: 'the President told the officers', quote: 'Ardessia does not bargain with murderers, and Ardessia does not forget its heroes' },
    { file: D, speaker: 'Anwar Dahlin', cue: 'the colonel said', quote: 'We had minutes, not hours' },
    { file: D, speaker: 'Karim Vassel', cue: 'Mr Vassel said', quote: 'They came through the kitchen, firing at everything that moved' },
    { file: X, speaker: 'Nadia Ferhani', cue: 'said Nadia Ferhani', quote: 'The state has every right to storm a building full of gunmen. It has no right to decide in advance that it made no mistakes' },
  ],

  contradictions: [
    {
      id: 'hostages-killed', level: 'core', kind: 'numeric',
      summary: 'Hostages killed: 17 according to the Interior Ministry and Interior Minister Yusuf Qadiri (Kadiri); 24 according to Meloran Central Hospital, whose morgue received the bodies (its director Dr Salim Toufik says he gave the number to the ministry).',
      sides: [
        { file: W, quote: 'the Interior Ministry said 17 hostages and all six attackers were killed', value: '17', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The Interior Ministry says 17 hostages and six gunmen were killed.', value: '17', speaker: 'Interior Ministry', camp: 'A' },
        { file: B, quote: 'The ministry says 17 hostages were killed.', value: '17', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'The 17 hostages who lost their lives had been murdered by the terrorists during the night', value: '17', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'Interior Minister Yusuf Kadiri says 17 hostages were killed.', value: '17', speaker: 'Yusuf Qadiri', camp: 'A' },
        { file: W, quote: 'said 24 hostages had been brought to its morgue', value: '24', speaker: 'Meloran Central Hospital', camp: 'B' },
        { file: W, quote: 'We have 24 bodies of guests and staff here, not counting the attackers', value: '24', speaker: 'Salim Toufik', camp: 'B' },
        { file: L, quote: 'Meloran Central Hospital says its morgue has received 24 hostages.', value: '24', speaker: 'Meloran Central Hospital', camp: 'B' },
        { file: B, quote: 'says 24 bodies of hostages have passed through its morgue', value: '24', speaker: 'Meloran Central Hospital', camp: 'B' },
        { file: X, quote: 'says 24 hostages passed through its morgue', value: '24', speaker: 'Meloran Central Hospital', camp: 'B' },
      ],
    },
    {
      id: 'attackers-count', level: 'core', kind: 'numeric',
      summary: 'How many gunmen attacked the hotel: six, all killed, according to the Interior Ministry and the minister ("There were six. We have six bodies"); at least eight according to survivors such as Omar Sefrani, who counted eight in the ballroom, and the Dawn Vanguard\'s claim of "eight lions".',
      sides: [
        { file: W, quote: 'The ministry has said there were six gunmen and that all were killed.', value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'There were six. We have six bodies', value: '6', speaker: 'Yusuf Qadiri', camp: 'A' },
        { file: B, quote: 'The ministry says six gunmen attacked the hotel and all six were killed.', value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'including the six terrorists, who were all killed by the SRU', value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: X, quote: 'The ministry says six.', value: '6', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'Survivors said the attackers numbered at least eight.', value: '>=8', speaker: 'survivors', camp: 'B' },
        { file: W, quote: 'I counted eight of them in the ballroom, and two went upstairs before the shooting started', value: '8', speaker: 'Omar Sefrani', camp: 'B' },
        { file: B, quote: 'Mr Sefrani said he counted eight armed men in the ballroom during the night.', value: '8', speaker: 'Omar Sefrani', camp: 'B' },
        { file: B, quote: 'said in its statement that “eight lions” had entered the hotel', value: '8', speaker: 'Dawn Vanguard', camp: 'B' },
        { file: X, quote: 'Survivors say eight, and the Dawn Vanguard\'s own statement speaks of "eight lions."', value: '8', speaker: 'survivors', camp: 'B' },
      ],
    },
    {
      id: 'who-killed-hostages', level: 'core', kind: 'attribution',
      summary: 'Who killed the hostages: the gunmen, all of them and before the assault, according to the Interior Ministry, its spokesman Col. Farid Benamor and the SRU commander Col. Anwar Dahlin; survivors held in the ballroom and the Citizens\' Rights Observatory (CRO) say several (at least five) were killed by the commandos\' grenades and fire during the assault.',
      sides: [
        { file: W, quote: 'the hostages had been "executed by the terrorists" during the night, before the assault began, and that no hostage was hit by police fire', value: 'gunmen', speaker: 'Yusuf Qadiri', camp: 'A' },
        { file: W, quote: 'Every hostage who died was killed by the terrorists', value: 'gunmen', speaker: 'Farid Benamor', camp: 'A' },
        { file: L, quote: '17 hostages were killed, all of them by the gunmen, he says, and all before the assault.', value: 'gunmen', speaker: 'Yusuf Qadiri', camp: 'A' },
        { file: B, quote: 'Not one hostage died by a police bullet', value: 'gunmen', speaker: 'Farid Benamor', camp: 'A' },
        { file: D, quote: 'Not one of those hostages was hit by our fire.', value: 'gunmen', speaker: 'Anwar Dahlin', camp: 'A' },
        { file: X, quote: 'The government says the gunmen killed every one of them, before the assault.', value: 'gunmen', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'several hostages in the ballroom were killed when the commandos threw stun grenades and opened fire as they entered', value: 'assault', speaker: 'survivors', camp: 'B' },
        { file: B, quote: 'The woman next to me was hit then, not before.', value: 'assault', speaker: 'Omar Sefrani', camp: 'B' },
        { file: B, quote: 'said at least five hostages had been killed by gunfire or grenades during the assault', value: 'assault', speaker: 'Citizens’ Rights Observatory', camp: 'B' },
        { file: X, quote: "The Citizens' Rights Observatory (CRO) says at least five hostages were killed during the assault itself.", value: 'assault', speaker: 'Citizens’ Rights Observatory', camp: 'B' },
      ],
    },
    {
      id: 'assault-time', level: 'core', kind: 'temporal',
      summary: 'When the assault began on Friday: at 05:45 according to the Interior Ministry and the SRU commander; at about 04:30 ("half past four") according to residents of the flats opposite, such as Amira Tolba, and survivors such as Omar Sefrani.',
      sides: [
        { file: W, quote: 'began at 5:45 a.m., after negotiators had failed to make contact with the gunmen', value: '05:45', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'He said the operation began at 05:45 and ended at 07:20.', value: '05:45', speaker: 'Yusuf Qadiri', camp: 'A' },
        { file: B, quote: 'The ministry says the SRU moved in at 05:45 on Friday.', value: '05:45', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'His officers entered the hotel at 05:45 through the kitchens and the roof', value: '05:45', speaker: 'Anwar Dahlin', camp: 'A' },
        { file: X, quote: 'Officially at 5:45 a.m.', value: '05:45', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The first big explosion was at half past four.', value: '04:30', speaker: 'Amira Tolba', camp: 'B' },
        { file: B, quote: 'Residents and survivors say it began more than an hour earlier.', value: 'before 04:45', speaker: 'residents and survivors', camp: 'B' },
        { file: B, quote: 'the first explosion came “just after half past four, while it was still completely dark”', value: '04:30', speaker: 'Omar Sefrani', camp: 'B' },
        { file: X, quote: 'say the first explosions came at about 4:30 a.m.', value: '04:30', speaker: 'residents and survivors', camp: 'B' },
      ],
    },
    {
      id: 'demands', level: 'secondary', kind: 'polarity',
      summary: 'Whether the gunmen made demands: the Dawn Vanguard\'s statement says they demanded the release of 40 prisoners held in Tazrit and were refused; the Interior Ministry and the minister say they made no demands and never answered the negotiators.',
      sides: [
        { file: W, quote: 'the gunmen had demanded the release of 40 prisoners held in the southern province of Tazrit', value: 'demands', speaker: 'Dawn Vanguard', camp: 'A' },
        { file: L, quote: 'It says the gunmen asked for prisoners to be released in Tazrit and were refused.', value: 'demands', speaker: 'Dawn Vanguard', camp: 'A' },
        { file: X, quote: "The Dawn Vanguard's statement says they demanded the release of 40 prisoners held in Tazrit", value: 'demands', speaker: 'Dawn Vanguard', camp: 'A' },
        { file: W, quote: 'Kadiri said the gunmen made no demands of any kind and never answered the telephone negotiators.', value: 'no demands', speaker: 'Yusuf Qadiri', camp: 'B' },
        { file: L, quote: 'The gunmen made no demands, he says.', value: 'no demands', speaker: 'Yusuf Qadiri', camp: 'B' },
        { file: D, quote: 'Interior Minister Yusuf Qadiri said the gunmen had made no demands', value: 'no demands', speaker: 'Yusuf Qadiri', camp: 'B' },
        { file: X, quote: 'The ministry says the gunmen made no demands and never picked up the phone.', value: 'no demands', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'ekvall-status', level: 'secondary', kind: 'status',
      summary: 'Whether the Norvenian engineer Jonas Ekvall is dead or missing: the embassy of Norvenland and Ambassador Maren Halstrup say he is unaccounted for (still on Sunday morning); the state-aligned paper reports that the Interior Ministry identified his body among the dead on Friday night and informed the embassy.',
      sides: [
        { file: W, quote: 'was still unaccounted for on Friday evening', value: 'missing', speaker: 'Maren Halstrup', camp: 'A' },
        { file: L, quote: 'Until someone shows me his name on a list, he is missing, not dead', value: 'missing', speaker: 'Maren Halstrup', camp: 'A' },
        { file: B, quote: 'The Norvenian embassy says one of its citizens, Jonas Ekvall, an engineer who had been staying at the hotel for a week, remains missing.', value: 'missing', speaker: 'embassy of Norvenland', camp: 'A' },
        { file: X, quote: 'as of Sunday morning it still lists him as missing', value: 'missing', speaker: 'embassy of Norvenland', camp: 'A' },
        { file: D, quote: 'Among the dead, the ministry said, is a Norvenian citizen, Jonas Ekvall', value: 'dead', speaker: 'Interior Ministry', camp: 'B' },
        { file: D, quote: 'His body was identified on Friday night, the ministry said', value: 'dead', speaker: 'Interior Ministry', camp: 'B' },
        { file: X, quote: 'the ministry had identified Norvenian engineer Jonas Ekvall among the dead', value: 'dead', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
    {
      id: 'hotel-warned', level: 'secondary', kind: 'polarity',
      summary: 'Whether the hotel was warned: the Interior Ministry says the police wrote to the managers of the capital\'s large hotels, the Corvana Palace included, on 3 November; the owner Hamid Zarrouk (Zarruq) says no letter or call ever reached him.',
      sides: [
        { file: W, quote: 'Kadiri said the police had written to hotel managers in the capital, including the Corvana Palace, on Nov. 3', value: 'warned', speaker: 'Yusuf Qadiri', camp: 'A' },
        { file: B, quote: 'The Interior Ministry says police wrote to the managers of large hotels in the capital on 3 November', value: 'warned', speaker: 'Interior Ministry', camp: 'A' },
        { file: D, quote: 'The warning was given.', value: 'warned', speaker: 'Farid Benamor', camp: 'A' },
        { file: X, quote: 'The ministry says police wrote to the managers of big hotels on November 3.', value: 'warned', speaker: 'Interior Ministry', camp: 'A' },
        { file: W, quote: 'said his management had received no warning from the police about a threat to the hotel', value: 'not warned', speaker: 'Hamid Zarrouk', camp: 'B' },
        { file: L, quote: 'has denied that his hotel was warned', value: 'not warned', speaker: 'Hamid Zarrouk', camp: 'B' },
        { file: B, quote: 'says no such letter reached the Corvana Palace', value: 'not warned', speaker: 'Hamid Zarrouk', camp: 'B' },
        { file: X, quote: 'Zarrouk says no letter arrived.', value: 'not warned', speaker: 'Hamid Zarrouk', camp: 'B' },
      ],
    },
    {
      id: 'kitchen-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "They came through the kitchen, firing at everything that moved" is credited to the receptionist Layla Saadoun by the wire and to the night manager Karim Vassel by the state-aligned paper.',
      sides: [
        { file: W, quote: '"They came through the kitchen, firing at everything that moved," said Layla Saadoun', speaker: 'Layla Saadoun', camp: 'A' },
        { file: D, quote: '“They came through the kitchen, firing at everything that moved,” Mr Vassel said.', speaker: 'Karim Vassel', camp: 'B' },
      ],
    },
    {
      id: 'freed-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first said 120 hostages had been freed, then corrected it to 106, the Interior Ministry\'s figure for those freed in the assault (the higher figure counted people who got out during the night); the state-aligned paper also says 106.',
      sides: [
        { file: L, quote: 'The ministry says 120 hostages have been freed and taken to safety.', value: '120', speaker: 'Interior Ministry', camp: 'A' },
        { file: L, quote: 'The ministry says 106 were freed in the assault', value: '106', speaker: 'Interior Ministry', camp: 'B' },
        { file: D, quote: 'The ministry said 106 hostages had been freed in the assault', value: '106', speaker: 'Interior Ministry', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'inside-rounded', kind: 'numeric',
      summary: '"about 140 guests and staff" inside (an army officer, in the live blog) and the owner\'s 142 (explainer) are one figure, rounded.',
      sides: [
        { file: L, quote: 'about 140 guests and staff were inside when the gunmen arrived', value: '~140' },
        { file: X, quote: 'Hotel owner Hamid Zarrouk says 142 guests and staff were inside the building at the time.', value: '142' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'At least 11 hostages dead in the ministry\'s first statement on Friday morning and 17 "up from 11" later that morning is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'At least 11 hostages have been killed, it says.', value: '>=11 (07:25)' },
        { file: L, quote: 'The Interior Ministry now says 17 hostages were killed, up from 11 in its first statement this morning.', value: '17 (10:15)' },
      ],
    },
    {
      id: 'all-dead-vs-hostages', kind: 'numeric',
      summary: '23 people dead "including the six terrorists" (state-aligned paper) and 17 hostages plus six attackers (wire) are the same count over different sets.',
      sides: [
        { file: D, quote: 'According to the Interior Ministry, 23 people died in the attack, including the six terrorists', value: '23 (all dead)' },
        { file: W, quote: 'the Interior Ministry said 17 hostages and all six attackers were killed', value: '17 hostages + 6 attackers' },
      ],
    },
    {
      id: 'wounded-part', kind: 'numeric',
      summary: 'The 21 wounded treated at St Avelina Hospital are part of the 38 wounded, not a rival count.',
      sides: [
        { file: B, quote: 'Thirty-eight people were wounded, according to the ministry.', value: '38 (all wounded)' },
        { file: B, quote: 'St Avelina Hospital said it was treating 21 of them, five in intensive care.', value: '21 (at St Avelina)' },
      ],
    },
    {
      id: 'escaped-vs-freed', kind: 'numeric',
      summary: 'The 14 people who escaped through the laundry during the night and the 106 hostages freed in the dawn assault are different sets.',
      sides: [
        { file: X, quote: 'During the night, 14 people, most of them kitchen workers, escaped through the hotel laundry.', value: '14 (escaped in the night)' },
        { file: X, quote: 'The Interior Ministry says 106 hostages were freed in the assault.', value: '106 (freed at dawn)' },
      ],
    },
    {
      id: 'commandos-sru', kind: 'attribution',
      summary: '"Ardessian police commandos" (wire) and the Special Response Unit, "the police\'s counter-terrorism unit" (explainer), are the same unit, not rival accounts of who stormed the hotel.',
      sides: [
        { file: W, quote: 'Ardessian police commandos stormed a luxury hotel in the capital Meloran at dawn on Friday', value: 'police commandos' },
        { file: X, quote: "At dawn the Special Response Unit (SRU), the police's counter-terrorism unit, stormed the building.", value: 'SRU' },
      ],
    },
    {
      id: 'forces-about-more-than', kind: 'numeric',
      summary: '"more than 300 police officers and soldiers" (web story) and "About 350 police and soldiers" (state-aligned paper) are compatible approximations.',
      sides: [
        { file: B, quote: 'The operation involved more than 300 police officers and soldiers, according to the ministry.', value: '>300' },
        { file: D, quote: 'About 350 police and soldiers took part in the operation, which ended at 07:20.', value: '~350' },
      ],
    },
  ],
};
