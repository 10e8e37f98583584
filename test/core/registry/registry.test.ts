import * as assert from 'assert';
import { addRegistryEntry, entryLinks, parseRegistry } from '../../../src/core/registry';

const sample = `# Names for the summit coverage
version: 1
entities:
  - name: Choe Son Hui
    type: person
    aliases: [Choe]
    description: Foreign minister.
    wikidata: Q21000000
  # state media
  - name: Korean Central News Agency
    type: organisation
    aliases:
      - KCNA
`;

describe('parseRegistry', () => {
  it('reads entries with their aliases, description, links and line', () => {
    const { registry, diagnostics, readOnly } = parseRegistry(sample);
    assert.deepStrictEqual(diagnostics, []);
    assert.strictEqual(readOnly, false);
    assert.deepStrictEqual(
      registry!.entities.map(e => [e.name, e.type, e.aliases, e.line]),
      [
        ['Choe Son Hui', 'person', ['Choe'], 3],
        ['Korean Central News Agency', 'organisation', ['KCNA'], 9],
      ],
    );
    assert.strictEqual(registry!.entities[0].description, 'Foreign minister.');
  });

  it('treats an empty file as an empty registry', () => {
    assert.deepStrictEqual(parseRegistry('').registry?.entities, []);
  });

  it('reports malformed YAML with its position and reads nothing', () => {
    const result = parseRegistry('entities:\n  - name: [unclosed\n');
    assert.strictEqual(result.registry, undefined);
    assert.strictEqual(result.readOnly, true);
    assert.ok(result.diagnostics[0].line >= 1, JSON.stringify(result.diagnostics));
  });

  it('skips a bad entry, keeps the others, and becomes read-only', () => {
    const result = parseRegistry(
      'entities:\n  - name: Seoul\n    type: location\n  - type: person\n  - name: X\n    type: person\n    wikidata: javascript:alert(1)\n',
    );
    assert.deepStrictEqual(
      result.registry!.entities.map(e => e.name),
      ['Seoul'],
    );
    assert.strictEqual(result.diagnostics.length, 2);
    assert.deepStrictEqual(
      result.diagnostics.map(d => d.line),
      [3, 4],
    );
    assert.strictEqual(result.readOnly, true);
  });

  it('refuses other versions and non-mapping files', () => {
    assert.strictEqual(parseRegistry('version: 2\nentities: []\n').readOnly, true);
    assert.strictEqual(parseRegistry('- just a list\n').registry, undefined);
  });
});

describe('addRegistryEntry', () => {
  it('creates a documented file when there is none', () => {
    const edit = addRegistryEntry(undefined, { name: 'KCNA', type: 'organisation', description: 'State news agency' });
    assert.ok(edit.ok);
    assert.match(edit.text, /^# Entity registry/);
    const parsed = parseRegistry(edit.text);
    assert.deepStrictEqual(
      parsed.registry!.entities.map(e => [e.name, e.type, e.description]),
      [['KCNA', 'organisation', 'State news agency']],
    );
  });

  it('appends a new entry keeping comments and the existing text', () => {
    const edit = addRegistryEntry(sample, { name: 'Pyongyang', type: 'location', aliases: ["P'yŏngyang"] });
    assert.ok(edit.ok);
    assert.ok(edit.text.startsWith(sample), edit.text);
    assert.deepStrictEqual(
      parseRegistry(edit.text).registry!.entities.map(e => e.name),
      ['Choe Son Hui', 'Korean Central News Agency', 'Pyongyang'],
    );
  });

  it('merges new aliases into an entry of the same name instead of duplicating it', () => {
    const edit = addRegistryEntry(sample, {
      name: 'Korean Central News Agency',
      type: 'organisation',
      aliases: ['KCNA', 'the agency'],
    });
    assert.ok(edit.ok && edit.merged);
    const entities = parseRegistry(edit.text).registry!.entities;
    assert.strictEqual(entities.length, 2);
    assert.deepStrictEqual(entities[1].aliases, ['KCNA', 'the agency']);
  });

  it('refuses to rewrite a file with errors', () => {
    const broken = 'entities:\n  - name: [unclosed\n';
    const edit = addRegistryEntry(broken, { name: 'X', type: 'person' });
    assert.strictEqual(edit.ok, false);
  });
});

describe('entryLinks', () => {
  it('shows Wikidata and web links only', () => {
    const links = entryLinks({
      wikidata: 'Q42',
      links: ['https://example.org/a', 'command:workbench.action.quit', 'file:///etc/passwd', 'not a url'],
    });
    assert.deepStrictEqual(
      links.map(l => l.url),
      ['https://www.wikidata.org/wiki/Q42', 'https://example.org/a'],
    );
  });
});
