import * as assert from 'assert';
import {
  addCounts,
  cohensKappa,
  countAgreement,
  findDisagreements,
  scoreAgreement,
  settleDisagreement,
} from '../../../src/core/agreement';
import { Annotation, SidecarData, createAnnotation, textHash } from '../../../src/core/sidecar';
import { tokenize } from '../../../src/core/text/tokenize';

// Invented text.
const TEXT = 'Ana Silva met Bruno Costa at the Porto Harbour Authority on Monday.';
const NOW = new Date('2026-01-01T00:00:00Z');

function at(quote: string, label: string, id: string, extra: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  return { ...createAnnotation(TEXT, start, start + quote.length, label, { now: NOW }), id, ...extra };
}

const alice = [
  at('Ana Silva', 'person', 'a-ana'),
  at('Bruno Costa', 'person', 'a-bruno'),
  at('Porto Harbour Authority', 'organisation', 'a-pha'),
];
const bob = [
  at('Ana Silva', 'person', 'b-ana'),
  at('Bruno', 'person', 'b-bruno'),
  at('Porto', 'location', 'b-porto'),
  at('Harbour Authority', 'organisation', 'b-ha'),
];

describe('agreement between two annotators', () => {
  it('counts exact and overlapping matches per label, and scores F1 and kappa', () => {
    const scores = scoreAgreement(countAgreement({ annotations: alice }, { annotations: bob }, tokenize(TEXT)));
    assert.deepStrictEqual(scores.labels, {
      location: { a: 0, b: 1, both: 0, f1: 0, overlapF1: 0 },
      organisation: { a: 1, b: 1, both: 0, f1: 0, overlapF1: 1 },
      person: { a: 2, b: 2, both: 1, f1: 0.5, overlapF1: 1 },
    });
    assert.strictEqual(scores.overall.exactF1, 2 / 7);
    assert.strictEqual(scores.overall.overlapF1, 6 / 7);
    // 13 tokens, 11 agreeing; marginals person 4/3, O 6/7, organisation 3/2, location 0/1: (11/13 - 60/169) / (1 - 60/169).
    assert.strictEqual(scores.tokens, 13);
    assert.ok(Math.abs(scores.overall.kappa! - 83 / 109) < 1e-12, String(scores.overall.kappa));
  });

  it('leaves kappa out without the text, and orphaned annotations out of everything', () => {
    const orphan = at('Monday', 'date', 'a-monday', { orphaned: true });
    const scores = scoreAgreement(countAgreement({ annotations: [...alice, orphan] }, { annotations: alice }));
    assert.strictEqual(scores.overall.kappa, null);
    assert.strictEqual(scores.overall.exactF1, 1);
    assert.deepStrictEqual(scores.orphaned, { a: 1, b: 0 });
    assert.ok(!('date' in scores.labels));
  });

  it('compares relations by type and both ends, without direction for symmetric types', () => {
    const relations = [
      { id: 'r-1', type: 'works-for', from: 'a-bruno', to: 'a-pha' },
      { id: 'r-2', type: 'meets', from: 'a-ana', to: 'a-bruno' },
    ];
    const theirs = alice.map(a => ({ ...a, id: a.id.replace('a-', 't-') }));
    const theirRelations = [
      { id: 'r-9', type: 'meets', from: 't-bruno', to: 't-ana' },
      { id: 'r-8', type: 'works-for', from: 't-ana', to: 't-pha' },
    ];
    const count = (symmetric: boolean) =>
      scoreAgreement(
        countAgreement(
          { annotations: alice, relations },
          { annotations: theirs, relations: theirRelations },
          undefined,
          type => symmetric && type === 'meets',
        ),
      ).relations;
    assert.deepStrictEqual(count(false), { a: 2, b: 2, both: 0, f1: 0 });
    assert.deepStrictEqual(count(true), { a: 2, b: 2, both: 1, f1: 0.5 });
  });

  it('adds counts over articles, pooling the token pairs for kappa', () => {
    const one = countAgreement({ annotations: alice }, { annotations: bob }, tokenize(TEXT));
    const two = countAgreement({ annotations: alice }, { annotations: alice }, tokenize(TEXT));
    const total = scoreAgreement(addCounts([one, two]));
    assert.deepStrictEqual(total.labels.person, { a: 4, b: 4, both: 3, f1: 0.75, overlapF1: 1 });
    assert.strictEqual(total.tokens, 26);
    assert.strictEqual(total.overall.exactF1, (2 * 4) / (6 + 7));
    assert.strictEqual(
      scoreAgreement(addCounts([one, countAgreement({ annotations: [] }, { annotations: [] })])).overall.kappa,
      null,
    );
  });

  it('takes kappa as 1 when both used one category throughout, and has none for no tokens', () => {
    assert.strictEqual(cohensKappa({ 'O\u0000O': 12 }), 1);
    assert.strictEqual(cohensKappa({}), null);
    assert.strictEqual(cohensKappa({ 'A\u0000A': 5, 'B\u0000B': 5 }), 1);
    assert.strictEqual(cohensKappa({ 'A\u0000B': 5, 'B\u0000A': 5 }), -1);
  });
});

describe('disagreements between annotators, and settling them', () => {
  const mine = (): SidecarData => ({
    version: 1,
    article: 'story.md',
    textHash: textHash(TEXT),
    annotations: [
      at('Ana Silva', 'person', 'a-ana', { attributes: { role: 'skipper' } }),
      at('Bruno Costa', 'person', 'a-bruno'),
      at('Porto Harbour Authority', 'organisation', 'a-pha'),
      at('Monday', 'date', 'a-monday'),
    ],
    relations: [{ id: 'r-mine', type: 'works-for', from: 'a-bruno', to: 'a-pha' }],
    corrections: [],
  });
  const theirs = {
    annotations: [
      at('Ana Silva', 'person', 't-ana'),
      at('Bruno Costa', 'organisation', 't-bruno'),
      at('Harbour Authority', 'organisation', 't-ha'),
      at('Porto', 'location', 't-porto'),
    ],
    relations: [{ id: 'r-theirs', type: 'meets', from: 't-bruno', to: 't-ana', note: 'in Porto' }],
  };

  it('finds each kind of disagreement, in text order', () => {
    assert.deepStrictEqual(
      findDisagreements(mine(), theirs).map(d => d.key),
      [
        'attributes:a-ana:t-ana',
        'label:a-bruno:t-bruno',
        'relationOnlyTheirs:r-theirs',
        // My works-for ends on an annotation theirs has a different extent of: it waits until that is settled.
        'extent:a-pha:t-ha',
        'onlyTheirs:t-porto',
        'onlyMine:a-monday',
      ],
    );
  });

  it('taking theirs everywhere leaves no disagreement, keeping my ids for my relations', () => {
    const data = mine();
    for (;;) {
      const next = findDisagreements(data, theirs)[0];
      if (!next) break;
      assert.ok(settleDisagreement(data, next, 'theirs', { author: 'editor', now: NOW }), next.key);
    }
    assert.deepStrictEqual(data.annotations.map(a => [a.id, a.quote, a.label, a.attributes]).sort(), [
      ['a-ana', 'Ana Silva', 'person', undefined],
      ['a-bruno', 'Bruno Costa', 'organisation', undefined],
      ['a-pha', 'Harbour Authority', 'organisation', undefined],
      ['t-porto', 'Porto', 'location', undefined],
    ]);
    assert.deepStrictEqual(
      data.relations!.map(r => [r.type, r.from, r.to, r.note, r.author]),
      [['meets', 'a-bruno', 'a-ana', 'in Porto', 'editor']],
    );
    assert.ok(data.annotations.find(a => a.id === 'a-bruno')!.updated);
  });

  it('keeping mine changes nothing, keeping both adds theirs beside mine', () => {
    const data = mine();
    const found = findDisagreements(data, theirs);
    for (const d of found) assert.strictEqual(settleDisagreement(data, d, 'mine'), false);
    assert.deepStrictEqual(data, mine());
    const extent = found.find(d => d.kind === 'extent')!;
    assert.strictEqual(settleDisagreement(data, extent, 'both'), true);
    assert.deepStrictEqual(
      data.annotations.filter(a => a.label === 'organisation').map(a => a.quote),
      ['Porto Harbour Authority', 'Harbour Authority'],
    );
    const attributes = found.find(d => d.kind === 'attributes')!;
    settleDisagreement(data, attributes, 'both');
    assert.deepStrictEqual(data.annotations[0].attributes, { role: 'skipper' });
    assert.strictEqual(
      settleDisagreement(
        data,
        found.find(d => d.kind === 'onlyMine')!,
        'both',
      ),
      false,
    );
  });
});
