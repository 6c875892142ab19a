// Hand-written gold source for the migrant boat that capsized off Cape Lessandro (invented
// event, Lissarra, June 2026). build-gold.mjs turns it into ../gold/boat-sinking.json.
// The five articles imitate text scraped from news websites: random file names, the
// headline twice, site boilerplate, bylines, "Updated" lines, captions with photo credits
// and, in the explainer, footnote markers with a numbered source list. Boilerplate, site
// names, bylines, date and "Updated" lines, "Read more"/"Related"/"Most read" lines, the
// wire's "(Adds ...)" and "(Reporting by ...)" lines, the source list and the author's bio
// are metadata (meta: 1-based line numbers); headlines and captions are counted text.
const N = '000_4767c1ccf96968c1.txt'; // WBR News web story with "Key points" (Friday 12 June), UK style
const W = '001_a2cb3e3f7a1835f4.txt'; // Binnacle wire, UPDATE 3 (Thursday 11 June), US style, writes Aivalin, Ouazzani, Clemence
const L = '002_e888a71b32ef9ecb.txt'; // Ayvalin Mirror live blog, newest first (Thursday 11 June), UK style
const M = '003_b36bbe9e9246ea6a.txt'; // state-aligned Vantoro Express (Saturday 13 June), names itself nowhere, curly quotes
const X = '004_29f3153320979c83.txt'; // The Larkspur Journal "what we know" explainer with footnotes (Sunday 14 June), US style

export default {
  corpus: 'boat-sinking',
  note: 'Invented event written for the project: at about 02:05 on Thursday 11 June 2026 an overcrowded blue steel fishing trawler carrying migrants, which had left Ras Ekhdar in Tafurna on Monday, capsizes in the Hesperine Sea 47 nautical miles (about 87 km) south-west of Cape Lessandro, off the southern coast of the fictional country of Lissarra (capital Vantoro); 104 people are rescued and brought to the fishing port of Ayvalin (Aivalin in the wire), 59 bodies are recovered on Thursday and 78 by Saturday, and hundreds are missing. The five files have random names (the outlet is not in the file name) and look like scraped web pages: the WBR News web story with "Key points" (Friday, 000), the Binnacle wire (Thursday, 001), the Ayvalin Mirror live blog (Thursday, 002), the state-aligned Vantoro Express (Saturday, 003; named in counted text only by the explainer) and The Larkspur Journal explainer with footnote markers and a numbered source list (Sunday, 004). The Lissarra Coast Guard and its spokesman Commander Nikander Demaris, the Ministry of Maritime Affairs and Maritime Minister Irini Santaren, the Marvassan Navy of neighbouring Marvassa and its spokesman Rear Admiral Kenan Ostrabi, the Corvantic Border and Coast Agency (CBCA), the rescue charity Starling Sea Rescue (ship Nerea Vos) and its coordinator Clémence Arnaud (Clemence in the wire), the International Office for Displaced Persons (IODP), the monitoring group Albatross Watch, survivors (Amir, Yusra, Hamid Rostani), prosecutor Marco Telesti, the arrested man Tarek Ouzzani (Ouazzani in the wire and the explainer) and his lawyer Andreas Kolaris disagree about the people aboard (about 400 vs as many as 750), whether a patrol vessel tried to tow the trawler before it capsized, when the coast guard was first alerted (22:40 vs 15:20 on Wednesday), whether the arrested man was the captain or a passenger made to steer, whether the search is over, whether the charity ship was refused permission to help, whether the Marvassan Navy turned the boat back on Tuesday, and who said "These people did not want our help" (Demaris in the wire, the minister in the state-aligned paper); the live blog corrects its own survivors figure (140, then 104). The bodies recovered rising from 59 to 78 is an update; 17,850 and "about 18,000" people in Ayvalin are one figure rounded; 104 rescued and 78 bodies are different sets; 31 survivors admitted to Ayvalin General Hospital are part of the 104; nine "unaccompanied minors" and nine "children travelling alone" are synonyms; "more than 600" and "about 640" dead on the route this year agree; 47 nautical miles and "roughly 87 kilometers" are one distance in two units. Ship names (Nerea Vos) are in ignore.',
  files: [N, W, L, M, X],
  meta: {
    [N]: [1, 2, 3, 8, 9, 10, 11, 35, 45, 59, 61, 62, 63, 65, 66, 67, 68],
    [W]: [2, 3, 4, 13, 47, 49, 50, 51],
    [L]: [1, 2, 3, 4, 10, 11, 34, 59, 61],
    [M]: [2, 3, 17, 23, 35],
    [X]: [1, 2, 3, 11, 12, 34, 52, 53, 54, 55, 56, 57, 59],
  },

  actors: [
    // places
    { id: 'lissarra', name: 'Lissarra', type: 'place', forms: ['Lissarra'], note: 'the country where the survivors are brought; "informed Lissarra" (the state for its authorities) stays a place; "Lissarran" is a demonym; "Lissarra Coast Guard" is a nested name' },
    { id: 'vantoro', name: 'Vantoro', type: 'place', forms: ['Vantoro'], note: 'the capital; "Vantoro Express" is a nested name' },
    { id: 'ayvalin', name: 'Ayvalin', type: 'place', forms: ['Ayvalin', 'Aivalin', 'AYVALIN', 'AIVALIN'], note: 'the port town; the wire writes Aivalin; "Ayvalin General Hospital" and "Ayvalin Mirror" are nested names' },
    { id: 'marvassa', name: 'Marvassa', type: 'place', forms: ['Marvassa'], note: 'the neighbouring country; "Marvassa has denied" (the state for its government) stays a place; "Marvassan Navy" is a nested name' },
    { id: 'tafurna', name: 'Tafurna', type: 'place', forms: ['Tafurna'], note: 'the country the boat sailed from; "Tafurnan" is a demonym' },
    { id: 'ras-ekhdar', name: 'Ras Ekhdar', type: 'place', forms: ['Ras Ekhdar'], note: 'the departure port in Tafurna (its mention in a "Related" line is metadata)' },
    { id: 'qandara', name: 'Qandara', type: 'place', forms: ['Qandara'], note: 'the home country of most passengers' },
    { id: 'beshalia', name: 'Beshalia', type: 'place', forms: ['Beshalia'] },
    { id: 'cape-lessandro', name: 'Cape Lessandro', type: 'place', forms: ['Cape Lessandro'] },
    { id: 'hesperine', name: 'Hesperine Sea', type: 'place', forms: ['Hesperine Sea'], note: 'the sea; "Hesperine route" in a "Read more" line is metadata' },
    { id: 'harbour-road', name: 'Harbour Road', type: 'place', forms: ['Harbour Road'], note: 'a street in Ayvalin (the school gym)' },
    // organizations
    { id: 'coast-guard', name: 'Lissarra Coast Guard', type: 'organization', forms: ['Lissarra Coast Guard'], note: 'lowercase "coast guard" / "coastguard" (also "Coast guard" opening a sentence or bullet, and "the Lissarran coastguard") is nominal; its name in the explainer\'s source list is metadata' },
    { id: 'ministry', name: 'Ministry of Maritime Affairs', type: 'organization', forms: ['Ministry of Maritime Affairs'], note: '"the ministry" is nominal; "Maritime Minister" is a title; the state-aligned paper\'s caption credit "Photo: Ministry of Maritime Affairs" is a mention' },
    { id: 'marvassan-navy', name: 'Marvassan Navy', type: 'organization', forms: ['Marvassan Navy'], note: 'the navy of the neighbouring country; "its navy" is nominal; its name in the wire\'s "(Adds ...)" line is metadata' },
    { id: 'cbca', name: 'Corvantic Border and Coast Agency', type: 'organization', forms: ['Corvantic Border and Coast Agency', 'CBCA'], note: 'the regional bloc\'s border agency; the acronym is defined in parentheses in the wire and the explainer' },
    { id: 'starling', name: 'Starling Sea Rescue', type: 'organization', forms: ['Starling Sea Rescue'], note: 'the rescue charity operating the Nerea Vos; "the charity" and "the group" are nominal; its name in a "Related" line is metadata' },
    { id: 'iodp', name: 'International Office for Displaced Persons', type: 'organization', forms: ['International Office for Displaced Persons', 'IODP'], note: 'the intergovernmental refugee body; "the agency" is nominal; "the IODP\'s spokeswoman" keeps the possessive outside' },
    { id: 'albatross', name: 'Albatross Watch', type: 'organization', forms: ['Albatross Watch'], note: 'the civilian group flying a monitoring aircraft and running a hotline' },
    { id: 'hospital', name: 'Ayvalin General Hospital', type: 'organization', forms: ['Ayvalin General Hospital'], note: '"the hospital" is nominal' },
    { id: 'wbr', name: 'WBR News', type: 'organization', forms: ['WBR News', 'WBR'], note: 'the broadcaster; its site-name line is metadata, "told WBR News" and "spoke to WBR" are mentions' },
    { id: 'binnacle', name: 'Binnacle', type: 'organization', forms: ['Binnacle'], note: 'the wire agency: the dateline "(Binnacle)", "told Binnacle" and the photo credits "Callum Dreyer/Binnacle" are mentions; its name in the explainer\'s source list is metadata' },
    { id: 'mirror', name: 'Ayvalin Mirror', type: 'organization', forms: ['Ayvalin Mirror', 'Mirror'], note: 'the local paper running the live blog; "tells the Mirror" and "Asked by the Mirror" are spanned without the article; the photo credits "Mette Amberg/Ayvalin Mirror" are mentions; its site-name line is metadata' },
    { id: 'express', name: 'Vantoro Express', type: 'organization', forms: ['Vantoro Express'], note: 'the state-aligned paper, named in counted text only by the explainer' },
    { id: 'larkspur', name: 'The Larkspur Journal', type: 'organization', forms: ['The Larkspur Journal'], note: 'the foreign explainer, which names itself in the text ("told The Larkspur Journal"); its site-name line and the author\'s bio are metadata' },
    // people
    { id: 'demaris', name: 'Nikander Demaris', type: 'person', forms: ['Nikander Demaris', 'Demaris'], note: 'Commander, spokesman of the Lissarra Coast Guard' },
    { id: 'santaren', name: 'Irini Santaren', type: 'person', forms: ['Irini Santaren', 'Santaren'], note: 'Maritime Minister ("Minister Santaren" in the state-aligned headline: the title is outside); "the minister" is nominal' },
    { id: 'ostrabi', name: 'Kenan Ostrabi', type: 'person', forms: ['Kenan Ostrabi'], note: 'Rear Admiral, spokesman of the Marvassan Navy' },
    { id: 'wrenfield', name: 'Sabine Wrenfield', type: 'person', forms: ['Sabine Wrenfield'], note: 'spokeswoman of the CBCA' },
    { id: 'arnaud', name: 'Clémence Arnaud', type: 'person', forms: ['Clémence Arnaud', 'Clemence Arnaud'], note: 'Starling Sea Rescue\'s operations coordinator on the Nerea Vos; the wire writes Clemence' },
    { id: 'okoro', name: 'Adaeze Okoro', type: 'person', forms: ['Adaeze Okoro'], note: 'spokeswoman of the IODP' },
    { id: 'pettersen', name: 'Oona Pettersen', type: 'person', forms: ['Oona Pettersen'], note: 'coordinates the Albatross Watch hotline' },
    { id: 'amir', name: 'Amir', type: 'person', forms: ['Amir'], note: 'a survivor from Qandara, first name only' },
    { id: 'yusra', name: 'Yusra', type: 'person', forms: ['Yusra'], note: 'a survivor from Qandara, first name only' },
    { id: 'rostani', name: 'Hamid Rostani', type: 'person', forms: ['Hamid Rostani'], note: 'a survivor quoted by the wire' },
    { id: 'ouzzani', name: 'Tarek Ouzzani', type: 'person', forms: ['Tarek Ouzzani', 'Tarek Ouazzani', 'Ouzzani', 'Ouazzani'], note: 'the man arrested as the boat\'s captain; the wire and the explainer write Ouazzani' },
    { id: 'kolaris', name: 'Andreas Kolaris', type: 'person', forms: ['Andreas Kolaris', 'Kolaris'], note: 'Ouzzani\'s lawyer' },
    { id: 'kantarel', name: 'Sofia Kantarel', type: 'person', forms: ['Sofia Kantarel'], note: 'Mayor of Ayvalin; "the mayor" is nominal' },
    { id: 'telesti', name: 'Marco Telesti', type: 'person', forms: ['Marco Telesti'], note: 'the prosecutor; "the prosecutor" and "prosecutors" are nominal' },
    { id: 'velling', name: 'Yara Velling', type: 'person', forms: ['Yara Velling'], note: 'doctor at Ayvalin General Hospital (Dr outside)' },
    { id: 'dreyer', name: 'Callum Dreyer', type: 'person', forms: ['Callum Dreyer'], note: 'Binnacle photographer credited in captions' },
    { id: 'amberg', name: 'Mette Amberg', type: 'person', forms: ['Mette Amberg'], note: 'Ayvalin Mirror photographer credited in captions' },
  ],

  nominals: [
    { pattern: "\\b[Tt]he prosecutor['’]s office\\b", why: 'nominal reference to the (unnamed) prosecutor\'s office' },
    { pattern: '\\bNerea Vos\\b', why: "a ship's name: not a person, organization or place" },
    { pattern: '\\b[Tt]he (ministry|charity|agency|group|hospital|minister|mayor|prosecutor|government|navy)\\b', why: 'nominal reference to a named body, or a title without a name (lowercase)' },
    { pattern: '\\b(?:[Tt]he )?(?:Lissarran )?[Cc]oast ?guard\\b', why: 'nominal reference to the Lissarra Coast Guard (lowercase "coast guard"/"coastguard", also capitalized only at the start of a sentence or bullet)' },
    { pattern: '\\bits navy\\b', why: 'nominal reference to the Marvassan Navy' },
    { pattern: '\\b[Pp]rosecutors\\b', why: 'nominal reference to the prosecutors' },
    { pattern: '\\b[Pp]olice\\b', why: 'nominal reference to the police (no named police body)' },
  ],
  ignore: [],
  block: [],
  assign: [],

  claims: [
    { file: N, speaker: 'Amir', cue: 'said Amir', quote: 'They threw a line to the front of the boat and started to pull. Everybody was shouting, we were all leaning, and then the boat turned over' },
    { file: N, speaker: 'Nikander Demaris', cue: 'he said on Friday', quote: 'At no point did our crew attach a line to that boat' },
    { file: N, speaker: 'Adaeze Okoro', cue: 'said Adaeze Okoro', quote: 'Every survivor we have spoken to gives us a number between 700 and 750' },
    { file: N, speaker: 'Clémence Arnaud', cue: 'said Clémence Arnaud', quote: 'We had a doctor on board, life jackets for 800 people and a full crew' },
    { file: N, speaker: 'Yara Velling', cue: 'she said', quote: 'They are young and they are strong' },
    { file: W, speaker: 'Nikander Demaris', cue: 'Demaris told reporters in the port of Aivalin', quote: 'These people did not want our help. They wanted to go north, and nobody can force a rescue on people who refuse it' },
    { file: W, speaker: 'Oona Pettersen', cue: 'said Oona Pettersen', quote: 'We told them the boat was not moving properly, that people were dying of thirst, that the engine was failing' },
    { file: W, speaker: 'Hamid Rostani', cue: 'told Binnacle at the quayside', quote: 'They tied a rope and pulled us fast, and the boat went over to the left side and did not come back' },
    { file: W, speaker: 'Clémence Arnaud', cue: 'said Clemence Arnaud', quote: 'We asked, and the answer was no' },
    { file: L, speaker: 'Oona Pettersen', cue: 'she said', quote: 'The position, the number of people, the state of the engine: they had all of it by half past three' },
    { file: L, speaker: 'Sofia Kantarel', cue: 'she said', quote: 'This town lives from the sea. We know what the sea does. But nobody here has seen anything like this morning' },
    { file: L, speaker: 'Yusra', cue: 'she said', quote: 'We were more than seven hundred people. They counted us like sheep in Ras Ekhdar' },
    { file: M, speaker: 'Irini Santaren', cue: 'she said', quote: 'Our crews did not tow that boat, did not push it and did not touch it. They saved 104 lives' },
    { file: M, speaker: 'Marco Telesti', cue: 'the prosecutor said', quote: 'This man took money from desperate people and steered them to their deaths' },
    { file: X, speaker: 'Andreas Kolaris', cue: 'Kolaris said', quote: 'The men who organized this crossing are sitting in cafés in Ras Ekhdar' },
  ],

  contradictions: [
    {
      id: 'people-aboard', level: 'core', kind: 'numeric',
      summary: 'How many people were on the boat: the Lissarra Coast Guard (spokesman Nikander Demaris) and the Ministry of Maritime Affairs say about 400; the International Office for Displaced Persons (IODP), from interviews with survivors, says as many as 750, and survivors say more than 700.',
      sides: [
        { file: N, quote: 'The coastguard and the Ministry of Maritime Affairs in Vantoro say about 400 people were on the boat', value: '~400', speaker: 'Lissarra Coast Guard', camp: 'A' },
        { file: W, quote: 'The coast guard put the number of people on board at about 400.', value: '~400', speaker: 'Lissarra Coast Guard', camp: 'A' },
        { file: L, quote: 'He estimated that about 400 people had been on board.', value: '~400', speaker: 'Nikander Demaris', camp: 'A' },
        { file: M, quote: 'was carrying about 400 people', value: '~400', speaker: 'Ministry of Maritime Affairs', camp: 'A' },
        { file: X, quote: 'The Lissarra Coast Guard and the Ministry of Maritime Affairs have stuck to an estimate of about 400.', value: '~400', speaker: 'Lissarra Coast Guard', camp: 'A' },
        { file: N, quote: 'says there were as many as 750 people aboard', value: 'up to 750', speaker: 'International Office for Displaced Persons', camp: 'B' },
        { file: N, quote: 'Every survivor we have spoken to gives us a number between 700 and 750', value: '700-750', speaker: 'Adaeze Okoro', camp: 'B' },
        { file: W, quote: 'said survivors had told its staff that as many as 750 people were packed onto the vessel', value: 'up to 750', speaker: 'International Office for Displaced Persons', camp: 'B' },
        { file: L, quote: 'We were more than seven hundred people.', value: '>700', speaker: 'Yusra', camp: 'B' },
        { file: X, quote: 'says as many as 750 people were aboard, which would mean that more than 550 are missing rather than about 220', value: 'up to 750', speaker: 'International Office for Displaced Persons', camp: 'B' },
      ],
    },
    {
      id: 'tow-attempt', level: 'core', kind: 'polarity',
      summary: 'Whether a Lissarran patrol vessel tried to tow the trawler just before it capsized: survivors (Amir, Hamid Rostani) say the patrol vessel tied a rope to the bow and pulled, and the boat rolled over; the Lissarra Coast Guard, its spokesman Nikander Demaris, the ministry and Maritime Minister Irini Santaren say no line was attached and no tow attempted, and that the boat capsized on its own when passengers moved to one side.',
      sides: [
        { file: N, quote: 'They threw a line to the front of the boat and started to pull.', speaker: 'Amir', camp: 'A' },
        { file: N, quote: 'a coastguard patrol vessel tied a rope to their overcrowded fishing boat and tried to pull it, minutes before it rolled over in the dark', speaker: 'survivors', camp: 'A' },
        { file: W, quote: 'They tied a rope and pulled us fast, and the boat went over to the left side and did not come back', speaker: 'Hamid Rostani', camp: 'A' },
        { file: X, quote: 'Survivors say a Lissarran patrol vessel tied a rope to the trawler\'s bow and tried to tow it', speaker: 'survivors', camp: 'A' },
        { file: N, quote: 'At no point did our crew attach a line to that boat', speaker: 'Nikander Demaris', camp: 'B' },
        { file: W, quote: 'The coast guard denied that any tow was attempted and said the trawler overturned when people on deck moved suddenly.', speaker: 'Lissarra Coast Guard', camp: 'B' },
        { file: M, quote: 'Our crews did not tow that boat, did not push it and did not touch it.', speaker: 'Irini Santaren', camp: 'B' },
        { file: M, quote: 'It capsized at around 02:05 on Thursday after the passengers moved suddenly to one side of the deck', speaker: 'Ministry of Maritime Affairs', camp: 'B' },
        { file: X, quote: 'The coast guard and the ministry say no tow was attempted and that the trawler overturned on its own when passengers rushed to one side.', speaker: 'Lissarra Coast Guard', camp: 'B' },
      ],
    },
    {
      id: 'first-alert', level: 'core', kind: 'temporal',
      summary: 'When the coast guard was first alerted: the Lissarra Coast Guard (and the ministry) say the first request for help came at 22:40 on Wednesday; Albatross Watch says it relayed a distress call from the passengers to the coast guard at 15:20 that afternoon, more than seven hours earlier.',
      sides: [
        { file: N, quote: 'The coastguard says it received its first request for help at 22:40 on Wednesday', value: '22:40 Wed', speaker: 'Lissarra Coast Guard', camp: 'A' },
        { file: W, quote: 'said the first request for help reached its operations center at 22:40 on Wednesday', value: '22:40 Wed', speaker: 'Nikander Demaris', camp: 'A' },
        { file: L, quote: 'the coastguard first received a call for help at 22:40 on Wednesday', value: '22:40 Wed', speaker: 'Nikander Demaris', camp: 'A' },
        { file: M, quote: 'first call for assistance from the boat was received at 22:40 on Wednesday', value: '22:40 Wed', speaker: 'Ministry of Maritime Affairs', camp: 'A' },
        { file: X, quote: 'The coast guard says the first call for help it received came at 22:40', value: '22:40 Wed', speaker: 'Lissarra Coast Guard', camp: 'A' },
        { file: N, quote: 'it passed the call on to the Lissarran coastguard at 15:20 that day', value: '15:20 Wed', speaker: 'Albatross Watch', camp: 'B' },
        { file: W, quote: 'alerted the coast guard at 15:20, more than seven hours before the time the coast guard gives', value: '15:20 Wed', speaker: 'Albatross Watch', camp: 'B' },
        { file: L, quote: 'passed it to the coastguard at 15:20', value: '15:20 Wed', speaker: 'Oona Pettersen', camp: 'B' },
        { file: X, quote: 'says it relayed a distress call from passengers to the coast guard at 15:20 that afternoon', value: '15:20 Wed', speaker: 'Albatross Watch', camp: 'B' },
      ],
    },
    {
      id: 'arrested-captain', level: 'core', kind: 'attribution',
      summary: 'Who the arrested man is: prosecutor Marco Telesti says Tarek Ouzzani (Ouazzani), 34, from Tafurna, was the boat\'s captain and part of a smuggling network; his lawyer Andreas Kolaris and survivors say he was a passenger, a mechanic who paid for his place and was made to steer for a few hours.',
      sides: [
        { file: N, quote: 'saying he had been the boat\'s captain', speaker: 'prosecutors', camp: 'A' },
        { file: W, quote: 'Prosecutor Marco Telesti said Ouazzani had been the captain of the boat', speaker: 'Marco Telesti', camp: 'A' },
        { file: L, quote: 'The prosecutor\'s office says he is Tarek Ouzzani, 34, from Tafurna, and that he was the captain of the boat.', speaker: 'prosecutors', camp: 'A' },
        { file: M, quote: 'was the captain of the boat and an active member of a criminal network', speaker: 'Marco Telesti', camp: 'A' },
        { file: X, quote: 'saying he was the boat\'s captain and part of a smuggling network', speaker: 'Marco Telesti', camp: 'A' },
        { file: N, quote: 'said his client was a mechanic who had paid for his place "like everyone else" and had been made to take the wheel for a few hours', speaker: 'Andreas Kolaris', camp: 'B' },
        { file: L, quote: 'Two survivors we met at the warehouse said he was "just one of us" and had only been told to steer.', speaker: 'survivors', camp: 'B' },
        { file: X, quote: 'Ouazzani was a passenger, a mechanic who paid for his seat and was ordered by the smugglers to take the wheel', speaker: 'Andreas Kolaris', camp: 'B' },
      ],
    },
    {
      id: 'search-over', level: 'secondary', kind: 'status',
      summary: 'Whether the search is over: the Ministry of Maritime Affairs announced on Friday evening that the search and rescue operation had been completed; on Saturday morning the coast guard spokesman Nikander Demaris said the search had not been called off and two patrol vessels and a helicopter were still at sea.',
      sides: [
        { file: M, quote: 'The search and rescue operation was completed on Friday evening, the ministry announced', speaker: 'Ministry of Maritime Affairs', camp: 'A' },
        { file: X, quote: 'The ministry announced on Friday evening that the search and rescue operation had been completed.', speaker: 'Ministry of Maritime Affairs', camp: 'A' },
        { file: X, quote: 'has not been called off and will not be called off while there is any chance', speaker: 'Nikander Demaris', camp: 'B' },
      ],
    },
    {
      id: 'charity-refused', level: 'secondary', kind: 'polarity',
      summary: 'Whether the charity ship was kept from helping: Starling Sea Rescue and its coordinator Clémence Arnaud say the Nerea Vos, about 30 nautical miles away, offered to go to the trawler on Wednesday evening and was refused permission by the coast guard; the Ministry of Maritime Affairs says no request was received and the ship was never refused permission.',
      sides: [
        { file: N, quote: 'offered to head for the trawler, but was told by the coastguard to keep clear', speaker: 'Starling Sea Rescue', camp: 'A' },
        { file: W, quote: 'had offered to go to the boat on Wednesday evening and had been refused permission by the coast guard', speaker: 'Starling Sea Rescue', camp: 'A' },
        { file: L, quote: 'Permission was refused, the charity says.', speaker: 'Starling Sea Rescue', camp: 'A' },
        { file: X, quote: 'was refused permission to go to the trawler', speaker: 'Starling Sea Rescue', camp: 'A' },
        { file: M, quote: 'no request to assist was received from the Nerea Vos', speaker: 'Ministry of Maritime Affairs', camp: 'B' },
        { file: M, quote: 'the vessel was never refused permission to approach', speaker: 'Ministry of Maritime Affairs', camp: 'B' },
        { file: X, quote: 'The ministry says no request was ever received from the charity and the ship was never turned away', speaker: 'Ministry of Maritime Affairs', camp: 'B' },
      ],
    },
    {
      id: 'marvassa-pushback', level: 'secondary', kind: 'polarity',
      summary: 'Whether the Marvassan Navy turned the boat back: survivors (through WBR News and Starling Sea Rescue) say a Marvassan Navy vessel stopped the boat on Tuesday and escorted it out of Marvassa\'s waters; the Marvassan Navy and its spokesman Rear Admiral Kenan Ostrabi say no navy vessel had any contact with it.',
      sides: [
        { file: N, quote: 'a vessel of the Marvassan Navy had stopped their boat on Tuesday and ordered it out of Marvassa\'s waters', speaker: 'survivors', camp: 'A' },
        { file: W, quote: 'the boat was intercepted on Tuesday by a vessel of the Marvassan Navy and escorted out of Marvassa\'s waters', speaker: 'Starling Sea Rescue', camp: 'A' },
        { file: X, quote: 'a Marvassan Navy vessel stopped the boat on Tuesday', speaker: 'survivors', camp: 'A' },
        { file: N, quote: 'Marvassa has denied that its navy had any contact with the boat.', speaker: 'Marvassa', camp: 'B' },
        { file: W, quote: 'said no navy vessel had had "any contact whatsoever" with the boat', speaker: 'Kenan Ostrabi', camp: 'B' },
        { file: X, quote: 'The Marvassan Navy says it had no contact at all with the boat.', speaker: 'Marvassan Navy', camp: 'B' },
      ],
    },
    {
      id: 'quote-attribution', level: 'secondary', kind: 'attribution',
      summary: 'Who said "These people did not want our help. They wanted to go north, and nobody can force a rescue on people who refuse it": the wire credits the coast guard spokesman Nikander Demaris, speaking in Aivalin on Thursday; the state-aligned Vantoro Express credits Maritime Minister Irini Santaren, speaking in Ayvalin on Friday.',
      sides: [
        { file: W, quote: 'nobody can force a rescue on people who refuse it," Demaris told reporters in the port of Aivalin', speaker: 'Binnacle', camp: 'A' },
        { file: M, quote: 'nobody can force a rescue on people who refuse it,” the minister said', speaker: 'Vantoro Express', camp: 'B' },
      ],
    },
    {
      id: 'survivors-revision', level: 'secondary', kind: 'numeric',
      revision: true,
      summary: 'A revision: the live blog first reported that, according to the coast guard, 140 survivors had been brought ashore, then corrected the figure to 104, the coast guard\'s number; the wire and the state-aligned paper give 104.',
      sides: [
        { file: L, quote: 'The coastguard says 140 survivors have now been brought ashore in Ayvalin.', value: '140', speaker: 'Ayvalin Mirror', camp: 'A' },
        { file: L, quote: 'We got that wrong: the coastguard\'s figure is 104', value: '104', speaker: 'Ayvalin Mirror', camp: 'B' },
        { file: W, quote: 'The Lissarra Coast Guard said 104 people had been rescued', value: '104', speaker: 'Lissarra Coast Guard', camp: 'B' },
      ],
    },
  ],

  non_contradictions: [
    {
      id: 'bodies-rise', kind: 'numeric',
      summary: 'Bodies recovered rose from 59 (Thursday) to 78 (Saturday), and the state-aligned paper says so: an update, not a contradiction.',
      sides: [
        { file: L, quote: 'The Lissarra Coast Guard says 59 bodies have now been recovered.', value: '59 (Thu)' },
        { file: M, quote: 'By Saturday morning 78 bodies had been recovered, up from 59 on Thursday.', value: '78 (Sat)' },
      ],
    },
    {
      id: 'population-rounding', kind: 'numeric',
      summary: 'Ayvalin as "a fishing town of 17,850 people" (web story) and "a fishing port of about 18,000 residents" (explainer) is one figure, rounded.',
      sides: [
        { file: N, quote: 'Ayvalin, a fishing town of 17,850 people', value: '17850' },
        { file: X, quote: 'a fishing port of about 18,000 residents', value: '~18000' },
      ],
    },
    {
      id: 'rescued-vs-dead', kind: 'numeric',
      summary: '104 people rescued and 78 bodies recovered are different sets of people, not two counts of one quantity.',
      sides: [
        { file: M, quote: 'A total of 104 people were rescued.', value: '104 rescued' },
        { file: X, quote: '78 bodies had been recovered by Saturday', value: '78 dead' },
      ],
    },
    {
      id: 'hospital-part-whole', kind: 'numeric',
      summary: 'The 31 survivors admitted to Ayvalin General Hospital are part of the 104 brought to Ayvalin.',
      sides: [
        { file: L, quote: 'A nurse at Ayvalin General Hospital says 31 survivors have been admitted, four of them to intensive care.', value: '31 (hospital)' },
        { file: X, quote: 'One hundred and four people were pulled from the water and taken to Ayvalin', value: '104 (all survivors)' },
      ],
    },
    {
      id: 'minors-synonyms', kind: 'numeric',
      summary: 'Nine "unaccompanied minors" (web story) and nine "children travelling alone" (live blog) are the same survivors in different words.',
      sides: [
        { file: N, quote: 'Nine of the survivors are unaccompanied minors, according to the agency.', value: '9' },
        { file: L, quote: 'Among those brought ashore are nine children travelling alone', value: '9' },
      ],
    },
    {
      id: 'route-deaths-more-than-vs-about', kind: 'numeric',
      summary: '"More than 600" (web story, Friday) and "about 640" (explainer, Sunday) people dead or missing on the route this year before the wreck, both from the IODP, are compatible approximations.',
      sides: [
        { file: N, quote: 'more than 600 people had died or disappeared on this crossing since January', value: '>600' },
        { file: X, quote: 'about 640 people had died or gone missing on the route from Tafurna this year', value: '~640' },
      ],
    },
    {
      id: 'distance-units', kind: 'numeric',
      summary: '47 nautical miles south-west of Cape Lessandro (web story) and "roughly 87 kilometers (54 miles) off Cape Lessandro" (wire) are one distance in different units (1 nautical mile = 1.852 km).',
      sides: [
        { file: N, quote: '47 nautical miles south-west of Cape Lessandro', value: '47 nmi' },
        { file: W, quote: 'roughly 87 kilometers (54 miles) off Cape Lessandro', value: '~87 km' },
      ],
    },
  ],
};
