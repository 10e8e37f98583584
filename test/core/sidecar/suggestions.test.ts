import * as assert from 'assert';
import { reanchorSidecar, refreshContext } from '../../../src/core/anchor';
import {
  SUGGESTION_KEYS,
  SidecarData,
  Suggestion,
  anchorAt,
  createAnnotation,
  mergeSidecars,
  parseSidecar,
  serializeSidecar,
  textHash,
} from '../../../src/core/sidecar';
import { readPlainSidecar } from '../../../src/core/sidecar/plain';
import { ARTICLE, HAND_EDITED } from './fixtures';

const NOW = new Date('2026-11-28T01:00:00Z');

function suggestion(id: string, start: number, end: number, label: string): Suggestion {
  return { id, label, source: 'model', ...anchorAt(ARTICLE, start, end), created: '2026-11-28T01:00:00Z' };
}

function sidecar(suggestions?: Suggestion[]): SidecarData {
  const data: SidecarData = {
    version: 1,
    article: 'story.md',
    textHash: textHash(ARTICLE),
    annotations: [{ ...createAnnotation(ARTICLE, 28, 40, 'person', { now: NOW }), id: 'a-1' }],
    corrections: [],
  };
  if (suggestions) data.suggestions = suggestions;
  return data;
}

describe('sidecar suggestions', () => {
  const hanoi = suggestion('s-hanoi', 76, 81, 'location');
  const vientiane = suggestion('s-vientiane', 62, 71, 'location');

  it('are written after corrections, sorted, keys in the fixed order, and read back by both readers', () => {
    const text = serializeSidecar(sidecar([hanoi, vientiane]));
    const tail = text.slice(text.indexOf('suggestions:'));
    assert.strictEqual(
      tail,
      [
        'suggestions:',
        '  - id: s-vientiane',
        '    label: location',
        '    source: model',
        '    quote: Vientiane',
        '    prefix: "oe Son Hui met with envoys from "',
        '    suffix: " and Hanoi."',
        '    start: 62',
        '    end: 71',
        '    created: 2026-11-28T01:00:00Z',
        '  - id: s-hanoi',
        '    label: location',
        '    source: model',
        '    quote: Hanoi',
        '    prefix: " with envoys from Vientiane and "',
        '    suffix: .',
        '    start: 76',
        '    end: 81',
        '    created: 2026-11-28T01:00:00Z',
        '',
      ].join('\n'),
    );
    assert.ok(readPlainSidecar(text), "the quick reader takes the serializer's own layout");
    const parsed = parseSidecar(text);
    assert.deepStrictEqual(parsed.diagnostics, []);
    assert.deepStrictEqual(parsed.data, sidecar([vientiane, hanoi]));
    assert.deepStrictEqual(parseSidecar(text.replace('version: 1\n', '# full parser\nversion: 1\n')).data, parsed.data);
  });

  it('leave files without suggestions as they were, and keep an emptied list as []', () => {
    assert.ok(!serializeSidecar(sidecar()).includes('suggestions'));
    assert.strictEqual(parseSidecar(serializeSidecar(sidecar())).data?.suggestions, undefined);
    const before = serializeSidecar(sidecar([hanoi]));
    const after = serializeSidecar(sidecar(), before);
    assert.ok(after.endsWith('suggestions: []\n'), after);
    assert.strictEqual(parseSidecar(after).data?.suggestions, undefined);
  });

  it('are added to a hand-edited file as one inserted block, every other line kept byte for byte', () => {
    const data = parseSidecar(HAND_EDITED).data!;
    const text = serializeSidecar({ ...data, suggestions: [hanoi] }, HAND_EDITED);
    const block = text.slice(text.indexOf('suggestions:\n'), text.indexOf('reviewer:'));
    assert.strictEqual(block.split('\n').length - 1, 10, block);
    assert.strictEqual(text.replace(block, ''), HAND_EDITED);
    assert.deepStrictEqual(parseSidecar(text).data?.suggestions, [hanoi]);
    // Removing them again leaves the hand-edited text as it was, apart from the now empty list.
    assert.strictEqual(serializeSidecar(data, text), HAND_EDITED.replace('reviewer:', 'suggestions: []\nreviewer:'));
  });

  it("are validated like annotations, need a source, and share the file's id space", () => {
    const text = serializeSidecar(sidecar([hanoi]));
    const noSource = parseSidecar(text.replace('    source: model\n', ''));
    assert.ok(noSource.readOnly);
    assert.match(noSource.diagnostics[0].message, /Missing "source"/);
    const clash = parseSidecar(text.replace('id: s-hanoi', 'id: a-1'));
    assert.ok(clash.readOnly);
    assert.match(clash.diagnostics[0].message, /Duplicate id "a-1"/);
    const extra = parseSidecar(text.replace('    source: model\n', '    source: model\n    score: 0.9\n'));
    assert.deepStrictEqual(extra.data?.suggestions?.[0].extra, { score: 0.9 });
    assert.ok(SUGGESTION_KEYS.includes('source'));
  });

  it('are merged by id like the other lists', () => {
    const base = sidecar([hanoi, vientiane]);
    const mine = sidecar([hanoi]);
    const theirs = sidecar([hanoi, vientiane, suggestion('s-new', 0, 2, 'date')]);
    const { data, conflicts } = mergeSidecars(base, mine, theirs);
    assert.deepStrictEqual(conflicts, []);
    assert.deepStrictEqual(
      data.suggestions?.map(s => s.id),
      ['s-new', 's-hanoi'],
    );
  });

  it('move with the text when re-anchored, and are dropped (not orphaned) when their text is gone', () => {
    const edited = 'Breaking. ' + ARTICLE.replace('Hanoi', 'Hue');
    const { data } = reanchorSidecar(sidecar([hanoi, vientiane]), edited);
    assert.deepStrictEqual(
      data.suggestions?.map(s => [s.id, s.start, s.orphaned]),
      [['s-vientiane', 72, undefined]],
    );
    const gone = reanchorSidecar(sidecar([hanoi]), edited).data;
    assert.strictEqual(gone.suggestions, undefined);
  });

  it('whose text was edited live are dropped when the sidecar is written', () => {
    const data = sidecar([hanoi, { ...vientiane, orphaned: true }]);
    const refreshed = refreshContext(data, ARTICLE.replace('Hanoi', 'Hue  '));
    assert.strictEqual(refreshed.suggestions, undefined);
    assert.deepStrictEqual(refreshContext(sidecar([hanoi]), ARTICLE).suggestions, [hanoi]);
  });
});
