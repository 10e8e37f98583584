import * as assert from 'assert';
import { townNames } from '../../scripts/build-towns';
import { isOneWordTownName } from '../../scripts/gazetteer-places';
import { formatNameList, parseNameList } from '../../src/training/nameFile';

describe('towns for the name lists (npm run build:towns)', () => {
  it('keeps the one-word names of towns of about 30,000 people or more, lower-cased, sorted, once each', () => {
    const cities = [
      { name: 'Velbuja', country: 'TA', population: 250_000 },
      { name: 'Dorvel', country: 'VE', population: 31_623 },
      { name: 'Dorvel', country: 'TA', population: 90_000 },
      { name: 'Marsby', country: 'TA', population: 31_622 },
      { name: 'Port Velby', country: 'TA', population: 500_000 },
      { name: 'Ost', country: 'TA', population: 500_000 },
      { name: 'TARNOPOL', country: 'TA', population: 500_000 },
    ];
    assert.deepStrictEqual(townNames(cities), ['dorvel', 'velbuja']);
    assert.ok(isOneWordTownName('Łódź') && !isOneWordTownName('Saint-Velby') && !isOneWordTownName('Ost'));
  });

  it('writes them in the names file format, which names the list in its errors', () => {
    const text = formatNameList(['dorvel', 'velbuja'], { source: 'invented' });
    assert.deepStrictEqual(parseNameList(text, 'town names'), ['dorvel', 'velbuja']);
    assert.throws(() => parseNameList('dorvel\n', 'town names'), /town names: expected a JSON header/);
  });
});
