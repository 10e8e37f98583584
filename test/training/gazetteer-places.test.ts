import * as assert from 'assert';
import { listedPlaces } from '../../scripts/gazetteer-places';
import { encodeWorld, KnowledgeBase, WorldEntity } from '../../src/core/world';

const place = (id: string, label: string, aliases: string[] = []): WorldEntity => ({
  id,
  type: 'LOC',
  label,
  aliases,
  description: 'city',
  prominence: 5,
});

describe('place names for the name lists', () => {
  it("keeps the knowledge base's places of two to four words, split and lower-cased as the recogniser splits text", () => {
    const world = new KnowledgeBase(
      encodeWorld([
        place('Q1', 'Port Velby', ['Velby Port']),
        place('Q2', "Côte d'Tarna"),
        place('Q3', 'Velby'),
        place('Q4', 'Upper Velby on the Tarn Water'),
        { ...place('Q5', 'Velmora Dynamics'), type: 'ORG' },
      ]),
    );
    const { places, towns, counts } = listedPlaces({}, world, new Set());
    assert.deepStrictEqual(places, ["cote d'tarna", "côte d'tarna", 'port velby', 'velby port']);
    // A town's one word goes with the towns; a name of more than four words nowhere.
    assert.deepStrictEqual(towns, ['velby']);
    assert.strictEqual(counts.length, 1);
  });

  it("keeps a country's own one-word names, not its code in capitals nor a given name", () => {
    const country = (id: string, label: string, aliases: string[]) => ({
      ...place(id, label, aliases),
      description: 'country in Western Tarnia',
    });
    const world = new KnowledgeBase(
      encodeWorld([country('Q1', 'Velland', ['VEL', 'Vellandia']), country('Q2', 'Tarja', [])]),
    );
    const { places } = listedPlaces({ first: ['tarja'] }, world, new Set());
    assert.deepStrictEqual(places, ['velland', 'vellandia']);
  });

  it("keeps a well-known place's one hyphenated word, not a lesser place's nor a person's", () => {
    const world = new KnowledgeBase(
      encodeWorld([
        place('Q1', 'Velby-Tarnberg', ['Île-de-Velby']),
        { ...place('Q2', 'Qorm-Sur-Tarn'), prominence: 4 },
        place('Q3', 'Adra-Velkin'),
        { ...place('Q4', 'Adra-Velkin'), type: 'PER' },
        place('Q5', 'Velby'),
      ]),
    );
    const { places } = listedPlaces({}, world, new Set());
    assert.deepStrictEqual(places, ['ile-de-velby', 'velby-tarnberg', 'île-de-velby']);
  });

  it("leaves out people's names, names starting with a given name, a title or a saint's, and listed places", () => {
    const world = new KnowledgeBase(
      encodeWorld([
        place('Q1', 'Anrik Dovel'),
        { ...place('Q2', 'Anrik Dovel'), type: 'PER', description: 'senator' },
        place('Q3', 'Tarja Falls'),
        place('Q4', 'Saint Velmo'),
        place('Q5', 'General Velby'),
        place('Q6', 'Santa Velmo'),
        place('Q7', 'Tarn Harbour'),
      ]),
    );
    const { places, counts } = listedPlaces(
      { first: ['tarja'], title: ['general'], city: ['tarn harbour'] },
      world,
      new Set(),
    );
    assert.deepStrictEqual(places, ['santa velmo']);
    assert.deepStrictEqual([counts.person, counts.personal, counts.listed], [1, 3, 1]);
  });

  it("keeps a well-known river's, sea's, range's or desert's one-word label, not a lesser one's, a body's, an alias or a word read otherwise", () => {
    const feature = (id: string, label: string, description: string, prominence = 6, aliases: string[] = []) => ({
      ...place(id, label, aliases),
      description,
      prominence,
    });
    const world = new KnowledgeBase(
      encodeWorld([
        feature('Q1', 'Velduna', 'river', 6, ['Veldau']),
        feature('Q2', 'Tarnalps', 'mountain range in Europe'),
        feature('Q3', 'Marsk', 'river', 4),
        feature('Q4', 'Ostrava', 'lake'),
        feature('Q5', 'Kelvane', 'river'),
        { ...place('Q6', 'Kelvane'), type: 'ORG', description: 'company' },
        feature('Q7', 'Brisk', 'river'),
        feature('Q8', 'Yellow', 'river'),
      ]),
    );
    const { places } = listedPlaces({ last: ['brisk'] }, world, new Set(['snake']));
    // Stored with the article a feature takes in running text, unlike a country's name.
    assert.deepStrictEqual(places, ['the tarnalps', 'the velduna']);
  });

  it("keeps a town's or a first-level division's one-word name, not a smaller one's, a given name, a surname, a body's or one in capitals", () => {
    const town = (id: string, label: string, description: string, prominence = 6, aliases: string[] = []) => ({
      ...place(id, label, aliases),
      description,
      prominence,
    });
    const world = new KnowledgeBase(
      encodeWorld([
        town('Q1', 'Velbuja', 'capital city in Tarnia', 7),
        town('Q2', 'Envaru', 'state of Tarnia', 6, ['ENVR']),
        town('Q3', 'Marsby', 'city in Tarnia', 4),
        town('Q4', 'Taloren', 'city in Tarnia'),
        town('Q5', 'Brisk', 'city in Tarnia'),
        town('Q6', 'Kelvane', 'city in Tarnia'),
        { ...place('Q7', 'Kelvane'), type: 'ORG', description: 'company' },
        town('Q8', 'Ostrava', 'lake in Tarnia'),
        town('Q9', 'Orvek', 'province of Tarnia', 4),
        town('Q10', 'Dunmarsh', 'district of Tarnia', 4),
        town('Q11', 'Skarvik', 'county of Tarnia', 4),
      ]),
    );
    const { places, towns } = listedPlaces({ last: ['brisk'], givenMore: ['taloren'] }, world, new Set());
    // Stored apart from the places, without an article, as news writes a town's name.
    const more = listedPlaces({ last: ['brisk'], givenMore: ['taloren'] }, world, new Set(), [
      'dorvel',
      'brisk',
      'kelvane',
    ]);
    // Towns from models/town-names.txt too, under the same filter.
    assert.deepStrictEqual(more.towns, ['dorvel', 'envaru', 'orvek', 'skarvik', 'velbuja']);
    assert.deepStrictEqual(towns, ['envaru', 'orvek', 'skarvik', 'velbuja']);
    assert.deepStrictEqual(places, []);
  });
});
