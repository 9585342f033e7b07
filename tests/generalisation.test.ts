import path from "node:path";
import { describe, expect, it } from "vitest";
import { ELEMENT_IDS } from "../server/src/engine";
import { precision, readLabels, recall, scoreDocuments } from "../scripts/element-scores";

/**
 * Our own labelled policies (tests/fixtures/generalisation), written apart from the corpus the vocabulary
 * was tuned on: element detection must carry over to wording it was not built from.
 */
const ownSetDir = path.resolve(__dirname, "fixtures", "generalisation");
const FLOOR = 0.85;

describe("element detection on our own generalisation set", () => {
  const { documents, unmatched } = readLabels(ownSetDir, (file) => path.join(ownSetDir, file));

  it("has every label matched to a document, with all elements labelled, in both languages", () => {
    expect(unmatched).toEqual([]);
    expect(documents.filter((document) => document.label.language === "en").length).toBeGreaterThanOrEqual(5);
    expect(documents.filter((document) => document.label.language === "ru").length).toBeGreaterThanOrEqual(5);
    for (const { label } of documents) expect(Object.keys(label.elements).sort()).toEqual([...ELEMENT_IDS].sort());
  });

  const score = scoreDocuments(documents);
  for (const language of ["en", "ru"]) {
    it(`keeps precision and recall at ${FLOOR} or better in ${language}`, () => {
      const tally = score.byLanguage.get(language)!;
      const files = new Set(documents.filter((document) => document.label.language === language).map((document) => document.label.file));
      const misses = score.misses.filter((miss) => files.has(miss.split(" ")[1])).join("\n");
      expect(precision(tally), `precision; misses:\n${misses}`).toBeGreaterThanOrEqual(FLOOR);
      expect(recall(tally), `recall; misses:\n${misses}`).toBeGreaterThanOrEqual(FLOOR);
    });
  }
});
