import type { LineIndex } from "./text";

/**
 * Inline comments that silence rules. Markdown: `<!-- policylint-disable-next-line RULE -->`;
 * plain text: the same words alone on a line, optionally after `//` or `#`.
 * Kinds: disable-next-line, disable ... enable (a region), disable-file. No rule ids means every rule.
 */
const DIRECTIVE =
  /^\s*(?:<!--\s*|\/\/\s*|#\s*)?policylint-(disable-next-line|disable-file|disable|enable)(?:\s+([\w\s,-]*?))?\s*(?:-->)?\s*$/u;

type DirectiveKind = "disable-next-line" | "disable-file" | "disable" | "enable";

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
    const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
    if (!content.includes("policylint-")) continue;
    const match = DIRECTIVE.exec(content);
    if (!match) continue;
    const rules = (match[2] ?? "").split(/[\s,]+/).filter(Boolean);
    found.push({ line, kind: match[1] as DirectiveKind, rules });
  }
  return found;
}

export function findDirectiveLines(text: string, lines: LineIndex): number[] {
  return parseDirectives(text, lines).map((directive) => directive.line);
}

export class Suppressions {
  private readonly fileWide = new Set<string>();
  private readonly nextLine = new Map<number, Set<string>>();
  private readonly regions: { rule: string; from: number; to: number }[] = [];

  constructor(text: string, lines: LineIndex) {
    const open = new Map<string, number>();
    for (const directive of parseDirectives(text, lines)) {
      const rules = directive.rules.length ? directive.rules : ["*"];
      for (const rule of rules) {
        switch (directive.kind) {
          case "disable-file":
            this.fileWide.add(rule);
            break;
          case "disable-next-line": {
            const target = nextContentLine(text, lines, directive.line);
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
                this.regions.push({ rule: openRule, from, to: directive.line });
                open.delete(openRule);
              }
            }
            break;
        }
      }
    }
    for (const [rule, from] of open) this.regions.push({ rule, from, to: Number.MAX_SAFE_INTEGER });
  }

  isSuppressed(rule: string, line: number): boolean {
    if (this.fileWide.has("*") || this.fileWide.has(rule)) return true;
    const onLine = this.nextLine.get(line);
    if (onLine && (onLine.has("*") || onLine.has(rule))) return true;
    return this.regions.some((region) => (region.rule === "*" || region.rule === rule) && line > region.from && line < region.to);
  }
}

/** The line a disable-next-line comment governs: the next one that is not blank. */
function nextContentLine(text: string, lines: LineIndex, line: number): number {
  for (let next = line + 1; next < lines.lineCount; next++) {
    if (text.slice(lines.lineStart(next), lines.lineEnd(next)).trim()) return next;
  }
  return line + 1;
}

/** The comment text a quick-fix inserts, in the document's own syntax. */
export function directiveComment(format: "markdown" | "plaintext", kind: "disable-next-line" | "disable-file", rule: string): string {
  return format === "markdown" ? `<!-- policylint-${kind} ${rule} -->` : `// policylint-${kind} ${rule}`;
}
