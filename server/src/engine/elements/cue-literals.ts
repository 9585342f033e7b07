/**
 * The words a cue cannot match without: "(e-?mail|postal) address*" never matches a sentence without
 * "address" and one of "mail" and "postal". Looking a literal up costs a fraction of running the cue's
 * expression, and most sentences lack most cues' literals, so every cue checks its literals first.
 *
 * The analysis reads the cue shorthand (cues.ts) and is conservative: whatever it does not understand
 * (a Unicode escape, a back-reference) makes the cue need nothing, so it is always tested.
 */

/** Every match holds, for each of these lists, one of its strings; an empty list when nothing is known. */
export type Needed = readonly (readonly string[])[];

/** Escapes whose letters are not a literal and are not one character either: `\u00c0`, `\p{L}`, `\k<name>`. */
const OPAQUE_ESCAPES = new Set(["u", "x", "p", "P", "c", "k"]);

class Unanalysable extends Error {}

/** The literals a cue's match holds, in the cue's own case. */
export function neededLiterals(written: string): Needed {
  try {
    const reader = new CueReader(written);
    const needed = reader.alternation();
    return reader.atEnd() ? needed : [];
  } catch (error) {
    if (error instanceof Unanalysable) return [];
    throw error;
  }
}

/** The need of several alternatives, one of which matches: one list with the most selective list of each. */
export function eitherOf(alternatives: readonly Needed[]): Needed {
  if (alternatives.length === 1) return alternatives[0];
  const union: string[] = [];
  for (const needed of alternatives) {
    if (!needed.length) return [];
    union.push(...needed.reduce((best, list) => (selectivity(list) > selectivity(best) ? list : best)));
  }
  return [union];
}

/** "address" rules out more sentences than "e": a list is as selective as its shortest literal is long. */
function selectivity(list: readonly string[]): number {
  return Math.min(...list.map((literal) => literal.length));
}

class CueReader {
  private position = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.position >= this.source.length;
  }

  /** `a|b|c` up to a closing bracket. */
  alternation(): Needed {
    const alternatives = [this.sequence()];
    while (this.source[this.position] === "|") {
      this.position++;
      alternatives.push(this.sequence());
    }
    return eitherOf(alternatives);
  }

  /** Atoms one after another: a match holds each literal run and what each group needs. */
  private sequence(): Needed {
    const needed: (readonly string[])[] = [];
    let run = "";
    const endRun = (): void => {
      if (run) needed.push([run]);
      run = "";
    };
    while (!this.atEnd()) {
      const ch = this.source[this.position];
      if (ch === "|" || ch === ")") break;
      const atom = this.atom();
      const quantifier = this.quantifier();
      if (quantifier === "optional") {
        // The atom may be absent: a literal character ends the run before it, and a group needs nothing.
        endRun();
      } else if (atom.literal !== undefined) {
        run += atom.literal;
        // Repeated ("s+") or a stem ("хран*"), the literal ends with the atom's first occurrence.
        if (quantifier === "repeated" || this.stem()) endRun();
      } else {
        endRun();
        needed.push(...(atom.needed ?? []));
      }
    }
    endRun();
    return needed;
  }

  /** One character, escape, class or group; a literal character only when it matches itself. */
  private atom(): { literal?: string; needed?: Needed } {
    const ch = this.source[this.position++];
    switch (ch) {
      case "\\": {
        const escaped = this.source[this.position++];
        if (escaped === undefined || OPAQUE_ESCAPES.has(escaped) || /\d/u.test(escaped)) throw new Unanalysable();
        return {};
      }
      case "[":
        this.skipClass();
        return {};
      case "(":
        return { needed: this.group() };
      case "~":
        // A gap (` ~ `, ` ~3 `): its count is no literal.
        while (/\d/u.test(this.source[this.position] ?? "")) this.position++;
        return {};
      case " ":
      case ".":
      case "^":
      case "$":
        return {};
      case "?":
      case "*":
      case "+":
      case "{":
      case "}":
      case "]":
        // A quantifier with nothing to quantify: not the shorthand this reader knows.
        throw new Unanalysable();
      default:
        return { literal: ch };
    }
  }

  /** After `(`: a group's alternation, or nothing for a lookaround (what it looks at may lie outside the match). */
  private group(): Needed {
    let lookaround = false;
    if (this.source.startsWith("?:", this.position)) this.position += 2;
    else if (/^\?<?[=!]/u.test(this.source.slice(this.position, this.position + 3))) {
      lookaround = true;
      this.position += this.source[this.position + 1] === "<" ? 3 : 2;
    } else if (this.source[this.position] === "?") throw new Unanalysable();
    const needed = this.alternation();
    if (this.source[this.position] !== ")") throw new Unanalysable();
    this.position++;
    return lookaround ? [] : needed;
  }

  private skipClass(): void {
    while (!this.atEnd() && this.source[this.position] !== "]") this.position += this.source[this.position] === "\\" ? 2 : 1;
    if (this.atEnd()) throw new Unanalysable();
    this.position++;
  }

  /** `?`, `*` (after anything but a letter), `{0,n}`: the atom may occur no times; `+`, `{n,m}`: it repeats. */
  private quantifier(): "none" | "optional" | "repeated" {
    const ch = this.source[this.position];
    let quantifier: "optional" | "repeated";
    if (ch === "?" || (ch === "*" && !/\p{L}/u.test(this.source[this.position - 1] ?? ""))) {
      this.position++;
      quantifier = "optional";
    } else if (ch === "+") {
      this.position++;
      quantifier = "repeated";
    } else if (ch === "{") {
      const bounds = /^\{(\d+)(?:,\d*)?\}/u.exec(this.source.slice(this.position));
      if (!bounds) throw new Unanalysable();
      this.position += bounds[0].length;
      quantifier = Number(bounds[1]) === 0 ? "optional" : "repeated";
    } else return "none";
    if (this.source[this.position] === "?") this.position++; // lazy
    return quantifier;
  }

  /** `хран*`: a stem ends the literal at its last letter, whatever ending follows. */
  private stem(): boolean {
    if (this.source[this.position] !== "*") return false;
    this.position++;
    return true;
  }
}

/**
 * Every literal that compiled cues need, found in a text in one pass (Aho–Corasick): a sentence is
 * scanned once, and each cue then asks whether one of its literals was seen, instead of searching the
 * sentence for each. New literals (cues compile lazily) rebuild the automaton at the next scan.
 */
export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private automaton: Automaton | undefined;
  private version = 0;

  /** The ids a cue's needed literals go by. */
  add(literals: readonly string[]): number[] {
    return literals.map((literal) => {
      let id = this.ids.get(literal);
      if (id === undefined) {
        this.ids.set(literal, (id = this.ids.size));
        this.automaton = undefined;
      }
      return id;
    });
  }

  /** Builds the automaton for the literals added so far; returns its version, which every rebuild changes. */
  build(): number {
    if (!this.automaton) {
      this.automaton = new Automaton([...this.ids.keys()]);
      this.version++;
    }
    return this.version;
  }

  /** The ids of the literals the subject holds (some perhaps more than once). */
  scan(subject: string): number[] {
    this.build();
    return this.automaton!.scan(subject);
  }

  /**
   * Whether a scan's result holds one literal of each list. The result asked about last is marked in one
   * table shared by all: a bitmap per sentence would be mostly empty and cost a thousand bytes each.
   */
  holdsAll(found: readonly number[], needed: readonly (readonly number[])[]): boolean {
    if (this.marked !== found) this.mark(found);
    for (const ids of needed) {
      let holds = false;
      for (let i = 0; i < ids.length && !holds; i++) holds = this.marks[ids[i]] === this.generation;
      if (!holds) return false;
    }
    return true;
  }

  private marks = new Uint32Array(0);
  private marked: readonly number[] | undefined;
  private generation = 0;

  private mark(found: readonly number[]): void {
    if (this.marks.length < this.ids.size || this.generation === 0xffffffff) {
      this.marks = new Uint32Array(Math.max(this.ids.size, this.marks.length));
      this.generation = 0;
    }
    this.generation++;
    for (const id of found) this.marks[id] = this.generation;
    this.marked = found;
  }
}

/**
 * The automaton as a table: each state's next state for every character some literal uses, failure links
 * resolved in advance, so a scan reads one entry per character of the text.
 */
class Automaton {
  /** A character's column in the table; 0 for characters no literal uses. */
  private readonly symbols = new Uint16Array(0x10000);
  private readonly width: number;
  private readonly table: Uint32Array;
  /**
   * The literals that end at each state, its own and those of the states its failure links reach:
   * `endings[endsAt[state]]` up to `endings[endsAt[state + 1]]`.
   */
  private readonly endsAt: Uint32Array;
  private readonly endings: Uint32Array;

  constructor(literals: readonly string[]) {
    let width = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (this.symbols[code] === 0) this.symbols[code] = width++;
      }
    }
    this.width = width;
    // The trie first: a literal's prefixes are its states, each with the symbols its edges take.
    const edges = new Map<number, number>();
    const symbolsOut: number[][] = [[]];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const symbol = this.symbols[literal.charCodeAt(i)];
        let to = edges.get(state * width + symbol);
        if (to === undefined) {
          to = ends.length;
          edges.set(state * width + symbol, to);
          symbolsOut[state].push(symbol);
          symbolsOut.push([]);
          ends.push([]);
        }
        state = to;
      }
      ends[state].push(id);
    });
    // Breadth first: a state's row is its failure state's row (final by then) with its own edges over it.
    this.table = new Uint32Array(ends.length * width);
    const fail = new Uint32Array(ends.length);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const row = state * width;
      if (state !== 0) this.table.copyWithin(row, fail[state] * width, fail[state] * width + width);
      for (const symbol of symbolsOut[state]) {
        const child = edges.get(row + symbol)!;
        fail[child] = state === 0 ? 0 : this.table[row + symbol];
        ends[child] = [...ends[child], ...ends[fail[child]]];
        this.table[row + symbol] = child;
        queue.push(child);
      }
    }
    this.endsAt = new Uint32Array(ends.length + 1);
    ends.forEach((list, state) => (this.endsAt[state + 1] = this.endsAt[state] + list.length));
    this.endings = Uint32Array.from(ends.flat());
  }

  scan(subject: string): number[] {
    const found: number[] = [];
    const { symbols, table, width, endsAt, endings } = this;
    let state = 0;
    for (let i = 0; i < subject.length; i++) {
      state = table[state * width + symbols[subject.charCodeAt(i)]];
      for (let e = endsAt[state]; e < endsAt[state + 1]; e++) found.push(endings[e]);
    }
    return found;
  }
}
