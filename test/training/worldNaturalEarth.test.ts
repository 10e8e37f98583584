import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { naturalEarthPlaces } from '../../scripts/world-natural-earth';

const PHYSICAL = [
  'ne_10m_rivers_lake_centerlines.tsv',
  'ne_10m_rivers_europe.tsv',
  'ne_10m_rivers_north_america.tsv',
  'ne_10m_lakes.tsv',
  'ne_10m_geography_marine_polys.tsv',
  'ne_10m_geography_regions_polys.tsv',
  'ne_10m_geography_regions_elevation_points.tsv',
];

describe("Natural Earth's places for the knowledge base", () => {
  let dir: string;
  const write = (file: string, header: string[], rows: string[][]) =>
    fs.writeFileSync(path.join(dir, file), [header, ...rows].map(r => r.join('\t')).join('\n') + '\n');
  const physical = (file: string, rows: string[][]) =>
    write(path.join('10m_physical', file), ['featurecla', 'scalerank', 'name', 'name_en', 'wikidataid'], rows);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-natural-earth-'));
    fs.mkdirSync(path.join(dir, '10m_physical'));
    fs.mkdirSync(path.join(dir, '50m_cultural'));
    for (const file of PHYSICAL) physical(file, []);
    // Natural Earth writes some tables' column names in capitals.
    write(
      path.join('50m_cultural', 'ne_50m_populated_places.tsv'),
      ['FEATURECLA', 'NAME', 'NAME_EN', 'WIKIDATAID', 'ADM0NAME', 'ADM1NAME', 'POP_MAX'],
      [
        ['Admin-0 capital', 'Velby', 'Velby', 'Q1', 'Velland', 'Velby', '2000000'],
        ['Admin-1 capital', 'Tarnstadt', 'Tarnstadt', 'Q2', 'Velland', 'Upper Tarn', '100000'],
        ['Scientific station', 'Frost Base', 'Frost Base', 'Q3', 'Velland', '', '40'],
        ['Populated place', 'Nowhere', 'Nowhere', '', 'Velland', '', '5000'],
      ],
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps cities with a Wikidata id, described by region and country and ranked by population', () => {
    const [capital, city, ...rest] = naturalEarthPlaces(dir, () => 0);
    assert.deepStrictEqual(capital, {
      id: 'Q1',
      type: 'LOC',
      label: 'Velby',
      aliases: [],
      description: 'capital city in Velland',
      prominence: Math.log10(2000000) + 1,
    });
    assert.strictEqual(city.description, 'city in Upper Tarn, Velland');
    assert.strictEqual(city.prominence, 5);
    assert.deepStrictEqual(rest, []);
  });

  it('makes one entity of a river cut into rows under local names, with "River" after its English name', () => {
    physical('ne_10m_rivers_lake_centerlines.tsv', [
      ['River', '4', 'Veldau', 'Velduna', 'Q10'],
      ['Lake Centerline', '2', 'Velduna', 'Velduna', 'Q10'],
      ['River', '4', 'Nameless', 'Nameless', ''],
      ['Canal', '4', 'Tarn Cut', 'Tarn Cut', 'Q11'],
    ]);
    const rivers = naturalEarthPlaces(dir, () => 0).filter(e => e.description.startsWith('river'));
    assert.deepStrictEqual(rivers, [
      {
        id: 'Q10',
        type: 'LOC',
        label: 'Velduna',
        aliases: ['Veldau', 'Velduna River'],
        description: 'river',
        prominence: 6,
      },
    ]);
  });

  it('names a lake by its full name, not its bare word, and writes a range in capitals as text does', () => {
    physical('ne_10m_lakes.tsv', [['Lake', '0', 'Lake Marrow', 'Marrow', 'Q20']]);
    write(
      path.join('10m_physical', 'ne_10m_geography_regions_polys.tsv'),
      ['FEATURECLA', 'SCALERANK', 'NAME', 'NAME_EN', 'WIKIDATAID', 'REGION', 'SUBREGION'],
      [['Range/mtn', '1', 'TARN ALPS', 'Tarn Alps', 'Q21', 'Europe', '']],
    );
    const byId = new Map(naturalEarthPlaces(dir, () => 0).map(e => [e.id, e]));
    assert.deepStrictEqual([byId.get('Q20')?.label, byId.get('Q20')?.aliases], ['Lake Marrow', []]);
    assert.deepStrictEqual(
      [byId.get('Q21')?.label, byId.get('Q21')?.aliases, byId.get('Q21')?.description],
      ['Tarn Alps', [], 'mountain range in Europe'],
    );
  });

  it('ranks a feature below a place of the same name that would rank as high, and above a lesser one', () => {
    physical('ne_10m_rivers_lake_centerlines.tsv', [
      ['River', '2', 'Velland', 'Velland', 'Q30'],
      ['River', '2', 'Marrow', 'Marrow', 'Q31'],
    ]);
    const places: Record<string, number> = { velland: 7, marrow: 4 };
    const byId = new Map(naturalEarthPlaces(dir, name => places[name.toLowerCase()] ?? 0).map(e => [e.id, e]));
    assert.strictEqual(byId.get('Q30')?.prominence, 6);
    assert.strictEqual(byId.get('Q31')?.prominence, 6);
    const rival: Record<string, number> = { velland: 6 };
    const ranked = new Map(naturalEarthPlaces(dir, name => rival[name.toLowerCase()] ?? 0).map(e => [e.id, e]));
    assert.strictEqual(ranked.get('Q30')?.prominence, 5);
  });
});
