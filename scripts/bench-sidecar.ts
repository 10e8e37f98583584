/**
 * Benchmark rows for sidecar files: loading and re-anchoring 10,000 annotations, re-anchoring many orphans,
 * adding one annotation (directly and through the write flow), and sidecars full of unknown keys.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseSidecar } from '../src/core/sidecar/parse';
import { serializeSidecar } from '../src/core/sidecar/serialize';
import { createAnnotation } from '../src/core/sidecar/create';
import { textHash } from '../src/core/sidecar/hash';
import { reanchor } from '../src/core/anchor';
import type { Annotation } from '../src/core/sidecar/types';
import { AnnotationFiles } from '../src/core/files';
import { nodeFiles } from '../src/cli/nodeFiles';
import { generateArticle, generateNews } from './bench-news';
import { format, percentile, report, reportTimed, sampleHeap, time, timeAsync } from './bench-measure';

const DCT = '2025-10-12';

/**
 * 10,000 annotations on capitalised words of a long article, as a serialised sidecar named for `article`;
 * for an annotation `project`, one in ten also has attributes and 1,000 relations join neighbours.
 */
export function buildSidecar(text: string, article = 'story.md', project = false): string {
  const taken = new Set<string>();
  const annotations: Annotation[] = [];
  const stamp = new Date(`${DCT}T09:00:00Z`);
  for (const m of text.matchAll(/\b[A-Z][a-z]{2,}\b/g)) {
    if (annotations.length === 10_000) break;
    const a = createAnnotation(text, m.index!, m.index! + m[0].length, 'PER', { now: stamp, takenIds: taken });
    taken.add(a.id);
    if (project && annotations.length % 10 === 0) a.attributes = { certainty: 'confirmed', 'source-url': 'desk' };
    annotations.push(a);
  }
  const relations = project
    ? annotations.slice(0, 1000).map((a, i) => ({ id: `r-${i}`, type: 'meets', from: a.id, to: annotations[i + 1].id }))
    : undefined;
  return serializeSidecar({
    version: 1,
    article,
    textHash: textHash(text),
    annotations,
    corrections: [],
    ...(relations ? { relations } : {}),
  });
}

export async function sidecarRows(seed: number): Promise<void> {
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
  await writeRows(text, yaml);
  // An annotation project's sidecar: attributes and relations take the same quick paths.
  const project = buildSidecar(text, 'story.md', true);
  parseSidecar(project);
  const load = time(() => parseSidecar(project).data!);
  reportTimed(
    `project sidecar parse (attributes on 1 in 10, ${load.result.relations!.length} relations)`,
    { wall: load.wall, cpu: load.ms },
    'ms',
  );
  await writeRows(text, project, 15, 'project sidecar: ');
}

/**
 * Re-anchoring many items whose text is gone from a long article (the slow path: each is searched for,
 * exactly and then for a similar text), against the same number of items all found in the same
 * article, measured in the same run. The lost items' quotes are the article's words with a prefix no
 * word has, so none occurs.
 */
export function orphanRows(seed: number, items = 1000): void {
  const text = generateNews(800_000, seed + 13);
  const stamp = new Date(`${DCT}T09:00:00Z`);
  const sidecarFor = (lost: boolean): Annotation[] => {
    let old = '';
    let last = 0;
    const spans: [number, number][] = [];
    const word = /\b[A-Z][a-z]{3,}\b/g;
    for (let i = 0; i < items; i++) {
      word.lastIndex = Math.floor(((i + 0.5) / items) * (text.length - 100));
      const m = word.exec(text)!;
      const quote = lost ? `Qz${i.toString(36)}${m[0]}` : m[0];
      old += text.slice(last, m.index);
      spans.push([old.length, old.length + quote.length]);
      old += quote;
      last = m.index + m[0].length;
    }
    old += text.slice(last);
    return spans.map(([start, end]) => createAnnotation(old, start, end, 'PER', { now: stamp }));
  };
  const unknown = 'sha256:' + '0'.repeat(64);
  const found = sidecarFor(false);
  const lost = sidecarFor(true);
  reanchor(found, text, unknown);
  const foundTime = time(() => reanchor(found, text, unknown));
  const lostTime = time(() => reanchor(lost, text, unknown));
  const orphans = lostTime.result.filter(r => r.status === 'orphaned').length;
  const size = `${format(text.length)}-char article`;
  const timed = (t: { wall: number; ms: number }) => ({ wall: t.wall, cpu: t.ms });
  reportTimed(`re-anchor ${format(items)} annotations all found, ${size}`, timed(foundTime), 'ms');
  reportTimed(`re-anchor ${format(items)} annotations, ${format(orphans)} orphaned, ${size}`, timed(lostTime), 'ms');
  report('  ratio orphaned / found', lostTime.wall / foundTime.wall, 'x');
}

/**
 * One user action on a big sidecar, as the editor does it: one more annotation (on a name), serialised against the
 * text last written (the first run against the file as loaded), then written. Directly (serialise and write the
 * text), and through the flow every writer takes (lock, the file read again and compared, temporary file,
 * rename). p50 and p95.
 */
async function writeRows(text: string, yaml: string, runs = 15, what = ''): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bench-'));
  const file = path.join(folder, 'story.md.annotations.yaml');
  const flow = new AnnotationFiles(nodeFiles);
  for (const through of ['serialise + write text', 'through the flow (lock, read again, rename)']) {
    fs.writeFileSync(file, yaml);
    const data = parseSidecar(yaml).data!;
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
      const t = await timeAsync(async () => {
        if (through.startsWith('through')) {
          const result = await flow.update(file, text, current => (current.text === previous ? data : undefined));
          if (result.status !== 'written') throw new Error(`not written: ${result.status}`);
          return result.text;
        }
        const content = serializeSidecar(data, previous);
        fs.writeFileSync(file, content);
        return content;
      });
      previous = t.result;
      cpu.push(t.ms);
      wall.push(t.wall);
    }
    const n = data.annotations.length - runs;
    reportTimed(
      `${what}add one annotation to a ${format(n)}-annotation sidecar: ${through}, p50`,
      { wall: percentile(wall, 50), cpu: percentile(cpu, 50) },
      'ms',
    );
    reportTimed('  p95', { wall: percentile(wall, 95), cpu: percentile(cpu, 95) }, 'ms');
  }
  fs.rmSync(folder, { recursive: true, force: true });
}

/**
 * Sidecars another tool filled with keys this format does not know, with a comment so that the full YAML
 * parser reads them (the slower path): reading one and writing one change. Both should grow with the file.
 */
export function unknownKeyRows(): void {
  const cpu = [20_000, 200_000].map(n => {
    let text = `# written by another tool\nversion: 1\narticle: story.md\ntextHash: ${textHash('')}\nannotations: []\n`;
    for (let i = 0; i < n; i++) text += `x-key${i}: value ${i}\n`;
    const t = time(() => {
      const data = parseSidecar(text).data!;
      data.date = DCT;
      return serializeSidecar(data, text);
    });
    reportTimed(
      `sidecar with ${format(n)} unknown top-level keys: read + one change written`,
      { wall: t.wall, cpu: t.ms },
      'ms',
    );
    return t.ms;
  });
  // In CPU time: the other processes of a busy machine stretch the wall-clock time of the longer run most.
  report('  ratio of 200k keys to 20k, CPU time (10 when linear)', cpu[1] / cpu[0], '×', { atMost: 15 });
}
