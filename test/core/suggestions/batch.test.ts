import * as assert from 'assert';
import { AnnotationFiles } from '../../../src/core/files';
import {
  BatchOptions,
  batchSummary,
  countArticle,
  emptyTotals,
  suggestIntoArticle,
} from '../../../src/core/suggestions/batch';
import { createAnnotation, parseSidecar, serializeSidecar, textHash } from '../../../src/core/sidecar';
import { Span } from '../../../src/core/types';
import { MemoryFiles } from '../files/memoryFiles';

const TEXT = 'Talks in Lisbon with Maria Costa continue.';
const ARTICLE = '/desk/talks.md';
const SIDECAR = '/desk/talks.md.annotations.yaml';

/** Finds "Lisbon" and "Maria Costa" wherever they are in the text. */
function spansOf(text: string): Span[] {
  const at = (quote: string, type: Span['type']): Span[] =>
    text.includes(quote) ? [{ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, type }] : [];
  return [...at('Lisbon', 'LOC'), ...at('Maria Costa', 'PER')];
}

function options(overrides: Partial<BatchOptions> = {}): BatchOptions {
  return {
    enabled: () => true,
    maxSuggestions: 1000,
    maxArticleChars: 2_000_000,
    sidecarFileName: '${name}.annotations.yaml',
    modifiedDayFallback: false,
    analyze: async text => spansOf(text),
    ...overrides,
  };
}

const stored = (files: MemoryFiles, sidecar = SIDECAR) => parseSidecar(files.text(sidecar)!).data!;

describe('batch suggestions into an article on disk', () => {
  it('start a sidecar for an article without one, and write nothing when there is nothing to suggest', async () => {
    const files = new MemoryFiles();
    files.put(ARTICLE, TEXT);
    const outcome = await suggestIntoArticle(new AnnotationFiles(files), ARTICLE, options());
    assert.deepStrictEqual(outcome, {
      kind: 'analysed',
      added: 2,
      withheld: 0,
      created: true,
      sidecarName: 'talks.md.annotations.yaml',
      notices: [],
    });
    const data = stored(files);
    assert.deepStrictEqual(
      [data.article, data.textHash, data.annotations, data.suggestions?.length],
      ['talks.md', textHash(TEXT), [], 2],
    );
    files.put('/desk/quiet.md', 'Nothing to see.');
    const quiet = await suggestIntoArticle(new AnnotationFiles(files), '/desk/quiet.md', options());
    assert.strictEqual(quiet.kind === 'analysed' && quiet.added, 0);
    assert.strictEqual(files.text('/desk/quiet.md.annotations.yaml'), undefined, 'no sidecar created');
  });

  it('place an existing sidecar on the current text first, and update it with minimal edits', async () => {
    const files = new MemoryFiles();
    const flow = new AnnotationFiles(files);
    files.put(ARTICLE, TEXT);
    await suggestIntoArticle(flow, ARTICLE, options({ analyze: async text => spansOf(text).slice(0, 1) }));
    const edited = 'Update: ' + TEXT;
    files.put(ARTICLE, edited);
    files.put(SIDECAR, '# checked by the desk\n' + files.text(SIDECAR));
    const outcome = await suggestIntoArticle(flow, ARTICLE, options());
    assert.strictEqual(outcome.kind === 'analysed' && outcome.added, 1);
    const data = stored(files);
    assert.deepStrictEqual(
      data.suggestions!.map(s => [s.quote, s.start]),
      [
        ['Lisbon', 17],
        ['Maria Costa', 29],
      ],
      'the first one moved with the text',
    );
    assert.strictEqual(data.textHash, textHash(edited));
    assert.ok(files.text(SIDECAR)!.startsWith('# checked by the desk\n'), 'comments kept');
  });

  it('leave an article alone whose sidecar has any problem, saying where it is', async () => {
    const files = new MemoryFiles();
    files.put(ARTICLE, TEXT);
    const good = serializeSidecar({
      version: 1,
      article: 'talks.md',
      textHash: textHash(TEXT),
      annotations: [],
      corrections: [],
    });
    const withAlias = good.replace('article: talks.md', 'article: &name talks.md\nother: *name');
    files.put(SIDECAR, withAlias);
    const outcome = await suggestIntoArticle(new AnnotationFiles(files), ARTICLE, options());
    assert.strictEqual(outcome.kind, 'skipped');
    assert.match(outcome.kind === 'skipped' ? outcome.why : '', /^its sidecar has problems \(line 3: .*aliases/);
    assert.strictEqual(files.text(SIDECAR), withAlias);
    files.put(SIDECAR, '', 'directory');
    const folder = await suggestIntoArticle(new AnnotationFiles(files), ARTICLE, options());
    assert.deepStrictEqual(folder.kind === 'skipped' && [folder.why, folder.sidecar], [
      'its sidecar is a folder, not a file',
      true,
    ]);
  });

  it('add to the sidecar as it is when written: an annotation made during the analysis is kept and not suggested over', async () => {
    const files = new MemoryFiles();
    files.put(ARTICLE, TEXT);
    const start = TEXT.indexOf('Maria Costa');
    const userAnnotation = { ...createAnnotation(TEXT, start, start + 11, 'source'), id: 'a-user' };
    const outcome = await suggestIntoArticle(
      new AnnotationFiles(files),
      ARTICLE,
      options({
        analyze: async text => {
          // The user annotates in another window while the recogniser runs.
          files.put(
            SIDECAR,
            serializeSidecar({
              version: 1,
              article: 'talks.md',
              textHash: textHash(TEXT),
              annotations: [userAnnotation],
              corrections: [],
            }),
          );
          return spansOf(text);
        },
      }),
    );
    assert.deepStrictEqual(outcome.kind === 'analysed' && [outcome.added, outcome.created], [1, false]);
    const data = stored(files);
    assert.deepStrictEqual(data.annotations, [userAnnotation]);
    assert.deepStrictEqual(
      data.suggestions!.map(s => s.quote),
      ['Lisbon'],
    );
  });

  it('stop at the limit of suggestions per article, and say so in the summary', async () => {
    const files = new MemoryFiles();
    files.put(ARTICLE, TEXT);
    const outcome = await suggestIntoArticle(new AnnotationFiles(files), ARTICLE, options({ maxSuggestions: 1 }));
    assert.deepStrictEqual(outcome.kind === 'analysed' && [outcome.added, outcome.withheld], [1, 1]);
    const totals = emptyTotals();
    countArticle(totals, 1, 1, true);
    countArticle(totals, 0, 0, false);
    assert.strictEqual(
      batchSummary(totals, { maxSuggestions: 1 }),
      'Analysed 2 articles: 1 new suggestion in 1 sidecar (1 new); 1 article reached the limit of 1 suggestions waiting for review (1 more not suggested; review some, or raise articleAnnotator.suggestions.maxPerArticle)',
    );
  });

  it('only count in a dry run, and skip articles above the size limit before reading them', async () => {
    const files = new MemoryFiles();
    files.put(ARTICLE, TEXT);
    const dry = await suggestIntoArticle(new AnnotationFiles(files), ARTICLE, options({ dryRun: true }));
    assert.deepStrictEqual(dry.kind === 'analysed' && [dry.added, dry.created], [2, true]);
    assert.deepStrictEqual(files.names('/desk'), ['talks.md']);
    const big = await suggestIntoArticle(new AnnotationFiles(files), ARTICLE, options({ maxArticleChars: 10 }));
    assert.deepStrictEqual(big, { kind: 'skipped', why: 'larger than articleAnnotator.maxArticleSize', notices: [] });
  });
});
