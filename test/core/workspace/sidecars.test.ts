import * as assert from 'assert';
import { serializeSidecar } from '../../../src/core/sidecar';
import { readPlainSidecar } from '../../../src/core/sidecar/plain';
import { articleNameOf, isSidecarName, sidecarGlob, summarizeSidecar } from '../../../src/core/workspace/sidecars';

describe('workspace sidecars', () => {
  it('summarizes a well-formed sidecar without an error', () => {
    const text = serializeSidecar({
      version: 1,
      article: 'a.md',
      textHash: 'sha256:' + '0'.repeat(64),
      corrections: [],
      annotations: [{ id: 'a-1', label: 'claim', quote: 'Kim', prefix: '', suffix: ' met', start: 0, end: 3 }],
    });
    const summary = summarizeSidecar(text);
    assert.strictEqual(summary.error, undefined);
    assert.deepStrictEqual(
      summary.data?.annotations.map(a => a.quote),
      ['Kim'],
    );
  });

  it('turns a malformed sidecar into an error with its line, never an exception', () => {
    const summary = summarizeSidecar('version: 1\narticle: a.md\nannotations:\n  - id: a\n    end: [12\n');
    assert.match(summary.error ?? '', /^line \d+: /);
    assert.ok(summarizeSidecar('\u0000\u0001').error);
    assert.ok(summarizeSidecar('').error);
  });

  it('derives the glob and the article name from the file-name setting', () => {
    assert.strictEqual(sidecarGlob('${name}.annotations.yaml'), '**/*.annotations.yaml');
    assert.strictEqual(sidecarGlob('.${name}.notes.yml'), '**/.*.notes.yml');
    assert.strictEqual(articleNameOf('story.md.annotations.yaml', '${name}.annotations.yaml'), 'story.md');
    assert.strictEqual(articleNameOf('.story.md.notes.yml', '.${name}.notes.yml'), 'story.md');
    assert.strictEqual(articleNameOf('.annotations.yaml', '${name}.annotations.yaml'), undefined);
    assert.strictEqual(articleNameOf('story.md.yaml', '${name}.annotations.yaml'), undefined);
    assert.strictEqual(articleNameOf('x.yaml', 'fixed.yaml'), undefined);
    // `${base}` drops the extension: the article is the sibling whose sidecar this is.
    assert.strictEqual(sidecarGlob('${base}.notes.yml'), '**/*.notes.yml');
    assert.strictEqual(
      articleNameOf('story.notes.yml', '${base}.notes.yml', ['other.md', 'story.notes.yml', 'story.md']),
      'story.md',
    );
    assert.strictEqual(articleNameOf('story.notes.yml', '${base}.notes.yml', ['other.md']), undefined);
    assert.ok(isSidecarName('story.notes.yml', '${base}.notes.yml'));
    assert.ok(!isSidecarName('story.md', '${base}.notes.yml'));
  });

  it('reads a sidecar with thousands of annotations through the quick reader', () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) =>
        `  - id: a-${i}\n    label: ${i % 2 ? 'person' : 'claim'}\n    quote: Kim\n    prefix: x\n    suffix: " met"\n    start: ${i * 13}\n    end: ${i * 13 + 3}\n    note: note ${i}\n`,
    );
    const text = `version: 1\narticle: a.md\ntextHash: sha256:${'0'.repeat(64)}\nannotations:\n${items.join('')}corrections: []\n`;
    assert.ok(readPlainSidecar(text), "the serializer's layout takes the quick path");
    const started = Date.now();
    const summary = summarizeSidecar(text);
    assert.strictEqual(summary.error, undefined);
    assert.strictEqual(summary.data?.annotations.length, 5000);
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  });
});
