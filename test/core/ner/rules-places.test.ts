import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules on listed places inside longer names', () => {
  it('splits two listed places read as one name into two places', () => {
    const tags = 'O O B-ORG I-ORG I-ORG I-ORG O';
    assert.deepStrictEqual(run('brokered by Vellandia and San Tarno today', tags), ['Vellandia/LOC', 'San Tarno/LOC']);
    assert.deepStrictEqual(run('streets of Tarnby and Vellandia', 'O O B-LOC I-LOC I-LOC'), [
      'Tarnby/LOC',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('Tarnby and Vellandia said', 'B-PER I-PER I-PER O'), ['Tarnby/LOC', 'Vellandia/LOC']);
    // The whole is listed, or neither side is a listed place: one name, as read. One listed single
    // word is enough for two single words (see splitJoinedPairs).
    assert.deepStrictEqual(run('in Tarnia and Velland', 'O B-ORG I-ORG I-ORG'), ['Tarnia and Velland/LOC']);
    assert.deepStrictEqual(run('Qelm and Harl said', 'B-ORG I-ORG I-ORG O'), ['Qelm and Harl/ORG']);
    assert.deepStrictEqual(run('Tarnby and Harl said', 'B-ORG I-ORG I-ORG O'), ['Tarnby/LOC', 'Harl/LOC']);
  });

  it("splits a listed place's possessive from the body or person named after it", () => {
    assert.deepStrictEqual(run("Vellandia 's Supreme Court ruled", 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Vellandia/LOC',
      'Supreme Court/ORG',
    ]);
    // A body's name of two words or more ending in its head word owns the name after it.
    assert.deepStrictEqual(run("the Velk Council 's Harl Museum opened", 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Council/ORG',
      'Harl Museum/ORG',
    ]);
    // A possessive written as an apostrophe alone after a final "s", and a place of the place list.
    assert.deepStrictEqual(run("Velkas' Supreme Court ruled", 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Velkas/LOC',
      'Supreme Court/ORG',
    ]);
    assert.deepStrictEqual(run("Port Velby's Harbour Council met", 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Port Velby/LOC',
      'Harbour Council/ORG',
    ]);
    assert.deepStrictEqual(
      run("the Fish Ministry and Vellandia 's Roads Ministry", 'O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG'),
      ['Fish Ministry/ORG', 'Vellandia/LOC', 'Roads Ministry/ORG'],
    );
    assert.deepStrictEqual(run("Vellandia 's 47th Mechanized Brigade said", 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Vellandia/LOC',
      '47th Mechanized Brigade/ORG',
    ]);
    assert.deepStrictEqual(run("Tarnby's Ann Velk won", 'B-PER I-PER I-PER I-PER O'), ['Tarnby/LOC', 'Ann Velk/PER']);
    // No listed place before the possessive, or nothing capitalised after it: as read.
    assert.deepStrictEqual(run("Velkan People 's Party won", 'B-ORG I-ORG I-ORG I-ORG O'), [
      "Velkan People 's Party/ORG",
    ]);
    assert.deepStrictEqual(run("Velkom 's own", 'B-ORG I-ORG O'), ["Velkom 's/ORG"]);
    // A body named by its head and "of" owns what follows, unless an everyday word has the possessive.
    assert.deepStrictEqual(run("Bank of Vellandia 's Policy Unit met", 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Bank of Vellandia/ORG',
      'Policy Unit/ORG',
    ]);
    assert.deepStrictEqual(run("Ministry of Women 's Affairs met", 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      "Ministry of Women 's Affairs/ORG",
    ]);
    // An everyday word that heads a body's name of two words or more still owns what follows.
    assert.deepStrictEqual(run("on the Velk Trust 's Tarn board", 'O O B-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Trust/ORG',
      'Tarn/ORG',
    ]);
    // A nationality alone after the possessive is cut off whatever the owner, and a longer name after it is not.
    assert.deepStrictEqual(run("Brenn Steel 's Korean unit", 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Brenn Steel/ORG',
      'Korean/MISC',
    ]);
    assert.deepStrictEqual(run("Brenn Steel 's Korean Works", 'B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      "Brenn Steel 's Korean Works/ORG",
    ]);
  });

  it("splits a listed body's or an acronym's possessive from the body it has, and any owner's from a listed body", () => {
    assert.deepStrictEqual(run("rescued by VTO 's Security Assistance Force", 'O O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'VTO/ORG',
      'Security Assistance Force/ORG',
    ]);
    assert.deepStrictEqual(run("a blow to Velkom 's Tarnair unit", 'O O O B-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Tarnair/ORG',
    ]);
    // A shop or firm named with its founder's possessive: one name.
    assert.deepStrictEqual(run("Qorma 's Accessories said", 'B-ORG I-ORG I-ORG O'), ["Qorma 's Accessories/ORG"]);
    // Any owner of a listed body is a name of its own, but a plural of people opens one name.
    assert.deepStrictEqual(run("linked to Qorvik 's Velkom unit", 'O O B-ORG I-ORG I-ORG O'), [
      'Qorvik/ORG',
      'Velkom/ORG',
    ]);
    assert.deepStrictEqual(run("the Women 's Velkom league", 'O B-ORG I-ORG I-ORG O'), ["Women 's Velkom/ORG"]);
  });

  it("makes a listed country's or region's name of two words made an adjective or its people one nationality", () => {
    assert.deepStrictEqual(run('a San Tarnon policeman', 'O B-PER I-PER O'), ['San Tarnon/MISC']);
    assert.deepStrictEqual(run('the San Tarnan team', 'O B-ORG B-MISC O'), ['San Tarnan/MISC']);
    assert.deepStrictEqual(run('a San Tarnoer won', 'O B-LOC I-LOC O'), ['San Tarnoer/MISC']);
    // Its people too, and a listed region's.
    assert.deepStrictEqual(run('thousands of San Tarnans marched', 'O O B-ORG I-ORG O'), ['San Tarnans/MISC']);
    assert.deepStrictEqual(run('thousands of Nova Velkans voted', 'O O B-ORG I-ORG O'), ['Nova Velkans/MISC']);
    // Held by a longer name, or no listed country: as read.
    assert.deepStrictEqual(run('San Tarnon Airways flew', 'B-ORG I-ORG I-ORG O'), ['San Tarnon Airways/ORG']);
    assert.deepStrictEqual(run('a San Velkon policeman', 'O B-PER I-PER O'), ['San Velkon/PER']);
  });

  it("makes a saint's name, its possessive and the words after it one place, or a body when a school or hospital", () => {
    assert.deepStrictEqual(run("crowds in St. Tarn 's Square cheered", 'O O B-LOC B-PER O O O'), [
      "St. Tarn 's Square/LOC",
    ]);
    assert.deepStrictEqual(run("at Saint Velk 's Basilica Sunday", 'O B-PER I-PER O B-LOC O'), [
      "Saint Velk 's Basilica/LOC",
    ]);
    assert.deepStrictEqual(run("treated at St Velk 's Hospital .", 'O O B-LOC I-LOC O O O'), [
      "St Velk 's Hospital/ORG",
    ]);
    // No name read in it, no possessive, or a name crossing its edge: as read.
    assert.deepStrictEqual(run("in St. Tarn 's Square", 'O O O O O'), []);
    assert.deepStrictEqual(run('in St. Tarn Square', 'O B-LOC I-LOC O'), ['St. Tarn/LOC']);
  });

  it('makes a person read right after "in" a place, with the names listed beside it', () => {
    assert.deepStrictEqual(run('shelling in Qormabad killed two', 'O O B-PER O O'), ['Qormabad/LOC']);
    assert.deepStrictEqual(run('officials in Tel Qorma and Velkabad said', 'O O B-PER I-PER O B-PER O'), [
      'Tel Qorma/LOC',
      'Velkabad/LOC',
    ]);
    assert.deepStrictEqual(run('voters in Qormabad , Velkabad and Tarnish', 'O O B-PER O B-PER O B-PER'), [
      'Qormabad/LOC',
      'Velkabad/LOC',
      'Tarnish/LOC',
    ]);
    // After "toward", one word only: a person's full name follows it too.
    assert.deepStrictEqual(run('a line toward Qormabad in the north', 'O O O B-PER O O O'), ['Qormabad/LOC']);
    assert.deepStrictEqual(run('biased toward Qorma Velkin', 'O O B-PER I-PER'), ['Qorma Velkin/PER']);
    // After "near", a person or a body no list holds.
    assert.deepStrictEqual(run('traffic near Velkusen backed up', 'O O B-PER O O'), ['Velkusen/LOC']);
    assert.deepStrictEqual(run('a blast near Qormabad', 'O O O B-ORG'), ['Qormabad/LOC']);
    assert.deepStrictEqual(run('a plant near Velmora Dynamics', 'O O O B-ORG I-ORG'), ['Velmora Dynamics/ORG']);
    assert.deepStrictEqual(run('a blast near Qormabad police headquarters', 'O O O B-ORG O O'), ['Qormabad/ORG']);
    assert.deepStrictEqual(run('a blast near Qorma University', 'O O O B-ORG I-ORG'), ['Qorma University/ORG']);
    // A given name, month or listed surname first; a possessive or "v." after; not after "in": a person.
    assert.deepStrictEqual(run('a role in Joss Qorma films', 'O O O B-PER I-PER O'), ['Joss Qorma/PER']);
    assert.deepStrictEqual(run('but in June Qorma resigned', 'O O B-PER I-PER O'), ['June Qorma/PER']);
    assert.deepStrictEqual(run('confidence in Brennick', 'O O B-PER'), ['Brennick/PER']);
    assert.deepStrictEqual(run("a role in Qorma 's film", 'O O O B-PER O O'), ['Qorma/PER']);
    assert.deepStrictEqual(run('ruled in Qorma v. Velk', 'O O B-PER O O B-PER'), ['Qorma/PER', 'Velk/PER']);
    assert.deepStrictEqual(run('met Qorma and Velkabad', 'O B-PER O B-PER'), ['Qorma/PER', 'Velkabad/PER']);
    // After a comma and a place the tagger read after "in" or "at", a name ending as a list's item does.
    assert.deepStrictEqual(run('held at Qormabad , Velkin , and freed', 'O O B-LOC O B-PER O O O'), [
      'Qormabad/LOC',
      'Velkin/LOC',
    ]);
    assert.deepStrictEqual(run('talks in Qormabad , Velkin said', 'O O B-LOC O B-PER O'), [
      'Qormabad/LOC',
      'Velkin/PER',
    ]);
    // Listed with a place the tagger read after "in": a place too (rules-neighbours.ts).
    assert.deepStrictEqual(run('in Tarnby and Qorma', 'O B-LOC O B-PER'), ['Tarnby/LOC', 'Qorma/LOC']);
  });

  it('tags an untagged word between a preposition of place and a comma before a place as a town', () => {
    assert.deepStrictEqual(run('servers in Ashby , Velland , failed', 'O O O O B-LOC O O'), [
      'Ashby/LOC',
      'Velland/LOC',
    ]);
    assert.deepStrictEqual(run('residents of Qorma , Tarnia fled', 'O O O O B-LOC O'), ['Qorma/LOC', 'Tarnia/LOC']);
    // An everyday word or a month, no preposition of place, or a name after the comma that is no place: left alone.
    assert.deepStrictEqual(run('in Band , Velland said', 'O O O B-LOC O'), ['Velland/LOC']);
    assert.deepStrictEqual(run('in June , Velland said', 'O O O B-LOC O'), ['Velland/LOC']);
    assert.deepStrictEqual(run('with Ashby , Velland said', 'O O O B-LOC O'), ['Velland/LOC']);
    assert.deepStrictEqual(run('in Ashby , Velkom said', 'O O O B-ORG O'), ['Velkom/ORG']);
  });
});
