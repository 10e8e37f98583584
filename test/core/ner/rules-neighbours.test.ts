import * as assert from 'assert';
import { run } from './ruleBench';

describe('names typed by the names beside them (rules-neighbours.ts)', () => {
  it('makes a one-word listed body read as a person a body when it is listed beside a listed body', () => {
    assert.deepStrictEqual(run('Velkom and Tarnair said', 'B-PER O B-ORG O'), ['Velkom/ORG', 'Tarnair/ORG']);
    assert.deepStrictEqual(run('Tarnair , Velkom and Harl', 'B-ORG O B-PER O B-ORG'), [
      'Tarnair/ORG',
      'Velkom/ORG',
      'Harl/ORG',
    ]);
    // Beside a body the lists do not hold, or alone: as read.
    assert.deepStrictEqual(run('Velkom and Congress clashed', 'B-PER O B-ORG O'), ['Velkom/PER', 'Congress/ORG']);
    assert.deepStrictEqual(run('Velkom said', 'B-PER O'), ['Velkom/PER']);
  });

  it('makes one unlisted word read as a person a body when the two or more other names of its list are all bodies', () => {
    assert.deepStrictEqual(run('Quellix , Dravon and Marbex declined', 'B-PER O B-ORG O B-ORG O'), [
      'Quellix/ORG',
      'Dravon/ORG',
      'Marbex/ORG',
    ]);
    assert.deepStrictEqual(run('Dravon , Marbex and Quellix declined', 'B-ORG O B-ORG O B-PER O'), [
      'Dravon/ORG',
      'Marbex/ORG',
      'Quellix/ORG',
    ]);
    // Two such words beside a listed body ("Velkom") are bodies too; beside an unlisted one, as read.
    assert.deepStrictEqual(run('Velkom , Quellix and Marbex declined', 'B-ORG O B-PER O B-PER O'), [
      'Velkom/ORG',
      'Quellix/ORG',
      'Marbex/ORG',
    ]);
    // One such word paired with a listed body is a body too; with an unlisted one, as read.
    assert.deepStrictEqual(run('advised Velkom and Quellix', 'O B-ORG O B-PER'), ['Velkom/ORG', 'Quellix/ORG']);
    assert.deepStrictEqual(run('advised Dravon and Quellix', 'O B-ORG O B-PER'), ['Dravon/ORG', 'Quellix/PER']);
    assert.deepStrictEqual(run('Dravon , Quellix and Marbex declined', 'B-ORG O B-PER O B-PER O'), [
      'Dravon/ORG',
      'Quellix/PER',
      'Marbex/PER',
    ]);
    // One body beside it, a person or place in the list, a listed surname, or a longer name: as read.
    assert.deepStrictEqual(run('Quellix and Dravon declined', 'B-PER O B-ORG O'), ['Quellix/PER', 'Dravon/ORG']);
    assert.deepStrictEqual(run('Quellix , Dravon and Tarnby', 'B-PER O B-ORG O B-LOC'), [
      'Quellix/PER',
      'Dravon/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('Brennick , Dravon and Marbex', 'B-PER O B-ORG O B-ORG'), [
      'Brennick/PER',
      'Dravon/ORG',
      'Marbex/ORG',
    ]);
    assert.deepStrictEqual(run('Ann Quellix , Dravon and Marbex', 'B-PER I-PER O B-ORG O B-ORG'), [
      'Ann Quellix/PER',
      'Dravon/ORG',
      'Marbex/ORG',
    ]);
  });

  it('makes a listed place of two or more words read as a body a place when it is listed beside a place', () => {
    assert.deepStrictEqual(run('in Tarnby and Port Velby', 'O B-LOC O B-ORG I-ORG'), ['Tarnby/LOC', 'Port Velby/LOC']);
    assert.deepStrictEqual(run('in Port Velby , Tarnby', 'O B-ORG I-ORG O B-LOC'), ['Port Velby/LOC', 'Tarnby/LOC']);
    // Beside a body, or one word (a side named by its town): as read.
    assert.deepStrictEqual(run('Velkom and Port Velby won', 'B-ORG O B-ORG I-ORG O'), ['Velkom/ORG', 'Port Velby/ORG']);
    assert.deepStrictEqual(run('Velby and Velkstad', 'B-LOC O B-ORG'), ['Velby/LOC', 'Velkstad/ORG']);
  });

  it('makes one word read as a body a place when it is a listed town paired with a place after a preposition', () => {
    assert.deepStrictEqual(run('diverted to Harlow and Tarnby', 'O O B-LOC O B-ORG'), ['Harlow/LOC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('flights from Tarnby or Harlow', 'O O B-ORG O B-LOC'), ['Tarnby/LOC', 'Harlow/LOC']);
    // "Between" after a route's noun.
    assert.deepStrictEqual(run('a voyage between Tarnby and Harlow', 'O O O B-ORG O B-LOC'), [
      'Tarnby/LOC',
      'Harlow/LOC',
    ]);
    // A town written with accents the lists leave out is the same town.
    assert.deepStrictEqual(run('a voyage between Tárnby and Harlow', 'O O O B-ORG O B-LOC'), [
      'Tárnby/LOC',
      'Harlow/LOC',
    ]);
    // So is one written with a letter whose mark is part of its shape ("ł", "ø", "ı").
    assert.deepStrictEqual(run('a voyage between Harłow and Tarnby', 'O O O B-ORG O B-LOC'), [
      'Harłow/LOC',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('a voyage between Velkstað and Harlow', 'O O O B-ORG O B-LOC'), [
      'Velkstað/LOC',
      'Harlow/LOC',
    ]);
    // Not between clubs, without the preposition, nor a listed body's name.
    assert.deepStrictEqual(run('the game between Harlow and Tarnby', 'O O O B-LOC O B-ORG'), [
      'Harlow/LOC',
      'Tarnby/ORG',
    ]);
    assert.deepStrictEqual(run('Harlow and Tarnby drew', 'B-LOC O B-ORG O'), ['Harlow/LOC', 'Tarnby/ORG']);
    assert.deepStrictEqual(run('shares in Harlow and Velkstad', 'O O B-LOC O B-ORG'), ['Harlow/LOC', 'Velkstad/ORG']);
    // After "in", one word no list knows is a place too; not one written otherwise than a town's name.
    assert.deepStrictEqual(run('offices in Tarnby and Qelmo', 'O O B-LOC O B-ORG'), ['Tarnby/LOC', 'Qelmo/LOC']);
    assert.deepStrictEqual(run('stations in Tarnby and QELmo', 'O O B-LOC O B-ORG'), ['Tarnby/LOC', 'QELmo/ORG']);
    // The same in a longer list, the place anywhere in it.
    assert.deepStrictEqual(run('buyers in Qelm , Tarnby and Harlow', 'O O B-LOC O B-ORG O B-LOC'), [
      'Qelm/LOC',
      'Tarnby/LOC',
      'Harlow/LOC',
    ]);
  });

  it("makes a town's part or constituency, in a list with a place after a preposition, a place", () => {
    assert.deepStrictEqual(
      run('results from Qelm North , Akvor Central and Tarnby', 'O O B-PER I-PER O B-ORG I-ORG O B-LOC'),
      ['Qelm North/LOC', 'Akvor Central/LOC', 'Tarnby/LOC'],
    );
    // Not a listed person's name before the compass word.
    assert.deepStrictEqual(run('fans from Tarnby and Joss West', 'O O B-LOC O B-PER I-PER'), [
      'Tarnby/LOC',
      'Joss West/PER',
    ]);
  });

  it('makes one word read as a person a place when it is listed with a place after a preposition', () => {
    assert.deepStrictEqual(run('firms in Tarnby , Qelmora and Akvor', 'O O B-LOC O B-PER O B-LOC'), [
      'Tarnby/LOC',
      'Qelmora/LOC',
      'Akvor/LOC',
    ]);
    assert.deepStrictEqual(run('traffic between Tarnby and Qelmora', 'O O B-LOC O B-PER'), [
      'Tarnby/LOC',
      'Qelmora/LOC',
    ]);
    // A listed place read as a body is the list's place.
    assert.deepStrictEqual(run('sailed via Qelmora and Joss Qerim', 'O O B-PER O B-ORG I-ORG').slice(0, 1), [
      'Qelmora/LOC',
    ]);
    // After "with" right after a place, as a route joins places to it.
    assert.deepStrictEqual(run('to link Harlby with Tarnby , Qelmora and Akvor', 'O O B-LOC O B-LOC O B-PER O B-LOC'), [
      'Harlby/LOC',
      'Tarnby/LOC',
      'Qelmora/LOC',
      'Akvor/LOC',
    ]);
    // A listed name of a person, a list without a place, or no preposition: as read.
    assert.deepStrictEqual(run('bands from Tarnby and Brennick', 'O O B-LOC O B-PER'), ['Tarnby/LOC', 'Brennick/PER']);
    assert.deepStrictEqual(run('talks with Tarnby and Qelmora', 'O O B-LOC O B-PER'), ['Tarnby/LOC', 'Qelmora/PER']);
    assert.deepStrictEqual(run('bought by Akvor and Qelmora', 'O O B-PER O B-PER'), ['Akvor/PER', 'Qelmora/PER']);
  });

  it('makes the names of a list after a noun for places and "of" places', () => {
    assert.deepStrictEqual(run('the districts of Qelm , Akvor and Orvane', 'O O O B-LOC O B-PER O B-ORG'), [
      'Qelm/LOC',
      'Akvor/LOC',
      'Orvane/LOC',
    ]);
    assert.deepStrictEqual(run('residents of Akvor and Orvane fled', 'O O B-PER O B-ORG O'), [
      'Akvor/LOC',
      'Orvane/LOC',
    ]);
    assert.deepStrictEqual(run('the people of Qelm , Akvor and Orvane will pay', 'O O O B-LOC O B-LOC O B-PER O O'), [
      'Qelm/LOC',
      'Akvor/LOC',
      'Orvane/LOC',
    ]);
    // A listed body, a listed name of a person, a possessive, or another noun: as read.
    assert.deepStrictEqual(run('the villages of Velkom and Brennick', 'O O O B-ORG O B-PER'), [
      'Velkom/ORG',
      'Brennick/PER',
    ]);
    assert.deepStrictEqual(run('the leaders of Akvor and Orvane', 'O O O B-PER O B-ORG'), ['Akvor/PER', 'Orvane/ORG']);
  });

  it('reads a list with a comma before its "and", or one whose last name the tagger left out', () => {
    assert.deepStrictEqual(run('the cities of Qelm , Akvor , and Orvane', 'O O O B-LOC O B-PER O O B-ORG'), [
      'Qelm/LOC',
      'Akvor/LOC',
      'Orvane/LOC',
    ]);
    assert.deepStrictEqual(run('the districts of Velka Pole , Akvor and Orno-stred', 'O O O B-ORG I-ORG O B-PER O O'), [
      'Velka Pole/LOC',
      'Akvor/LOC',
    ]);
    // Not one name before an "and" and a word left out, nor names before a comma alone.
    assert.deepStrictEqual(run('the districts of Akvor and Orno-stred', 'O O O B-PER O O'), ['Akvor/PER']);
    assert.deepStrictEqual(run('the districts of Qelm , Akvor , Orvane said', 'O O O B-PER O B-PER O B-ORG O'), [
      'Qelm/PER',
      'Akvor/PER',
      'Orvane/ORG',
    ]);
  });

  it('makes the names of a list after a plural noun for places and a word giving examples places', () => {
    assert.deepStrictEqual(run('the districts were Qelm , Akvor and Orvane', 'O O O B-PER O B-PER O B-ORG'), [
      'Qelm/LOC',
      'Akvor/LOC',
      'Orvane/LOC',
    ]);
    assert.deepStrictEqual(run('towns such as Akvor and Orvane', 'O O O B-PER O B-ORG'), ['Akvor/LOC', 'Orvane/LOC']);
    // Not residents, who are people, nor one town, nor a list with no noun for places before it.
    assert.deepStrictEqual(run('residents including Akvor and Orvane', 'O O B-PER O B-PER'), [
      'Akvor/PER',
      'Orvane/PER',
    ]);
    assert.deepStrictEqual(run('the town was Akvor and Orvane', 'O O O B-PER O B-PER'), ['Akvor/PER', 'Orvane/PER']);
    assert.deepStrictEqual(run('the winners were Akvor and Orvane', 'O O O B-PER O B-ORG'), [
      'Akvor/PER',
      'Orvane/ORG',
    ]);
  });

  it('makes one word read as a place in a list of languages after "in" a language (MISC)', () => {
    assert.deepStrictEqual(run('leaflets in Korean and Qelmish', 'O O B-MISC O B-LOC'), [
      'Korean/MISC',
      'Qelmish/MISC',
    ]);
    assert.deepStrictEqual(run('guides in Akvish , Tarnish and Qelmish', 'O O B-LOC O B-MISC O B-MISC'), [
      'Akvish/MISC',
      'Tarnish/MISC',
      'Qelmish/MISC',
    ]);
    // One MISC alone that is no listed people's adjective may be a town misread; a listed place stays.
    assert.deepStrictEqual(run('ground in Akvor and Qelmburg', 'O O B-LOC O B-MISC'), ['Akvor/LOC', 'Qelmburg/MISC']);
    assert.deepStrictEqual(run('in Korean and Tarnby', 'O B-MISC O B-LOC'), ['Korean/MISC', 'Tarnby/LOC']);
  });
});
