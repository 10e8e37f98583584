import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules reading names the knowledge base lends the model (rules-known.ts)', () => {
  it('makes a name of two or more words read as a person a place when the whole name is a listed place', () => {
    assert.deepStrictEqual(run('Fighting reached Port Velby on Monday .', 'O O B-PER I-PER O O O'), ['Port Velby/LOC']);
    assert.deepStrictEqual(run('She flew to La Tarna .', 'O O O B-PER I-PER O'), ['La Tarna/LOC']);
    // Places of the lexicon's lists too ("Tarnia and Velland" is a listed country).
    assert.deepStrictEqual(run('Ann met Tarnia and Velland .', 'B-PER O B-PER I-PER I-PER O'), [
      'Ann/PER',
      'Tarnia and Velland/LOC',
    ]);
    // A first word that is a given name or a title may make a person named like a town; one word says too little.
    assert.deepStrictEqual(run('Ula Tarna said so .', 'B-PER I-PER O O O'), ['Ula Tarna/PER']);
    // Unless the lexicon's own lists hold the whole name as a place (as "Abu Dhabi").
    assert.deepStrictEqual(run('testing in Joss Qerim .', 'O O B-PER I-PER O'), ['Joss Qerim/LOC']);
    assert.deepStrictEqual(run('Colonel Tarna said so .', 'B-PER I-PER O O O'), ['Tarna/PER']); // title cut, person kept
    assert.deepStrictEqual(run('Velby said so .', 'B-PER O O O'), ['Velby/PER']);
    // Only the whole name counts.
    assert.deepStrictEqual(run('La Tarna Harl said so .', 'B-PER I-PER I-PER O O O'), ['La Tarna Harl/PER']);
  });

  it("makes one word read as a person a place when it is a country's name stored in the model", () => {
    assert.deepStrictEqual(run('Velkistan and Tarnia signed', 'B-PER O B-LOC O'), ['Velkistan/LOC', 'Tarnia/LOC']);
    // Not a listed surname or given name ("brennick" is stored as a place too in this bench).
    assert.deepStrictEqual(run('Brennick said so .', 'B-PER O O O'), ['Brennick/PER']);
  });

  it("makes one word read as a person a place when it is a town's name stored in the model and the sentence places it", () => {
    // After a town's noun, with or without a comma; beside a place in a list; before the place it lies in.
    assert.deepStrictEqual(run('police in the capital , Velbuja , said', 'O O O O O B-PER O O'), ['Velbuja/LOC']);
    assert.deepStrictEqual(run('the capital Velbuja', 'O O B-PER'), ['Velbuja/LOC']);
    assert.deepStrictEqual(run('streets of Tarnby and Velbuja', 'O O B-LOC O B-PER'), ['Tarnby/LOC', 'Velbuja/LOC']);
    assert.deepStrictEqual(run('Orvanda and Tarnby are twins', 'B-PER O B-LOC O O'), ['Orvanda/LOC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('floods hit Velbuja , Velmark', 'O O B-PER O B-LOC'), ['Velbuja/LOC', 'Velmark/LOC']);
    // Alone, or after a title, the word may be a surname.
    assert.deepStrictEqual(run('Velbuja said so .', 'B-PER O O O'), ['Velbuja/PER']);
    assert.deepStrictEqual(run('Ms Velbuja and Ann Harl', 'O B-PER O B-PER I-PER'), ['Velbuja/PER', 'Ann Harl/PER']);
    // A place's noun before a longer name says nothing of the town.
    assert.deepStrictEqual(run('the capital , Velbuja Harl , said', 'O O O B-PER I-PER O O'), ['Velbuja Harl/PER']);
  });

  it("makes one word read as a body a place when it is a town's name stored in the model and the sentence places it", () => {
    assert.deepStrictEqual(run('in the capital , Velbuja , said', 'O O O O B-ORG O O'), ['Velbuja/LOC']);
    assert.deepStrictEqual(run('the capital Velbuja', 'O O B-ORG'), ['Velbuja/LOC']);
    assert.deepStrictEqual(run('flights from Tarnby and Velbuja', 'O O B-LOC O B-ORG'), ['Tarnby/LOC', 'Velbuja/LOC']);
    // Not among bodies, nor elsewhere, nor a longer body's name, nor a word that is no town.
    assert.deepStrictEqual(run('Velbuja said on Monday', 'B-ORG O O O'), ['Velbuja/ORG']);
    assert.deepStrictEqual(run('Velkom and Velbuja won', 'B-ORG O B-ORG O'), ['Velkom/ORG', 'Velbuja/ORG']);
    // Read as MISC, the town wherever it stands; not a longer name that opens with it.
    assert.deepStrictEqual(run('Velbuja council votes', 'B-MISC O O'), ['Velbuja/LOC']);
    assert.deepStrictEqual(run('the Velbuja Prize went', 'O B-MISC I-MISC O'), ['Velbuja Prize/MISC']);
    assert.deepStrictEqual(run("the capital 's Velbuja Council", 'O O O B-ORG I-ORG'), ['Velbuja Council/ORG']);
    assert.deepStrictEqual(run('the capital , Velkom , said', 'O O O B-ORG O O'), ['Velkom/ORG']);
  });

  it("tags an untagged word standing alone that is a country's name stored in the model", () => {
    assert.deepStrictEqual(run('TARNBY - Velkistan and Tarnia signed', 'B-LOC O O O B-LOC O'), [
      'TARNBY/LOC',
      'Velkistan/LOC',
      'Tarnia/LOC',
    ]);
    // Not inside a longer run of capitals, nor a listed surname.
    assert.deepStrictEqual(run('for Velkistan Trust said', 'O O O O'), []);
    assert.deepStrictEqual(run('he met Brennick today', 'O O O O'), []);
  });

  it("makes one word read as a body after a lower-case 'the' a place when it is a river's or a country's name stored in the model", () => {
    assert.deepStrictEqual(run('barges on the Velduna stopped', 'O O O B-ORG O'), ['Velduna/LOC']);
    assert.deepStrictEqual(run('ties with the Velkistan grew', 'O O O B-ORG O'), ['Velkistan/LOC']);
    // Not without the article, nor a longer name, nor a word not stored as a place.
    assert.deepStrictEqual(run('Velduna said so', 'B-ORG O O'), ['Velduna/ORG']);
    assert.deepStrictEqual(run('the Velduna Trust said', 'O B-ORG I-ORG O'), ['Velduna Trust/ORG']);
    assert.deepStrictEqual(run('the Tarnwick said', 'O B-ORG O'), ['Tarnwick/ORG']);
  });

  it("reads a well-known river's word as the place only with its article: alone it may be a surname", () => {
    assert.deepStrictEqual(run('floods along the Velduna grew', 'O O O B-PER O'), ['Velduna/LOC']);
    assert.deepStrictEqual(run('floods along the Velduna grew', 'O O O O O'), ['Velduna/LOC']);
    assert.deepStrictEqual(run('The Velduna rose', 'B-ORG I-ORG O'), ['The Velduna/LOC']);
    assert.deepStrictEqual(run('The Velduna rose', 'O B-ORG O'), ['Velduna/LOC']);
    assert.deepStrictEqual(run('Velduna said so .', 'B-PER O O O'), ['Velduna/PER']);
    assert.deepStrictEqual(run('he met Velduna today', 'O O O O'), []);
    assert.deepStrictEqual(run('gunfire in the nearby Velduna mountains', 'O O O O O O'), ['Velduna/LOC']);
    // A country's one word is its name with or without the article.
    assert.deepStrictEqual(run('the Velkistan said', 'O B-PER O'), ['Velkistan/LOC']);
  });

  it('tags an untagged run of capitalised words whose whole is a listed body, names found inside it included', () => {
    assert.deepStrictEqual(run('the far-right Alternative for Velland said', 'O O O O B-LOC O'), [
      'Alternative for Velland/ORG',
    ]);
    assert.deepStrictEqual(run('shares in Velmora Dynamics rose', 'O O O O O'), ['Velmora Dynamics/ORG']);
    // Also opening the sentence, or after "The"; with two joining words ("Friends of the Earth").
    assert.deepStrictEqual(run('Velmora Dynamics rose', 'O O O'), ['Velmora Dynamics/ORG']);
    assert.deepStrictEqual(run('The Velmora Dynamics board met', 'O O O O O'), ['Velmora Dynamics/ORG']);
    assert.deepStrictEqual(run('Guardians of the Wold said', 'O O O B-LOC O'), ['Guardians of the Wold/ORG']);
    // A compound adjective before it opens no run of capitals ("the Dubai-based DP World").
    assert.deepStrictEqual(run('the Tarnby-based Velmora Dynamics rose', 'O O O O O'), ['Velmora Dynamics/ORG']);
    // A listed name inside a longer run (a firm by its ending, rules-firms.ts), or after another
    // capitalised word: not tagged alone.
    assert.deepStrictEqual(run('talks with Velmora Dynamics Holdings ended', 'O O O O O O'), [
      'Velmora Dynamics Holdings/ORG',
    ]);
    assert.deepStrictEqual(run('Old Velmora Dynamics rose', 'O O O O'), []);
    // But an everyday plural opening the sentence is no part of a run ("Rivals Velk Platinum and ...").
    assert.deepStrictEqual(run('Rivals Velmora Dynamics and Tarnco said', 'O O O O B-ORG O'), [
      'Velmora Dynamics/ORG',
      'Tarnco/ORG',
    ]);
    assert.deepStrictEqual(run('The Velmora Dynamics rose', 'B-ORG I-ORG I-ORG O'), ['The Velmora Dynamics/ORG']);
  });

  it('ends a run that is not listed whole at its "and" when the part before it is a listed body', () => {
    assert.deepStrictEqual(run('Velmora Dynamics and Tarnco criticised it', 'O O O B-ORG O O'), [
      'Velmora Dynamics/ORG',
      'Tarnco/ORG',
    ]);
    assert.deepStrictEqual(run('talks with Velmora Dynamics and Harl Group ended', 'O O O O O B-ORG I-ORG O'), [
      'Velmora Dynamics/ORG',
      'Harl Group/ORG',
    ]);
    // Not when the part before "and" is not listed.
    assert.deepStrictEqual(run('Keepers Dynamics and Tarnco said', 'O O O B-ORG O'), ['Tarnco/ORG']);
  });

  it("reads a listed body's name followed by a country's as the body's national branch", () => {
    assert.deepStrictEqual(run('Guardians of the Wold Vellandia said', 'O O O B-LOC I-LOC O'), [
      'Guardians of the Wold Vellandia/ORG',
    ]);
    assert.deepStrictEqual(run('Velmora Dynamics Vellandia rose', 'O O B-LOC O'), ['Velmora Dynamics Vellandia/ORG']);
    // A town is no branch; nor is a country after a name that is not listed.
    assert.deepStrictEqual(run('Guardians of the Wold Tarnby said', 'O O O B-LOC I-LOC O'), ['Wold Tarnby/LOC']);
    assert.deepStrictEqual(run('Keepers of the Wold Vellandia said', 'O O O B-LOC I-LOC O'), ['Wold Vellandia/LOC']);
  });

  it('tags an untagged listed word alone as the body, also opening a sentence, and a long acronym outside a line in capitals', () => {
    assert.deepStrictEqual(run('shares in Harlow-Velkin rose', 'O O O O'), ['Harlow-Velkin/ORG']);
    assert.deepStrictEqual(run('Harlow-Velkin cut jobs', 'O O O'), ['Harlow-Velkin/ORG']);
    assert.deepStrictEqual(run('Harlow-Velkin and Tarnco cut jobs', 'O O B-ORG O O'), [
      'Harlow-Velkin/ORG',
      'Tarnco/ORG',
    ]);
    // Not inside a longer name: here an event's, which the events' rule reads whole.
    assert.deepStrictEqual(run('the Harlow-Velkin Cup', 'O O O'), ['Harlow-Velkin Cup/MISC']);
    // An acronym of four capitals or more is written so too, outside a line all in capitals.
    assert.deepStrictEqual(run('the best in VCAA history', 'O O O O O'), ['VCAA/ORG']);
    assert.deepStrictEqual(run('BEST IN VCAA HISTORY', 'O O O O'), []);
    // Three capitals may be an everyday word or a ticker ("SOS").
    assert.deepStrictEqual(run('sent a TVA signal', 'O O O O'), []);
    // Any listed word with lower-case letters, where the tagger left it out.
    assert.deepStrictEqual(run('Qorvane cut jobs', 'O O O'), ['Qorvane/ORG']);
    assert.deepStrictEqual(run('shares in Qorvane rose', 'O O O O'), ['Qorvane/ORG']);
    // A digit, too, is the writer's spelling ("TF1", "MI5").
    assert.deepStrictEqual(run('VK7 declined to comment', 'O O O O'), ['VK7/ORG']);
    // Not one in a line written all in capitals, nor one before another capital, nor a word not listed.
    assert.deepStrictEqual(run('QORVANE CUT JOBS', 'O O O'), []);
    assert.deepStrictEqual(run('VK7 CUT JOBS', 'O O O'), []);
    assert.deepStrictEqual(run('the Qorvane Velk', 'O O O'), []);
    assert.deepStrictEqual(run('talks with Harlow-Tarn ended', 'O O O O'), []);
  });

  it('takes an untagged capitalised word before a name into it when together they open a listed place or body', () => {
    assert.deepStrictEqual(run('the Port Velby Tarns won', 'O O B-ORG I-ORG O'), ['Port Velby Tarns/ORG']);
    assert.deepStrictEqual(run('shares in Velmora Dynamics rose', 'O O O B-ORG O'), ['Velmora Dynamics/ORG']);
    // A person's name that is then a listed place, whole, is that place.
    assert.deepStrictEqual(run('she reached Port Velby', 'O O O B-PER'), ['Port Velby/LOC']);
    // Also a word before "of" ("Port of Spain").
    assert.deepStrictEqual(run('ferries to the Isle of Qelmo sailed', 'O O O O O B-LOC O'), ['Isle of Qelmo/LOC']);
    assert.deepStrictEqual(run('ferries to the Port of Qelmo sailed', 'O O O O O B-LOC O'), ['Qelmo/LOC']);
    // No listed name made, or a word that is tagged or lower-case: as read.
    assert.deepStrictEqual(run('Old Velby Tarns won', 'O B-ORG I-ORG O'), ['Velby Tarns/ORG']);
    assert.deepStrictEqual(run('from port Velby', 'O O B-LOC'), ['Velby/LOC']);
  });

  it('takes in a capitalised word left out before a name when the two are a listed body', () => {
    assert.deepStrictEqual(run('SC Velby won', 'O B-LOC O'), ['SC Velby/ORG']);
    // Not a word that makes no listed body with the name, not "The", not a word inside another name.
    assert.deepStrictEqual(run('Real Brastow Athletico won', 'O B-LOC I-LOC O'), ['Brastow Athletico/ORG']);
    assert.deepStrictEqual(run('the Velby won', 'O B-LOC O'), ['Velby/LOC']);
    assert.deepStrictEqual(run('Joss SC Velby won', 'B-PER I-PER B-LOC O'), ['Joss SC/PER', 'Velby/LOC']);
  });

  it('runs a name on into the untagged capitalised words after it that with it make a listed body', () => {
    assert.deepStrictEqual(run('fined Velmora Dynamics 5 million', 'O B-PER O O O'), ['Velmora Dynamics/ORG']);
    // Words that make no listed body with it, or a name of its own after it: as read.
    assert.deepStrictEqual(run('fined Velmora Tarns today', 'O B-ORG O O'), ['Velmora/ORG']);
    assert.deepStrictEqual(run('told Velmora Dynamics', 'O B-PER B-LOC'), ['Velmora/PER', 'Dynamics/LOC']);
    // A nationality read alone opens a listed body's name ("Tarnian Airways"); a longer MISC name does not.
    assert.deepStrictEqual(run('Tarnian Airways flew', 'B-MISC O O'), ['Tarnian Airways/ORG']);
    assert.deepStrictEqual(run('Tarnian Velk Airways flew', 'B-MISC I-MISC O O'), ['Tarnian Velk/MISC']);
    assert.deepStrictEqual(run('Tarnian Harbours flew', 'B-MISC O O'), ['Tarnian/MISC']);
    // A number may run it on too ("France 24"), when the whole is listed.
    assert.deepStrictEqual(run('Velk 24 reported it', 'B-LOC O O O'), ['Velk 24/ORG']);
    assert.deepStrictEqual(run('Velk 25 reported it', 'B-LOC O O O'), ['Velk/LOC']);
  });

  it('tags a nationality or people the tagger left untagged, standing apart from other names', () => {
    assert.deepStrictEqual(run('Korean climber Joss Harl won', 'O O B-PER I-PER O'), ['Korean/MISC', 'Joss Harl/PER']);
    assert.deepStrictEqual(run('the spirit was typically Kiwi .', 'O O O O O O'), ['Kiwi/MISC']);
    assert.deepStrictEqual(run('The Maori groups met', 'O O O O'), ['Maori/MISC']);
    // Peoples and states of history too ("Roman coins", "the Soviet army").
    assert.deepStrictEqual(run('the Soviet army left', 'O O O O'), ['Soviet/MISC']);
    // Not inside a longer name, nor a word on no list.
    assert.deepStrictEqual(run('shares in Korean Velk fell', 'O O O O O'), []);
    assert.deepStrictEqual(run('Tarnian climber Joss Harl won', 'O O B-PER I-PER O'), ['Joss Harl/PER']);
  });
});
