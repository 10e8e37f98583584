import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules for all-capitals lines', () => {
  it('cuts a headline verb from the end of a name in an all-capitals line', () => {
    assert.deepStrictEqual(run('BOXING - BRENNICK RETIRES .', 'O O B-PER I-PER O'), ['BRENNICK/PER']);
    assert.deepStrictEqual(run('SOCCER - VELLANDIA SCRAPE PAST HARL', 'O O B-ORG I-ORG O B-LOC'), [
      'VELLANDIA/LOC',
      'HARL/LOC',
    ]);
    // Not after a given name, nor outside an all-capitals line.
    assert.deepStrictEqual(run('BOXING - JOSS TARVELL WINS .', 'O O B-PER I-PER O O'), ['JOSS TARVELL/PER']);
    assert.deepStrictEqual(run('Then Brennick Retires said', 'O B-PER I-PER O'), ['Brennick Retires/PER']);
  });
});
