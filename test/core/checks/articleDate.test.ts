import * as assert from 'assert';
import { check, found } from './helpers';

const dates = (text: string, date?: string) => check(text, { date, only: ['articleDate'] });

describe('checks: the article date', () => {
  it('says once that relative dates cannot be resolved in an article without a date', () => {
    const text = 'The crews walked out last Friday.\n\nPassengers waited yesterday and again on Monday.';
    const diagnostics = dates(text);
    assert.deepStrictEqual(found(text, diagnostics), ['no-article-date: last Friday']);
    const [d] = diagnostics;
    assert.strictEqual(d.severity, 'information');
    assert.match(d.message, /and 2 other relative dates/);
    assert.deepStrictEqual(
      d.fixes.map(f => f.kind),
      ['setArticleDate'],
    );
    assert.deepStrictEqual(dates(text, '2026-03-12'), [], 'nothing once the article has a date');
  });

  it('does not count dates counted from something else, habits, titles or the present in general', () => {
    const text = [
      'The band is known today as a pioneer.',
      'The silence was moved to the Sunday nearest the 11th.',
      'One flight per week leaves on Thursday morning.',
      'Her hit Ruby Tuesday was played.',
      'Next year, in 1949, the circuit held its first race.',
      'The festival is held on the fourth Saturday of August.',
    ].join('\n');
    assert.deepStrictEqual(dates(text), []);
  });

  it('flags a day after the article date told in the plain past tense', () => {
    const text = 'The minister resigned on March 20, the ministry said.';
    const diagnostics = dates(text, '2026-03-10');
    assert.deepStrictEqual(found(text, diagnostics), ['future-in-past: March 20']);
    assert.match(diagnostics[0].message, /Friday 20 March 2026.*Tuesday 10 March 2026/);
    assert.deepStrictEqual(
      diagnostics[0].fixes.map(f => f.kind),
      ['setArticleDate'],
    );
  });

  it('leaves plans, present tense, deadlines and the next day alone', () => {
    const text = [
      'The minister will resign on March 20.',
      'The vote was postponed to March 20.',
      'The talks, which begin on March 20, were announced.',
      'Ballots must arrive by March 20, officials said.',
      'The paper said in an editorial on March 11 that it agreed.',
    ].join('\n');
    assert.deepStrictEqual(dates(text, '2026-03-10'), []);
  });

  it('reads a date without a year after talk of another year as that year', () => {
    const text = 'He started the 2013 season in the minor leagues. He was called up on March 20 in Anaheim.';
    assert.deepStrictEqual(dates(text, '2026-03-10'), []);
  });
});
