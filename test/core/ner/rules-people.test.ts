import * as assert from 'assert';
import { run } from './ruleBench';

describe("rules on people's names", () => {
  it('makes a name that starts with a listed given name or a virtue and has no place, body or ordinary word a person', () => {
    assert.deepStrictEqual(run('against Joss Tarvell on Friday', 'O B-ORG I-ORG O O'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('ahead of Joss Tarvell Velk', 'O O B-LOC I-LOC I-LOC'), ['Joss Tarvell Velk/PER']);
    // A compound of given names opens the name as one does.
    assert.deepStrictEqual(run('judge Ula-Joss Tarvell said', 'O B-ORG I-ORG O'), ['Ula-Joss Tarvell/PER']);
    // A designator, a place word or an ordinary word keeps the tagger's type.
    assert.deepStrictEqual(run('the Joss Tarvell Band', 'O B-ORG I-ORG I-ORG'), ['Joss Tarvell Band/ORG']);
    assert.deepStrictEqual(run('near Joss Creek', 'O B-LOC I-LOC'), ['Joss Creek/LOC']);
    assert.deepStrictEqual(run('the Joss Village', 'O B-ORG I-ORG'), ['Joss Village/ORG']);
    // Nor does a listed place's whole name.
    assert.deepStrictEqual(run('farmers in Ula Tarna said', 'O O B-LOC I-LOC O'), ['Ula Tarna/LOC']);
    // Nor a place read right after "in" or "near".
    assert.deepStrictEqual(run('a studio based in Joss Tarvell said', 'O O O O B-LOC I-LOC O'), ['Joss Tarvell/LOC']);
    // A virtue given as a name, before surnames no list holds only.
    assert.deepStrictEqual(run('won by Mercy Tarvell-Osei today', 'O O B-ORG I-ORG O'), ['Mercy Tarvell-Osei/PER']);
    assert.deepStrictEqual(run('won by Mercy Brennick today', 'O O B-ORG I-ORG O'), ['Mercy Brennick/ORG']);
    // A surname's capitalised particle inside the name.
    assert.deepStrictEqual(run('against Joss De Tarvell on Friday', 'O B-ORG I-ORG I-ORG O O'), [
      'Joss De Tarvell/PER',
    ]);
  });

  it('makes a name right after a lower-case post only people hold a person', () => {
    assert.deepStrictEqual(run('opposition leader Aung Tarvell Suu remains', 'O O B-LOC I-LOC I-LOC O'), [
      'Aung Tarvell Suu/PER',
    ]);
    assert.deepStrictEqual(run('military spokesman Velko Brask said', 'O O B-ORG I-ORG O'), ['Velko Brask/PER']);
    assert.deepStrictEqual(run('on manager Velko Brask', 'O O B-ORG I-ORG'), ['Velko Brask/PER']);
    assert.deepStrictEqual(run('Korean rider Velko Brask won', 'B-MISC O B-ORG I-ORG O'), [
      'Korean/MISC',
      'Velko Brask/PER',
    ]);
    assert.deepStrictEqual(run('whose father Velko Brask founded', 'O O B-ORG I-ORG O'), ['Velko Brask/PER']);
    // One word, a place or a title in the name, or no post before it: as read.
    assert.deepStrictEqual(run('rebel leader Tarvell said', 'O O B-ORG O'), ['Tarvell/ORG']);
    assert.deepStrictEqual(run('party leader Velko Creek said', 'O O B-LOC I-LOC O'), ['Velko Creek/LOC']);
    assert.deepStrictEqual(run('a spokesman Lieutenant Colonel said', 'O O B-ORG I-ORG O'), ['Lieutenant Colonel/ORG']);
    assert.deepStrictEqual(run('rebel fighters Velko Brask said', 'O O B-ORG I-ORG O'), ['Velko Brask/ORG']);
  });

  it("makes a name set by commas after a post's noun phrase a person", () => {
    assert.deepStrictEqual(
      run('The director of the institute , Velko Brask Ortal , said', 'O O O O O O B-ORG I-ORG I-ORG O O'),
      ['Velko Brask Ortal/PER'],
    );
    assert.deepStrictEqual(run('its spokesman , Velko Brask .', 'O O O B-ORG I-ORG O'), ['Velko Brask/PER']);
    // A listed given name first lets a surname be a town's name too; a place's or body's head word still not.
    assert.deepStrictEqual(run('The minister , Joss Tarnby Ortal , said', 'O O O B-ORG I-ORG I-ORG O O'), [
      'Joss Tarnby Ortal/PER',
    ]);
    assert.deepStrictEqual(run('The minister , Joss Creek , said', 'O O O B-LOC I-LOC O O'), ['Joss Creek/LOC']);
    assert.deepStrictEqual(run('The minister , Velko Tarnby , said', 'O O O B-ORG I-ORG O O'), ['Velko Tarnby/ORG']);
    // Not without the determiner, a name going on into the sentence, or a capitalised word between.
    assert.deepStrictEqual(run('spokesman , Velko Brask .', 'O O B-ORG I-ORG O'), ['Velko Brask/ORG']);
    assert.deepStrictEqual(run('the director , Velko Brask said', 'O O O B-ORG I-ORG O'), ['Velko Brask/ORG']);
    assert.deepStrictEqual(run('the director of Tarn , Velko Brask .', 'O O O O O B-ORG I-ORG O'), ['Velko Brask/ORG']);
  });

  it('makes a name after "led by", "headed by" or "founded by" a person when the whole name ends there', () => {
    assert.deepStrictEqual(run('the opposition led by Velko Brask .', 'O O O O B-ORG I-ORG O'), ['Velko Brask/PER']);
    assert.deepStrictEqual(run('a party headed by Aung Tarvell Suu ,', 'O O O O B-LOC I-LOC I-LOC O'), [
      'Aung Tarvell Suu/PER',
    ]);
    // More name after it (a title and its holder), an abbreviation, a place or a designator: as read.
    assert.deepStrictEqual(run('talks led by V.K. Velko Brask', 'O O O B-ORG I-ORG I-ORG'), ['V.K. Velko Brask/ORG']);
    assert.deepStrictEqual(run('led by Velko Bank .', 'O O B-ORG I-ORG O'), ['Velko Bank/ORG']);
    assert.deepStrictEqual(run('a coalition led by San Tarno .', 'O O O O B-LOC I-LOC O'), ['San Tarno/LOC']);
  });

  it('reads ranks and clergy the name lists lack as titles, and titles alone as no name', () => {
    assert.deepStrictEqual(run('said Professor Velk of', 'O B-ORG I-ORG O'), ['Velk/PER']);
    assert.deepStrictEqual(run('the Reverend Joss Tarvell said', 'O B-PER I-PER I-PER O'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('Rabbi Tarvo Velk said', 'B-LOC I-LOC I-LOC O'), ['Tarvo Velk/PER']);
    assert.deepStrictEqual(run(', Treasurer Joss Tarvell said', 'O B-PER I-PER I-PER O'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('Speaker Joss Tarvell said', 'B-PER I-PER I-PER O'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('of Emperor Velkito', 'O B-LOC I-LOC'), ['Velkito/PER']);
    // "Brigadier General" is the rank of the person after it, not a person itself.
    assert.deepStrictEqual(run('Brigadier General Joss Tarvell said', 'B-ORG I-ORG B-PER I-PER O'), [
      'Joss Tarvell/PER',
    ]);
    // Any title the rules know, qualified or not, before a person's name.
    assert.deepStrictEqual(run('the Supreme Leader Ayatollah Tarvo Velk said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Tarvo Velk/PER',
    ]);
    assert.deepStrictEqual(run('Attorney General Tarvo Velk said', 'B-ORG I-ORG I-ORG I-ORG O'), ['Tarvo Velk/PER']);
    // An ordinary word after the title is no person's name.
    assert.deepStrictEqual(run('the Professor Trust', 'O B-ORG I-ORG'), ['Professor Trust/ORG']);
  });

  it("types a one-word name read as a person before a word for an award's holder and a name as the award", () => {
    assert.deepStrictEqual(run('Velk laureate Joss Harl spoke', 'B-PER O B-PER I-PER O'), [
      'Velk/MISC',
      'Joss Harl/PER',
    ]);
    assert.deepStrictEqual(run('Joss winner Ula Harl spoke', 'B-PER O B-PER I-PER O'), ['Joss/MISC', 'Ula Harl/PER']);
    // No name after it, two words, or no holder's word: as read.
    assert.deepStrictEqual(run('Velk laureates met', 'B-PER O O'), ['Velk/PER']);
    assert.deepStrictEqual(run('Joss Harl winner Ula spoke', 'B-PER I-PER O B-PER O'), ['Joss Harl/PER', 'Ula/PER']);
    assert.deepStrictEqual(run('Velk thanked Joss Harl', 'B-PER O B-PER I-PER'), ['Velk/PER', 'Joss Harl/PER']);
  });
});
