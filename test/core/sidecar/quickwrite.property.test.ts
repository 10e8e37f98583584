import * as assert from 'assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readPlainSidecar, readPlainSidecarNodes } from '../../../src/core/sidecar/plain';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { serializeSidecar, serializeSidecarWithFullParser, sameCanonical } from '../../../src/core/sidecar/serialize';
import { Annotation, Correction, SidecarData } from '../../../src/core/sidecar/types';

// Strings that need quoting, escapes or care when written.
const AWKWARD = [
  'true',
  'null',
  '~',
  '007',
  '1e3',
  '.inf',
  '12',
  'a: b',
  'a #b',
  'C#',
  ' lead',
  'trail ',
  "it's",
  '"q"',
  'Zoë',
  '😀',
  'line\nbreak',
  'tab\there',
  '- dash',
  '*alias',
  '[1]',
  '{a: 1}',
  '2025-10-12',
  '',
  'a\\b',
  '#',
  '?',
  'yes',
  'Kim',
  'Seoul',
];
const str = fc.oneof(
  { arbitrary: fc.constantFrom('Kim', 'Seoul', 'the mayor', 'x y z', 'Zoë'), weight: 4 },
  { arbitrary: fc.constantFrom(...AWKWARD), weight: 2 },
  { arbitrary: fc.string({ maxLength: 10 }), weight: 1 },
);
const extraValue = fc.oneof(str, fc.nat(), fc.constant(null), fc.array(fc.nat(), { maxLength: 2 }), fc.constant([]));
const annotation = (i: number) =>
  fc
    .record({
      label: fc.constantFrom('PER', 'ORG', 'claim', 'true'),
      quote: str.filter(s => s.length > 0),
      prefix: str,
      suffix: str,
      start: fc.nat(5000),
      note: fc.option(str, { nil: undefined }),
      orphaned: fc.option(fc.constant(true), { nil: undefined }),
      attributes: fc.option(
        fc.dictionary(fc.constantFrom('role', 'source-url', 'true'), str, { minKeys: 1, maxKeys: 2 }),
        {
          nil: undefined,
        },
      ),
      extra: fc.option(fc.dictionary(fc.constantFrom('source', 'tool', 'n'), extraValue, { maxKeys: 2 }), {
        nil: undefined,
      }),
    })
    .map(a => ({ ...a, id: `a-${i}`, end: a.start + a.quote.length }) as Annotation);
const annotations = fc
  .integer({ min: 0, max: 6 })
  .chain(n => fc.tuple(...Array.from({ length: n }, (_, i) => annotation(i))));
const correction = fc
  .record({ quote: str.filter(s => s.length > 0), start: fc.nat(5000), type: fc.constantFrom('wrong', 'PER') })
  .map(
    c =>
      ({
        id: 'c-1',
        quote: c.quote,
        prefix: '',
        suffix: '',
        start: c.start,
        end: c.start + c.quote.length,
        automatic: 'PER',
        correct: c.type === 'wrong' ? 'none' : 'ORG',
      }) as unknown as Correction,
  );
const sidecar = fc
  .record({
    article: str.filter(s => s.length > 0),
    date: fc.option(str, { nil: undefined }),
    annotations,
    corrections: fc.option(correction, { nil: undefined }),
    extra: fc.option(fc.dictionary(fc.constantFrom('tool', 'reviewed'), extraValue, { maxKeys: 2 }), {
      nil: undefined,
    }),
  })
  .map((s): SidecarData => ({
    version: 1,
    article: s.article,
    textHash: 'sha256:' + '0'.repeat(64),
    ...(s.date === undefined ? {} : { date: s.date }),
    annotations: s.annotations,
    corrections: s.corrections ? [s.corrections] : [],
    ...(s.extra ? { extra: s.extra } : {}),
  }));

type Change = {
  op:
    | 'note'
    | 'delete'
    | 'add'
    | 'move'
    | 'orphan'
    | 'unorphan'
    | 'extra'
    | 'date'
    | 'hash'
    | 'dropExtra'
    | 'correction'
    | 'relate'
    | 'unrelate'
    | 'attribute';
  pick: number;
  value: string;
};
const change = fc.record({
  op: fc.constantFrom(
    'note',
    'delete',
    'add',
    'move',
    'orphan',
    'unorphan',
    'extra',
    'date',
    'hash',
    'dropExtra',
    'correction',
    'relate',
    'unrelate',
    'attribute',
  ),
  pick: fc.nat(),
  value: str,
}) as fc.Arbitrary<Change>;

let added = 0;

function apply(data: SidecarData, c: Change): SidecarData {
  const next: SidecarData = structuredClone(data);
  const items = next.annotations;
  const i = items.length > 0 ? c.pick % items.length : -1;
  switch (c.op) {
    case 'note':
      if (i >= 0) items[i].note = c.value;
      break;
    case 'delete':
      if (i >= 0) items.splice(i, 1);
      break;
    case 'add':
      items.push({
        id: `a-new${++added}`,
        label: 'PER',
        quote: 'Oslo',
        prefix: c.value,
        suffix: '',
        start: c.pick % 5000,
        end: (c.pick % 5000) + 4,
      });
      break;
    case 'move':
      if (i >= 0) {
        items[i].start += 1;
        items[i].end += 1;
      }
      break;
    case 'orphan':
      if (i >= 0) items[i].orphaned = true;
      break;
    case 'unorphan':
      if (i >= 0) delete items[i].orphaned;
      break;
    case 'extra':
      if (i >= 0) items[i].extra = { ...items[i].extra, tool: c.value };
      break;
    case 'dropExtra':
      if (i >= 0) delete items[i].extra;
      else delete next.extra;
      break;
    case 'date':
      if (c.pick % 3 === 0) delete next.date;
      else next.date = c.value;
      break;
    case 'hash':
      next.textHash = 'sha256:' + String(c.pick % 10).repeat(64);
      break;
    case 'correction':
      next.corrections =
        c.pick % 2 === 0
          ? []
          : [
              {
                id: 'c-2',
                quote: 'x',
                prefix: '',
                suffix: '',
                start: 1,
                end: 2,
                automatic: 'PER',
                correct: 'none',
              } as unknown as Correction,
            ];
      break;
    case 'relate':
      if (i >= 0)
        (next.relations ??= []).push({
          id: `r-new${++added}`,
          type: c.value || 'mentions',
          from: items[i].id,
          to: items[(i + 1) % items.length].id,
        });
      break;
    case 'unrelate':
      next.relations?.splice(c.pick % next.relations.length, 1);
      break;
    case 'attribute':
      if (i >= 0 && c.pick % 4 === 0) delete items[i].attributes;
      else if (i >= 0) items[i].attributes = { ...items[i].attributes, [c.pick % 2 ? 'status' : 'certainty']: c.value };
      break;
  }
  return next;
}

describe('quick in-place writes (property)', () => {
  it('write exactly what the full-parser path writes, for a chain of changes (1000 cases)', () => {
    let quickLayout = 0;
    let writes = 0;
    fc.assert(
      fc.property(sidecar, fc.array(change, { minLength: 1, maxLength: 6 }), fc.boolean(), (data, changes, flush) => {
        let current = data;
        let quick = serializeSidecar(current);
        let full = quick;
        // Files whose lists start at column 0 are also in the quick reader's layout.
        if (flush) quick = full = quick.replace(/^ {2}(- | {2})/gm, '$1');
        for (const c of changes) {
          current = apply(current, c);
          writes++;
          if (readPlainSidecar(quick) !== undefined) quickLayout++;
          const nextQuick = serializeSidecar(current, quick);
          const nextFull = serializeSidecarWithFullParser(current, full);
          assert.strictEqual(nextQuick, nextFull);
          quick = nextQuick;
          full = nextFull;
        }
        const reread = parseSidecar(quick);
        assert.deepStrictEqual(reread.diagnostics, []);
      }),
      {
        numRuns: 1000,
        ...(process.env.QW_SEED ? { seed: Number(process.env.QW_SEED), path: process.env.QW_PATH } : {}),
      },
    );
    // Enough previous files are in the quick reader's layout for the quick path to be compared.
    assert.ok(quickLayout > writes / 10, `${quickLayout} of ${writes}`);
  });

  it('builds nodes that read as the quick reader reads, for every settled choice', () => {
    fc.assert(
      fc.property(sidecar, fc.boolean(), (data, settleAll) => {
        const text = serializeSidecar(data);
        const value = readPlainSidecar(text);
        const root = readPlainSidecarNodes(text, settleAll ? () => true : undefined);
        assert.strictEqual(root === undefined, value === undefined);
        if (!root || settleAll) return;
        assert.deepStrictEqual(root.toJSON(), value);
        assert.deepStrictEqual(root.toJSON(), parse(text, { version: '1.2' }));
      }),
      { numRuns: 500 },
    );
  });

  it('compares like canonical JSON', () => {
    const canonical = (v: unknown) =>
      JSON.stringify(v, (_k, x: unknown) =>
        x && typeof x === 'object' && !Array.isArray(x)
          ? Object.fromEntries(
              Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
            )
          : x,
      );
    const value = fc.anything({ maxDepth: 3, withNullPrototype: true });
    fc.assert(
      fc.property(value, value, fc.boolean(), (a, b, self) => {
        const other = self ? structuredCloneOr(a) : b;
        let expected: boolean;
        try {
          expected = canonical(a) === canonical(other);
        } catch {
          return;
        }
        assert.strictEqual(sameCanonical(a, other), expected);
      }),
      { numRuns: 2000 },
    );
    // Found by the property above once in many runs: JSON writes NaN and the infinities as null.
    assert.strictEqual(sameCanonical(null, Number.POSITIVE_INFINITY), true);
    assert.strictEqual(sameCanonical([NaN], [null]), true);
    assert.strictEqual(sameCanonical(null, 0), false);
  });
});

function structuredCloneOr(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}
