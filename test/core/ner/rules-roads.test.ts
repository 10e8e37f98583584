import * as assert from 'assert';
import { run } from './ruleBench';

describe('roads named by their numbers (rules-roads.ts)', () => {
  it('tags a road word and its number as a place, with the word or the state of its owner before it', () => {
    assert.deepStrictEqual(run('traffic on Highway 5 stopped', 'O O O O O'), ['Highway 5/LOC']);
    // The keeper's word between the road's word and its number.
    assert.deepStrictEqual(run('floods cut Route Nationale 25 , the road', 'O O B-ORG I-ORG O O O O'), [
      'Route Nationale 25/LOC',
    ]);
    assert.deepStrictEqual(run('trucks on Ruta Nacional 40 stopped', 'O O O O O O'), ['Ruta Nacional 40/LOC']);
    assert.deepStrictEqual(run('closed State Route 267 near Tarnby', 'O B-LOC I-LOC O O B-LOC'), [
      'State Route 267/LOC',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('along Interstate 35E', 'O B-ORG O'), ['Interstate 35E/LOC']);
    // A listed state's or country's name owns its roads; a town's does not.
    assert.deepStrictEqual(run('off Velmark Highway 30 today', 'O B-LOC O O O'), ['Velmark Highway 30/LOC']);
    assert.deepStrictEqual(run('off Tarnby Highway 30 today', 'O B-LOC O O O'), ['Tarnby/LOC', 'Highway 30/LOC']);
  });

  it('leaves a road word without a number, a lower-case word, and a longer name that holds the road alone', () => {
    assert.deepStrictEqual(run('the Highway Agency said', 'O B-ORG I-ORG O'), ['Highway Agency/ORG']);
    assert.deepStrictEqual(run('a route 5 bus', 'O O O O'), []);
    assert.deepStrictEqual(run('the Route 9 Velk Authority', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'Route 9 Velk Authority/ORG',
    ]);
  });

  it('tags "the", a lettered road and a noun for a road as the road, and not the letters alone', () => {
    assert.deepStrictEqual(run('the M5 motorway was closed', 'O O O O O'), ['M5/LOC']);
    assert.deepStrictEqual(run('on the A14 road near Tarnby', 'O O B-ORG O O B-LOC'), ['A14/LOC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('on the A380 since May', 'O O O O O'), []);
    // After a word only roads follow, without the noun; a name read on from the number is the road and the rest.
    assert.deepStrictEqual(run('routed along the B4401 from Tarnby', 'O O O O O B-LOC'), ['B4401/LOC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('works on the N86 Tarnby road', 'O O O B-ORG I-ORG O'), ['N86/LOC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('traffic on the M6 southbound', 'O O O O O'), ['M6/LOC']);
    assert.deepStrictEqual(run('a bridge on the A-357 road', 'O O O O O O'), ['A-357/LOC']);
    assert.deepStrictEqual(run('an M5 motorway junction', 'O O O O'), []);
  });

  it("takes the title of a street's namesake, left out before the street's name, into it", () => {
    assert.deepStrictEqual(run('driving on the Sheikh Velk Road at', 'O O O O B-LOC I-LOC O'), [
      'Sheikh Velk Road/LOC',
    ]);
    // Not before a name that is no street's, nor one word alone.
    assert.deepStrictEqual(run('met King Velk Tarnby at', 'O O B-LOC I-LOC O'), ['Velk Tarnby/LOC']);
    assert.deepStrictEqual(run('met King Road at', 'O O B-LOC O'), ['Road/LOC']);
  });
});
