import * as assert from 'assert';
import { createHash } from 'crypto';
import fc from 'fast-check';
import { sha256Hex, textHash } from '../../../src/core/sidecar';

describe('sidecar hash', () => {
  it('matches the published SHA-256 test vectors', () => {
    assert.strictEqual(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.strictEqual(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.strictEqual(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes the UTF-8 encoding, like Node does, for any text and length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), text => {
        assert.strictEqual(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('formats the textHash field', () => {
    assert.match(textHash('Kim met Moon.\r\n'), /^sha256:[0-9a-f]{64}$/);
    assert.notStrictEqual(textHash('a\n'), textHash('a\r\n'));
  });
});
