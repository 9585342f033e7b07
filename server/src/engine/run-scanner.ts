import type { PolicyDocument, Span } from "./document";

/** Lookahead texts kept per run: a few, for edits just after the run; more is a run being typed after. */
const MAX_LOOKAHEADS_PER_RUN = 8;

/** One scan of a run, with the prose it saw past the run and the variant it was done for. */
interface Scan<T> {
  variant: string;
  proseAfter: string;
  items: T[];
}

/** A run's scans by the text each saw past the run, and the text of the last one asked for. */
interface RunScans<T> {
  byTextAfter: Map<string, Scan<T>[]>;
  lastTextAfter?: string;
  last?: Scan<T>[];
}

/**
 * A scan of a document done run by run (`PolicyDocument.runs`) and kept by each run's reading, so that after
 * an edit only the run it touched is scanned again. The scan sees `lookahead` characters past its run, which
 * a match that starts in the run may reach into; it keeps only the matches that start in the run. The
 * found items are flat spans in offsets of what the scan was given; `find` moves them to the document's.
 */
export class RunScanner<T extends Span> {
  /** By the run's reading (its text and how it was read). */
  private readonly cache = new WeakMap<object, RunScans<T>>();

  constructor(
    /** `variant` is whatever else the scan depends on (a phone region, a language). */
    private readonly scan: (text: string, prose: string, variant: string) => T[],
    private readonly lookahead = 0,
  ) {}

  find(document: PolicyDocument, variant = ""): T[] {
    const found: T[] = [];
    const shares = readingShares(document);
    for (const run of document.runs) {
      const length = run.end - run.start;
      const end = Math.min(document.text.length, run.end + this.lookahead);
      const textAfter = document.text.slice(run.end, end);
      const proseAfter = document.prose.slice(run.end, end);
      let kept = this.cache.get(run.reading);
      // Identical runs share a reading, each with what follows it: they get room for their lookaheads together.
      if (!kept || kept.byTextAfter.size >= MAX_LOOKAHEADS_PER_RUN * shares.get(run.reading)!) this.cache.set(run.reading, (kept = { byTextAfter: new Map() }));
      // What follows a run seldom changes between lints: compared with the last first, it is not hashed.
      let scans = kept.lastTextAfter === textAfter ? kept.last : kept.byTextAfter.get(textAfter);
      if (!scans) kept.byTextAfter.set(textAfter, (scans = []));
      kept.lastTextAfter = textAfter;
      kept.last = scans;
      let earlier = scans.find((scan) => scan.variant === variant && scan.proseAfter === proseAfter);
      if (!earlier) {
        const items = this.scan(document.text.slice(run.start, end), document.prose.slice(run.start, end), variant).filter((item) => item.start < length);
        scans.push((earlier = { variant, proseAfter, items }));
      }
      for (const item of earlier.items) found.push({ ...item, start: item.start + run.start, end: item.end + run.start });
    }
    return found;
  }
}

const readingSharesCache = new WeakMap<PolicyDocument, Map<object, number>>();

/** How many of the document's runs have each reading, counted once per document for every scanner. */
function readingShares(document: PolicyDocument): Map<object, number> {
  let shares = readingSharesCache.get(document);
  if (!shares) {
    readingSharesCache.set(document, (shares = new Map()));
    for (const { reading } of document.runs) shares.set(reading, (shares.get(reading) ?? 0) + 1);
  }
  return shares;
}
