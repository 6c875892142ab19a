// Hand-written gold source for the seizure of the container ship Marlow Crest in the Tavrin
// Strait (invented event, Vessaria, May 2026). build-gold.mjs turns it into ../gold/ship-seizure.json.
// Three files imitate text scraped from news websites (.txt: the headline twice, site
// boilerplate, bylines, "Updated" lines, captions with photo credits, "Read more" lines and, in
// the explainer, footnote markers with a numbered source list); two are Markdown (the web story
// with a `# Headline` and a byline line, the state-aligned paper with YAML front matter). Site
// names, navigation bars, bylines, date and "Updated" lines, "Share this article",
// "Advertisement", "Read more" lines, the wire's "(Adds ...)" and "(Reporting by ...)" lines,
// the source list and the author's bio are metadata (meta: 1-based line numbers); headlines,
// standfirsts and captions with their credits are counted text.
const W = '000_c9b3a0ab7efc6d9c.txt'; // Kedge wire, UPDATE 2 (Thursday 14 May), US style, straight quotes, writes Orliuk and Bluekeel
const L = '001_ba2c88a45af226ce.txt'; // The Castrelle Signal live blog, newest first (Thursday 07:10 to 22:30), UK style, curly quotes
const N = '002_3336fe3a5a6aeeeb.md'; // LMK News web story from the flag state (Friday 15 May), # Headline and byline line, UK style, writes Kastrelle
const T = '003_89d114baefe4df3d.md'; // state-aligned Vessarian Altmora Tribune (Saturday 16 May), YAML front matter, curly quotes
const X = '004_9fde4c862eb6ff93.txt'; // The Windlass explainer in questions with footnotes (Sunday 17 May), US style, straight quotes, writes Orliuk

export default {
  corpus: 'ship-seizure',
  note: 'Invented event written for the project: before dawn on Thursday 14 May 2026 the coast guard of the fictional country of Vessaria (capital Altmora) boards the container ship Marlow Crest, flagged in Lunmark (capital Haddersby) and operated by Blue Keel Shipping (Bluekeel in the wire), in the Tavrin Strait, which both Vessaria and its neighbour Kaldonia (capital Valmiro) claim; the ship, bound from Haddersby for the Kaldonian port of Dubrask, is taken to the Vessarian port of Castrelle (Kastrelle in the LMK News story) and its crew held aboard. The five files have random names: the Kedge wire (Thursday, 000), The Castrelle Signal live blog (Thursday, 001), the LMK News web story from the flag state (Friday, 002), the state-aligned Altmora Tribune (Saturday, 003) and The Windlass explainer with a source list (Sunday, 004). The Vessarian Coast Guard (Vessarian Coastguard in the UK-style outlets), its commander Rear Admiral Ilario Massot and spokeswoman Lieutenant Commander Nerina Talvo, the Ministry of Foreign Affairs, Foreign Minister Livia Ombrecht and spokesman Emil Castagne, State Prosecutor Matteo Grisan, Prime Minister Aurelio Danzi, Kaldonia\'s Minister of External Relations Bohdana Kurelya and the Kaldonian Navy, the Embassy of Lunmark and Ambassador Tove Ringdahl, the operator and its spokeswoman Marit Ellgaard, the captain Stanislav Orlyuk (Orliuk in the wire and the explainer) and his lawyer Elena Stoyka, the United Seafarers\' Union and Ines Dahlqvist, the International Sea Lanes Organization (ISLO) and Joren Valk, the maritime-law professor Sigrun Eskeland and a sailor\'s wife disagree about the crew held (21 vs 24), whether the ship was in Vessarian waters or in Kaldonian/international waters, whether warning shots were fired, whether the cargo included military equipment, the time of the boarding (05:40 vs the 03:55 alarm), whether the captain has been charged, whether Lunmark\'s consul has seen the crew, and who said "Our waters are not a corridor for anyone\'s weapons" (Massot in the wire, Ombrecht in the state-aligned paper); the live blog corrects its own count of escorting patrol vessels (four, then two and a helicopter). The containers opened rising from 38 to 112 is an update; 1,812 and "about 1,800" containers are one figure rounded; 21 crew and two private security guards are different sets; nine Kaldonian sailors are part of the 24 on the crew list; "held on board" and "detained aboard" are synonyms; "more than 200 km" and "about 210 kilometers" for the strait agree; the 18 crew held for five weeks in 2023 belong to an earlier incident. The ship\'s name (Marlow Crest) is in ignore.',
  files: [W, L, N, T, X],
  meta: {
    [W]: [1, 2, 3, 5, 6, 7, 16, 54, 56, 57, 58],
    [L]: [1, 2, 3, 4, 10, 11, 39, 58, 60],
    [N]: [3],
    [T]: [],
    [X]: [1, 2, 3, 11, 12, 13, 15, 41, 63, 64, 65, 66, 67, 68, 69, 71],
  },

  actors: [
    // places
    { id: 'vessaria', name: 'Vessaria', type: 'place', forms: ['Vessaria'], note: 'the country that seized the ship, also in the wire\'s dateline; "Vessarian" is a demonym; "Vessarian Coast Guard" is a nested name' },
    { id: 'kaldonia', name: 'Kaldonia', type: 'place', forms: ['Kaldonia'], note: 'the neighbouring country that also claims the strait; "Kaldonian" is a demonym; "Kaldonian Navy" is a nested name' },
    { id: 'lunmark', name: 'Lunmark', type: 'place', forms: ['Lunmark'], note: 'the flag state; "Lunmark-flagged" is glued (ignore); "Embassy of Lunmark" is a nested name; "the Lunmark flag" and "the Lunmark port of Haddersby" are mentions; "Lunmarkers" is a demonym' },
    { id: 'altmora', name: 'Altmora', type: 'place', forms: ['Altmora'], note: 'the Vessarian capital; "Altmora has not recalled him" (the capital for the government) stays a place; "Altmora Tribune" is a nested name' },
    { id: 'valmiro', name: 'Valmiro', type: 'place', forms: ['Valmiro'], note: 'the Kaldonian capital' },
    { id: 'castrelle', name: 'Castrelle', type: 'place', forms: ['Castrelle', 'Kastrelle', 'CASTRELLE'], note: 'the Vessarian port where the ship is held; LMK News writes Kastrelle; the wire\'s dateline is capitalized; "The Castrelle Signal" is a nested name' },
    { id: 'haddersby', name: 'Haddersby', type: 'place', forms: ['Haddersby'], note: 'the port and capital of Lunmark, home of the operator; "the government in Haddersby" is nominal except the city name' },
    { id: 'dubrask', name: 'Dubrask', type: 'place', forms: ['Dubrask'], note: 'the Kaldonian port the ship was bound for' },
    { id: 'tavrin', name: 'Tavrin Strait', type: 'place', forms: ['Tavrin Strait'], note: 'the disputed strait; "the strait" is nominal' },
    { id: 'cape-serrit', name: 'Cape Serrit', type: 'place', forms: ['Cape Serrit'], note: 'the Vessarian headland off which Vessaria places the boarding' },
    // organizations
    { id: 'coast-guard', name: 'Vessarian Coast Guard', type: 'organization', forms: ['Vessarian Coast Guard', 'Vessarian Coastguard'], note: 'the UK-style outlets write Coastguard; lowercase "coast guard"/"coastguard" and the capitalized "Coast guard"/"Coastguard" opening a sentence or a headline without "Vessarian" are nominal' },
    { id: 'mfa', name: 'Ministry of Foreign Affairs', type: 'organization', forms: ['Ministry of Foreign Affairs', 'Foreign Ministry'], note: 'the Vessarian ministry; "Foreign Minister" before a name is a title; "the ministry" is nominal' },
    { id: 'mer', name: 'Ministry of External Relations', type: 'organization', forms: ['Ministry of External Relations'], note: 'the Kaldonian ministry; "Minister of External Relations" before a name is a title; "her ministry" and "the Kaldonian ministry" are nominal' },
    { id: 'kaldonian-navy', name: 'Kaldonian Navy', type: 'organization', forms: ['Kaldonian Navy'] },
    { id: 'embassy', name: 'Embassy of Lunmark', type: 'organization', forms: ['Embassy of Lunmark'], note: 'the flag state\'s embassy in Altmora ("in Altmora" is a separate place mention); "the embassy" and "embassy staff" are nominal; its name in the explainer\'s source list is metadata' },
    { id: 'bluekeel', name: 'Blue Keel Shipping', type: 'organization', forms: ['Blue Keel Shipping', 'Blue Keel', 'Bluekeel Shipping', 'Bluekeel'], note: 'the operator, based in Haddersby; the wire writes Bluekeel; "the company" and "the ship\'s operator" are nominal' },
    { id: 'islo', name: 'International Sea Lanes Organization', type: 'organization', forms: ['International Sea Lanes Organization', 'ISLO'], note: 'the intergovernmental maritime body, defined as (ISLO) in the wire, the web story and the explainer; "the organization" is nominal' },
    { id: 'union', name: "United Seafarers' Union", type: 'organization', forms: ["United Seafarers' Union", 'United Seafarers’ Union'], note: 'the seafarers\' union representing some of the crew' },
    { id: 'marensholt', name: 'University of Marensholt', type: 'organization', forms: ['University of Marensholt'], note: 'Professor Eskeland\'s university' },
    { id: 'kedge', name: 'Kedge', type: 'organization', forms: ['Kedge'], note: 'the wire agency: the dateline "(Kedge)", "Kedge could not independently verify" and the photo credits "Sandor Vekh/Kedge" are mentions; its site-name line and its name in the explainer\'s source list are metadata' },
    { id: 'signal', name: 'The Castrelle Signal', type: 'organization', forms: ['The Castrelle Signal', 'Signal'], note: 'the local paper running the live blog; "tells the Signal" and "told the Signal" are spanned without the article; the photo credit "Lucia Ferro/The Castrelle Signal" is a mention; its site-name line is metadata' },
    { id: 'lmk', name: 'LMK News', type: 'organization', forms: ['LMK News', 'LMK'], note: 'the Lunmark broadcaster, named in its own text ("told LMK News", "LMK\'s questions"); its byline line is metadata' },
    { id: 'tribune', name: 'Altmora Tribune', type: 'organization', forms: ['Altmora Tribune'], note: 'the state-aligned paper, named in counted text only by the explainer; its front matter is metadata' },
    { id: 'windlass', name: 'The Windlass', type: 'organization', forms: ['The Windlass'], note: 'the explainer site, which names itself in the text ("told The Windlass"); its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'talvo', name: 'Nerina Talvo', type: 'person', forms: ['Nerina Talvo', 'Talvo'], note: 'Lieutenant Commander (a title), spokeswoman of the Vessarian Coast Guard' },
    { id: 'massot', name: 'Ilario Massot', type: 'person', forms: ['Ilario Massot', 'Massot'], note: 'Rear Admiral (a title), commander of the Vessarian Coast Guard' },
    { id: 'ombrecht', name: 'Livia Ombrecht', type: 'person', forms: ['Livia Ombrecht', 'Ombrecht'], note: 'Vessarian Foreign Minister ("Minister Ombrecht": the title is outside)' },
    { id: 'castagne', name: 'Emil Castagne', type: 'person', forms: ['Emil Castagne', 'Castagne'], note: 'Foreign Ministry spokesman ("Mr Castagne": the title is outside)' },
    { id: 'grisan', name: 'Matteo Grisan', type: 'person', forms: ['Matteo Grisan'], note: 'State Prosecutor (a title); "the prosecutor" is nominal' },
    { id: 'danzi', name: 'Aurelio Danzi', type: 'person', forms: ['Aurelio Danzi'], note: 'Vessarian Prime Minister (a title)' },
    { id: 'orlyuk', name: 'Stanislav Orlyuk', type: 'person', forms: ['Stanislav Orlyuk', 'Stanislav Orliuk', 'Orlyuk', 'Orliuk'], note: 'the ship\'s master, a Kaldonian ("Captain" is a title); the wire and the explainer write Orliuk; "the master" and "the captain" are nominal' },
    { id: 'stoyka', name: 'Elena Stoyka', type: 'person', forms: ['Elena Stoyka'], note: 'the captain\'s lawyer' },
    { id: 'ellgaard', name: 'Marit Ellgaard', type: 'person', forms: ['Marit Ellgaard', 'Ellgaard'], note: 'spokeswoman of Blue Keel Shipping' },
    { id: 'kurelya', name: 'Bohdana Kurelya', type: 'person', forms: ['Bohdana Kurelya', 'Kurelya'], note: 'Kaldonia\'s Minister of External Relations' },
    { id: 'ringdahl', name: 'Tove Ringdahl', type: 'person', forms: ['Tove Ringdahl'], note: 'Lunmark\'s ambassador to Vessaria ("Ambassador" is a title); "the ambassador" is nominal' },
    { id: 'dahlqvist', name: 'Ines Dahlqvist', type: 'person', forms: ['Ines Dahlqvist'], note: 'general secretary of the United Seafarers\' Union' },
    { id: 'eskeland', name: 'Sigrun Eskeland', type: 'person', forms: ['Sigrun Eskeland', 'Eskeland'], note: 'law-of-the-sea specialist at the University of Marensholt ("Professor" is a title)' },
    { id: 'valk', name: 'Joren Valk', type: 'person', forms: ['Joren Valk'], note: 'Secretary-General of ISLO (a title)' },
    { id: 'menko', name: 'Daria Menko', type: 'person', forms: ['Daria Menko'], note: 'wife of the ship\'s second officer' },
    { id: 'voltan', name: 'Renata Voltan', type: 'person', forms: ['Renata Voltan'], note: 'a Castrelle resident quoted by the state-aligned paper' },
    { id: 'vekh', name: 'Sandor Vekh', type: 'person', forms: ['Sandor Vekh'], note: 'Kedge photographer credited in captions' },
    { id: 'ferro', name: 'Lucia Ferro', type: 'person', forms: ['Lucia Ferro'], note: 'Castrelle Signal photographer credited in a caption' },
  ],

  nominals: [
    { pattern: '\\bMarlow Crest\\b', why: "a ship's name: not a person, organization or place" },
    { pattern: '\\b(?:[Tt]he |[Aa] |[Ii]ts )?(?:(?:Vessarian|foreign) )?coast ?guard\\b', why: 'nominal reference to the Vessarian Coast Guard (lowercase "coast guard"/"coastguard")' },
    { pattern: '(?<!Vessarian )\\bCoast ?guard\\b', why: 'nominal reference to the Vessarian Coast Guard (capitalized only at the start of a sentence, bullet or headline)' },
    { pattern: '\\b(?:[Tt]he |[Hh]er |[Ii]ts )(?:(?:Kaldonian|Vessarian) )?(?:ministry|navy)\\b', why: 'nominal reference to a named ministry (lowercase)' },
    { pattern: '\\b(?:[Tt]he )?embassy\\b', why: 'nominal reference to the Embassy of Lunmark (lowercase)' },
    { pattern: "\\b[Tt]he (?:company|operator|organization|government|prosecutor|captain|minister|master|strait|port authority)\\b", why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: "\\b[Tt]he ship['’]s (?:operator|master)\\b", why: 'nominal reference to Blue Keel Shipping or to the captain (lowercase)' },
    { pattern: '\\b[Ii]ts (?:operator|master)\\b', why: 'nominal reference to Blue Keel Shipping or to the captain (lowercase)' },
    { pattern: '\\b(?:whole |disputed )?strait\\b', why: 'nominal reference to the Tavrin Strait (lowercase)' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the (unnamed) prosecutors' },
    { pattern: '\\b(?:[Tt]he (?:Vessarian )?|[Ii]ts )?ambassador\\b', why: 'a title without a name (lowercase)' },
    { pattern: "\\bforeign minister\\b", why: 'a title without a name (lowercase)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Nerina Talvo', cue: 'Talvo said', quote: 'The vessel was stopped lawfully, in our waters, by officers doing their jobs' },
    { file: W, speaker: 'Ilario Massot', cue: 'Massot told reporters at the quayside in Castrelle', quote: "Our waters are not a corridor for anyone's weapons" },
    { file: W, speaker: 'Marit Ellgaard', cue: 'said by telephone', quote: 'The manifest lists machinery, textiles and household goods, and every container was declared.' },
    { file: W, speaker: 'Bohdana Kurelya', cue: 'Kurelya said in a televised statement', quote: 'We will not accept that they are treated as hostages by a neighbor that wants to rewrite the map.' },
    { file: L, speaker: 'Ines Dahlqvist', cue: 'she said', quote: 'They heard the shots, they saw the splashes. These are not men who make things up' },
    { file: L, speaker: 'Nerina Talvo', cue: 'she said', quote: 'The crew did not resist, and nobody was hurt.' },
    { file: L, speaker: 'Sigrun Eskeland', cue: 'she said', quote: 'A coastal state can stop a ship in transit only in narrow cases' },
    { file: N, speaker: 'Tove Ringdahl', cue: 'she said', quote: 'We have not been allowed to see a single member of the crew' },
    { file: N, speaker: 'Marit Ellgaard', cue: 'said Marit Ellgaard', quote: 'If they have counted 21, then we want to know where the other three are' },
    { file: N, speaker: 'Daria Menko', cue: 'she said, holding her phone', quote: 'He said it was dark, that there were lights everywhere, and then nothing' },
    { file: N, speaker: 'Joren Valk', cue: 'he said', quote: 'The facts of where a ship was are not a matter of opinion' },
    { file: T, speaker: 'Livia Ombrecht', cue: 'Minister Ombrecht told a press conference', quote: 'Any ship that enters them will respect our laws, whatever flag it flies.' },
    { file: T, speaker: 'Ilario Massot', cue: 'he added', quote: 'Our officers went aboard with a ladder and a loudhailer' },
    { file: T, speaker: 'Emil Castagne', cue: 'he said', quote: 'The door has been open from the first day. We have nothing to hide from Lunmark, and Lunmark knows it.' },
    { file: X, speaker: 'Sigrun Eskeland', cue: 'Eskeland told The Windlass', quote: 'Was this ship passing through, or was it doing something else?' },
  ],

  contradictions: [
    {
      id: 'crew-held', level: 'core', kind: 'numeric',
      summary: 'How many crew members are held: the Vessarian Coast Guard (spokeswoman Nerina Talvo) and Vessarian officials say 21; the operator Blue Keel Shipping says 24 were aboard and all are held, and its crew list has 24 names.',
      sides: [
        { file: W, quote: 'She put the number of crew at 21.', value: '21', speaker: 'Nerina Talvo', camp: 'A' },
        { file: L, quote: 'According to the Vessarian Coastguard, 21 crew members are being held on board.', value: '21', speaker: 'Vessarian Coast Guard', camp: 'A' },
        { file: L, quote: 'She said 21 crew were on board', value: '21', speaker: 'Nerina Talvo', camp: 'A' },
        { file: N, quote: 'Vessarian officials have said since Thursday that 21 crew members are being held', value: '21', speaker: 'Vessarian officials', camp: 'A' },
        { file: T, quote: 'The 21 crew members remain on board the vessel at the container terminal in Castrelle', value: '21', speaker: 'Vessarian Coast Guard', camp: 'A' },
        { file: X, quote: 'Vessarian officials have consistently said 21.', value: '21', speaker: 'Vessarian officials', camp: 'A' },
        { file: W, quote: 'the Marlow Crest had 24 crew on board', value: '24', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: L, quote: 'says there were 24 crew members aboard', value: '24', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: N, quote: 'It contains 24 names, from six countries.', value: '24', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: N, quote: 'Blue Keel says all 24 seafarers are still on the ship.', value: '24', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: X, quote: 'The crew list Blue Keel has published has 24 names.', value: '24', speaker: 'Blue Keel Shipping', camp: 'B' },
      ],
    },
    {
      id: 'waters', level: 'core', kind: 'polarity',
      summary: 'Whether the ship was in Vessarian waters when boarded: the Vessarian Coast Guard, Foreign Minister Livia Ombrecht and the state-aligned paper say it was about nine nautical miles off Cape Serrit, inside Vessarian territorial waters; Blue Keel Shipping says its tracking data put it about 22 nautical miles out, in international waters in the shipping lane, and Kaldonia (Minister Bohdana Kurelya) says it was in Kaldonian waters.',
      sides: [
        { file: W, quote: 'about nine nautical miles off Cape Serrit, inside Vessarian territorial waters', speaker: 'Nerina Talvo', camp: 'A' },
        { file: L, quote: 'about nine nautical miles off Cape Serrit, “well inside Vessarian territorial waters”', speaker: 'Nerina Talvo', camp: 'A' },
        { file: N, quote: 'Vessaria says the Marlow Crest was about nine nautical miles off its coast, inside its territorial waters.', speaker: 'Vessaria', camp: 'A' },
        { file: T, quote: 'when it stopped the container ship Marlow Crest in Vessarian territorial waters on Thursday', speaker: 'Livia Ombrecht', camp: 'A' },
        { file: T, quote: 'nine nautical miles off Cape Serrit, well within the twelve-mile limit', speaker: 'Vessarian Coast Guard', camp: 'A' },
        { file: X, quote: 'Vessaria says the ship was about nine nautical miles off Cape Serrit, inside its territorial waters.', speaker: 'Vessaria', camp: 'A' },
        { file: W, quote: 'was sailing in international waters, inside the recognized shipping lane, when it was approached', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: W, quote: 'said the ship had been seized in Kaldonian waters', speaker: 'Bohdana Kurelya', camp: 'B' },
        { file: L, quote: 'the Marlow Crest was seized “in Kaldonian waters, by a foreign coastguard, for political reasons”', speaker: 'Bohdana Kurelya', camp: 'B' },
        { file: L, quote: 'the ship was in international waters, in the shipping lane, when it was stopped', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: N, quote: 'Blue Keel says its tracking data put the ship in the recognised traffic lane, about 22 nautical miles out, in international waters.', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: N, quote: 'Kaldonia, which claims the whole strait, says the ship was in Kaldonian waters when it was stopped.', speaker: 'Kaldonia', camp: 'B' },
        { file: T, quote: 'the assertion by Kaldonia that the ship was seized in Kaldonian waters', speaker: 'Kaldonia', camp: 'B' },
        { file: X, quote: 'Blue Keel says its tracking data put the ship about 22 nautical miles out, in the international traffic lane.', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: X, quote: "Kaldonia's Ministry of External Relations says the ship was in Kaldonian waters.", speaker: 'Ministry of External Relations', camp: 'B' },
      ],
    },
    {
      id: 'military-cargo', level: 'core', kind: 'polarity',
      summary: 'Whether the cargo included military equipment: the Vessarian Coast Guard (Rear Admiral Ilario Massot) says inspectors found drone components and armoured-vehicle parts bound for Dubrask; Blue Keel Shipping says there is no military equipment on the ship and every container was declared.',
      sides: [
        { file: W, quote: 'inspectors had found components for military drones and parts for armored vehicles in at least six containers', speaker: 'Ilario Massot', camp: 'A' },
        { file: L, quote: 'found what he called “components for military drones” and armoured-vehicle parts', speaker: 'Ilario Massot', camp: 'A' },
        { file: N, quote: 'Vessarian officials also say the cargo included drone components and parts for armoured vehicles.', speaker: 'Vessarian officials', camp: 'A' },
        { file: T, quote: 'had found drone components, guidance units and armoured-vehicle parts in eleven of them', speaker: 'Vessarian Coast Guard', camp: 'A' },
        { file: X, quote: 'Vessaria says inspectors have found drone components, guidance units and armored-vehicle parts in 11 of the 112 containers opened so far', speaker: 'Vessaria', camp: 'A' },
        { file: W, quote: 'There is no military equipment on the Marlow Crest. None,', speaker: 'Marit Ellgaard', camp: 'B' },
        { file: L, quote: '“There is no military equipment on board,” the company says.', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: N, quote: 'Blue Keel denies that the ship carried any military equipment.', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: X, quote: 'Blue Keel says there was no military equipment of any kind aboard', speaker: 'Blue Keel Shipping', camp: 'B' },
      ],
    },
    {
      id: 'warning-shots', level: 'secondary', kind: 'polarity',
      summary: 'Whether shots were fired: Blue Keel Shipping (from the master\'s satellite-phone report) and the United Seafarers\' Union say a patrol boat fired warning shots across the bow before the boarding; the Vessarian Coast Guard (Talvo, Massot) and the Foreign Ministry say no shots were fired.',
      sides: [
        { file: W, quote: 'the master reported by satellite phone that a patrol boat had fired warning shots across the bow', speaker: 'Blue Keel Shipping', camp: 'A' },
        { file: L, quote: 'families have been told by the sailors that shots were fired before the boarding', speaker: 'Ines Dahlqvist', camp: 'A' },
        { file: L, quote: 'and that the master reported warning shots', speaker: 'Blue Keel Shipping', camp: 'A' },
        { file: N, quote: 'a patrol boat fired warning shots across the bow before officers climbed aboard', speaker: 'Marit Ellgaard', camp: 'A' },
        { file: X, quote: 'say a patrol boat fired warning shots across the bow before the boarding', speaker: 'Blue Keel Shipping', camp: 'A' },
        { file: W, quote: 'No shots were fired. None were needed.', speaker: 'Nerina Talvo', camp: 'B' },
        { file: L, quote: '“No shots were fired,” she said.', speaker: 'Nerina Talvo', camp: 'B' },
        { file: N, quote: 'Vessaria says no shots were fired.', speaker: 'Vessaria', camp: 'B' },
        { file: T, quote: '“Not a single shot was fired,” Rear Admiral Massot said.', speaker: 'Ilario Massot', camp: 'B' },
        { file: T, quote: 'A story about gunfire makes a good headline abroad,” he said. “It did not happen.', speaker: 'Emil Castagne', camp: 'B' },
        { file: X, quote: 'The coast guard says no shots were fired', speaker: 'Vessarian Coast Guard', camp: 'B' },
      ],
    },
    {
      id: 'boarding-time', level: 'secondary', kind: 'temporal',
      summary: 'When the ship was boarded: the Vessarian Coast Guard says at 05:40; Blue Keel Shipping says the ship\'s security alarm was triggered at 03:55, and LMK News has seen the alarm log showing 03:55.',
      sides: [
        { file: W, quote: 'the ship was boarded at 05:40 local time (0240 GMT)', value: '05:40', speaker: 'Nerina Talvo', camp: 'A' },
        { file: L, quote: 'She said the ship was boarded at 05:40', value: '05:40', speaker: 'Nerina Talvo', camp: 'A' },
        { file: N, quote: 'The coastguard has said its officers went aboard at 05:40.', value: '05:40', speaker: 'Vessarian Coast Guard', camp: 'A' },
        { file: T, quote: 'the vessel was boarded at 05:40 on Thursday', value: '05:40', speaker: 'Vessarian Coast Guard', camp: 'A' },
        { file: X, quote: 'The coast guard says its officers went aboard at 05:40.', value: '05:40', speaker: 'Vessarian Coast Guard', camp: 'A' },
        { file: W, quote: "The ship's security alarm was triggered at 03:55, nearly two hours before the time the coast guard gives", value: '03:55', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: L, quote: 'It says the ship’s security alarm went off at 03:55, not at 05:40', value: '03:55', speaker: 'Blue Keel Shipping', camp: 'B' },
        { file: N, quote: 'which shows the security alert at 03:55 local time', value: '03:55', speaker: 'LMK News', camp: 'B' },
        { file: X, quote: "Blue Keel says the ship's security alarm was triggered at 03:55", value: '03:55', speaker: 'Blue Keel Shipping', camp: 'B' },
      ],
    },
    {
      id: 'captain-charged', level: 'secondary', kind: 'status',
      summary: 'Whether the captain has been charged: State Prosecutor Matteo Grisan says Stanislav Orlyuk (Orliuk) was charged on Friday with smuggling military goods and unlawful navigation; his lawyer Elena Stoyka says he was questioned as a witness and has not been charged with anything.',
      sides: [
        { file: T, quote: 'had been charged with smuggling military goods and with unlawful navigation in Vessarian territorial waters', speaker: 'Matteo Grisan', camp: 'A' },
        { file: X, quote: 'the master, Stanislav Orliuk, had been charged with smuggling military goods', speaker: 'Matteo Grisan', camp: 'A' },
        { file: N, quote: 'he had been questioned as a witness and had not been charged with any offence', speaker: 'Elena Stoyka', camp: 'B' },
        { file: N, quote: "Nobody has shown me a charge sheet, because there isn't one", speaker: 'Elena Stoyka', camp: 'B' },
        { file: X, quote: 'her client had been questioned, not charged', speaker: 'Elena Stoyka', camp: 'B' },
        { file: X, quote: 'He has not been charged with anything', speaker: 'Elena Stoyka', camp: 'B' },
      ],
    },
    {
      id: 'consular-access', level: 'secondary', kind: 'polarity',
      summary: 'Whether Lunmark\'s consul has seen the crew: Foreign Ministry spokesman Emil Castagne says Lunmark\'s consular officials visited the crew on Friday afternoon and that claims of diplomats being kept away are untrue; the Embassy of Lunmark and Ambassador Tove Ringdahl say the consul was turned away (twice on Friday, three times by Saturday) and has not seen a single sailor.',
      sides: [
        { file: T, quote: 'Consular officials from Lunmark visited the crew aboard the vessel on Friday afternoon', speaker: 'Emil Castagne', camp: 'A' },
        { file: T, quote: 'Claims in some foreign media that diplomats had been kept away from the sailors were “simply untrue”', speaker: 'Emil Castagne', camp: 'A' },
        { file: X, quote: "Emil Castagne said Lunmark's consular officials visited the crew on Friday afternoon", speaker: 'Emil Castagne', camp: 'A' },
        { file: N, quote: 'had been refused entry both times', speaker: 'Tove Ringdahl', camp: 'B' },
        { file: N, quote: 'We have not been allowed to see a single member of the crew', speaker: 'Tove Ringdahl', camp: 'B' },
        { file: X, quote: 'her consul had been turned away three times and had "not seen a single sailor."', speaker: 'Tove Ringdahl', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "Our waters are not a corridor for anyone\'s weapons": the wire credits Rear Admiral Ilario Massot, commander of the Vessarian Coast Guard, speaking on the quay in Castrelle on Thursday; the state-aligned Altmora Tribune credits Foreign Minister Livia Ombrecht, at a press conference at the Ministry of Foreign Affairs on Friday.',
      sides: [
        { file: W, quote: '"Our waters are not a corridor for anyone\'s weapons," Massot told reporters at the quayside in Castrelle.', speaker: 'Kedge', camp: 'A' },
        { file: T, quote: '“Our waters are not a corridor for anyone’s weapons,” Minister Ombrecht told a press conference', speaker: 'Altmora Tribune', camp: 'B' },
      ],
    },
    {
      id: 'escort-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that four Vessarian patrol vessels were escorting the ship, then corrected itself: two patrol vessels and a helicopter took part, as the coast guard and the wire say.',
      sides: [
        { file: L, quote: 'Four Vessarian patrol vessels are escorting the Marlow Crest north towards Castrelle', value: '4', speaker: 'The Castrelle Signal', camp: 'A' },
        { file: L, quote: 'The coastguard says two patrol vessels and a helicopter took part in the operation, and we were wrong to say four.', value: '2', speaker: 'The Castrelle Signal', camp: 'B' },
        { file: W, quote: 'by two coast guard patrol vessels and a helicopter', value: '2', speaker: 'Kedge', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'containers-opened-rise', kind: 'numeric',
      summary: 'Containers opened by inspectors rose from 38 (Friday morning) to 112 (Saturday morning), and the state-aligned paper says so: an update, not a contradiction.',
      sides: [
        { file: N, quote: 'Inspectors had opened 38 containers by Friday morning', value: '38 (Fri)' },
        { file: T, quote: 'By Saturday morning inspectors had opened 112 containers, up from 38 on Friday', value: '112 (Sat)' },
      ],
    },
    {
      id: 'cargo-rounding', kind: 'numeric',
      summary: 'A ship "carrying 1,812 containers" (wire) and "about 1,800 containers" (explainer) is one figure, rounded.',
      sides: [
        { file: W, quote: 'a Lunmark-flagged ship carrying 1,812 containers', value: '1812' },
        { file: X, quote: 'which was carrying about 1,800 containers', value: '~1800' },
      ],
    },
    {
      id: 'guards-vs-crew', kind: 'numeric',
      summary: 'The two private security guards held ashore are not crew members: a different set from the 21 crew held on board.',
      sides: [
        { file: T, quote: 'Two armed guards employed by a private security company, who are not members of the crew, are being held separately ashore.', value: '2 guards' },
        { file: L, quote: 'According to the Vessarian Coastguard, 21 crew members are being held on board.', value: '21 crew' },
      ],
    },
    {
      id: 'kaldonians-part-of-crew', kind: 'numeric',
      summary: 'The nine Kaldonian citizens among the sailors (Kurelya) are part of the 24 names on the crew list.',
      sides: [
        { file: W, quote: 'Nine of our citizens are among the sailors on that ship', value: '9 Kaldonians' },
        { file: N, quote: 'It contains 24 names, from six countries.', value: '24 (all crew)' },
      ],
    },
    {
      id: 'held-detained-synonyms', kind: 'status',
      summary: 'The crew "held on board" (wire) and "detained aboard the ship" (web story) are the same state in different words.',
      sides: [
        { file: W, quote: 'Its crew are being held on board under armed guard, officials said.', value: 'held on board' },
        { file: N, quote: 'The sailors remain detained aboard the ship at the quay', value: 'detained aboard' },
      ],
    },
    {
      id: 'strait-length', kind: 'numeric',
      summary: 'The Tavrin Strait as "more than 200 km (125 miles) long" (wire) and "about 210 kilometers long" (explainer): compatible approximations.',
      sides: [
        { file: W, quote: 'The Tavrin Strait, more than 200 km (125 miles) long', value: '>200 km' },
        { file: X, quote: 'The strait, about 210 kilometers long', value: '~210 km' },
      ],
    },
    {
      id: 'earlier-incident', kind: 'numeric',
      summary: 'The 18 crew held for five weeks belong to a Kaldonian trawler detained in 2023, not to the Marlow Crest (21 by the Vessarian count).',
      sides: [
        { file: X, quote: 'held its 18 crew for five weeks before releasing them without charge', value: '18 (2023)' },
        { file: W, quote: 'She put the number of crew at 21.', value: '21 (2026)' },
      ],
    },
  ],
};
