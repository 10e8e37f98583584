import * as assert from 'assert';
import { BatchSidecar, ReadySidecar, prepareSidecar, suggestIntoSidecar } from '../../../src/core/suggestions/batch';
import { parseSidecar, serializeSidecar, textHash } from '../../../src/core/sidecar';
import { Span } from '../../../src/core/types';

const TEXT = 'Talks in Lisbon with Maria Costa continue.';
const SPANS: Span[] = [
  { start: 9, end: 15, type: 'LOC' },
  { start: 21, end: 32, type: 'PER' },
];

function ready(prepared: BatchSidecar): ReadySidecar {
  assert.ok(!('problem' in prepared), JSON.stringify(prepared));
  return prepared;
}

describe('batch suggestions', () => {
  it('start a sidecar for an article without one, and write nothing when there is nothing to suggest', () => {
    const prepared = ready(prepareSidecar('talks.md', TEXT, undefined));
    const { added, content } = suggestIntoSidecar(prepared, TEXT, SPANS);
    assert.strictEqual(added.length, 2);
    const data = parseSidecar(content!).data!;
    assert.deepStrictEqual(
      [data.article, data.textHash, data.annotations, data.suggestions?.length],
      ['talks.md', textHash(TEXT), [], 2],
    );
    assert.deepStrictEqual(suggestIntoSidecar(ready(prepareSidecar('talks.md', TEXT, undefined)), TEXT, []), {
      added: [],
      content: undefined,
    });
  });

  it('place an existing sidecar on the current text first, and update it with minimal edits', () => {
    const first = suggestIntoSidecar(
      ready(prepareSidecar('talks.md', TEXT, undefined)),
      TEXT,
      SPANS.slice(0, 1),
    ).content!;
    const edited = 'Update: ' + TEXT;
    const prepared = ready(prepareSidecar('talks.md', edited, first));
    assert.strictEqual(prepared.data.suggestions?.[0].start, 17, 'moved with the text');
    const shifted = SPANS.map(s => ({ ...s, start: s.start + 8, end: s.end + 8 }));
    const { added, content } = suggestIntoSidecar(prepared, edited, shifted);
    assert.deepStrictEqual(
      added.map(s => s.quote),
      ['Maria Costa'],
    );
    assert.strictEqual(parseSidecar(content!).data?.textHash, textHash(edited));
  });

  it('leave a sidecar with any problem alone, saying where it is', () => {
    const good = serializeSidecar({
      version: 1,
      article: 'talks.md',
      textHash: textHash(TEXT),
      annotations: [],
      corrections: [],
    });
    const withAlias = good.replace('article: talks.md', 'article: &name talks.md\nother: *name');
    assert.match((prepareSidecar('talks.md', TEXT, withAlias) as { problem: string }).problem, /^line 3: .*aliases/);
    assert.match((prepareSidecar('talks.md', TEXT, 'version: 2\n') as { problem: string }).problem, /^line 1: /);
  });
});
