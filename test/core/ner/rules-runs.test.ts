import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules finding names in untagged runs', () => {
  it('adds an untagged capitalised run after a describing noun', () => {
    assert.deepStrictEqual(run('joined the band Velvet Tarns in', 'O O O O O O'), ['Velvet Tarns/ORG']);
    assert.deepStrictEqual(run('the village of Tarnby', 'O O O O'), ['Tarnby/LOC']);
    // The run goes on over "the" before a capitalised word, as names written with it do.
    assert.deepStrictEqual(run('the charity Save the Tarns warned', 'O O O O O O'), ['Save the Tarns/ORG']);
    assert.deepStrictEqual(run('the charity Velkom the next day', 'O O O O O O'), ['Velkom/ORG']);
    // Nor the pronoun after the noun ("the company I founded", "a website I ran").
    assert.deepStrictEqual(run('the company I founded', 'O O O O'), []);
    assert.deepStrictEqual(run('a portal I ran', 'O O O O'), []);
    // A lone ordinary word is not a name, and a run the tagger continued is left to it.
    assert.deepStrictEqual(run('the band The', 'O O O'), []);
    assert.deepStrictEqual(run('the band Velvet Tarns Ltd', 'O O O O B-ORG'), ['Ltd/ORG']);
    assert.deepStrictEqual(run('the singer Dream played', 'O O O O'), []);
    // After a newspaper's or magazine's noun it is, as papers are named so, and after a body's noun
    // before a lower-case word that does not go on the name, as firms and charities are.
    assert.deepStrictEqual(run('the newspaper Dream reported', 'O O O O'), ['Dream/ORG']);
    assert.deepStrictEqual(run('the band Dream played', 'O O O O'), ['Dream/ORG']);
    assert.deepStrictEqual(run('the charity Women on Tarn', 'O O O O O'), []);
  });

  it('takes a mid-sentence "The" into the name after it, but not one that starts a sentence', () => {
    assert.deepStrictEqual(run('bands like The Velvet Tarns and', 'O O O B-ORG I-ORG O'), ['The Velvet Tarns/ORG']);
    assert.deepStrictEqual(run('The Harl Bank said', 'O B-ORG I-ORG O'), ['Harl Bank/ORG']);
    assert.deepStrictEqual(run('" The Harl Bank said', 'O O B-ORG I-ORG O'), ['Harl Bank/ORG']);
    // A colon starts a clause, as a sentence end does: "The" there is the clause's.
    assert.deepStrictEqual(run('Tarvell said : The Harl Bank has', 'B-PER O O O B-ORG I-ORG O'), [
      'Tarvell/PER',
      'Harl Bank/ORG',
    ]);
    // An untagged run after it is a name: a quoted title is a work, otherwise a body.
    assert.deepStrictEqual(run('supporting The Quills on tour', 'O O O O O'), ['The Quills/ORG']);
    assert.deepStrictEqual(run('the single " The Quill " was', 'O O O O O O O'), ['The Quill/MISC']);
    assert.deepStrictEqual(run('The Quills played', 'O O O'), []);
  });

  it('tags a hall of fame as one body', () => {
    assert.deepStrictEqual(run('into the Tarn Hockey Hall of Fame in', 'O O B-LOC O B-PER O O O'), [
      'Tarn Hockey Hall of Fame/ORG',
    ]);
  });

  it('tags an award "<title> of the <period>" as one MISC name, with the capitalised words before it', () => {
    assert.deepStrictEqual(
      run('Ann Harl won the Velkom Man of the Match award .', 'B-PER I-PER O O B-ORG I-ORG O O O O O'),
      ['Ann Harl/PER', 'Velkom Man of the Match/MISC'],
    );
    assert.deepStrictEqual(run("for June 's Player of the Year", 'O O O O O O O'), ['Player of the Year/MISC']);
    // Not a capitalised "The", nor a title that is no award.
    assert.deepStrictEqual(run('The Man of the Match', 'O O O O O'), ['Man of the Match/MISC']);
    assert.deepStrictEqual(run('the Battle of the Velk', 'O B-MISC I-MISC I-MISC I-MISC'), ['Battle of the Velk/MISC']);
    assert.deepStrictEqual(run('the start of the Year', 'O O O O O'), []);
  });

  it('takes a name tagged on its own into a described name that reaches it over "of the"', () => {
    assert.deepStrictEqual(
      run('The campaign group Friends of the Marsh Valdoria said so .', 'O O O O O O B-LOC I-LOC O O O'),
      ['Friends of the Marsh Valdoria/ORG'],
    );
    assert.deepStrictEqual(run('The lender Bank of Velby cut rates .', 'O O O O B-LOC O O O'), ['Bank of Velby/ORG']);
    // Without a connector the tagged word after the run is another name, as before.
    assert.deepStrictEqual(run('She joined the band Velvet Tarns Harlow .', 'O O O O O O B-LOC O'), ['Harlow/LOC']);
  });

  it('reads a body whose whole name with "The" is a listed place as that place', () => {
    assert.deepStrictEqual(run('Talks in The Tarnhaven ended .', 'O O B-ORG I-ORG O O'), ['The Tarnhaven/LOC']);
    assert.deepStrictEqual(run('Talks in The Tarnhaven ended .', 'O O O O O O'), ['The Tarnhaven/LOC']);
    assert.deepStrictEqual(run('Talks in The Velkin ended .', 'O O O O O O'), ['The Velkin/ORG']);
    assert.deepStrictEqual(run('Talks near Tarnby ended in a draw .', 'O O B-ORG O O O O O'), ['Tarnby/ORG']);
  });

  it('reads an untagged listed given name and a surname in mid-sentence as a person', () => {
    assert.deepStrictEqual(run('The captain Joss Tarvell scored .', 'O O O O O O'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('said his wife Joss Shin-Tarvell today', 'O O O O O O'), ['Joss Shin-Tarvell/PER']);
    // Right after a title, also one with "of" in it.
    assert.deepStrictEqual(run('Velland Secretary of State Joss Tarvell arrived', 'O O O O O O O'), [
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('then Colonel Joss Tarvell arrived', 'O O O O O'), ['Joss Tarvell/PER']);
    // Left to the tagger: a sentence's start, a longer run, a place, a body word or an ordinary word after it.
    for (const text of [
      'Joss Tarvell scored .',
      'the captain Joss Tarvell Velkin scored .',
      'the captain Joss Tarnby scored .',
      'the captain Joss Ministry scored .',
      'the captain Joss Village scored .',
      'the captain Joss TARVELL scored .',
      'the Velland State Joss Tarvell scored .',
    ])
      assert.deepStrictEqual(
        run(
          text,
          text
            .split(' ')
            .map(() => 'O')
            .join(' '),
        ),
        [],
        text,
      );
  });

  it("takes an untagged listed given name right before a person's name into it", () => {
    assert.deepStrictEqual(run('the climber Joss Qorma Velk won', 'O O O B-PER I-PER O'), ['Joss Qorma Velk/PER']);
    assert.deepStrictEqual(run('the climber Jóss Qorma won', 'O O O B-PER O'), ['Jóss Qorma/PER']);
    // Not a word that is no given name, a given name that is also a place, nor one set apart by a comma.
    assert.deepStrictEqual(run('the climber Velk Qorma won', 'O O O B-PER O'), ['Qorma/PER']);
    assert.deepStrictEqual(run('in Harlow Qorma won', 'O O B-PER O'), ['Qorma/PER']);
    assert.deepStrictEqual(run('asked Joss , Qorma said', 'O O O B-PER O'), ['Qorma/PER']);
  });
});
