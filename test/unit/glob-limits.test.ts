import { strict as assert } from 'node:assert';
import { matchesGlobs, globToRegExp } from '../../src/engine/glob';
import { decodeArticle } from '../../src/engine/limits';
import { escapeHtml, escapeMarkdown } from '../../src/engine/escape';

describe('globs', () => {
  it('matches the default include and exclude settings', () => {
    const inc = ['**/*.{md,txt}'];
    const exc = ['**/node_modules/**', '**/.git/**'];
    assert.ok(matchesGlobs('a.md', inc, exc));
    assert.ok(matchesGlobs('news/2024/b.txt', inc, exc));
    assert.ok(!matchesGlobs('node_modules/x/readme.md', inc, exc));
    assert.ok(!matchesGlobs('pkg/node_modules/x.md', inc, exc));
    assert.ok(!matchesGlobs('a.mdx', inc, exc));
    assert.ok(globToRegExp('*.md').test('a.md') && !globToRegExp('*.md').test('x/a.md'));
  });
});

describe('article decoding', () => {
  it('refuses oversized, binary and invalid UTF-8 files with a reason', () => {
    const big = decodeArticle(new Uint8Array(10), 5);
    assert.equal(big.ok, false);
    assert.match(!big.ok ? big.reason : '', /larger than/);
    const bin = decodeArticle(new Uint8Array([65, 0, 66]));
    assert.match(!bin.ok ? bin.reason : '', /binary/);
    const bad = decodeArticle(new Uint8Array([0x41, 0xff, 0xfe, 0x42]));
    assert.match(!bad.ok ? bad.reason : '', /UTF-8/);
  });
  it('keeps a BOM so offsets match the file text', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    assert.ok(r.ok && r.text === '\ufeffA');
  });
});

describe('escaping', () => {
  it('neutralises HTML and Markdown links from article text', () => {
    assert.equal(escapeHtml('<img src=x onerror="a()">'), '&lt;img src=x onerror=&quot;a()&quot;&gt;');
    const md = escapeMarkdown('[click](command:workbench.action.terminal.new) <b>');
    assert.ok(!md.includes('](command:'));
    assert.ok(!md.includes('<b>'));
  });
});
