import * as assert from 'assert';
import fc from 'fast-check';
import { ArticleChecks, CHECK_FAMILIES, checkArticle } from '../../../src/core/checks';
import { recognizeTemporal } from '../../../src/core/dates';
import { mentionsOf } from './helpers';

const ARTICLE = [
  '# Council backs plan',
  '',
  'VALMORE – The council met on Monday, March 10, 2026, after a long debate.',
  '',
  'Solvang, 52, who was born in 1968, chairs it. Ingrid Solvang said work begins soon.',
  '',
  'Deputy Tomas Haraldsen abstained. Haraldson said the costs were unclear.',
  '',
  'A meeting is set for February 30. The consultation ran March 12-10.',
].join('\n');
const NAMES = { Solvang: 'person', 'Ingrid Solvang': 'person', 'Tomas Haraldsen': 'person', Haraldson: 'person' };

const fresh = (text: string) => checkArticle({ text, articleDate: '2026-03-12', names: mentionsOf(text, NAMES) });

describe('checks: incremental runs', () => {
  it('finds the same after any edits as a fresh run over the edited text', () => {
    const engine = new ArticleChecks();
    engine.run({ text: ARTICLE, articleDate: '2026-03-12', names: mentionsOf(ARTICLE, NAMES) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('', 'x', ' ', '\n', '\n\n', '31', 'Monday, ')), {
          maxLength: 6,
        }),
        edits => {
          let text = ARTICLE;
          for (const [at, removed, inserted] of edits) {
            const start = at % (text.length + 1);
            text = text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + removed));
            const input = { text, articleDate: '2026-03-12', names: mentionsOf(text, NAMES) };
            assert.deepStrictEqual(engine.run(input), fresh(text));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the same with the dates of an analysis of the whole text as with the date tagger run per paragraph', () => {
    const names = mentionsOf(ARTICLE, NAMES);
    const spans = recognizeTemporal(ARTICLE, { dct: '2026-03-12' });
    assert.deepStrictEqual(checkArticle({ text: ARTICLE, articleDate: '2026-03-12', names, spans }), fresh(ARTICLE));
  });

  it('checks nothing against a guessed article date, but resolves dates with it', () => {
    const text =
      'Solvang, 52, who was born in 1968, chairs it.\n\nThe minister resigned on March 20, the ministry said.';
    const guessed = checkArticle({ text, articleDate: '2026-03-12', articleDateGuessed: true, names: [] });
    assert.deepStrictEqual(guessed, []);
    const known = checkArticle({ text, articleDate: '2026-03-12', names: [] });
    assert.deepStrictEqual(
      known.map(d => d.code),
      ['age-mismatch', 'future-in-past'],
    );
  });

  it('runs only the families switched on, and starts over when the article date changes', () => {
    const all = fresh(ARTICLE);
    assert.deepStrictEqual([...new Set(all.map(d => d.family))].sort(), [
      'firstMention',
      'nameSpelling',
      'rangesAndAges',
      'weekdays',
    ]);
    for (const family of CHECK_FAMILIES) {
      const without = checkArticle(
        { text: ARTICLE, articleDate: '2026-03-12', names: mentionsOf(ARTICLE, NAMES) },
        new Set(CHECK_FAMILIES.filter(f => f !== family)),
      );
      assert.deepStrictEqual(
        without,
        all.filter(d => d.family !== family),
      );
    }
    const engine = new ArticleChecks();
    engine.run({ text: ARTICLE, articleDate: '2026-03-12', names: [] });
    const undated = engine.run({ text: ARTICLE, names: [] });
    assert.ok(!undated.some(d => d.code === 'age-mismatch'), 'an age needs the article date');
  });
});
