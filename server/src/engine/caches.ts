/**
 * Results kept between lints, keyed by the text they were computed from, so an edit recomputes only
 * what it touched (the server's worker lints every version of a document). A result never depends on
 * what is cached: `forgetCaches` exists so tests can check exactly that.
 */
const all: LruCache<unknown>[] = [];

export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private size = 0;

  /** `capacity` is in the units `sizeOf` counts (by default, entries). */
  constructor(
    private readonly capacity: number,
    private readonly sizeOf: (key: string, value: V) => number = () => 1,
  ) {
    all.push(this as LruCache<unknown>);
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map order is insertion order: re-inserting makes this the newest.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(key, value);
    this.entries.set(key, { value, size });
    this.size += size;
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.capacity) break;
      this.entries.delete(oldest);
      this.size -= entry.size;
    }
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }
}

export function forgetCaches(): void {
  for (const cache of all) cache.clear();
}
