import * as assert from 'assert';
import fc from 'fast-check';
import { onOneLine, unwrapLines, wrappingBreaks } from '../../../src/core/text/softWraps';
import { wrapAt } from './wrapAt';

const STORY =
  'Officials at the Tarnby Development Fund said on Monday that the harbour board had met every ' +
  'target it was set, while Marit Oyelaran-Voss, the board chair, told reporters in Port Selwyn that ' +
  'the new quay would open before the winter storms reached the Halvard Strait.';

describe('text/softWraps', () => {
  it('reads a hard-wrapped paragraph as the paragraph it was, at any usual width', () => {
    for (const width of [40, 60, 72, 80, 100]) {
      const wrapped = wrapAt(STORY, width);
      assert.ok(wrapped.includes('\n'), `wrapped at ${width}`);
      assert.strictEqual(unwrapLines(wrapped), STORY, `width ${width}`);
    }
  });

  it('keeps every offset: a carriage return and its newline become two spaces', () => {
    const wrapped = wrapAt(STORY, 72).replace(/\n/g, '\r\n');
    assert.strictEqual(unwrapLines(wrapped), wrapAt(STORY, 72).replace(/\n/g, '  '));
  });

  it('leaves text written a sentence or a paragraph a line as it is', () => {
    const lines = [
      'Harbour board approves new quay',
      'PORT SELWYN, March 3 - The harbour board approved a new quay on Monday after a year of talks with the town.',
      'Marit Oyelaran-Voss, its chair, said work would begin in May.',
      'Critics said the cost was too high.',
    ].join('\n');
    assert.deepStrictEqual(wrappingBreaks(lines), []);
    assert.strictEqual(unwrapLines(lines), lines);
  });

  it('leaves lines of about one width alone when each ends a sentence, or a list of sources ending in dates', () => {
    const sentences = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} names Marit Oyelaran in Port Selwyn.`).join(
      '\n',
    );
    assert.strictEqual(unwrapLines(sentences), sentences);
    const sources = [
      'Selwyn Courier, "Harbour board backs new quay", February 17, 2026',
      'Tarnby Radio, "Chair defends cost of the quay at Port", February 18, 2026',
    ].join('\n');
    assert.strictEqual(unwrapLines(sources), sources);
  });

  it('joins a title to the name wrapped onto the next line', () => {
    const text = [
      'The harbour board said on Monday that the new quay was opened by Mr.',
      'Oyelaran and his team after a year of work on the Halvard Strait, and',
      'that it would stay open.',
    ].join('\n');
    assert.ok(unwrapLines(text).includes('Mr. Oyelaran'));
  });

  it('ends a wrapped paragraph at its short last line, and a new paragraph at a deeper indent', () => {
    const first = wrapAt(STORY, 60);
    const text = `${first}\nNext paragraph begins here with a name.\n    Indented Paragraph starts.`;
    const read = unwrapLines(text);
    assert.ok(read.includes('Strait.\nNext'), 'the short last line ends its paragraph');
    assert.ok(read.includes('name.\n    Indented'), 'an indent starts a paragraph');
  });

  it('never joins a line to Markdown structure: headings, list items, quotes, tables, fences', () => {
    const body = wrapAt(STORY, 60);
    for (const structure of [
      '# Quay',
      '- Marit Oyelaran-Voss',
      '> Halvard Strait',
      '| Fund | 2 |',
      '```',
      '12. Port',
    ]) {
      const text = `${body.slice(0, body.lastIndexOf('\n'))}\n${structure}`;
      const read = unwrapLines(text);
      assert.ok(read.endsWith(`\n${structure}`), structure);
    }
    const afterHeading = `## A heading that is long enough to be as wide as the text\n${wrapAt(STORY, 60)}`;
    assert.ok(unwrapLines(afterHeading).includes('text\nOfficials'));
  });

  it('leaves narrow columns of figures alone', () => {
    const table = 'Tarnby 2 Selwyn 1\nHalvard 0 Oyelaran 3\nPort Vale 1 Marit 1';
    assert.strictEqual(unwrapLines(table), table);
  });

  it('takes a line nearly as wide as its block and ending mid-sentence as wrapped, as balancing wrappers leave it', () => {
    const balanced = [
      'The harbour board met on Monday, and its chair told reporters that',
      'the Tarnby Development Fund would pay for the quay at Port Selwyn,',
      'which Marit Oyelaran-Voss said would open before the storms of the',
      'Halvard Strait began in November.',
    ].join('\n');
    assert.strictEqual(unwrapLines(balanced), balanced.replace(/\n/g, ' '));
  });

  it('changes nothing but line breaks into spaces, on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', ' ', '\n', '\r', '.', '-', '#', '\t'), maxLength: 400 }),
        text => {
          const read = unwrapLines(text);
          assert.strictEqual(read.length, text.length);
          for (let i = 0; i < text.length; i++) {
            if (read[i] !== text[i]) assert.ok(read[i] === ' ' && (text[i] === '\n' || text[i] === '\r'), `at ${i}`);
          }
        },
      ),
    );
  });

  it('writes a name read over a line break on one line', () => {
    assert.strictEqual(onOneLine('Tarnby Development\nFund'), 'Tarnby Development Fund');
    assert.strictEqual(onOneLine('Marit\r\nOyelaran-Voss'), 'Marit Oyelaran-Voss');
    assert.strictEqual(onOneLine('Dr\u00a0Marit Oyelaran'), 'Dr Marit Oyelaran');
    assert.strictEqual(onOneLine('Port Selwyn'), 'Port Selwyn');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\u3000'), maxLength: 40 }),
        name => onOneLine(name) === name.replace(/\s+/g, ' '),
      ),
    );
  });
});
