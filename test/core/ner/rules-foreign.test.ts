import * as assert from 'assert';
import { run } from './ruleBench';

describe('bodies named in another language (rules-foreign.ts)', () => {
  it('reads a name opening with a foreign body head word as a body', () => {
    assert.deepStrictEqual(run('He studied at the Università di Velbo .', 'O O O O B-LOC I-LOC I-LOC O'), [
      'Università di Velbo/ORG',
    ]);
    assert.deepStrictEqual(run('Partido Tarnista won', 'B-PER I-PER O'), ['Partido Tarnista/ORG']);
  });

  it('runs the body on over the language\'s "of" into the name after it', () => {
    assert.deepStrictEqual(run('Banca Velki dei Tarni di Velbo said', 'B-ORG I-ORG I-ORG I-ORG O B-LOC O'), [
      'Banca Velki dei Tarni di Velbo/ORG',
    ]);
  });

  it('leaves a head word inside a name, and a name after another word than "of", alone', () => {
    assert.deepStrictEqual(run('Ann Banco said', 'B-PER I-PER O'), ['Ann Banco/PER']);
    assert.deepStrictEqual(run('Banco Velki and Velbo said', 'B-ORG I-ORG O B-LOC O'), [
      'Banco Velki/ORG',
      'Velbo/LOC',
    ]);
  });
});
