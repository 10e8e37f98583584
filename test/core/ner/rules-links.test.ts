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

  it('leaves a place after "City of", a run after an apostrophe, a long run and a word that heads nothing alone', () => {
    assert.deepStrictEqual(run('the City of Tarnby', 'O O O B-LOC'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run("Farmers ' Council of Tarnia", 'O O O O B-LOC'), ['Tarnia/LOC']);
    assert.deepStrictEqual(run('the Old Grand Velkan Council of Tarnia', 'O O O O O O B-LOC'), ['Tarnia/LOC']);
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

describe('a body split before its acronym (rules-links.ts)', () => {
  it('joins a body, a linking word and the next name when the bracketed acronym spells the whole', () => {
    assert.deepStrictEqual(
      run('the Council for Velk Trade in Tarnia ( CVTT ) met', 'O B-ORG I-ORG I-ORG I-ORG O B-LOC O B-ORG O O'),
      ['Council for Velk Trade in Tarnia/ORG', 'CVTT/ORG'],
    );
  });

  it('joins a body holding a head word over "of", "for" or "in" up to a bracketed acronym, whatever it spells', () => {
    // A translated body keeps its own language's acronym.
    assert.deepStrictEqual(
      run(
        'the Council of Justice of the Velk Valley ( TSJVV ) said',
        'O B-ORG I-ORG I-ORG O O B-LOC I-LOC O B-ORG O O',
      ),
      ['Council of Justice of the Velk Valley/ORG', 'TSJVV/ORG'],
    );
    assert.deepStrictEqual(
      run(
        'the Relief Ministry for Velk Refugees in the Near North ( URVA ) said',
        'O B-ORG I-ORG O B-ORG I-ORG O O B-LOC I-LOC O B-ORG O O',
      ),
      ['Relief Ministry for Velk Refugees in the Near North/ORG', 'URVA/ORG'],
    );
  });

  it('leaves the names apart when the acronym spells only one of them and a link or the first name says two, or there is none', () => {
    // No head word in the first name.
    assert.deepStrictEqual(
      run(
        'the Velk Traders for Harl Growth in Tarnia ( VTX ) met',
        'O B-ORG I-ORG I-ORG I-ORG I-ORG O B-LOC O B-ORG O O',
      ),
      ['Velk Traders for Harl Growth/ORG', 'Tarnia/LOC', 'VTX/ORG'],
    );
    // "and" between them.
    assert.deepStrictEqual(
      run('the Tarnby Council and Velk Traders ( TCX ) met', 'O B-ORG I-ORG O B-ORG I-ORG O B-ORG O O'),
      ['Tarnby Council/ORG', 'Velk Traders/ORG', 'TCX/ORG'],
    );
    assert.deepStrictEqual(run('the Council for Velk Trade in Tarnia met', 'O B-ORG I-ORG I-ORG I-ORG O B-LOC O'), [
      'Council for Velk Trade/ORG',
      'Tarnia/LOC',
    ]);
  });

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

  it("tags an acronym in brackets after a body's name as that body", () => {
    assert.deepStrictEqual(run('the Velland Survey ( VS ) said', 'O B-ORG I-ORG O O O O'), [
      'Velland Survey/ORG',
      'VS/ORG',
    ]);
    assert.deepStrictEqual(run('by the Tarn Transport Office ( TaTO )', 'O O B-ORG I-ORG I-ORG O O O'), [
      'Tarn Transport Office/ORG',
      'TaTO/ORG',
    ]);
    // A regional branch's acronym joined to its party's.
    assert.deepStrictEqual(run('the Velk Party of Tarnia ( VPT-VP ) said', 'O B-ORG I-ORG I-ORG I-ORG O O O O'), [
      'Velk Party of Tarnia/ORG',
      'VPT-VP/ORG',
    ]);
    // Read as a person, too; a place in the bracket is the body's country.
    assert.deepStrictEqual(run('the Velland Fraud Office ( VELFO ) said', 'O B-ORG I-ORG I-ORG O B-PER O O'), [
      'Velland Fraud Office/ORG',
      'VELFO/ORG',
    ]);
    assert.deepStrictEqual(run('the Velland Fraud Office ( VL ) said', 'O B-ORG I-ORG I-ORG O B-LOC O O'), [
      'Velland Fraud Office/ORG',
      'VL/LOC',
    ]);
    // Not after a place, which may end a longer body's name, nor a person, nor a word that is no acronym.
    assert.deepStrictEqual(run('in the Republic of Velk ( RV )', 'O O B-LOC I-LOC I-LOC O O O'), [
      'Republic of Velk/LOC',
    ]);
    assert.deepStrictEqual(run('Ann Lee ( DT ) said', 'B-PER I-PER O O O O'), ['Ann Lee/PER']);
    assert.deepStrictEqual(run('the Velland Survey ( Velk ) said', 'O B-ORG I-ORG O O O O'), ['Velland Survey/ORG']);
  });
});
