import assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_ARTICLE, prepareScratch } from '../../scripts/scratch.mjs';
import { repoRoot } from '../../scripts/test-host/paths.mjs';

describe('npm start: the scratch folder', () => {
  let tmp;
  beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'scratch-test-'))));
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('copies the samples once and keeps what is already there, changed or not', () => {
    const samples = path.join(tmp, 'samples');
    const scratch = path.join(tmp, 'scratch');
    mkdirSync(samples);
    writeFileSync(path.join(samples, SAMPLE_ARTICLE), 'sample v1');
    writeFileSync(path.join(samples, 'other.txt'), 'other v1');
    const article = prepareScratch(samples, scratch);
    assert.strictEqual(article, path.join(scratch, SAMPLE_ARTICLE));
    assert.strictEqual(readFileSync(article, 'utf8'), 'sample v1');
    writeFileSync(article, 'edited while trying the extension');
    writeFileSync(path.join(samples, SAMPLE_ARTICLE), 'sample v2');
    writeFileSync(path.join(samples, 'new.md'), 'new');
    prepareScratch(samples, scratch);
    assert.strictEqual(readFileSync(article, 'utf8'), 'edited while trying the extension');
    assert.strictEqual(readFileSync(path.join(scratch, 'new.md'), 'utf8'), 'new');
  });

  it('is a folder git ignores, so experiments never change tracked files', () => {
    for (const file of ['scratch/harbour-council.md', 'scratch/harbour-council.md.annotations.yaml']) {
      // Exits 0 (and prints the path) only for an ignored path.
      assert.strictEqual(execFileSync('git', ['check-ignore', file], { cwd: repoRoot, encoding: 'utf8' }).trim(), file);
    }
  });
});
