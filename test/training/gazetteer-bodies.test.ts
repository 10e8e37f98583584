import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BodyName, listedBodies, readBodyNames, readHandWritten, worldBodies } from '../../scripts/gazetteer-bodies';
import { GazCategory } from '../../src/core/ner/gazetteer';
import { encodeWorld, KnowledgeBase } from '../../src/core/world';

const org = (name: string): BodyName => ({ category: 'org', name, source: 'nasdaq' });
const team = (name: string): BodyName => ({ category: 'team', name, source: 'clubs' });

describe('organisation names for the name lists', () => {
  const base = (): Partial<Record<GazCategory, string[]>> => ({
    city: ['velby', 'port velby'],
    first: ['tarja'],
    orgWord: ['united', 'rovers'],
  });
  const ordinary = new Set(['harbour', 'lamp', 'works']);
  /** A knowledge base with no entities, for the tests of the other filters. */
  const noWorld = new KnowledgeBase(encodeWorld([]));
  /** The folder of a names file a test wrote, removed after it. */
  let folder: string | undefined;
  afterEach(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  it('keeps distinctive names, split and lower-cased as the recogniser splits text', () => {
    const { bodies, counts } = listedBodies(
      base(),
      ordinary,
      [org('Velmora Dynamics'), org('Brask & Tolle'), team('Brastow Rovers'), org('Velmora Dynamics')],
      noWorld,
    );
    assert.deepStrictEqual(bodies, ['brask & tolle', 'brastow rovers', 'velmora dynamics']);
    assert.strictEqual(counts.kept, 4);
  });

  it('keeps a name with accents also without them, through the same filter', () => {
    const { bodies } = listedBodies(base(), ordinary, [team('Atlético Brastow'), org('Vélby')], noWorld);
    // "Velby" is a listed city: the plain spelling is left out, the written one kept.
    assert.deepStrictEqual(bodies, ['atletico brastow', 'atlético brastow', 'vélby']);
  });

  it('leaves out names that are places, given names or designators', () => {
    const { bodies, counts } = listedBodies(
      base(),
      ordinary,
      [org('Velby'), org('Port Velby'), org('Tarja'), org('United')],
      noWorld,
    );
    assert.deepStrictEqual(bodies, []);
    assert.strictEqual(counts.taken, 4);
  });

  it('leaves out one-word names that are ordinary words: in the training text, SCOWL or compromise', () => {
    const { bodies } = listedBodies(
      base(),
      ordinary,
      [org('Lamp'), org('Apple'), org('Target'), org('Next'), org('Orange'), org('Qx'), org('Velmora')],
      noWorld,
    );
    assert.deepStrictEqual(bodies, ['velmora']);
  });

  it('leaves out names of places and people of the knowledge base', () => {
    const world = new KnowledgeBase(
      encodeWorld([
        { id: 'Q1', type: 'LOC', label: 'São Velmo', aliases: [], description: 'city', prominence: 6 },
        { id: 'Q2', type: 'PER', label: 'Anrik Dovel', aliases: [], description: 'senator', prominence: 5 },
        { id: 'Q3', type: 'ORG', label: 'Velmora Dynamics', aliases: [], description: 'company', prominence: 5 },
      ]),
    );
    const { bodies, counts } = listedBodies(
      base(),
      ordinary,
      [team('Sao Velmo'), org('Anrik Dovel'), org('Velmora Dynamics')],
      world,
    );
    assert.deepStrictEqual(bodies, ['velmora dynamics']);
    assert.strictEqual(counts.taken, 2);
    // A firm of several words written into a list by hand stays a body; a band or a one-word name does not.
    const hand = (name: string, source: BodyName['source']): BodyName => ({ category: 'org', name, source });
    const byHand = listedBodies(
      base(),
      ordinary,
      [hand('Sao Velmo', 'companies'), hand('Sao Velmo', 'music'), hand('Anrik', 'companies')],
      new KnowledgeBase(
        encodeWorld([
          { id: 'Q1', type: 'LOC', label: 'São Velmo', aliases: [], description: 'city', prominence: 6 },
          { id: 'Q4', type: 'LOC', label: 'Anrik', aliases: [], description: 'city', prominence: 4 },
        ]),
      ),
    );
    assert.deepStrictEqual(byHand.bodies, ['sao velmo']);
  });

  it("takes the knowledge base's best-known bodies by their longer names, not museums or research sites", () => {
    const body = (id: string, label: string, aliases: string[], description: string, prominence = 6) => ({
      id,
      type: 'ORG' as const,
      label,
      aliases,
      description,
      prominence,
    });
    const world = new KnowledgeBase(
      encodeWorld([
        body('Q1', 'Tarnian Union', ['TU', 'Union of Tarnia'], 'public body in Velby, Tarnia'),
        body('Q2', 'Velby Space Center', [], 'research facility in Velby, Tarnia'),
        body('Q3', 'Velby Art Museum', [], 'archive, library or museum in Velby, Tarnia'),
        body('Q4', 'Velby College', [], 'university or college in Velby, Tarnia', 5),
        { ...body('Q5', 'Port Velby', [], 'city'), type: 'LOC' },
      ]),
    );
    assert.deepStrictEqual(
      worldBodies(world).map(b => b.name),
      ['Tarnian Union', 'Union of Tarnia'],
    );
    // One word only as a best-known body's label, never an acronym or an alias.
    const brands = new KnowledgeBase(
      encodeWorld([
        body('Q6', 'Velmorex', ['Velmo'], 'company in Velby, Tarnia'),
        body('Q7', 'Tarncorp', [], 'company in Velby, Tarnia', 5),
        body('Q8', 'TVA', [], 'public body in Velby, Tarnia'),
      ]),
    );
    assert.deepStrictEqual(
      worldBodies(brands).map(b => b.name),
      ['Velmorex'],
    );
    // A party of prominence 5 by its one-word label as well, still not by an acronym or an alias.
    const parties = new KnowledgeBase(
      encodeWorld([
        body('Q9', 'Tarnvolk', ['Volkspartei'], 'political party in Tarnia', 5),
        body('Q10', 'TVP', [], 'political party in Tarnia', 5),
        body('Q11', 'Velby Tarnvolk', [], 'political party in Tarnia', 5),
      ]),
    );
    assert.deepStrictEqual(
      worldBodies(parties).map(b => b.name),
      ['Tarnvolk', 'Velby Tarnvolk'],
    );
  });

  it('takes a lesser-known body by a longer name that holds a town of 30,000 people or more', () => {
    const entity = (id: string, type: 'ORG' | 'LOC', label: string, prominence: number) => ({
      id,
      type,
      label,
      aliases: [],
      description: type === 'LOC' ? 'city in Tarnia' : 'company in Tarnia',
      prominence,
    });
    const world = new KnowledgeBase(
      encodeWorld([
        entity('Q1', 'LOC', 'Velby', 5),
        entity('Q2', 'LOC', 'Anrik', 4),
        entity('Q3', 'LOC', 'Marta', 5),
        entity('Q4', 'ORG', 'Energie Velby', 5),
        entity('Q5', 'ORG', 'Holding Anrik', 5),
        entity('Q6', 'ORG', 'Camp Marta', 5),
        entity('Q7', 'ORG', 'Tarn Park', 5),
        entity('Q8', 'ORG', 'Velbyco', 5),
      ]),
    );
    // Not a small town's ("Anrik"), a town named like a person ("Marta"), a name without a town, or one word.
    assert.deepStrictEqual(
      worldBodies(world, new Set(['marta'])).map(b => b.name),
      ['Energie Velby'],
    );
  });

  it('leaves out a name opened by a place word and "of": the place and its government alike', () => {
    const lists = { ...base(), locWord: ['state'] };
    const { bodies } = listedBodies(lists, ordinary, [org('State of Velland'), org('Velland State Bank')], noWorld);
    assert.deepStrictEqual(bodies, ['velland state bank']);
  });

  it("leaves out a club's one-word name, its town's, but keeps the club's longer names", () => {
    const { bodies, counts } = listedBodies(base(), ordinary, [team('Brastow'), team('Brastow Athletico')], noWorld);
    assert.deepStrictEqual(bodies, ['brastow athletico']);
    assert.strictEqual(counts.town, 1);
  });

  it('leaves out a one-word name that the training text mostly labels as a place, but not a longer one', () => {
    const places = new Set(['tarnlantic']);
    const names = [org('Tarnlantic'), org('Tarnlantic Lines'), org('Velmora')];
    const { bodies, counts } = listedBodies(base(), ordinary, names, noWorld, places);
    assert.deepStrictEqual(bodies, ['tarnlantic lines', 'velmora']);
    assert.strictEqual(counts.place, 1);
  });

  it('leaves out longer names made only of ordinary words and designators, and names over four words', () => {
    const { bodies, counts } = listedBodies(
      base(),
      ordinary,
      [org('Harbour Lamp Works'), team('Harbour United'), org('Velmora Harbour'), org('One Two Three Four Five')],
      noWorld,
    );
    assert.deepStrictEqual(bodies, ['velmora harbour']);
    assert.strictEqual(counts.ordinary, 2);
    assert.strictEqual(counts.long, 1);
  });

  it('reads the names file, skipping its comments', () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bodies-'));
    const file = path.join(folder, 'names.txt');
    fs.writeFileSync(file, '# a comment\norg\tVelmora Dynamics\tnasdaq\nteam\tBrastow Rovers\tclubs\n');
    assert.deepStrictEqual(readBodyNames(file), [org('Velmora Dynamics'), team('Brastow Rovers')]);
  });

  it("reads the news agencies' names, one a line, as bodies, and the shipped list has the agencies wire copy cites", () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bodies-'));
    const file = path.join(folder, 'agencies.txt');
    fs.writeFileSync(file, '# a comment\nVelkpress\n\nTarn News Agency \n');
    const agency = (name: string): BodyName => ({ category: 'org', name, source: 'agencies' });
    assert.deepStrictEqual(readHandWritten('agencies', file), [agency('Velkpress'), agency('Tarn News Agency')]);
    const shipped = readHandWritten('agencies').map(b => b.name);
    for (const name of ['Xinhua', 'Interfax', 'Anadolu', 'Yonhap']) assert.ok(shipped.includes(name), name);
  });

  it('keeps names written by hand that the silver labels call places, or that are made of ordinary words', () => {
    const byHand = (name: string): BodyName => ({ category: 'org', name, source: 'well-known' });
    const places = new Set(['tarnlantic']);
    const names = [byHand('Tarnlantic'), byHand('Harbour Lamp Works'), byHand('Harbour'), org('Lamp Works')];
    const { bodies, counts } = listedBodies(base(), ordinary, names, noWorld, places);
    // One ordinary word stays out, by hand or not: it is mostly the word.
    assert.deepStrictEqual(bodies, ['harbour lamp works', 'tarnlantic']);
    assert.strictEqual(counts.ordinary, 2);
    const shipped = readHandWritten('well-known').map(b => b.name);
    for (const name of ['Greenpeace', 'World Trade Organization', 'Save the Children']) {
      assert.ok(shipped.includes(name), name);
    }
  });

  it("ships lists of the companies the listings miss, of news outlets outside the US, of states' public bodies, of sports teams and of bands", () => {
    const companies = readHandWritten('companies');
    assert.ok(companies.every(b => b.source === 'companies' && b.category === 'org'));
    const companyNames = companies.map(b => b.name);
    for (const name of ['Gazprom', 'Naftogaz', 'Konami', 'Petrobras']) assert.ok(companyNames.includes(name), name);
    const outlets = readHandWritten('outlets').map(b => b.name);
    for (const name of ['Le Monde', 'Doordarshan', 'Asahi Shimbun', 'RTÉ']) assert.ok(outlets.includes(name), name);
    const state = readHandWritten('state').map(b => b.name);
    for (const name of ['Riksbank', 'Ofgem', 'Mossad']) assert.ok(state.includes(name), name);
    const teams = readHandWritten('sports').map(b => b.name);
    for (const name of ['Saracens', 'Mumbai Indians', 'Red Bull Racing', 'Juventus'])
      assert.ok(teams.includes(name), name);
    const bands = readHandWritten('music').map(b => b.name);
    for (const name of ['Coldplay', 'Linkin Park', 'Rolling Stones', 'Blackpink'])
      assert.ok(bands.includes(name), name);
  });
});
