import * as assert from 'assert';
import { run } from './ruleBench';

describe("rules on the titles before a person's name", () => {
  it('makes a name of titles and then person-like words a person, without the titles', () => {
    assert.deepStrictEqual(run('led by Colonel Tarvo Velk today', 'O O B-ORG I-ORG I-ORG O'), ['Tarvo Velk/PER']);
    assert.deepStrictEqual(run('by President Velk', 'O B-LOC I-LOC'), ['Velk/PER']);
    // A particle between two of the name's words ("Alexandre de Moraes"), not at its end.
    assert.deepStrictEqual(run('Colonel Tarvo de Velk said', 'B-ORG I-ORG I-ORG I-ORG O'), ['Tarvo de Velk/PER']);
    assert.deepStrictEqual(run('by Colonel Tarvo de', 'O B-ORG I-ORG I-ORG'), ['Colonel Tarvo de/ORG']);
    // A surname opening with its particles right after the title.
    assert.deepStrictEqual(run('Colonel de Velk grew up', 'B-ORG I-ORG I-ORG O O'), ['de Velk/PER']);
    // Titles, a person's name and "of" a listed place: the person and the place.
    assert.deepStrictEqual(run('and Representative Tarvo Velk of Velmark ,', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Tarvo Velk/PER',
      'Velmark/LOC',
    ]);
    // Not "of" a place no list holds, nor a body's name after "of".
    assert.deepStrictEqual(run('and Colonel Tarvo Velk of Qorlo ,', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Colonel Tarvo Velk of Qorlo/ORG',
    ]);
    // A designator or place word after the title, or a title in capitals, is not a person's name.
    assert.deepStrictEqual(run('the Colonel Creek', 'O B-LOC I-LOC'), ['Colonel Creek/LOC']);
    assert.deepStrictEqual(run('under MS Velkow', 'O B-ORG I-ORG'), ['MS Velkow/ORG']);
    // A title's portfolio read into the name with it.
    assert.deepStrictEqual(run('Commissioner for Energy Tarvo Velk said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Tarvo Velk/PER',
    ]);
  });

  it('strips titles from person names', () => {
    assert.deepStrictEqual(run('President Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    // Ranks the name lists leave out, and a qualifier before a title.
    assert.deepStrictEqual(run('Coroner Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    // An undersecretary's and an adviser's titles.
    assert.deepStrictEqual(run('said Undersecretary Voss ,', 'O B-PER I-PER O'), ['Voss/PER']);
    assert.deepStrictEqual(run('Adviser Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    // A priest's "Father" too.
    assert.deepStrictEqual(run('Father Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('Vice President Harl Voss', 'B-PER I-PER I-PER I-PER'), ['Harl Voss/PER']);
    // A council's or a legislature's member, and a company's chief executive at a sentence's start, where "Chief" is left out.
    assert.deepStrictEqual(run('Councillor Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('the Mayor , Cllr Harl Voss , said', 'O O O B-PER I-PER I-PER O O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('Provost Harl Voss said', 'B-ORG B-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('Engr. Harl Voss , 57', 'B-PER I-PER I-PER O O'), ['Harl Voss/PER']);
    // A prime minister's title as headlines abbreviate it, read as a place with the name; other capitals are no title.
    assert.deepStrictEqual(run('later , PM Voss asked', 'O O B-LOC I-LOC O'), ['Voss/PER']);
    assert.deepStrictEqual(run('later , MS Voss asked', 'O O B-LOC I-LOC O'), ['MS Voss/LOC']);
    assert.deepStrictEqual(run(', Barrister Harl Voss , urged', 'O B-ORG I-ORG I-ORG O O'), ['Harl Voss/PER']);
    // An Irish police officer, a school's head, a pathologist and an Australian councillor.
    assert.deepStrictEqual(run('Garda Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('said Daw Harl Voss', 'O B-PER I-PER I-PER'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('Headteacher Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('State Pathologist Harl Voss said', 'O B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('the chair , Cr Harl Voss , said', 'O O O B-PER I-PER I-PER O O'), ['Harl Voss/PER']);
    // A listed body opening with a word for a rank is that body, however the tagger read it.
    assert.deepStrictEqual(run('the General Velkon said', 'O B-PER I-PER O'), ['General Velkon/ORG']);
    assert.deepStrictEqual(run('the General Velkon said', 'O B-ORG I-ORG O'), ['General Velkon/ORG']);
    assert.deepStrictEqual(run('said Councilwoman Harl Voss', 'O B-PER I-PER I-PER'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('Assemblyman Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('Chief Executive Harl Voss said', 'O B-PER I-PER I-PER O'), ['Harl Voss/PER']);
    // A match's officials.
    assert.deepStrictEqual(run('Referee Harl Voss sent off', 'B-ORG I-ORG I-ORG O O'), ['Harl Voss/PER']);
    // Honorifics of parliaments and of chiefly rank.
    assert.deepStrictEqual(run('by Honourable Ratu Harl Voss ,', 'O B-ORG I-ORG B-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('Dame Ula Brennick said', 'B-PER I-PER I-PER O'), ['Ula Brennick/PER']);
    // A qualifier alone is no title, and a title alone stays the name.
    assert.deepStrictEqual(run('Rear Voss said', 'B-PER I-PER O'), ['Rear Voss/PER']);
    assert.deepStrictEqual(run('Colonel said', 'B-PER O'), ['Colonel/PER']);
  });

  it("drops a name made of titles alone right before a person's name", () => {
    assert.deepStrictEqual(run('Brigadier Colonel Joss Tarvell said', 'B-ORG I-ORG B-PER I-PER O'), [
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Staff Colonel Voss', 'B-LOC I-LOC B-PER'), ['Voss/PER']);
    // Not a name that merely has a title in it, nor titles with no person after them.
    assert.deepStrictEqual(run('Colonel Tarnby Voss', 'B-ORG I-ORG B-PER'), ['Colonel Tarnby/ORG', 'Voss/PER']);
    assert.deepStrictEqual(run('Brigadier played Tarnby', 'B-ORG O B-LOC'), ['Brigadier/ORG', 'Tarnby/LOC']);
  });

  it("reads a firm's officers' titles as titles, not as a person or a body", () => {
    // A title read as a person of its own, right before the holder's name.
    assert.deepStrictEqual(run('General Manager Harl Voss said', 'O B-PER B-PER I-PER O'), ['Harl Voss/PER']);
    assert.deepStrictEqual(run('General Manager Harl Voss said', 'B-PER I-PER B-PER I-PER O'), ['Harl Voss/PER']);
    // A title with its qualifiers read into a body's name with the holder's.
    assert.deepStrictEqual(run('Chief Operating Officer Harl Voss quit', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Harl Voss/PER',
    ]);
    assert.deepStrictEqual(run('Managing Director Harl Voss quit', 'B-ORG I-ORG I-ORG I-ORG O'), ['Harl Voss/PER']);
    // A qualifier with no title after it is no title ("Financial Times"), and a title alone stays.
    assert.deepStrictEqual(run('the Financial Tarnby said', 'O B-ORG I-ORG O'), ['Financial Tarnby/ORG']);
    assert.deepStrictEqual(run('Manager said', 'B-PER O'), ['Manager/PER']);
    assert.deepStrictEqual(run('Manager Tarnby Voss', 'B-ORG I-ORG B-PER'), ['Manager Tarnby/ORG', 'Voss/PER']);
  });

  it("drops a title with its portfolio right before a person's name", () => {
    assert.deepStrictEqual(run('Commissioner for Energy Joss Tarvell said', 'B-ORG I-ORG I-ORG B-PER I-PER O'), [
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(
      run('Commissioner for Transportation Joss Tarvell said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'),
      ['Joss Tarvell/PER'],
    );
    assert.deepStrictEqual(
      run('Minister of Trade and Industry Joss Tarvell said', 'B-ORG I-ORG I-ORG I-ORG I-ORG B-PER I-PER O'),
      ['Joss Tarvell/PER'],
    );
    // Not a body or place after "for" or "of", nor a portfolio with no person after it.
    assert.deepStrictEqual(run('Commissioner for Tarnia Joss Tarvell', 'B-ORG I-ORG I-ORG B-PER I-PER'), [
      'Commissioner for Tarnia/ORG',
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('the Commissioner for Energy said', 'O B-ORG I-ORG I-ORG O'), [
      'Commissioner for Energy/ORG',
    ]);
  });

  it('drops a name made of portfolios and everyday words right after "<office title> of" or "for"', () => {
    assert.deepStrictEqual(
      run('the Minister for Energy and Housing , Ann Lee', 'O O O B-ORG I-ORG I-ORG O B-PER I-PER'),
      ['Ann Lee/PER'],
    );
    // Also the last of a list of portfolios the tagger read alone, and one of a holder with a name.
    assert.deepStrictEqual(run('Minister of Health , Housing and Sport Ann Lee', 'O O O O O O B-LOC B-PER I-PER'), [
      'Ann Lee/PER',
    ]);
    assert.deepStrictEqual(run('Minister of Health and Energy Joss Tarvell said', 'O O O O B-ORG I-ORG I-ORG O'), [
      'Joss Tarvell/PER',
    ]);
    // Remits of disasters, seas and the land ("Rural and Maritime Development and Disaster Management").
    assert.deepStrictEqual(
      run(
        'the Minister for Rural Development and Disaster Management , Ann Lee',
        'O O O B-ORG I-ORG I-ORG I-ORG I-ORG O B-PER I-PER',
      ),
      ['Ann Lee/PER'],
    );
    // Not a place or a body of its own, nor a name after another word.
    assert.deepStrictEqual(run('the Minister for Vellandia said', 'O O O B-LOC O'), ['Vellandia/LOC']);
    assert.deepStrictEqual(run('the Minister for Velkom Energy said', 'O O O B-ORG I-ORG O'), ['Velkom Energy/ORG']);
    assert.deepStrictEqual(run('a study of Energy and Housing', 'O O O B-ORG I-ORG I-ORG'), ['Energy and Housing/ORG']);
  });

  it('cuts the portfolio after "<office title> of" or "for" from the name of the person who holds it', () => {
    assert.deepStrictEqual(run('Secretary of Velka Joss Tarvell said', 'O O B-ORG I-ORG I-ORG O'), [
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Minister for Energy Joss Tarvell said', 'O O B-PER I-PER I-PER O'), [
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Member of Parliament Joss Tarvell said', 'O O B-ORG I-ORG I-ORG O'), [
      'Joss Tarvell/PER',
    ]);
    // Without a listed given name, the name starts after the portfolio's words.
    assert.deepStrictEqual(run('Minister of Commerce Qin Velkar said', 'O O B-ORG I-ORG I-ORG O'), ['Qin Velkar/PER']);
    // Also when the portfolio's first words were left out of the name.
    assert.deepStrictEqual(run('Minister for Foreign Affairs Joss Tarvell said', 'O O O B-PER I-PER I-PER O'), [
      'Joss Tarvell/PER',
    ]);
    // Without a given name to start the person's name, or after no office title, it stays.
    assert.deepStrictEqual(run('Secretary of Velka Tarvell said', 'O O B-ORG I-ORG O'), ['Velka Tarvell/ORG']);
    assert.deepStrictEqual(run('Friends of Velka Joss said', 'O O B-ORG I-ORG O'), ['Velka Joss/ORG']);
  });

  it("keeps the title in a ground's name: a name ending in a stadium's word is the place", () => {
    assert.deepStrictEqual(run('at General Velko Stadium today', 'O B-ORG I-ORG I-ORG O'), [
      'General Velko Stadium/LOC',
    ]);
    assert.deepStrictEqual(run('at Colonel Velko Stadium today', 'O B-LOC I-LOC I-LOC O'), [
      'Colonel Velko Stadium/LOC',
    ]);
  });

  it("reads a titled name as a person however many particles its surname has, after a French lawyer's title too", () => {
    assert.deepStrictEqual(
      run('her lawyer , Maître Ula de la Tarn , argued', 'O O O B-ORG I-ORG I-ORG I-ORG I-ORG O O'),
      ['Ula de la Tarn/PER'],
    );
    // Four words of a name besides its particles are more than a titled person's.
    assert.deepStrictEqual(run('the General Velk Tarn Brask Qor said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'General Velk Tarn Brask Qor/ORG',
    ]);
  });
});
