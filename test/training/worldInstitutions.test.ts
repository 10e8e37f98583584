import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { institutions } from '../../scripts/world-institutions';

/** A record in the registry's second schema, for invented institutions. */
function record2(options: {
  display: string;
  wikidata?: string;
  names?: { value: string; types: string[]; lang: string | null }[];
  types?: string[];
  status?: string;
  parent?: string;
  article?: string;
}) {
  return {
    status: options.status ?? 'active',
    types: options.types ?? ['education'],
    names: [{ value: options.display, types: ['ror_display', 'label'], lang: 'en' }, ...(options.names ?? [])],
    external_ids: options.wikidata ? [{ type: 'wikidata', preferred: null, all: [options.wikidata] }] : [],
    locations: [{ geonames_details: { name: 'Marrowby', country_name: 'Valdoria' } }],
    relationships: options.parent ? [{ type: 'parent', label: options.parent }] : [],
    links: options.article ? [{ type: 'wikipedia', value: `https://en.wikipedia.org/wiki/${options.article}` }] : [],
  };
}

describe('institutions for the knowledge base', () => {
  let dir: string;
  const write = (release: string, file: string, content: object) => {
    fs.mkdirSync(path.join(dir, release), { recursive: true });
    fs.writeFileSync(path.join(dir, release, file), JSON.stringify(content));
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-institutions-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps active institutions with a Wikidata id, from the latest release that holds each', () => {
    write('v1.9', 'a.json', record2({ display: 'Marrowby Polytechnic', wikidata: 'Q1' }));
    write('v1.10', 'a.json', record2({ display: 'University of Marrowby', wikidata: 'Q1' }));
    write('v1.10', 'b.json', record2({ display: 'Closed Academy', wikidata: 'Q2', status: 'inactive' }));
    write('v1.10', 'c.json', record2({ display: 'Idless Institute' }));
    write('v2.0', 'd.json', record2({ display: 'Марровский институт', wikidata: 'Q4' }));
    const list = institutions(dir);
    assert.deepStrictEqual(
      list.map(e => [e.id, e.label, e.type, e.description]),
      [['Q1', 'University of Marrowby', 'ORG', 'university or college in Marrowby, Valdoria']],
    );
  });

  it('names a national branch as news does, and the institution itself without its bracketed place', () => {
    write('v2.0', 'a.json', record2({ display: 'Tessaly (Valdoria)', wikidata: 'Q1', types: ['company'] }));
    write(
      'v2.0',
      'b.json',
      record2({
        display: 'Tessaly (Ostland)',
        wikidata: 'Q2',
        types: ['company'],
        parent: 'Tessaly (Valdoria)',
        names: [
          { value: 'TSY', types: ['acronym'], lang: null },
          { value: 'Tessaly', types: ['alias'], lang: 'en' },
          { value: 'Tessaly Ostland Ltd', types: ['alias'], lang: 'en' },
        ],
        article: 'Tessaly',
      }),
    );
    write(
      'v2.0',
      'c.json',
      record2({ display: 'Brightwater (Valdoria)', wikidata: 'Q3', types: ['company'], parent: 'Holdfast Group' }),
    );
    const list = institutions(dir);
    assert.deepStrictEqual(
      list.map(e => e.label),
      ['Tessaly', 'Tessaly Ostland', 'Brightwater'],
    );
    // The branch's acronym and bare name, and the article it shares with its parent, are the parent's.
    assert.deepStrictEqual(list[1].aliases, ['Tessaly Ostland Ltd']);
    assert.strictEqual(list[1].prominence, 5);
  });

  it('takes the encyclopedia article for the best-known name and prominence, and English names only', () => {
    write(
      'v2.0',
      'a.json',
      record2({
        display: 'Valdorian Office for Tides and Harbours',
        wikidata: 'Q1',
        types: ['funder', 'government'],
        names: [
          { value: 'VOTH', types: ['acronym'], lang: null },
          { value: 'Valdorisches Gezeitenamt', types: ['label'], lang: 'de' },
        ],
        article: 'VOTH',
      }),
    );
    write(
      'v2.0',
      'b.json',
      record2({ display: 'Marrowby Music School', wikidata: 'Q2', article: 'Marrowby_Conservatoire' }),
    );
    const [office, school] = institutions(dir);
    assert.deepStrictEqual(office, {
      id: 'Q1',
      type: 'ORG',
      label: 'VOTH',
      aliases: ['Valdorian Office for Tides and Harbours'],
      description: 'public body in Marrowby, Valdoria',
      prominence: 6,
    });
    // An article under another name adds the name, but the school waits for its town to be named.
    assert.strictEqual(school.prominence, 5);
    assert.deepStrictEqual(school.aliases, ['Marrowby Conservatoire']);
  });
});
