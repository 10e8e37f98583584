/** A small, fast stand-in analyser for the engine's tests: its rules never cross a line break. */
import * as fc from 'fast-check';
import type { Span } from '../../../src/core/types';
import type { UnitAnalyzer } from '../../../src/core/analysis/incremental';
import { readingText } from '../../../src/core/text/readingText';

const NAME = /[A-Z][a-z]+(?: [A-Z][a-z]+)*/g;
const YEAR = /\b[12]\d{3}\b/g;

/** Capitalised word runs are PER, four-digit years are DATE. */
export function fakeSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(NAME)) spans.push({ start: m.index!, end: m.index! + m[0].length, type: 'PER' });
  for (const m of text.matchAll(YEAR))
    spans.push({ start: m.index!, end: m.index! + m[0].length, type: 'DATE', value: m[0] });
  return spans;
}

/**
 * Document pass: a one-word name that is part of a longer name seen earlier in the text is marked
 * as a reference to it. Reads the text through the span offsets, so misplaced spans change the result.
 */
export function fakeHarmonize(text: string, spans: Span[]): Span[] {
  const known = new Set<string>();
  return spans.map(s => {
    if (s.type !== 'PER') return s;
    const words = text.slice(s.start, s.end).split(' ');
    if (words.length > 1) {
      for (const w of words) known.add(w);
      return s;
    }
    return known.has(words[0]) ? { ...s, value: 'ref' } : s;
  });
}

/** `fakeHarmonize` as a resumable computation that may pause after every span. */
export function* fakeHarmonizeSteps(text: string, spans: Span[]): Generator<void, Span[], void> {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    out.push(fakeHarmonize(text, spans.slice(0, i + 1))[i]);
    yield;
  }
  return out;
}

/** The fake analyser, counting the units it is asked to analyse. */
export class FakeAnalyzer implements UnitAnalyzer {
  readonly calls: string[] = [];
  analyzeUnit(text: string): Span[] {
    this.calls.push(text);
    return fakeSpans(text);
  }
  harmonize(text: string, spans: Span[]): Span[] {
    return fakeHarmonize(text, spans);
  }
}

/** The whole article analysed in one go, as the recogniser reads it, without any cache or splitting. */
export function wholeText(article: string): Span[] {
  const text = readingText(article);
  return fakeHarmonize(text, fakeSpans(text));
}

const pieces = [
  'Kim',
  'Jong',
  'Un',
  'Choe',
  'Beijing',
  'met',
  'in',
  'the',
  '2024',
  '1999',
  ' ',
  ' ',
  '.',
  ',',
  '\n',
  '\n',
  '\r\n',
  'é',
  '😀',
];

/** Random news-ish text built from names, years, spaces, punctuation and line breaks. */
export const articleText = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map(p => p.join(''));

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map(p => p.join('')),
});

/** Applies an edit, clamping its position to the text. */
export function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
