// Hand-written gold source for the cabin that fell from the Kalthorn cable car above the ski resort
// of Brünegg, Tirvalia (invented event, January 2026). build-gold.mjs turns it into
// ../gold/cable-car-fall.json.
// One file is a plain .txt wire (headline, outlet and date lines, a "(Reporting by ...)" line);
// four have random names: the live blog is Markdown with YAML front matter and bold time stamps,
// newest first; the web story and the explainer imitate scraped pages (site name, "Skip to
// content", navigation bar, headline twice, byline with role, "Published"/"Updated" lines,
// "Advertisement", a caption with a photo credit, "Read more" lines, "Share this article"; the
// explainer also has footnote markers, a numbered source list and an author bio); the
// state-aligned paper is Markdown converted from a news page (breadcrumb links, `# Headline`,
// byline and date line, image line with caption and credit, "Read more" link). Site names,
// navigation bars, bylines, date and "Updated" lines, "Share this article", "Advertisement",
// "Read more" lines, the wire's reporting line, the source list and the bio are metadata (meta:
// 1-based line numbers); headlines, captions and credits are counted text. Link URLs are in ignore.
const W = 'pennon-wire.txt'; // Pennon wire (Monday 26 January), US style, straight quotes, writes Brunegg, Kohler
const L = 'f35fd2cdfbb7022f.md'; // Brünegg Tagespost live blog, YAML front matter, newest first (Saturday 24 January, 12:20 to 23:05), UK style, curly quotes
const B = 'b21437af764fc89d.txt'; // TRV News web story, saved page (Sunday 25 January, 19:30), UK style, curly quotes
const D = '85babb6023acc308.md'; // state-aligned The Osmark Gazette (Monday 26 January), breadcrumbs and # Headline, UK style, curly quotes
const X = '40818e9fc2e6f32d.txt'; // The Gradient explainer in questions, saved page (Tuesday 27 January), US style, straight quotes, writes Brunegg, Kohler

export default {
  corpus: 'cable-car-fall',
  note: 'Invented event written for the project: late on the morning of Saturday 24 January 2026 a cabin of the Kalthorn cable car, run by Kalthornbahn AG and built in 2009 by Stromberg Seiltechnik, comes off its hauling rope near the top of the line above the ski resort of Brünegg (Brunegg in the wire and the explainer) in the fictional country of Tirvalia (capital Osmark) and falls onto a snowfield below the fourth pylon; about 180 people are lowered from other cabins on ropes. Five invented outlets: the Pennon wire (Monday), the Brünegg Tagespost live blog, newest first (Saturday 12:20 to 23:05), the TRV News web story (Sunday), the state-aligned The Osmark Gazette (Monday) and The Gradient explainer (Tuesday); four files have random names. Kalthornbahn AG and its director Matthias Gurtner (and his lawyer Petra Hunziker), chief prosecutor Sandro Pfister, Alpine Rescue Tirvalia (ART) and its head of operations Beat Köhler (Kohler in the wire and the explainer), the Transport Safety Investigation Board (TSIB) and its chief investigator Ines Valtorta, Mayor Cornelia Waldner, Transport Minister Fabian Roth and the Transport Ministry, Stromberg Seiltechnik and its spokeswoman Anja Keller, the Ropeway Technicians\' Union (RTU) and its secretary Dario Menghini, Brünegg Hospital, the Consulate General of Korsevia and its consul Maren Holtby, the Korsevian survivor Henrik Marstrand, whose sister Elin died, and the witness Nina Baumli disagree about the dead (seven by the prosecutors, eight by the rescue service), the people in the cabin (11 through the ticket gates, by the operator, against 13 with two small children, by the rescue service), whether the emergency brake had been clamped open (by the union, against never switched off, by the director), whether the line passed its annual inspection in November 2025 (passed, by the operator and the mayor, against never carried out, last one October 2024, by the TSIB), how far the cabin fell (about 40 metres by the TSIB, about 25 by the operator), whether the director is under arrest (arrested on Sunday night and in custody, by the prosecutors, against a witness at home, by his lawyer in the state-aligned paper), when the cabin fell (11:42 by the operator\'s control system, against just after 12:05 by witnesses and the rescue service) and who said "A cable car does not fall by itself" (the union secretary in the wire, the chief prosecutor in the state-aligned paper); the live blog corrects its own count of survivors (three, then five). 87 rescuers and "Some 90 rescuers" are one figure rounded; five dead in the early afternoon and seven on Saturday evening "up from five" is an update reported as such; the 11 or 13 in the cabin and the 180 lowered from other cabins are different sets; the five Tirvalian and two Korsevian dead are parts of the toll; "a criminal investigation for negligent homicide" and "proceedings for manslaughter by negligence" are synonyms; "More than 2,000 skiers" and "About 2,500 skiers" agree; the three killed at Grisel in 2011 belong to another accident. "Tirvalian" and "Korsevian" are demonyms; "Brünegg" inside Brünegg Hospital and Brünegg Tagespost, "Tirvalia" inside Alpine Rescue Tirvalia, "Osmark" inside University Hospital Osmark and The Osmark Gazette and "Korsevia" inside Consulate General of Korsevia are nested; "Kalthorn" (the mountain) is a place, also in "the Kalthorn line" and "the Kalthorn cable car"; it is not matched inside the company name Kalthornbahn AG.',
  files: [W, L, B, D, X],
  meta: {
    [W]: [2, 3, 55],
    [L]: [],
    [B]: [1, 2, 3, 4, 10, 11, 12, 14, 28, 46, 70, 71, 73],
    [D]: [1, 5, 54],
    [X]: [1, 2, 3, 11, 12, 13, 15, 59, 60, 61, 62, 63, 65],
  },

  actors: [
    // places
    { id: 'tirvalia', name: 'Tirvalia', type: 'place', forms: ['Tirvalia'], note: 'the country; "Tirvalian" is a demonym; nested in Alpine Rescue Tirvalia' },
    { id: 'osmark', name: 'Osmark', type: 'place', forms: ['Osmark'], note: 'the capital; nested in University Hospital Osmark and The Osmark Gazette; "the capital" is nominal' },
    { id: 'brunegg', name: 'Brünegg', type: 'place', forms: ['Brünegg', 'Brunegg', 'BRUNEGG', 'BRÜNEGG'], note: 'the resort town (Brunegg in the wire and the explainer; datelines in capitals); nested in Brünegg Hospital and Brünegg Tagespost; "the village", "the town" are nominal' },
    { id: 'kalthorn', name: 'Kalthorn', type: 'place', forms: ['Kalthorn'], note: 'the mountain and its ski area ("the Kalthorn line", "the Kalthorn cable car" hold mentions); not inside Kalthornbahn AG; "the mountain" is nominal' },
    { id: 'korsevia', name: 'Korsevia', type: 'place', forms: ['Korsevia'], note: 'the tourists\' home country; "Korsevian" is a demonym; nested in Consulate General of Korsevia' },
    { id: 'grisel', name: 'Grisel', type: 'place', forms: ['Grisel'], note: 'place of an earlier (2011) chairlift accident, in the wire' },
    { id: 'dorfplatz', name: 'Dorfplatz', type: 'place', forms: ['Dorfplatz'], note: 'the village square where the operator has its offices, in the live blog' },
    // organizations
    { id: 'kalthornbahn', name: 'Kalthornbahn AG', type: 'organization', forms: ['Kalthornbahn AG'], note: 'the operator; "the company", "the operator" are nominal' },
    { id: 'tsib', name: 'Transport Safety Investigation Board', type: 'organization', forms: ['Transport Safety Investigation Board', 'TSIB'], note: 'the transport safety board, defined as (TSIB); "the board", "the investigation board" are nominal' },
    { id: 'art', name: 'Alpine Rescue Tirvalia', type: 'organization', forms: ['Alpine Rescue Tirvalia', 'ART'], note: 'the mountain rescue service, defined as (ART); "the rescue service" is nominal' },
    { id: 'stromberg', name: 'Stromberg Seiltechnik', type: 'organization', forms: ['Stromberg Seiltechnik', 'Stromberg'], note: 'the manufacturer of the cabins, ropes and brake; "the company", "the firm" are nominal' },
    { id: 'rtu', name: 'Ropeway Technicians\' Union', type: 'organization', forms: ['Ropeway Technicians\' Union', 'Ropeway Technicians’ Union', 'RTU'], note: 'the technicians\' union (straight or curly apostrophe), defined as (RTU); "the union", "a trade union" are nominal' },
    { id: 'brunegg-hospital', name: 'Brünegg Hospital', type: 'organization', forms: ['Brünegg Hospital', 'Brunegg Hospital'], note: 'the local hospital (Brunegg in the wire); the place inside it is nested' },
    { id: 'uh-osmark', name: 'University Hospital Osmark', type: 'organization', forms: ['University Hospital Osmark'], note: 'the hospital in the capital; the place inside it is nested' },
    { id: 'consulate', name: 'Consulate General of Korsevia', type: 'organization', forms: ['Consulate General of Korsevia'], note: 'the foreign consulate in Osmark; the place inside it is nested' },
    { id: 'transport-ministry', name: 'Transport Ministry', type: 'organization', forms: ['Transport Ministry'], note: 'the national transport ministry, in the state-aligned paper; "the ministry" is nominal' },
    { id: 'pennon', name: 'Pennon', type: 'organization', forms: ['Pennon'], note: 'the wire agency: the dateline "(Pennon)" and "told Pennon" are mentions; its outlet line and its name in the explainer\'s source list are metadata' },
    { id: 'tagespost', name: 'Brünegg Tagespost', type: 'organization', forms: ['Brünegg Tagespost', 'Tagespost'], note: 'the town paper running the live blog: its photo credit and "told the Tagespost" are mentions; its front matter and the source list are metadata' },
    { id: 'trv', name: 'TRV News', type: 'organization', forms: ['TRV News'], note: 'the web story\'s site: "told TRV News" and its photo credit (reused by the explainer) are mentions; its site-name line and the source list are metadata' },
    { id: 'gazette', name: 'The Osmark Gazette', type: 'organization', forms: ['The Osmark Gazette', 'Osmark Gazette', 'Gazette'], note: 'the state-aligned paper: its photo credit, "told the Gazette" and the explainer\'s "Osmark Gazette" are mentions; its byline line and the source list are metadata' },
    { id: 'gradient', name: 'The Gradient', type: 'organization', forms: ['The Gradient'], note: 'the explainer\'s site: "The Gradient asked", "told The Gradient" are mentions; its site-name line and the bio are metadata' },
    // people
    { id: 'gurtner', name: 'Matthias Gurtner', type: 'person', forms: ['Matthias Gurtner', 'Gurtner'], note: 'director of Kalthornbahn AG; "Mr Gurtner" -> "Gurtner"' },
    { id: 'hunziker', name: 'Petra Hunziker', type: 'person', forms: ['Petra Hunziker', 'Hunziker'], note: 'Gurtner\'s lawyer, in the state-aligned paper and the explainer' },
    { id: 'pfister', name: 'Sandro Pfister', type: 'person', forms: ['Sandro Pfister', 'Pfister'], note: 'chief prosecutor (lowercase title outside the span); "Mr Pfister" -> "Pfister"' },
    { id: 'kohler', name: 'Beat Köhler', type: 'person', forms: ['Beat Köhler', 'Beat Kohler', 'Köhler', 'Kohler'], note: 'head of operations of Alpine Rescue Tirvalia (Kohler in the wire and the explainer)' },
    { id: 'valtorta', name: 'Ines Valtorta', type: 'person', forms: ['Ines Valtorta'], note: 'chief investigator of the TSIB' },
    { id: 'waldner', name: 'Cornelia Waldner', type: 'person', forms: ['Cornelia Waldner', 'Waldner'], note: 'mayor of Brünegg; "Mayor" is outside the span; "Ms Waldner", "Mayor Waldner" -> "Waldner"' },
    { id: 'roth', name: 'Fabian Roth', type: 'person', forms: ['Fabian Roth', 'Roth'], note: 'Transport Minister, in the state-aligned paper; "Mr Roth" -> "Roth"; "the minister" is nominal' },
    { id: 'keller', name: 'Anja Keller', type: 'person', forms: ['Anja Keller'], note: 'spokeswoman for Stromberg Seiltechnik' },
    { id: 'menghini', name: 'Dario Menghini', type: 'person', forms: ['Dario Menghini'], note: 'secretary of the Ropeway Technicians\' Union' },
    { id: 'holtby', name: 'Maren Holtby', type: 'person', forms: ['Maren Holtby'], note: 'Korsevia\'s consul; "Consul" is outside the span' },
    { id: 'henrik', name: 'Henrik Marstrand', type: 'person', forms: ['Henrik Marstrand', 'Henrik'], note: 'Korsevian tourist who survived; "her brother, Henrik" / "Her brother Henrik" are first-name mentions' },
    { id: 'elin', name: 'Elin Marstrand', type: 'person', forms: ['Elin Marstrand', 'Elin'], note: 'Korsevian teacher killed in the fall; "his sister Elin" is a first-name mention' },
    { id: 'baumli', name: 'Nina Baumli', type: 'person', forms: ['Nina Baumli'], note: 'skier who saw the fall, in the live blog' },
    { id: 'baltensperger', name: 'Ruedi Baltensperger', type: 'person', forms: ['Ruedi Baltensperger'], note: 'Tagespost reporter: his name in the front matter is metadata; his photo credit is a mention' },
    { id: 'vetsch', name: 'Corin Vetsch', type: 'person', forms: ['Corin Vetsch'], note: 'TRV News photographer: his photo credits (also reused by the explainer) are mentions' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:company|operator|board|investigation board|union|ministry|minister|prosecutor's office|prosecutor’s office|rescue service|service|firm|mountain|village|town|capital|country|authorities|tourist office)\\b(?![-‑–])", why: 'nominal reference to a named body or place, or a title without a name' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors (no named prosecution body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Sandro Pfister', cue: 'Pfister said', quote: 'He is in custody, and he will stay in custody while we examine the cabin' },
    { file: W, speaker: 'Dario Menghini', cue: 'said in an interview', quote: 'Our members were told to put the clamp on in the morning and take it off at night. Everybody on that mountain knew' },
    { file: W, speaker: 'Anja Keller', cue: 'Anja Keller, said', quote: 'Our brake works as long as nobody interferes with it' },
    { file: W, speaker: 'Henrik Marstrand', cue: 'Henrik Marstrand told Pennon', quote: 'She texted me from the cabin that the view was beautiful' },
    { file: L, speaker: 'Beat Köhler', cue: 'he said', quote: 'We brought eight people down who did not survive. I counted them myself' },
    { file: L, speaker: 'Matthias Gurtner', cue: 'he said', quote: 'No brake on any of our cabins has ever been switched off. I will say that to any judge.' },
    { file: L, speaker: 'Cornelia Waldner', cue: 'she said', quote: 'This mountain is our life. Today it has taken lives, and we will find out why' },
    { file: L, speaker: 'Nina Baumli', cue: 'told the Tagespost', quote: 'It was just after five past twelve.' },
    { file: B, speaker: 'Dario Menghini', cue: 'he said', quote: 'The brake is the last thing that stands between a cabin and the ground' },
    { file: B, speaker: 'Ines Valtorta', cue: 'said Ines Valtorta', quote: 'There is no November report. There is a letter asking us to come in April' },
    { file: B, speaker: 'Beat Köhler', cue: 'Mr Köhler said', quote: 'I do not need a list from an office to tell me how many children I carried' },
    { file: D, speaker: 'Fabian Roth', cue: 'Mr Roth said', quote: 'Tirvalia built some of the safest mountain railways in the world.' },
    { file: D, speaker: 'Petra Hunziker', cue: 'Ms Hunziker said', quote: 'My client has been arrested only in the imagination of certain journalists' },
    { file: D, speaker: 'Cornelia Waldner', cue: 'Ms Waldner said', quote: 'Our technicians are the best in the valley. I will not let them be painted as careless' },
    { file: X, speaker: 'Anja Keller', cue: 'said Anja Keller', quote: 'If the clamp was there, the brake could not work. It is that simple' },
  ],

  contradictions: [
    {
      id: 'dead', level: 'core', kind: 'numeric',
      summary: 'People killed when the cabin fell: seven according to the prosecutors (who call the eighth name in the rescue log an error; repeated by the state-aligned paper as final); eight according to Alpine Rescue Tirvalia (ART) and its head of operations Beat Köhler (Kohler), whose teams recovered eight bodies, one a child found under the cabin floor.',
      sides: [
        { file: W, quote: 'killing seven people', value: '7', speaker: 'Sandro Pfister', camp: 'A' },
        { file: W, quote: 'Prosecutors said the eighth name in the rescue log was "an error" and that seven people had died.', value: '7', speaker: 'Sandro Pfister', camp: 'A' },
        { file: B, quote: 'Prosecutors say seven people died.', value: '7', speaker: 'Sandro Pfister', camp: 'A' },
        { file: D, quote: 'Seven people lost their lives when a cabin of the Kalthorn cable car fell on Saturday morning', value: '7', speaker: 'The Osmark Gazette', camp: 'A' },
        { file: D, quote: 'prosecutors said on Monday that the figure of seven was final', value: '7', speaker: 'Sandro Pfister', camp: 'A' },
        { file: X, quote: 'Prosecutors say seven people died', value: '7', speaker: 'Sandro Pfister', camp: 'A' },
        { file: W, quote: 'whose teams reached the wreck first, says eight people died', value: '8', speaker: 'Alpine Rescue Tirvalia', camp: 'B' },
        { file: W, quote: 'his crews recovered eight bodies, one of them a child found under the cabin floor', value: '8', speaker: 'Beat Köhler', camp: 'B' },
        { file: L, quote: 'Alpine Rescue Tirvalia (ART) says eight people died.', value: '8', speaker: 'Alpine Rescue Tirvalia', camp: 'B' },
        { file: L, quote: 'We brought eight people down who did not survive.', value: '8', speaker: 'Beat Köhler', camp: 'B' },
        { file: B, quote: 'Alpine Rescue Tirvalia (ART) says eight', value: '8', speaker: 'Alpine Rescue Tirvalia', camp: 'B' },
        { file: D, quote: 'has given a figure of eight dead', value: '8', speaker: 'Beat Köhler', camp: 'B' },
        { file: X, quote: 'says his teams brought down eight bodies', value: '8', speaker: 'Beat Köhler', camp: 'B' },
      ],
    },
    {
      id: 'aboard', level: 'core', kind: 'numeric',
      summary: 'People in the cabin: 11 according to Kalthornbahn AG, which counts passengers through the ticket gates; 13 according to Alpine Rescue Tirvalia and Beat Köhler (Kohler), because two small children rode free and did not pass the gates.',
      sides: [
        { file: W, quote: "The company said 11 passengers had passed the ticket gates for the cabin's 11:30 run.", value: '11', speaker: 'Kalthornbahn AG', camp: 'A' },
        { file: L, quote: 'Kalthornbahn AG says 11 passengers were in the cabin', value: '11', speaker: 'Kalthornbahn AG', camp: 'A' },
        { file: X, quote: 'The operator counts 11 passengers through the ticket gates.', value: '11', speaker: 'Kalthornbahn AG', camp: 'A' },
        { file: W, quote: 'Kohler said 13 people had been aboard', value: '13', speaker: 'Beat Köhler', camp: 'B' },
        { file: L, quote: 'the rescue service says 13', value: '13', speaker: 'Alpine Rescue Tirvalia', camp: 'B' },
        { file: L, quote: 'There were 13 people in that cabin, not 11.', value: '13', speaker: 'Beat Köhler', camp: 'B' },
        { file: X, quote: 'ART says there were 13, because two small children rode free.', value: '13', speaker: 'Alpine Rescue Tirvalia', camp: 'B' },
      ],
    },
    {
      id: 'brake', level: 'core', kind: 'polarity',
      summary: 'Whether the cabin\'s emergency brake had been disabled: clamped open with a steel clamp every day since December because it kept tripping in the wind, according to the Ropeway Technicians\' Union (RTU), its secretary Dario Menghini and technicians quoted by TRV News; never switched off on any cabin, according to the operator\'s director Matthias Gurtner and Kalthornbahn AG.',
      sides: [
        { file: W, quote: "the cabin's emergency brake had been disabled with a steel clamp since early December", value: 'disabled', speaker: 'Ropeway Technicians\' Union', camp: 'A' },
        { file: B, quote: 'The emergency brake on the cable-car cabin that fell above Brünegg on Saturday had been disabled for weeks with a steel clamp', value: 'disabled', speaker: 'Ropeway Technicians\' Union', camp: 'A' },
        { file: B, quote: 'On that cabin, it had been taken away.', value: 'disabled', speaker: 'Dario Menghini', camp: 'A' },
        { file: D, quote: 'Claims by a trade union that the cabin’s emergency brake had been switched off', value: 'disabled', speaker: 'Ropeway Technicians\' Union', camp: 'A' },
        { file: X, quote: 'had been clamped open every day since December because it kept tripping in the wind', value: 'disabled', speaker: 'Ropeway Technicians\' Union', camp: 'A' },
        { file: W, quote: '"No brake on any of our cabins has ever been switched off," the lawyer quoted him as saying.', value: 'never disabled', speaker: 'Matthias Gurtner', camp: 'B' },
        { file: L, quote: 'No brake on any of our cabins has ever been switched off. I will say that to any judge.', value: 'never disabled', speaker: 'Matthias Gurtner', camp: 'B' },
        { file: B, quote: 'said no brake on any cabin had ever been switched off', value: 'never disabled', speaker: 'Matthias Gurtner', camp: 'B' },
        { file: D, quote: 'Kalthornbahn AG has said that no brake was ever disabled.', value: 'never disabled', speaker: 'Kalthornbahn AG', camp: 'B' },
        { file: X, quote: "Matthias Gurtner, the operator's director, says no brake on any cabin was ever switched off.", value: 'never disabled', speaker: 'Matthias Gurtner', camp: 'B' },
      ],
    },
    {
      id: 'inspection', level: 'core', kind: 'polarity',
      summary: 'Whether the line passed its annual inspection in November 2025: passed, according to Kalthornbahn AG, its director Matthias Gurtner and Mayor Cornelia Waldner (repeated by the state-aligned paper); never carried out, according to the Transport Safety Investigation Board (TSIB) and its chief investigator Ines Valtorta, because the operator asked to postpone it to April; the last full inspection dates from October 2024.',
      sides: [
        { file: W, quote: 'Kalthornbahn AG said the line had passed its annual safety inspection in November 2025.', value: 'passed November 2025', speaker: 'Kalthornbahn AG', camp: 'A' },
        { file: L, quote: 'He said the line had “passed its annual inspection in November, like every year”.', value: 'passed', speaker: 'Matthias Gurtner', camp: 'A' },
        { file: L, quote: 'She added that the line had been checked last November “and passed”.', value: 'passed', speaker: 'Cornelia Waldner', camp: 'A' },
        { file: D, quote: 'The Kalthorn line passed its annual inspection in November, Mayor Waldner said', value: 'passed', speaker: 'Cornelia Waldner', camp: 'A' },
        { file: X, quote: 'The operator and Mayor Cornelia Waldner say the line passed its annual inspection in November 2025.', value: 'passed', speaker: 'Kalthornbahn AG', camp: 'A' },
        { file: W, quote: 'said the November inspection had not taken place', value: 'not carried out', speaker: 'Transport Safety Investigation Board', camp: 'B' },
        { file: B, quote: 'had been postponed at the operator’s request and had not been carried out', value: 'not carried out', speaker: 'Transport Safety Investigation Board', camp: 'B' },
        { file: B, quote: 'There is no November report.', value: 'no report', speaker: 'Ines Valtorta', camp: 'B' },
        { file: X, quote: 'says the November inspection never happened', value: 'not carried out', speaker: 'Transport Safety Investigation Board', camp: 'B' },
      ],
    },
    {
      id: 'fall-height', level: 'secondary', kind: 'numeric',
      summary: 'How far the cabin fell: about 40 metres according to the TSIB and Ines Valtorta; about 25 metres according to the operator (Matthias Gurtner; repeated by the state-aligned paper).',
      sides: [
        { file: W, quote: 'The board said the cabin fell about 40 meters.', value: '40 m', speaker: 'Transport Safety Investigation Board', camp: 'A' },
        { file: B, quote: 'She said the cabin had fallen about 40 metres, not the 25 metres given by the company.', value: '40 m', speaker: 'Ines Valtorta', camp: 'A' },
        { file: X, quote: 'About 40 meters, according to the TSIB.', value: '40 m', speaker: 'Transport Safety Investigation Board', camp: 'A' },
        { file: W, quote: 'The company has given a figure of about 25 meters.', value: '25 m', speaker: 'Kalthornbahn AG', camp: 'B' },
        { file: L, quote: 'He said the cabin had fallen “about 25 metres” onto the snow.', value: '25 m', speaker: 'Matthias Gurtner', camp: 'B' },
        { file: D, quote: 'It fell some 25 metres onto a snow slope, the operator said.', value: '25 m', speaker: 'Kalthornbahn AG', camp: 'B' },
        { file: X, quote: 'About 25 meters, according to the operator.', value: '25 m', speaker: 'Kalthornbahn AG', camp: 'B' },
      ],
    },
    {
      id: 'director-arrested', level: 'secondary', kind: 'status',
      summary: 'Whether the operator\'s director Matthias Gurtner is under arrest: arrested on Sunday night and in custody on suspicion of negligent homicide, according to chief prosecutor Sandro Pfister and the prosecutor\'s office; not arrested, a witness who went home the same night, according to his lawyer Petra Hunziker in the state-aligned paper.',
      sides: [
        { file: W, quote: 'was arrested on Sunday night and was being held on suspicion of negligent homicide', value: 'in custody', speaker: 'Sandro Pfister', camp: 'A' },
        { file: W, quote: 'He is in custody, and he will stay in custody while we examine the cabin', value: 'in custody', speaker: 'Sandro Pfister', camp: 'A' },
        { file: X, quote: 'Prosecutors say Gurtner was arrested on Sunday night and is in custody.', value: 'in custody', speaker: 'Sandro Pfister', camp: 'A' },
        { file: X, quote: 'the suspect is in custody.', value: 'in custody', speaker: 'Sandro Pfister', camp: 'A' },
        { file: D, quote: 'has not been arrested, his lawyer told the Gazette on Monday', value: 'not arrested', speaker: 'Petra Hunziker', camp: 'B' },
        { file: D, quote: 'He is at home with his family and at the disposal of the investigators.', value: 'at home', speaker: 'Petra Hunziker', camp: 'B' },
        { file: X, quote: 'told the Osmark Gazette on Monday that he had only given a witness statement and was at home', value: 'at home', speaker: 'Petra Hunziker', camp: 'B' },
      ],
    },
    {
      id: 'fall-time', level: 'secondary', kind: 'temporal',
      summary: 'When the cabin fell: at 11:42, when the operator\'s control system logged the loss of rope tension (data handed to the TSIB; repeated by the state-aligned paper); just after 12:05, according to witnesses on the slope such as Nina Baumli and Alpine Rescue Tirvalia, whose first call came at 12:07.',
      sides: [
        { file: W, quote: "The operator said its control system recorded the cabin's loss of tension at 11:42 a.m.", value: '11:42', speaker: 'Kalthornbahn AG', camp: 'A' },
        { file: D, quote: 'The accident happened at 11:42', value: '11:42', speaker: 'Kalthornbahn AG', camp: 'A' },
        { file: X, quote: 'says its control system logged the loss of rope tension at 11:42 a.m.', value: '11:42', speaker: 'Kalthornbahn AG', camp: 'A' },
        { file: W, quote: 'witnesses on the slope told his teams the cabin had fallen "a minute or two" earlier', value: 'about 12:05', speaker: 'Beat Köhler', camp: 'B' },
        { file: L, quote: 'It was just after five past twelve.', value: 'about 12:05', speaker: 'Nina Baumli', camp: 'B' },
        { file: X, quote: 'says witnesses put the fall just after 12:05 p.m.', value: 'about 12:05', speaker: 'Alpine Rescue Tirvalia', camp: 'B' },
      ],
    },
    {
      id: 'fall-by-itself-quote', level: 'secondary', kind: 'attribution',
      summary: 'The line "A cable car does not fall by itself" is credited to the union secretary Dario Menghini by the wire and to chief prosecutor Sandro Pfister by the state-aligned paper.',
      sides: [
        { file: W, quote: 'the union\'s secretary, Dario Menghini, said in an interview. "A cable car does not fall by itself."', speaker: 'Dario Menghini', camp: 'A' },
        { file: D, quote: '“A cable car does not fall by itself,” Mr Pfister said on Sunday', speaker: 'Sandro Pfister', camp: 'B' },
      ],
    },
    {
      id: 'survivors-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported three survivors flown to hospital (citing the rescue service), then corrected it to five, the figure of Brünegg Hospital (three treated in Brünegg, two flown to Osmark).',
      sides: [
        { file: L, quote: 'Three survivors have been flown to hospital, according to the rescue service.', value: '3', speaker: 'Alpine Rescue Tirvalia', camp: 'A' },
        { file: L, quote: 'Brünegg Hospital now says five people survived the fall', value: '5', speaker: 'Brünegg Hospital', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'rescuers-rounded', kind: 'numeric',
      summary: '87 rescuers (wire) and "Some 90 rescuers" (explainer) are one figure, rounded.',
      sides: [
        { file: W, quote: 'Eighty-seven rescuers, six helicopters and dog teams worked on the mountain on Saturday.', value: '87' },
        { file: X, quote: "Some 90 rescuers took part in Saturday's operation.", value: '~90' },
      ],
    },
    {
      id: 'toll-updated', kind: 'numeric',
      summary: 'Five dead in the early afternoon (police at the scene, in the live blog) and seven on Saturday evening "up from five" (the prosecutor\'s office, in the wire) is a count that rose and is reported as updated.',
      sides: [
        { file: L, quote: 'Five people are dead, police at the scene say.', value: '5 (Saturday afternoon)' },
        { file: W, quote: 'The toll rose to seven on Saturday evening, up from five in the early afternoon', value: '7 (Saturday evening)' },
      ],
    },
    {
      id: 'cabin-vs-line', kind: 'numeric',
      summary: 'The 11 passengers in the fallen cabin and the about 180 people lowered from other cabins on the line are different sets, not rival counts.',
      sides: [
        { file: L, quote: 'About 180 people are still stuck in other cabins along the line', value: '~180 (other cabins)' },
        { file: X, quote: 'The operator counts 11 passengers through the ticket gates.', value: '11 (fallen cabin)' },
      ],
    },
    {
      id: 'nationality-parts', kind: 'numeric',
      summary: 'The two Korsevian dead (the consulate, in the live blog) and "Five of the dead were Tirvalian citizens and two were Korsevian" (the state-aligned paper) are parts of one toll and agree.',
      sides: [
        { file: L, quote: 'The Consulate General of Korsevia in Osmark says two Korsevian citizens are among the dead.', value: '2 (Korsevian dead)' },
        { file: D, quote: 'Five of the dead were Tirvalian citizens and two were Korsevian, according to the authorities.', value: '5 Tirvalian + 2 Korsevian' },
      ],
    },
    {
      id: 'case-synonyms', kind: 'status',
      summary: '"a criminal investigation for negligent homicide" (wire) and "proceedings for manslaughter by negligence" (web story) describe the same step by the prosecutors in different words.',
      sides: [
        { file: W, quote: "The prosecutor's office said it had opened a criminal investigation for negligent homicide.", value: 'investigation opened' },
        { file: B, quote: 'Prosecutors have opened proceedings for manslaughter by negligence', value: 'proceedings opened' },
      ],
    },
    {
      id: 'skiers-about-more-than', kind: 'numeric',
      summary: '"More than 2,000 skiers" (wire) and "About 2,500 skiers" (web story) on the Kalthorn on Saturday, both from the tourist office, are compatible approximations.',
      sides: [
        { file: W, quote: 'More than 2,000 skiers were on the Kalthorn on Saturday, according to the tourist office.', value: '>2,000' },
        { file: B, quote: 'About 2,500 skiers were on the Kalthorn when the cabin fell, the tourist office said.', value: '~2,500' },
      ],
    },
    {
      id: 'grisel-2011', kind: 'numeric',
      summary: 'The three skiers killed in a chairlift accident at Grisel in 2011 belong to another, earlier accident, not a rival figure for this toll.',
      sides: [
        { file: W, quote: 'In 2011, a chairlift accident at Grisel killed three skiers.', value: '3 (Grisel, 2011)' },
        { file: W, quote: 'killing seven people', value: '7 (Kalthorn, 2026)' },
      ],
    },
  ],
};
