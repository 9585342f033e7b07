import { RecentCache } from "./caches";
import type { PolicyDocument, Span } from "./document";

/** Bounds the text the scanners keep, in characters of their keys. */
const MAX_CACHED_TEXT = 16 * 1024 * 1024;

/**
 * A scan of a document done run by run (`PolicyDocument.runs`) and kept by each run's text, so that after
 * an edit only the run it touched is scanned again. The scan sees `lookahead` characters past its run, which
 * a match that starts in the run may reach into; it keeps only the matches that start in the run. The
 * found items are flat spans in offsets of what the scan was given; `find` moves them to the document's.
 */
export class RunScanner<T extends Span> {
  private readonly cache = new RecentCache<T[]>(MAX_CACHED_TEXT, (key) => key.length);

  constructor(
    /** `variant` is whatever else the scan depends on (a phone region, a language). */
    private readonly scan: (text: string, prose: string, variant: string) => T[],
    private readonly lookahead = 0,
  ) {}

  find(document: PolicyDocument, variant = ""): T[] {
    const found: T[] = [];
    for (const run of document.runs) {
      const length = run.end - run.start;
      const end = Math.min(document.text.length, run.end + this.lookahead);
      const text = document.text.slice(run.start, end);
      const prose = document.prose.slice(run.start, end);
      const key = `${variant}\u0000${length}\u0000${text}\u0000${prose}`;
      let items = this.cache.get(key);
      if (!items) this.cache.set(key, (items = this.scan(text, prose, variant).filter((item) => item.start < length)));
      for (const item of items) found.push({ ...item, start: item.start + run.start, end: item.end + run.start });
    }
    return found;
  }
}
