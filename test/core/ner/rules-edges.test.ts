import * as assert from 'assert';
import { run } from './ruleBench';

describe("rules on a name's edges", () => {
  it('joins a capitalised compass word the model left out to a nationality', () => {
    assert.deepStrictEqual(run('South Korean officials', 'O B-MISC O'), ['South Korean/MISC']);
    assert.deepStrictEqual(run('the south Korean', 'O O B-MISC'), ['Korean/MISC']);
  });

  it("joins the word that names a city's whole area to the city", () => {
    assert.deepStrictEqual(run('floods in Greater Tarnby today', 'O O O B-LOC O'), ['Greater Tarnby/LOC']);
    assert.deepStrictEqual(run('in Metro Velby , Harl and Qorma', 'O B-LOC B-LOC O B-LOC O B-PER'), [
      'Metro Velby/LOC',
      'Harl/LOC',
      'Qorma/LOC',
    ]);
    // Not another word, a word set apart by punctuation, or a word that is part of a body's name.
    assert.deepStrictEqual(run('Bigger Tarnby', 'O B-LOC'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Metro , Tarnby', 'O B-ORG O B-LOC'), ['Metro/ORG', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('Greater Velby Bank in Tarnby', 'B-ORG I-ORG I-ORG O B-LOC'), [
      'Greater Velby Bank/ORG',
      'Tarnby/LOC',
    ]);
  });

  it('takes initials right before a person name into it', () => {
    assert.deepStrictEqual(run('by writer L. Joss Tarvell today', 'O O O B-PER I-PER O'), ['L. Joss Tarvell/PER']);
    assert.deepStrictEqual(run('J. R. Tarvell wrote', 'O O B-PER O'), ['J. R. Tarvell/PER']);
    // Not a place's, and not over a name before it.
    assert.deepStrictEqual(run('in N. Tarnby today', 'O O B-LOC O'), ['Tarnby/LOC']);
  });

  it("joins a person's name over surname particles and the capitalised word after them", () => {
    assert.deepStrictEqual(run('Ann von der Tarvell said', 'B-PER O O B-PER O'), ['Ann von der Tarvell/PER']);
    assert.deepStrictEqual(run('Joss ten Harl said', 'B-PER O O O'), ['Joss ten Harl/PER']);
    // Spanish "de los", and particles the tagger took into the name before stopping.
    assert.deepStrictEqual(run('Ula de los Tarvell said', 'B-PER O O B-ORG O'), ['Ula de los Tarvell/PER']);
    assert.deepStrictEqual(run('Joss de Velk-Harlo said', 'B-PER I-PER O O'), ['Joss de Velk-Harlo/PER']);
    // Not "y" (Spanish "and"), not three particles, not a lower-case word after them.
    assert.deepStrictEqual(run('Ann y Tarvell', 'B-PER O B-PER'), ['Ann/PER', 'Tarvell/PER']);
    assert.deepStrictEqual(run('Joss ten more', 'B-PER O O'), ['Joss/PER']);
    // Swedish "af"; a listed given name before the particles, whatever the tagger read it as.
    assert.deepStrictEqual(run('Joss af Velkhorn said', 'B-ORG O B-PER O'), ['Joss af Velkhorn/PER']);
    // A surname written without the given name opens with its particles.
    assert.deepStrictEqual(run('it was cut , van der Tarvell said', 'O O O O O O B-PER O'), ['van der Tarvell/PER']);
    // Not before a given name or a full name: a preposition of another language.
    assert.deepStrictEqual(run('la foto di Joss', 'O O O B-PER'), ['Joss/PER']);
    // A surname that is a place's or body's word stays a person's.
    assert.deepStrictEqual(run('he had been du Motel , she said', 'O O O O B-PER O O O'), ['du Motel/PER']);
    assert.deepStrictEqual(run('el libro de Ann Tarvell', 'O O O B-PER I-PER'), ['Ann Tarvell/PER']);
    assert.deepStrictEqual(run('Qorvel van Velkhorn said', 'B-ORG O B-PER O'), ['Qorvel/ORG', 'Velkhorn/PER']);
  });

  it('drops a leading lower-case compound from a name, and the punctuation it leaves', () => {
    assert.deepStrictEqual(run('the now-defunct Velby League said', 'O B-ORG I-ORG I-ORG O'), ['Velby League/ORG']);
    assert.deepStrictEqual(run('the 53-member Velby Union met', 'O B-ORG I-ORG I-ORG O'), ['Velby Union/ORG']);
    assert.deepStrictEqual(run('the mid-1990s , Tarnby won', 'O B-ORG I-ORG I-ORG O'), ['Tarnby/ORG']);
    // A compound with a capitalised part is a name's own ("al-Velka", "sub-Tarnian").
    assert.deepStrictEqual(run('fighters of al-Velka Brigades', 'O O B-ORG I-ORG'), ['al-Velka Brigades/ORG']);
    assert.deepStrictEqual(run('in sub-Tarnian Velland', 'O B-LOC I-LOC'), ['sub-Tarnian Velland/LOC']);
  });

  it('drops a leading lower-case article, "of" or direction from a name', () => {
    assert.deepStrictEqual(run('in southern Tarnia today', 'O B-LOC I-LOC O'), ['Tarnia/LOC']);
    assert.deepStrictEqual(run('in the Velland', 'O B-LOC I-LOC'), ['Velland/LOC']);
    assert.deepStrictEqual(run('90 percent of Velland exports', 'O O B-LOC I-LOC O'), ['Velland/LOC']);
  });

  it('drops the possessive of the name before it from the start of a name', () => {
    assert.deepStrictEqual(run("Qormia 's Supreme Court ruled", 'B-LOC B-ORG I-ORG I-ORG O'), [
      'Qormia/LOC',
      'Supreme Court/ORG',
    ]);
  });

  it("takes ordinary words and figures out of a person's name", () => {
    assert.deepStrictEqual(run('Harl Voss people Joss Tarvell', 'B-PER I-PER I-PER I-PER I-PER'), [
      'Harl Voss/PER',
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('scorers : Velkov 12 , Harl 9', 'O O B-PER I-PER O B-PER I-PER'), [
      'Velkov/PER',
      'Harl/PER',
    ]);
    // Links and particles stay.
    assert.deepStrictEqual(run('Joan of Tarnby said', 'B-PER I-PER I-PER O'), ['Joan of Tarnby/PER']);
  });

  it('reads a compass adjective alone before a lower-case word as MISC, not a person or body', () => {
    assert.deepStrictEqual(run('Western diplomats said', 'B-PER O O'), ['Western/MISC']);
    assert.deepStrictEqual(run('Eastern and Velkan media', 'B-ORG O B-MISC O'), ['Eastern/MISC', 'Velkan/MISC']);
    // Not a name that goes on, nor one before a capitalised word ("Southern Velkom", then one name).
    assert.deepStrictEqual(run('the Western Cape', 'O B-LOC I-LOC'), ['Western Cape/LOC']);
    assert.deepStrictEqual(run('Southern Velkom said', 'B-ORG B-ORG O'), ['Southern Velkom/ORG']);
  });

  it('reads a compass word and a nationality before a lower-case word as MISC', () => {
    assert.deepStrictEqual(run('said East Korean port volumes fell', 'O B-LOC I-LOC O O O'), ['East Korean/MISC']);
    assert.deepStrictEqual(run('a Middle Eastern investor', 'O B-ORG I-ORG O'), ['Middle Eastern/MISC']);
    // Not a body named so, nor a region's name.
    assert.deepStrictEqual(run('the East Korean Council met', 'O B-ORG I-ORG I-ORG O'), ['East Korean Council/ORG']);
    assert.deepStrictEqual(run('flew to East Tarnia today', 'O O B-LOC I-LOC O'), ['East Tarnia/LOC']);
  });

  it('takes in a capitalised word the tagger left out before a body, inside a sentence', () => {
    assert.deepStrictEqual(run('a nearby Harrow Velk Mart was open', 'O O O B-ORG I-ORG O O'), [
      'Harrow Velk Mart/ORG',
    ]);
    assert.deepStrictEqual(run('leaders of the All Tarnian Congress met', 'O O O O B-ORG I-ORG O'), [
      'All Tarnian Congress/ORG',
    ]);
    // Not opening the sentence or after another capital, nor a determiner, title, month or nationality.
    assert.deepStrictEqual(run('Harrow Velk Mart was open', 'O B-ORG I-ORG O O'), ['Velk Mart/ORG']);
    assert.deepStrictEqual(run('a visit to Your Velk Mart', 'O O O O B-ORG I-ORG'), ['Velk Mart/ORG']);
    assert.deepStrictEqual(run('the Colonel Velk Mart said', 'O O B-ORG I-ORG O'), ['Velk Mart/ORG']);
    assert.deepStrictEqual(run('in June Velkom grew', 'O O B-ORG O'), ['Velkom/ORG']);
    assert.deepStrictEqual(run('a Korean Velkom unit', 'O O B-ORG O'), ['Velkom/ORG']);
    // Nor before a person or a place.
    assert.deepStrictEqual(run('a nearby Harrow Velby said', 'O O O B-LOC O'), ['Velby/LOC']);
  });
});
