import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules for results lines and tables', () => {
  it('makes places followed by scores in a results line teams', () => {
    assert.deepStrictEqual(run('Tarnby 2 Harl City 1', 'B-LOC O B-LOC I-LOC O'), ['Tarnby/ORG', 'Harl City/ORG']);
    // One score, or prose around it, is not a results line.
    assert.deepStrictEqual(run('Tarnby 2 of them were there and stayed', 'B-LOC O O O O O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('in Tarnby 2 people met in Harl 3 times', 'O B-LOC O O O O B-LOC O O'), [
      'Tarnby/LOC',
      'Harl/LOC',
    ]);
  });

  it('makes a place before or after the verb of a sports result a team, but not a listed country nor a place something is near', () => {
    assert.deepStrictEqual(run('Tarnby beat Harl on Saturday', 'B-LOC O B-LOC O O'), ['Tarnby/ORG', 'Harl/ORG']);
    assert.deepStrictEqual(run('title rivals Tarnby', 'O O B-LOC'), ['Tarnby/ORG']);
    assert.deepStrictEqual(run('56-13 winners over Harl', 'O O O B-LOC'), ['Harl/ORG']);
    assert.deepStrictEqual(run('Vellandia beat Tarnby', 'B-LOC O B-LOC'), ['Vellandia/LOC', 'Tarnby/ORG']);
    assert.deepStrictEqual(run('the trip over Harl', 'O O O B-LOC'), ['Harl/LOC']);
    // A place a preposition puts something in is no side.
    assert.deepStrictEqual(run('miners near Tarnby downed tools', 'O O B-LOC O O'), ['Tarnby/LOC']);
  });

  it('makes a place right after playing for or signing with a side, and the places listed after it, clubs', () => {
    assert.deepStrictEqual(run('Voss played for Tarnby', 'B-PER O O B-LOC'), ['Voss/PER', 'Tarnby/ORG']);
    assert.deepStrictEqual(run('he signed with the Harl Rovers', 'O O O O B-LOC I-LOC'), ['Harl Rovers/ORG']);
    assert.deepStrictEqual(run('was signed to Velk', 'O O O B-LOC'), ['Velk/ORG']);
    assert.deepStrictEqual(run('played with Tarnby and Harl Rovers , then', 'O O B-LOC O B-LOC I-LOC O O'), [
      'Tarnby/ORG',
      'Harl Rovers/ORG',
    ]);
    // A listed country is a national side (LOC); a place one plays in, and a person one plays with, stay.
    assert.deepStrictEqual(run('she plays for Vellandia', 'O O O B-LOC'), ['Vellandia/LOC']);
    assert.deepStrictEqual(run('played in Tarnby and Harl', 'O O B-LOC O B-LOC'), ['Tarnby/LOC', 'Harl/LOC']);
    assert.deepStrictEqual(run('played with Ann Voss', 'O O B-PER I-PER'), ['Ann Voss/PER']);
  });

  it('makes the names in results lines and standings rows teams, including ones the tagger left out', () => {
    assert.deepStrictEqual(run('Tarnby 2 Harl Rovers 1', 'B-PER O O O O'), ['Tarnby/ORG', 'Harl Rovers/ORG']);
    assert.deepStrictEqual(run('TARNBY 70 63 .526 4', 'B-LOC O O O O O'), ['TARNBY/ORG']);
    assert.deepStrictEqual(run('Velland 4 1 2 1 9 7 5', 'O O O O O O O O'), ['Velland/ORG']);
    // A person's full name, a ranking line opened by a number, a date, prose: left alone.
    assert.deepStrictEqual(run('Ann Velland 4 1 2 1 9 7 5', 'B-PER I-PER O O O O O O O'), ['Ann Velland/PER']);
    assert.deepStrictEqual(run('287 Harl 70 76 71 70', 'O B-LOC O O O O'), ['Harl/LOC']);
    assert.deepStrictEqual(run('June 4 and 5 1996', 'O O O O O'), []);
    assert.deepStrictEqual(run('Harl 4 of the 7 were there', 'B-LOC O O O O O O'), ['Harl/LOC']);
  });
});
