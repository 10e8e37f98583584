import * as assert from 'assert';
import fc from 'fast-check';
import { Annotation, parseSidecar, serializeSidecar, SidecarData } from '../../../src/core/sidecar';

const QUOTES = ['Kim', 'Seoul', '😀 x', 'line\r\nbreak', ' lead', 'a: b', '#tag', 'yes', '123', 'Zoë'];
const HASH = 'sha256:' + '0'.repeat(64);

/** Sorted annotations with distinct ids. */
const annotations = fc
  .uniqueArray(
    fc.record({
      start: fc.nat(500),
      q: fc.nat(QUOTES.length - 1),
      note: fc.option(fc.constantFrom('n', 'multi\nline', '- dash'), { nil: undefined }),
    }),
    { selector: r => r.start, minLength: 1, maxLength: 8 },
  )
  .map(rs =>
    rs
      .sort((a, b) => a.start - b.start)
      .map((r, i): Annotation => ({
        id: `a-${i}`,
        label: 'person',
        quote: QUOTES[r.q],
        prefix: 'p',
        suffix: 's',
        start: r.start * 10,
        end: r.start * 10 + QUOTES[r.q].length,
        ...(r.note === undefined ? {} : { note: r.note }),
      })),
  );

/** Adds a comment at the head and the tail and a distinct comment line above every item. */
function commented(yaml: string): string {
  let n = 0;
  return (
    '# head\n' +
    yaml.replace(/^( *)- id: /gm, (_m, indent: string) => `${indent}# about item ${n++}\n${indent}- id: `) +
    '# tail\n'
  );
}

/** The lines of item i: from its comment to the next comment or the next item. */
function itemLines(text: string, i: number): string[] {
  const lines = text.split('\n');
  const from = lines.findIndex(l => l.trim() === `# about item ${i}`);
  const result: string[] = [];
  for (let k = from + 1; k < lines.length; k++) {
    if (lines[k].trim().startsWith('#') || (k > from + 1 && lines[k].trim().startsWith('- id:'))) break;
    result.push(lines[k]);
  }
  return result;
}

describe('in-place sidecar writes (property)', () => {
  it('keep every comment of untouched items and read back as the intended data (1000 cases)', () => {
    fc.assert(
      fc.property(annotations, fc.nat(), fc.constantFrom('note', 'delete', 'add', 'orphan'), (items, pick, op) => {
        const data: SidecarData = { version: 1, article: 'a.md', textHash: HASH, annotations: items, corrections: [] };
        const before = commented(serializeSidecar(data));
        const target = pick % items.length;
        const changed = [...items];
        if (op === 'note') changed[target] = { ...items[target], note: 'changed' };
        if (op === 'delete') changed.splice(target, 1);
        if (op === 'orphan') changed[target] = { ...items[target], orphaned: true };
        if (op === 'add')
          changed.push({
            id: 'a-new',
            label: 'place',
            quote: 'Oslo',
            prefix: '',
            suffix: '',
            start: items[target].start + 1,
            end: items[target].start + 5,
          });
        const after = serializeSidecar({ ...data, annotations: changed }, before);
        const reread = parseSidecar(after);
        assert.deepStrictEqual(reread.diagnostics, []);
        assert.deepStrictEqual(
          reread.data!.annotations,
          [...changed].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1)),
        );
        const expectedComments = [
          '# head',
          '# tail',
          ...items.map((_, i) => `# about item ${i}`).filter((_, i) => !(op === 'delete' && i === target)),
        ];
        for (const comment of expectedComments) assert.ok(after.includes(comment + '\n'), comment);
        // Lines of items other than the target are untouched.
        items.forEach((_, i) => {
          if (i !== target) assert.deepStrictEqual(itemLines(after, i), itemLines(before, i));
        });
      }),
      { numRuns: 1000 },
    );
  });
});
