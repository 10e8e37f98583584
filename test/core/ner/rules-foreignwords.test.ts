import * as assert from 'assert';
import { run } from './ruleBench';

describe('bodies named in another language, going on in lower case (rules-foreignwords.ts)', () => {
  it('runs a foreign head word on over its "of", the lower-case words after it and the names in capitals', () => {
    assert.deepStrictEqual(run('the Bureau des velkages tarnières ( BVT ) said', 'O B-ORG O O O O B-ORG O O'), [
      'Bureau des velkages tarnières/ORG',
      'BVT/ORG',
    ]);
    assert.deepStrictEqual(
      run('the Service de velkage de la Ville de Tarnby said', 'O B-ORG O O O O B-ORG I-ORG I-ORG O'),
      ['Service de velkage de la Ville de Tarnby/ORG'],
    );
    // "and" in the language, an elided "of", an adjective after the head, a head the tagger left out.
    assert.deepStrictEqual(run('the Ligue des velkes et tarnes has met', 'O B-ORG O O O O O O'), [
      'Ligue des velkes et tarnes/ORG',
    ]);
    assert.deepStrictEqual(run("at the Institut d'velkages de Tarnby", 'O O O O O B-LOC'), [
      "Institut d'velkages de Tarnby/ORG",
    ]);
    assert.deepStrictEqual(run('the Office national des velkes has met', 'O B-ORG O O O O O'), [
      'Office national des velkes/ORG',
    ]);
    // Authorities, standing units and offices named by their holder's title.
    assert.deepStrictEqual(run('the Autorité des velkes publics , the watchdog', 'O B-LOC O O O O O O'), [
      'Autorité des velkes publics/ORG',
    ]);
    assert.deepStrictEqual(run('the Unité permanente said', 'O B-ORG O O'), ['Unité permanente/ORG']);
    assert.deepStrictEqual(run('by the Directeur des velkes tarnières ( DVT )', 'O O B-ORG O O O O B-ORG O'), [
      'Directeur des velkes tarnières/ORG',
      'DVT/ORG',
    ]);
    // Portuguese and French put an "of" after their "and"; the name in capitals after it belongs.
    assert.deepStrictEqual(run('the Instituto do Velk e da Tarnosfera said', 'O B-ORG O B-LOC O O O O'), [
      'Instituto do Velk e da Tarnosfera/ORG',
    ]);
  });

  it('stops where English goes on, and leaves English names with "of"', () => {
    assert.deepStrictEqual(run('the Bureau du velkage has met', 'O B-ORG O O O O'), ['Bureau du velkage/ORG']);
    assert.deepStrictEqual(run('the Ligue des velkes and the Harl Council', 'O B-ORG O O O O B-ORG I-ORG'), [
      'Ligue des velkes/ORG',
      'Harl Council/ORG',
    ]);
    assert.deepStrictEqual(run('the Bureau of Velk Affairs said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Bureau of Velk Affairs/ORG',
    ]);
    assert.deepStrictEqual(run('the Ligue des velkes do has', 'O B-ORG O O O O'), ['Ligue des velkes/ORG']);
    // A shared head word with no "of" after it stays as read.
    assert.deepStrictEqual(run('the Service velkage', 'O B-ORG O'), ['Service/ORG']);
  });
});
