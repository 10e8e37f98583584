import * as assert from 'assert';
import { labelChoices, newLabelFromInput } from '../../../src/core/highlights/labels';

describe('labelChoices', () => {
  it('lists the entity types, dates and other (as the Outline groups them), then configured labels, then used ones, each once', () => {
    assert.deepStrictEqual(labelChoices(['claim', 'source'], ['source', 'quote', 'person', 'Claim']), [
      'person',
      'organisation',
      'location',
      'date',
      'other',
      'claim',
      'source',
      'quote',
    ]);
  });

  it('leaves out excluded labels, "none" and labels no setting could hold', () => {
    assert.deepStrictEqual(labelChoices(['none', '', ' padded', 'x'.repeat(65), 'two\nlines', 'ok'], [], ['date']), [
      'person',
      'organisation',
      'location',
      'other',
      'ok',
    ]);
  });
});

describe('newLabelFromInput', () => {
  const existing = labelChoices(['claim']);

  it('offers what was typed, trimmed and on one line, when no label has that name', () => {
    assert.strictEqual(newLabelFromInput('  needs  source ', existing), 'needs source');
    assert.strictEqual(newLabelFromInput('x'.repeat(64), existing), 'x'.repeat(64));
  });

  it('offers nothing for an existing label, by value or display name in any case', () => {
    for (const typed of ['claim', 'CLAIM', 'person', 'Organisation', 'date']) {
      assert.strictEqual(newLabelFromInput(typed, existing), undefined, typed);
    }
  });

  it('offers nothing for blank input, "none" or a name longer than a setting allows', () => {
    for (const typed of ['', '   ', 'none', 'None', 'x'.repeat(65)]) {
      assert.strictEqual(newLabelFromInput(typed, existing), undefined, typed);
    }
  });
});
