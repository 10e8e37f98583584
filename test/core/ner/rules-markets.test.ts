import * as assert from 'assert';
import { run } from './ruleBench';

describe('companies named where markets news trades them (rules-markets.ts)', () => {
  it('reads the capitalised words after "shares in", "stake in" or "shares of" as a company', () => {
    assert.deepStrictEqual(run('Shares in Qorvane rose', 'O O O O'), ['Qorvane/ORG']);
    assert.deepStrictEqual(run('a stake in Harl Velkin Ltd', 'O O O O O O'), ['Harl Velkin Ltd/ORG']);
    assert.deepStrictEqual(run('shares of Qorvane fell', 'O O B-LOC O'), ['Qorvane/ORG']);
  });

  it('reads the capitalised words right before "shares", "share" or "shareholders" as a company', () => {
    assert.deepStrictEqual(run('Traders said Qorvane shares rose', 'O O O O O'), ['Qorvane/ORG']);
    assert.deepStrictEqual(run('2 dollars per Harl Velkin share', 'O O O B-PER I-PER O'), ['Harl Velkin/ORG']);
    assert.deepStrictEqual(run('QVX-IH shares rose', 'O O O'), ['QVX-IH/ORG']);
    // Not a place, a nationality, the verb, nor one everyday-looking word opening the sentence.
    assert.deepStrictEqual(run('Tarnby shares fell', 'B-LOC O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Korean shares fell', 'B-MISC O O'), ['Korean/MISC']);
    assert.deepStrictEqual(run('Ann Lee shares a flat', 'B-PER I-PER O O O'), ['Ann Lee/PER']);
    assert.deepStrictEqual(run('Morvane shares fell', 'O O O'), []);
  });

  it('leaves places, continents, nationalities, kinds of company and compound adjectives alone', () => {
    assert.deepStrictEqual(run('Shares in Tarnby fell', 'O O B-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Shares in Europe fell', 'O O B-LOC O'), ['Europe/LOC']);
    assert.deepStrictEqual(run('Shares in Korean banks fell', 'O O B-MISC O O'), ['Korean/MISC']);
    assert.deepStrictEqual(run('Shares in Morvane firms fell', 'O O O O O'), []);
    assert.deepStrictEqual(run('Shares of Tarnia-registered Velkom', 'O O O B-ORG'), ['Velkom/ORG']);
  });
});

describe('towns before a market and firms after their analysts (rules-markets.ts)', () => {
  it('reads a town before a lower-case "stock exchange", "stock market" or "bourse" as the place', () => {
    assert.deepStrictEqual(run('listed on the Qelby stock exchange', 'O O O B-ORG O O'), ['Qelby/LOC']);
    assert.deepStrictEqual(run('in an easier Qelby stock market', 'O O O B-ORG O O'), ['Qelby/LOC']);
    assert.deepStrictEqual(run('the Qelby bourse rose', 'O B-ORG O O'), ['Qelby/LOC']);
  });

  it('keeps a listed body and a market named as a name', () => {
    assert.deepStrictEqual(run('the Qorvane stock market fell', 'O B-ORG O O O'), ['Qorvane/ORG']);
    assert.deepStrictEqual(run('the Qelby Stock Exchange fell', 'O B-ORG I-ORG I-ORG O'), ['Qelby Stock Exchange/ORG']);
    assert.deepStrictEqual(run('the Qelby market fell', 'O B-ORG O O'), ['Qelby/ORG']);
  });

  it('reads a listed place after an article and before a noun for a firm as where the firm is', () => {
    assert.deepStrictEqual(run('bought Harl Systems , a Tarnby company', 'O B-ORG I-ORG O O B-ORG O'), [
      'Harl Systems/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('a San Tarno start-up said', 'O B-ORG I-ORG O O'), ['San Tarno/LOC']);
    // Also where sport's words would make the town its club. After "the", a trade before the noun,
    // and the firm's name after it.
    assert.deepStrictEqual(run('the striker signed for a Tarnby charity', 'O O O O O B-ORG O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the band signed with the Tarnby label Velk Records', 'O O O O O B-ORG O B-ORG I-ORG'), [
      'Tarnby/LOC',
      'Velk Records/ORG',
    ]);
    assert.deepStrictEqual(run('the coach of the Tarnby investment firm Harl', 'O O O O B-ORG O O B-ORG'), [
      'Tarnby/LOC',
      'Harl/ORG',
    ]);
    // Not a name on no list of places, not after "the" without the firm's name, not before another noun.
    assert.deepStrictEqual(run('a Qelby company', 'O B-ORG O'), ['Qelby/ORG']);
    assert.deepStrictEqual(run('the Tarnby company won', 'O B-ORG O O'), ['Tarnby/ORG']);
    assert.deepStrictEqual(run('a Tarnby coach', 'O B-ORG O'), ['Tarnby/ORG']);
  });

  it('reads the capitalised words after "analysts at" or "economists at" as their firm', () => {
    assert.deepStrictEqual(run('Analysts at Brenvold said', 'O O O O'), ['Brenvold/ORG']);
    assert.deepStrictEqual(run('economists at Harl Tarnsen said', 'O O B-PER I-PER O'), ['Harl Tarnsen/ORG']);
    assert.deepStrictEqual(run('strategists at the Brenvold Group said', 'O O O O O O'), ['Brenvold Group/ORG']);
  });

  it('leaves a listed place, other people and places at other words alone', () => {
    assert.deepStrictEqual(run('analysts at Tarnby said', 'O O B-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('traders at Qelby said', 'O O B-LOC O'), ['Qelby/LOC']);
    assert.deepStrictEqual(run('analysts in Qelby said', 'O O B-LOC O'), ['Qelby/LOC']);
  });
});

describe('companies a share of which is owned, bought or sold (rules-markets.ts)', () => {
  it('reads the capitalised words after "owns 35 percent of" or "bought 2.5 per cent of" as a company', () => {
    assert.deepStrictEqual(run('which owns 35 percent of Brenvold', 'O O O O O B-LOC'), ['Brenvold/ORG']);
    assert.deepStrictEqual(run('it bought about 2.5 per cent of Qelby', 'O O O O O O O O'), ['Qelby/ORG']);
    assert.deepStrictEqual(run('sold its 10 % of the Brenvold Group', 'O O O O O O O O'), ['Brenvold Group/ORG']);
  });

  it('leaves other shares and listed places alone', () => {
    assert.deepStrictEqual(run('won 35 percent of Brenvold', 'O O O O B-LOC'), ['Brenvold/LOC']);
    assert.deepStrictEqual(run('owns 35 percent of Tarnby', 'O O O O B-LOC'), ['Tarnby/LOC']);
  });

  it('reads one word said to say "it" will do something, or to speak of "its", as a firm', () => {
    assert.deepStrictEqual(run('Qelmora said on Monday it would cut jobs', 'B-PER O O O O O O O'), ['Qelmora/ORG']);
    assert.deepStrictEqual(run('Qelmora said its profit rose', 'B-PER O O O O'), ['Qelmora/ORG']);
    assert.deepStrictEqual(run('Qelmora said in a statement that it plans cuts', 'B-PER O O O O O O O O'), [
      'Qelmora/ORG',
    ]);
    // Not what a thing is, not a listed name of a person, not a name of two words, not "he".
    assert.deepStrictEqual(run('Qelmora said it would be a mistake', 'B-PER O O O O O O'), ['Qelmora/PER']);
    assert.deepStrictEqual(run('Brennick said its aim was clear', 'B-PER O O O O O'), ['Brennick/PER']);
    assert.deepStrictEqual(run('Ann Qelmora said its profit rose', 'B-PER I-PER O O O O'), ['Ann Qelmora/PER']);
    assert.deepStrictEqual(run('Qelmora said he would cut jobs', 'B-PER O O O O O'), ['Qelmora/PER']);
  });

  it('types a name ending in "Average", "Composite" or "Index" as an index (MISC)', () => {
    assert.deepStrictEqual(run('the Velk Industrial Average rose', 'O B-PER I-PER I-PER O'), [
      'Velk Industrial Average/MISC',
    ]);
    assert.deepStrictEqual(run('the Tarnby Composite fell', 'O B-LOC I-LOC O'), ['Tarnby Composite/MISC']);
    // One word, or the word opening the name: as read.
    assert.deepStrictEqual(run('the Index fell', 'O B-ORG O'), ['Index/ORG']);
    assert.deepStrictEqual(run('Index on Velk said', 'B-ORG I-ORG I-ORG O'), ['Index on Velk/ORG']);
  });

  it('types a name before a lower-case "index" or a share "average", or after "benchmark", as an index', () => {
    assert.deepStrictEqual(run('the Harl Qelm index edged up', 'O B-LOC I-LOC O O O'), ['Harl Qelm/MISC']);
    assert.deepStrictEqual(run('the Velkpi share average fell', 'O B-LOC O O O'), ['Velkpi/MISC']);
    assert.deepStrictEqual(run('the Velkpi stock indices fell', 'O B-LOC O O O'), ['Velkpi/MISC']);
    assert.deepStrictEqual(run('the benchmark Velkpi closed', 'O O B-LOC O'), ['Velkpi/MISC']);
    // With its number, which the tagger left out.
    assert.deepStrictEqual(run('the Velkpi 600 index rose', 'O B-ORG O O O'), ['Velkpi 600/MISC']);
    // A body's index keeps the body, and an average of a body's or place's members is no index.
    assert.deepStrictEqual(run('the Tarnby Bank index rose', 'O B-ORG I-ORG O O'), ['Tarnby Bank/ORG']);
    assert.deepStrictEqual(run('below the Velkom average', 'O O B-ORG O'), ['Velkom/ORG']);
    assert.deepStrictEqual(run('the Velk Jones industrial average', 'O B-PER I-PER O O'), ['Velk Jones/MISC']);
  });
});
