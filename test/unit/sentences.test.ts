import { strict as assert } from 'node:assert';
import { splitSentences } from '../../src/engine/sentences';

const split = (t: string) => splitSentences(t, [{ start: 0, end: t.length }]).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it('does not end a sentence at titles, initials or decimals', () => {
    assert.deepEqual(split('Gen. Ruiz met Dr. J. Okon in the U.S. capital on Jan. 4. Costs rose 3.5 percent.'),
      ['Gen. Ruiz met Dr. J. Okon in the U.S. capital on Jan. 4.', 'Costs rose 3.5 percent.']);
  });
  it('keeps closing quotes with the sentence they close', () => {
    assert.deepEqual(split('“We will rebuild.” She left. "Never again!" he said.'), ['“We will rebuild.”', 'She left.', '"Never again!" he said.']);
  });
  it('ends a sentence after "a.m." or "Ltd." when the next word opens one, and not before a weekday', () => {
    assert.deepEqual(split('The fire broke out at 4:05 a.m. The fire service says it was called at 3:21 a.m. "We came at once," a spokesman said. Talks resume at 4 p.m. Friday at Orla Ltd. in the port.'),
      ['The fire broke out at 4:05 a.m.', 'The fire service says it was called at 3:21 a.m.', '"We came at once," a spokesman said.', 'Talks resume at 4 p.m. Friday at Orla Ltd. in the port.']);
  });
  it('keeps one or several footnote markers with the sentence they close', () => {
    assert.deepEqual(split('The charity says 19 died.[1][3] The ministry says 11.[2] Both stand by them.'),
      ['The charity says 19 died.[1][3]', 'The ministry says 11.[2]', 'Both stand by them.']);
  });
  it('does not split before a lowercase continuation', () => {
    assert.deepEqual(split('"Is it over?" asked the mayor. Yes.'), ['"Is it over?" asked the mayor.', 'Yes.']);
  });
});
