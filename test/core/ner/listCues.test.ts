import * as assert from 'assert';
import { EntityType } from '../../../src/core/types';
import { definingType } from '../../../src/core/ner/cues';

/** The type the context gives the first occurrence of `name` in `text`, read as `type` (names invented). */
function typeIn(text: string, name: string, type: EntityType = 'LOC'): EntityType | undefined {
  const start = text.indexOf(name);
  return definingType(text, { start, end: start + name.length, type });
}

describe('names listed as examples of a kind', () => {
  const bands = 'He produced bands such as Harl Drive, The Tarns of Velby, and Oster Lake last year.';
  it('types every name after "<kind> such as / like / including"', () => {
    assert.strictEqual(typeIn(bands, 'Harl Drive'), 'ORG');
    assert.strictEqual(typeIn(bands, 'The Tarns of Velby'), 'ORG');
    assert.strictEqual(typeIn(bands, 'Oster Lake'), 'ORG');
    assert.strictEqual(typeIn('Firms like Velkom & Tarn or Brisco Ltd pay less.', 'Brisco Ltd', 'PER'), 'ORG');
    assert.strictEqual(typeIn('Cities including Tarnby and Velmo grew.', 'Velmo', 'PER'), 'LOC');
    assert.strictEqual(typeIn('Footballers such as Velby Tarn joined.', 'Velby Tarn', 'LOC'), 'PER');
    // A comma may stand after the kind.
    assert.strictEqual(typeIn('It closed 11 municipalities, including Qorvan and Velmo.', 'Qorvan', 'PER'), 'LOC');
  });

  it('types every name before "and other <kind>"', () => {
    const text = 'They toured with Harl Drive, Oster Lake, and several other bands in May.';
    assert.strictEqual(typeIn(text, 'Harl Drive', 'PER'), 'ORG');
    assert.strictEqual(typeIn(text, 'Oster Lake'), 'ORG');
  });

  it('does not type a name the list does not reach, nor one whose kind is unclear', () => {
    // A sentence, not a name, between the kind and the name.
    assert.strictEqual(typeIn('Bands such as these played, said Oster Lake.', 'Oster Lake'), undefined);
    // "artists" list people and bands alike.
    assert.strictEqual(typeIn('Artists such as Harl Drive sang.', 'Harl Drive'), undefined);
    // "players" are firms in a market as often as people in a team.
    assert.strictEqual(typeIn('Larger players, including Velkom and Tarnair, cut prices.', 'Velkom', 'ORG'), undefined);
    // What a listed name has is listed, not the name.
    assert.strictEqual(typeIn("Groups like Ann Tarvell's militia fought.", 'Ann Tarvell', 'PER'), undefined);
  });
});
