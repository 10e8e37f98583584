import { EntityModel } from '../ner/model';
import { teachingItems, TeachingSidecar } from './teach';
import {
  DEFAULT_LEARNING,
  LearnedUpdate,
  LearningSettings,
  learnSteps,
  prepareSentence,
  PreparedSentence,
} from './train';
import { ContextWindow, contextWindows, windowSentences } from './windows';

interface Learned {
  /** What the sidecar teaches, as text: a sidecar whose lessons did not change is not prepared again. */
  key: string;
  sentences: PreparedSentence[];
}

/**
 * Learns a workspace's update from its sidecars, again after every change. What each sidecar teaches is
 * kept between rebuilds and worked out again only for sidecars whose teaching items changed; the
 * learning itself always starts from the shipped weights and takes the sidecars in the order of their
 * articles' paths, so the same sidecars give the same update whatever order they were read in.
 */
export class WorkspaceLearner {
  private readonly learned = new Map<string, Learned>();
  /** The last update and the teaching items it was learned from, to answer again without learning. */
  private last: { keys: string; update: LearnedUpdate } | undefined;

  constructor(
    readonly model: EntityModel,
    private readonly settings: LearningSettings = DEFAULT_LEARNING,
  ) {}

  /** `learn` in slices: yields between groups of sentences. */
  *learnSteps(sidecars: readonly TeachingSidecar[]): Generator<void, LearnedUpdate, void> {
    const ordered = [...sidecars].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
    const sentences: PreparedSentence[] = [];
    const keys: string[] = [];
    const seen = new Set<string>();
    for (const sidecar of ordered) {
      seen.add(sidecar.article);
      const windows = contextWindows(teachingItems(sidecar));
      const key = windowsKey(windows);
      let entry = this.learned.get(sidecar.article);
      if (entry?.key !== key) {
        const prepared = windows.flatMap(windowSentences).map(s => prepareSentence(this.model, s));
        this.learned.set(sidecar.article, (entry = { key, sentences: prepared }));
        yield;
      }
      sentences.push(...entry.sentences);
      if (entry.sentences.length > 0) keys.push(sidecar.article, key);
    }
    for (const article of [...this.learned.keys()]) if (!seen.has(article)) this.learned.delete(article);
    const all = keys.join('\n');
    if (this.last?.keys !== all) {
      const update = yield* learnSteps(this.model, sentences, this.settings);
      // Another order of the same sentences can teach the same: the caller then sees the same update.
      this.last = { keys: all, update: this.last && sameUpdate(this.last.update, update) ? this.last.update : update };
    }
    return this.last.update;
  }

  /** The update the sidecars teach (an empty one when they teach nothing). */
  learn(sidecars: readonly TeachingSidecar[]): LearnedUpdate {
    const steps = this.learnSteps(sidecars);
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }
}

/**
 * The windows' text, cut-off ends and lessons, with the items' places relative to their window: typing
 * above an annotation moves it in the article but teaches nothing new.
 */
function windowsKey(windows: readonly ContextWindow[]): string {
  return JSON.stringify(
    windows.map(w => [w.text, w.cutBefore, w.cutAfter, w.items.map(i => [i.start - w.from, i.end - w.from, i.lesson])]),
  );
}

function sameUpdate(a: LearnedUpdate, b: LearnedUpdate): boolean {
  return (
    a.sentences === b.sentences &&
    a.buckets.length === b.buckets.length &&
    a.buckets.every((x, i) => x === b.buckets[i]) &&
    a.deltas.every((x, i) => x === b.deltas[i])
  );
}
