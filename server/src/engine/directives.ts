import type { LineIndex } from "./text";

/**
 * Inline comments that silence rules. Markdown: `<!-- policylint-disable-next-line RULE -->`;
 * plain text: the same words alone on a line, optionally after `//` or `#`.
 * Kinds: disable-next-line, disable ... enable (a region), disable-file. No rule ids means every rule.
 * Markdown also takes `<!-- policylint-disable-line RULE -->` at the end of the line it silences: a
 * comment on a line of its own would split the paragraph or table it stands in.
 */
const DIRECTIVE_START = /^\s*(?:<!--\s*|\/\/\s*|#\s*)?policylint-(disable-next-line|disable-file|disable|enable)(?=\s|-->|$)/u;
/** Rule ids; `missing-section:children` silences one element's finding. */
const RULE_LIST = /^[\w\s,:-]*$/u;

type DirectiveKind = "disable-line" | "disable-next-line" | "disable-file" | "disable" | "enable";

interface Directive {
  line: number;
  kind: DirectiveKind;
  /** Empty: all rules. */
  rules: string[];
}

function parseDirectives(text: string, lines: LineIndex): Directive[] {
  if (!text.includes("policylint-")) return [];
  const found: Directive[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    if (!content.includes("policylint-")) continue;
    const directive = readDirective(content) ?? readInlineDisable(content);
    if (directive) found.push({ line, ...directive });
  }
  return found;
}

/**
 * The line's directive, if it is one. The rule list and the closing `-->` are read by hand: one regular
 * expression with `\s*` on both sides of an optional list backtracks for minutes on a long line of spaces.
 */
function readDirective(content: string): Omit<Directive, "line"> | undefined {
  const start = DIRECTIVE_START.exec(content);
  if (!start) return undefined;
  let list = content.slice(start[0].length).trimEnd();
  if (list.endsWith("-->")) list = list.slice(0, -3);
  if (!RULE_LIST.test(list)) return undefined;
  return { kind: start[1] as DirectiveKind, rules: list.split(/[\s,]+/).filter(Boolean) };
}

const INLINE_MARK = "policylint-disable-line";

/** `... text <!-- policylint-disable-line RULE -->`: read by hand, like the line directives. */
function readInlineDisable(content: string): Omit<Directive, "line"> | undefined {
  const mark = content.indexOf(INLINE_MARK);
  if (mark < 0 || !content.slice(0, mark).trimEnd().endsWith("<!--")) return undefined;
  const close = content.indexOf("-->", mark);
  if (close < 0) return undefined;
  const list = content.slice(mark + INLINE_MARK.length, close);
  if (!RULE_LIST.test(list) || (list && !/^\s/u.test(list))) return undefined;
  return { kind: "disable-line", rules: list.split(/[\s,]+/).filter(Boolean) };
}

/** Lines that hold nothing but a directive: not prose. */
export function findDirectiveLines(text: string, lines: LineIndex): number[] {
  return parseDirectives(text, lines)
    .filter((directive) => directive.kind !== "disable-line")
    .map((directive) => directive.line);
}

export class Suppressions {
  private readonly fileWide = new Set<string>();
  private readonly nextLine = new Map<number, Set<string>>();
  /** Per rule ("*" for all), the lines strictly between a disable and its enable; a rule's regions are in order and never overlap. */
  private readonly regions = new Map<string, { from: number; to: number }[]>();

  constructor(text: string, lines: LineIndex) {
    const open = new Map<string, number>();
    for (const directive of parseDirectives(text, lines)) {
      const rules = directive.rules.length ? directive.rules : ["*"];
      for (const rule of rules) {
        switch (directive.kind) {
          case "disable-file":
            this.fileWide.add(rule);
            break;
          case "disable-line":
          case "disable-next-line": {
            const target = directive.kind === "disable-line" ? directive.line : nextContentLine(lines, directive.line);
            const set = this.nextLine.get(target) ?? new Set<string>();
            set.add(rule);
            this.nextLine.set(target, set);
            break;
          }
          case "disable":
            if (!open.has(rule)) open.set(rule, directive.line);
            break;
          case "enable":
            for (const [openRule, from] of open) {
              if (rule === "*" || openRule === rule) {
                this.addRegion(openRule, from, directive.line);
                open.delete(openRule);
              }
            }
            break;
        }
      }
    }
    for (const [rule, from] of open) this.addRegion(rule, from, Number.MAX_SAFE_INTEGER);
  }

  private addRegion(rule: string, from: number, to: number): void {
    const regions = this.regions.get(rule) ?? [];
    regions.push({ from, to });
    this.regions.set(rule, regions);
  }

  isSuppressed(rule: string, line: number, element?: string): boolean {
    if (element && this.isSuppressed(`${rule}:${element}`, line)) return true;
    if (this.fileWide.has("*") || this.fileWide.has(rule)) return true;
    const onLine = this.nextLine.get(line);
    if (onLine && (onLine.has("*") || onLine.has(rule))) return true;
    return this.inRegion("*", line) || this.inRegion(rule, line);
  }

  /** Binary search: a file can hold thousands of regions and findings. */
  private inRegion(rule: string, line: number): boolean {
    const regions = this.regions.get(rule) ?? [];
    let low = 0;
    let high = regions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (regions[mid].from < line) low = mid + 1;
      else high = mid;
    }
    // regions[low - 1] is the last region that opens before the line.
    return low > 0 && line < regions[low - 1].to;
  }
}

/** The line a disable-next-line comment governs: the next one that is not blank. */
function nextContentLine(lines: LineIndex, line: number): number {
  for (let next = line + 1; next < lines.lineCount; next++) {
    if (lines.lineText(next).trim()) return next;
  }
  return line + 1;
}

/** The comment text a quick-fix inserts, in the document's own syntax. */
export function directiveComment(
  format: "markdown" | "plaintext",
  kind: "disable-line" | "disable-next-line" | "disable-file",
  rule: string,
): string {
  return format === "markdown" ? `<!-- policylint-${kind} ${rule} -->` : `// policylint-${kind} ${rule}`;
}
