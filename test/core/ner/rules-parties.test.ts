import * as assert from 'assert';
import { run } from './ruleBench';

describe('parties named before a lower-case "party" (rules-parties.ts)', () => {
  it('reads the capitalised words before "party" as the party, whatever the tagger made of them', () => {
    assert.deepStrictEqual(run('the ruling Korean Dream party said', 'O O B-MISC O O O'), ['Korean Dream/ORG']);
    assert.deepStrictEqual(run('his Rak Tarn party won', 'O B-PER I-PER O O'), ['Rak Tarn/ORG']);
    assert.deepStrictEqual(run('the hard-line Tarnvik party', 'O O B-LOC O'), ['Tarnvik/ORG']);
    assert.deepStrictEqual(run('the opposition Justice and Velk party', 'O O O O O O'), ['Justice and Velk/ORG']);
  });

  it('keeps a nationality apart when a name of its own follows it', () => {
    assert.deepStrictEqual(run('the Korean Tarnfa party met', 'O B-MISC O O O'), ['Korean/MISC', 'Tarnfa/ORG']);
  });

  it('reads each name before "parties" joined by "and" or "or" as a party', () => {
    assert.deepStrictEqual(run('the Tarnfa and Velkor parties', 'O O O O O'), ['Tarnfa/ORG', 'Velkor/ORG']);
    assert.deepStrictEqual(run('either the Tarnfa or Velkor parties', 'O O O O O O'), ['Tarnfa/ORG', 'Velkor/ORG']);
  });

  it('leaves adjectives, places, sentence openers and celebrations to the tagger', () => {
    assert.deepStrictEqual(run('the Korean parties', 'O B-MISC O'), ['Korean/MISC']);
    assert.deepStrictEqual(run('the Velk Sunni parties', 'O O B-MISC O'), ['Sunni/MISC']);
    assert.deepStrictEqual(run('the Tarnby party', 'O B-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Opposition parties met', 'O O O'), []);
    assert.deepStrictEqual(run('a Christmas party at Tarnfa', 'O O O O B-LOC'), ['Tarnfa/LOC']);
    assert.deepStrictEqual(run('the Tarn Party met', 'O B-ORG I-ORG O'), ['Tarn Party/ORG']);
  });

  it('splits a listed place from the party member word after it, read as one body', () => {
    assert.deepStrictEqual(run('Ann Velk , a Tarnby Democrat , said', 'B-PER I-PER O O B-ORG I-ORG O O'), [
      'Ann Velk/PER',
      'Tarnby/LOC',
      'Democrat/MISC',
    ]);
    assert.deepStrictEqual(run('the Port Velby Republican said', 'O B-ORG I-ORG I-ORG O'), [
      'Port Velby/LOC',
      'Republican/MISC',
    ]);
    // Not a place on no list, nor a longer name.
    assert.deepStrictEqual(run('a Qorma Democrat said', 'O B-ORG I-ORG O'), ['Qorma Democrat/ORG']);
    assert.deepStrictEqual(run('the Tarnby Republican Guard said', 'O B-ORG I-ORG I-ORG O'), [
      'Tarnby Republican Guard/ORG',
    ]);
  });

  it('reads one-word names listed before "and the ... Party" as parties too', () => {
    assert.deepStrictEqual(
      run('backed by Velkra , Tarvo and the Velk Party .', 'O O B-LOC O B-PER O O B-ORG I-ORG O'),
      ['Velkra/ORG', 'Tarvo/ORG', 'Velk Party/ORG'],
    );
    // Not a list holding a listed place or town, or a listed person's name.
    assert.deepStrictEqual(
      run('toured Tarnby , Tarvo and the Velk Party offices', 'O B-LOC O B-PER O O B-ORG I-ORG O'),
      ['Tarnby/LOC', 'Tarvo/PER', 'Velk Party/ORG'],
    );
    assert.deepStrictEqual(run('met Joss and the Velk Party', 'O B-PER O O B-ORG I-ORG'), [
      'Joss/PER',
      'Velk Party/ORG',
    ]);
  });
});
