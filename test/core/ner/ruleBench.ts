// The sentence rules' test bench: invented name lists and a runner that decodes a tag string and applies the rules.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/text/tokenize';
import { FeatureContext } from '../../../src/core/ner/features';
import { Gazetteer } from '../../../src/core/ner/gazetteer';
import { WordClusters } from '../../../src/core/ner/clusters';
import { TAGS } from '../../../src/core/ner/model';
import { applyRules } from '../../../src/core/ner/rules';
import { SENTENCE_CUES, SentenceCues } from '../../../src/core/ner/ruleCues';
import { EntityType, Span } from '../../../src/core/types';

/** A feature context with small invented name lists, shared by the tests of every rule module. */
const ctx: FeatureContext = {
  hashBits: 8,
  gazetteer: new Gazetteer(
    {
      demonym: ['chinese', 'korean'],
      country: ['tarnia and velland', 'vellandia', 'san tarno', 'harlow'],
      city: ['tarnby', 'the tarnhaven', 'velkstad', 'joss qerim'],
      region: ['velmark', 'velkas', 'nova velka'],
      org: ['velkom', 'tarnair', 'harl and sons', 'sc velby', 'velk jazeera'],
      orgWord: [
        'ministry',
        'federation',
        'band',
        'united',
        'center',
        'army',
        'organization',
        'co',
        'university',
        'bank',
        'company',
        'department',
        'services',
        'press',
        'international',
        'trust',
        'council',
        'county',
        'energy',
      ],
      locWord: ['creek', 'park', 'pond', 'gulf', 'state', 'street', 'county', 'bridge'],
      eventWord: ['cup', 'war', 'treaty'],
      title: ['president', 'colonel', 'ms', 'general', 'earl', 'leader'],
      last: ['park', 'hall', 'harlow', 'brennick'],
      first: ['joss', 'ula'],
      calendar: ['june', 'sunday'],
    },
    [
      'alternative for velland',
      'brask & tolle',
      'brastow athletico',
      'guardians of the wold',
      'harlow-velkin',
      "orvell 's",
      "brennick 's",
      'qorvane',
      'tarnian airways',
      'vk7',
      'velk 24',
      'general velkon',
      "harl 's university",
      'velmora cars',
      'velkstad',
      'velmora dynamics',
      'village army',
      'vcaa',
      'tva',
      'evelk',
    ].join('\n'),
    [
      'port velby',
      'la tarna',
      'ula tarna',
      'colonel tarna',
      'velkistan',
      'brennick',
      'the velduna',
      'velby channel',
      'qarvian sea',
      'korean sea',
      'isle of qelmo',
      'korean federation',
      "velka 's bazar",
    ].join('\n'),
    ['velbuja', 'orvanda'].join('\n'),
  ),
  lowerWords: new Set([
    'first',
    'people',
    'women',
    'the',
    'band',
    'village',
    'trust',
    'protect',
    'opposition',
    'dream',
    'advised',
    'each',
    'border',
    'declaring',
    'government',
    'has',
    'rivals',
  ]),
  clusters: WordClusters.empty(),
};

/** Runs all the sentence rules on `text` tagged by `spec` (one tag per token, "O" / "B-PER" / "I-PER" ...); names are invented. */
export function run(text: string, spec: string, listsSources = false): string[] {
  return runSpans(text, spec, listsSources).map(s => `${text.slice(s.start, s.end)}/${s.type}`);
}

/**
 * As `run`, the spans themselves (`listsSources`: the sentence is a line under a "Sources" heading). The rules run twice, once skipping those whose cues the sentence
 * lacks (as the recogniser does) and once with every rule, and must agree: every rule test also checks
 * that no cue hides a case its rule acts on (ruleCues.ts).
 */
export function runSpans(text: string, spec: string, listsSources = false): Span[] {
  const cued = { ...decoded(text, spec, SENTENCE_CUES.read(tokenize(text), ctx.gazetteer)), listsSources };
  const everyRule = { ...decoded(text, spec, { has: () => true }), listsSources };
  const spans = applyRules(cued, ctx);
  assert.deepStrictEqual(spans, applyRules(everyRule, ctx), `a cue skipped a rule that acts on: ${text}`);
  return spans;
}

/** The sentence `text` tagged by `spec`, as the tagger hands it to the rules. */
function decoded(text: string, spec: string, cues: SentenceCues) {
  const tokens = tokenize(text);
  const labels = spec.split(' ');
  assert.strictEqual(labels.length, tokens.length, tokens.map(t => t.text).join('|'));
  const tags = Uint8Array.from(labels, l => TAGS.indexOf(l as (typeof TAGS)[number]));
  const spans: Span[] = [];
  const first: number[] = [];
  labels.forEach((l, i) => {
    if (l.startsWith('B-')) {
      spans.push({ start: tokens[i].start, end: tokens[i].end, type: l.slice(2) as EntityType });
      first.push(i);
    } else if (l.startsWith('I-')) spans[spans.length - 1].end = tokens[i].end;
  });
  return { tokens, tags, spans, first, cues };
}
