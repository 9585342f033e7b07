/** Typing pauses shorter than this do not re-lint. */
const LINT_DELAY_MS = 300;

/**
 * When to publish diagnostics: at once for a document seen for the first time (it was just opened),
 * after a pause in typing for later changes, and at once on demand (save, new settings).
 */
export class DiagnosticsScheduler {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly seen = new Set<string>();

  constructor(private readonly publish: (uri: string) => Promise<void>) {}

  request(uri: string): void {
    if (!this.seen.has(uri)) {
      this.seen.add(uri);
      void this.now(uri);
      return;
    }
    this.cancel(uri);
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        void this.publish(uri);
      }, LINT_DELAY_MS),
    );
  }

  now(uri: string): Promise<void> {
    this.cancel(uri);
    return this.publish(uri);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.seen.delete(uri);
  }

  private cancel(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
  }
}
