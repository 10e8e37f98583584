/**
 * Benchmark rows for the command line on one very long article file, whole processes: `analyze --dir`
 * writing its suggestions, and every export format of a sidecar with 10,000 annotations.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli, type CliRun } from './bench-cli';
import { buildSidecar } from './bench-sidecar';
import { format, report, reportTimed } from './bench-measure';

const EXPORT_FORMATS = ['brat', 'conll', 'jsonld', 'csv'];

const timed = (r: CliRun) => ({ wall: r.wall, cpu: r.cpu });
const megabytes = (r: CliRun) => r.maxRss / 1e6;

/** `text` (about 5 MB of news as one article) in a folder of its own, analysed and exported. */
export async function longArticleRows(repoRoot: string, text: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bench-files-'));
  try {
    const article = path.join(dir, 'story.md');
    fs.writeFileSync(article, text);
    const size = `${format(Buffer.byteLength(text) / 1e6)} MB article`;
    // The default limit (2M chars) would skip it, as the editor would: this run raises it.
    const analysed = await runCli(repoRoot, ['analyze', '--dir', dir, '--max-article-size', `${text.length}`]);
    if (analysed.status !== 0) throw new Error(`analyze --dir exited with ${analysed.status}`);
    reportTimed(`analyze --dir, one ${size}, whole process`, timed(analysed), 'ms', { atMost: 10_000 });
    report('  its peak RSS', megabytes(analysed), 'MB', { atMost: 400 });

    fs.writeFileSync(`${article}.annotations.yaml`, buildSidecar(text));
    for (const name of EXPORT_FORMATS) {
      const output = path.join(dir, `export.${name}`);
      const exported = await runCli(repoRoot, ['export', article, '--format', name, '--output', output]);
      if (exported.status !== 0) throw new Error(`export --format ${name} exited with ${exported.status}`);
      reportTimed(`export --format ${name}, 10,000 annotations, same article, whole process`, timed(exported), 'ms', {
        atMost: 3_000,
      });
      report('  its peak RSS', megabytes(exported), 'MB');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
