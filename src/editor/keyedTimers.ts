/**
 * One pending timer per key (an article, a watched file): scheduling a key again replaces its timer, so
 * a burst of events ends in one run once they settle.
 */
export class KeyedTimers {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Runs `action` after `delayMs`, unless `key` is scheduled again or cancelled first. */
  schedule(key: string, delayMs: number, action: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        action();
      }, delayMs),
    );
  }

  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    this.timers.forEach(timer => clearTimeout(timer));
    this.timers.clear();
  }
}
