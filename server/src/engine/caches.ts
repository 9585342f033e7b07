/**
 * Results kept between lints, keyed by the text they were computed from, so an edit recomputes only
 * what it touched (the server's worker lints every version of a document). A result never depends on
 * what is cached: `forgetCaches` exists so tests can check exactly that.
 */
import type { Language } from "./types";

const all: RecentCache<unknown>[] = [];

/**
 * Keeps what the latest lints used, in two generations: entries go into the recent one; when it is half
 * the capacity it becomes the older one and the oldest is dropped. A hit on the older generation moves the
 * entry back into the recent one. Cheaper than an exact LRU: a hit on the recent generation is one lookup.
 */
export class RecentCache<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();
  private recentSize = 0;

  /** `capacity` is in the units `sizeOf` counts (by default, entries). */
  constructor(
    private readonly capacity: number,
    private readonly sizeOf: (key: string, value: V) => number = () => 1,
  ) {
    all.push(this as RecentCache<unknown>);
  }

  get(key: string): V | undefined {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) {
      this.older.delete(key);
      this.set(key, old);
    }
    return old;
  }

  set(key: string, value: V): void {
    this.recent.set(key, value);
    this.recentSize += this.sizeOf(key, value);
    if (this.recentSize * 2 > this.capacity) {
      this.older = this.recent;
      this.recent = new Map();
      this.recentSize = 0;
    }
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
    this.recentSize = 0;
  }
}

/**
 * A cache per language keyed by text alone, bounded by the text it keeps: a key can then be a string
 * the document keeps (a sentence's prose), whose hash V8 computes once.
 */
export function textCachesByLanguage<V>(maxText: number): Record<Language, RecentCache<V>> {
  return { en: new RecentCache<V>(maxText, (key) => key.length), ru: new RecentCache<V>(maxText, (key) => key.length) };
}

export function forgetCaches(): void {
  for (const cache of all) cache.clear();
}
