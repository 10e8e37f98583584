import * as assert from 'assert';
import fc from 'fast-check';
import { cliticAt, startsLowerCase } from '../../../src/core/text/tokenize';

const pieces = ["'", '’', 's', 'S', 'n', 'N', 't', 'T', 'a', 'É', 'é', 'ß', '1', '-', '𝑎', 'Ω', 'ω', ' '];
const word = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map(p => p.join(''));

describe('tokenizer helpers', () => {
  it('cliticAt finds what the clitic regex finds', () => {
    const reference = (w: string) => /(?:['’][sS]|[nN]['’][tT])$/.exec(w)?.index ?? -1;
    for (const w of ["Korea's", 'don’t', "CAN'T", "'s", "n't", 'its', 'Ts', "isn't", "O'Brien", 'x’S']) {
      assert.strictEqual(cliticAt(w), reference(w), w);
    }
    fc.assert(
      fc.property(word, w => cliticAt(w) === reference(w)),
      { numRuns: 5000 },
    );
  });

  it('startsLowerCase agrees with /^\\p{Ll}/u', () => {
    for (const w of ['a', 'Z', '', 'élan', 'Élan', 'ßx', '𝑎b', '1a', '’s', 'ω']) {
      assert.strictEqual(startsLowerCase(w), /^\p{Ll}/u.test(w), w);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3 }), w => startsLowerCase(w) === /^\p{Ll}/u.test(w)),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(word, w => startsLowerCase(w) === /^\p{Ll}/u.test(w)),
      { numRuns: 2000 },
    );
  });
});
