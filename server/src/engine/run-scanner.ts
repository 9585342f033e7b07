import type { PolicyDocument, Span } from "./document";

/** Lookahead texts kept per run: a few, for edits just after the run; more is a run being typed after. */
const MAX_LOOKAHEADS_PER_RUN = 8;

/**
 * A scan of a document done run by run (`PolicyDocument.runs`) and kept by each run's reading, so that after
 * an edit only the run it touched is scanned again. The scan sees `lookahead` characters past its run, which
 * a match that starts in the run may reach into; it keeps only the matches that start in the run. The
 * found items are flat spans in offsets of what the scan was given; `find` moves them to the document's.
 */
export class RunScanner<T extends Span> {
  /** By the run's reading (its text and how it was read), then by what the scan depends on past it. */
  private readonly cache = new WeakMap<object, Map<string, T[]>>();

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
      const key = `${variant}\u0000${document.text.slice(run.end, end)}\u0000${document.prose.slice(run.end, end)}`;
      let byKey = this.cache.get(run.reading);
      if (!byKey || byKey.size >= MAX_LOOKAHEADS_PER_RUN) this.cache.set(run.reading, (byKey = new Map()));
      let items = byKey.get(key);
      if (!items) byKey.set(key, (items = this.scan(document.text.slice(run.start, end), document.prose.slice(run.start, end), variant).filter((item) => item.start < length)));
      for (const item of items) found.push({ ...item, start: item.start + run.start, end: item.end + run.start });
    }
    return found;
  }
}
