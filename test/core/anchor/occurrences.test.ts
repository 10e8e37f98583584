import * as assert from 'assert';
import fc from 'fast-check';
import { Occurrences } from '../../../src/core/anchor/occurrences';

function naive(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

describe('Occurrences', () => {
  it('finds the same occurrences searching quotes one by one or many in one pass (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'K', ' ', '😀', 'é');
    const snippet = fc.array(unit, { minLength: 1, maxLength: 4 }).map(u => u.join(''));
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 80 }),
        fc.array(snippet, { minLength: 20, maxLength: 40 }),
        (units, quotes) => {
          const text = units.join('');
          const occurrences = new Occurrences(text);
          for (const quote of quotes) occurrences.expect(quote);
          // The first searches go one by one, the rest in one pass: both must agree with indexOf.
          for (const quote of quotes) assert.deepStrictEqual(occurrences.of(quote), naive(text, quote), quote);
        },
      ),
      { numRuns: 300 },
    );
  });
});
