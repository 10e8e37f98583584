/** Benchmark rows for sidecar files: loading and re-anchoring 10,000 annotations, and adding one. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseSidecar } from '../src/core/sidecar/parse';
import { serializeSidecar } from '../src/core/sidecar/serialize';
import { createAnnotation } from '../src/core/sidecar/create';
import { textHash } from '../src/core/sidecar/hash';
import { reanchor } from '../src/core/anchor';
import type { Annotation } from '../src/core/sidecar/types';
import { generateArticle } from './bench-news';
import { format, percentile, reportTimed, sampleHeap, time } from './bench-measure';

const DCT = '2025-10-12';

/** 10,000 annotations on capitalised words of a long article, as a serialised sidecar. */
function buildSidecar(text: string): string {
  const taken = new Set<string>();
  const annotations: Annotation[] = [];
  const stamp = new Date(`${DCT}T09:00:00Z`);
  for (const m of text.matchAll(/\b[A-Z][a-z]{2,}\b/g)) {
    if (annotations.length === 10_000) break;
    const a = createAnnotation(text, m.index!, m.index! + m[0].length, 'PER', { now: stamp, takenIds: taken });
    taken.add(a.id);
    annotations.push(a);
  }
  return serializeSidecar({ version: 1, article: 'story.md', textHash: textHash(text), annotations, corrections: [] });
}

export function sidecarRows(seed: number): void {
  const text = generateArticle(150_000, seed + 11);
  const yaml = buildSidecar(text);
  const cut = text.indexOf('\n', text.length / 2);
  const edited =
    'Editor’s note: this story was updated.\n' + text.slice(0, cut) + text.slice(text.indexOf('\n', cut + 1));
  const run = (article: string) => {
    const parsed = time(() => parseSidecar(yaml).data!);
    const anchored = time(() => reanchor(parsed.result.annotations, article, parsed.result.textHash));
    sampleHeap();
    return {
      parse: { wall: parsed.wall, cpu: parsed.ms },
      reanchor: { wall: anchored.wall, cpu: anchored.ms },
      total: { wall: parsed.wall + anchored.wall, cpu: parsed.ms + anchored.ms },
      results: anchored.result,
    };
  };
  run(text);
  const same = run(text);
  const changed = run(edited);
  sampleHeap();
  const count = (status: string) => changed.results.filter(r => r.status === status).length;
  const n = same.results.length;
  reportTimed(`sidecar load + re-anchor, ${n} annotations, unchanged article`, same.total, 'ms', { atMost: 200 });
  reportTimed(`  of which parse (${format(yaml.length)}-char sidecar)`, same.parse, 'ms');
  reportTimed(
    `sidecar load + re-anchor, ${n} annotations, edited article (kept ${count('kept')}, moved ${count('moved')}, ` +
      `orphaned ${count('orphaned')})`,
    changed.total,
    'ms',
    { atMost: 200 },
  );
  reportTimed(`  of which re-anchor`, changed.reanchor, 'ms');
  writeRows(text, yaml);
}

/**
 * One user action on a big sidecar, as the editor does it: one more annotation (on a name), serialised against the
 * text last written (the first run against the file as loaded), then written to a file. p50 and p95.
 */
function writeRows(text: string, yaml: string, runs = 15): void {
  const data = parseSidecar(yaml).data!;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bench-')), 'story.md.annotations.yaml');
  const taken = new Set(data.annotations.map(a => a.id));
  const cpu: number[] = [];
  const wall: number[] = [];
  let previous = yaml;
  for (let i = 0; i < runs; i++) {
    // A capitalised word, as users annotate names.
    const word = /\b[A-Z][a-z]{2,}\b/g;
    word.lastIndex = Math.floor(((i + 0.5) / runs) * (text.length - 100));
    const m = word.exec(text)!;
    const added = createAnnotation(text, m.index, m.index + m[0].length, 'ORG', {
      now: new Date(`${DCT}T10:00:00Z`),
      takenIds: taken,
    });
    taken.add(added.id);
    data.annotations.push(added);
    const t = time(() => {
      const content = serializeSidecar(data, previous);
      fs.writeFileSync(file, content);
      return content;
    });
    previous = t.result;
    cpu.push(t.ms);
    wall.push(t.wall);
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const n = data.annotations.length - runs;
  reportTimed(
    `add one annotation to a ${format(n)}-annotation sidecar: serialise + write text, p50`,
    { wall: percentile(wall, 50), cpu: percentile(cpu, 50) },
    'ms',
  );
  reportTimed('  p95', { wall: percentile(wall, 95), cpu: percentile(cpu, 95) }, 'ms');
}
