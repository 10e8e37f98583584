import * as assert from 'assert';
import { splitSentences, tokenize } from '../../../src/core/text/tokenize';
import { maskMarkup } from '../../../src/core/text/markdown';

const words = (text: string) => tokenize(text).map(t => t.text);

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Anna met  “Bob” — twice.';
    for (const t of tokenize(text)) assert.strictEqual(text.slice(t.start, t.end), t.text);
  });

  it('splits possessives and negations off, straight or curly', () => {
    assert.deepStrictEqual(words("Norway's king"), ['Norway', "'s", 'king']);
    assert.deepStrictEqual(words('Norway’s king'), ['Norway', '’s', 'king']);
    assert.deepStrictEqual(words("they don't"), ['they', 'do', "n't"]);
    assert.deepStrictEqual(words("O'Hara's farm"), ["O'Hara", "'s", 'farm']);
  });

  it('keeps abbreviations, initials and titles whole', () => {
    assert.deepStrictEqual(words('The U.S. envoy Mr. Lee and J. R. Ewing'), [
      'The',
      'U.S.',
      'envoy',
      'Mr.',
      'Lee',
      'and',
      'J.',
      'R.',
      'Ewing',
    ]);
    // Titles as Philippine papers abbreviate them.
    assert.deepStrictEqual(words('Engr. Cruz and Atty. Reyes'), ['Engr.', 'Cruz', 'and', 'Atty.', 'Reyes']);
  });

  it('separates dashes and quotes in a dateline', () => {
    assert.deepStrictEqual(words('OSLO – "Fine," she said'), ['OSLO', '–', '"', 'Fine', ',', '"', 'she', 'said']);
  });

  it('keeps hyphenated names, numbers and dates whole', () => {
    assert.deepStrictEqual(words('Smith-Jones paid 1,250.50 on 2024-03-01'), [
      'Smith-Jones',
      'paid',
      '1,250.50',
      'on',
      '2024-03-01',
    ]);
  });

  it('reads words the same where letters beyond ASCII meet ASCII ones', () => {
    assert.deepStrictEqual(words('U.S.A. and U.S.Army'), ['U.S.A.', 'and', 'U.S.Army']);
    assert.deepStrictEqual(words('a.é. Zürich-born naïve'), ['a.é.', 'Zürich-born', 'naïve']);
    assert.deepStrictEqual(words("x'sy 're 'd 'sé 'll"), ["x'sy", "'re", "'d", "'", 'sé', "'ll"]);
    assert.deepStrictEqual(words('1,000 1,a 3,٣ 7_b é,1'), ['1,000', '1', ',', 'a', '3,٣', '7_b', 'é', ',', '1']);
    assert.deepStrictEqual(words('Café’s Jones’ ...--- -.'), ['Café', '’s', 'Jones', '’', '...', '---', '-', '.']);
    assert.deepStrictEqual(words('ab\u0301c de\u00a0fg'), ['ab\u0301c', 'de', 'fg']);
  });

  it('yields no tokens for Markdown markup or link targets', () => {
    const text = '# Title\n\nSee **[Oslo Museum](https://example.org/oslo_museum)** and _Bergen_.';
    assert.deepStrictEqual(words(text), ['Title', 'See', 'Oslo', 'Museum', 'and', 'Bergen', '.']);
  });
});

describe('maskMarkup', () => {
  it('keeps length and the visible text of links', () => {
    const text = 'A [link text](http://x.y/z) and `code` here';
    const masked = maskMarkup(text);
    assert.strictEqual(masked.length, text.length);
    assert.ok(masked.includes('link text'));
    assert.ok(!masked.includes('http'));
    assert.ok(!masked.includes('code'));
  });

  it('leaves snake_case words alone', () => {
    assert.strictEqual(maskMarkup('call my_function now *'), 'call my_function now  ');
  });

  it('blanks every code unit of a marked stretch but line feeds, and nothing outside it', () => {
    assert.strictEqual(
      maskMarkup('Hi 😀 `a😀\r` [x](u) é\n```\nz\r\n```\nEnd'),
      'Hi 😀' + ' '.repeat(9) + 'x' + ' '.repeat(5) + 'é\n   \n  \n   \nEnd',
    );
  });
});

describe('splitSentences', () => {
  const sentences = (text: string) => splitSentences(text).map(s => s.map(t => t.text).join(' '));

  it('splits after terminal punctuation and closing quotes', () => {
    assert.deepStrictEqual(sentences('He left. "Why?" she asked. "Fine." Then Dr. Wu came.'), [
      'He left .',
      '" Why ? " she asked .',
      '" Fine . "',
      'Then Dr. Wu came .',
    ]);
  });

  it("does not split after a US state's short form in a dateline, before the agency or the dash", () => {
    assert.deepStrictEqual(sentences('TARNBY, Tenn. (AP) — Workers left. Then Ann went.'), [
      'TARNBY , Tenn . ( AP ) — Workers left .',
      'Then Ann went .',
    ]);
    assert.deepStrictEqual(sentences('TARNBY, Tenn. -- Workers left.'), ['TARNBY , Tenn . -- Workers left .']);
    // Elsewhere the stop ends the sentence as any other does.
    assert.deepStrictEqual(sentences('He went to Tarnby, Tenn. Then he left.'), [
      'He went to Tarnby , Tenn .',
      'Then he left .',
    ]);
  });

  it('splits at line breaks unless the next line continues in lower case', () => {
    assert.deepStrictEqual(sentences('OSLO, May 2\nThe talks\ncontinued today'), [
      'OSLO , May 2',
      'The talks continued today',
    ]);
  });

  it('puts every token in exactly one sentence, in order', () => {
    const text = 'One. Two!\n\nThree? Four';
    assert.deepStrictEqual(splitSentences(text).flat(), tokenize(text));
  });
});
