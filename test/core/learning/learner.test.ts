import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyUpdate, NO_UPDATE, TeachingSidecar, WorkspaceLearner } from '../../../src/core/learning';
import { EntityModel, EntityRecognizer, loadEntityModel } from '../../../src/core/ner';
import { createAnnotation, createCorrection } from '../../../src/core/sidecar/create';
import { labelOfType } from '../../../src/core/highlights/labels';
import { wordlessRunBuckets } from '../../../src/core/ner/runs';

function shippedModel(): EntityModel {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return loadEntityModel(new Uint8Array(fs.readFileSync(path.join(dir, 'models', 'ner.bin'))));
}

/** How a recogniser reads each name in a text: "name/TYPE", or "name/-" when it finds nothing there. */
function reading(recognizer: EntityRecognizer, text: string, names: string[]): string[] {
  const spans = recognizer.recognize(text);
  return names.map(name => {
    const start = text.indexOf(name);
    const span = spans.find(s => s.start === start && s.end === start + name.length);
    return `${name}/${span?.type ?? '-'}`;
  });
}

/**
 * The sidecar a user leaves after giving each name in `text` the label `label`: a correction where the
 * recogniser highlighted the name as something else, an annotation where it highlighted nothing.
 */
function corrected(
  recognizer: EntityRecognizer,
  article: string,
  text: string,
  names: string[],
  label: string,
): TeachingSidecar {
  const spans = recognizer.recognize(text);
  const sidecar: TeachingSidecar & { annotations: unknown[]; corrections: unknown[] } = {
    article,
    annotations: [],
    corrections: [],
  };
  for (const name of names) {
    const start = text.indexOf(name);
    const end = start + name.length;
    const span = spans.find(s => s.start === start && s.end === end);
    if (span && labelOfType(span.type) === label) continue;
    if (span) sidecar.corrections.push(createCorrection(text, start, end, labelOfType(span.type), label));
    else sidecar.annotations.push(createAnnotation(text, start, end, label));
  }
  return sidecar;
}

describe('learning from the workspace’s sidecars', () => {
  const model = shippedModel();
  const shipped = new EntityRecognizer(model);
  // An invented flood report: the villages are read as bodies or missed until the user says they are places.
  const report =
    'Residents of Varnholt were told to leave their homes on Monday as the river rose. Residents of Dresmore ' +
    'were told to leave by the evening. Residents of Tamberlin were told to leave before dawn, and residents ' +
    'of Corvane were moved to a school.';
  const villages = ['Varnholt', 'Dresmore', 'Tamberlin', 'Corvane'];
  const unrelated = 'Angela Merkel met Emmanuel Macron in Berlin, and the Bank of England raised rates.';
  // An invented market report: the firms, named like villages, are read as people or missed until the
  // user says they are companies.
  const market =
    'Varnholt shares rose on Monday. Dresmore shares rose on Tuesday. Tamberlin shares rose on Wednesday. ' +
    'Corvane shares rose on Thursday.';
  const listed = 'Ulvenstad shares rose on Friday.';

  it('generalises a corrected pattern to a name the user never touched', () => {
    const sidecar = corrected(shipped, 'markets.md', market, villages, 'organisation');
    assert.ok(sidecar.annotations.length + sidecar.corrections.length >= 2, 'the shipped model misreads the firms');
    assert.deepStrictEqual(reading(shipped, listed, ['Ulvenstad']), ['Ulvenstad/-']);
    const update = new WorkspaceLearner(model).learn([sidecar]);
    const adapted = new EntityRecognizer(applyUpdate(model, update));
    assert.deepStrictEqual(reading(adapted, listed, ['Ulvenstad']), ['Ulvenstad/ORG']);
    // Text with nothing in common with the lesson reads as before.
    assert.deepStrictEqual(adapted.recognize(unrelated), shipped.recognize(unrelated));
    // The run features that hold no word, shared by most tokens, are left as shipped.
    const wordless = wordlessRunBuckets(model.ctx.hashBits);
    assert.deepStrictEqual(
      [...update.buckets].filter(b => wordless.includes(b)),
      [],
    );
  });

  it('is the same update for the same sidecars, whatever order they come in', () => {
    const flood = corrected(shipped, 'flood.md', report, villages, 'location');
    const other = 'Officials at Quillan Freight said the port would reopen.';
    const freight = corrected(shipped, 'port/freight.md', other, ['Quillan Freight'], 'organisation');
    const a = new WorkspaceLearner(model).learn([flood, freight]);
    const b = new WorkspaceLearner(model).learn([freight, flood]);
    assert.ok(a.buckets.length > 0);
    assert.deepStrictEqual([...a.buckets], [...b.buckets]);
    assert.deepStrictEqual([...a.deltas], [...b.deltas]);
  });

  it('is rebuilt from the sidecars: with nothing to learn from it is empty and the shipped model is used as is', () => {
    const learner = new WorkspaceLearner(model);
    const before = Int8Array.from(model.weights);
    const taught = learner.learn([corrected(shipped, 'flood.md', report, villages, 'location')]);
    const adapted = applyUpdate(model, taught);
    assert.notStrictEqual(adapted.weights, model.weights);
    assert.deepStrictEqual(model.weights, before, 'the shipped weights are never changed');
    // The user deletes the corrections: the same learner forgets them.
    const reset = learner.learn([{ article: 'flood.md', annotations: [], corrections: [] }]);
    assert.strictEqual(reset, NO_UPDATE);
    assert.strictEqual(applyUpdate(model, reset), model);
    assert.strictEqual(learner.learn([]), NO_UPDATE);
  });

  it('learns nothing from custom labels, and does not learn again when no teaching item changed', () => {
    const claims = { article: 'a.md', annotations: [createAnnotation(report, 0, 30, 'claim')], corrections: [] };
    assert.strictEqual(new WorkspaceLearner(model).learn([claims]), NO_UPDATE);
    const learner = new WorkspaceLearner(model);
    const flood = corrected(shipped, 'flood.md', report, villages, 'location');
    const first = learner.learn([flood, claims]);
    // A note edited, a claim added: nothing the recogniser learns from changed, so the update is the same one.
    const noted = { ...flood, annotations: flood.annotations.map(a => ({ ...a, note: 'checked' })) };
    const moreClaims = { ...claims, annotations: [...claims.annotations, createAnnotation(report, 40, 60, 'claim')] };
    assert.strictEqual(learner.learn([noted, moreClaims]), first);
    // A heading typed above the corrections moves them; what they teach stays the same.
    const moved = corrected(shipped, 'flood.md', `# Villages cleared\n\n${report}`, villages, 'location');
    assert.notDeepStrictEqual(
      moved.corrections.map(c => c.start),
      flood.corrections.map(c => c.start),
    );
    assert.strictEqual(learner.learn([moved, claims]), first);
  });
});
