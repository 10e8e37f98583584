import * as assert from 'assert';
import {
  Anchored,
  applyChanges,
  codePointToUtf16,
  OffsetMap,
  reanchor,
  utf16ToCodePoint,
} from '../../../src/core/anchor';
import { anchorAt, textHash } from '../../../src/core/sidecar';

const span = (start: number, end: number): Anchored => ({ start, end });

describe('applyChanges (live tracking)', () => {
  it('keeps insertions at the start or end outside the span', () => {
    const [a, b] = applyChanges([span(4, 7), span(4, 7)], [{ rangeOffset: 4, rangeLength: 0, text: 'xx' }]);
    assert.deepStrictEqual(a, span(6, 9));
    assert.deepStrictEqual(applyChanges([b], [{ rangeOffset: 9, rangeLength: 0, text: 'yy' }]), [span(6, 9)]);
  });

  it('orphans on any change to the text inside, even an identical replacement', () => {
    assert.strictEqual(applyChanges([span(4, 7)], [{ rangeOffset: 6, rangeLength: 2, text: '' }])[0].orphaned, true);
    assert.strictEqual(applyChanges([span(4, 7)], [{ rangeOffset: 2, rangeLength: 3, text: 'abc' }])[0].orphaned, true);
    assert.strictEqual(applyChanges([span(4, 7)], [{ rangeOffset: 4, rangeLength: 3, text: 'Kim' }])[0].orphaned, true);
    const orphan = applyChanges([span(4, 7)], [{ rangeOffset: 5, rangeLength: 1, text: '' }])[0];
    assert.deepStrictEqual([orphan.start, orphan.end], [4, 7], 'an orphan keeps its last known position');
  });

  it('re-attaches when text typed inside is deleted again', () => {
    const typed = applyChanges([span(4, 7)], [{ rangeOffset: 5, rangeLength: 0, text: 'zz' }]);
    assert.deepStrictEqual(typed[0], {
      start: 4,
      end: 7,
      orphaned: true,
      pieces: [
        [4, 5],
        [7, 9],
      ],
    });
    const shifted = applyChanges(typed, [{ rangeOffset: 0, rangeLength: 0, text: '>' }]);
    assert.deepStrictEqual(applyChanges(shifted, [{ rangeOffset: 6, rangeLength: 2, text: '' }]), [span(5, 8)]);
    assert.deepStrictEqual(applyChanges(typed, [{ rangeOffset: 5, rangeLength: 1, text: '' }])[0].orphaned, true);
  });

  it('applies a multi-cursor event in any order, all offsets relative to the text before it', () => {
    const changes = [
      { rangeOffset: 0, rangeLength: 1, text: 'AB' },
      { rangeOffset: 10, rangeLength: 0, text: '\r\n' },
      { rangeOffset: 3, rangeLength: 1, text: '' },
    ];
    for (const order of [changes, [...changes].reverse(), [changes[1], changes[0], changes[2]]]) {
      assert.deepStrictEqual(applyChanges([span(4, 7), span(10, 12)], order), [span(4, 7), span(12, 14)]);
    }
  });

  it('follows an undo of an insertion before the span', () => {
    const typed = applyChanges([span(4, 7)], [{ rangeOffset: 1, rangeLength: 0, text: '😀😀' }]);
    assert.deepStrictEqual(typed, [span(8, 11)]);
    assert.deepStrictEqual(applyChanges(typed, [{ rangeOffset: 1, rangeLength: 4, text: '' }]), [span(4, 7)]);
  });
});

describe('reanchor (offline)', () => {
  const text = 'Kim spoke. Then Kim left. Later Kim came back and Kim sat down.';
  const kims = [0, 16, 32, 50].map(s => anchorAt(text, s, s + 3));

  it('keeps stored positions when the hash matches', () => {
    assert.deepStrictEqual(
      reanchor(kims, text, textHash(text)).map(r => r.status),
      ['kept', 'kept', 'kept', 'kept'],
    );
  });

  it('moves repeated quotes without swapping them', () => {
    const edited = 'Yesterday, ' + text.replace('Later', 'Much later');
    const results = reanchor(kims, edited, textHash(text));
    assert.deepStrictEqual(
      results.map(r => [r.status, r.start]),
      [
        ['moved', 11],
        ['moved', 27],
        ['moved', 48],
        ['moved', 66],
      ],
    );
  });

  it('keeps the other "Kim"s in place when one is deleted, and marks the one left without its own', () => {
    const edited = text.replace('Then Kim left. ', '');
    const results = reanchor(kims, edited, textHash(text));
    assert.deepStrictEqual(
      results.map(r => [r.status, r.start, r.shared ?? false]),
      [
        ['kept', 0, false],
        ['moved', 17, true],
        ['moved', 17, false],
        ['moved', 35, false],
      ],
    );
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
    assert.deepStrictEqual([r.status, r.start], ['orphaned', 16]);
    assert.ok(r.suggestion);
  });

  it('checks the quote even when the hash matches', () => {
    const [r] = reanchor([{ ...kims[0], quote: 'Moon', end: 4 }], text, textHash(text));
    assert.strictEqual(r.status, 'orphaned');
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
