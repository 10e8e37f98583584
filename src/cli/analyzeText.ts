import * as fs from 'fs';
import * as path from 'path';
import { recognizeTemporal } from '../core/dates';
import { IncrementalAnalysis } from '../core/analysis/incremental';
import { ENTITY_MODEL_PATH, EntityRecognizer, loadEntityModel } from '../core/ner';
import { createArticleAnalyzer } from '../core/analysis/pipeline';
import { Span } from '../core/types';

let recognizer: EntityRecognizer | undefined;

/**
 * The shipped entity model: `models/ner.bin` in the package root, found by walking up from this file
 * (the bundle lives in dist/node, compiled tests in out/src/cli).
 */
function entityRecognizer(): EntityRecognizer {
  recognizer ??= new EntityRecognizer(
    loadEntityModel(fs.readFileSync(findUp(__dirname, path.join(...ENTITY_MODEL_PATH)))),
  );
  return recognizer;
}

function findUp(from: string, relative: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`cannot find ${relative} above ${from}`);
  }
}

/** Entities and temporal expressions of one text, exactly as the editor computes them. */
export function analyzeText(text: string, dct?: string): Span[] {
  const analyzer = createArticleAnalyzer(entityRecognizer(), recognizeTemporal, { dct });
  return new IncrementalAnalysis(analyzer).analyze(text);
}
