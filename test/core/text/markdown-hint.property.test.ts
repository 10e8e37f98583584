import * as assert from 'assert';
import fc from 'fast-check';
import { mayHaveMarkup } from '../../../src/core/text/markdown';

/** The quick check as one regex, the form it replaced. */
const ONE_REGEX = /[`[<*_#>|~@]|^[ \t]*(?:[-+]|\d{1,3}[.)])\s|https?:|www\./m;

// Characters of every alternative, line breaks of every kind, and plain text around them.
const PIECES = [
  'a',
  'K',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u2028',
  '\u2029',
  '-',
  '+',
  '1',
  '12',
  '123',
  '1234',
  '.',
  ')',
  'http',
  's',
  ':',
  'www',
  'w',
  '`',
  '[',
  '<',
  '*',
  '_',
  '#',
  '>',
  '|',
  '~',
  '@',
  'é',
  '😀',
];

describe('mayHaveMarkup', () => {
  it('agrees with the single-regex check', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), pieces => {
        const text = pieces.join('');
        assert.strictEqual(mayHaveMarkup(text), ONE_REGEX.test(text), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds list markers at the start and after each kind of line break', () => {
    for (const text of ['- a', '12. a', 'x\n+ a', 'x\r1) a', 'x\u2028- a', 'x\u2029\t- a'])
      assert.ok(mayHaveMarkup(text), text);
    for (const text of ['a - b', 'x\n-a', '1234. a', 'plain text']) assert.ok(!mayHaveMarkup(text), text);
  });
});
