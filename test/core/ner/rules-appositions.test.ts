import * as assert from 'assert';
import { run } from './ruleBench';

describe('names described right after them (rules-appositions.ts)', () => {
  it('reads untagged words before ", <description>" as the type of the description\'s head noun', () => {
    assert.deepStrictEqual(run("Brenvold , Tarnby 's largest telecoms operator , said", 'O O B-LOC O O O O O O'), [
      'Brenvold/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run("Harl Kessel , the world 's biggest lender , said", 'O O O O O O O O O O'), [
      'Harl Kessel/ORG',
    ]);
    assert.deepStrictEqual(run('Qelbury , a village in Tarnia', 'O O O O O B-LOC'), ['Qelbury/LOC', 'Tarnia/LOC']);
    assert.deepStrictEqual(run('Ossa Brenn , a lawyer , said', 'O O O O O O O'), ['Ossa Brenn/PER']);
  });

  it('leaves everyday words, months, listed places, tagged names and undescribed words alone', () => {
    assert.deepStrictEqual(run('Protect , a lender based in Tarnby', 'O O O O O O B-LOC'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('In June , a lender said', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Tarnby , a lender , said', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Brenvold , a lender , said', 'B-PER O O O O O'), ['Brenvold/PER']);
    assert.deepStrictEqual(run('Brenvold , a salmon farm , said', 'O O O O O O O'), []);
    assert.deepStrictEqual(run('Brenvold , a lender and Qelby', 'O O O O O O'), []);
  });

  it('cuts a name at a describing noun inside it: the name after the noun, and the words before it on their own', () => {
    // A nationality before the noun (MISC), a body of two words (the whole's type), a listed place.
    assert.deepStrictEqual(run('the Korean club Standard Velby won', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Korean/MISC',
      'Standard Velby/ORG',
    ]);
    assert.deepStrictEqual(run('World Brask economist Ula Tarrow said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'World Brask/ORG',
      'Ula Tarrow/PER',
    ]);
    assert.deepStrictEqual(run('the Tarnby group Harlam said', 'O B-ORG I-ORG I-ORG O'), ['Tarnby/LOC', 'Harlam/ORG']);
    // An unknown word alone before the noun, or a lower-case one, says nothing of its own, unless the whole
    // was read as a place: then it is the town the body is in.
    assert.deepStrictEqual(run('the Qelvish militant group Harlam', 'O B-ORG I-ORG I-ORG I-ORG'), ['Harlam/ORG']);
    // A paper's "daily" after a listed place.
    assert.deepStrictEqual(run('reported by the Tarnby daily Velk Post .', 'O O O B-ORG I-ORG I-ORG I-ORG O'), [
      'Tarnby/LOC',
      'Velk Post/ORG',
    ]);
    assert.deepStrictEqual(run('the Qelvo daily Velk Post .', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Qelvo daily Velk Post/ORG',
    ]);
    assert.deepStrictEqual(run('an analyst at Qelvo brokerage Harl Valores', 'O O O B-LOC I-LOC I-LOC I-LOC'), [
      'Qelvo/LOC',
      'Harl Valores/ORG',
    ]);
    // Read as another name (MISC): only a nationality and its noun are cut off; a work keeps its words.
    assert.deepStrictEqual(run('from Korean club Velby and', 'O B-MISC I-MISC I-MISC O'), ['Korean/MISC', 'Velby/ORG']);
    assert.deepStrictEqual(run('the film Harl of the band Velby', 'O O B-MISC I-MISC I-MISC I-MISC I-MISC'), [
      'Harl of the band Velby/MISC',
    ]);
  });

  it('leaves a name whose lower-case word is no describing noun, or opens "of"', () => {
    assert.deepStrictEqual(run('the Harl and Sons Brask said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Harl and Sons Brask/ORG',
    ]);
    assert.deepStrictEqual(run('the Soviet republic of Tarnia', 'O B-LOC I-LOC I-LOC I-LOC'), [
      'Soviet republic of Tarnia/LOC',
    ]);
  });

  it("cuts the noun saying who a person is from the person's name opening a sentence", () => {
    assert.deepStrictEqual(run('Frontman Ann Tarvell led the band', 'B-PER I-PER I-PER O O O'), ['Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Winger Ann Tarvell scored', 'B-PER I-PER I-PER O'), ['Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Flanker Ann Tarvell scored', 'B-PER I-PER I-PER O'), ['Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Wicketkeeper Ann Tarvell made 44', 'B-PER I-PER I-PER O O'), ['Ann Tarvell/PER']);
    // Not one word left, not inside the sentence, not a word that says nothing of the person.
    assert.deepStrictEqual(run('Singer Tarvell sang', 'B-PER I-PER O'), ['Singer Tarvell/PER']);
    assert.deepStrictEqual(run('then Frontman Ann Tarvell', 'O B-PER I-PER I-PER'), ['Frontman Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Velkin Ann Tarvell said', 'B-PER I-PER I-PER O'), ['Velkin Ann Tarvell/PER']);
  });

  it("cuts a firm's trade or a rival opening a sentence from the name after it", () => {
    // The trade makes the rest a body, whether the tagger took the noun in or left it out.
    assert.deepStrictEqual(run('Chipmaker Qelmora said', 'B-PER I-PER O'), ['Qelmora/ORG']);
    assert.deepStrictEqual(run('Lender Harl Kessel said', 'O B-PER I-PER O'), ['Harl Kessel/ORG']);
    assert.deepStrictEqual(run('Insurers Akvor Mutual rose', 'B-LOC I-LOC I-LOC O'), ['Akvor Mutual/ORG']);
    // A rival may be a person: the noun goes, the type stays.
    assert.deepStrictEqual(run('Rival Ann Tarvell said', 'B-PER I-PER I-PER O'), ['Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Rivals Akvor Group said', 'B-ORG I-ORG I-ORG O'), ['Akvor Group/ORG']);
    // Not a noun naming people too, not inside the sentence, not without a name after it.
    assert.deepStrictEqual(run('Filmmaker Ann Tarvell said', 'B-PER I-PER I-PER O'), ['Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Miner Akvor said', 'B-PER I-PER O'), ['Miner Akvor/PER']);
    assert.deepStrictEqual(run('then Chipmaker Qelmora said', 'O B-PER I-PER O'), ['Chipmaker Qelmora/PER']);
    assert.deepStrictEqual(run('Lender of last resort', 'B-ORG O O O'), ['Lender/ORG']);
  });

  it('reads a name opening a sentence before ", which" as a body, or a listed place, never a person', () => {
    assert.deepStrictEqual(run('Velkontrol , which manages the flights , said so', 'B-PER O O O O O O O O'), [
      'Velkontrol/ORG',
    ]);
    assert.deepStrictEqual(run('Tarnby , which hosts the talks , is calm', 'B-PER O O O O O O O O'), ['Tarnby/LOC']);
    // Not "who", nor a name later in the sentence ("the trial of Ann Velk, which resumes").
    assert.deepStrictEqual(run('Ann Velk , who runs it , said', 'B-PER I-PER O O O O O O'), ['Ann Velk/PER']);
    assert.deepStrictEqual(run('the trial of Ann Velk , which resumes', 'O O O B-PER I-PER O O O'), ['Ann Velk/PER']);
  });
});
