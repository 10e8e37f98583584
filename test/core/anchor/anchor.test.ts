import * as assert from 'assert';
import { codePointToUtf16, FUZZY_WINDOW, OffsetMap, reanchor, utf16ToCodePoint } from '../../../src/core/anchor';
import { anchorAt, textHash } from '../../../src/core/sidecar';

/** Anchor fields of the `nth` occurrence of `quote` in `text`. */
function anchorOn(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `${quote} #${nth} is in the text`);
  return anchorAt(text, at, at + quote.length);
}

describe('reanchor (offline)', () => {
  const text =
    'Kim spoke to the assembled reporters for an hour. Then Kim left the building by the side door. ' +
    'Later that evening Kim came back to the hall, and Kim sat down at the front of the room.';
  const kims = [0, 55, 114, 145].map(s => anchorAt(text, s, s + 3));

  it('keeps stored positions when the hash matches', () => {
    assert.deepStrictEqual(
      reanchor(kims, text, textHash(text)).map(r => r.status),
      ['kept', 'kept', 'kept', 'kept'],
    );
  });

  it('moves repeated quotes without swapping them', () => {
    const edited = 'Yesterday, in the capital: ' + text.replace('at the front', 'at the very front');
    const results = reanchor(kims, edited, textHash(text));
    assert.deepStrictEqual(
      results.map(r => [r.status, r.start]),
      [
        ['moved', 27],
        ['moved', 82],
        ['moved', 141],
        ['moved', 172],
      ],
    );
  });

  it('keeps the other "Kim"s in place when one is deleted, and orphans the deleted one', () => {
    const edited = text.replace('Then Kim left the building by the side door. ', '');
    const results = reanchor(kims, edited, textHash(text));
    assert.deepStrictEqual(
      results.map(r => [r.status, r.start]),
      [
        ['kept', 0],
        ['orphaned', 55],
        ['moved', 69],
        ['moved', 100],
      ],
    );
    assert.ok(results[1].suggestion, 'another "Kim" is offered');
  });

  it('does not swap look-alike quotes after a long insertion, using unambiguous neighbours', () => {
    const block = 'x'.repeat(40) + 'Kim' + 'y'.repeat(40);
    const text = 'Opening words of the piece. ' + block + ' A quite different middle part. ' + block + ' The end.';
    const first = text.indexOf('Kim');
    const second = text.indexOf('Kim', first + 1);
    const stored = [
      anchorAt(text, first, first + 3),
      anchorAt(text, second, second + 3),
      anchorAt(text, text.indexOf('Opening'), text.indexOf('Opening') + 7),
      anchorAt(text, text.indexOf('different'), text.indexOf('different') + 9),
    ];
    const inserted = '#'.repeat(second - first);
    const results = reanchor(stored, inserted + text, textHash(text));
    assert.deepStrictEqual(
      results.map(r => r.start),
      stored.map(a => a.start + inserted.length),
    );
  });

  it('never attaches to changed text, but suggests a close match', () => {
    const stored = anchorAt('The envoy Choe Son Hui arrived.', 10, 22);
    const [result] = reanchor([stored], 'The envoy Choe Son-hui arrived.', 'sha256:' + '0'.repeat(64));
    assert.strictEqual(result.status, 'orphaned');
    assert.deepStrictEqual(result.suggestion, { start: 10, end: 22 });
    const [none] = reanchor([stored], 'Nothing like it here.');
    assert.deepStrictEqual([none.status, none.suggestion], ['orphaned', undefined]);
  });

  it('leaves orphans orphaned, with a suggestion when the quote is back', () => {
    const [r] = reanchor([{ ...kims[1], orphaned: true }], text, textHash(text));
    assert.deepStrictEqual([r.status, r.start], ['orphaned', 55]);
    assert.ok(r.suggestion);
  });

  it('checks the quote even when the hash matches', () => {
    const [r] = reanchor([{ ...kims[0], quote: 'Moon', end: 4 }], text, textHash(text));
    assert.strictEqual(r.status, 'orphaned');
  });
});

describe('reanchor: word boundaries and context', () => {
  const unknownHash = 'sha256:' + '0'.repeat(64);
  const attached = (text: string, quote: string, nth = 0) => reanchor([anchorOn(text, quote, nth)], text)[0];

  it('never finds a quote inside a longer word when the original stood as a word', () => {
    const syria = anchorOn('Talks on Syria resumed. The Syrian delegation left early.', 'Syria');
    const [r] = reanchor([syria], 'The Syrian delegation left early.', unknownHash);
    assert.strictEqual(r.status, 'orphaned');

    // The context supports it (nothing stored after a quote at the very end), the word boundary does not.
    const atEnd = anchorOn('The talks were about Syria', 'Syria');
    assert.strictEqual(reanchor([atEnd], 'The talks were about Syrian', unknownHash)[0].status, 'orphaned');
    assert.strictEqual(reanchor([atEnd], 'The talks were about Syria', unknownHash)[0].status, 'kept');
  });

  it('finds a quote inside a word again when the original was inside one', () => {
    const part = anchorOn('Talks with the Syrian delegation began.', 'Syria');
    const [r] = reanchor([part], 'Yesterday, talks with the Syrian delegation began.', unknownHash);
    assert.deepStrictEqual([r.status, r.start], ['moved', 26]);
  });

  it('orphans a quote whose sentence was deleted rather than moving it to an unrelated occurrence', () => {
    const old = 'Exports to China fell sharply. In Chinatown, shops were closed. Officials in China said little.';
    const edited = 'In Chinatown, shops were closed. Officials in China said little.';
    const [r] = reanchor([anchorOn(old, 'China')], edited, unknownHash);
    assert.strictEqual(r.status, 'orphaned');
    assert.deepStrictEqual(r.suggestion, { start: 46, end: 51 }, 'the other "China" is offered, not "Chinatown"');
  });

  it('moves an item when one side of its context is all there and half of the other', () => {
    const old = 'After a long morning of testimony, the committee heard from Daniel Okafor on Monday about the budget.';
    const stored = anchorOn(old, 'Daniel Okafor');
    const [r] = reanchor([stored], 'In brief. ' + old.replace('the budget', 'next year'), unknownHash);
    assert.deepStrictEqual([r.status, r.start], ['moved', 70]);
    assert.strictEqual(attached(old, 'Daniel Okafor').status, 'kept');
    const both = old.replace('the committee', 'a committee').replace('on Monday', 'on Tuesday');
    assert.strictEqual(reanchor([stored], both, unknownHash)[0].status, 'orphaned', 'both sides changed');
    const near = old.replace('Monday about', 'Tuesday about');
    assert.strictEqual(reanchor([stored], near, unknownHash)[0].status, 'orphaned', 'less than half of one side');
  });

  it('orphans an item when the word right next to it changed, offering the occurrence instead', () => {
    const old = 'The committee heard from Daniel Okafor on Monday about the budget.';
    const edited = 'The committee heard from Daniel Okafor, the treasurer, on Monday.';
    const [r] = reanchor([anchorOn(old, 'Daniel Okafor')], edited, unknownHash);
    assert.strictEqual(r.status, 'orphaned');
    assert.deepStrictEqual(r.suggestion, { start: 25, end: 38 });
  });

  it('orphans an item when its nearest words agree but neither side is all there', () => {
    const old = 'Officials were reluctant to comment about Kim and his plans for the coming year.';
    const edited = 'A short note about Kim and nothing more.';
    assert.strictEqual(reanchor([anchorOn(old, 'Kim')], edited, unknownHash)[0].status, 'orphaned');
  });

  it('counts a side stored short (or empty) as the start or the end of the article', () => {
    const old = 'China said the talks would go on. Officials in Beijing agreed with that view.';
    const stored = anchorOn(old, 'China');
    assert.strictEqual(stored.prefix, '');
    const moved = 'Officials in Beijing agreed with that view. China said the talks would go on.';
    assert.strictEqual(reanchor([stored], moved, unknownHash)[0].status, 'orphaned', 'no longer at the start');
    const [r] = reanchor([stored], 'China said the talks would go on. Officials elsewhere did not.', unknownHash);
    assert.deepStrictEqual([r.status, r.start], ['kept', 0]);

    const atEnd = anchorOn('The ministry spoke to reporters before meeting Ana Ferreira.\n', 'Ana Ferreira');
    const elsewhere = 'Officials wrote before meeting Ana Ferreira.\n\nOthers left before meeting Ana Ferreiro.\n';
    assert.strictEqual(reanchor([atEnd], elsewhere, unknownHash)[0].status, 'orphaned', 'not at the end now');
  });

  it('moves an item stored without context only with its neighbours', () => {
    const old = 'Ana Ferreira met Jonas Berg in Oslo on the first day of the summit.';
    const oslo = { quote: 'Oslo', start: 31, end: 35 };
    const items = [anchorOn(old, 'Jonas Berg'), oslo];
    const shifted = reanchor(items, 'Mayor ' + old, unknownHash);
    assert.deepStrictEqual([shifted[1].status, shifted[1].start], ['moved', 37]);
    const elsewhere = reanchor([oslo], 'Mayor ' + old, unknownHash)[0];
    assert.strictEqual(elsewhere.status, 'orphaned', 'without neighbours nothing says where it went');
  });

  it('does not attach where another occurrence agrees almost as well', () => {
    const old =
      'In the capital on Friday, the minister said that Kim Jong Un added a clause to the draft law on Monday.';
    const stored = anchorOn(old, 'Kim Jong Un');
    // The first "Kim Jong Un" has the whole prefix and half the suffix, but the second (its own text,
    // after an edit right before it) has the whole suffix: too close to tell.
    const edited =
      'In the capital on Friday, the minister said that Kim Jong Un added a clause to the budget instead. ' +
      'Aides later insisted Kim Jong Un added a clause to the draft law on Monday.';
    const [r] = reanchor([stored], edited, unknownHash);
    assert.strictEqual(r.status, 'orphaned');
    assert.ok(r.suggestion);
  });

  it('looks for a similar text only near where the item was expected', () => {
    const stored = anchorOn('The envoy Choe Son Hui arrived.', 'Choe Son Hui');
    const near = 'The envoy Choe Son-hui arrived.';
    assert.deepStrictEqual(reanchor([stored], near, unknownHash)[0].suggestion, { start: 10, end: 22 });
    const far = 'x'.repeat(FUZZY_WINDOW + 50) + ' Choe Son-hui';
    assert.strictEqual(reanchor([stored], far, unknownHash)[0].suggestion, undefined);
  });
});

describe('offset conversion', () => {
  const text = 'a😀b\u0301🇰🇷c';
  it('converts between UTF-16 and code points', () => {
    assert.deepStrictEqual(
      [0, 1, 3, 4, 5, 9, 10].map(o => utf16ToCodePoint(text, o)),
      [0, 1, 2, 3, 4, 6, 7],
    );
    assert.deepStrictEqual(
      [0, 1, 2, 3, 4, 6, 7, 99].map(p => codePointToUtf16(text, p)),
      [0, 1, 3, 4, 5, 9, 10, 10],
    );
    assert.strictEqual(utf16ToCodePoint(text, 2), 1, 'inside a pair counts as the pair start');
  });

  it('agrees with the one-off functions', () => {
    const map = new OffsetMap(text);
    for (let o = 0; o <= text.length; o++)
      assert.strictEqual(map.toCodePoint(o), utf16ToCodePoint(text, o), `offset ${o}`);
    for (let p = 0; p <= map.length; p++) assert.strictEqual(map.toUtf16(p), codePointToUtf16(text, p), `point ${p}`);
  });
});
