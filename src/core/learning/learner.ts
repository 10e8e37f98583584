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
import { contextWindows, TrainingSentence, windowSentences } from './windows';

/** The sentences one sidecar teaches, from its items' stored context alone. */
export function sidecarSentences(sidecar: TeachingSidecar): TrainingSentence[] {
  return contextWindows(teachingItems(sidecar)).flatMap(windowSentences);
}

interface Learned {
  /** The teaching items as text: a sidecar whose items did not change is not prepared again. */
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
      const items = teachingItems(sidecar);
      const key = JSON.stringify(items);
      let entry = this.learned.get(sidecar.article);
      if (entry?.key !== key) {
        const prepared = contextWindows(items)
          .flatMap(windowSentences)
          .map(s => prepareSentence(this.model, s));
        this.learned.set(sidecar.article, (entry = { key, sentences: prepared }));
        yield;
      }
      sentences.push(...entry.sentences);
      if (entry.sentences.length > 0) keys.push(sidecar.article, key);
    }
    for (const article of [...this.learned.keys()]) if (!seen.has(article)) this.learned.delete(article);
    const all = keys.join('\n');
    if (this.last?.keys !== all)
      this.last = { keys: all, update: yield* learnSteps(this.model, sentences, this.settings) };
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
