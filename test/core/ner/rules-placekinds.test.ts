import * as assert from 'assert';
import { run } from './ruleBench';

describe('places named by the kind of place around them (rules-placekinds.ts)', () => {
  it('reads the names after a kind of place and "such as", "including", "like" or "among them" as places', () => {
    assert.deepStrictEqual(run('lakes such as Harlmere are polluted', 'O O O B-ORG O O'), ['Harlmere/LOC']);
    assert.deepStrictEqual(run('Lakes such as Harlmere are polluted', 'O O O B-ORG O O'), ['Harlmere/LOC']);
    // One name read over two joined by "and" is two places, unless listed whole.
    assert.deepStrictEqual(run('suburbs such as Arvo and Welnoi were hit', 'O O O B-LOC I-LOC I-LOC O O'), [
      'Arvo/LOC',
      'Welnoi/LOC',
    ]);
    assert.deepStrictEqual(run('towns including Tarnia and Velland', 'O O B-LOC I-LOC I-LOC'), [
      'Tarnia and Velland/LOC',
    ]);
    assert.deepStrictEqual(run('ports including Brennick and Qorm', 'O O B-PER O B-PER'), ['Brennick/LOC', 'Qorm/LOC']);
    // After a comma too, and with "among them" ("four villages, among them ...").
    assert.deepStrictEqual(
      run('four villages , among them Arvo , Welnoi and Qorm , flooded', 'O O O O O B-ORG O B-PER O B-LOC O O'),
      ['Arvo/LOC', 'Welnoi/LOC', 'Qorm/LOC'],
    );
    assert.deepStrictEqual(run('several towns , including Brennick', 'O O O O B-PER'), ['Brennick/LOC']);
    // Not after another kind of noun, nor a listed body.
    assert.deepStrictEqual(run('singers such as Brennick', 'O O O B-PER'), ['Brennick/PER']);
    assert.deepStrictEqual(run('singers , among them Brennick', 'O O O O B-PER'), ['Brennick/PER']);
    assert.deepStrictEqual(run('towns such as Velkom', 'O O O B-ORG'), ['Velkom/ORG']);
    assert.deepStrictEqual(run('such as Brennick', 'O O B-PER'), ['Brennick/PER']);
  });

  it('reads a name right before the two words of a crossing or station as the place', () => {
    assert.deepStrictEqual(run('across the Qorlo border post', 'O O B-ORG O O'), ['Qorlo/LOC']);
    assert.deepStrictEqual(run('at the Brennick bus station', 'O O B-PER O O'), ['Brennick/LOC']);
    // Not a listed body, one word of the two alone, or another noun after the first.
    assert.deepStrictEqual(run('at the Velkom bus station', 'O O B-ORG O O'), ['Velkom/ORG']);
    assert.deepStrictEqual(run('the Brennick station', 'O B-PER O'), ['Brennick/PER']);
    assert.deepStrictEqual(run('the Qorm bus fleet', 'O B-ORG O O'), ['Qorm/ORG']);
  });

  it('reads a name read as a person before the lower-case noun of a site as the site', () => {
    assert.deepStrictEqual(run('drew at the Ramon Velkaro stadium on', 'O O O B-PER I-PER O O'), ['Ramon Velkaro/LOC']);
    assert.deepStrictEqual(run('output at its El Tarnte mine fell', 'O O O B-PER I-PER O O'), ['El Tarnte/LOC']);
    // Not before another noun, nor over a possessive.
    assert.deepStrictEqual(run('Ann Velk bridge players', 'B-PER I-PER O O'), ['Ann Velk/PER']);
    assert.deepStrictEqual(run("Ann Velk 's stadium", 'B-PER I-PER O O'), ['Ann Velk/PER']);
  });
});
