import * as assert from 'assert';
import { run } from './ruleBench';

describe("rules on the words written with an area's name", () => {
  it('types a name right before a lower-case word for an area as that area', () => {
    assert.deepStrictEqual(run('in the oil-rich Velk region .', 'O O O B-ORG O O'), ['Velk/LOC']);
    assert.deepStrictEqual(run('in Ula Harl province today', 'O B-PER I-PER O O'), ['Ula Harl/LOC']);
    // So too a land's features: a rainforest, a river basin, a coast.
    assert.deepStrictEqual(run('mining in the Velkazon rainforest', 'O O O B-ORG O'), ['Velkazon/LOC']);
    // And an island, written after its name as news from its country has it.
    assert.deepStrictEqual(run('villages on Floreva island fled', 'O O B-PER O O'), ['Floreva/LOC']);
    assert.deepStrictEqual(run("off Tarnia 's Velk coast", 'O B-LOC O B-ORG O'), ['Tarnia/LOC', 'Velk/LOC']);
    assert.deepStrictEqual(run('the Velkazon warehouse', 'O B-ORG O'), ['Velkazon/ORG']);
    // A town's parts.
    assert.deepStrictEqual(run('residents of the Velk Mar neighbourhood', 'O O O B-ORG I-ORG O'), ['Velk Mar/LOC']);
    // And a border post: a crossing, a checkpoint.
    assert.deepStrictEqual(run('at the Tel Qorma crossing', 'O O B-PER I-PER O'), ['Tel Qorma/LOC']);
    // A name with "of": as read; one ending in a nationality or a lower-case compound is that
    // adjective (MISC), not the area.
    assert.deepStrictEqual(run('the Bank of Velk region', 'O B-ORG I-ORG I-ORG O'), ['Bank of Velk/ORG']);
    assert.deepStrictEqual(run('the Velk Korean region', 'O B-ORG I-ORG O'), ['Velk Korean/MISC']);
    assert.deepStrictEqual(run('in mainly Velk Korean regions', 'O O B-PER I-PER O'), ['Velk Korean/MISC']);
    assert.deepStrictEqual(run('a Velk-run district', 'O B-ORG O'), ['Velk-run/MISC']);
    assert.deepStrictEqual(run('the Velk regional office', 'O B-ORG O O'), ['Velk/ORG']);
  });

  it('types a name after "the" or a possessive, before one lower-case word and an area\'s noun, as that area', () => {
    assert.deepStrictEqual(run('in the Qarvel mining district .', 'O O B-ORG O O O'), ['Qarvel/LOC']);
    assert.deepStrictEqual(run("in Tarnby 's Yavu tech district", 'O B-LOC O B-ORG O O'), ['Tarnby/LOC', 'Yavu/LOC']);
    // Not after another word, nor a body's name, nor before a word that makes no compound with the noun.
    assert.deepStrictEqual(run('Qarvel mining district', 'B-ORG O O'), ['Qarvel/ORG']);
    assert.deepStrictEqual(run('the Velk Council mining district', 'O B-ORG I-ORG O O'), ['Velk Council/ORG']);
    assert.deepStrictEqual(run('the Qarvel Group whose district', 'O B-ORG I-ORG O O'), ['Qarvel Group/ORG']);
    assert.deepStrictEqual(run('the Qarvel whose district', 'O B-ORG O O'), ['Qarvel/ORG']);
  });

  it('tags capitalised words the tagger left out before the noun of an administrative area', () => {
    // After a possessive, which the tagger reads as the end of a name.
    assert.deepStrictEqual(run("in southwest Velland 's Tarnbu province .", 'O O B-LOC O O O O'), [
      'Velland/LOC',
      'Tarnbu/LOC',
    ]);
    assert.deepStrictEqual(run('police in the Qorm Harl district said', 'O O O O O O O'), ['Qorm Harl/LOC']);
    assert.deepStrictEqual(run('The Velkor prefecture said', 'O O O O'), ['Velkor/LOC']);
    // An electoral constituency and a Swiss canton are areas too.
    assert.deepStrictEqual(run('he represents Velkor constituency', 'O O O O'), ['Velkor/LOC']);
    assert.deepStrictEqual(run('voters in Velkor canton', 'O O O O'), ['Velkor/LOC']);
    // A sentence's everyday first word is no part of the name.
    assert.deepStrictEqual(run('Declaring Velkor district a zone', 'O O O O O'), ['Velkor/LOC']);
  });

  it("leaves everyday words, peoples' adjectives, months, compounds and longer runs before an area noun", () => {
    assert.deepStrictEqual(run('Each district sent two', 'O O O O'), []);
    assert.deepStrictEqual(run('the Border county council', 'O O O O'), []);
    // A people's adjective is the nationality it is, not the area (`tagListedNamesAlone`).
    assert.deepStrictEqual(run('the Korean province', 'O O O'), ['Korean/MISC']);
    assert.deepStrictEqual(run('by June district officials', 'O O O O'), []);
    assert.deepStrictEqual(run('a Velk-held district', 'O O O'), []);
    assert.deepStrictEqual(run('the Ula Harl Qorm Velk district', 'O O O O O O'), []);
    // Not after a name the tagger read: that name's rules decide.
    assert.deepStrictEqual(run('the Tarnia Velkor district', 'O B-ORG O O'), ['Tarnia/ORG']);
    // Nor before a region or a coast, which follow adjectives as often as names.
    assert.deepStrictEqual(run('the Velkian region', 'O O O'), []);
  });

  it('types a name read as a body that ends in a word for an area as the area', () => {
    assert.deepStrictEqual(run('Velk County officials said', 'B-ORG I-ORG O O'), ['Velk County/LOC']);
    assert.deepStrictEqual(run('in Harl Parish', 'O B-ORG I-ORG'), ['Harl Parish/LOC']);
    // Not with a body's head word before the ending, a listed body, or in a sentence about sport.
    assert.deepStrictEqual(run('the Velk Council County said', 'O B-ORG I-ORG I-ORG O'), ['Velk Council County/ORG']);
    assert.deepStrictEqual(run('Velk County won the match', 'B-ORG I-ORG O O O'), ['Velk County/ORG']);
  });

  it('types a name read as a person before "commune" as the commune', () => {
    assert.deepStrictEqual(run('In Velk Dangra commune , voters', 'O B-PER I-PER O O O'), ['Velk Dangra/LOC']);
  });

  it('types a name read as a person that opens with a word for a place as a place', () => {
    assert.deepStrictEqual(run('planned in County Ula next year', 'O O B-PER I-PER O O'), ['County Ula/LOC']);
    assert.deepStrictEqual(run('the ferry to Port Joss left', 'O O O B-PER I-PER O'), ['Port Joss/LOC']);
    // Not such a word alone, nor a name read as a body.
    assert.deepStrictEqual(run('Mount said so', 'B-PER O O'), ['Mount/PER']);
    assert.deepStrictEqual(run('Port Velby drew', 'B-ORG I-ORG O'), ['Port Velby/ORG']);
  });

  it('reads "Co" after a comma or a preposition and before a name as "County", and the name as the county', () => {
    assert.deepStrictEqual(run('of Tarnby , Co Velk , was', 'O B-LOC O B-ORG I-ORG O O'), [
      'Tarnby/LOC',
      'Co Velk/LOC',
    ]);
    assert.deepStrictEqual(run('a man from Co. Ula was hurt', 'O O O O B-PER O O'), ['Co. Ula/LOC']);
    // Not a firm's ending, nor before a body's head word.
    assert.deepStrictEqual(run('Velk Harl & Co said', 'B-ORG I-ORG I-ORG I-ORG O'), ['Velk Harl & Co/ORG']);
    assert.deepStrictEqual(run('in Co Velk Council', 'O B-ORG I-ORG I-ORG'), ['Co Velk Council/ORG']);
  });

  it('makes a name read as a body a place when a word for a country\'s part opens it before "of"', () => {
    assert.deepStrictEqual(run('partners in the Canton of Qelmo said', 'O O O B-ORG I-ORG I-ORG O'), [
      'Canton of Qelmo/LOC',
    ]);
    assert.deepStrictEqual(run('the Emirate of Velk Harl said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Emirate of Velk Harl/LOC',
    ]);
    // Not a body's head after the place, nor another opening word.
    assert.deepStrictEqual(run('the Province of Qelmo Council said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Province of Qelmo Council/ORG',
    ]);
    assert.deepStrictEqual(run('the Bank of Qelmo said', 'O B-ORG I-ORG I-ORG O'), ['Bank of Qelmo/ORG']);
  });

  it('makes every name of a list before the plural noun of administrative areas a place', () => {
    assert.deepStrictEqual(
      run('placed Qelmo , Velby , Arsk and Tarnby counties on alert', 'O B-LOC O B-PER O B-PER O B-LOC O O O'),
      ['Qelmo/LOC', 'Velby/LOC', 'Arsk/LOC', 'Tarnby/LOC'],
    );
    assert.deepStrictEqual(run('in Velby and Arsk provinces', 'O B-PER O B-ORG O'), ['Velby/LOC', 'Arsk/LOC']);
    // Other kinds of place: rivers, lakes.
    assert.deepStrictEqual(run('the Juba and Arsk rivers are rising', 'O B-LOC O B-PER O O O'), [
      'Juba/LOC',
      'Arsk/LOC',
    ]);
    assert.deepStrictEqual(run('the Velby , Qorm or Arsk lakes', 'O B-ORG O B-PER O B-PER O'), [
      'Velby/LOC',
      'Qorm/LOC',
      'Arsk/LOC',
    ]);
    // Not when a name of the list has "of" in it, nor one name alone, which is no list.
    assert.deepStrictEqual(run('the Bank of Qelmo and Velby districts', 'O B-ORG I-ORG I-ORG O B-PER O'), [
      'Bank of Qelmo/ORG',
      'Velby/LOC',
    ]);
    assert.deepStrictEqual(run('Ann met Velby counties', 'B-PER O B-PER O'), ['Ann/PER', 'Velby/PER']);
  });
});
