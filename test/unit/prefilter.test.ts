import { strict as assert } from 'node:assert';
import { Gated, gated, requiredLiterals, tryInOrder } from '../../src/engine/prefilter';

describe('prefilter: the literals every match of a pattern contains', () => {
  it('reads alternatives, optional words and groups', () => {
    assert.deepEqual(requiredLiterals(/\b(?:fire|blaze)\s+(?:is|was)\s+out\b/)?.sort(), ['blaze', 'fire']);
    assert.deepEqual(requiredLiterals(/\b(?:a\s+)?deliberate\s+(?:act|attack)/), ['deliberate']);
    assert.deepEqual(requiredLiterals(/warn|alert|notif/)?.sort(), ['alert', 'notif', 'warn']);
    // Small sets of exact strings are joined: "ransoms?" is "ransom" or "ransoms", and "ransom" is enough.
    assert.deepEqual(requiredLiterals(/\bransoms?\b/), ['ransom']);
    assert.deepEqual(requiredLiterals(/(?:ab|cd)[xz]/)?.sort(), ['abx', 'abz', 'cdx', 'cdz']);
  });

  it('does not join a group whose strings were too many to list to what stands before it', () => {
    // Seven two-way choices are 128 strings: the group's last choice alone is no string it matches whole.
    const re = /zzzzzzzz(?:x(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)(?:k|l)(?:m|n))/;
    assert.ok(re.test('zzzzzzzzxacegikm'));
    assert.ok(new Gated(re.source).test('zzzzzzzzxacegikm'));
    assert.ok(!requiredLiterals(re)?.some((x) => x.endsWith('zm') || x.endsWith('zn')));
  });

  it('takes what a positive look-ahead requires of the text, and nothing from a negative one', () => {
    assert.deepEqual(requiredLiterals(/^(?=[\s\S]*\bhospital\b)(?=[\s\S]*\bshell)/)?.sort(), ['hospital']);
    assert.deepEqual(requiredLiterals(/(?<!\bnot\s)\bsaid\b/), ['said']);
    assert.equal(requiredLiterals(/(?!fire)\w+/), null);
  });

  it('says nothing when a match need not contain any literal, or when it cannot tell', () => {
    assert.equal(requiredLiterals(/x?y*/), null);
    assert.equal(requiredLiterals(/\d+\s+\w+/), null);
    assert.equal(requiredLiterals(/fire|\d+/), null, 'one alternative without a literal');
    assert.equal(requiredLiterals(/fire/i), null, 'case-folding is left to the engine');
    assert.equal(requiredLiterals(/fire/y), null);
    assert.deepEqual(requiredLiterals(/(a)b\1/), ['ab']);
  });

  it('reads escapes and classes as the characters they stand for', () => {
    assert.deepEqual(requiredLiterals(/\.\x41\u00e9/), ['.Aé']);
    assert.deepEqual(requiredLiterals(/[\u2018\u2019]s/)?.sort(), ['\u2018s', '\u2019s']);
    assert.equal(requiredLiterals(/[^a]b/)?.join(), 'b');
    // "[]" matches nothing and closes at once: "c]d" is the other alternative, to be found.
    assert.ok(new Gated('a[]b|c]d').test('xc]dx'));
    assert.equal(requiredLiterals(new RegExp('x\\012y')), null, 'a legacy octal escape is not read as "\\0", "1", "2"');
    assert.deepEqual(requiredLiterals(/a{2}b/), ['aab']);
    assert.deepEqual(requiredLiterals(/x(?:ab){1,3}/), ['ab'], 'a repeat of at least one keeps its atom');
  });

  it('gives up on escapes whose meaning depends on the flags, and on characters outside the BMP under u', () => {
    // Each pattern matches its text; a reader that took the escape for something else would rule it out.
    const cases: Array<[RegExp, string]> = [
      [new RegExp('ab\\u{3}cd'), 'abuuucd'], // without u: "u" three times
      [/abc😀?/u, 'abc'], // under u the quantifier takes the whole pair
      [/abc\uD83D\uDE00?/u, 'abc'],
      [/x[😀-😂]yz/u, 'x😁yz'],
      [new RegExp('\\c\\dabc'), '\\c1abc'], // "\c" not before a letter: a backslash and a "c"
      [new RegExp('[\\c]abc|[x]yzw'), 'cabc'],
      [new RegExp('abc[\\1]'), 'abc\x01'], // a legacy octal escape in a class
      [new RegExp('\\p{a|bcd}efg'), 'p{a'], // without u, "\p" is a "p"
      [new RegExp('\\k<a|bcd>efg'), 'k<a'], // without named groups, "\k" is a "k"
      [new RegExp('x\\p{abc'), 'xp{abc'], // no closing brace: read to the end, not from the start again
    ];
    for (const [re, text] of cases) {
      assert.ok(re.test(text), `${re} matches ${JSON.stringify(text)}`);
      assert.ok(new Gated(re.source, re.flags).test(text), `${re} gated on ${JSON.stringify(text)}`);
    }
    // String methods called directly with a number read it as its text, as the plain pattern does.
    assert.equal((gated(/\b1234/g) as Gated)[Symbol.replace](12345 as unknown as string, 'x' as never), 'x5');
  });

  it('lets every text through to a pattern it cannot use', () => {
    const digits = gated(/\d+/) as Gated;
    assert.equal(digits.gates, false);
    assert.ok(digits.may('no figure here'));
    const short = gated(/\b(?:is|was)\s+over\b|\b20\d\d/) as Gated;
    assert.equal(short.gates, false, 'a literal of two characters is in nearly every passage');
    const fire = gated(/\bfire\b/) as Gated;
    assert.ok(fire.gates);
    assert.equal(fire.may('the blaze is out'), false);
    assert.equal(gated(fire), fire);
  });
});

// A small pattern language over a three-letter alphabet, to compare a gated pattern with the plain one.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function randomPattern(r: () => number, depth = 0): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const atom = (): string => {
    const k = r();
    if (depth > 2 || k < 0.35) return pick(['a', 'b', ' ', 'abc', 'bca', 'cab', 'abca', 'ca\\.']);
    if (k < 0.45) return pick(['[ab]', '[^a]', '.', '\\w', '\\s', '[a-c]', '\\b']);
    if (k < 0.7) return `(?:${randomPattern(r, depth + 1)})`;
    if (k < 0.8) return `(${randomPattern(r, depth + 1)})`;
    return `(${pick(['?=', '?!', '?<=', '?<!'])}${randomPattern(r, depth + 1)})`;
  };
  const seq = () => {
    let out = '';
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) out += atom() + (r() < 0.3 ? pick(['?', '*', '+', '{1,2}', '{2}', '??', '+?']) : '');
    return out;
  };
  const alts = [seq()];
  while (r() < 0.3) alts.push(seq());
  return alts.join('|');
}

describe('prefilter: a gated pattern answers as the pattern does', () => {
  it('on random patterns and texts, for every string method', () => {
    const r = rng(7);
    let gatedCount = 0;
    let skipped = 0;
    for (let n = 0; n < 400; n++) {
      const source = randomPattern(r);
      const flags = ['', 'g', 'y', 'gy'][Math.floor(r() * 4)];
      let plain: RegExp;
      try {
        plain = new RegExp(source, flags);
      } catch {
        continue;
      }
      const g = new Gated(source, flags);
      if (g.gates) gatedCount++;
      for (let t = 0; t < 20; t++) {
        let text = '';
        const len = Math.floor(r() * 16);
        for (let i = 0; i < len; i++) text += r() < 0.3 ? 'abc' : 'abc .'[Math.floor(r() * 5)];
        const where = `/${source}/${flags} on ${JSON.stringify(text)}`;
        plain.lastIndex = 0;
        g.lastIndex = 0;
        const skip = (m: RegExpExecArray | RegExpMatchArray | null) => (m ? [...m, m.index] : null);
        assert.deepEqual(skip(g.exec(text)), skip(plain.exec(text)), where);
        assert.equal(g.lastIndex, plain.lastIndex, where);
        plain.lastIndex = 0;
        g.lastIndex = 0;
        assert.equal(g.test(text), plain.test(text), where);
        assert.deepEqual(text.match(g), text.match(plain), where);
        assert.equal(text.search(g), text.search(plain), where);
        assert.equal(text.replace(g, '<$&>'), text.replace(plain, '<$&>'), where);
        assert.deepEqual(text.split(g), text.split(plain), where);
        if (flags.includes('g')) assert.deepEqual([...text.matchAll(g)].map(skip), [...text.matchAll(plain)].map(skip), where);
        if (!g.may(text)) skipped++;
      }
    }
    // The comparison means something only if many patterns were gated and many texts skipped.
    assert.ok(gatedCount > 50, `gated ${gatedCount}`);
    assert.ok(skipped > 300, `skipped ${skipped}`);
  });

  it('a text tried by many patterns, read once for all of them, gets the same answers', () => {
    const r = rng(11);
    const pairs: Array<[Gated, RegExp]> = [];
    while (pairs.length < 200) {
      const source = randomPattern(r);
      try {
        pairs.push([new Gated(source), new RegExp(source)]);
      } catch {
        // not a valid pattern
      }
    }
    let ruledOut = 0;
    for (let t = 0; t < 100; t++) {
      let text = '';
      const len = Math.floor(r() * 16);
      for (let i = 0; i < len; i++) text += r() < 0.3 ? 'abc' : 'abc .'[Math.floor(r() * 5)];
      // The first tries look for the literals one by one; from the third on, the text is read once for all.
      for (let round = 0; round < 4; round++) {
        for (const [g, plain] of pairs) {
          assert.equal(g.test(text), plain.test(text), `${plain} on ${JSON.stringify(text)}, round ${round}`);
          if (round === 3 && g.gates && !g.may(text)) ruledOut++;
        }
      }
    }
    assert.ok(ruledOut > 2000, `ruled out ${ruledOut}`);
  });

  it('texts tried in any order, read again as patterns come into use, get the same answers', () => {
    const r = rng(23);
    const words = ['fire', 'blaze', 'toll', 'rose', 'dead', 'said', 'denied', 'talks', 'court', 'warning'];
    const texts = Array.from({ length: 300 }, () => Array.from({ length: 2 + Math.floor(r() * 8) }, () => words[Math.floor(r() * words.length)]).join(' '));
    // Some texts again as other strings of the same content.
    for (let i = 0; i < 40; i++) texts.push(texts[i].split(' ').join(' '));
    const pairs: Array<[Gated, RegExp]> = [];
    const orders = [
      texts.map((_, i) => i),
      texts.map((_, i) => texts.length - 1 - i),
      texts.map((_, i) => i).filter((i) => i % 3 === 0),
      texts.map((_, i) => i).flatMap((i) => [i, i, (i * 7) % texts.length]),
    ];
    for (let pass = 0; pass < 12; pass++) {
      // Forty patterns come into use before each pass: the texts read before are read again for them.
      for (let k = 0; k < 40; k++) {
        const source = `\\b${words[Math.floor(r() * words.length)]}\\b(?:\\s+\\w+){0,${k % 3}}\\s+${words[Math.floor(r() * words.length)]}`;
        pairs.push([new Gated(new RegExp(source)), new RegExp(source)]);
      }
      // The order said beforehand is the one tried, or another: the answers are the same.
      tryInOrder(orders[(pass + (pass % 2)) % orders.length].map((i) => texts[i]));
      for (const i of orders[pass % orders.length]) {
        for (const [g, plain] of pairs.slice(pass * 7 % 40)) assert.equal(g.test(texts[i]), plain.test(texts[i]), `${plain} on ${JSON.stringify(texts[i])}, pass ${pass}`);
      }
    }
    assert.ok(pairs.every(([g]) => g.gates));
  });
});
