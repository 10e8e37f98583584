import * as assert from 'assert';
import { detach } from '../../../src/core/text/detach';

describe('detach', () => {
  it('returns the same text, for short, long and non-BMP strings cut from a longer one', () => {
    const article = 'Ana Ferreira 👋 met Jonas Berg in Oslo. '.repeat(50);
    for (const [from, to] of [
      [0, 3],
      [4, 16],
      [13, 500],
      [0, article.length],
    ]) {
      const piece = article.slice(from, to);
      assert.strictEqual(detach(piece), piece);
    }
    assert.strictEqual(detach(''), '');
  });
});
