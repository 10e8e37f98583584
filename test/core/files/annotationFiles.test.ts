import * as assert from 'assert';
import { AnnotationFiles, LockTimeout, decodeSidecar } from '../../../src/core/files';
import { createAnnotation, parseSidecar, serializeSidecar, SidecarData, textHash } from '../../../src/core/sidecar';
import { MemoryFiles } from './memoryFiles';

const ARTICLE = 'Ana Ferreira met Jonas Berg in Oslo.\n';
const SIDECAR = '/news/story.md.annotations.yaml';
const CREATED = new Date('2026-01-05T10:00:00Z');

function sidecarWith(...quotes: string[]): SidecarData {
  return {
    version: 1,
    article: 'story.md',
    textHash: textHash(ARTICLE),
    annotations: quotes.map((quote, i) => {
      const start = ARTICLE.indexOf(quote);
      return { ...createAnnotation(ARTICLE, start, start + quote.length, 'person', { now: CREATED }), id: `a-${i}` };
    }),
    corrections: [],
  };
}

/** A change that adds an annotation to the sidecar as it is at the moment of writing. */
function adding(quote: string, id: string) {
  return (current: { data(): SidecarData | undefined }) => {
    const data = current.data() ?? sidecarWith();
    const start = ARTICLE.indexOf(quote);
    data.annotations.push({ ...createAnnotation(ARTICLE, start, start + quote.length, 'location'), id });
    return data;
  };
}

const ids = (files: MemoryFiles) => parseSidecar(files.text(SIDECAR)!).data!.annotations.map(a => a.id);

/** A clock and sleep for the lock: waiting advances the clock instead of taking time. */
function fakeTime(files: MemoryFiles) {
  return {
    now: () => files.clock,
    sleep: async (ms: number) => {
      files.clock += ms;
    },
  };
}

describe('the article and sidecar flow over a file access', () => {
  describe('reading', () => {
    it('reads an article as an editor presents it, and says why one cannot be used', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      files.put('/a.md', '\ufeff' + ARTICLE);
      assert.deepStrictEqual(await flow.readArticle('/a.md'), { text: ARTICLE, bom: true });
      files.put('/b.md', new Uint8Array([0x89, 0x50, 0, 0]));
      assert.deepStrictEqual(await flow.readArticle('/b.md'), { problem: 'looks like a binary file' });
      files.put('/c.md', '', 'directory');
      assert.deepStrictEqual(await flow.readArticle('/c.md'), { problem: 'is a folder, not a file' });
      files.put('/d.md', '', 'other');
      assert.match(JSON.stringify(await flow.readArticle('/d.md')), /not a regular file/);
      assert.deepStrictEqual(await flow.readArticle('/a.md', 10), {
        problem: 'larger than articleAnnotator.maxArticleSize',
      });
    });

    it('never opens a sidecar that is a folder, a pipe or a device, or above the size limit', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files, { maxSidecarBytes: 100 });
      // MemoryFiles fails a read of anything but a regular file, as a pipe would hang.
      files.put(SIDECAR, '', 'other');
      const fifo = await flow.readSidecar(SIDECAR);
      assert.strictEqual(fifo.state, 'unreadable');
      assert.match(fifo.state === 'unreadable' ? fifo.reason : '', /not a regular file/);
      files.put(SIDECAR, '', 'directory');
      assert.strictEqual((await flow.readSidecar(SIDECAR)).state, 'unreadable');
      files.put(SIDECAR, 'x'.repeat(101));
      const big = await flow.readSidecar(SIDECAR);
      assert.ok(
        big.state === 'unreadable' &&
          /is 0 MB, above the 0 MB limit; it is not opened and will not be changed/.test(big.reason),
        JSON.stringify(big),
      );
      // The oversize problem points at the first line (0-based 0), a line the file has.
      assert.deepStrictEqual(
        big.diagnostics.map(d => [d.line, d.column]),
        [[0, 0]],
      );
    });

    it('takes a sidecar deleted between its size check and its read for a missing one, and passes other failures on', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      files.put(SIDECAR, serializeSidecar(sidecarWith('Oslo')));
      files.beforeRead = file => {
        files.entries.delete(file);
      };
      assert.deepStrictEqual(await flow.readSidecar(SIDECAR), { state: 'missing' });
      // A file that is still there but cannot be read is not taken for a missing one.
      files.put(SIDECAR, serializeSidecar(sidecarWith('Oslo')));
      files.beforeRead = () => {
        throw new Error('permission denied');
      };
      await assert.rejects(flow.readSidecar(SIDECAR), /permission denied/);
    });

    it('takes an article deleted between its check and its read for one that cannot be found', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      files.put('/a.md', ARTICLE);
      files.beforeRead = file => {
        files.entries.delete(file);
      };
      assert.deepStrictEqual(await flow.readArticle('/a.md'), { problem: 'cannot be found', missing: true });
      assert.deepStrictEqual(
        await flow.readArticle('/a.md'),
        { problem: 'cannot be found', missing: true },
        'as when gone before',
      );
      files.put('/a.md', ARTICLE);
      files.beforeRead = () => {
        throw new Error('permission denied');
      };
      await assert.rejects(flow.readArticle('/a.md'), /permission denied/);
    });

    it('never reads whole an article or a sidecar that grew past the limit after its size was checked', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files, { maxSidecarBytes: 1000 });
      const grown = 'x'.repeat(1_000_000);
      files.put('/a.md', ARTICLE);
      files.put(SIDECAR, serializeSidecar(sidecarWith('Oslo')));
      files.beforeRead = file => files.put(file, grown);
      assert.deepStrictEqual(await flow.readArticle('/a.md', 100), {
        problem: 'larger than articleAnnotator.maxArticleSize',
      });
      const sidecar = await flow.readSidecar(SIDECAR);
      assert.ok(
        sidecar.state === 'unreadable' && /is 1 MB, above the 0 MB limit/.test(sidecar.reason),
        JSON.stringify(sidecar),
      );
      // 100 characters are at most 303 bytes of UTF-8 (a byte order mark and 100 three-byte characters):
      // one byte more tells the article is too large.
      assert.deepStrictEqual(files.bytesRead, [304, 1001]);
    });

    it('refuses a sidecar that is not UTF-8, saying where, and never rewrites it', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      const text = serializeSidecar(sidecarWith('Oslo')).replace('    start:', '    note: caf\u0000\n    start:');
      // A Latin-1 é (0xE9) where the NUL placeholder is.
      const bytes = new TextEncoder().encode(text);
      bytes[bytes.indexOf(0)] = 0xe9;
      files.put(SIDECAR, bytes);
      const read = await flow.readSidecar(SIDECAR);
      assert.strictEqual(read.state, 'unreadable');
      const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
      assert.match(read.state === 'unreadable' ? read.reason : '', new RegExp(`byte 0xE9 at line ${line}, byte 14`));
      assert.strictEqual(read.state === 'unreadable' && read.diagnostics[0].line, line - 1);
      const result = await flow.update(SIDECAR, ARTICLE, adding('Jonas Berg', 'a-new'));
      assert.strictEqual(result.status, 'refused');
      assert.deepStrictEqual(files.entries.get(SIDECAR)!.bytes, bytes, 'byte for byte as it was');
    });

    it('decodes a byte order mark and keeps the fact', () => {
      assert.deepStrictEqual(decodeSidecar(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), { text: 'a', bom: true });
      assert.deepStrictEqual(decodeSidecar(new Uint8Array([0x61, 0xc3, 0xa9])), { text: 'aé', bom: false });
      assert.deepStrictEqual(decodeSidecar(new Uint8Array([0x61, 0x0a, 0xed, 0xa0, 0x80])), {
        invalid: { line: 2, byte: 1, value: 0xed },
      });
    });
  });

  describe('writing', () => {
    it('creates a sidecar through a temporary file, and keeps a byte order mark on rewrite', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      const renames: string[] = [];
      files.beforeRename = (from, to) => {
        if (to === SIDECAR) renames.push(from);
      };
      const created = await flow.update(SIDECAR, ARTICLE, adding('Oslo', 'a-oslo'));
      assert.strictEqual(created.status === 'written' && created.created, true);
      assert.match(renames[0], /^\/news\/\.story\.md\.annotations\.yaml\.[a-z0-9]{8}\.tmp$/);
      assert.deepStrictEqual(files.names('/news'), ['story.md.annotations.yaml'], 'no lock or temporary file left');

      files.put(SIDECAR, '\ufeff' + files.text(SIDECAR));
      await flow.update(SIDECAR, ARTICLE, adding('Jonas Berg', 'a-berg'));
      assert.ok(files.text(SIDECAR)!.startsWith('\ufeffversion: 1\n'), 'the byte order mark is kept');
      assert.deepStrictEqual(ids(files).sort(), ['a-berg', 'a-oslo']);
    });

    it('makes the change to the file as it is when written, so a write made meanwhile is kept', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      files.put(SIDECAR, serializeSidecar(sidecarWith('Oslo')));
      // Another program adds an annotation after this writer has read the file, before it writes.
      const stale = files.text(SIDECAR);
      files.put(SIDECAR, serializeSidecar(sidecarWith('Oslo', 'Ana Ferreira')));
      const result = await flow.update(SIDECAR, ARTICLE, current => {
        assert.notStrictEqual(current.text, stale, 'read again under the lock');
        return adding('Jonas Berg', 'a-berg')(current);
      });
      assert.strictEqual(result.status, 'written');
      assert.deepStrictEqual(ids(files).sort(), ['a-0', 'a-1', 'a-berg']);
    });

    it('refuses to write an item that would not sit on its quote in the article, naming it', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      const before = serializeSidecar(sidecarWith('Oslo'));
      files.put(SIDECAR, before);
      // The article the caller holds no longer has "Oslo" where the item says.
      const edited = ARTICLE.replace('Ana', 'Anna');
      const result = await flow.update(SIDECAR, edited, adding('Jonas Berg', 'a-berg'));
      assert.strictEqual(result.status, 'refused');
      assert.match(
        result.status === 'refused' ? result.reason : '',
        /story\.md\.annotations\.yaml not written: a-0 quotes "Oslo"/,
      );
      assert.strictEqual(files.text(SIDECAR), before);
      const orphan = await flow.update(SIDECAR, edited, current => {
        const data = current.data()!;
        data.annotations[0].orphaned = true;
        return data;
      });
      assert.strictEqual(orphan.status, 'written', 'an orphan is not held to its old offsets');
    });

    it('refuses a file that turned malformed, and a result larger than the reader accepts', async () => {
      const files = new MemoryFiles();
      const broken = 'version: 1\narticle: [unclosed\n';
      files.put(SIDECAR, broken);
      const refused = await new AnnotationFiles(files).update(SIDECAR, ARTICLE, adding('Oslo', 'a-oslo'));
      assert.strictEqual(refused.status, 'refused');
      assert.match(refused.status === 'refused' ? refused.reason : '', /has problems \(line \d+: /);
      assert.strictEqual(files.text(SIDECAR), broken);

      files.entries.delete(SIDECAR);
      const small = new AnnotationFiles(files, { maxSidecarBytes: 200 });
      const tooBig = await small.update(SIDECAR, ARTICLE, adding('Oslo', 'a-oslo'));
      assert.strictEqual(tooBig.status, 'refused');
      assert.match(
        tooBig.status === 'refused' ? tooBig.reason : '',
        /would be .* MB, above the .* MB limit of what is read back/,
      );
      assert.deepStrictEqual(files.names('/news'), [], 'nothing written, no lock left');
    });

    it('queues writes of one process and loses none of them', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      await Promise.all(
        ['Ana Ferreira', 'Jonas Berg', 'Oslo'].map((q, i) => flow.update(SIDECAR, ARTICLE, adding(q, `a-${i}`))),
      );
      assert.deepStrictEqual(ids(files).sort(), ['a-0', 'a-1', 'a-2']);
    });
  });

  describe('the lock', () => {
    it('waits while another process holds the lock, and goes on once it is released', async () => {
      const files = new MemoryFiles();
      const lock = '/news/.story.md.annotations.yaml.lock';
      files.put(lock, 'article-annotator other\n');
      let waits = 0;
      const flow = new AnnotationFiles(files, {
        lock: {
          now: () => files.clock,
          sleep: async () => {
            // The other process finishes during the third wait.
            if (++waits === 3) files.entries.delete(lock);
          },
        },
      });
      assert.strictEqual((await flow.update(SIDECAR, ARTICLE, adding('Oslo', 'a-oslo'))).status, 'written');
      assert.strictEqual(waits, 3);
      assert.ok(!files.entries.has(lock), 'released');
    });

    it('takes over a lock left by a program that stopped, and gives up on one that stays fresh', async () => {
      const files = new MemoryFiles();
      const lock = '/news/.story.md.annotations.yaml.lock';
      files.put(lock, 'article-annotator crashed\n');
      const time = fakeTime(files);
      const flow = new AnnotationFiles(files, { lock: { ...time, staleMs: 1000, timeoutMs: 5000 } });
      assert.strictEqual((await flow.update(SIDECAR, ARTICLE, adding('Oslo', 'a-oslo'))).status, 'written');
      assert.deepStrictEqual(files.names('/news'), ['story.md.annotations.yaml']);

      // A writer that keeps its lock fresh (as a long merge would not, but a live one might): give up.
      const busy = new AnnotationFiles(files, {
        lock: {
          staleMs: 1000,
          timeoutMs: 5000,
          now: () => files.clock,
          sleep: async ms => {
            files.clock += ms;
            files.put(lock, 'article-annotator busy\n');
          },
        },
      });
      files.put(lock, 'article-annotator busy\n');
      const before = files.text(SIDECAR);
      await assert.rejects(busy.update(SIDECAR, ARTICLE, adding('Jonas Berg', 'a-berg')), LockTimeout);
      assert.strictEqual(files.text(SIDECAR), before);
      assert.strictEqual(files.text(lock), 'article-annotator busy\n', "the other writer's lock is not removed");
    });
  });

  describe('temporary files left by an interrupted write', () => {
    const temp = (suffix: string) => `/news/.story.md.annotations.yaml.${suffix}.tmp`;

    it('puts a readable one back when the sidecar is missing, and leaves an unreadable one alone', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      const saved = serializeSidecar(sidecarWith('Oslo'));
      files.put(temp('k3j4h5g6'), saved);
      const { file, notices } = await flow.openSidecar(SIDECAR);
      assert.strictEqual(file.state === 'read' && file.text, saved);
      assert.deepStrictEqual(notices, ['Restored story.md.annotations.yaml (1 annotations) from an interrupted save.']);
      assert.deepStrictEqual(files.names('/news'), ['story.md.annotations.yaml']);

      files.entries.delete(SIDECAR);
      files.put(temp('a1b2c3d4'), 'version: 1\nannotations: [oops\n');
      const second = await flow.openSidecar(SIDECAR);
      assert.strictEqual(second.file.state, 'missing');
      assert.match(second.notices[0], /cannot be read; it was left as it is/);
      assert.strictEqual(files.text(temp('a1b2c3d4')), 'version: 1\nannotations: [oops\n');
    });

    it('completes a write cut short between the temporary file and the rename, before the next write', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      files.put(SIDECAR, serializeSidecar(sidecarWith('Oslo')));
      // The killed run had read the sidecar and written its whole new version.
      files.put(temp('q1w2e3r4'), serializeSidecar(sidecarWith('Oslo', 'Ana Ferreira')));
      const result = await flow.update(SIDECAR, ARTICLE, adding('Jonas Berg', 'a-berg'));
      assert.deepStrictEqual(result.notices, [
        'Restored story.md.annotations.yaml (2 annotations) from an interrupted save.',
      ]);
      assert.deepStrictEqual(ids(files).sort(), ['a-0', 'a-1', 'a-berg']);
      assert.deepStrictEqual(files.names('/news'), ['story.md.annotations.yaml']);
    });

    it('deletes an older one that holds nothing the sidecar lacks, and keeps one that does', async () => {
      const files = new MemoryFiles();
      const flow = new AnnotationFiles(files);
      files.put(temp('old1'), serializeSidecar(sidecarWith('Oslo')));
      files.put(temp('old2'), serializeSidecar(sidecarWith('Oslo', 'Jonas Berg')));
      files.put(SIDECAR, serializeSidecar(sidecarWith('Oslo', 'Ana Ferreira')));
      const { notices } = await flow.openSidecar(SIDECAR);
      assert.deepStrictEqual(files.names('/news').sort(), [
        '.story.md.annotations.yaml.old2.tmp',
        'story.md.annotations.yaml',
      ]);
      assert.match(
        notices[0],
        /old2\.tmp is left from an interrupted save .* holds what story\.md\.annotations\.yaml does not/,
      );
    });
  });
});
