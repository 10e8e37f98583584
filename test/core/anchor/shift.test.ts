import * as assert from 'assert';
import { shiftRanges } from '../../../src/core/anchor/shift';

describe('shiftRanges', () => {
  const ranges = [
    { start: 0, end: 3 },
    { start: 10, end: 15 },
  ];

  it('shifts ranges after an insertion and keeps ranges before it', () => {
    assert.deepStrictEqual(shiftRanges(ranges, [{ rangeOffset: 5, rangeLength: 0, text: 'abc' }]), [
      { start: 0, end: 3 },
      { start: 13, end: 18 },
    ]);
  });

  it('drops a range an edit touches', () => {
    assert.deepStrictEqual(shiftRanges(ranges, [{ rangeOffset: 11, rangeLength: 2, text: '' }]), [
      { start: 0, end: 3 },
    ]);
  });

  it('treats insertions at the edges as outside the range', () => {
    assert.deepStrictEqual(
      shiftRanges(ranges, [
        { rangeOffset: 10, rangeLength: 0, text: 'xx' },
        { rangeOffset: 3, rangeLength: 0, text: 'y' },
      ]),
      [
        { start: 0, end: 3 },
        { start: 13, end: 18 },
      ],
    );
  });

  it('applies several changes of one event against the text before the event', () => {
    const changes = [
      { rangeOffset: 0, rangeLength: 0, text: '>' },
      { rangeOffset: 5, rangeLength: 1, text: '' },
    ];
    assert.deepStrictEqual(shiftRanges([{ start: 10, end: 15 }], changes), [{ start: 10, end: 15 }]);
  });
});
