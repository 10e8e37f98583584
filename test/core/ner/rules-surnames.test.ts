import * as assert from 'assert';
import { run } from './ruleBench';

describe('Vietnamese names (rules-surnames.ts)', () => {
  it('reads a Vietnamese family name and the given names after it as one person, whatever the tagger read', () => {
    assert.deepStrictEqual(run('Minister Trần Quang Minh attended', 'O O B-PER I-PER O'), ['Trần Quang Minh/PER']);
    assert.deepStrictEqual(run('of the NSO , Nguyễn Thị Hương Lan , said', 'O O B-ORG O B-ORG I-ORG I-ORG I-ORG O O'), [
      'NSO/ORG',
      'Nguyễn Thị Hương Lan/PER',
    ]);
    assert.deepStrictEqual(run('he met Lê Văn Hòa today', 'O O O O O O'), ['Lê Văn Hòa/PER']);
    // Without its marks the family name needs two given names after it.
    assert.deepStrictEqual(run('Nguyen Van Thieu spoke', 'B-ORG I-ORG I-ORG O'), ['Nguyen Van Thieu/PER']);
    assert.deepStrictEqual(run('Nguyen Motors rose', 'B-ORG I-ORG O'), ['Nguyen Motors/ORG']);
    // "Do", "Le", "Vu" without marks before the middle name "Thi" or "Van", also after a title's
    // portfolio or out of a body's name the tagger ran into them.
    assert.deepStrictEqual(run('Minister of Trade Do Thi Thu Huong said', 'O O B-ORG B-ORG I-ORG I-ORG I-ORG O'), [
      'Do Thi Thu Huong/PER',
    ]);
    assert.deepStrictEqual(run('the Velk Committee Vu Van Dien pledged', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Committee/ORG',
      'Vu Van Dien/PER',
    ]);
    assert.deepStrictEqual(run('Do Tarnby voters care', 'O B-LOC O O'), ['Tarnby/LOC']);
  });

  it('leaves a street or a body named after a person, and a run too long for a name', () => {
    assert.deepStrictEqual(run('on Trần Phú Street today', 'O B-LOC I-LOC I-LOC O'), ['Trần Phú Street/LOC']);
    assert.deepStrictEqual(run('at Trần Phú Velby Tarn Harl today', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Trần Phú Velby Tarn Harl/ORG',
    ]);
  });

  it('takes a capitalised "Said" after a person\'s name in as the family name', () => {
    assert.deepStrictEqual(run('reporting by Ula Said in Tarnby', 'O O B-PER O O B-LOC'), [
      'Ula Said/PER',
      'Tarnby/LOC',
    ]);
    // Not in a headline's capitals, nor a verb in lower case.
    assert.deepStrictEqual(run('Velkom Chief Harl Said To Quit', 'B-ORG O B-PER O O O'), ['Velkom/ORG', 'Harl/PER']);
    assert.deepStrictEqual(run('Ula said in Tarnby that', 'B-PER O O B-LOC O'), ['Ula/PER', 'Tarnby/LOC']);
  });

  it('takes a Chinese family name in before a given name of two syllables', () => {
    assert.deepStrictEqual(run('the pair of Tan Velk Jo and', 'O O O O B-PER I-PER O'), ['Tan Velk Jo/PER']);
    assert.deepStrictEqual(run('under coach Ong Kel Vong ,', 'O O O B-PER I-PER O'), ['Ong Kel Vong/PER']);
    // Not before a name of one word or of longer words, nor a word no such family name.
    assert.deepStrictEqual(run('the pair of Tan Velkoran said', 'O O O O B-PER O'), ['Velkoran/PER']);
    assert.deepStrictEqual(run('the pair of Tan Velkoran Harlowe', 'O O O O B-PER I-PER'), ['Velkoran Harlowe/PER']);
    assert.deepStrictEqual(run('the pair of Tam Velk Jo and', 'O O O O B-PER I-PER O'), ['Velk Jo/PER']);
  });

  it('takes the word for "son" or "daughter" after a father\'s name into a person\'s name, and the family name after it', () => {
    assert.deepStrictEqual(run('Aibek Velkov uulu , a researcher', 'B-PER I-PER O O O O'), ['Aibek Velkov uulu/PER']);
    assert.deepStrictEqual(run('President Harl Tarn oglu Velkov spoke', 'O B-PER I-PER O B-PER O'), [
      'Harl Tarn oglu Velkov/PER',
    ]);
    // Not after a name of one word, nor another lower-case word.
    assert.deepStrictEqual(run('Velkov uulu said', 'B-PER O O'), ['Velkov/PER']);
    assert.deepStrictEqual(run('Aibek Velkov said', 'B-PER I-PER O'), ['Aibek Velkov/PER']);
  });

  it('makes a name after "the" and before "family" or "clan" the family\'s name, a person\'s', () => {
    assert.deepStrictEqual(run("visited the Ó Velkar family 's home", 'O O B-ORG I-ORG O O O'), ['Ó Velkar/PER']);
    assert.deepStrictEqual(run('the Harl clan said', 'O B-LOC O O'), ['Harl/PER']);
    // Not a listed place or nationality, a word for the family's rank, nor without "the".
    assert.deepStrictEqual(run('the Tarnby family said', 'O B-LOC O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Chinese family said', 'O B-MISC O O'), ['Chinese/MISC']);
    assert.deepStrictEqual(run('the Royal family said', 'O B-ORG O O'), ['Royal/ORG']);
    assert.deepStrictEqual(run('a Harl family said', 'O B-LOC O O'), ['Harl/LOC']);
  });

  it("reads a name holding an Irish surname's particle before a capitalised word as a person", () => {
    assert.deepStrictEqual(run('spokesman Ciarán Ó Velkáin , said', 'O B-ORG I-ORG I-ORG O O'), [
      'Ciarán Ó Velkáin/PER',
    ]);
    assert.deepStrictEqual(run('solicitor Áine Ní Tarna said', 'O B-LOC I-LOC I-LOC O'), ['Áine Ní Tarna/PER']);
    // Not a particle at the name's end.
    assert.deepStrictEqual(run('the Velk Ó said', 'O B-ORG I-ORG O'), ['Velk Ó/ORG']);
  });
});
