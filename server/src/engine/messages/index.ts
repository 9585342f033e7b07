import type { Language } from "../types";
import { EN, type MessageKey } from "./en";
import { RU } from "./ru";

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

/** Every user-facing text of the engine, per language. Rule ids and legal citations are not translated. */
export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en: EN, ru: RU };

const PARAMETER = /\{(\w+)\}/g;

/** Each template split at its parameters once (odd entries name one): filling it is then a join, not a search. */
const templateParts: Record<Language, Map<MessageKey, string[]>> = { en: new Map(), ru: new Map() };

/** The catalogue's text for a key with its parameters filled in; a parameter left unfilled is a bug, so it throws. */
export function message(language: Language, key: MessageKey, params: MessageParams = {}): string {
  let parts = templateParts[language].get(key);
  if (!parts) templateParts[language].set(key, (parts = CATALOGUES[language][key].split(PARAMETER)));
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]];
    if (value === undefined) throw new Error(`message ${key} needs the parameter {${parts[i]}}`);
    text += String(value) + parts[i + 1];
  }
  return text;
}

/** Whether a key built at run time (`${rule}.explanation`) is in the catalogues. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN, key);
}

/** The parameter names a template uses, for the test that both catalogues agree. */
export function parametersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PARAMETER), (match) => match[1]))].sort();
}
