import * as assert from 'assert';
import fc from 'fast-check';
import { readPlainSidecar } from '../../../src/core/sidecar/plain';
import { itemRenderer, serializeSidecarWithFullParser } from '../../../src/core/sidecar/serialize';
import { spliceItems } from '../../../src/core/sidecar/splice';
import { Annotation, SidecarData, compareItems } from '../../../src/core/sidecar/types';

const word = fc.constantFrom('Kim', 'Seoul', 'the mayor', 'Zoë', 'x y', "it's", '"q"', '12', 'true', '- dash');
const annotation = (id: string) =>
  fc
    .record({ quote: word, prefix: word, suffix: word, start: fc.nat(3000), note: fc.option(word, { nil: undefined }) })
    .map(
      a =>
        ({
          id,
          label: 'PER',
          quote: a.quote,
          prefix: a.prefix,
          suffix: a.suffix,
          start: a.start,
          end: a.start + a.quote.length,
          ...(a.note === undefined ? {} : { note: a.note }),
        }) as Annotation,
    );
const annotations = (prefix: string, min: number) =>
  fc.integer({ min, max: 7 }).chain(n => fc.tuple(...Array.from({ length: n }, (_, i) => annotation(`${prefix}${i}`))));

function sidecar(items: Annotation[]): SidecarData {
  return { version: 1, article: 'story.md', textHash: 'sha256:' + '0'.repeat(64), annotations: items, corrections: [] };
}

describe('splicing added and removed items into a file (property)', () => {
  it('writes what the general patch writes, and takes every change that only adds and removes items', () => {
    let spliced = 0;
    fc.assert(
      fc.property(
        annotations('a-', 1),
        annotations('n-', 0),
        fc.array(fc.boolean(), { maxLength: 7 }),
        fc.boolean(),
        (before, added, removed, flush) => {
          let text = serializeSidecarWithFullParser(sidecar(before));
          if (flush) text = text.replace(/^ {2}(- | {2})/gm, '$1');
          const value = readPlainSidecar(text);
          assert.ok(value, 'the quick reader takes the file');
          const kept = before.filter((_, i) => !removed[i]);
          const after = sidecar([...kept, ...added]);
          const result = spliceItems(
            { text, value },
            after,
            { annotations: [...after.annotations].sort(compareItems), corrections: [], suggestions: [] },
            itemRenderer(text),
          );
          const expected = serializeSidecarWithFullParser(after, text);
          const onlyAddsAndRemoves = after.annotations.length > 0 && (added.length > 0 || kept.length < before.length);
          if (onlyAddsAndRemoves) {
            assert.ok(result, 'spliced');
            spliced++;
          }
          if (result) {
            assert.strictEqual(result.text, expected);
            assert.deepStrictEqual(result.value, readPlainSidecar(expected));
          }
        },
      ),
      { numRuns: 500 },
    );
    assert.ok(spliced > 200, `${spliced} spliced`);
  });

  it('leaves any other change to the general patch', () => {
    const items = [{ id: 'a-1', label: 'PER', quote: 'Kim', prefix: '', suffix: '', start: 3, end: 6 }] as Annotation[];
    const text = serializeSidecarWithFullParser(sidecar(items));
    const written = { text, value: readPlainSidecar(text)! };
    const lists = (a: Annotation[]) => ({ annotations: a, corrections: [], suggestions: [] });
    const edited = [{ ...items[0], note: 'checked' }];
    assert.strictEqual(
      spliceItems(written, sidecar(edited), lists(edited), itemRenderer(text)),
      undefined,
      'an item changed',
    );
    assert.strictEqual(
      spliceItems(
        written,
        { ...sidecar(items), textHash: 'sha256:' + '1'.repeat(64) },
        lists(items),
        itemRenderer(text),
      ),
      undefined,
      'a header value changed',
    );
    assert.strictEqual(spliceItems(written, sidecar([]), lists([]), itemRenderer(text)), undefined, 'the list emptied');
    assert.strictEqual(
      spliceItems(written, sidecar(items), lists(items), itemRenderer(text)),
      undefined,
      'nothing to do',
    );
  });
});
