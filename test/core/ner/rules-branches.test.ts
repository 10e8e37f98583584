import * as assert from 'assert';
import { run } from './ruleBench';

describe("a body's branch (rules-branches.ts)", () => {
  it("joins a listed body or an acronym and the country or continent right after it: the body's branch", () => {
    assert.deepStrictEqual(run('Velkom Vellandia said', 'B-ORG B-LOC O'), ['Velkom Vellandia/ORG']);
    assert.deepStrictEqual(run('a deal with TVK Europe', 'O O O B-ORG B-LOC'), ['TVK Europe/ORG']);
    // A word between, a name on no list, or a city: two names.
    assert.deepStrictEqual(run('Velkom in Vellandia', 'B-ORG O B-LOC'), ['Velkom/ORG', 'Vellandia/LOC']);
    assert.deepStrictEqual(run('Harl Velk Vellandia', 'B-ORG I-ORG B-LOC'), ['Harl Velk/ORG', 'Vellandia/LOC']);
    assert.deepStrictEqual(run('Velkom Tarnby', 'B-ORG B-LOC'), ['Velkom/ORG', 'Tarnby/LOC']);
  });

  it("joins an acronym and an area on no list right after it: a public body's regional branch", () => {
    assert.deepStrictEqual(run('boards such as VHS Qelmoor and', 'O O O B-ORG B-LOC O'), ['VHS Qelmoor/ORG']);
    assert.deepStrictEqual(run('run by VSE Mid Qelm ,', 'O O B-ORG B-LOC I-LOC O'), ['VSE Mid Qelm/ORG']);
    // Not a listed town (where its office is), a name on no list before the area, nor an area in capitals.
    assert.deepStrictEqual(run('VOA Tarnby correspondent', 'B-ORG B-LOC O'), ['VOA/ORG', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('Harl Velk Qelmoor', 'B-ORG I-ORG B-LOC'), ['Harl Velk/ORG', 'Qelmoor/LOC']);
    assert.deepStrictEqual(run('VHS QELMOOR', 'B-ORG B-LOC'), ['VHS/ORG', 'QELMOOR/LOC']);
  });
  it('types one place-read name of a listed body and a place after it as the body: its branch or market there', () => {
    assert.deepStrictEqual(run('listed on Qorvane Tarnby today', 'O O B-LOC I-LOC O'), ['Qorvane Tarnby/ORG']);
    assert.deepStrictEqual(run('said Velmora Dynamics Vellandia', 'O B-LOC I-LOC I-LOC'), [
      'Velmora Dynamics Vellandia/ORG',
    ]);
    // Not a name on no list before the place, nor a listed body before words that name no place.
    assert.deepStrictEqual(run('listed on Qelmora Tarnby today', 'O O B-LOC I-LOC O'), ['Qelmora Tarnby/LOC']);
    assert.deepStrictEqual(run('flew to Qorvane Velk today', 'O O B-LOC I-LOC O'), ['Qorvane Velk/LOC']);
  });

  it('runs a union\'s name on over "Local" or "Lodge" and its number', () => {
    assert.deepStrictEqual(run('president of VKTU Local 8125 said', 'O O B-ORG O O O'), ['VKTU Local 8125/ORG']);
    assert.deepStrictEqual(run('backed by Velk Workers Local 104 ,', 'O O B-ORG I-ORG I-ORG O O'), [
      'Velk Workers Local 104/ORG',
    ]);
    // An acronym the tagger left out before it.
    assert.deepStrictEqual(run('president of VKTU Local 8125 .', 'O O O O O O'), ['VKTU Local 8125/ORG']);
    // Not a person's name, nor "Local" without a number.
    assert.deepStrictEqual(run('Ann Velk Local 12 said', 'B-PER I-PER O O O'), ['Ann Velk/PER']);
    assert.deepStrictEqual(run('VKTU Local officials said', 'B-ORG O O O'), ['VKTU/ORG']);
  });

  it("takes a plus sign written onto a body's name into it", () => {
    assert.deepStrictEqual(run('within the VKTO+ deal', 'O O B-ORG O O'), ['VKTO+/ORG']);
    // Not one spaced apart, nor one joining two names.
    assert.deepStrictEqual(run('VKTO + Tarnia', 'B-ORG O B-LOC'), ['VKTO/ORG', 'Tarnia/LOC']);
    assert.deepStrictEqual(run('VKTO+Tarnia talks', 'B-ORG O B-LOC O'), ['VKTO/ORG', 'Tarnia/LOC']);
  });

  it("makes a place's name ending in a listed body's acronym the body's branch there", () => {
    assert.deepStrictEqual(run('the Tarnby VCAA endorsed', 'O B-LOC I-LOC O'), ['Tarnby VCAA/ORG']);
    // Not an acronym no list holds as a body's.
    assert.deepStrictEqual(run('the Tarnby QXZ endorsed', 'O B-LOC I-LOC O'), ['Tarnby QXZ/LOC']);
  });
});
