/**
 * Standard sections: the text of each element in English and Russian. The VS Code snippet files in
 * snippets/ are the one source; the quick-fix and the "Insert Standard Section" command turn a
 * snippet's body into plain text here, so the three can never say different things.
 */
import englishSnippets from "../../../snippets/policy-sections.en.json";
import russianSnippets from "../../../snippets/policy-sections.ru.json";
import type { DocumentFormat } from "./document";
import { CANONICAL_ORDER, ELEMENT_INFO, isElementId, profilesRequiring } from "./element-info";
import type { ElementId } from "./elements";
import type { Language } from "./types";

export interface SnippetEntry {
  prefix: string;
  description: string;
  body: string[];
}

export interface SectionTemplate {
  id: ElementId;
  language: Language;
  /** The heading's words, without `##`. */
  title: string;
  /** Paragraphs separated by a blank line, `\n` line breaks, blanks as `[ALL CAPS]`. */
  body: string;
}

/** How a heading is written, so an inserted section looks like its neighbours. */
export interface HeadingFormat {
  /** Number of `#` of a Markdown heading; 0 for none. */
  markdownLevel: number;
  /** The section number to put before the title, e.g. "4." or "IV."; none when headings are not numbered. */
  numbering?: string;
  caps: boolean;
  /** A bold line standing as a heading: `**Title**`. */
  bold: boolean;
}

const SNIPPET_PREFIX = "policy-";

/** `${1:[DATE]}` -> `[DATE]`; `$1`, `${1}` and `$0` vanish; `\$`, `\}` and `\\` are unescaped. */
export function snippetToText(snippet: string): string {
  let out = "";
  let open = 0;
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i];
    if (char === "\\" && i + 1 < snippet.length && "$}\\".includes(snippet[i + 1])) {
      out += snippet[++i];
      continue;
    }
    if (char === "$") {
      const stop = /^\$(?:\d+|\{\d+\})/.exec(snippet.slice(i));
      if (stop) {
        i += stop[0].length - 1;
        continue;
      }
      const placeholder = /^\$\{\d+:/.exec(snippet.slice(i));
      if (!placeholder) throw new Error(`unsupported snippet syntax at "${snippet.slice(i, i + 20)}"`);
      i += placeholder[0].length - 1;
      open++;
      continue;
    }
    if (char === "}" && open > 0) {
      open--;
      continue;
    }
    out += char;
  }
  if (open) throw new Error("unclosed snippet placeholder");
  return out;
}

function loadTemplates(file: Record<string, SnippetEntry>, language: Language): Map<ElementId, SectionTemplate> {
  const templates = new Map<ElementId, SectionTemplate>();
  for (const [key, entry] of Object.entries(file)) {
    const id = entry.prefix.slice(SNIPPET_PREFIX.length);
    if (!entry.prefix.startsWith(SNIPPET_PREFIX) || !isElementId(id)) throw new Error(`snippet "${key}": prefix "${entry.prefix}" names no element`);
    const [heading, ...rest] = snippetToText(entry.body.join("\n")).split("\n");
    if (!heading.startsWith("## ")) throw new Error(`snippet "${key}" must open with a "## " heading`);
    templates.set(id, { id, language, title: heading.slice(3).trim(), body: rest.join("\n").trim() });
  }
  return templates;
}

const TEMPLATES: Record<Language, Map<ElementId, SectionTemplate>> = {
  en: loadTemplates(englishSnippets, "en"),
  ru: loadTemplates(russianSnippets, "ru"),
};

export function sectionTemplate(id: ElementId, language: Language): SectionTemplate {
  const template = TEMPLATES[language].get(id);
  if (!template) throw new Error(`no ${language} template for element "${id}"`);
  return template;
}

function renderHeading(title: string, format: HeadingFormat): string {
  let heading = format.caps ? title.toUpperCase() : title;
  if (format.numbering) heading = `${format.numbering} ${heading}`;
  if (format.bold) heading = `**${heading}**`;
  if (format.markdownLevel > 0) heading = `${"#".repeat(Math.min(format.markdownLevel, 6))} ${heading}`;
  return heading;
}

/** The heading a section gets when the document gives no example: `##` in Markdown, a plain line in plain text. */
export function defaultHeading(format: DocumentFormat): HeadingFormat {
  return { markdownLevel: format === "markdown" ? 2 : 0, caps: false, bold: false };
}

/**
 * A standard section as text to insert: heading line, blank line, body. `heading` describes the
 * document's own headings (see section-layout.ts); without it, plain text gets no Markdown syntax.
 * `eol` is the document's line break.
 */
export function sectionText(id: ElementId, language: Language, format: DocumentFormat, heading = defaultHeading(format), eol = "\n"): string {
  const template = sectionTemplate(id, language);
  return `${renderHeading(template.title, heading)}\n\n${template.body}`.replace(/\n/g, eol);
}

export interface SectionChoice {
  id: ElementId;
  name: string;
  description: string;
  /** The document discloses it. */
  present: boolean;
  /** An active profile requires it and the document does not disclose it. */
  missing: boolean;
  /** The active profiles that require it. */
  requiredBy: string[];
}

/**
 * Every element, for the "Insert Standard Section" picker: the missing ones first, then the rest,
 * each group in the order a policy presents them. Names and descriptions are in `language`.
 */
export function standardSectionChoices(found: readonly { id: string }[], profiles: readonly string[], language: Language): SectionChoice[] {
  const present = new Set(found.map((element) => element.id));
  const choices = CANONICAL_ORDER[language].map((id) => {
    const requiredBy = profilesRequiring(id, profiles);
    const info = ELEMENT_INFO[id];
    const isPresent = present.has(id);
    return { id, name: info.name[language], description: info.description[language], present: isPresent, missing: requiredBy.length > 0 && !isPresent, requiredBy };
  });
  return [...choices.filter((choice) => choice.missing), ...choices.filter((choice) => !choice.missing)];
}

