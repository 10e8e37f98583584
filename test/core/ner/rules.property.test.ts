import * as assert from 'assert';
import fc from 'fast-check';
import { runSpans } from './ruleBench';

// Words the rules look at: the bench's listed names and places, titles, head words, joining words,
// prepositions written in title case, quotes, possessives and punctuation.
const WORDS = [
  'Velkom',
  'Tarnair',
  'Velmora',
  'Dynamics',
  'Alternative',
  'for',
  'Velland',
  'Port',
  'Velby',
  'La',
  'Tarna',
  'Ula',
  'Colonel',
  'President',
  'Ann',
  'Lee',
  'Harl',
  'Council',
  'Committee',
  'on',
  'to',
  'Protect',
  'the',
  'The',
  'of',
  'and',
  '&',
  'Without',
  'Against',
  'Borders',
  'Bank',
  'International',
  'Human',
  'Rights',
  'Trust',
  'Company',
  'band',
  'charity',
  'village',
  'Save',
  'said',
  'in',
  'at',
  '"',
  ',',
  '.',
  "'s",
  'Chair',
  'Ministry',
  'University',
  'Tarnia',
  'MP',
  'Ltd',
  'Group',
  'Creek',
  'Cup',
  'June',
  'Harlow-Velkin',
  'Velkstad',
  'Università',
  'di',
  'Promotion',
  'coast',
  'near',
  'Qorma',
  'radio',
  '4VK',
  'Shares',
  'Dec',
  '4',
  'was',
  'founded',
];
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/** A sentence of bench words and a tag sequence the tagger could give it (I- only after its own B- or I-). */
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 8 })), { minLength: 1, maxLength: 14 })
  .map(items => {
    const tags: string[] = [];
    items.forEach(([, t], i) => {
      const previous = tags[i - 1] ?? 'O';
      if (t === 0 || t > 4) tags.push(t > 6 && previous !== 'O' ? `I-${previous.slice(2)}` : 'O');
      else tags.push(`B-${TYPES[t - 1]}`);
    });
    return { text: items.map(([w]) => w).join(' '), spec: tags.join(' ') };
  });

describe('the sentence rules, on any tagging of any sentence of the bench words', () => {
  it('give spans in order, inside the text, never empty and never overlapping', () => {
    fc.assert(
      fc.property(sentence, ({ text, spec }) => {
        const spans = runSpans(text, spec);
        spans.forEach((s, k) => {
          assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, `${text} ${JSON.stringify(s)}`);
          if (k > 0) assert.ok(spans[k - 1].end <= s.start, `${text} / ${spec}: ${JSON.stringify(spans)}`);
        });
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });
});
