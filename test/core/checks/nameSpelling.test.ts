import * as assert from 'assert';
import { applyFix, check, entry, found } from './helpers';

const spelling = (text: string, names: Record<string, string>, registry = [] as ReturnType<typeof entry>[]) =>
  check(text, { names, registry, only: ['nameSpelling'] });

describe('checks: one name spelled more than one way', () => {
  it('flags hyphens, spaces and diacritics written differently, pointing at the more frequent spelling', () => {
    const text =
      'Choe Son Hui met envoys. Choe Son Hui spoke first. Later Choe Son-hui left for Nový Brod, not Novy Brod.';
    const names = {
      'Choe Son Hui': 'person',
      'Choe Son-hui': 'person',
      'Nový Brod': 'location',
      'Novy Brod': 'location',
    };
    const diagnostics = spelling(text, names);
    assert.deepStrictEqual(found(text, diagnostics), ['name-variant: Choe Son-hui', 'name-variant: Novy Brod']);
    assert.match(diagnostics[0].message, /spelled differently from “Choe Son Hui” \(written so 2 times/);
    assert.strictEqual(applyFix(text, diagnostics[0]).includes('Later Choe Son Hui left'), true);
    const alias = diagnostics[0].fixes.find(f => f.kind === 'addAlias');
    assert.deepStrictEqual(alias && { ...alias, title: undefined }, {
      kind: 'addAlias',
      title: undefined,
      name: 'Choe Son Hui',
      alias: 'Choe Son-hui',
      type: 'person',
    });
    assert.match(diagnostics[1].message, /look like one name spelled two ways/, 'a tie says so');
  });

  it('flags a slip in a name and in a surname written alone', () => {
    const text = 'Choe Son Hui arrived. Choe Sun Hui said little. Maria Lindqvist met Okafor. Lindquist left early.';
    const names = {
      'Choe Son Hui': 'person',
      'Choe Sun Hui': 'person',
      'Maria Lindqvist': 'person',
      Lindquist: 'person',
      Okafor: 'person',
    };
    assert.deepStrictEqual(found(text, spelling(text, names)), [
      'name-variant: Choe Sun Hui',
      'name-variant: Lindquist',
    ]);
  });

  it('does not take different people or different words for a misspelling', () => {
    const text = [
      'Lansana Conte ruled until 2008; Alpha Conde was elected in 2010. Conte died that year.',
      'Sri Lanka and Sri Lankan troops; the Bernoullis and Daniel Bernoulli.',
      'Bank Hey (also Sunnybower or Sunny Bower) is a suburb.',
      'Al-Assad spoke; later al-Assad left.',
    ].join('\n');
    const names = {
      'Lansana Conte': 'person',
      'Alpha Conde': 'person',
      Conte: 'person',
      'Sri Lanka': 'location',
      'Sri Lankan': 'location',
      Bernoullis: 'person',
      'Daniel Bernoulli': 'person',
      Sunnybower: 'location',
      'Sunny Bower': 'location',
      'Al-Assad': 'person',
      'al-Assad': 'person',
    };
    assert.deepStrictEqual(found(text, spelling(text, names)), []);
  });

  it('compares names with the registry, and accepts its aliases', () => {
    const registry = [entry('Amaru Quispe-Vela', 'person', ['Quispe-Vela']), entry('Oksana Dirvel', 'person')];
    const text = 'Amaru Quispe Vela met Oksana Dirvell. Quispe-Vela smiled.';
    const names = { 'Amaru Quispe Vela': 'person', 'Oksana Dirvell': 'person', 'Quispe-Vela': 'person' };
    const diagnostics = spelling(text, names, registry);
    assert.deepStrictEqual(found(text, diagnostics), [
      'registry-spelling: Amaru Quispe Vela',
      'registry-spelling: Oksana Dirvell',
    ]);
    assert.match(diagnostics[0].message, /the registry writes it/);
    const alias = diagnostics[1].fixes.find(f => f.kind === 'addAlias');
    assert.ok(alias && alias.kind === 'addAlias' && alias.name === 'Oksana Dirvel' && alias.alias === 'Oksana Dirvell');
  });

  it('accepts a spelling the registry lists, even beside a full name written otherwise', () => {
    const text = 'Deputy Tomas Haraldsen abstained. Haraldson said the costs were unclear.';
    const names = { 'Tomas Haraldsen': 'person', Haraldson: 'person' };
    assert.deepStrictEqual(found(text, spelling(text, names)), ['name-variant: Haraldson']);
    const registry = [entry('Tomas Haraldsen', 'person', ['Haraldson'])];
    assert.deepStrictEqual(spelling(text, names, registry), []);
  });
});
