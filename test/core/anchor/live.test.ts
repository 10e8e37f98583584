import * as assert from 'assert';
import { Anchored, LiveAnchors, TextChange } from '../../../src/core/anchor';
import { inverseOf } from './model';

/** A document and its items, edited as an editor reports it; `undo` sends the inverse of the last event. */
class Doc {
  readonly live = new LiveAnchors();
  private readonly history: TextChange[][] = [];
  items: Anchored[];

  constructor(
    public text: string,
    ...quotes: [string, number?][]
  ) {
    this.items = quotes.map(([quote, nth = 0], i) => {
      let start = -1;
      for (let k = 0; k <= nth; k++) start = text.indexOf(quote, start + 1);
      assert.ok(start >= 0, `${quote} is in the text`);
      return { id: `a-${i}`, start, end: start + quote.length, quote };
    });
  }

  /** Applies one event; changes refer to the text before it. */
  edit(...changes: TextChange[]): this {
    this.history.push(inverseOf(changes, this.text));
    return this.apply(changes);
  }

  private apply(changes: TextChange[]): this {
    for (const c of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset))
      this.text = this.text.slice(0, c.rangeOffset) + c.text + this.text.slice(c.rangeOffset + c.rangeLength);
    this.items = this.live.applyChanges(this.items, changes);
    return this;
  }

  type(at: number, text: string): this {
    return this.edit({ rangeOffset: at, rangeLength: 0, text });
  }

  replace(from: number, to: number, text: string): this {
    return this.edit({ rangeOffset: from, rangeLength: to - from, text });
  }

  undo(): this {
    const inverse = this.history.pop();
    assert.ok(inverse, 'something to undo');
    return this.apply(inverse);
  }

  /** [quote as stored, text at its offsets, orphaned] of item `i`. */
  seen(i = 0): [string, string, boolean] {
    const item = this.items[i];
    return [item.quote, this.text.slice(item.start, item.end), !!item.orphaned];
  }

  at(needle: string): number {
    return this.text.indexOf(needle);
  }
}

const SENTENCE = 'The parliament voted on Friday.';

describe('live anchoring', () => {
  it('keeps typing at the start or end of a span outside it', () => {
    const doc = new Doc(SENTENCE, ['parliament']);
    doc.type(doc.at('parliament'), 'new ');
    assert.deepStrictEqual(doc.seen(), ['parliament', 'parliament', false]);
    doc.type(doc.items[0].end, 's');
    assert.deepStrictEqual(doc.seen(), ['parliament', 'parliament', false]);
    assert.deepStrictEqual([doc.items[0].start, doc.items[0].end], [8, 18]);
  });

  it('follows a typo fixed inside the span, and undo restores it exactly', () => {
    const doc = new Doc('The parliment voted on Friday.', ['parliment']);
    const before = { ...doc.items[0] };
    doc.type(doc.at('ment'), 'a');
    assert.deepStrictEqual(doc.seen(), ['parliament', 'parliament', false]);
    doc.undo();
    assert.deepStrictEqual(doc.items[0], before);
  });

  it('follows a letter replaced inside, at the start or at the end', () => {
    for (const [from, to, text, quote] of [
      [4, 5, 'P', 'Parliament'],
      [9, 10, 'A', 'parliAment'],
      [13, 14, 'T', 'parliamenT'],
      [10, 14, '', 'parlia'],
    ] as const) {
      const doc = new Doc(SENTENCE, ['parliament']);
      const before = { ...doc.items[0] };
      doc.replace(from, to, text);
      assert.deepStrictEqual(doc.seen(), [quote, quote, false], `${from}-${to} -> ${text}`);
      doc.undo();
      assert.deepStrictEqual(doc.items[0], before);
    }
  });

  it('lets retyping a deleted first or last letter back into the span', () => {
    const doc = new Doc(SENTENCE, ['parliament']);
    const start = doc.at('parliament');
    doc.replace(start, start + 1, '');
    assert.deepStrictEqual(doc.seen(), ['arliament', 'arliament', false]);
    doc.type(start, 'P');
    assert.deepStrictEqual(doc.seen(), ['Parliament', 'Parliament', false]);

    // Three backspaces at the end, then typing.
    const end = doc.items[0].end;
    doc
      .replace(end - 1, end, '')
      .replace(end - 2, end - 1, '')
      .replace(end - 3, end - 2, '');
    assert.deepStrictEqual(doc.seen(), ['Parliam', 'Parliam', false]);
    doc.type(end - 3, 'ent and the');
    assert.deepStrictEqual(doc.seen(), ['Parliam', 'Parliam', false], 'more than was deleted stays outside');
    doc.undo();
    doc
      .type(end - 3, 'e')
      .type(end - 2, 'n')
      .type(end - 1, 't')
      .type(end, ' and');
    assert.deepStrictEqual(doc.seen(), ['Parliament', 'Parliament', false], 'as many as were deleted go back in');
    doc.undo().undo().undo().undo().undo().undo().undo();
    assert.deepStrictEqual(doc.seen(), ['Parliament', 'Parliament', false], 'undo of each deletion puts it back');
  });

  it('orphans a span deleted or replaced as a whole, and re-attaches it exactly on undo', () => {
    for (const [from, to, text] of [
      [4, 14, ''],
      [4, 14, 'Senate'],
      [0, SENTENCE.length, 'Something else entirely.'],
      [2, 20, 'ey v'],
    ] as const) {
      const doc = new Doc(SENTENCE, ['parliament']);
      const before = { ...doc.items[0] };
      doc.replace(from, to, text);
      assert.deepStrictEqual(doc.seen()[0], 'parliament', 'an orphan keeps its quote');
      assert.strictEqual(doc.items[0].orphaned, true, `${from}-${to} -> ${text}`);
      doc.undo();
      assert.deepStrictEqual(doc.items[0], before);
    }
  });

  it('orphans a span an edit reaches across, and re-attaches it on undo', () => {
    for (const [from, to] of [
      [2, 8],
      [10, 20],
    ]) {
      const doc = new Doc(SENTENCE, ['parliament']);
      const before = { ...doc.items[0] };
      doc.replace(from, to, 'xyz');
      assert.strictEqual(doc.items[0].orphaned, true, `${from}-${to}`);
      doc.type(0, 'Today: ').undo().undo();
      assert.deepStrictEqual(doc.items[0], before);
    }
  });

  it('re-attaches after typing in place of the deleted text and undoing both', () => {
    const doc = new Doc(SENTENCE, ['parliament']);
    const before = { ...doc.items[0] };
    const start = doc.at('parliament');
    doc
      .replace(start, start + 10, 'S')
      .type(start + 1, 'e')
      .type(start + 2, 'nate');
    assert.deepStrictEqual([doc.text, doc.items[0].orphaned], ['The Senate voted on Friday.', true]);
    doc.undo().undo().undo();
    assert.deepStrictEqual(doc.items[0], before);

    // One undo step for the whole replacement, as the editor groups typing.
    doc.replace(start, start + 10, 'S').type(start + 1, 'enate');
    doc.replace(start, start + 6, 'parliament');
    assert.deepStrictEqual(doc.items[0], before);
  });

  it('does not re-attach when the text put back differs, or after an edit across that place', () => {
    const doc = new Doc(SENTENCE, ['parliament']);
    const start = doc.at('parliament');
    doc.replace(start, start + 10, '').type(start, 'parliamEnt');
    assert.strictEqual(doc.items[0].orphaned, true);

    const other = new Doc(SENTENCE, ['parliament']);
    other.replace(start, start + 10, '').replace(start - 4, start + 1, 'A v');
    other.undo().undo();
    assert.strictEqual(other.items[0].orphaned, true);
  });

  it('does not re-attach to matching text typed since, when a replacement of it is undone', () => {
    const doc = new Doc('Talks with Kim ended.', ['Kim']);
    const before = { ...doc.items[0] };
    const from = doc.at('with Kim');
    doc.replace(from, from + 'with Kim'.length, 'by').type(from + 2, ' a Kim');
    doc.replace(from, from + 'by a Kim'.length, 'between');
    // The undo puts back "by a Kim": as long as what was removed, with "Kim" where the item was, but typed.
    doc.undo();
    assert.deepStrictEqual([doc.text, doc.items[0].orphaned], ['Talks by a Kim ended.', true]);
    doc.undo().undo();
    assert.deepStrictEqual(doc.items[0], before, 'undoing the rest re-attaches it exactly');
  });

  it('gives text put back beside an empty orphan its own item, not the orphan, when undoing newest first', () => {
    // "Bo " deleted twice, word by word from the right: each deletion orphans one "Bo", the second right
    // before the place the first left. Undoing the second puts back "Bo " at that very place: it is the
    // first "Bo"'s text, so only that one comes back; the next undo brings the second.
    const doc = new Doc('Rangers Bo Bo won.', ['Bo', 0], ['Bo', 1]);
    const [first, second] = doc.items.map(i => ({ ...i }));
    doc.replace(second.start, second.end + 1, '').replace(first.start, first.end + 1, '');
    assert.deepStrictEqual([doc.text, doc.seen(0)[2], doc.seen(1)[2]], ['Rangers won.', true, true]);
    doc.undo();
    assert.deepStrictEqual(doc.items[0], first);
    assert.deepStrictEqual([doc.items[1].quote, doc.items[1].orphaned], ['Bo', true], 'the second stays an orphan');
    doc.undo();
    assert.deepStrictEqual(doc.items[1], second);
  });

  it('follows a change of letter case over the whole span or across it', () => {
    const doc = new Doc(SENTENCE, ['parliament']);
    doc.replace(0, 14, 'THE PARLIAMENT');
    assert.deepStrictEqual(doc.seen(), ['PARLIAMENT', 'PARLIAMENT', false]);
    doc.undo();
    assert.deepStrictEqual(doc.seen(), ['parliament', 'parliament', false]);
  });

  it('applies a multi-cursor event in any order, all offsets relative to the text before it', () => {
    const text = 'Kim met Park in Seoul.';
    const changes: TextChange[] = [
      { rangeOffset: 0, rangeLength: 0, text: 'Mr ' }, // at the start of "Kim": outside
      { rangeOffset: 9, rangeLength: 0, text: 'a' }, // inside "Park"
      { rangeOffset: 16, rangeLength: 5, text: 'Busan' }, // "Seoul" as a whole
    ];
    for (const order of [changes, [...changes].reverse(), [changes[1], changes[2], changes[0]]]) {
      const doc = new Doc(text, ['Kim'], ['Park'], ['Seoul']);
      doc.edit(...order);
      assert.strictEqual(doc.text, 'Mr Kim met Paark in Busan.');
      assert.deepStrictEqual(
        [0, 1, 2].map(i => doc.seen(i)),
        [
          ['Kim', 'Kim', false],
          ['Paark', 'Paark', false],
          ['Seoul', 'Busan', true],
        ],
      );
      doc.undo();
      assert.deepStrictEqual(
        doc.items.map(i => [i.start, i.end, i.quote, !!i.orphaned]),
        [
          [0, 3, 'Kim', false],
          [8, 12, 'Park', false],
          [16, 21, 'Seoul', false],
        ],
      );
    }
  });

  it('shifts orphans read from the file with edits before them, and never re-attaches them', () => {
    const live = new LiveAnchors();
    const orphan: Anchored = { id: 'a-1', start: 10, end: 13, quote: 'Kim', orphaned: true };
    const [moved] = live.applyChanges([orphan], [{ rangeOffset: 0, rangeLength: 0, text: 'Kim ' }]);
    assert.deepStrictEqual(moved, { ...orphan, start: 14, end: 17 });
    const [same] = live.applyChanges([moved], [{ rangeOffset: 15, rangeLength: 0, text: 'x' }]);
    assert.strictEqual(same, moved);
  });

  it('tracks an item afresh once it was moved by other means', () => {
    const doc = new Doc(SENTENCE, ['parliament']);
    const start = doc.at('parliament');
    doc.replace(start, start + 1, '');
    // Re-attached elsewhere by a command: what was remembered about its old place no longer applies.
    doc.items = [{ ...doc.items[0], start: 0, end: 3, quote: 'The' }];
    doc.type(0, 'X');
    assert.deepStrictEqual(doc.seen(), ['The', 'The', false]);
  });

  it('tells, in the same pass, whether an item was an orphan before the edit or is one after it', () => {
    const live = new LiveAnchors();
    const text = 'Kim met Park in Seoul.';
    const kim: Anchored = { id: 'a-1', start: 0, end: 3, quote: 'Kim' };
    const park: Anchored = { id: 'a-2', start: 8, end: 12, quote: 'Park' };
    const typed = { rangeOffset: text.length, rangeLength: 0, text: ' Later.' };
    const healthy = live.follow([kim, park], [typed]);
    assert.deepStrictEqual(healthy, { items: [kim, park], orphans: false });
    const cut = live.follow([kim, park], [{ rangeOffset: 6, rangeLength: 4, text: '' }]);
    assert.deepStrictEqual([cut.orphans, cut.items.map(i => !!i.orphaned)], [true, [false, true]], 'orphaned now');
    const stillOrphaned = live.follow(cut.items, [typed]);
    assert.strictEqual(stillOrphaned.orphans, true, 'an orphan that only stays');
    const undone = live.follow(cut.items, [{ rangeOffset: 6, rangeLength: 0, text: 't Pa' }]);
    assert.deepStrictEqual([undone.orphans, undone.items.map(i => !!i.orphaned)], [true, [false, false]], 'one before');
    assert.strictEqual(live.follow(undone.items, [typed]).orphans, false, 'none before or after');
  });

  it('returns the same object for an item an edit does not move', () => {
    const live = new LiveAnchors();
    const item: Anchored = { id: 'a-1', start: 0, end: 3, quote: 'Kim' };
    assert.strictEqual(live.applyChanges([item], [{ rangeOffset: 5, rangeLength: 1, text: 'y' }])[0], item);
  });
});
