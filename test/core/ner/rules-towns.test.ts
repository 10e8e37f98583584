import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules on towns read as their clubs (rules-towns.ts)', () => {
  it('makes a listed place read as a body or a person a place beside its mayor, its people or its streets', () => {
    assert.deepStrictEqual(run('the mayor of Tarnby said', 'O O O B-ORG O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run("Tarnby 's mayor said", 'B-ORG O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Residents of Tarnby fled', 'O O B-PER O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run("on Tarnby 's streets", 'O B-ORG O O'), ['Tarnby/LOC']);
    // Not a name no list holds as a place, nor a listed body, nor after a noun of what a body has.
    assert.deepStrictEqual(run("on Velkstad 's streets", 'O B-ORG O O'), ['Velkstad/ORG']);
    assert.deepStrictEqual(run('the mayor of Qorvane said', 'O O O B-ORG O'), ['Qorvane/ORG']);
    assert.deepStrictEqual(run('the chairman of Tarnby said', 'O O O B-ORG O'), ['Tarnby/ORG']);
    assert.deepStrictEqual(run("Tarnby 's players said", 'B-ORG O O O'), ['Tarnby/ORG']);
  });

  it('makes a listed place read as a body a place in a sentence with no word of sports', () => {
    assert.deepStrictEqual(run('a teacher from Tarnby said', 'O O O B-ORG O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('rumours drifted out of Tarnby .', 'O O O O B-ORG O'), ['Tarnby/LOC']);
    // A word of sports, a score or a table's figure beside the name: the town's side.
    assert.deepStrictEqual(run('the striker left Tarnby on loan', 'O O O B-ORG O O'), ['Tarnby/ORG']);
    assert.deepStrictEqual(run('Postponed : Tarnby v Qorvane', 'O O B-ORG O B-ORG'), ['Tarnby/ORG', 'Qorvane/ORG']);
    assert.deepStrictEqual(run('Tarnby 2 Qorvane 1', 'B-ORG O B-ORG O'), ['Tarnby/ORG', 'Qorvane/ORG']);
    // A listed body named like a town, and a name no list holds: as read.
    assert.deepStrictEqual(run('a teacher from Velkstad said', 'O O O B-ORG O'), ['Velkstad/ORG']);
    assert.deepStrictEqual(run('a teacher from Qorvane said', 'O O O B-ORG O'), ['Qorvane/ORG']);
  });

  it('makes a person-typed name before a comma and a listed country a place', () => {
    assert.deepStrictEqual(run('born in Tarvby , Vellandia .', 'O O B-PER O B-LOC O'), ['Tarvby/LOC', 'Vellandia/LOC']);
    assert.deepStrictEqual(run("Ann Tarvby , Vellandia 's captain", 'B-PER I-PER O B-LOC O O'), [
      'Ann Tarvby/PER',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('Ann Tarvby , Harl said', 'B-PER I-PER O B-LOC O'), ['Ann Tarvby/PER', 'Harl/LOC']);
  });

  it('makes a body-typed name after a preposition of place, before a comma and a listed country, a place', () => {
    assert.deepStrictEqual(run('bound for Tarvby , Vellandia .', 'O O B-ORG O B-LOC O'), [
      'Tarvby/LOC',
      'Vellandia/LOC',
    ]);
    // Not a body's name, nor a name after another word ("shares of Velkom, Tarnia").
    assert.deepStrictEqual(run('at Tarvby Bank , Vellandia .', 'O B-ORG I-ORG O B-LOC O'), [
      'Tarvby Bank/ORG',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('at Velkom , Vellandia .', 'O B-ORG O B-LOC O'), ['Velkom/ORG', 'Vellandia/LOC']);
    assert.deepStrictEqual(run('shares of Tarvby , Vellandia .', 'O O B-ORG O B-LOC O'), [
      'Tarvby/ORG',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('Tarvby , Vellandia .', 'B-ORG O B-LOC O'), ['Tarvby/ORG', 'Vellandia/LOC']);
  });

  it('makes a listed town\'s or division\'s word and "State", read as a body, the state outside sport', () => {
    assert.deepStrictEqual(run('in neighbouring Velbuja State ,', 'O O B-ORG I-ORG O'), ['Velbuja State/LOC']);
    // A word no list holds as a town, a sentence of sports, a listed body: as read.
    assert.deepStrictEqual(run('in neighbouring Qorvane State ,', 'O O B-ORG I-ORG O'), ['Qorvane State/ORG']);
    assert.deepStrictEqual(run('Tarnby State beat Qorvane', 'B-ORG I-ORG O B-ORG'), [
      'Tarnby State/ORG',
      'Qorvane/ORG',
    ]);
  });

  it("makes a saint's name read as a person, in a list of places, the town named after the saint", () => {
    assert.deepStrictEqual(run('in Tarnby , Saint Velk and Harlow Park', 'O B-LOC O B-PER I-PER O B-LOC I-LOC'), [
      'Tarnby/LOC',
      'Saint Velk/LOC',
      'Harlow Park/LOC',
    ]);
    // Not beside a person, nor alone.
    assert.deepStrictEqual(run('Saint Velk and Ann Harl', 'B-PER I-PER O B-PER I-PER'), [
      'Saint Velk/PER',
      'Ann Harl/PER',
    ]);
    assert.deepStrictEqual(run('Saint Velk wrote', 'B-PER I-PER O'), ['Saint Velk/PER']);
  });

  it('runs a place\'s name on over its language\'s "of" to the capitalised words after it', () => {
    assert.deepStrictEqual(run('near Velo Tarno da Pesqueira and', 'O B-LOC I-LOC O O O'), [
      'Velo Tarno da Pesqueira/LOC',
    ]);
    assert.deepStrictEqual(run('in Ciudad del Tarn today', 'O B-LOC O B-LOC O'), ['Ciudad del Tarn/LOC']);
    // Not over another kind of name, nor back over words before the "of".
    assert.deepStrictEqual(run('in Tarnby de Joss Harl', 'O B-LOC O B-PER I-PER'), ['Tarnby/LOC', 'Joss Harl/PER']);
    assert.deepStrictEqual(run('won the Copa do Velland', 'O O O O B-LOC'), ['Velland/LOC']);
    // Over Spanish "de" and its article, and over Italian "della".
    assert.deepStrictEqual(run('from Velo Tarno de los Harnos came', 'O B-LOC I-LOC O O O O'), [
      'Velo Tarno de los Harnos/LOC',
    ]);
    assert.deepStrictEqual(run('in Castel della Velka today', 'O B-LOC O O O'), ['Castel della Velka/LOC']);
    // Not over an article after another "of", nor to a lower-case word after the article.
    assert.deepStrictEqual(run('in Velo da la Harna', 'O B-LOC O O O'), ['Velo/LOC']);
    assert.deepStrictEqual(run('in Velo de la costa', 'O B-LOC O O O'), ['Velo/LOC']);
  });
});
