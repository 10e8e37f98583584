import * as assert from 'assert';
import fc from 'fast-check';
import { maskMarkup, maskMarkupSteps } from '../../../src/core/text/markdown';

/** Runs the resumable masking to its end; returns the text and how many times it paused. */
function maskInSteps(text: string, stepChars: number): { masked: string; pauses: number } {
  const steps = maskMarkupSteps(text, stepChars);
  for (let pauses = 0; ; pauses++) {
    const step = steps.next();
    if (step.done) return { masked: step.value, pauses };
  }
}

// Markup of every kind, line breaks of every kind, and prose around them.
const PIECES = [
  '```\n',
  '~~~js\n',
  '`code`',
  '[a](http://x.y "t")',
  '![i](p)',
  '[r]: http://z',
  '[t][r]',
  '<b>',
  '</i>',
  '<https://q>',
  'www.ex.com/a_b',
  'a@b.co',
  '# ',
  '> ',
  '- ',
  '1. ',
  '***',
  '|',
  '*em*',
  '_u_',
  'snake_case',
  '~~',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\n\n',
  'Oslo ',
  'é😀',
  ' ',
];

describe('maskMarkupSteps', () => {
  it('masks a text stretch by stretch exactly as in one go, wherever the pauses fall', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        (parts, step) => {
          const text = parts.join('');
          assert.strictEqual(maskInSteps(text, step).masked, maskMarkup(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps fenced code blanked when a pause falls inside it', () => {
    const text = '```\nKeep Out\n\nStill code\n```\nAfter *Oslo*\n';
    const { masked, pauses } = maskInSteps(text, 1);
    assert.ok(pauses >= 4, `paused ${pauses} times`);
    assert.strictEqual(masked, '   \n        \n\n          \n   \nAfter  Oslo \n');
  });

  it('pauses only between stretches of about the given size, and never on plain text', () => {
    const line = 'The *Velby* Herald reported.\n';
    assert.strictEqual(maskInSteps(line.repeat(100), 290).pauses, 9);
    assert.strictEqual(maskInSteps('Plain words only.\n'.repeat(100), 10).pauses, 0);
  });
});
