import * as assert from 'assert';
import { drain } from '../../src/core/steps';

describe('drain', () => {
  it('runs a resumable computation through all its pauses and returns its result', () => {
    let pauses = 0;
    function* counting(): Generator<void, string, void> {
      for (let i = 0; i < 3; i++) {
        pauses++;
        yield;
      }
      return 'done';
    }
    assert.strictEqual(drain(counting()), 'done');
    assert.strictEqual(pauses, 3);
  });
});
