/**
 * Scores translation-mismatch on real translation pairs (`en-NAME` and `ru-NAME` in the corpus's policies):
 * the unchanged pair must raise nothing, and each difference planted in one version must be found.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lint, type Finding } from "../server/src/engine";
import { parseDocument } from "../server/src/engine/document";
import { detectElements } from "../server/src/engine/elements/detect";
import { policyFacts, type Fact } from "../server/src/engine/translation/facts";

export interface PairScore {
  pair: string;
  /** Findings on the unchanged versions, both ways. */
  falseMismatches: string[];
  planted: { name: string; found: boolean }[];
}

interface Plant {
  name: string;
  text: string;
  /** The finding that reports it. */
  expect(finding: Finding): boolean;
}

export function translationPairs(policiesDir: string): [string, string][] {
  if (!existsSync(policiesDir)) return [];
  const names = new Set(readdirSync(policiesDir));
  return [...names]
    .filter((name) => name.startsWith("en-") && names.has(`ru-${name.slice(3)}`))
    .sort()
    .map((name) => [path.join(policiesDir, name), path.join(policiesDir, `ru-${name.slice(3)}`)]);
}

function mismatches(text: string, fileName: string, partner: string, partnerText: string): Finding[] {
  return lint({ text, fileName, translation: { path: partner, text: partnerText } }).findings.filter((finding) => finding.rule === "translation-mismatch");
}

function factsOf(text: string, fileName: string): Fact[] {
  const document = parseDocument(text, fileName);
  const language = document.detectedLanguage ?? "en";
  return policyFacts(document, language, detectElements(document, language).evidence, undefined).facts;
}

/** Every place the version says the fact's value, rewritten: a value said twice and changed once is still said. */
function changeEverywhere(text: string, facts: Fact[], fact: Fact, change: (written: string) => string): string {
  const places = facts.filter((other) => other.kind === fact.kind && other.key === fact.key).sort((a, b) => b.start - a.start);
  return places.reduce((changed, place) => changed.slice(0, place.start) + change(place.written) + changed.slice(place.end), text);
}
const reports = (fact: string, value: string) => (finding: Finding) => finding.data?.fact === fact && (finding.data.here === value || finding.data.there === value);

/** One change of each kind the rule compares, each the first place it can be made in the version. */
function plants(text: string, fileName: string): Plant[] {
  const facts = factsOf(text, fileName);
  const first = (predicate: (fact: Fact) => boolean) => facts.find(predicate);
  const found: Plant[] = [];
  const email = first((fact) => fact.kind === "contact" && fact.key.includes("@"));
  if (email) {
    const typo = (written: string) => written.replace(/@(\p{L})(\p{L})/u, "@$2$1");
    found.push({ name: `e-mail ${email.key} mistyped`, text: changeEverywhere(text, facts, email, typo), expect: reports("contact", email.key) });
  }
  const host = first((fact) => fact.kind === "contact" && fact.group === "url");
  if (host) {
    const changed = (written: string) => written.replace(host.key, `x${host.key}`);
    found.push({ name: `web host ${host.key} changed`, text: changeEverywhere(text, facts, host, changed), expect: reports("contact", host.key) });
  }
  const date = first((fact) => fact.kind === "date");
  if (date) {
    const changed = (written: string) => written.replace(/\d{4}/u, (year) => String(Number(year) - 1));
    found.push({ name: `date ${date.key} changed`, text: changeEverywhere(text, facts, date, changed), expect: reports("date", date.key) });
  }
  const quantity = first((fact) => fact.kind === "quantity");
  if (quantity) {
    const changed = (written: string) => written.replace(/\d+/u, (number) => String(Number(number) + 7));
    found.push({ name: `quantity ${quantity.key} changed`, text: changeEverywhere(text, facts, quantity, changed), expect: reports("quantity", quantity.key) });
  }
  const lawSentence = fileName.includes("ru-") ? "\n\nМы также соблюдаем требования COPPA.\n" : "\n\nWe also comply with COPPA.\n";
  if (!facts.some((fact) => fact.key === "COPPA")) found.push({ name: "law COPPA added", text: text + lawSentence, expect: reports("law", "COPPA") });
  // A recipient the Russian version names in Latin letters, as translations keep names; an English-only name is not compared.
  if (fileName.includes("ru-")) {
    const recipient = "\n\nДанные об использовании сайта мы также передаём сервису Qwertyx Analytics.\n";
    found.push({ name: "recipient Qwertyx Analytics added", text: text + recipient, expect: reports("name", "qwertyx analytics") });
  }
  // An element whose evidence, once removed, leaves the version without it.
  for (const element of facts.filter((fact) => fact.kind === "element")) {
    const without = text.slice(0, element.start) + text.slice(element.end);
    if (factsOf(without, fileName).some((fact) => fact.kind === "element" && fact.key === element.key)) continue;
    found.push({ name: `element ${element.key} removed`, text: without, expect: reports("element", element.key) });
    break;
  }
  return found;
}

export function scoreTranslationPair([english, russian]: [string, string]): PairScore {
  const texts = [readFileSync(english, "utf8"), readFileSync(russian, "utf8")];
  const falseMismatches = [
    ...mismatches(texts[0], english, russian, texts[1]),
    ...mismatches(texts[1], russian, english, texts[0]),
  ].map((finding) => finding.message);
  const planted: PairScore["planted"] = [];
  for (const [side, other] of [[0, 1], [1, 0]] as const) {
    const [file, partner] = side === 0 ? [english, russian] : [russian, english];
    for (const plant of plants(texts[side], file)) {
      // Found from either side: the edited version, and the other one opened beside it.
      const fromEdited = mismatches(plant.text, file, partner, texts[other]).some(plant.expect);
      const fromOther = mismatches(texts[other], partner, file, plant.text).some(plant.expect);
      planted.push({ name: `${path.basename(file)}: ${plant.name}`, found: fromEdited && fromOther });
    }
  }
  return { pair: `${path.basename(english)} / ${path.basename(russian)}`, falseMismatches, planted };
}
