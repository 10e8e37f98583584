import * as assert from 'assert';
import { run } from './ruleBench';

describe('holidays named with "Day" (rules-holidays.ts)', () => {
  it('reads the capitalised words before "Day", and "Day", as one holiday (MISC)', () => {
    assert.deepStrictEqual(run('closed on Monday for Velkan Day .', 'O O B-MISC O O O O'), ['Velkan Day/MISC']);
    assert.deepStrictEqual(run('Armistice Day is a holiday', 'O O O O O'), ['Armistice Day/MISC']);
    assert.deepStrictEqual(run('the long Tarnfa Day weekend', 'O O B-ORG O O'), ['Tarnfa Day/MISC']);
    assert.deepStrictEqual(run("on Founders ' Day", 'O O O O'), []);
    assert.deepStrictEqual(run("on Mother 's Day", 'O O O O'), ["Mother 's Day/MISC"]);
  });

  it("keeps a place or an acronym opening it apart, as the holiday's country", () => {
    assert.deepStrictEqual(run('the V.K. Tarnfa Day holiday', 'O B-ORG I-ORG O O'), ['V.K./LOC', 'Tarnfa Day/MISC']);
    assert.deepStrictEqual(run('the Tarnby Tarnfa Day holiday', 'O B-LOC O O O'), ['Tarnby/LOC', 'Tarnfa Day/MISC']);
  });

  it("leaves a person's name with Day in it alone", () => {
    assert.deepStrictEqual(run('Joss Day sang', 'B-PER I-PER O'), ['Joss Day/PER']);
    assert.deepStrictEqual(run('Ula Day sang', 'O O O'), []);
    assert.deepStrictEqual(run('Judge Velka Day Brask said', 'O O O O O'), []);
  });

  it("tags an event the tagger left out by its event's word", () => {
    assert.deepStrictEqual(run("next month 's Velk Cup qualifiers", 'O O O O O O'), ['Velk Cup/MISC']);
    assert.deepStrictEqual(run('They won the Tarnby Harl Cup .', 'O O O O O O O'), ['Tarnby Harl Cup/MISC']);
    assert.deepStrictEqual(run('after the Velk War ended', 'O O O O O'), ['Velk War/MISC']);
  });

  it("leaves a sentence's first words, a longer name, a person's name and a headline's capitals", () => {
    assert.deepStrictEqual(run('Velk Cup qualifiers begin', 'O O O O'), []);
    assert.deepStrictEqual(run('the Velk Cup of Tarn', 'O O O O O'), []);
    assert.deepStrictEqual(run('won the Joss Cup', 'O O O O'), []);
    assert.deepStrictEqual(run('won the VELK CUP', 'O O O O'), []);
  });

  it("joins a body's or place's name to an event's word the tagger typed alone", () => {
    assert.deepStrictEqual(run('won at the Qelmo Film Cup today', 'O O O B-ORG I-ORG B-MISC O'), [
      'Qelmo Film Cup/MISC',
    ]);
    assert.deepStrictEqual(run('won the Tarnby Cup today', 'O O B-LOC B-MISC O'), ['Tarnby Cup/MISC']);
    // Not a person's name, nor a word that names no event.
    assert.deepStrictEqual(run('won the Qelmo Cup today', 'O O B-PER B-MISC O'), ['Qelmo/PER', 'Cup/MISC']);
    assert.deepStrictEqual(run('the Tarnby Velish team', 'O B-LOC B-MISC O'), ['Tarnby/LOC', 'Velish/MISC']);
  });

  it('reads a name right before "festival", "programme", "scheme", "pact" or "class" as what it names', () => {
    assert.deepStrictEqual(run('at the Tarno Sound festival in', 'O O B-ORG I-ORG O O'), ['Tarno Sound/MISC']);
    assert.deepStrictEqual(run('will expand the VRS programme', 'O O O B-ORG O'), ['VRS/MISC']);
    assert.deepStrictEqual(run('ships of the Harl class', 'O O O B-PER O'), ['Harl/MISC']);
    // Not a listed body's, a place's or a nationality's, nor a name apart from the noun.
    assert.deepStrictEqual(run('the Velkom programme ended', 'O B-ORG O O'), ['Velkom/ORG']);
    assert.deepStrictEqual(run('the Tarnby festival opened', 'O B-ORG O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Velk Sound , festival', 'O B-ORG I-ORG O O'), ['Velk Sound/ORG']);
  });

  it('types a festival\'s name, or two joined by "and", as an event (MISC)', () => {
    assert.deepStrictEqual(run('Tarnby prepares for Eid crowds', 'B-LOC O O B-PER O'), ['Tarnby/LOC', 'Eid/MISC']);
    assert.deepStrictEqual(run('During Eid al-Adha , families', 'O B-LOC I-LOC O O'), ['Eid al-Adha/MISC']);
    assert.deepStrictEqual(run('before Diwali and Ramadan', 'O B-ORG I-ORG I-ORG'), ['Diwali/MISC', 'Ramadan/MISC']);
    // A longer name holding one, or a festival joined with another name, is left as read.
    assert.deepStrictEqual(run('Easter Island said', 'B-LOC I-LOC O'), ['Easter Island/LOC']);
    assert.deepStrictEqual(run('Diwali and Qorm said', 'B-ORG I-ORG I-ORG O'), ['Diwali and Qorm/ORG']);
  });
});
