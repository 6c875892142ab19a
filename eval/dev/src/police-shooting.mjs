// Hand-written gold source for the police shooting in Pradova and the riots that followed
// (invented event, Quarnesia, June 2026). build-gold.mjs turns it into ../gold/police-shooting.json.
// The five articles imitate Markdown pages converted from news websites: random file names
// (the outlet is not in the name), no front matter, a `# Headline` (some with an italic
// standfirst), breadcrumb lines of links, images as ![alt](url) with a caption line and a
// photo credit, bylines, "Published ... · Updated ..." lines, bullet lists, ## subheadings,
// blockquotes, inline links and site furniture. Breadcrumbs, bylines, date lines, "Share this
// article", "Advertisement", "Read more" and newsletter lines (and the wire's reporting line)
// are metadata (meta: 1-based line numbers); headlines, standfirsts, image alt texts, captions
// and credits are counted text. Link URLs are not text: they are in ignore (a nominal pattern).
const W = '000_b82ed765029de813.md'; // Lanyard wire (Wednesday 3 June), US style, straight quotes
const L = '001_2c92d8e169f49782.md'; // Lorvenne Crier live blog (Tuesday 2 June evening to 01:50 Wednesday)
const Q = '002_308d8cd5ae445c2a.md'; // QBS News web story (Wednesday 3 June)
const X = '003_7a8e0f6c96100c9c.md'; // The Fulcrum explainer, Q&A (Friday 5 June); names itself only in metadata
const V = '004_e4a809f9c4595561.md'; // state-aligned The Quarnesian Vanguard (Thursday 4 June)

export default {
  corpus: 'police-shooting',
  note: 'Invented event written for the project: on the evening of Monday 1 June 2026 Sgt Tobin Fjell, 38, a traffic officer of Lorvenne City Police (LCP) in the fictional country of Quarnesia (capital Belvatra), shoots Idris Mahrouf (Mahruf in the wire), 17, at a traffic stop on Harkness Avenue in Pradova, a district of tower blocks in the north of Lorvenne; the boy dies at Lorvenne North Hospital, a delivery rider, Dario Lenk, films the shooting on his phone, and two nights of riots follow in Pradova (Fenwick Road) and spread to Dunhallow and other towns; on Tuesday evening a vigil is held outside the family\'s block, Wexley Towers, where the mother Soraya Mahrouf (Mahruf) speaks. The five files have random names and no front matter: the Lanyard wire (000, names the officer only as "Tobin F."), the Lorvenne Crier live blog with ### time stamps, newest first (001), the QBS News web story (002), The Fulcrum explainer in questions and answers (003) and the state-aligned The Quarnesian Vanguard (004). The police and Chief Commissioner Maud Ellery, the Police Officers\' Federation and its leader Bertil Sønderby (Sonderby in the wire and the explainer), the Lorvenne Prosecutor\'s Office and Public Prosecutor Margit Solander, the Police Conduct Inspectorate (PCI) and Inspector General Hester Wynand, Internal Affairs Minister Pavol Drach and his ministry, the family\'s lawyer Armand Tolliver, the witness, the Haldane Rights Centre, the fire service and the state-aligned paper disagree about whether the car drove at the officer or was driving away, the shots fired (one vs three), the charge (murder vs involuntary manslaughter), whether the boy had a criminal record, the vehicles burned (140 vs 38), whether tear gas was fired at the vigil, the time of the shooting (about 21:05 vs 20:36), who said "Do not burn the streets where Idris learned to ride a bicycle" (the mother or the minister) and whether the officer\'s body camera was recording; the live blog corrects its own body-camera post. Arrests rising from 96 after the first night to 231 after two is an update; 231 and "about 230" are one figure rounded; 61 arrests in Pradova are part of 231 nationwide; 47 police officers and three firefighters injured are different sets; baton rounds and rubber bullets are synonyms; "about 1,600" and "more than 1,500" officers deployed agree; 12 and "Twelve" public buildings are one number in digits and words. Bare "Mahrouf"/"Mahruf" is always the boy (the mother is always named in full); "Lorvenne" inside Lorvenne City Police, Lorvenne Crier, Lorvenne North Hospital, Lorvenne Fire and Rescue Service and Lorvenne Prosecutor\'s Office is nested; "Quarnesian" is a demonym; The Fulcrum is named only in its breadcrumb line (metadata) and is no actor.',
  files: [W, L, Q, X, V],
  meta: {
    [W]: [1, 5, 7, 51, 53, 55],
    [L]: [1, 7, 9, 11, 33, 76],
    [Q]: [1, 7, 9, 14, 43, 57, 59],
    [X]: [1, 7, 9, 48, 50, 52],
    [V]: [1, 7, 9, 20, 32, 54, 56],
  },

  actors: [
    // places
    { id: 'quarnesia', name: 'Quarnesia', type: 'place', forms: ['Quarnesia'], note: 'the country; "Quarnesian" is a demonym and "The Quarnesian Vanguard" a nested name' },
    { id: 'belvatra', name: 'Belvatra', type: 'place', forms: ['Belvatra'], note: 'the capital' },
    { id: 'lorvenne', name: 'Lorvenne', type: 'place', forms: ['Lorvenne', 'LORVENNE'], note: 'the city, also in the wire\'s dateline; nested in Lorvenne City Police, Lorvenne Crier, Lorvenne North Hospital, Lorvenne Fire and Rescue Service and Lorvenne Prosecutor\'s Office; "the city" is nominal' },
    { id: 'pradova', name: 'Pradova', type: 'place', forms: ['Pradova'], note: 'the district where the boy was shot; "the district" and "the estate" are nominal' },
    { id: 'harkness', name: 'Harkness Avenue', type: 'place', forms: ['Harkness Avenue'], note: 'the street of the traffic stop' },
    { id: 'fenwick', name: 'Fenwick Road', type: 'place', forms: ['Fenwick Road'], note: 'the street of the worst rioting' },
    { id: 'wexley', name: 'Wexley Towers', type: 'place', forms: ['Wexley Towers'], note: 'the family\'s block of flats, where the vigil was held' },
    { id: 'dunhallow', name: 'Dunhallow', type: 'place', forms: ['Dunhallow'], note: 'another city where riots spread' },
    // organizations
    { id: 'lcp', name: 'Lorvenne City Police', type: 'organization', forms: ['Lorvenne City Police', 'LCP'], note: 'defined as (LCP) in the live blog and the explainer; "the police", "police" and "the force" are nominal' },
    { id: 'pci', name: 'Police Conduct Inspectorate', type: 'organization', forms: ['Police Conduct Inspectorate', 'PCI'], note: 'the police oversight body; "the inspectorate", "the watchdog" and "Watchdog" in a key point are nominal' },
    { id: 'prosecutors', name: "Lorvenne Prosecutor's Office", type: 'organization', forms: ["Lorvenne Prosecutor's Office", 'Lorvenne Prosecutor’s Office'], note: 'the \'s belongs to the name; "the prosecutor\'s office", "the prosecutor" and "prosecutors" are nominal; "Public Prosecutor" before a name is a title' },
    { id: 'ministry', name: 'Ministry of Internal Affairs', type: 'organization', forms: ['Ministry of Internal Affairs'], note: '"Internal Affairs Minister" before a name is a title; "the ministry" and "the minister" are nominal; the Vanguard\'s photo credit "Ministry of Internal Affairs press office" is a mention' },
    { id: 'pof', name: "Police Officers' Federation", type: 'organization', forms: ["Police Officers' Federation", 'Police Officers’ Federation'], note: 'the police union; "the country\'s largest police union", "his union" are nominal' },
    { id: 'haldane', name: 'Haldane Rights Centre', type: 'organization', forms: ['Haldane Rights Centre'], note: 'the human-rights group; "the centre" is nominal' },
    { id: 'equality-bloc', name: 'Equality Bloc', type: 'organization', forms: ['Equality Bloc'], note: 'the opposition party' },
    { id: 'fire', name: 'Lorvenne Fire and Rescue Service', type: 'organization', forms: ['Lorvenne Fire and Rescue Service'], note: '"Fire service" (a wire bullet) and "the fire service" are nominal' },
    { id: 'hospital', name: 'Lorvenne North Hospital', type: 'organization', forms: ['Lorvenne North Hospital'], note: '"the hospital" is nominal' },
    { id: 'lanyard', name: 'Lanyard', type: 'organization', forms: ['Lanyard'], note: 'the wire agency: the dateline "(Lanyard)" and the credits "Lanyard/Ilka Brandvold", "Ilka Brandvold/Lanyard" are mentions; its breadcrumb line is metadata' },
    { id: 'crier', name: 'Lorvenne Crier', type: 'organization', forms: ['Lorvenne Crier', 'Crier'], note: 'the city paper running the live blog; "told the Crier" is spanned without the article; named also by the explainer; its breadcrumb line is metadata' },
    { id: 'qbs', name: 'QBS News', type: 'organization', forms: ['QBS News', 'QBS'], note: 'the broadcaster, named in its own text ("told QBS News", "to QBS"); its breadcrumb line is metadata' },
    { id: 'vanguard', name: 'The Quarnesian Vanguard', type: 'organization', forms: ['The Quarnesian Vanguard', 'Quarnesian Vanguard', 'Vanguard'], note: 'the state-aligned paper; "told the Vanguard" is spanned without the article; "the state-aligned Quarnesian Vanguard" without "The"; the byline "By Vanguard Staff" is metadata' },
    // people
    { id: 'idris', name: 'Idris Mahrouf', type: 'person', forms: ['Idris Mahrouf', 'Idris Mahruf', 'Idris', 'Mahrouf', 'Mahruf'], note: 'the 17-year-old shot dead; the wire writes Mahruf; first-name mentions ("Idris’s mother", in the quoted appeal) count; the bare surname is always the boy' },
    { id: 'soraya', name: 'Soraya Mahrouf', type: 'person', forms: ['Soraya Mahrouf', 'Soraya Mahruf'], note: 'the boy\'s mother (Mahruf in the wire); always named in full' },
    { id: 'fjell', name: 'Tobin Fjell', type: 'person', forms: ['Tobin Fjell', 'Tobin F.', 'Fjell'], note: 'the sergeant who fired ("Sgt", "Sergeant" outside); the wire names him only as "Tobin F.", the Vanguard not at all; "the officer" and "the sergeant" are not annotated' },
    { id: 'ellery', name: 'Maud Ellery', type: 'person', forms: ['Maud Ellery', 'Ellery'], note: 'Chief Commissioner of Lorvenne City Police (a title before the name); "the chief commissioner" is nominal' },
    { id: 'solander', name: 'Margit Solander', type: 'person', forms: ['Margit Solander', 'Solander'], note: 'Public Prosecutor' },
    { id: 'drach', name: 'Pavol Drach', type: 'person', forms: ['Pavol Drach', 'Drach'], note: 'Internal Affairs Minister; "Minister Drach" in the Vanguard headline: the title is outside, and the same words in a "Read more" line are metadata' },
    { id: 'ambart', name: 'Giselle Ambart', type: 'person', forms: ['Giselle Ambart', 'Ambart'], note: 'Mayor of Lorvenne; "the mayor" is nominal' },
    { id: 'sonderby', name: 'Bertil Sønderby', type: 'person', forms: ['Bertil Sønderby', 'Bertil Sonderby', 'Sønderby'], note: 'leader of the Police Officers\' Federation; the wire and the explainer write Sonderby' },
    { id: 'lenk', name: 'Dario Lenk', type: 'person', forms: ['Dario Lenk', 'Lenk'], note: 'the delivery rider who filmed the shooting; "Image: Dario Lenk" (the explainer\'s credit) is a mention' },
    { id: 'tolliver', name: 'Armand Tolliver', type: 'person', forms: ['Armand Tolliver', 'Tolliver'], note: 'the family\'s lawyer' },
    { id: 'vasquel', name: 'Noor Vasquel', type: 'person', forms: ['Noor Vasquel'], note: 'of the Haldane Rights Centre' },
    { id: 'welling', name: 'Kaspar Welling', type: 'person', forms: ['Kaspar Welling', 'Welling'], note: 'opposition leader, Equality Bloc' },
    { id: 'wynand', name: 'Hester Wynand', type: 'person', forms: ['Hester Wynand'], note: 'Inspector General, head of the PCI (a title before the name)' },
    { id: 'brandvold', name: 'Ilka Brandvold', type: 'person', forms: ['Ilka Brandvold'], note: 'Lanyard photographer, in caption credits' },
    { id: 'pell', name: 'Arno Pell', type: 'person', forms: ['Arno Pell'], note: 'Crier photographer and reporter: credit and text mentions' },
    { id: 'hartog', name: 'Linnea Hartog', type: 'person', forms: ['Linnea Hartog'], note: 'Crier reporter: her byline is metadata, her name in a post is a mention' },
  ],

  nominals: [
    { pattern: 'https?://[^\\s)]+', why: 'link URL: not text, no mentions' },
    { pattern: "\\b[Tt]he (?:police union|interior minister|union|federation|inspectorate|watchdog|ministry|prosecutor['’]s office|prosecutor|fire service|hospital|mayor|minister|chief commissioner|force|centre|government|district|city|estate|country|paper)\\b", why: 'nominal reference to a named body or place, or a title without a name (lowercase)' },
    { pattern: "(?:\\b[Tt]he )?(?<!City )\\b[Pp]olice\\b(?! Conduct\\b| Officers['’] Federation)", why: 'nominal reference to the police (Lorvenne City Police); capitalized only at the start of a sentence' },
    { pattern: '\\b[Pp]rosecutors\\b', why: "nominal reference to the Lorvenne Prosecutor's Office" },
    { pattern: '\\b[Ww]atchdog\\b', why: 'nominal reference to the Police Conduct Inspectorate' },
    { pattern: '\\bFire service\\b', why: 'nominal reference to Lorvenne Fire and Rescue Service (a wire bullet)' },
    { pattern: '\\bparliament\\b', why: 'nominal reference to the (unnamed) parliament' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: W, speaker: 'Margit Solander', cue: 'Solander said', quote: "Nothing we have seen so far, neither the video nor the first ballistic report, supports the claim that the officer's life was in danger" },
    { file: W, speaker: 'Armand Tolliver', cue: 'said outside the courthouse', quote: 'They told a story on Monday night, and a telephone told the truth on Tuesday morning' },
    { file: W, speaker: 'Pavol Drach', cue: 'told reporters', quote: 'justice will be done, in the courtroom and not in the street' },
    { file: L, speaker: 'Bertil Sønderby', cue: 'Sønderby said', quote: 'The car came at him. He had a fraction of a second and he fired once, one shot, not the volley people are inventing online' },
    { file: L, speaker: 'Noor Vasquel', cue: 'told us', quote: 'There were grandmothers here and children with candles in their hands. The police gassed a vigil for a dead boy.' },
    { file: L, speaker: 'Soraya Mahrouf', cue: 'she said', quote: 'Do not burn the streets where Idris learned to ride a bicycle' },
    { file: L, speaker: 'Dario Lenk', cue: 'he said', quote: 'The car wasn’t driving at anybody. It was leaving' },
    { file: L, speaker: 'Giselle Ambart', cue: 'she wrote on social media', quote: 'Lorvenne is grieving. Grief does not need petrol' },
    { file: Q, speaker: 'Maud Ellery', cue: 'she said', quote: 'No tear gas was used at the vigil. Gas was used later, on Fenwick Road, against people who were setting fire to vehicles' },
    { file: Q, speaker: 'Hester Wynand', cue: 'said Inspector General Hester Wynand', quote: 'We want to know why a camera that is designed to be on was off' },
    { file: Q, speaker: 'Kaspar Welling', cue: 'he said', quote: 'This was an execution on a public street, and the first instinct of the state was to cover it up' },
    { file: V, speaker: 'Pavol Drach', cue: 'the minister said', quote: 'The people of Lorvenne want to live in peace, and the state will guarantee it' },
    { file: V, speaker: 'Maud Ellery', cue: 'she said', quote: 'We have nothing to hide. Every second of that stop will be examined' },
    { file: V, speaker: 'Bertil Sønderby', cue: 'he said', quote: 'Our colleague went to work to keep that road safe. He did not go to work to kill anyone' },
    { file: X, speaker: 'Armand Tolliver', cue: 'says he', quote: 'was never convicted of anything, not even a parking fine' },
  ],

  contradictions: [
    {
      id: 'car-direction', level: 'core', kind: 'polarity',
      summary: 'Whether the car drove at the officer: Lorvenne City Police, the state-aligned paper and the police union say the driver drove at the officer, who fired in self-defence; the video, its author, the prosecutor and the family\'s lawyer say the car was pulling away from the officers when he fired.',
      sides: [
        { file: W, quote: 'the car had "driven at" the officer after its driver ignored an order to stop', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: W, quote: 'at a car that was being driven at him', speaker: 'Bertil Sønderby', camp: 'A' },
        { file: L, quote: 'The car came at him.', speaker: 'Bertil Sønderby', camp: 'A' },
        { file: Q, quote: 'said the driver had refused to stop and had then driven at the officer', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: X, quote: 'The LCP says the car was driven at one of the officers, who fired in self-defence.', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: V, quote: 'the driver refused and drove the car at one of the officers', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: W, quote: "fired on Idris Mahruf on Monday evening as the teenager's car was pulling away from a checkpoint on Harkness Avenue", speaker: 'Margit Solander', camp: 'B' },
        { file: W, quote: 'As the car edges forward, one officer steps back, raises his pistol and fires into the side of the vehicle.', speaker: 'video filmed by Dario Lenk', camp: 'B' },
        { file: L, quote: 'The car wasn’t driving at anybody. It was leaving', speaker: 'Dario Lenk', camp: 'B' },
        { file: Q, quote: 'The car was moving away from the officers, not towards them.', speaker: 'Armand Tolliver', camp: 'B' },
        { file: X, quote: 'shows the car moving off, away from the officers, when one of them opens fire from the side', speaker: 'video filmed by Dario Lenk', camp: 'B' },
      ],
    },
    {
      id: 'shots-fired', level: 'core', kind: 'numeric',
      summary: 'How many shots the officer fired: the police statement, the state-aligned paper and the police union say one; the video, the witness and the family\'s lawyer say three.',
      sides: [
        { file: W, quote: 'the officer had fired once in self-defense', value: '1', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: L, quote: 'he fired once, one shot, not the volley people are inventing online', value: '1', speaker: 'Bertil Sønderby', camp: 'A' },
        { file: X, quote: "The police statement said the officer fired once, and the Police Officers' Federation still says so.", value: '1', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: V, quote: 'who fired a single shot in self-defence', value: '1', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: W, quote: 'Three shots are audible.', value: '3', speaker: 'video filmed by Dario Lenk', camp: 'B' },
        { file: L, quote: 'I heard three shots.', value: '3', speaker: 'Dario Lenk', camp: 'B' },
        { file: X, quote: "On Lenk's video three shots can be heard, and Tolliver says the driver's door has three bullet holes.", value: '3', speaker: 'Armand Tolliver', camp: 'B' },
      ],
    },
    {
      id: 'officer-charge', level: 'core', kind: 'status',
      summary: 'What the officer is charged with: the Lorvenne Prosecutor\'s Office says murder; the state-aligned paper, citing judicial sources, and the police union say involuntary manslaughter.',
      sides: [
        { file: W, quote: 'he is under investigation for murder, she said', value: 'murder', speaker: 'Margit Solander', camp: 'A' },
        { file: Q, quote: 'A police sergeant who shot dead a 17-year-old driver in the Pradova district of Lorvenne has been charged with murder', value: 'murder', speaker: "Lorvenne Prosecutor's Office", camp: 'A' },
        { file: X, quote: 'Public Prosecutor Margit Solander has charged him with murder', value: 'murder', speaker: 'Margit Solander', camp: 'A' },
        { file: V, quote: 'has been charged with involuntary manslaughter and remains in custody, judicial sources said', value: 'manslaughter', speaker: 'judicial sources', camp: 'B' },
        { file: V, quote: 'rejected calls from the opposition for a murder charge', value: 'manslaughter', speaker: 'Bertil Sønderby', camp: 'B' },
      ],
    },
    {
      id: 'criminal-record', level: 'secondary', kind: 'polarity',
      summary: 'Whether Idris Mahrouf had a criminal record: the state-aligned paper, citing police sources, says he had a conviction for car theft; the prosecutor and the family\'s lawyer say he had no record at all.',
      sides: [
        { file: V, quote: 'he had a criminal record, including a conviction for car theft last year', speaker: 'police sources', camp: 'A' },
        { file: X, quote: 'reported on Thursday that he had a conviction for car theft', speaker: 'The Quarnesian Vanguard', camp: 'A' },
        { file: W, quote: 'Mahruf had no criminal record, the prosecutor added', speaker: 'Margit Solander', camp: 'B' },
        { file: Q, quote: 'had no criminal record of any kind', speaker: 'Margit Solander', camp: 'B' },
        { file: X, quote: "The Lorvenne Prosecutor's Office said on Wednesday that he had no criminal record", speaker: "Lorvenne Prosecutor's Office", camp: 'B' },
        { file: X, quote: 'was never convicted of anything, not even a parking fine', speaker: 'Armand Tolliver', camp: 'B' },
      ],
    },
    {
      id: 'vehicles-burned', level: 'secondary', kind: 'numeric',
      summary: 'Vehicles burned in the two nights: Lorvenne Fire and Rescue Service says 140; the Ministry of Internal Affairs says 38.',
      sides: [
        { file: W, quote: 'Fire service says 140 vehicles burned', value: '140', speaker: 'Lorvenne Fire and Rescue Service', camp: 'A' },
        { file: W, quote: 'Lorvenne Fire and Rescue Service said its crews had put out fires in 140 vehicles since Monday night', value: '140', speaker: 'Lorvenne Fire and Rescue Service', camp: 'A' },
        { file: X, quote: 'Lorvenne Fire and Rescue Service says 140', value: '140', speaker: 'Lorvenne Fire and Rescue Service', camp: 'A' },
        { file: V, quote: '38 vehicles were set on fire during the two nights of unrest', value: '38', speaker: 'Ministry of Internal Affairs', camp: 'B' },
        { file: X, quote: 'the Ministry of Internal Affairs puts it at 38', value: '38', speaker: 'Ministry of Internal Affairs', camp: 'B' },
      ],
    },
    {
      id: 'vigil-tear-gas', level: 'secondary', kind: 'polarity',
      summary: 'Whether tear gas was fired at the vigil outside Wexley Towers on Tuesday evening: Chief Commissioner Maud Ellery says not one canister was fired there; the Crier\'s reporter, the Haldane Rights Centre and the family say police fired tear gas into the mourners.',
      sides: [
        { file: Q, quote: 'No tear gas was used at the vigil.', speaker: 'Maud Ellery', camp: 'A' },
        { file: V, quote: 'Not one canister was fired at the vigil', speaker: 'Maud Ellery', camp: 'A' },
        { file: X, quote: 'Chief Commissioner Maud Ellery says not a single canister was fired there', speaker: 'Maud Ellery', camp: 'A' },
        { file: L, quote: 'police fired tear gas into the crowd outside Wexley Towers shortly after 21:00, while people were still holding candles', speaker: 'Lorvenne Crier', camp: 'B' },
        { file: L, quote: 'The police gassed a vigil for a dead boy.', speaker: 'Noor Vasquel', camp: 'B' },
        { file: Q, quote: 'say officers fired tear gas at a peaceful vigil outside the family’s home at Wexley Towers on Tuesday evening', speaker: 'Haldane Rights Centre', camp: 'B' },
        { file: X, quote: 'all say officers fired tear gas into the crowd of mourners outside Wexley Towers on Tuesday evening', speaker: 'Haldane Rights Centre', camp: 'B' },
      ],
    },
    {
      id: 'shooting-time', level: 'secondary', kind: 'temporal',
      summary: 'When the shooting happened: the police statement puts the stop at about 21:05; the clock on the witness\'s phone read 20:36 when he began filming.',
      sides: [
        { file: W, quote: 'The statement put the stop at about 9:05 p.m.', value: '~21:05', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: V, quote: 'The incident began at about 21:05 on Monday', value: '~21:05', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: X, quote: 'The police statement gave the time of the stop as about 21:05.', value: '~21:05', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: L, quote: 'the clock on his phone read 20:36, almost half an hour before the time given in the police statement', value: '20:36', speaker: 'Dario Lenk', camp: 'B' },
        { file: X, quote: "The clock on Lenk's phone shows 20:36 when he starts recording.", value: '20:36', speaker: 'Dario Lenk', camp: 'B' },
      ],
    },
    {
      id: 'appeal-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "Do not burn the streets where Idris learned to ride a bicycle": the wire, the live blog and the explainer give it to the boy\'s mother Soraya Mahrouf at the vigil; the state-aligned paper prints it as the words of Internal Affairs Minister Pavol Drach.',
      sides: [
        { file: W, quote: 'the boy\'s mother, Soraya Mahruf, asked young people to stay home. "Do not burn the streets where Idris learned to ride a bicycle," she told the crowd.', speaker: 'Soraya Mahrouf', camp: 'A' },
        { file: L, quote: '“Do not burn the streets where Idris learned to ride a bicycle,” she said.', speaker: 'Soraya Mahrouf', camp: 'A' },
        { file: X, quote: 'was spoken by his mother, Soraya Mahrouf, from the steps of Wexley Towers on Tuesday evening', speaker: 'Soraya Mahrouf', camp: 'A' },
        { file: V, quote: '“Do not burn the streets where Idris learned to ride a bicycle,” Drach urged them.', speaker: 'Pavol Drach', camp: 'B' },
        { file: X, quote: 'On Thursday The Quarnesian Vanguard printed it as the words of Internal Affairs Minister Pavol Drach', speaker: 'The Quarnesian Vanguard', camp: 'B' },
      ],
    },
    {
      id: 'body-camera', level: 'secondary', kind: 'polarity',
      revision: true,
      summary: 'Whether the shooting officer\'s body camera was recording: Lorvenne City Police (as first reported by the live blog) and Chief Commissioner Maud Ellery say both officers\' cameras were recording; the Police Conduct Inspectorate says his camera was never switched on. The live blog corrects its own earlier post.',
      sides: [
        { file: L, quote: 'Lorvenne City Police (LCP) say both officers at Monday’s stop were wearing body cameras and that the cameras were recording throughout.', speaker: 'Lorvenne City Police', camp: 'A' },
        { file: V, quote: 'said the body cameras of both officers at the scene had been recording', speaker: 'Maud Ellery', camp: 'A' },
        { file: X, quote: "The LCP said on Tuesday that both officers' cameras were recording.", speaker: 'Lorvenne City Police', camp: 'A' },
        { file: L, quote: 'the camera worn by the officer who fired was not switched on', speaker: 'Police Conduct Inspectorate', camp: 'B' },
        { file: Q, quote: 'Fjell’s body camera had not been switched on at any point during the stop', speaker: 'Police Conduct Inspectorate', camp: 'B' },
        { file: X, quote: 'says the camera worn by Fjell was switched off for the whole stop', speaker: 'Police Conduct Inspectorate', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'arrests-rise', kind: 'numeric',
      summary: 'Arrests rose from 96 after the first night to 231 after the second, and the wire says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'The Ministry of Internal Affairs says 96 people were arrested across the country during the first night of rioting.', value: '96 (first night)' },
        { file: W, quote: '231 people had been arrested nationwide over the two nights, up from 96 after the first', value: '231 (two nights)' },
      ],
    },
    {
      id: 'arrests-rounding', kind: 'numeric',
      summary: '231 arrests and "about 230" are one figure rounded.',
      sides: [
        { file: W, quote: 'Arrests rise to 231 after second night of rioting', value: '231' },
        { file: X, quote: 'About 230 people were arrested across the country over the two nights', value: '~230' },
      ],
    },
    {
      id: 'arrests-part-whole', kind: 'numeric',
      summary: '61 arrests in Pradova are part of the 231 people detained nationwide.',
      sides: [
        { file: Q, quote: 'Police made 61 arrests in the district', value: '61 (Pradova)' },
        { file: V, quote: 'A total of 231 people were detained nationwide', value: '231 (nationwide)' },
      ],
    },
    {
      id: 'injured-sets', kind: 'numeric',
      summary: '47 police officers and three firefighters injured are different sets, not two counts of the same injured.',
      sides: [
        { file: Q, quote: '47 police officers were injured', value: '47 police officers' },
        { file: V, quote: 'Three firefighters were injured in the two nights', value: '3 firefighters' },
      ],
    },
    {
      id: 'baton-rounds-synonyms', kind: 'polarity',
      summary: 'Baton rounds and rubber bullets are the same thing (synonyms), not two accounts of the weapons used on Fenwick Road.',
      sides: [
        { file: L, quote: 'riot police are firing baton rounds', value: 'baton rounds' },
        { file: Q, quote: 'riot police fired rubber bullets', value: 'rubber bullets' },
      ],
    },
    {
      id: 'officers-about-vs-more', kind: 'numeric',
      summary: '"About 1,600" and "more than 1,500" extra officers deployed to Lorvenne are compatible approximations.',
      sides: [
        { file: Q, quote: 'about 1,600 extra officers had been deployed to the city', value: '~1,600' },
        { file: V, quote: 'More than 1,500 officers were deployed in the city on Wednesday night', value: '>1,500' },
      ],
    },
    {
      id: 'buildings-words-digits', kind: 'numeric',
      summary: '"12 public buildings" and "Twelve public buildings" are one number in digits and in words.',
      sides: [
        { file: Q, quote: '12 public buildings, among them two primary schools', value: '12' },
        { file: X, quote: 'Twelve public buildings in Pradova were damaged or burned', value: 'twelve' },
      ],
    },
  ],
};
