import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import {
  ANNOTATION_KEYS,
  CORRECTION_KEYS,
  RELATION_KEYS,
  SUGGESTION_KEYS,
  TOP_LEVEL_KEYS,
} from '../../../src/core/sidecar';

// The compiled test runs from out/test/core/sidecar; the schema stays in the repository.
const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../schemas/annotations.schema.json'), 'utf8'));

describe('sidecar JSON schema', () => {
  it('is draft-07 and describes every top-level key the parser knows', () => {
    assert.strictEqual(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepStrictEqual(Object.keys(schema.properties), [...TOP_LEVEL_KEYS]);
    for (const key of TOP_LEVEL_KEYS) assert.ok(schema.properties[key].description, key);
  });

  it('describes every item key, with the same required ones as the parser', () => {
    const anchorKeys = Object.keys(schema.definitions.anchor.properties);
    const annotationKeys = [...anchorKeys, ...Object.keys(schema.definitions.annotation.allOf[1].properties)];
    const correctionKeys = [...anchorKeys, ...Object.keys(schema.definitions.correction.allOf[1].properties)];
    assert.deepStrictEqual([...annotationKeys].sort(), [...ANNOTATION_KEYS].sort());
    assert.deepStrictEqual([...correctionKeys].sort(), [...CORRECTION_KEYS].sort());
    const suggestionKeys = [...anchorKeys, ...Object.keys(schema.definitions.suggestion.allOf[1].properties)];
    assert.deepStrictEqual([...suggestionKeys].sort(), [...SUGGESTION_KEYS].sort());
    assert.deepStrictEqual(schema.definitions.suggestion.allOf[1].required, ['label', 'source']);
    assert.deepStrictEqual(schema.definitions.anchor.required, ['id', 'quote', 'start', 'end']);
    assert.deepStrictEqual(Object.keys(schema.definitions.relation.properties), [...RELATION_KEYS]);
    assert.deepStrictEqual(schema.definitions.relation.required, ['id', 'type', 'from', 'to']);
    assert.deepStrictEqual(schema.definitions.correction.allOf[1].required, ['automatic', 'correct']);
    for (const key of anchorKeys) assert.ok(schema.definitions.anchor.properties[key].description, key);
  });
});
