import * as assert from 'assert';
import { describeTemporal, recognizeTemporal } from '../../../src/core/dates';

function describeFirst(text: string, dct?: string) {
  const [span] = recognizeTemporal(text, { dct });
  return describeTemporal(span, text, dct);
}

describe('describeTemporal', () => {
  it('names the weekday, full date and distance from publication', () => {
    const d = describeFirst('They met on Sunday.', '2025-10-15');
    assert.strictEqual(d.summary, 'Sunday 12 October 2025 — 3 days before publication');
    assert.ok(d.details.includes('Normalised: 2025-10-12'));
    assert.strictEqual(d.relative, true);
  });
  it('says a relative expression depends on an unknown article date', () => {
    const d = describeFirst('They met yesterday.');
    assert.strictEqual(d.relative, true);
    assert.match(d.summary, /relative to the article's date, which is not known/);
  });
  it('does not call an explicit date relative', () => {
    const d = describeFirst('It opened on 4 February 2021.', '2025-10-15');
    assert.strictEqual(d.relative, false);
    assert.match(d.summary, /^Thursday 4 February 2021/);
  });
  it('describes months, quarters and years', () => {
    assert.strictEqual(
      describeFirst('It happened last month.', '2025-10-15').summary,
      'September 2025 — 1 month before publication',
    );
    assert.strictEqual(
      describeFirst('Profit rose in the third quarter.', '2025-10-15').summary,
      'The third quarter of 2025 (July to September)',
    );
    assert.strictEqual(
      describeFirst('In 2020 it began.', '2025-10-15').summary,
      'The year 2020 — 5 years before publication',
    );
  });
  it('gives both ends of a range', () => {
    const d = describeFirst('The fair runs October 31 to November 1, 2025.');
    assert.strictEqual(d.summary, 'From Friday 31 October 2025 to Saturday 1 November 2025');
    assert.ok(d.details.some(x => x.startsWith('From: ')) && d.details.some(x => x.startsWith('To: ')));
  });
  it('describes durations and sets in words', () => {
    assert.strictEqual(describeFirst('It lasted three years.').summary, 'A length of 3 years');
    assert.strictEqual(describeFirst('We meet every Monday.').summary, 'Every Monday');
    assert.strictEqual(describeFirst('It is printed daily.').summary, 'Every day');
    assert.strictEqual(describeFirst('She runs every morning.').summary, 'Every morning');
  });
  it('names centuries with the right ordinal', () => {
    assert.strictEqual(describeFirst('A relic of the 21st century.').summary, 'The 21st century');
    assert.strictEqual(describeFirst('A relic of the 12th century.').summary, 'The 12th century');
  });
  it('describes vague references to now, past and future', () => {
    assert.match(describeFirst('Prices are high now.').summary, /^The present/);
  });
});
