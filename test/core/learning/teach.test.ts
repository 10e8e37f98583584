import * as assert from 'assert';
import { lessonOf, teachesName, teachingItems, TeachingSidecar } from '../../../src/core/learning';

const at = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  assert.ok(start >= 0, `"${quote}" in the text`);
  return {
    quote,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(start + quote.length, start + quote.length + 32),
    start,
    end: start + quote.length,
  };
};

describe('what sidecar items teach the recogniser', () => {
  it('entity labels teach a name of their type; dates and "not an entity" teach that there is none', () => {
    assert.deepStrictEqual(lessonOf('person', 'Mira Solberg'), { kind: 'name', type: 'PER' });
    assert.deepStrictEqual(lessonOf('organisation', 'Hargreave’s'), { kind: 'name', type: 'ORG' });
    assert.deepStrictEqual(lessonOf('location', 'Ulvenstad'), { kind: 'name', type: 'LOC' });
    assert.deepStrictEqual(lessonOf('other', 'Harvest Fair'), { kind: 'name', type: 'MISC' });
    assert.deepStrictEqual(lessonOf('date', 'May'), { kind: 'outside' });
    assert.deepStrictEqual(lessonOf('none', 'Lantern'), { kind: 'outside' });
  });

  it('custom labels and labelled passages teach nothing', () => {
    assert.strictEqual(lessonOf('claim', 'The council will cut taxes'), undefined);
    assert.strictEqual(lessonOf('source', 'Mira Solberg'), undefined);
    assert.strictEqual(lessonOf('organisation', 'the ministry'), undefined);
    assert.strictEqual(lessonOf('person', 'Mira\nSolberg'), undefined);
    assert.ok(teachesName('University of Nebraska at Omaha'));
    assert.ok(!teachesName('one two three four five six seven eight nine ten Eleven'));
  });

  it('keeps annotations over the corrections and the nested names they overlap, and skips orphans', () => {
    const text = 'Friends of the Earth Netherlands met the University of Varnholt board in Ulvenstad.';
    const sidecar: TeachingSidecar = {
      article: 'a.md',
      annotations: [
        { ...at(text, 'Friends of the Earth Netherlands'), label: 'organisation' },
        { ...at(text, 'University of Varnholt'), label: 'organisation' },
        { ...at(text, 'Varnholt'), label: 'location' },
        { ...at(text, 'Ulvenstad'), label: 'location', orphaned: true },
        { ...at(text, 'board'), label: 'claim' },
      ],
      corrections: [{ ...at(text, 'Earth Netherlands'), automatic: 'location', correct: 'none' }],
    };
    assert.deepStrictEqual(
      teachingItems(sidecar).map(i => [i.quote, i.lesson.kind === 'name' ? i.lesson.type : 'O']),
      [
        ['Friends of the Earth Netherlands', 'ORG'],
        ['University of Varnholt', 'ORG'],
      ],
    );
  });
});
