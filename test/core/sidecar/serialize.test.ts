import * as assert from 'assert';
import { Annotation, createAnnotation, parseSidecar, serializeSidecar, SidecarData } from '../../../src/core/sidecar';
import { ARTICLE, HAND_EDITED, HASH } from './fixtures';

function load(text: string): SidecarData {
  const result = parseSidecar(text);
  assert.deepStrictEqual(result.diagnostics, []);
  return result.data!;
}

/** Lines of `after` that differ from `before`, assuming no lines were added or removed. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.strictEqual(a.length, b.length, 'line count changed');
  return b.filter((line, i) => line !== a[i]);
}

describe('serializeSidecar', () => {
  it('writes keys in the fixed order and items sorted by position', () => {
    const later = {
      ...createAnnotation(ARTICLE, 62, 71, 'location', { now: new Date('2026-01-01T00:00:00Z') }),
      id: 'a-b',
    };
    const earlier = {
      ...createAnnotation(ARTICLE, 28, 40, 'person', { now: new Date('2026-01-01T00:00:00Z'), note: 'x' }),
      id: 'a-a',
    };
    const text = serializeSidecar({
      version: 1,
      article: 'story.md',
      textHash: HASH,
      annotations: [later, earlier],
      corrections: [],
    });
    assert.strictEqual(
      text,
      [
        'version: 1',
        'article: story.md',
        `textHash: ${HASH}`,
        'annotations:',
        '  - id: a-a',
        '    label: person',
        '    quote: Choe Son Hui',
        '    prefix: "On Sunday, Foreign Minister "',
        '    suffix: " met with envoys from Vientiane "',
        '    start: 28',
        '    end: 40',
        '    note: x',
        '    created: 2026-01-01T00:00:00Z',
        '  - id: a-b',
        '    label: location',
        '    quote: Vientiane',
        '    prefix: "oe Son Hui met with envoys from "',
        '    suffix: " and Hanoi."',
        '    start: 62',
        '    end: 71',
        '    created: 2026-01-01T00:00:00Z',
        '',
      ].join('\n'),
    );
  });

  it('round-trips awkward strings exactly', () => {
    const text = 'Ki\r\n m "q" \\ #x: 😀e\u0301\t- yes';
    const a: Annotation = {
      ...createAnnotation(text, 0, text.length, 'custom: label'),
      note: '  multi\nline\n',
      extra: { 'x-tool': { nested: [1, 'two'] } },
    };
    const data: SidecarData = {
      version: 1,
      article: 'a b.md',
      textHash: HASH,
      date: '2025-10-12',
      annotations: [a],
      corrections: [],
      extra: { other: true },
    };
    assert.deepStrictEqual(load(serializeSidecar(data)), data);
  });

  it('keeps a commented, hand-edited file byte for byte except the changed annotation', () => {
    const data = load(HAND_EDITED);
    data.annotations[1] = { ...data.annotations[1], note: 'capital of Laos' };
    const out = serializeSidecar(data, HAND_EDITED);
    const expected = HAND_EDITED.replace(
      '    created: 2026-11-27T10:01:00Z\n',
      '    note: capital of Laos\n    created: 2026-11-27T10:01:00Z\n',
    );
    assert.strictEqual(out, expected);
  });

  it('changes only the edited value when an offset moves', () => {
    const data = load(HAND_EDITED);
    data.annotations[0] = { ...data.annotations[0], note: 'second mention' };
    data.textHash = 'sha256:' + 'cd'.repeat(32);
    const out = serializeSidecar(data, HAND_EDITED);
    assert.deepStrictEqual(changedLines(HAND_EDITED, out), [
      `textHash: sha256:${'cd'.repeat(32)}`,
      '    note: second mention   # short on purpose',
    ]);
  });

  it('is unchanged when nothing changed', () => {
    assert.strictEqual(serializeSidecar(load(HAND_EDITED), HAND_EDITED), HAND_EDITED);
  });

  it('inserts a new annotation at its sorted place, leaving the others and their comments alone', () => {
    const data = load(HAND_EDITED);
    const added = {
      ...createAnnotation(ARTICLE, 76, 81, 'location', { now: new Date('2026-11-27T10:02:00Z') }),
      id: 'a-hanoi',
    };
    const between = {
      ...createAnnotation(ARTICLE, 3, 9, 'date', { now: new Date('2026-11-27T10:02:00Z') }),
      id: 'a-sunday',
    };
    data.annotations.push(added, between);
    const out = serializeSidecar(data, HAND_EDITED);
    const reloaded = load(out);
    assert.deepStrictEqual(
      reloaded.annotations.map(a => a.id),
      ['a-sunday', 'a-minister0001', 'a-vientiane001', 'a-hanoi'],
    );
    assert.ok(out.startsWith('# Annotations for the Sunday story.\n'));
    for (const kept of [
      '# The minister, checked against the wire copy.',
      'note: first mention   # short on purpose',
      'reviewer: desk-b   # kept by another tool',
      'source: wire',
    ]) {
      assert.ok(out.includes(kept), kept);
    }
  });

  it('removes a deleted annotation and marks an orphan without touching other items', () => {
    const data = load(HAND_EDITED);
    data.annotations = [{ ...data.annotations[0], orphaned: true }];
    const out = serializeSidecar(data, HAND_EDITED);
    assert.ok(
      out.includes('    source: wire\n    orphaned: true\n') || out.includes('    orphaned: true\n    source: wire\n'),
    );
    assert.ok(!out.includes('Vientiane"\n    start: 62'));
    assert.deepStrictEqual(load(out).annotations[0].orphaned, true);
  });

  it('deletes an item with the comment above it and nothing else', () => {
    const data = load(HAND_EDITED);
    data.annotations = [data.annotations[1]];
    const out = serializeSidecar(data, HAND_EDITED);
    const start = HAND_EDITED.indexOf('  # The minister');
    const end = HAND_EDITED.indexOf('\n\n  - id: a-vientiane001') + 1;
    assert.strictEqual(out, HAND_EDITED.slice(0, start) + HAND_EDITED.slice(end));
  });

  it("keeps CRLF line endings and the user's sequence indentation", () => {
    const crlf = HAND_EDITED.replace(/\n {2}(?=[-#])/g, '\n')
      .replace(/\n {4}/g, '\n  ')
      .replace(/\n/g, '\r\n');
    const data = load(crlf);
    data.annotations[0] = { ...data.annotations[0], author: 'kim' };
    const out = serializeSidecar(data, crlf);
    assert.strictEqual(
      out,
      crlf.replace(
        '  note: first mention   # short on purpose\r\n',
        '  note: first mention   # short on purpose\r\n  author: kim\r\n',
      ),
    );
  });

  it('keeps comments and unknown keys when items change order', () => {
    const data = load(HAND_EDITED);
    data.annotations[0] = { ...data.annotations[0], start: 90, end: 102 };
    const out = serializeSidecar(data, HAND_EDITED);
    assert.deepStrictEqual(
      load(out).annotations.map(a => a.id),
      ['a-vientiane001', 'a-minister0001'],
    );
    for (const kept of [
      '# Annotations for the Sunday story.',
      '# The minister, checked against the wire copy.',
      '# kept by another tool',
      'source: wire',
      '# Trailing remark',
    ]) {
      assert.ok(out.includes(kept), kept);
    }
  });

  it('writes a fresh file when the previous one cannot be read', () => {
    const data = load(HAND_EDITED);
    assert.deepStrictEqual(load(serializeSidecar(data, 'version: [')), data);
  });
});
