import * as assert from 'assert';
import { run } from './ruleBench';

describe("bodies' names that go on over a linking word (rules-links.ts)", () => {
  it('runs a body\'s name over "of", "for" or "on" into the capitalised words the tagger left out', () => {
    assert.deepStrictEqual(run('on the Tarnby Bank of Trade today', 'O O B-ORG I-ORG O O O'), [
      'Tarnby Bank of Trade/ORG',
    ]);
    assert.deepStrictEqual(run('the Department on Missing Persons and Graves said', 'O B-ORG O O O O O O'), [
      'Department on Missing Persons and Graves/ORG',
    ]);
    // A name read right after the run ends it.
    assert.deepStrictEqual(run('the Army for New Koreans said', 'O B-ORG O O B-MISC O'), ['Army for New Koreans/ORG']);
    // Not into a weekday or a person, nor after a name that does not end in an organisation word.
    assert.deepStrictEqual(run('the Tarnby Bank on Sunday', 'O B-ORG I-ORG O O'), ['Tarnby Bank/ORG']);
    assert.deepStrictEqual(run('the Army of Harl Voss', 'O B-ORG O B-PER I-PER'), ['Army/ORG', 'Harl Voss/PER']);
    assert.deepStrictEqual(run('Velkom of Trade', 'B-ORG O O'), ['Velkom/ORG']);
  });

  it('runs on over "of" into the nation the body serves after a run ending in a body\'s word, also plural', () => {
    assert.deepStrictEqual(
      run('backed by the Army of Trade Councils of Vellandia said', 'O O O B-ORG O O O O B-LOC O'),
      ['Army of Trade Councils of Vellandia/ORG'],
    );
    // Not into a town, nor after a run that ends in no body's word.
    assert.deepStrictEqual(run('the Army of Trade Councils of Tarnby said', 'O B-ORG O O O O B-LOC O'), [
      'Army of Trade Councils/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('the Army of Fair Trade of Vellandia said', 'O B-ORG O O O O B-LOC O'), [
      'Army of Fair Trade/ORG',
      'Vellandia/LOC',
    ]);
  });

  it('takes a body\'s name read right after "for" into the body when it names a purpose', () => {
    assert.deepStrictEqual(
      run('the Tarnby Council for the Promotion of Velk said', 'O B-LOC B-ORG O O B-ORG I-ORG I-ORG O'),
      ['Tarnby Council for the Promotion of Velk/ORG'],
    );
    // A listed body, or a name opening with a listed word: a body it works for, apart.
    assert.deepStrictEqual(run('polled by Tarnby Services for the Velkom network', 'O O B-ORG I-ORG O O B-ORG O'), [
      'Tarnby Services/ORG',
      'Velkom/ORG',
    ]);
    assert.deepStrictEqual(run('a Velk Council for the Tarnby Times', 'O B-ORG I-ORG O O B-ORG I-ORG'), [
      'Velk Council/ORG',
      'Tarnby Times/ORG',
    ]);
  });

  it('takes the untagged capitalised words ending in a head word before "of" and a place into one body', () => {
    assert.deepStrictEqual(run('in the Federal Council of Tarnia from', 'O O O O O B-LOC O'), [
      'Federal Council of Tarnia/ORG',
    ]);
    assert.deepStrictEqual(run('The Velkan Council of Tarnia met', 'O O O O B-LOC O'), [
      'Velkan Council of Tarnia/ORG',
    ]);
    assert.deepStrictEqual(run('the Organization of the Tarn Growers', 'O O O O B-ORG I-ORG'), [
      'Organization of the Tarn Growers/ORG',
    ]);
  });

  it('takes an untagged head word before "for" and a body into the body, not a sentence\'s everyday opener', () => {
    assert.deepStrictEqual(run('by the Tarnby-based Centre for Trade Policy said', 'O O O O O B-ORG I-ORG O'), [
      'Centre for Trade Policy/ORG',
    ]);
    assert.deepStrictEqual(run('Border Council for Qelm Harl said', 'O O O B-ORG I-ORG O'), [
      'Council for Qelm Harl/ORG',
    ]);
    // Not before a place, nor a word that heads no body.
    assert.deepStrictEqual(run('the Council for Tarnby said', 'O O O B-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Qelmo for Trade Policy said', 'O O O B-ORG I-ORG O'), ['Trade Policy/ORG']);
  });

  it('leaves a place after "City of", a run after an apostrophe, a long run and a word that heads nothing alone', () => {
    assert.deepStrictEqual(run('the City of Tarnby', 'O O O B-LOC'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run("Farmers ' Council of Tarnia", 'O O O O B-LOC'), ['Tarnia/LOC']);
    assert.deepStrictEqual(run('an Old Grand Velkan Council of Tarnia', 'O O O O O O B-LOC'), ['Tarnia/LOC']);
    assert.deepStrictEqual(run('the Heart of Tarnia', 'O O O B-LOC'), ['Tarnia/LOC']);
    // A trade ends a firm's name: "of" after it tells where the firm is.
    assert.deepStrictEqual(run('bought Velmora Logistics of Tarnby', 'O O O O B-LOC'), [
      'Velmora Logistics/ORG',
      'Tarnby/LOC',
    ]);
  });

  it('makes an event\'s head word before "of" and a place one event', () => {
    assert.deepStrictEqual(run('during the War of Tarnby .', 'O O O O B-LOC O'), ['War of Tarnby/MISC']);
    // Not before a body or a person.
    assert.deepStrictEqual(run('the War of Velkom .', 'O O O B-ORG O'), ['Velkom/ORG']);
  });

  it('splits a body run on over "for" into a listed body into two bodies', () => {
    assert.deepStrictEqual(run('in the Tarn League for SC Velby .', 'O O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Tarn League/ORG',
      'SC Velby/ORG',
    ]);
    // A purpose after "for" is no listed body.
    assert.deepStrictEqual(run('the Velby Fund for Tarn Growers said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Velby Fund for Tarn Growers/ORG',
    ]);
  });
});

describe("a ministry's fields (rules-links.ts)", () => {
  it("runs a body's name ending in a field over a second field after 'and' that holds an everyday word", () => {
    assert.deepStrictEqual(run('the Ministry of Velk and People Affairs said', 'O B-ORG I-ORG I-ORG O B-ORG I-ORG O'), [
      'Ministry of Velk and People Affairs/ORG',
    ]);
    // A second name of no everyday word, or one with a body's word, is a body of its own.
    assert.deepStrictEqual(run('the Ministry of Velk and Qorvane Harl said', 'O B-ORG I-ORG I-ORG O B-ORG I-ORG O'), [
      'Ministry of Velk/ORG',
      'Qorvane Harl/ORG',
    ]);
    assert.deepStrictEqual(run('the Ministry of Velk and People Bank said', 'O B-ORG I-ORG I-ORG O B-ORG I-ORG O'), [
      'Ministry of Velk/ORG',
      'People Bank/ORG',
    ]);
  });

  it("runs a body's name ending in a field over a list of more fields with a last 'and'", () => {
    assert.deepStrictEqual(
      run('the Ministry of Trade , Industry and Energy said', 'O B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O'),
      ['Ministry of Trade , Industry and Energy/ORG'],
    );
    assert.deepStrictEqual(
      run('the Council for Water , Food and Rural Affairs met', 'O B-ORG I-ORG I-ORG O O O O O O'),
      ['Council for Water , Food and Rural Affairs/ORG'],
    );
    // Also when the tagger's name already holds part of the list.
    assert.deepStrictEqual(
      run('the Ministry of Trade , Industry and Rural Affairs said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG I-ORG O'),
      ['Ministry of Trade , Industry and Rural Affairs/ORG'],
    );
    // Also when the tagger read the last fields as a thing.
    assert.deepStrictEqual(
      run('the Department for Culture , Media and Sport said', 'O B-ORG I-ORG I-ORG O B-MISC I-MISC I-MISC O'),
      ['Department for Culture , Media and Sport/ORG'],
    );
    // And over the country or region after the fields, not over a town.
    assert.deepStrictEqual(
      run(
        'by the Ministry of Culture , Sport and Youth of Velmark .',
        'O O B-ORG I-ORG I-ORG O B-MISC O B-LOC I-LOC I-LOC O',
      ),
      ['Ministry of Culture , Sport and Youth of Velmark/ORG'],
    );
    assert.deepStrictEqual(
      run('by the Ministry of Culture , Sport and Youth of Tarnby .', 'O O B-ORG I-ORG I-ORG O B-MISC O O O B-LOC O'),
      ['Ministry of Culture , Sport and Youth/ORG', 'Tarnby/LOC'],
    );
    // A field may take "the".
    assert.deepStrictEqual(
      run('the Department of Water , Energy , the Soil and Air said', 'O B-ORG I-ORG I-ORG O O O O O O O O'),
      ['Department of Water , Energy , the Soil and Air/ORG'],
    );
    // Not over a place or given name, without a last "and", or into more capitalised words.
    assert.deepStrictEqual(run('the Ministry of Trade , Tarnby and Vellandia', 'O B-ORG I-ORG I-ORG O B-LOC O B-LOC'), [
      'Ministry of Trade/ORG',
      'Tarnby/LOC',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('the Ministry of Trade , Industry , Energy said', 'O B-ORG I-ORG I-ORG O O O O O'), [
      'Ministry of Trade/ORG',
    ]);
    assert.deepStrictEqual(
      run('the Ministry of Trade , Industry and Energy Velk Harl said', 'O B-ORG I-ORG I-ORG O O O O O O O'),
      ['Ministry of Trade/ORG'],
    );
  });
});
