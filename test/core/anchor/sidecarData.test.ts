import * as assert from 'assert';
import { reanchorSidecar, refreshContext } from '../../../src/core/anchor';
import { createAnnotation, SidecarData, textHash } from '../../../src/core/sidecar';

function sidecarFor(text: string, ...quotes: string[]): SidecarData {
  const annotations = quotes.map(q =>
    createAnnotation(text, text.indexOf(q), text.indexOf(q) + q.length, 'person', { now: new Date(0) }),
  );
  return { version: 1, article: 'a.md', textHash: textHash(text), annotations, corrections: [] };
}

describe('reanchorSidecar', () => {
  it('returns the same data object when the text is the one the file refers to', () => {
    const text = 'Ana Ferreira met Jonas Berg.';
    const data = sidecarFor(text, 'Jonas Berg');
    assert.strictEqual(reanchorSidecar(data, text).data, data);
  });

  it('moves items onto their quote in a changed text, refreshing context and hash, and marks orphans', () => {
    const old = 'Ana Ferreira met Jonas Berg.';
    const data = sidecarFor(old, 'Jonas Berg', 'Ana Ferreira');
    const text = 'Yesterday Jonas Berg left.';
    const result = reanchorSidecar(data, text);
    const [berg, ana] = result.data.annotations;
    assert.deepStrictEqual([berg.start, berg.end, berg.prefix, berg.suffix], [10, 20, 'Yesterday ', ' left.']);
    assert.strictEqual(ana.orphaned, true);
    assert.strictEqual(result.data.textHash, textHash(text));
    assert.deepStrictEqual(
      result.annotations.map(r => r.status),
      ['moved', 'orphaned'],
    );
  });
});

describe('refreshContext', () => {
  it('updates prefix and suffix of intact items and drops live-tracking state', () => {
    const old = 'Ana Ferreira met Jonas Berg.';
    const data = sidecarFor(old, 'Jonas Berg');
    const text = 'Ana Ferreira and Jonas Berg left.';
    const live = { ...data.annotations[0], start: 17, end: 27, pieces: [[17, 27]] };
    const refreshed = refreshContext({ ...data, annotations: [live] }, text).annotations[0];
    assert.deepStrictEqual([refreshed.prefix, refreshed.suffix], ['Ana Ferreira and ', ' left.']);
    assert.ok(!('pieces' in refreshed));
  });

  it('leaves orphans and items whose text no longer matches untouched', () => {
    const text = 'Ana Ferreira met Jonas Berg.';
    const data = sidecarFor(text, 'Jonas Berg');
    const orphan = { ...data.annotations[0], orphaned: true };
    assert.strictEqual(refreshContext({ ...data, annotations: [orphan] }, 'other text').annotations[0], orphan);
  });
});
