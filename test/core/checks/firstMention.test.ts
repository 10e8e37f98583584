import * as assert from 'assert';
import { applyFix, check, found } from './helpers';

const first = (text: string, names: Record<string, string>) => check(text, { names, only: ['firstMention'] });

describe('checks: short forms of names', () => {
  it('flags a surname used before the full name is given, but not in the headline', () => {
    const text = '# Okafor visits Lisbon\n\nOkafor arrived on Monday. Daniel Okafor leads the delegation. Okafor left.';
    const diagnostics = first(text, { Okafor: 'person', 'Daniel Okafor': 'person' });
    assert.deepStrictEqual(found(text, diagnostics), ['short-form-first: Okafor']);
    assert.strictEqual(diagnostics[0].start, text.indexOf('Okafor arrived'));
    assert.strictEqual(diagnostics[0].severity, 'information');
    assert.ok(applyFix(text, diagnostics[0]).includes('Daniel Okafor arrived on Monday.'));
  });

  it('flags a surname that could be either of two people named before it', () => {
    const text =
      'The painter Henrik Brandt founded it. His daughter Sofie Brandt, a sculptor, exhibits. Brandt said so.';
    const diagnostics = first(text, { 'Henrik Brandt': 'person', 'Sofie Brandt': 'person', Brandt: 'person' });
    assert.deepStrictEqual(found(text, diagnostics), ['ambiguous-short-form: Brandt']);
    assert.deepStrictEqual(
      diagnostics[0].fixes.map(f => f.title),
      ['Use “Henrik Brandt”', 'Use “Sofie Brandt”'],
    );
  });

  it('keeps a surname for the person it was first used for, and lets titles and given names tell people apart', () => {
    const names = { 'Boris Yeltsin': 'person', 'Naina Yeltsin': 'person', Yeltsin: 'person', Naina: 'person' };
    const owned = 'Boris Yeltsin spoke. Yeltsin said more. His wife Naina Yeltsin listened. Yeltsin left.';
    assert.deepStrictEqual(first(owned, names), []);
    const ownName = 'Boris Yeltsin visited his wife Naina. Naina Yeltsin had an operation. Yeltsin stayed an hour.';
    assert.deepStrictEqual(first(ownName, names), []);
    const titled = 'George Bush and Laura Bush arrived. Mr. Bush spoke.';
    assert.deepStrictEqual(first(titled, { 'George Bush': 'person', 'Laura Bush': 'person', Bush: 'person' }), []);
    const nickname = 'Charles Schumer and Chuck Schumer are one man. Schumer agreed.';
    assert.deepStrictEqual(
      first(nickname, { 'Charles Schumer': 'person', 'Chuck Schumer': 'person', Schumer: 'person' }),
      [],
    );
  });

  it('leaves names used as modifiers, places named after people and titles alone', () => {
    const text =
      'Critics of the Castro government spoke. Fidel Castro did not. The prime minister of Nepal met Madhav Kumar Nepal.';
    const names = { Castro: 'person', 'Fidel Castro': 'person', Nepal: 'person', 'Madhav Kumar Nepal': 'person' };
    assert.deepStrictEqual(first(text, names), []);
    const chair = 'Solvang opened the meeting. Chairman Solvang Group met later.';
    assert.deepStrictEqual(first(chair, { Solvang: 'person', 'Chairman Solvang Group': 'person' }), []);
  });
});
