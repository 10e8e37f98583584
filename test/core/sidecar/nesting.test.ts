import * as assert from 'assert';
import { parseSidecar } from '../../../src/core/sidecar';
import { MAX_YAML_NESTING, nestsTooDeeply } from '../../../src/core/sidecar/nesting';
import { parseRegistry } from '../../../src/core/registry';
import { parseAnnotationSchema } from '../../../src/core/project/parse';
import { HASH } from './fixtures';

const HEADER = `version: 1\narticle: story.md\ntextHash: ${HASH}\n`;
const flow = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const dashes = (levels: number) => '- '.repeat(levels) + 'x';

describe('nestsTooDeeply', () => {
  it('lets real files through, including notes full of brackets, dashes and colons', () => {
    const note = `"${'[see '.repeat(3 * MAX_YAML_NESTING)} - a: b - c: d ? e"`;
    const text = `${HEADER}annotations:\n  - id: a-1\n    label: person\n    note: ${note}\n`;
    assert.strictEqual(nestsTooDeeply(text), false);
    assert.strictEqual(nestsTooDeeply(`list: ${flow(MAX_YAML_NESTING - 1)}\n`), false);
    assert.strictEqual(nestsTooDeeply(`${'-'.repeat(500)}\n`), false);
  });

  it('finds nesting past the limit in flow collections, in block indicators on one line, and in both', () => {
    assert.strictEqual(nestsTooDeeply(`list: ${flow(MAX_YAML_NESTING + 1)}\n`), true);
    assert.strictEqual(nestsTooDeeply(`list:\n  ${dashes(MAX_YAML_NESTING + 1)}\n`), true);
    const half = MAX_YAML_NESTING / 2 + 1;
    assert.strictEqual(nestsTooDeeply(`list:\n  ${'- '.repeat(half)}${flow(half)}\n`), true);
  });
});

describe('deeply nested YAML files are refused before they are read', () => {
  // Hundreds of thousands of levels: the YAML library would take seconds and gigabytes, and then report
  // only that its stack overflowed. The refusal names the nesting.
  const levels = 200_000;
  const nesting = /nests deeper than 100 levels/;

  it('a sidecar is read-only with the reason, and a hostile note still reads', () => {
    const result = parseSidecar(`${HEADER}annotations:\n  - ${flow(levels)}\n`);
    assert.strictEqual(result.readOnly, true);
    assert.strictEqual(result.data, undefined);
    assert.match(result.diagnostics[0].message, nesting);
    const hostile = `${HEADER}annotations:\n  - id: a-1\n    label: person\n    quote: Ines Dahl\n    start: 0\n    end: 9\n    note: "${'[{'.repeat(levels)}"\n`;
    const read = parseSidecar(hostile);
    assert.deepStrictEqual(read.diagnostics, []);
    assert.strictEqual(read.data?.annotations[0].note, '[{'.repeat(levels));
  });

  it('a registry and a schema are refused with the reason', () => {
    const registry = parseRegistry(`version: 1\nentities:\n  ${dashes(levels)}\n`);
    assert.strictEqual(registry.readOnly, true);
    assert.strictEqual(registry.registry, undefined);
    assert.match(registry.diagnostics[0].message, nesting);
    const schema = parseAnnotationSchema(`labels:\n  - ${flow(levels)}\n`);
    assert.strictEqual(schema.schema, undefined);
    assert.match(schema.diagnostics[0].message, nesting);
  });
});
