import * as assert from 'assert';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { HAND_EDITED, HASH } from './fixtures';

const HEADER = `version: 1\narticle: story.md\ntextHash: ${HASH}\n`;

function item(fields: string): string {
  return `${HEADER}annotations:\n  - id: a-1\n    label: person\n${fields}`;
}

function only(text: string) {
  const result = parseSidecar(text);
  assert.strictEqual(result.readOnly, true, 'a problem must make the file read-only');
  assert.ok(result.diagnostics.length > 0);
  return result.diagnostics[0];
}

describe('parseSidecar', () => {
  it('reads a hand-edited file, keeping unknown keys', () => {
    const result = parseSidecar(HAND_EDITED);
    assert.deepStrictEqual(result.diagnostics, []);
    assert.strictEqual(result.readOnly, false);
    const data = result.data!;
    assert.strictEqual(data.date, '2025-10-12');
    assert.deepStrictEqual(data.extra, { reviewer: 'desk-b' });
    assert.strictEqual(data.annotations.length, 2);
    assert.deepStrictEqual(data.annotations[0].extra, { source: 'wire' });
    assert.strictEqual(data.annotations[0].created, '2026-11-27T10:00:00Z');
    assert.strictEqual(data.annotations[1].note, undefined);
  });

  it('reports a syntax error with its line and column', () => {
    const d = only(`${HEADER}annotations:\n  - id: a-1\n   label: person\n`);
    assert.strictEqual(d.severity, 'error');
    assert.match(d.message, /YAML syntax error/);
    assert.deepStrictEqual([d.line, d.column], [5, 0]);
    // An unterminated quote is reported where the input ends.
    assert.strictEqual(only(`${HEADER}annotations:\n  - id: a-1\n    quote: "unterminated\n`).line, 6);
  });

  it('refuses a newer format version', () => {
    const d = only(HEADER.replace('version: 1', 'version: 2'));
    assert.match(d.message, /newer version/);
    assert.deepStrictEqual([d.line, d.column], [0, 9]);
  });

  it('points at a non-integer offset', () => {
    const d = only(item('    quote: Kim\n    start: 1.5\n    end: 4\n'));
    assert.match(d.message, /"start" must be a non-negative integer/);
    assert.deepStrictEqual([d.line, d.column], [7, 11]);
  });

  it('points at an end before the start', () => {
    const d = only(item('    quote: Kim\n    start: 9\n    end: 4\n'));
    assert.match(d.message, /greater than "start"/);
    assert.deepStrictEqual([d.line, d.column], [8, 9]);
  });

  it('rejects a quote whose length does not match the offsets', () => {
    assert.match(only(item('    quote: Kim\n    start: 1\n    end: 9\n')).message, /quote is 3 UTF-16 units long/);
  });

  it('reports a missing quote at the item', () => {
    const d = only(item('    start: 1\n    end: 4\n'));
    assert.match(d.message, /Missing "quote"/);
    assert.deepStrictEqual([d.line, d.column], [4, 4]);
  });

  it('rejects duplicate ids, keeping the first item', () => {
    const text =
      item('    quote: Kim\n    start: 0\n    end: 3\n') +
      '  - id: a-1\n    label: place\n    quote: Kim\n    start: 5\n    end: 8\n';
    const result = parseSidecar(text);
    assert.strictEqual(result.readOnly, true);
    assert.match(result.diagnostics[0].message, /Duplicate id "a-1"/);
    assert.strictEqual(result.diagnostics[0].line, 9);
    assert.strictEqual(result.data?.annotations.length, 1);
  });

  it('rejects a quote written as a number or boolean', () => {
    assert.match(only(item('    quote: 1984\n    start: 0\n    end: 4\n')).message, /"quote" must be a string/);
  });

  it('survives an alias bomb without expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const result = parseSidecar(`${HEADER}${lines.join('\n')}\n`);
    assert.strictEqual(result.readOnly, true);
    assert.strictEqual(result.data, undefined);
    assert.ok(result.diagnostics.some(d => d.severity === 'error' && /could not be read/.test(d.message)));
  });

  it('opens a file with ordinary aliases read-only', () => {
    const result = parseSidecar(`${HEADER}x-who: &w Kim\nx-again: *w\n`);
    assert.strictEqual(result.readOnly, true);
    assert.ok(result.data);
    assert.match(result.diagnostics[0].message, /aliases/);
    assert.strictEqual(result.diagnostics[0].line, 4);
  });

  it('refuses a file above the size limit, pointing at its first line', () => {
    const small = parseSidecar(HEADER + 'x'.repeat(100), { maxLength: 50 });
    assert.strictEqual(small.data, undefined);
    assert.match(small.diagnostics[0].message, /above the limit of 50/);
    assert.deepStrictEqual([small.diagnostics[0].line, small.diagnostics[0].column], [0, 0]);
  });

  it('rejects a time that is not one, and takes the forms of RFC 3339', () => {
    const d = only(item('    quote: Kim\n    start: 0\n    end: 3\n    created: yesterday\n'));
    assert.match(d.message, /"created" must be a date and time such as 2026-11-27T10:00:00Z .*not "yesterday"/);
    assert.deepStrictEqual([d.line, d.column], [9, 13]);
    for (const time of ['2026-11-27T10:00:00Z', '2026-11-27T10:00:00.123+01:00', '2026-11-27', '2026-11-27 10:00'])
      assert.strictEqual(
        parseSidecar(item(`    quote: Kim\n    start: 0\n    end: 3\n    updated: ${time}\n`)).readOnly,
        false,
        time,
      );
  });

  it('rejects YAML merge keys clearly, where they are', () => {
    const d = only(
      `${HEADER}annotations:\n  - <<: {label: person}\n    id: a-1\n    quote: Kim\n    start: 0\n    end: 3\n`,
    );
    assert.match(d.message, /merge keys \(<<\) are not supported/);
    assert.deepStrictEqual([d.line, d.column], [4, 4]);
  });

  it('keeps a key named __proto__ like any unknown key, without touching any prototype', () => {
    const text = `${HEADER}__proto__:\n  polluted: true\nannotations:\n  - id: a-1\n    label: person\n    quote: Kim\n    start: 0\n    end: 3\n    __proto__: from another tool\n`;
    const data = parseSidecar(text).data!;
    assert.deepStrictEqual(Object.getOwnPropertyNames(data.extra), ['__proto__']);
    assert.deepStrictEqual(
      Object.getOwnPropertyDescriptor(data.annotations[0].extra, '__proto__')?.value,
      'from another tool',
    );
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    data.annotations[0].note = 'checked';
    for (const written of [serializeSidecar(data, text), serializeSidecar(data)]) {
      const again = parseSidecar(written).data!;
      assert.deepStrictEqual(Object.getOwnPropertyDescriptor(again.extra, '__proto__')?.value, { polluted: true });
      assert.strictEqual(
        Object.getOwnPropertyDescriptor(again.annotations[0].extra, '__proto__')?.value,
        'from another tool',
      );
      assert.strictEqual(again.annotations[0].note, 'checked');
    }
  });

  it('keeps thousands of unknown top-level keys, and still finds a duplicate among them', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `x-key${i}: value ${i}\n`).join('');
    for (const text of [`${HEADER}annotations: []\n${keys}`, `# with a comment\n${HEADER}annotations: []\n${keys}`]) {
      const data = parseSidecar(text).data!;
      assert.strictEqual(Object.keys(data.extra!).length, 5000);
      data.date = '2025-10-12';
      const written = serializeSidecar(data, text);
      assert.strictEqual(written, text.replace('annotations: []', 'date: 2025-10-12\nannotations: []'));
    }
    const duplicate = only(`${HEADER}annotations: []\n${keys}x-key42: again\n`);
    assert.match(duplicate.message, /Map keys must be unique/);
    assert.strictEqual(duplicate.line, 5004);
  });

  it('rejects things that are not a sidecar', () => {
    assert.match(only('').message, /empty/);
    assert.match(only('- a\n- b\n').message, /must be a mapping/);
    assert.match(only(`${HEADER}annotations: {}\n`).message, /must be a list/);
    assert.match(only(`${HEADER}annotations:\n  - just text\n`).message, /must be a mapping/);
    assert.match(only(`${HEADER}---\n${HEADER}`).message, /YAML syntax error/);
    assert.match(only(`${HEADER}x: !custom 3\n`).message, /tag/);
    assert.match(only(HEADER.replace(/textHash: .*/, 'textHash: md5:00')).message, /textHash/);
    assert.match(only(`${HEADER}annotations: [\n`.repeat(1)).message, /YAML syntax error/);
  });

  it('does not crash on deeply nested input', function () {
    this.timeout(30000);
    const result = parseSidecar(`${HEADER}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    assert.strictEqual(result.readOnly, true);
    assert.strictEqual(result.diagnostics[0].severity, 'error');
  });
});
