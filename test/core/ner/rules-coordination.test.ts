import * as assert from 'assert';
import { run } from './ruleBench';

describe('names listed together (rules-coordination.ts)', () => {
  it('splits a name read as "B and C" right after "A," into the last two items of the list', () => {
    assert.deepStrictEqual(run('from Velkom , Tarnco and Harlco today', 'O B-ORG O B-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Tarnco/ORG',
      'Harlco/ORG',
    ]);
    // Also after a name ending in a possessive ("Ben & Jerry's, Magnum and Wall's").
    assert.deepStrictEqual(run("from Qorm 's , Tarnco and Harlco today", 'O B-ORG O O B-ORG I-ORG I-ORG O'), [
      "Qorm 's/ORG",
      'Tarnco/ORG',
      'Harlco/ORG',
    ]);
    assert.deepStrictEqual(
      run('from Joss , Tam Brennick and Ula Harl .', 'O B-PER O B-PER I-PER I-PER I-PER I-PER O'),
      ['Joss/PER', 'Tam Brennick/PER', 'Ula Harl/PER'],
    );
  });

  it('splits such a name after a name of another type where the list holds names of its type before', () => {
    assert.deepStrictEqual(
      run(
        'by VKP , Velk Energy , Qelmor , Tarnco and Harl Energy .',
        'O B-ORG O B-ORG I-ORG O B-LOC O B-ORG I-ORG I-ORG I-ORG O',
      ),
      ['VKP/ORG', 'Velk Energy/ORG', 'Qelmor/LOC', 'Tarnco/ORG', 'Harl Energy/ORG'],
    );
    // Not with one name of its type before, nor across a list's start.
    assert.deepStrictEqual(
      run('by Velkom and Qelmor , Tarnco and Harl Energy .', 'O B-ORG O B-LOC O B-ORG I-ORG I-ORG I-ORG O'),
      ['Velkom/ORG', 'Qelmor/LOC', 'Tarnco and Harl Energy/ORG'],
    );
  });

  it('gives two unknown words read as one name of another type the type of the list they end', () => {
    assert.deepStrictEqual(run('villages of Tarnby , Qelm and Orvask .', 'O O B-LOC O B-ORG I-ORG I-ORG O'), [
      'Tarnby/LOC',
      'Qelm/LOC',
      'Orvask/LOC',
    ]);
    // Not two listed or everyday words, nor a MISC list, nor after a sentence's opening name.
    assert.deepStrictEqual(run('villages of Tarnby , Opposition and Dream .', 'O O B-LOC O B-ORG I-ORG I-ORG O'), [
      'Tarnby/LOC',
      'Opposition and Dream/ORG',
    ]);
    assert.deepStrictEqual(run('the Velish , Qelm and Orvask .', 'O B-MISC O B-ORG I-ORG I-ORG O'), [
      'Velish/MISC',
      'Qelm and Orvask/ORG',
    ]);
  });

  it('leaves a listed name, a name with "of" before its "and", another type or no list as read', () => {
    assert.deepStrictEqual(run('from Velkom , Harl and Sons today', 'O B-ORG O B-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Harl and Sons/ORG',
    ]);
    assert.deepStrictEqual(run('in Tarnby , Tarnia and Velland .', 'O B-LOC O B-LOC I-LOC I-LOC O'), [
      'Tarnby/LOC',
      'Tarnia and Velland/LOC',
    ]);
    assert.deepStrictEqual(run('by Velkom , Board of Fish and Game .', 'O B-ORG O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Board of Fish and Game/ORG',
    ]);
    assert.deepStrictEqual(run('in Tarnby , Tarnco and Harlco said', 'O B-LOC O B-ORG I-ORG I-ORG O'), [
      'Tarnby/LOC',
      'Tarnco and Harlco/ORG',
    ]);
    assert.deepStrictEqual(run('Velkom said Tarnco and Harlco agreed', 'B-ORG O B-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Tarnco and Harlco/ORG',
    ]);
  });

  it('splits a body\'s name at an "and" right after a legal form, and not elsewhere', () => {
    assert.deepStrictEqual(run('with Qorma Financial Group and Brenvold up', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Qorma Financial Group/ORG',
      'Brenvold/ORG',
    ]);
    assert.deepStrictEqual(run('with Qorma Bank and Trust Company up', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Qorma Bank and Trust Company/ORG',
    ]);
    // A trade is no legal form: it may be joined to another ("Qorma Shipping and Logistics").
    assert.deepStrictEqual(run('with Qorma Shipping and Logistics up', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Qorma Shipping and Logistics/ORG',
    ]);
  });

  it('splits a name at an everyday verb in the past tense between two capitalised words', () => {
    assert.deepStrictEqual(run('Velkom Bank advised Brenvold on it', 'B-ORG I-ORG I-ORG I-ORG O O'), [
      'Velkom Bank/ORG',
      'Brenvold/ORG',
    ]);
    // Not a word the training text writes capitalised or rarely, nor one before a lower-case word.
    assert.deepStrictEqual(run('Velkom Bank Harled Brenvold said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom Bank Harled Brenvold/ORG',
    ]);
  });

  it('splits a name at a slash between two listed places (a dateline of two towns), and not between others', () => {
    assert.deepStrictEqual(run('TARNBY/VELLANDIA , May 2 -', 'B-ORG I-ORG I-ORG O O O O'), [
      'TARNBY/LOC',
      'VELLANDIA/LOC',
    ]);
    assert.deepStrictEqual(run('the Brenn/Qorma deal', 'O B-ORG I-ORG I-ORG O'), ['Brenn/Qorma/ORG']);
  });

  it('splits a name at a semicolon, and at a comma before a given name and a surname', () => {
    assert.deepStrictEqual(run('shows in Tarnby ; Velkabad ; Qormia', 'O O B-LOC I-LOC I-LOC I-LOC I-LOC'), [
      'Tarnby/LOC',
      'Velkabad/LOC',
      'Qormia/LOC',
    ]);
    assert.deepStrictEqual(run('the Velk Council , Joss Tarvell , said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O O'), [
      'Velk Council/ORG',
      'Joss Tarvell/PER',
    ]);
    // No listed given name, but a body's head word before the comma and none after it.
    assert.deepStrictEqual(run('the Velk Council , Qorma Tarvell , said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O O'), [
      'Velk Council/ORG',
      'Qorma Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('the Velk Council , Qorma Services', 'O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Velk Council , Qorma Services/ORG',
    ]);
    // A comma before a legal form, or before words that are no given name and surname: one name.
    assert.deepStrictEqual(run('the Velkom , Inc. board', 'O B-ORG I-ORG I-ORG O'), ['Velkom , Inc./ORG']);
    assert.deepStrictEqual(run('the Fish , Forestry Council', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'Fish , Forestry Council/ORG',
    ]);
  });

  it('splits two single words joined by "and" when the words say what both are', () => {
    // A listed place on one side, or a plural noun for places after them: two places.
    assert.deepStrictEqual(run('flights between Tarnby and Qelmora', 'O O B-ORG I-ORG I-ORG'), [
      'Tarnby/LOC',
      'Qelmora/LOC',
    ]);
    assert.deepStrictEqual(run('in the Akvor and Qelmora districts', 'O O B-ORG I-ORG I-ORG O'), [
      'Akvor/LOC',
      'Qelmora/LOC',
    ]);
    // Sites too, the plural noun right after the names or after one word.
    assert.deepStrictEqual(run('at the Akvor and Qelmora power stations', 'O O B-ORG I-ORG I-ORG O O'), [
      'Akvor/LOC',
      'Qelmora/LOC',
    ]);
    assert.deepStrictEqual(run('at the Akvor and Qelmora mines', 'O O B-ORG I-ORG I-ORG O'), [
      'Akvor/LOC',
      'Qelmora/LOC',
    ]);
    assert.deepStrictEqual(run('the Akvor and Qelmora power deal', 'O B-ORG I-ORG I-ORG O O'), [
      'Akvor and Qelmora/ORG',
    ]);
    assert.deepStrictEqual(run('the ports of Akvor and Qelmora', 'O O O B-ORG I-ORG I-ORG'), [
      'Akvor/LOC',
      'Qelmora/LOC',
    ]);
    // A listed body on one side: two bodies. One person read for two: two people.
    assert.deepStrictEqual(run('led by Velkom and Qelmora', 'O O B-ORG I-ORG I-ORG'), ['Velkom/ORG', 'Qelmora/ORG']);
    assert.deepStrictEqual(run('said Akvor and Qelmora', 'O B-PER I-PER I-PER'), ['Akvor/PER', 'Qelmora/PER']);
    // Nothing says what they are, a listed whole, an everyday word, a firm of two surnames: whole.
    assert.deepStrictEqual(run('at Akvor and Qelmora', 'O B-ORG I-ORG I-ORG'), ['Akvor and Qelmora/ORG']);
    assert.deepStrictEqual(run('in Tarnia and Velland', 'O B-ORG I-ORG I-ORG'), ['Tarnia and Velland/LOC']);
    assert.deepStrictEqual(run('the Tarnby and People fund', 'O B-ORG I-ORG I-ORG O'), ['Tarnby and People/ORG']);
    // An everyday word beside a listed place after a preposition of place is a town ("to Nice and ...").
    assert.deepStrictEqual(run('flights to Fair and Tarnby', 'O O B-ORG I-ORG I-ORG'), ['Fair/LOC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('shares of Hall and Brennick rose', 'O O B-ORG I-ORG I-ORG O'), [
      'Hall and Brennick/ORG',
    ]);
  });

  it('splits two names of one or two words joined by "and" when one is a listed place and neither a body', () => {
    assert.deepStrictEqual(run('towards Porto Qelmora and Tarnby .', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Porto Qelmora/LOC',
      'Tarnby/LOC',
    ]);
    // Not with a listed body, an everyday word, or no listed place.
    assert.deepStrictEqual(run('by Velkom Harl and Tarnby', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'Velkom Harl and Tarnby/ORG',
    ]);
    assert.deepStrictEqual(run('the Village People and Tarnby', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'Village People and Tarnby/ORG',
    ]);
    assert.deepStrictEqual(run('at Porto Qelmora and Akvor', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'Porto Qelmora and Akvor/ORG',
    ]);
  });

  it('splits a name made wholly of listed names set side by side into those names', () => {
    assert.deepStrictEqual(
      run(
        'rivals such as Harl and Sons , Velkom and Tarnair said',
        'O O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O',
      ),
      ['Harl and Sons/ORG', 'Velkom/ORG', 'Tarnair/ORG'],
    );
    assert.deepStrictEqual(
      run('stops in Vellandia , San Tarno and Tarnby', 'O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG'),
      ['Vellandia/LOC', 'San Tarno/LOC', 'Tarnby/LOC'],
    );
    // A part that is no listed name keeps the whole as read.
    assert.deepStrictEqual(run('from Velkom , Qelmora and Tarnair', 'O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Velkom , Qelmora and Tarnair/ORG',
    ]);
  });
});
