import type { ElementId } from "../elements";

/**
 * Cues (see cues.ts for the shorthand) that one of a set of patterns must match;
 * with `atLeast`, that many different patterns of the set must match.
 */
export type Condition = readonly string[] | { atLeast: number; of: readonly string[] };

export interface ElementCues {
  /** A heading title that matches one of these names the element. */
  heading?: readonly string[];
  /** A sentence that matches one of these discloses the element; earlier cues make better evidence. */
  text?: readonly string[];
  /** A sentence discloses the element when it meets every condition of one of these rules. */
  all?: readonly (readonly Condition[])[];
  /** A sentence that matches one of these does not count for the element, whatever else it says. */
  unless?: readonly string[];
}

export type Vocabulary = Partial<Record<ElementId, ElementCues>>;
