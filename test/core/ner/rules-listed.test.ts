import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules typing names by the name lists', () => {
  it('joins two places whose whole, with "and", is a listed place', () => {
    assert.deepStrictEqual(run('in Tarnia and Velland today', 'O B-LOC O B-LOC O'), ['Tarnia and Velland/LOC']);
    assert.deepStrictEqual(run('in Tarnia and Harl today', 'O B-LOC O B-LOC O'), ['Tarnia/LOC', 'Harl/LOC']);
    // With "the" after "and", and island states the lists leave out, whatever the lists at hand.
    assert.deepStrictEqual(run('in St Vincent and the Grenadines today', 'O B-PER I-PER O O B-ORG O'), [
      'St Vincent and the Grenadines/LOC',
    ]);
    assert.deepStrictEqual(run('in Tarnia and the Harl today', 'O B-LOC O O B-LOC O'), ['Tarnia/LOC', 'Harl/LOC']);
  });

  it('types a listed country as a place, also when it stands for a team or government, and a region read as a person', () => {
    assert.deepStrictEqual(run('Vellandia beat San Tarno 2-1', 'B-ORG O B-ORG I-ORG O'), [
      'Vellandia/LOC',
      'San Tarno/LOC',
    ]);
    assert.deepStrictEqual(run('Vellandia 2 Harl 1', 'B-LOC O B-LOC O'), ['Vellandia/LOC', 'Harl/ORG']);
    // A person whose name is also a listed given name or surname stays a person.
    assert.deepStrictEqual(run('Harlow said', 'B-PER O'), ['Harlow/PER']);
    assert.deepStrictEqual(run('Vellandia said', 'B-PER O'), ['Vellandia/LOC']);
    // A listed region read as a person is the region; read as a body (a province's side), as read.
    assert.deepStrictEqual(run('Velmark board cancels exam', 'B-PER O O O'), ['Velmark/LOC']);
    assert.deepStrictEqual(run('Velmark beat Harl', 'B-ORG O B-ORG'), ['Velmark/ORG', 'Harl/ORG']);
    // Countries' initials that news writes more than the lists do.
    assert.deepStrictEqual(run('troops in the DRC and the UAE', 'O O O B-ORG O O B-ORG'), ['DRC/LOC', 'UAE/LOC']);
    // Countries' newer names, as agencies write them.
    assert.deepStrictEqual(run('Türkiye said', 'B-ORG O'), ['Türkiye/LOC']);
    assert.deepStrictEqual(run('in Viet Nam and Eswatini', 'O B-PER I-PER O B-ORG'), ['Viet Nam/LOC', 'Eswatini/LOC']);
  });

  it('types a listed sea, strait or range read as a body as the place', () => {
    assert.deepStrictEqual(run('ships crossed the Velby Channel', 'O O O B-ORG I-ORG'), ['Velby Channel/LOC']);
    // Not one the lists do not hold as a place: a channel on television.
    assert.deepStrictEqual(run('ships crossed the Tarnby Channel', 'O O O B-ORG I-ORG'), ['Tarnby Channel/ORG']);
  });

  it('types a one-word listed nationality as MISC', () => {
    assert.deepStrictEqual(run('fellow Korean Joss Tarvell', 'O B-ORG B-PER I-PER'), [
      'Korean/MISC',
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('the Korean Velk Group', 'O B-ORG I-ORG I-ORG'), ['Korean Velk Group/ORG']);
    // Nouns for a nation's people that the lists leave out, whatever the lists at hand.
    assert.deepStrictEqual(run('the Dutchman said', 'O B-PER O'), ['Dutchman/MISC']);
    assert.deepStrictEqual(run('two Britons and a Frenchwoman', 'O B-PER O O B-ORG'), [
      'Britons/MISC',
      'Frenchwoman/MISC',
    ]);
    assert.deepStrictEqual(run('militants kidnapped two Westerners', 'O O O B-ORG'), ['Westerners/MISC']);
    assert.deepStrictEqual(run('Abkhaz officials and Ingush elders met', 'B-ORG O O B-LOC O O'), [
      'Abkhaz/MISC',
      'Ingush/MISC',
    ]);
    // And adjectives the lexicon leaves out of its nationalities.
    assert.deepStrictEqual(run('a Swedish and a Cypriot crew', 'O B-ORG O O B-PER O'), [
      'Swedish/MISC',
      'Cypriot/MISC',
    ]);
    // And peoples, which CoNLL types as nationalities.
    assert.deepStrictEqual(run('Maori and Bedouin elders', 'B-LOC O B-ORG O'), ['Maori/MISC', 'Bedouin/MISC']);
  });

  it("makes a listed city or a town's name before a lower-case office noun a place", () => {
    assert.deepStrictEqual(run('-- Tarnby newsroom +44 20', 'O B-ORG O O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Harl newsroom', 'O B-ORG O'), ['Harl/ORG']);
    assert.deepStrictEqual(run('a Tarnby hospital said', 'O B-ORG O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Tarnby police said', 'B-ORG O O'), ['Tarnby/LOC']);
    // A town's one-word name stored in the model too; not a longer name that opens with it.
    assert.deepStrictEqual(run('an Orvanda hospital said', 'O B-ORG O O'), ['Orvanda/LOC']);
    assert.deepStrictEqual(run('the Orvanda Harl hospital', 'O B-ORG I-ORG O'), ['Orvanda Harl/ORG']);
  });

  it("makes a listed city after a journey's verb a place, not its club", () => {
    assert.deepStrictEqual(run('before Voss left for Tarnby .', 'O B-PER O O B-ORG O'), ['Voss/PER', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('it resumed flights to Tarnby .', 'O O O O B-ORG O'), ['Tarnby/LOC']);
    // After "in", also a listed place of two or more words, and after an "In" opening the sentence.
    assert.deepStrictEqual(run('In Port Velby , the party won', 'O B-ORG I-ORG O O O O'), ['Port Velby/LOC']);
    assert.deepStrictEqual(run('In Tarnby , the party won', 'O B-ORG O O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Voss set off for Tarnby .', 'B-PER O O O B-ORG O'), ['Voss/PER', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('the striker Voss returned to Tarnby .', 'O O B-PER O O B-ORG O'), [
      'Voss/PER',
      'Tarnby/ORG',
    ]);
    assert.deepStrictEqual(run('Voss flew to Harl City .', 'B-PER O O B-ORG I-ORG O'), ['Voss/PER', 'Harl City/ORG']);
  });

  it('makes a listed city right after "in" a place, unless its name is a listed body\'s too', () => {
    assert.deepStrictEqual(run('a court in Tarnby fined them', 'O O O B-ORG O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Shares in Velkstad rose', 'O O B-ORG O'), ['Velkstad/ORG']);
    assert.deepStrictEqual(run('a stake in Velkom', 'O O O B-ORG'), ['Velkom/ORG']);
    assert.deepStrictEqual(run('a club near Tarnby fined them', 'O O O B-ORG O O'), ['Tarnby/ORG']);
  });

  it('reads a person- or place-read name that is a listed body, whole, as that body', () => {
    assert.deepStrictEqual(run('Velmora Dynamics said on Sunday', 'B-PER I-PER O O O'), ['Velmora Dynamics/ORG']);
    assert.deepStrictEqual(run('Shares in Qorvane rose', 'O O B-LOC O'), ['Qorvane/ORG']);
    // Read as MISC: a name of two words or more (one word may be a work named like the firm, below).
    assert.deepStrictEqual(run('Velmora Cars said on Sunday', 'B-MISC I-MISC O O O'), ['Velmora Cars/ORG']);
    assert.deepStrictEqual(run('Brask & Tolle and Brastow Athletico', 'B-PER I-PER I-PER O B-LOC I-LOC'), [
      'Brask & Tolle/ORG',
      'Brastow Athletico/ORG',
    ]);
    // A person's name of two or more words that the lexicon lists as a body; one word stays a person.
    assert.deepStrictEqual(run('aired on Velk Jazeera today', 'O O B-PER I-PER O'), ['Velk Jazeera/ORG']);
    assert.deepStrictEqual(run('Velkom said', 'B-PER O'), ['Velkom/PER']);
    // A firm listed in the possessive, read without it: the possessive is its name's.
    assert.deepStrictEqual(run("Orvell 's cut its rating", 'B-LOC O O O O'), ["Orvell 's/ORG"]);
    assert.deepStrictEqual(run("Velmora 's rating", 'B-LOC O O'), ['Velmora/LOC']);
    assert.deepStrictEqual(run("Orvell 's rating", 'B-PER O O'), ["Orvell 's/ORG"]);
    assert.deepStrictEqual(run("Brennick 's plane", 'B-PER O O'), ['Brennick/PER']);
    assert.deepStrictEqual(run("Orvell 's cut prices", 'B-ORG O O O'), ["Orvell 's/ORG"]);
  });

  it("leaves a name alone when only part of it is a listed body, or it was read as a work (not in a brand's shape)", () => {
    assert.deepStrictEqual(run('Velmora said', 'B-PER O'), ['Velmora/PER']);
    assert.deepStrictEqual(run('Qorvane Heights is quiet', 'B-LOC I-LOC O O'), ['Qorvane Heights/LOC']);
    assert.deepStrictEqual(run('the film Qorvane', 'O O B-MISC'), ['Qorvane/MISC']);
    // But one word in a brand's shape, lower case then a capital, is the listed firm.
    assert.deepStrictEqual(run('while eVelk cancelled flights', 'O B-MISC O O'), ['eVelk/ORG']);
    // So is one with a capital inside that the lexicon holds as a body ("YouTube").
    assert.deepStrictEqual(run('ads on VelKom today', 'O O B-MISC O'), ['VelKom/ORG']);
    assert.deepStrictEqual(run('ads on TarnVek today', 'O O B-MISC O'), ['TarnVek/MISC']);
  });

  it('leaves a place read after "in" before a comma and a listed place as the town of that region', () => {
    assert.deepStrictEqual(run('born in Qorvane , Velmark , in 1946', 'O O B-LOC O B-LOC O O O'), [
      'Qorvane/LOC',
      'Velmark/LOC',
    ]);
    // Not in a list of bodies with their countries, nor before a possessive.
    assert.deepStrictEqual(run('from Tarnby , Qorvane , Velmark', 'O B-LOC O B-LOC O B-LOC'), [
      'Tarnby/LOC',
      'Qorvane/ORG',
      'Velmark/LOC',
    ]);
    assert.deepStrictEqual(run("in Qorvane , Velmark 's firm", 'O B-LOC O B-LOC O O'), ['Qorvane/ORG', 'Velmark/LOC']);
  });

  it("splits a nationality off a person's name opened by a given name or a title", () => {
    assert.deepStrictEqual(run('Korean Joss Harl won', 'B-PER I-PER I-PER O'), ['Korean/MISC', 'Joss Harl/PER']);
    assert.deepStrictEqual(run('Chinese President Velk spoke', 'B-PER I-PER I-PER O'), ['Chinese/MISC', 'Velk/PER']);
    // Two words only, or no given name or title after it: as read.
    assert.deepStrictEqual(run('Korean Harl won', 'B-PER I-PER O'), ['Korean Harl/PER']);
    assert.deepStrictEqual(run('Korean Velk Harl won', 'B-PER I-PER I-PER O'), ['Korean Velk Harl/PER']);
  });

  it('types a person-read name of countries and nationalities ending in a nationality as a people', () => {
    assert.deepStrictEqual(run('a Vellandia Chinese who', 'O B-PER I-PER O'), ['Vellandia Chinese/MISC']);
    assert.deepStrictEqual(run('a Korean Chinese who', 'O B-PER I-PER O'), ['Korean Chinese/MISC']);
    // A given name or another word in it: a person.
    assert.deepStrictEqual(run('Joss Chinese said', 'B-PER I-PER O'), ['Joss Chinese/PER']);
    assert.deepStrictEqual(run('Vellandia Harl said', 'B-PER I-PER O'), ['Vellandia Harl/PER']);
  });
});
