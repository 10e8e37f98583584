/**
 * Resumable computations: generators that yield where they may pause (a long article's analysis spread
 * over slices) and return their result. Callers that need the result at once run them through.
 */

/** Runs a resumable computation to its end without pausing; returns its result. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
