import * as assert from 'assert';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { HASH } from './fixtures';

const HEADER = `version: 1\narticle: story.md\ntextHash: ${HASH}\n`;
const linked = (id: string) =>
  `${HEADER}annotations:\n  - id: a-1\n    label: location\n    wikidata: ${id}\n    quote: Marrowby\n    prefix: ""\n    suffix: ""\n    start: 0\n    end: 8\n`;

describe('annotations linked to Wikidata', () => {
  it('reads the wikidata key of an annotation and writes it back after the label', () => {
    const result = parseSidecar(linked('Q902'));
    assert.deepStrictEqual(result.diagnostics, []);
    assert.strictEqual(result.data!.annotations[0].wikidata, 'Q902');
    assert.strictEqual(result.data!.annotations[0].extra, undefined);
    const written = serializeSidecar(result.data!);
    assert.match(written, /label: location\n\s+wikidata: Q902\n\s+quote: Marrowby/);
    assert.strictEqual(parseSidecar(written).data!.annotations[0].wikidata, 'Q902');
  });

  it('writes no wikidata key for an annotation that is not linked', () => {
    const data = parseSidecar(linked('Q902')).data!;
    delete data.annotations[0].wikidata;
    assert.doesNotMatch(serializeSidecar(data), /wikidata/);
  });

  it('reports a value that is not an item id, with its line, and opens the file read-only', () => {
    for (const bad of ['Q0902', 'P31', '"Marrowby"', '902']) {
      const result = parseSidecar(linked(bad));
      assert.strictEqual(result.readOnly, true, bad);
      assert.match(result.diagnostics[0].message, /"wikidata" must be a (Wikidata item id|string)/);
      assert.strictEqual(result.diagnostics[0].line, 6);
    }
  });
});
