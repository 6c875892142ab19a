import { strict as assert } from 'node:assert';
import { parseDocument, countWords } from '../../src/engine/document';

describe('document model', () => {
  it('keeps prose at its original offsets and blanks Markdown syntax, code, URLs and front matter', () => {
    const text = '---\ntitle: Dam Breach\noutlet: The Valley Courier\ndate: 2025-06-02\nauthor: Ana Ruiz\n---\n# Dam *breach* floods Lenton\n\nOfficials [said](https://example.org/x) the `gate` failed.\n\n```\nnot prose\n```\n\n![photo](img/a.png)\n';
    const doc = parseDocument('a.md', text);
    assert.equal(doc.prose.length, text.length);
    assert.equal(doc.meta.title, 'Dam Breach', 'front matter wins over the first heading');
    assert.equal(doc.meta.outlet, 'The Valley Courier');
    assert.equal(doc.meta.published, '2025-06-02');
    assert.equal(doc.meta.byline, 'Ana Ruiz');
    assert.ok(!doc.prose.includes('example.org'));
    assert.ok(!doc.prose.includes('not prose'));
    assert.ok(!doc.prose.includes('img/a.png'));
    assert.ok(!doc.prose.includes('outlet:'));
    assert.ok(!doc.prose.includes('gate'));
    const i = text.indexOf('Officials');
    assert.equal(doc.prose.slice(i, i + 9), 'Officials');
    assert.equal(doc.prose.slice(text.indexOf('said'), text.indexOf('said') + 4), 'said');
  });

  it('splits a heading and a paragraph into separate sentences', () => {
    const text = '# Storm hits Brava\n\nThe storm arrived on Monday. Mr. Dell said 40 homes flooded.\n';
    const doc = parseDocument('b.md', text);
    const sents = doc.sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sents, ['Storm hits Brava', 'The storm arrived on Monday.', 'Mr. Dell said 40 homes flooded.']);
  });

  it('reads plain-text header lines as metadata, not prose', () => {
    const text = 'Title: Ferry sinks off Kelso\nOutlet: Harbour Times\nDate: 2024-11-05\n\nA ferry sank off Kelso on Tuesday, the coastguard said.\n';
    const doc = parseDocument('c.txt', text);
    assert.equal(doc.meta.outlet, 'Harbour Times');
    assert.equal(doc.meta.title, 'Ferry sinks off Kelso');
    assert.equal(doc.meta.published, '2024-11-05');
    assert.ok(!doc.prose.includes('Outlet'));
    assert.equal(doc.sentences.length, 1);
  });

  it('reads the day of a timestamp in front matter', () => {
    const doc = parseDocument('live.md', '---\noutlet: Orla Live\npublished: 2026-11-12T20:05:00+02:00\n---\nThe bridge is closed.\n');
    assert.equal(doc.meta.published, '2026-11-12');
  });

  it('finds the outlet in a byline and the date in a dateline of plain text', () => {
    const text = 'Ferry sinks off Kelso\nBy Ivo Marsh, Harbour Times\nNovember 5, 2024\n\nA ferry sank on Tuesday.\n';
    const doc = parseDocument('d.txt', text);
    assert.equal(doc.meta.outlet, 'Harbour Times');
    assert.equal(doc.meta.byline, 'Ivo Marsh');
    assert.equal(doc.meta.published, '2024-11-05');
    assert.equal(doc.meta.title, 'Ferry sinks off Kelso');
  });

  it('reads the mastheads, bylines and datelines articles carry above their text', () => {
    const cases: Array<[string, string, { outlet?: string; byline?: string; published?: string }]> = [
      ['a.txt', 'Storm floods Orla\nVALLEY GAZETTE\n3 April 2025\n\nRain fell all night in Orla, officials said.\n', { outlet: 'Valley Gazette', published: '2025-04-03' }],
      ['b.md', '# Storm floods Orla\n\nBy Nell Avery, Harbour Times, Orla | 3 April 2025\n\nRain fell all night in Orla, officials said.\n', { outlet: 'Harbour Times', byline: 'Nell Avery', published: '2025-04-03' }],
      ['c.md', '# Storm floods Orla\n\nRiver 7 | Orla | 3 April 2025, 09:15 (updated 11:00)\n\nRain fell all night in Orla, officials said.\n', { outlet: 'River 7', published: '2025-04-03' }],
      ['d.txt', 'Storm floods Orla\n\nORLA, Vestland (Coast Wire) — Rain fell all night in the river town of Orla, flooding hundreds of homes, officials said on Thursday.\n', { outlet: 'Coast Wire' }],
      ['e.md', '# Storm floods Orla\n\nBy Radio Lenn staff\n\nRain fell all night in Orla, officials said.\n', { outlet: 'Radio Lenn', byline: 'Radio Lenn staff' }],
      ['f.md', '# Storm floods Orla\n\nBy Lenn Courier staff in Orla and Dunmore | 3 April 2025\n\nRain fell all night in Orla, officials said.\n', { outlet: 'Lenn Courier', byline: 'Lenn Courier staff in Orla and Dunmore', published: '2025-04-03' }],
    ];
    for (const [file, text, want] of cases) {
      const { meta } = parseDocument(file, text);
      assert.deepEqual({ outlet: meta.outlet, byline: meta.byline, published: meta.published }, { outlet: undefined, byline: undefined, published: undefined, ...want }, file);
      assert.equal(meta.title, 'Storm floods Orla', file);
    }
  });

  it('treats each line of unwrapped plain text as a paragraph', () => {
    const text = 'Heavy rain hits Orla\n\nRain fell all night in Orla. Roads closed.\nThe mayor spoke at noon.\n';
    const doc = parseDocument('e.txt', text);
    assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ['Heavy rain hits Orla', 'Rain fell all night in Orla.', 'Roads closed.', 'The mayor spoke at noon.']);
  });

  it('survives front matter that is not YAML and deep nesting', () => {
    const bad = '---\n: : [unclosed\n---\nText here.\n';
    assert.equal(parseDocument('f.md', bad).prose.length, bad.length);
    const deep = '>'.repeat(500) + ' deep quote.\n';
    const doc = parseDocument('g.md', deep);
    assert.equal(doc.prose.length, deep.length);
    // Thousands of nested list items are read as plain text instead of stalling the parser.
    const lists = '- '.repeat(3000) + 'Ana Holt said so.\n\nThe mayor of Orlen spoke.\n';
    const listed = parseDocument('h.md', lists);
    assert.equal(listed.prose.length, lists.length);
    assert.ok(listed.sentences.some((s) => lists.slice(s.start, s.end) === 'The mayor of Orlen spoke.'));
  });

  it('reads a page saved from a news site: its furniture is neither prose nor header, its masthead names the outlet', () => {
    const text = [
      'Skip to content', 'Harwick Ledger', 'Go to my account', 'Home | World | Business | Sport | Opinion', 'Support independent local journalism', '',
      'Bridge at Coldmere closes after cracks found in pier', '', 'Bridge at Coldmere closes after cracks found in pier', '',
      'Imogen Tally, Transport Correspondent', 'Updated 14:32 GMT', '12 May 2026', 'Share this article', '',
      'Engineers closed the Coldmere bridge on Monday after finding cracks in a pier, the county council said.', '',
      'Advertisement', '', 'Read more: Council fined over flood defences in Elmby', '',
      'The council said the bridge would stay shut for at least three weeks.', '',
      'Share on Facebook · Share on Twitter · Share via Email', '', 'Topics: Bridges, Coldmere, Transport', '',
    ].join('\n');
    const doc = parseDocument('000_5e1f.txt', text);
    assert.equal(doc.meta.outlet, 'Harwick Ledger');
    assert.equal(doc.meta.title, 'Bridge at Coldmere closes after cracks found in pier');
    assert.equal(doc.meta.byline, 'Imogen Tally');
    assert.equal(doc.meta.published, '2026-05-12');
    for (const chrome of ['Skip to content', 'Share this article', 'Advertisement', 'Elmby', 'Business | Sport', 'Share via Email', 'Topics: Bridges']) assert.ok(!doc.prose.includes(chrome), chrome);
    const sents = doc.sentences.map((s) => text.slice(s.start, s.end));
    assert.ok(sents.includes('Engineers closed the Coldmere bridge on Monday after finding cracks in a pier, the county council said.'));
    assert.ok(!sents.some((s) => /Skip|Share|Advertisement|Read more/.test(s)));
  });


  it('finds a masthead whose name is no outlet word when the headline repeats under it, past a search box or a short menu', () => {
    const page = (top: string[]) => [...top, '', 'Ferry crew rescued off Saltby after engine fire', '',
      'By Rhys Coldwell, maritime editor', 'June 3, 2026', '', 'Ferry crew rescued off Saltby after engine fire', '',
      'Fire crews fought a blaze aboard the ferry overnight, the coast guard said.', ''].join('\n');
    for (const [top, outlet] of [
      [['Skip to content', 'Kestrel', 'Search Kestrel'], 'Kestrel'],
      [['The Bellwether', 'Newsletters | Podcasts | Sign in'], 'The Bellwether'],
      // An offer under an outlet-like name is no headline: the repeated line is.
      [['Skip to content', 'Saltby Post', 'Subscribe: your first month free'], 'Saltby Post'],
      [['KESTORIA | National Press Agency of Tessary', 'News | Regions | Economy | Culture'], 'Kestoria'],
    ] as const) {
      const doc = parseDocument('000_9a1c.txt', page([...top]));
      assert.equal(doc.meta.outlet, outlet, top.join(' / '));
      assert.equal(doc.meta.title, 'Ferry crew rescued off Saltby after engine fire');
      assert.equal(doc.meta.published, '2026-06-03');
    }
    // A short headline the page repeats is the headline, not a masthead.
    const plain = parseDocument('b.txt', 'Saltby Ferry Fire Explained\n\nSaltby Ferry Fire Explained\n\nFire crews fought a blaze aboard the ferry overnight, the coast guard said.\n');
    assert.equal(plain.meta.outlet, undefined);
    assert.equal(plain.meta.title, 'Saltby Ferry Fire Explained');
    // A page's label before its headline is blanked from the prose (offsets kept): "LIVE: Adela …" opens with the name.
    const live = parseDocument('d.txt', 'LIVE: Adela Vrancen stabbed at rally\n\nUPDATE 2-Kestoria says the port is shut\n\nThe mayor spoke.\n');
    assert.equal(live.prose.length, live.text.length);
    assert.ok(live.prose.startsWith('      Adela Vrancen stabbed'), live.prose);
    assert.ok(live.prose.includes('         Kestoria says'), live.prose);
    assert.equal(live.meta.title, 'LIVE: Adela Vrancen stabbed at rally');
    // "Updated 00:20, Sunday 11 October": no year, but the year the page names in which that day is a Sunday.
    const blog = parseDocument('e.txt', 'Orlan\nLIVE: Ferry crew rescued off Saltby after engine fire\n\nLIVE: Ferry crew rescued off Saltby after engine fire\n\nUpdated 00:20, Sunday 11 October\n\nThe 2020 season ended early when the ferry caught fire at dawn.\n');
    assert.equal(blog.meta.published, '2020-10-11');
    // Not the year after an earlier event the page names ("built in 2019"): that is left for the other sources.
    const built = parseDocument('e2.txt', 'Orlan\nLIVE: Ferry crew rescued off Saltby after engine fire\n\nLIVE: Ferry crew rescued off Saltby after engine fire\n\nUpdated 00:20, Sunday 11 October\n\nThe ferry, built in 2019, caught fire at dawn.\n');
    assert.equal(built.meta.published, undefined);
    assert.deepEqual(built.meta.undated, { month: 10, day: 11, weekday: 0 });
    const none = parseDocument('f.txt', 'Orlan\nLIVE: Ferry crew rescued off Saltby after engine fire\n\nLIVE: Ferry crew rescued off Saltby after engine fire\n\nUpdated 00:20, Sunday 11 October\n\nThe ferry caught fire at dawn.\n');
    assert.equal(none.meta.published, undefined);
    // A headline that names a day is no stamp; the year most named wins over a year of a plan ("by 2036").
    assert.equal(parseDocument('g.txt', 'Strike called for Monday 3 March\n\nThe union said the strike would go ahead in 2025.\n').meta.published, undefined);
    const plan = parseDocument('h.txt', 'Orlan\nLIVE: Ferry crew rescued off Saltby after engine fire\n\nLIVE: Ferry crew rescued off Saltby after engine fire\n\nUpdated 13:30, Thursday 16 July\n\nThe 2026 season began in May. The 2026 timetable stands. The port plans a new quay by 2036.\n');
    assert.equal(plan.meta.published, '2026-07-16');
    // "16.04.2026 10:05 | Orlan | Society": a dotted date is day first.
    const dotted = parseDocument('c.txt', 'Orlan\n\nFerry crew rescued off Saltby after engine fire\n\n16.04.2026 10:05 | Orlan | Society\n\nFire crews fought a blaze aboard the ferry overnight.\n');
    assert.equal(dotted.meta.published, '2026-04-16');
  });
  it('takes neither a time stamp nor a writer for the outlet of a saved page', () => {
    const text = 'Skip to content\nPier fire in Saltby\n\nBy Rhys Coldwell\nUpdated 09:10 GMT\n3 June 2026\nShare this article\n\nFire crews fought a blaze on Saltby pier overnight, the fire service said.\n';
    const doc = parseDocument('a.txt', text);
    assert.equal(doc.meta.outlet, undefined);
    assert.equal(doc.meta.byline, 'Rhys Coldwell');
    assert.equal(doc.meta.title, 'Pier fire in Saltby');
    const two = parseDocument('b.txt', 'Pier fire in Saltby\nMara Quell and Tomas Brenn in Saltby\n4 June 2026\n\nFire crews fought a blaze on the pier, the fire service said.\n');
    assert.equal(two.meta.outlet, undefined);
    assert.equal(two.meta.byline, 'Mara Quell and Tomas Brenn');
  });

  it('reads a Markdown page converted from a news site: its breadcrumb names the site, a standfirst comes before the byline, a stamp word before the date', () => {
    const text = [
      '[Harwick Ledger](https://ledger.example/) › [News](https://ledger.example/news) › [Coldmere](https://ledger.example/news/coldmere)', '',
      '# Bridge at Coldmere closes after cracks found in pier', '',
      '*Engineers say the pier could not take the weight of a loaded lorry, and the council has ordered an inspection of every bridge in the county.*', '',
      'By [Imogen Tally](https://ledger.example/authors/imogen-tally), Transport correspondent', '',
      'Published 12 May 2026 · Updated 14:20', '',
      'Key events', '',
      'Engineers closed the Coldmere bridge on Monday after finding cracks in a pier, the county council said.', '',
    ].join('\n');
    const doc = parseDocument('000_5e1f.md', text);
    assert.equal(doc.meta.outlet, 'Harwick Ledger');
    assert.equal(doc.meta.byline, 'Imogen Tally');
    assert.equal(doc.meta.published, '2026-05-12');
    assert.ok(!doc.sentences.some((s) => text.slice(s.start, s.end).includes('›')), 'the breadcrumb is no sentence');
  });

  it('counts words of prose', () => {
    assert.equal(countWords('The mayor said 12 people — at least — died.'), 8);
  });
});
