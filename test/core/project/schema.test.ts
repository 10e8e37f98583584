import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import {
  ATTRIBUTE_KEYS,
  LABEL_KEYS,
  RELATION_KEYS,
  SCHEMA_KEYS,
  allowsRelation,
  attributesFor,
  isProjectLabel,
  labelChoices,
  labelName,
  parseAnnotationSchema,
  plainGuideline,
  relationTypesFrom,
  showsAutomatic,
} from '../../../src/core/project';

const SCHEMA = `# Fact-checking desk
version: 1
labels:
  - id: person
    name: Person
    colour: "#1F77B4"
    key: p
    guideline: A **named** individual, [see the handbook](https://example.org/h).
  - id: claim
    name: Checkable claim
    colour: "#c3a"
    key: C
    guideline: |
      A statement that can be *verified*.

      Not opinions.
  - id: organisation
    recognised: false
relations:
  - name: says
    from: [person, organisation]
    to: claim
  - name: contradicts
    from: claim
    to: claim
    symmetric: true
attributes:
  - name: verdict
    values: [true, mostly-true, false]
    labels: [claim]
  - name: source-url
`;

describe('parseAnnotationSchema', () => {
  it('reads labels, relation types and attributes with their defaults', () => {
    const { schema, diagnostics } = parseAnnotationSchema(
      SCHEMA.replace('[true, mostly-true, false]', '[accurate, mostly-accurate, inaccurate]'),
    );
    assert.deepStrictEqual(diagnostics, []);
    assert.deepStrictEqual(
      schema!.labels!.map(l => [l.id, l.name, l.colour, l.key, l.recognised, l.line]),
      [
        ['person', 'Person', '#1f77b4', 'p', true, 3],
        ['claim', 'Checkable claim', '#cc33aa', 'c', false, 8],
        ['organisation', 'organisation', undefined, undefined, false, 16],
      ],
    );
    assert.strictEqual(schema!.labels![1].guideline, 'A statement that can be *verified*.\n\nNot opinions.');
    assert.deepStrictEqual(
      schema!.relations.map(r => [r.name, r.from, r.to, r.symmetric]),
      [
        ['says', ['person', 'organisation'], ['claim'], false],
        ['contradicts', ['claim'], ['claim'], true],
      ],
    );
    assert.deepStrictEqual(
      schema!.attributes.map(a => [a.name, a.values, a.labels]),
      [
        ['verdict', ['accurate', 'mostly-accurate', 'inaccurate'], ['claim']],
        ['source-url', undefined, undefined],
      ],
    );
  });

  it('reports each malformed part at its line and applies the valid part', () => {
    // `values: [true, ...]` holds a boolean: reported, and the attribute falls back to free text.
    const { schema, diagnostics } = parseAnnotationSchema(SCHEMA + `  - name: 9lives\n` + `  - name: verdict\n`);
    assert.deepStrictEqual(
      diagnostics.map(d => [d.line, d.severity, d.message.slice(0, 30)]),
      [
        [28, 'error', '"values" must be a list of tex'],
        [31, 'error', 'An attribute needs a "name": a'],
        [32, 'error', 'The attribute "verdict" is alr'],
      ],
    );
    assert.deepStrictEqual(
      schema!.attributes.map(a => [a.name, a.values]),
      [
        ['verdict', undefined],
        ['source-url', undefined],
      ],
    );
    assert.strictEqual(schema!.labels!.length, 3);
  });

  it('keeps a label whose colour, key or flag is wrong, with the default for that field', () => {
    const text = [
      'labels:',
      '  - id: source',
      '    colour: blue',
      '    key: ab',
      '  - id: quote',
      '    key: q',
      '  - id: place',
      '    key: Q',
      '    recognised: true',
      '    color: "#fff"',
      '  - id: none',
      '  - name: no id',
      '  - id: quote',
      '',
    ].join('\n');
    const { schema, diagnostics } = parseAnnotationSchema(text);
    assert.deepStrictEqual(
      schema!.labels!.map(l => [l.id, l.colour, l.key, l.recognised]),
      [
        ['source', undefined, undefined, false],
        ['quote', undefined, 'q', false],
        ['place', undefined, undefined, false],
      ],
    );
    assert.deepStrictEqual(
      diagnostics.map(d => [d.line, d.severity]),
      [
        [2, 'error'], // colour
        [3, 'error'], // key of two letters
        [9, 'warning'], // "color"
        [7, 'error'], // key taken
        [8, 'warning'], // recognised on a hand-made label
        [10, 'error'], // none is reserved
        [11, 'error'], // no id
        [12, 'error'], // duplicate id
      ],
    );
    assert.match(diagnostics.find(d => d.line === 9)!.message, /did you mean "colour"/);
  });

  it('leaves out relation and attribute labels the schema does not define', () => {
    const { schema, diagnostics } = parseAnnotationSchema(
      'labels:\n  - id: a\n  - id: b\nrelations:\n  - name: r\n    from: [a, ghost]\n    to: [ghost]\n',
    );
    assert.deepStrictEqual(schema!.relations, [{ name: 'r', from: ['a'], symmetric: false, line: 4 }]);
    assert.deepStrictEqual(
      diagnostics.map(d => [d.line, d.message]),
      [
        [5, 'Not a label of this schema: ghost; it is left out.'],
        [6, 'Not a label of this schema: ghost; it is left out.'],
      ],
    );
  });

  it('reads an empty file as a schema with nothing in it, and refuses syntax errors and other versions', () => {
    assert.deepStrictEqual(parseAnnotationSchema('').schema, { relations: [], attributes: [] });
    const broken = parseAnnotationSchema('labels:\n  - id: [a\n');
    assert.strictEqual(broken.schema, undefined);
    assert.strictEqual(broken.diagnostics[0].severity, 'error');
    const newer = parseAnnotationSchema('version: 2\nlabels: []\n');
    assert.strictEqual(newer.schema, undefined);
    assert.match(newer.diagnostics[0].message, /Unsupported schema version 2/);
    assert.strictEqual(newer.diagnostics[0].line, 0);
    const list = parseAnnotationSchema('- a\n- b\n');
    assert.strictEqual(list.schema, undefined);
  });

  it('survives hostile YAML: alias bombs and non-mapping entries are reported, not expanded', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nlabels:\n  - *c\n  - 42\n  - id: x\n    guideline: *c\n';
    const { schema, diagnostics } = parseAnnotationSchema(bomb);
    assert.deepStrictEqual(
      schema!.labels!.map(l => [l.id, l.guideline]),
      [['x', undefined]],
    );
    assert.deepStrictEqual(
      diagnostics.filter(d => d.severity === 'error').map(d => [d.line, d.message]),
      [
        [4, 'Each entry of "labels" must be a mapping of keys to values.'],
        [5, 'Each entry of "labels" must be a mapping of keys to values.'],
        [7, '"guideline" must be text.'],
      ],
    );
  });
});

describe('schema queries', () => {
  const { schema } = parseAnnotationSchema(SCHEMA.replace('[true, mostly-true, false]', '[a, b]'));

  it('offers the schema labels, or the entity types with default keys and the custom labels', () => {
    assert.deepStrictEqual(
      labelChoices(schema, ['ignored']).map(c => [c.id, c.name, c.key]),
      [
        ['person', 'Person', 'p'],
        ['claim', 'Checkable claim', 'c'],
        ['organisation', 'organisation', undefined],
      ],
    );
    assert.deepStrictEqual(
      labelChoices(undefined, ['claim', 'person']).map(c => [c.id, c.key, c.kind]),
      [
        ['person', 'p', 'entity type'],
        ['organisation', 'o', 'entity type'],
        ['location', 'l', 'entity type'],
        ['date', 'd', 'entity type'],
        ['other', 'm', 'entity type'],
        ['claim', undefined, 'custom label'],
      ],
    );
    assert.strictEqual(labelName(schema, 'claim'), 'Checkable claim');
    assert.strictEqual(labelName(schema, 'location'), 'Location');
  });

  it('shows automatic highlights only for recognised schema labels', () => {
    assert.strictEqual(showsAutomatic(schema, 'person'), true);
    assert.strictEqual(showsAutomatic(schema, 'organisation'), false);
    assert.strictEqual(showsAutomatic(schema, 'location'), false);
    assert.strictEqual(showsAutomatic(undefined, 'location'), true);
    assert.deepStrictEqual(
      ['claim', 'organisation', 'location', 'quote'].map(l => isProjectLabel(schema, l)),
      [true, true, false, false],
    );
    assert.strictEqual(isProjectLabel(undefined, 'quote'), true);
    assert.strictEqual(showsAutomatic({ relations: [], attributes: [] }, 'location'), true);
  });

  it('allows relations by their source and target labels, either way round when symmetric', () => {
    const [says, contradicts] = schema!.relations;
    assert.strictEqual(allowsRelation(says, 'person', 'claim'), true);
    assert.strictEqual(allowsRelation(says, 'claim', 'person'), false);
    assert.strictEqual(allowsRelation(contradicts, 'claim', 'claim'), true);
    assert.deepStrictEqual(
      relationTypesFrom(schema, 'claim').map(t => t.name),
      ['contradicts'],
    );
    assert.deepStrictEqual(
      relationTypesFrom(schema, 'organisation').map(t => t.name),
      ['says'],
    );
    assert.deepStrictEqual(
      attributesFor(schema, 'claim').map(a => a.name),
      ['verdict', 'source-url'],
    );
    assert.deepStrictEqual(
      attributesFor(schema, 'person').map(a => a.name),
      ['source-url'],
    );
  });

  it('turns a Markdown guideline into one line of plain text', () => {
    assert.strictEqual(
      plainGuideline(
        '# Claims\n\nA **named** thing, [see](https://x.org) `code` and <b>html</b>.\n- first\n- _second_',
      ),
      'Claims A named thing, see code and html. first second',
    );
    assert.strictEqual(plainGuideline('x'.repeat(300), 10), 'xxxxxxxxx…');
  });
});

describe('annotation schema JSON schema', () => {
  // The compiled test runs from out/test/core/project; the schema stays in the repository.
  const json = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../../../schemas/annotation-schema.schema.json'), 'utf8'),
  );

  it('describes exactly the keys the parser reads', () => {
    assert.strictEqual(json.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepStrictEqual(Object.keys(json.properties), [...SCHEMA_KEYS]);
    assert.deepStrictEqual(Object.keys(json.definitions.label.properties), [...LABEL_KEYS]);
    assert.deepStrictEqual(Object.keys(json.definitions.relation.properties), [...RELATION_KEYS]);
    assert.deepStrictEqual(Object.keys(json.definitions.attribute.properties), [...ATTRIBUTE_KEYS]);
  });
});
