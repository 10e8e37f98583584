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
    const old =
      'Ana Ferreira spoke first. At the harbour on Tuesday morning, the mayor met Jonas Berg to discuss the ferry.';
    const data = sidecarFor(old, 'Jonas Berg', 'Ana Ferreira');
    const text = 'At the harbour on Tuesday morning, the mayor met Jonas Berg to discuss the ferry.';
    const result = reanchorSidecar(data, text);
    const [berg, ana] = result.data.annotations;
    assert.deepStrictEqual(
      [berg.start, berg.end, berg.prefix, berg.suffix],
      [49, 59, ' Tuesday morning, the mayor met ', ' to discuss the ferry.'],
    );
    assert.strictEqual(ana.orphaned, true);
    assert.strictEqual(result.data.textHash, textHash(text));
    assert.deepStrictEqual(
      result.annotations.map(r => r.status),
      ['moved', 'orphaned'],
    );
  });

  it("never rewrites an orphan's stored quote, context or offsets, though another occurrence is offered", () => {
    const old = 'Exports to China fell sharply. Officials in China said little.';
    const data = sidecarFor(old, 'China');
    const result = reanchorSidecar(data, 'Officials in China said little.');
    assert.ok(result.annotations[0].suggestion);
    assert.deepStrictEqual(result.data.annotations[0], { ...data.annotations[0], orphaned: true });
  });
});

describe('the suggestions key through re-anchoring and refreshing', () => {
  const before = 'Ana Ferreira met Jonas Berg.';
  const after = 'Yesterday Ana Ferreira met Jonas Berg.';

  it('keeps an empty list (every suggestion reviewed) and adds none where there was none', () => {
    const reviewed = { ...sidecarFor(before, 'Jonas Berg'), suggestions: [] };
    assert.deepStrictEqual(reanchorSidecar(reviewed, after).data.suggestions, []);
    assert.deepStrictEqual(refreshContext(reviewed, after).suggestions, []);
    const never = sidecarFor(before, 'Jonas Berg');
    assert.ok(!('suggestions' in reanchorSidecar(never, after).data));
    assert.ok(!('suggestions' in refreshContext(never, after)));
  });
});

describe('refreshContext', () => {
  it('updates prefix and suffix of items that followed edits', () => {
    const old = 'Ana Ferreira met Jonas Berg.';
    const data = sidecarFor(old, 'Jonas Berg');
    const text = 'Ana Ferreira and Jonas Berg left.';
    const live = { ...data.annotations[0], start: 17, end: 27 };
    const refreshed = refreshContext({ ...data, annotations: [live] }, text).annotations[0];
    assert.deepStrictEqual([refreshed.prefix, refreshed.suffix], ['Ana Ferreira and ', ' left.']);
  });

  it('leaves orphans and items whose text no longer matches untouched', () => {
    const text = 'Ana Ferreira met Jonas Berg.';
    const data = sidecarFor(text, 'Jonas Berg');
    const orphan = { ...data.annotations[0], orphaned: true };
    assert.strictEqual(refreshContext({ ...data, annotations: [orphan] }, 'other text').annotations[0], orphan);
  });
});
