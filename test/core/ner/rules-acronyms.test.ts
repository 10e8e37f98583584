import * as assert from 'assert';
import { run } from './ruleBench';

describe('a body and its bracketed acronym (rules-acronyms.ts)', () => {
  it('joins a body, a linking word and the next name when the bracketed acronym spells the whole', () => {
    assert.deepStrictEqual(
      run('the Council for Velk Trade in Tarnia ( CVTT ) met', 'O B-ORG I-ORG I-ORG I-ORG O B-LOC O B-ORG O O'),
      ['Council for Velk Trade in Tarnia/ORG', 'CVTT/ORG'],
    );
    // Also over capitalised words the tagger left out, or one it read as a person no list holds.
    assert.deepStrictEqual(run('the Council of Velk and Trade ( CVT ) met', 'O B-ORG I-ORG I-ORG O O O B-ORG O O'), [
      'Council of Velk and Trade/ORG',
      'CVT/ORG',
    ]);
    assert.deepStrictEqual(
      run('the Council of Velk and Qorvan ( CVQ ) met', 'O B-ORG I-ORG I-ORG O B-PER O B-ORG O O'),
      ['Council of Velk and Qorvan/ORG', 'CVQ/ORG'],
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
    // Not over a listed person's name.
    assert.deepStrictEqual(run('the Council of Velk and Joss ( CVJ ) met', 'O B-ORG I-ORG I-ORG O B-PER O B-ORG O O'), [
      'Council of Velk/ORG',
      'Joss/PER',
      'CVJ/ORG',
    ]);
    assert.deepStrictEqual(run('the Council for Velk Trade in Tarnia met', 'O B-ORG I-ORG I-ORG I-ORG O B-LOC O'), [
      'Council for Velk Trade/ORG',
      'Tarnia/LOC',
    ]);
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
    // A hyphen between one capital and more ("Velk League-Tarn ( VL-T )"), three or more capitals in all.
    assert.deepStrictEqual(run('the Velk League-Tarn ( VL-T ) won', 'O B-ORG I-ORG O O O O'), [
      'Velk League-Tarn/ORG',
      'VL-T/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk Survey ( V-S ) said', 'O B-ORG I-ORG O O O O'), ['Velk Survey/ORG']);
    // An everyday word in capitals only where it spells the name's capitals.
    assert.deepStrictEqual(
      run(
        'the Tarn Regional Union of Shippers and Traders ( TRUST ) said',
        'O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O O O',
      ),
      ['Tarn Regional Union of Shippers and Traders/ORG', 'TRUST/ORG'],
    );
    assert.deepStrictEqual(run('the Velk Shipping Council ( TRUST ) said', 'O B-ORG I-ORG I-ORG O O O O'), [
      'Velk Shipping Council/ORG',
    ]);
    // Read as a person, too, or as a place no list knows; a listed place in the bracket is the body's country.
    assert.deepStrictEqual(run('the Velland Fraud Office ( VELFO ) said', 'O B-ORG I-ORG I-ORG O B-PER O O'), [
      'Velland Fraud Office/ORG',
      'VELFO/ORG',
    ]);
    assert.deepStrictEqual(run('the Velland Fraud Office ( VL ) said', 'O B-ORG I-ORG I-ORG O B-LOC O O'), [
      'Velland Fraud Office/ORG',
      'VL/ORG',
    ]);
    // Read as a thing, where the name's initials spell it, and not where they do not.
    assert.deepStrictEqual(run('the Velland Fraud Office ( VFO ) said', 'O B-ORG I-ORG I-ORG O B-MISC O O'), [
      'Velland Fraud Office/ORG',
      'VFO/ORG',
    ]);
    assert.deepStrictEqual(run('the Velland Fraud Office ( GDPR ) said', 'O B-ORG I-ORG I-ORG O B-MISC O O'), [
      'Velland Fraud Office/ORG',
      'GDPR/MISC',
    ]);
    assert.deepStrictEqual(run('the Velland Fraud Office ( HARLOW ) said', 'O B-ORG I-ORG I-ORG O B-LOC O O'), [
      'Velland Fraud Office/ORG',
      'HARLOW/LOC',
    ]);
    // A short name written as a word no list knows, read as a person.
    assert.deepStrictEqual(run('the Velland Survey ( Junvel ) said', 'O B-ORG I-ORG O B-PER O O'), [
      'Velland Survey/ORG',
      'Junvel/ORG',
    ]);
    // Read as a place after a long form of three words or more, too; after a shorter name it stays a place.
    assert.deepStrictEqual(run('the Union of Velk Growers ( Univel ) said', 'O B-ORG I-ORG I-ORG I-ORG O B-LOC O O'), [
      'Union of Velk Growers/ORG',
      'Univel/ORG',
    ]);
    assert.deepStrictEqual(run('won by Velk Rovers ( Qelmoor ) ,', 'O O B-ORG I-ORG O B-LOC O O'), [
      'Velk Rovers/ORG',
      'Qelmoor/LOC',
    ]);
    // Not after a place, which may end a longer body's name, nor a person, nor a word that is no acronym.
    assert.deepStrictEqual(run('in the Republic of Velk ( RV )', 'O O B-LOC I-LOC I-LOC O O O'), [
      'Republic of Velk/LOC',
    ]);
    assert.deepStrictEqual(run('Ann Lee ( DT ) said', 'B-PER I-PER O O O O'), ['Ann Lee/PER']);
    assert.deepStrictEqual(run('the Velland Rovers ( Velk ) said', 'O B-ORG I-ORG O O O O'), ['Velland Rovers/ORG']);
  });

  it('makes one word of capitals in brackets read as a person a body: a party after a name, an acronym', () => {
    assert.deepStrictEqual(run('Deputy Ann Velk ( VKP ) asked why', 'O B-PER I-PER O B-PER O O O'), [
      'Ann Velk/PER',
      'VKP/ORG',
    ]);
    // Not out of brackets (initials, a name in capitals), nor in a line written in capitals.
    assert.deepStrictEqual(run('Dear VK and Ann , thanks', 'O B-PER O B-PER O O'), ['VK/PER', 'Ann/PER']);
    assert.deepStrictEqual(run('ANN VELK ( VKP ) WINS', 'B-PER I-PER O B-PER O O'), ['ANN VELK/PER', 'VKP/PER']);
  });
});

describe("an acronym glossed by a body's name (rules-acronyms.ts)", () => {
  it('makes an acronym read as a place or person, glossed by "the" and a body, that body', () => {
    assert.deepStrictEqual(run('VKBO , the Velland Consumer Council , said', 'B-LOC O O B-ORG I-ORG I-ORG O O'), [
      'VKBO/ORG',
      'Velland Consumer Council/ORG',
    ]);
    assert.deepStrictEqual(run('said VKBO , the Velland Consumer Council .', 'O B-PER O O B-ORG I-ORG I-ORG O'), [
      'VKBO/ORG',
      'Velland Consumer Council/ORG',
    ]);
  });

  it('leaves a listed place, a list going on after the body, and a body with no head noun', () => {
    assert.deepStrictEqual(run('HARLOW , the Velland Consumer Council , said', 'B-LOC O O B-ORG I-ORG I-ORG O O'), [
      'HARLOW/LOC',
      'Velland Consumer Council/ORG',
    ]);
    assert.deepStrictEqual(run('with VKBO , the Velland Council and Tarnby', 'O B-LOC O O B-ORG I-ORG O B-LOC'), [
      'VKBO/LOC',
      'Velland Council/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('VKBO , the Velland Velm , said', 'B-LOC O O B-ORG I-ORG O O'), [
      'VKBO/LOC',
      'Velland Velm/ORG',
    ]);
  });

  it('starts a long form where the first letters of its words spell the acronym after it', () => {
    assert.deepStrictEqual(run('the Tarnia Ports Authority ( TPA ) said', 'O B-LOC O B-ORG O B-ORG O O'), [
      'Tarnia Ports Authority/ORG',
      'TPA/ORG',
    ]);
    // A link may give a letter, a hyphened word's parts may give one each.
    assert.deepStrictEqual(
      run('the Congress of Velkan Trade Unions ( COVTU ) said', 'O B-ORG I-ORG B-MISC O O O B-ORG O O'),
      ['Congress of Velkan Trade Unions/ORG', 'COVTU/ORG'],
    );
    assert.deepStrictEqual(run('the Tarnia Inter-Bank Velk System ( TIBVS ) and', 'O B-LOC B-ORG O O O B-ORG O O'), [
      'Tarnia Inter-Bank Velk System/ORG',
      'TIBVS/ORG',
    ]);
    // Filipino's links give none ("ng", "mga", "sa").
    assert.deepStrictEqual(
      run('the Kapisanan ng mga Velkaster ng Tarnia ( KVT ) said', 'O B-LOC O O B-LOC O B-LOC O B-ORG O O'),
      ['Kapisanan ng mga Velkaster ng Tarnia/ORG', 'KVT/ORG'],
    );
    assert.deepStrictEqual(
      run('the Samahan ng mga Velkero sa Tarnby ( SVT ) said', 'O B-LOC O O B-PER O B-LOC O B-ORG O O'),
      ['Samahan ng mga Velkero sa Tarnby/ORG', 'SVT/ORG'],
    );
    // Spanish "para el" too.
    assert.deepStrictEqual(
      run('by the Comisión para el Mercado Velkero ( CMV ) .', 'O O B-ORG O O B-ORG I-ORG O B-ORG O O'),
      ['Comisión para el Mercado Velkero/ORG', 'CMV/ORG'],
    );
    // A plural's possessive mark gives no letter.
    assert.deepStrictEqual(run("the Tarnia Teachers ' Pension Plan ( TTPP ) said", 'O B-LOC O O O O O B-ORG O O'), [
      "Tarnia Teachers ' Pension Plan/ORG",
      'TTPP/ORG',
    ]);
    // Nor does a comma between its words.
    assert.deepStrictEqual(
      run(
        'the Tarnian Atmospheric , Marine and Solar Services Office ( TAMSSO ) said',
        'O B-MISC B-ORG O O O O O O O B-ORG O O',
      ),
      ['Tarnian Atmospheric , Marine and Solar Services Office/ORG', 'TAMSSO/ORG'],
    );
    // A place's name read as a person opening it ("Sri Lanka/PER Ports Authority").
    assert.deepStrictEqual(run('the Tarn Velka Ports Authority ( TVPA ) said', 'O B-PER I-PER O O O B-ORG O O'), [
      'Tarn Velka Ports Authority/ORG',
      'TVPA/ORG',
    ]);
    // A translated name keeps its own language's acronym, the letters in another order.
    assert.deepStrictEqual(run('The National Jury of Velkia ( JNV ) said', 'O O O O O O B-ORG O O'), [
      'National Jury of Velkia/ORG',
      'JNV/ORG',
    ]);
    // A state's name is a place.
    assert.deepStrictEqual(run('the Federated States of Velkia ( FSV ) said', 'O B-LOC I-LOC O B-LOC O B-ORG O O'), [
      'Federated States of Velkia/LOC',
      'FSV/ORG',
    ]);
    // Not when the letters do not spell it, nor over a person's name.
    assert.deepStrictEqual(run('the Tarnia Ports Authority ( XYZ ) said', 'O B-LOC O B-ORG O B-ORG O O'), [
      'Tarnia/LOC',
      'Authority/ORG',
      'XYZ/ORG',
    ]);
    assert.deepStrictEqual(run('by Joss Velk Harl ( JVH ) said', 'O B-PER I-PER I-PER O B-ORG O O'), [
      'Joss Velk Harl/PER',
      'JVH/ORG',
    ]);
  });
});
