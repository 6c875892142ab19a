import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI is tested as people run it: the built bundle, in a child process.
const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const samples = join(__dirname, '..', '..', 'samples', 'harbor-blast');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('triangulate CLI', function () {
  before(function () {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: npm test builds it first (npm run build)');
  });

  it('prints a readable summary of the sample corpus', () => {
    const r = run('report', samples);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /SOURCES/);
    assert.match(r.stdout, /Meridian Wire/);
    assert.match(r.stdout, /TOP ACTORS/);
    assert.match(r.stdout, /CONTRADICTIONS: \d+/);
    // Each passage is placed as editors read it: file:line:column, where the passage starts.
    const places = [...r.stdout.matchAll(/: (.{12}).*\((\S+?):(\d+):(\d+)\)$/gm)];
    assert.ok(places.length > 3, 'contradiction sides with their places');
    for (const [, shown, file, line, col] of places) {
      const at = readFileSync(join(samples, file), 'utf8').split('\n')[Number(line) - 1].slice(Number(col) - 1);
      // The passage as shown, or inside the quotation marks the summary puts around it.
      assert.ok(at.startsWith(shown) || at.startsWith(shown.slice(1)), `${file}:${line}:${col} holds ${JSON.stringify(at.slice(0, 20))}, not ${JSON.stringify(shown)}`);
    }
  });

  it('prints a schema-v1 JSON report whose offsets point at the text they name', () => {
    const r = run('report', samples, '--json');
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.sources.length, 5);
    assert.ok(report.actors.length > 5);
    for (const a of report.actors) {
      assert.ok(['person', 'organization', 'place', 'other'].includes(a.type));
      for (const m of a.mentions) {
        const text = readFileSync(join(samples, m.file), 'utf8');
        assert.equal(text.slice(m.start, m.end), m.text, `${m.file}@${m.start}`);
      }
    }
    for (const c of report.claims) {
      const text = readFileSync(join(samples, c.file), 'utf8');
      assert.equal(text.slice(c.start, c.end), c.text);
    }
    for (const x of report.contradictions) {
      assert.ok(x.sides.length >= 2, x.summary);
      for (const s of x.sides) {
        assert.ok(s.end - s.start <= 600, 'sides are sentence-sized');
        assert.equal(readFileSync(join(samples, s.file), 'utf8').slice(s.start, s.end), s.text, `${x.topic}: side at ${s.file}@${s.start}`);
      }
    }
  });

  it('writes Markdown and HTML reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-cli-'));
    const r = run('report', samples, '--markdown', join(dir, 'r.md'), '--html', join(dir, 'r.html'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(dir, 'r.md'), 'utf8'), /^# Cross-source report/);
    // "denied that …" is a denial; "did not say …" is only a negative statement.
    assert.match(readFileSync(join(dir, 'r.md'), 'utf8'), /\*\(denial\)\* .*denied/);
    assert.match(readFileSync(join(dir, 'r.md'), 'utf8'), /\*\(negative\)\* /);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /script-src 'none'/);
    // A passage that opens with its own quotation mark is not quoted twice.
    const md = readFileSync(join(dir, 'r.md'), 'utf8');
    assert.ok(/: [“"]/.test(md), 'the sample report has a side that opens with a quotation');
    assert.ok(!/“[“"]/.test(md) && !/“<a [^>]*>[“"]/.test(html), 'no doubled opening quotation marks');
  });

  it('exits 2 with a message, not a stack trace, on bad usage or a missing folder', () => {
    for (const args of [[], ['report'], ['report', '/no/such/folder'], ['frobnicate'], ['report', samples, '--bogus']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^triangulate: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('skips binary, oversized and non-UTF-8 files with a warning naming each, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-bad-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'ok.md'), '# Bridge closes\n\nThe mayor said the bridge in Alden closed on Monday.\n');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'sub', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x41]));
    writeFileSync(join(dir, 'big.md'), 'word '.repeat(500));
    const r = run('report', dir, '--json', '--max-file-size', '1000');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /bin\.txt: binary/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
    assert.match(r.stderr, /big\.md: larger than .*raise --max-file-size/);
    assert.deepEqual(JSON.parse(r.stdout).sources.map((s: { file: string }) => s.file), ['ok.md']);
  });

  it('skips empty files and the folder\'s README, CHANGELOG and LICENSE, naming the empty ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-empty-'));
    writeFileSync(join(dir, 'ok.md'), '# Bridge closes\n\nThe mayor said the bridge in Alden closed on Monday.\n');
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
    writeFileSync(join(dir, 'README.md'), '# Notes\n\nArticles collected by the desk.\n');
    writeFileSync(join(dir, 'LICENSE.txt'), 'All rights reserved.\n');
    const r = run('report', dir, '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /empty\.md: empty/);
    assert.match(r.stderr, /blank\.txt: empty/);
    assert.deepEqual(JSON.parse(r.stdout).sources.map((s: { file: string }) => s.file), ['ok.md']);
  });

  it('exits 2 with one line when a report file cannot be written, and stops quietly when its output is cut off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-out-'));
    writeFileSync(join(dir, 'taken'), 'a file where a folder should be');
    const r = run('report', samples, '--markdown', join(dir, 'taken', 'r.md'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot write .*r\.md/);
    assert.ok(!/\n\s+at /.test(r.stderr) && !/usage:/.test(r.stderr), r.stderr);
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" report "${samples}" --json 2>"${join(dir, 'err')}" | head -c 10 >/dev/null`], { encoding: 'utf8' });
    assert.equal(piped.status, 0);
    assert.equal(readFileSync(join(dir, 'err'), 'utf8'), '', 'no EPIPE error when the reader stops early');
    assert.match(run('--version').stdout, /^triangulate \d+\.\d+\.\d+/);
  });

  it('exits 1 with --fail-on-contradictions when some are found', () => {
    const r = run('report', samples, '--fail-on-contradictions');
    const n = Number(/CONTRADICTIONS: (\d+)/.exec(r.stdout)?.[1]);
    assert.ok(n > 0, 'the sample corpus has deliberate contradictions');
    assert.equal(r.status, 1);
    const clean = mkdtempSync(join(tmpdir(), 'tri-clean-'));
    writeFileSync(join(clean, 'a.md'), 'The museum in Orlen reopened on Friday, its director said.\n');
    assert.equal(run('report', clean, '--fail-on-contradictions').status, 0);
  });
});

describe('triangulate CLI on a folder of stories', function () {
  it('compares all the articles under the folder, or each folder\'s apart with --by-folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-stories-'));
    for (const [folder, toll] of [['harbor', '12'], ['alder', '31']]) {
      mkdirSync(join(dir, folder));
      for (const file of ['coastal-ledger.md', 'meridian-wire.md', 'radio-selwyn.md']) {
        writeFileSync(join(dir, folder, file), readFileSync(join(samples, file), 'utf8').replace(/At least 12 people/g, `At least ${toll} people`));
      }
    }
    type Side = { file: string };
    const across = (args: string[]) => {
      const r = run('report', dir, '--json', ...args);
      assert.equal(r.status, 0, r.stderr);
      const report = JSON.parse(r.stdout) as { contradictions: Array<{ sides: Side[] }> };
      return { all: report.contradictions.length, across: report.contradictions.filter((x) => new Set(x.sides.map((s) => s.file.split('/')[0])).size > 1).length };
    };
    const together = across([]);
    const apart = across(['--by-folder']);
    assert.ok(together.across > 0, 'one event: the two tolls are disputed');
    assert.equal(apart.across, 0);
    assert.ok(apart.all > 0, 'each folder keeps its own disputes');
    // The summary and the HTML report name each dispute's story, and an outlet's two articles by their folders.
    const text = run('report', dir, '--by-folder', '--html', join(dir, 'r.html')).stdout;
    assert.match(text, /^ {2}alder: \[numeric\]/m);
    assert.match(text, /^ {2}harbor: \[numeric\]/m);
    assert.match(text, /^ {2}Harlow Chemicals \(organization, alder\): \d+ mentions in \d of 3 sources/m);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    assert.match(html, /<span class="story">alder<\/span>/);
    assert.match(html, /<th>The Coastal Ledger \(harbor\)<\/th>/);
    assert.doesNotMatch(run('report', dir).stdout, /^ {2}(?:alder|harbor): /m, 'one story: no story names');
  });
});

describe('triangulate CLI with corrections', function () {
  this.timeout(60_000);
  const copySamples = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-ann-'));
    for (const f of ['coastal-ledger.md', 'daily-sentinel.txt', 'meridian-wire.md', 'northgate-post.txt', 'radio-selwyn.md']) writeFileSync(join(dir, f), readFileSync(join(samples, f)));
    mkdirSync(join(dir, '.triangulate'));
    return dir;
  };

  it('applies the annotations file beside the articles: a dismissed contradiction leaves the report', async () => {
    const { contradictionAnchors, serializeAnnotationsFile } = await import('../../src/engine/annotations/index');
    const dir = copySamples();
    const before = JSON.parse(run('report', dir, '--json').stdout);
    const target = before.contradictions.find((x: { kind: string }) => x.kind === 'status');
    assert.ok(target, 'the samples have a status contradiction');
    const texts = new Map<string, string>(before.sources.map((s: { file: string }) => [s.file, readFileSync(join(dir, s.file), 'utf8')]));
    const dismissal = { id: 'an-test-1', kind: 'contradiction.dismiss', created: '2026-01-01T00:00:00.000Z', reason: 'different days', ...contradictionAnchors(target, texts) };
    writeFileSync(join(dir, '.triangulate', 'annotations.json'), serializeAnnotationsFile({ version: 1, annotations: [dismissal as never] }));
    const after = run('report', dir, '--json');
    assert.equal(after.status, 0, after.stderr);
    const kinds = JSON.parse(after.stdout).contradictions.map((x: { kind: string }) => x.kind);
    assert.equal(kinds.length, before.contradictions.length - 1);
    assert.ok(!kinds.includes('status'));
  });

  it('reports a corrupted annotations file with its path and line, leaves it untouched and carries on', () => {
    const dir = copySamples();
    const bad = '{\n  "version": 1,\n  "annotations": [\n    { "id": "x", \n';
    const path = join(dir, '.triangulate', 'annotations.json');
    writeFileSync(path, bad);
    const r = run('report', dir, '--json');
    assert.equal(r.status, 0);
    assert.match(r.stderr, /annotations\.json:\d+: .*reporting without corrections/);
    assert.ok(JSON.parse(r.stdout).contradictions.length > 0, 'the automatic reading goes on');
    assert.equal(readFileSync(path, 'utf8'), bad, 'the file is left as it was');
  });
});
