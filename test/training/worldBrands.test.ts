import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { brands } from '../../scripts/world-brands';

/** One item of the index: a brand of some countries ("001" is the world). */
const item = (displayName: string, tags: Record<string, string>, include: string[]) => ({
  displayName,
  locationSet: { include },
  tags,
});

describe('companies and brands for the knowledge base', () => {
  let dir: string;
  const write = (items: object[], wikidata: Record<string, { label?: string; description?: string }>) => {
    fs.mkdirSync(path.join(dir, 'dist', 'json'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'dist', 'wikidata'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'dist', 'json', 'nsi.json'),
      JSON.stringify({ nsi: { 'brands/shop/x': { items } } }),
    );
    fs.writeFileSync(path.join(dir, 'dist', 'wikidata', 'wikidata.json'), JSON.stringify({ wikidata }));
  };
  const countryName = new Map([
    ['VA', 'Valdoria'],
    ['TA', 'Tarnia'],
  ]);
  const everyday = (w: string) => ['house', 'bank', 'justice'].includes(w);
  const listedBody = (w: string) => w === 'velkoil';
  const build = (known: string[] = [], taken: string[] = []) =>
    brands(dir, new Set(known), new Set(taken), countryName, everyday, listedBody).map(e => [
      e.id,
      e.label,
      e.aliases.join('|'),
      e.description,
      e.prominence,
    ]);
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-brands-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes a brand of the world by its name alone, and one of a few countries where the article names them', () => {
    write(
      [
        item('Velkoil', { brand: 'Velkoil', 'brand:wikidata': 'Q1' }, ['001']),
        item('Marrow Post', { operator: 'Marrow Post', 'operator:wikidata': 'Q2' }, ['va']),
        item('Tarn Rail', { network: 'Tarn Rail', 'network:wikidata': 'Q3' }, ['ta-12.geojson']),
        item('Velk Relief', { operator: 'Velk Relief', 'operator:wikidata': 'Q4' }, ['va']),
      ],
      {
        Q1: { label: 'Velkoil', description: 'Valdorian oil company' },
        Q2: { label: 'Marrow Post', description: 'postal service' },
        Q3: { label: 'Tarn Rail', description: 'railway operator of Tarnia' },
        Q4: { label: 'Velk Relief', description: 'agency responsible for' },
      },
    );
    assert.deepStrictEqual(build(), [
      ['Q1', 'Velkoil', '', 'Valdorian oil company', 6],
      ['Q2', 'Marrow Post', '', 'postal service in Valdoria', 5],
      // A description that says where already, or that is cut short, is left as it is.
      ['Q3', 'Tarn Rail', '', 'railway operator of Tarnia', 5],
      ['Q4', 'Velk Relief', '', 'agency responsible for', 5],
    ]);
  });

  it('leaves out what the knowledge base holds, places, and items without an English label or description', () => {
    write(
      [
        item('Held', { brand: 'Held Co', 'brand:wikidata': 'Q1' }, ['001']),
        item('Named', { brand: 'Marrow Mills', 'brand:wikidata': 'Q2' }, ['001']),
        item('Town', { operator: 'Marrowby', 'operator:wikidata': 'Q3' }, ['va']),
        item('Bare', { brand: 'Velk Foods', 'brand:wikidata': 'Q4' }, ['001']),
      ],
      {
        Q1: { label: 'Held Co', description: 'company' },
        Q2: { label: 'Marrow Mills', description: 'mill company' },
        Q3: { label: 'Marrowby Municipality', description: 'municipality in Valdoria' },
        Q4: { label: 'Velk Foods' },
      },
    );
    assert.deepStrictEqual(build(['Q1'], ['marrow mills']), []);
  });

  it('finds a one-word brand only when it is of the world and listed as a body or written as no word is', () => {
    write(
      [
        item('Velkoil', { brand: 'Velkoil', 'brand:wikidata': 'Q1' }, ['001']),
        item('VK7', { brand: 'VK7', 'brand:wikidata': 'Q2' }, ['001']),
        item('Tarnby', { brand: 'Tarnby', 'brand:wikidata': 'Q3' }, ['001']),
        item('House', { brand: 'House', 'brand:wikidata': 'Q4' }, ['001']),
        item('Velkoil', { brand: 'Velkoil', 'brand:wikidata': 'Q5' }, ['va']),
      ],
      {
        Q1: { label: 'Velkoil', description: 'oil company' },
        Q2: { label: 'VK7', description: 'chain of shops' },
        Q3: { label: 'Tarnby', description: 'chain of shops' },
        Q4: { label: 'House', description: 'clothing chain' },
        Q5: { label: 'Velkoil', description: 'fuel station chain' },
      },
    );
    assert.deepStrictEqual(
      build().map(e => e[0]),
      ['Q1', 'Q2'],
    );
  });

  it("needs a local brand's names to be more than everyday words, and keeps no alias that is another's name", () => {
    write(
      [
        item('Justice', { brand: 'Justice', 'brand:wikidata': 'Q1' }, ['va']),
        item('House Bank', { brand: 'House Bank', 'brand:wikidata': 'Q2' }, ['va']),
        item('Marrow Bank', { brand: 'Marrow Bank', 'brand:en': 'Bank', 'brand:wikidata': 'Q3' }, ['va']),
        item('Velk Mills', { brand: 'Velk Mills', 'brand:wikidata': 'Q4' }, ['001']),
        item('Velk Mills Online', { brand: 'Velk Mills', 'brand:wikidata': 'Q5' }, ['va']),
      ],
      {
        Q1: { label: 'Tween Shops', description: 'clothing retailer' },
        Q2: { label: 'House Bank', description: 'bank' },
        Q3: { label: 'Marrow Bank', description: 'bank' },
        Q4: { label: 'Velk Mills', description: 'mill company' },
        Q5: { label: 'Velk Mills Online', description: 'online shop' },
      },
    );
    assert.deepStrictEqual(build(), [
      ['Q1', 'Tween Shops', '', 'clothing retailer in Valdoria', 5],
      ['Q3', 'Marrow Bank', '', 'bank in Valdoria', 5],
      ['Q4', 'Velk Mills', '', 'mill company', 6],
      ['Q5', 'Velk Mills Online', '', 'online shop in Valdoria', 5],
    ]);
  });
});
