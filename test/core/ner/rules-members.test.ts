import * as assert from 'assert';
import { run } from './ruleBench';

describe('people named with what they stand for, and numbers after a word (rules-members.ts)', () => {
  it('splits a person\'s name from "of" and the team, body or place after it', () => {
    assert.deepStrictEqual(run('referee Joss Tarvell of Vellandia said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Joss Tarvell/PER',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(
      run('Ula Brask Harl of Velkom Rovers was third', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O'),
      ['Ula Brask Harl/PER', 'Velkom Rovers/ORG'],
    );
    // Not one word before "of", a body's or venue's head word in it, nor a first word that is no given name.
    assert.deepStrictEqual(run('Joss of Tarnby said', 'B-PER I-PER I-PER O'), ['Joss of Tarnby/PER']);
    assert.deepStrictEqual(run('the Joss Museum of Velk Art', 'O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Joss Museum of Velk Art/ORG',
    ]);
    assert.deepStrictEqual(run('the Joss University of Tarnby', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'Joss University of Tarnby/ORG',
    ]);
    assert.deepStrictEqual(run('Velk Tarvell of Vellandia said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Tarvell of Vellandia/ORG',
    ]);
    // After a noun describing a person, a first word that is no listed given name too.
    assert.deepStrictEqual(run('including lock Velk Tarvell of Velkom Rovers', 'O O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Velk Tarvell/PER',
      'Velkom Rovers/ORG',
    ]);
  });

  it('ends a name before "No." and a number, and drops it when one word or ordinary words are left', () => {
    assert.deepStrictEqual(run('seats in Border No. 4 of Tarnby', 'O O B-LOC I-LOC O O B-LOC'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('in Velkby Ward No. 12 today', 'O B-LOC I-LOC I-LOC O O'), ['Velkby Ward/LOC']);
    assert.deepStrictEqual(run('in Qelm No. 12 of Tarnby', 'O B-LOC I-LOC O O B-LOC'), ['Tarnby/LOC']);
    // Not without a number after it.
    assert.deepStrictEqual(run('the Velk No. said', 'O B-ORG I-ORG O'), ['Velk No./ORG']);
  });
});
