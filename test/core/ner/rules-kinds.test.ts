import * as assert from 'assert';
import { run } from './ruleBench';

describe('bodies named before a noun for their kind (rules-kinds.ts)', () => {
  it('makes a name read as a person, or left out, before a kind of body that body', () => {
    assert.deepStrictEqual(run('the Velkar union called a strike', 'O B-PER O O O O'), ['Velkar/ORG']);
    assert.deepStrictEqual(run('The Velkar services union called', 'O B-PER O O O'), ['Velkar/ORG']);
    assert.deepStrictEqual(run('the VGB trade union federation', 'O O O O O'), ['VGB/ORG']);
    assert.deepStrictEqual(run('shares in the Harl Ostrom group fell', 'O O O B-PER I-PER O O'), ['Harl Ostrom/ORG']);
  });

  it('leaves a place, a given name, an everyday word, a longer name and other nouns alone', () => {
    assert.deepStrictEqual(run('the Port Velby bank said', 'O B-PER I-PER O O'), ['Port Velby/LOC']);
    assert.deepStrictEqual(run('the Ula Velkar company', 'O B-PER I-PER O'), ['Ula Velkar/PER']);
    assert.deepStrictEqual(run('the Opposition group met', 'O O O O'), []);
    assert.deepStrictEqual(run('the Velkar family said', 'O B-PER O O'), ['Velkar/PER']);
    assert.deepStrictEqual(run('the Velkar team won', 'O B-PER O O'), ['Velkar/PER']);
    assert.deepStrictEqual(run('Velkar union members', 'B-PER O O'), ['Velkar/PER']);
    assert.deepStrictEqual(run('the Velkar said the union', 'O B-PER O O O'), ['Velkar/PER']);
    // The firm named after the noun.
    assert.deepStrictEqual(run('the Netcast security firm Velkasoft said', 'O O O O B-ORG O'), ['Velkasoft/ORG']);
  });
});

describe("sides named before a player's position (rules-kinds.ts)", () => {
  it('makes the name before a position and its holder a side, whatever the tagger read', () => {
    assert.deepStrictEqual(run('Brastow striker Ann Tarvell scored', 'B-LOC O B-PER I-PER O'), [
      'Brastow/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run(', Velkona midfielder Ann Tarvell and', 'O O O B-PER I-PER O'), [
      'Velkona/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Brastow Athletic manager Ann Tarvell', 'B-PER I-PER O B-PER I-PER'), [
      'Brastow Athletic/ORG',
      'Ann Tarvell/PER',
    ]);
  });

  it('leaves a country, a nationality, an everyday word and a name with no player after it alone', () => {
    assert.deepStrictEqual(run('Vellandia captain Ann Tarvell', 'B-LOC O B-PER I-PER'), [
      'Vellandia/LOC',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Korean striker Ann Tarvell', 'B-MISC O B-PER I-PER'), [
      'Korean/MISC',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Opposition manager Ann Tarvell', 'O O B-PER I-PER'), ['Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Brastow striker scored', 'B-LOC O O'), ['Brastow/LOC']);
  });
});

describe('bodies named before a post and its holder (rules-kinds.ts)', () => {
  it('makes a name read as a person before a president, owner, chief executive and the like a body', () => {
    assert.deepStrictEqual(run('Velkona president Ann Tarvell said', 'B-PER O B-PER I-PER O'), [
      'Velkona/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Tarnco chief executive Ann Tarvell', 'B-PER O O B-PER I-PER'), [
      'Tarnco/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('the Harlé team principal Ann Tarvell', 'O B-PER O O B-PER I-PER'), [
      'Harlé/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Velkona owner Ann Tarvell', 'B-PER O B-PER I-PER'), ['Velkona/ORG', 'Ann Tarvell/PER']);
    // A post no place has: a name left out or read as a town is the body too.
    assert.deepStrictEqual(run(', Velkona general secretary Ann Tarvell', 'O O O O B-PER I-PER'), [
      'Velkona/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Brastow chairman Ann Tarvell', 'B-LOC O B-PER I-PER'), [
      'Brastow/ORG',
      'Ann Tarvell/PER',
    ]);
  });

  it('leaves a place, a name left out, a country and the posts a person has too alone', () => {
    // A country or region has a president: before one, only a name read as a person is taken for a body.
    assert.deepStrictEqual(run('Brastow president Ann Tarvell', 'B-LOC O B-PER I-PER'), [
      'Brastow/LOC',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Velkona president Ann Tarvell', 'O O B-PER I-PER'), ['Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Vellandia president Ann Tarvell', 'B-PER O B-PER I-PER'), [
      'Vellandia/LOC',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Tarvell spokesman Ann Velk said', 'B-PER O B-PER I-PER O'), [
      'Tarvell/PER',
      'Ann Velk/PER',
    ]);
    assert.deepStrictEqual(run('Brastow director Ann Tarvell', 'B-PER O B-PER I-PER'), [
      'Brastow/PER',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Velkona president said', 'B-PER O O'), ['Velkona/PER']);
    // A listed region keeps its other posts too ("Velmark chairman", of its council).
    assert.deepStrictEqual(run(', Velmark chairman Ann Tarvell said', 'O B-LOC O B-PER I-PER O'), [
      'Velmark/LOC',
      'Ann Tarvell/PER',
    ]);
    // A word left out at the sentence's start is more likely the body's kind than its name.
    assert.deepStrictEqual(run('" Syndicate chairman Ann Tarvell said', 'O O O B-PER I-PER O'), ['Ann Tarvell/PER']);
  });

  it("makes a name read as a person, or left out, before an analyst's or economist's name a firm, not a place", () => {
    assert.deepStrictEqual(run(', Velkona analyst Ann Tarvell wrote', 'O B-PER O B-PER I-PER O'), [
      'Velkona/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('said Brask economist Ann Tarvell', 'O O O B-PER I-PER'), [
      'Brask/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('a Tarnby strategist Ann Tarvell said', 'O B-LOC O B-PER I-PER O'), [
      'Tarnby/LOC',
      'Ann Tarvell/PER',
    ]);
  });
});

describe('bodies listed as examples of their kind (rules-kinds.ts)', () => {
  it('makes the names listed after "brands such as", "suppliers including" bodies', () => {
    assert.deepStrictEqual(
      run('brands such as Velka , Ann Tarvell and Harlé sold', 'O O O B-PER O B-PER I-PER O B-LOC O'),
      ['Velka/ORG', 'Ann Tarvell/ORG', 'Harlé/ORG'],
    );
    assert.deepStrictEqual(run('rival suppliers including Velko kept going', 'O O O B-PER O O'), ['Velko/ORG']);
    assert.deepStrictEqual(run('the discounters Velko and Harl cut prices', 'O O B-PER O B-PER O O'), [
      'Velko/ORG',
      'Harl/ORG',
    ]);
  });

  it('makes one name right after a kind\'s plural that holds one "and" two bodies, unless listed whole', () => {
    assert.deepStrictEqual(run('the department stores Velko and Harlé closed', 'O O O B-ORG I-ORG I-ORG O'), [
      'Velko/ORG',
      'Harlé/ORG',
    ]);
    assert.deepStrictEqual(run('the banks Qelmo Harl and Velko Tarn said', 'O O B-PER I-PER I-PER I-PER I-PER O'), [
      'Qelmo Harl/ORG',
      'Velko Tarn/ORG',
    ]);
    assert.deepStrictEqual(run('the firms Harl and Sons said', 'O O B-ORG I-ORG I-ORG O'), ['Harl and Sons/ORG']);
    assert.deepStrictEqual(run('the singers Velko and Harlé sang', 'O O B-ORG I-ORG I-ORG O'), ['Velko and Harlé/ORG']);
  });

  it('stops at the end of the list, and leaves places, nationalities and other nouns alone', () => {
    assert.deepStrictEqual(run('banks like Velko and Vellandia said Ann Lee', 'O O B-PER O B-LOC O B-PER I-PER'), [
      'Velko/ORG',
      'Vellandia/LOC',
      'Ann Lee/PER',
    ]);
    assert.deepStrictEqual(run('singers such as Velko', 'O O O B-PER'), ['Velko/PER']);
    // Right after the noun, one name may be its subject's ("the banks Velko said").
    assert.deepStrictEqual(run('the banks Velko said', 'O O B-PER O'), ['Velko/PER']);
    assert.deepStrictEqual(run('such as Velko', 'O O B-PER'), ['Velko/PER']);
  });

  it("tags the names the tagger left out in a list right after a kind's plural noun", () => {
    assert.deepStrictEqual(
      run('grid operators TenneT , Velkion , 50Hertz and TarnnetBW said', 'O O O O B-PER O O O O O'),
      ['TenneT/ORG', 'Velkion/ORG', '50Hertz/ORG', 'TarnnetBW/ORG'],
    );
    // Not a list of places or months, one that does not end in "and" or "or", nor one a name runs across.
    assert.deepStrictEqual(run('banks Tarnby , Vellandia and Velmark', 'O O O O O O'), []);
    assert.deepStrictEqual(run('operators Velkion , Tarnco said', 'O O O O O'), []);
    assert.deepStrictEqual(run('the operators Velkion and Tarnco Harl said', 'O O O O B-PER I-PER O'), [
      'Velkion/ORG',
      'Tarnco Harl/ORG',
    ]);
  });
});
