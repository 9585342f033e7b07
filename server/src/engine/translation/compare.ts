import type { Fact, FactKind, PolicyFacts } from "./facts";

/** One disagreement between two versions: a fact in one only, or a value changed between them. */
export interface Mismatch {
  kind: FactKind | "structure";
  here?: Fact;
  there?: Fact;
}

/**
 * Sections counts that differ by this much (and by this share of the larger) mean a version lost or gained
 * sections; less is how translators split and join them.
 */
const SECTION_DIFFERENCE = 2;
const SECTION_SHARE = 0.25;

/**
 * Facts of one version that the other lacks. When both sides lack one of a group (an e-mail address each,
 * a number of days each), the two are one changed value and pair up, in document order.
 */
export function compareFacts(here: PolicyFacts, there: PolicyFacts): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const keys = (facts: Fact[]): Set<string> => new Set(facts.map(keyOf));
  const hereKeys = keys(here.facts);
  const thereKeys = keys(there.facts);
  const onlyHere = firstOfEachKey(here.facts.filter((fact) => !thereKeys.has(keyOf(fact))));
  const onlyThere = firstOfEachKey(there.facts.filter((fact) => !hereKeys.has(keyOf(fact))));

  for (const fact of onlyHere) {
    const partner = fact.kind === "element" || fact.kind === "law" ? undefined : onlyThere.find((other) => other.kind === fact.kind && other.group === fact.group);
    if (partner) onlyThere.splice(onlyThere.indexOf(partner), 1);
    mismatches.push({ kind: fact.kind, here: fact, there: partner });
  }
  for (const fact of onlyThere) mismatches.push({ kind: fact.kind, there: fact });

  // A Latin name of a Russian version, written nowhere in the English one: a recipient or service one version leaves out.
  for (const name of firstOfEachKey(here.latinNames)) if (!there.flatProse.includes(name.key)) mismatches.push({ kind: "name", here: name });
  for (const name of firstOfEachKey(there.latinNames)) if (!here.flatProse.includes(name.key)) mismatches.push({ kind: "name", there: name });

  const larger = Math.max(here.sections, there.sections);
  const difference = Math.abs(here.sections - there.sections);
  if (difference >= SECTION_DIFFERENCE && difference >= larger * SECTION_SHARE) mismatches.push({ kind: "structure" });
  return mismatches;
}

export function keyOf(fact: Fact): string {
  return `${fact.kind}\u0000${fact.key}`;
}

/** A value said three times is one fact: the first place it is said stands for it. */
export function firstOfEachKey(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => !seen.has(keyOf(fact)) && seen.add(keyOf(fact)));
}
