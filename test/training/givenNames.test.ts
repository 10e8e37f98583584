import * as assert from 'assert';
import { categoryBit, Gazetteer } from '../../src/core/ner/gazetteer';
import { formatNameList, parseGivenNames } from '../../src/training/nameFile';
import { buildGazetteerLists } from '../../scripts/ner-gazetteer';

const FIRST = categoryBit('first');

describe('given names for the rules', () => {
  it('reads back the names it wrote', () => {
    const names = ['orlaith', "o'dara", 'tamsin'];
    assert.deepStrictEqual(parseGivenNames(formatNameList(names, { sources: ['invented@1.0.0'] })), names);
  });

  it('rejects a file without its header or with a name that is not one lower-cased word', () => {
    assert.throws(() => parseGivenNames('orlaith\n'), /header/);
    assert.throws(() => parseGivenNames('{}\nOrlaith\n'), /Orlaith/);
    assert.throws(() => parseGivenNames('{}\nmary ann\n'), /mary ann/);
  });

  it('adds names that are only given names, and leaves out ordinary words, places and surnames', () => {
    // Invented names; then a modal verb, an adjective, a listed city, a word of a listed country's
    // name, a designator, a title, a company, a noun the training text writes in lower case, and a
    // surname of the lexicon.
    const givenNames = ['orlaith', 'tamsin', 'will', 'young', 'paris', 'kong', 'university', 'bishop', 'ford', 'bank'];
    const surname = buildGazetteerLists().lists.last?.find(n => /^[a-z]{5,}$/.test(n) && !givenNames.includes(n));
    assert.ok(surname);
    const { lists, counts } = buildGazetteerLists({
      givenNames: [...givenNames, surname],
      notNames: new Set(['bank']),
    });
    assert.deepStrictEqual(lists.givenMore, ['orlaith', 'tamsin']);
    assert.deepStrictEqual(counts, { added: 2, dropped: givenNames.length - 1 });
  });

  it('gives the rules the first-name bit for the added names, and the tagger nothing', () => {
    const gaz = Gazetteer.fromLists(new Gazetteer({ first: ['mary'], givenMore: ['orlaith'] }).toLists());
    assert.strictEqual(gaz.word('orlaith'), FIRST);
    assert.strictEqual(gaz.taggerWord('orlaith'), 0);
    assert.strictEqual(gaz.word('mary'), FIRST);
    assert.strictEqual(gaz.taggerWord('mary'), FIRST);
  });
});
