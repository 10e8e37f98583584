import * as assert from 'assert';
import {
  anchorAt,
  contextAround,
  createAnnotation,
  createCorrection,
  newId,
  sidecarFileName,
} from '../../../src/core/sidecar';

const TEXT = 'In a long speech on Sunday, Foreign Minister Choe Son Hui met with envoys in Pyongyang.';

describe('creating sidecar items', () => {
  it('fills quote and up to 32 characters of context from the text', () => {
    const start = TEXT.indexOf('Choe');
    const a = createAnnotation(TEXT, start, start + 'Choe Son Hui'.length, 'person', {
      note: 'minister',
      now: new Date('2026-11-27T10:00:00.123Z'),
    });
    assert.strictEqual(a.quote, 'Choe Son Hui');
    assert.strictEqual(a.prefix, TEXT.slice(start - 32, start));
    assert.strictEqual(a.suffix, ' met with envoys in Pyongyang.');
    assert.strictEqual(a.created, '2026-11-27T10:00:00Z');
    assert.strictEqual(a.note, 'minister');
    assert.match(a.id, /^a-[0-9a-z]{12}$/);
  });

  it('never cuts a surrogate pair at the edge of the context', () => {
    const text = '😀'.repeat(20) + 'Kim' + '😀'.repeat(20);
    const { prefix, suffix } = contextAround(text, 40, 43);
    assert.strictEqual(prefix, '😀'.repeat(16));
    assert.strictEqual(suffix, '😀'.repeat(16));
    const odd = '😀'.repeat(20) + 'xKim' + 'y' + '😀'.repeat(20);
    assert.strictEqual(contextAround(odd, 41, 44).prefix, '😀'.repeat(15) + 'x');
    assert.strictEqual(contextAround(odd, 41, 44).suffix, 'y' + '😀'.repeat(15));
  });

  it('refuses empty and out-of-range spans', () => {
    assert.throws(() => anchorAt('abc', 1, 1), RangeError);
    assert.throws(() => anchorAt('abc', 2, 4), RangeError);
    assert.throws(() => anchorAt('abc', -1, 2), RangeError);
  });

  it('gives ids that differ from the ones already taken', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) taken.add(newId(taken));
    assert.strictEqual(taken.size, 500);
    const c = createCorrection(TEXT, 0, 2, 'person', 'none', { takenIds: taken });
    assert.match(c.id, /^c-/);
    assert.strictEqual(c.correct, 'none');
  });

  it('names the sidecar from a pattern', () => {
    assert.strictEqual(sidecarFileName('story.md'), 'story.md.annotations.yaml');
    assert.strictEqual(sidecarFileName('story.md', '${base}.notes.yaml'), 'story.notes.yaml');
    assert.strictEqual(sidecarFileName('README', '.${name}.yaml'), '.README.yaml');
  });
});
