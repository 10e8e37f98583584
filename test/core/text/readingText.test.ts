import * as assert from 'assert';
import { namesText, readingText } from '../../../src/core/text/readingText';

describe('text/readingText', () => {
  it('reads curly quotes and apostrophes as straight ones, keeping the length', () => {
    const typed = '\u201cIt\u2019s open,\u201d said the chair of the \u2018Quay Trust\u2019.';
    const read = readingText(typed);
    assert.strictEqual(read, `"It's open," said the chair of the 'Quay Trust'.`);
    assert.strictEqual(read.length, typed.length);
  });

  it('reads no-break, narrow and figure spaces as plain spaces', () => {
    assert.strictEqual(
      readingText('Dr\u00a0Ines\u202fValdemoro paid\u20071\u2009000 marks'),
      'Dr Ines Valdemoro paid 1 000 marks',
    );
  });

  it('reads a wrapping line break as a space, and leaves text without any of these alone', () => {
    const wrapped =
      'The harbour board said on Monday that the new quay was opened by\nMarit Oyelaran and her team after a year of work on the strait and\nthat it would stay open.';
    assert.strictEqual(readingText(wrapped), wrapped.replace(/\n/g, ' '));
    const plain = 'Marit Oyelaran opened the quay.\nThe board met.';
    assert.strictEqual(readingText(plain), plain);
  });

  it('judges wrapping by where words end, with no-break spaces among them', () => {
    const wrapped =
      'The harbour board said on Monday that the new quay was opened by\nMarit Oyelaran and her team after a year of work on the strait and\nthat it would stay open.';
    const typed = wrapped.replace(/ /g, '\u00a0');
    assert.strictEqual(readingText(typed), wrapped.replace(/\n/g, ' '));
    const sources = [
      'Selwyn Courier, "Harbour board backs new quay", February 17, 2026',
      'Tarnby Radio, "Chair defends cost of the quay at Port", February 18, 2026',
    ].join('\n');
    assert.strictEqual(readingText(sources.replace(/ /g, '\u00a0')), sources);
  });

  it('searches known names with plain spaces but the quotes as written, which a registry may spell curly', () => {
    assert.strictEqual(namesText('O\u2019Hara met Dr\u00a0Lind.'), 'O\u2019Hara met Dr Lind.');
  });
});
