import { describe, expect, it } from "vitest";
import { lint } from "../../server/src/engine";
import { codeActions } from "../../server/src/lsp/code-actions";
import { applyFirstFix } from "../text-edits";
import { contactFindings } from "./helpers";

describe("contact-mailto", () => {
  it("fixes mailto:// with a preferred fix that joins fix-all, in Markdown and in plain text", () => {
    for (const fileName of ["policy.md", "policy.txt"]) {
      const text = "Write to [help@northwind.shop](mailto://help@northwind.shop).";
      const [entry] = contactFindings(text, { rule: "contact-mailto", fileName, language: "en" });
      expect(entry.text).toBe("mailto://help@northwind.shop");
      expect(entry.finding.fixes![0].preferred).toBe(true);
      expect(applyFirstFix(text, entry.finding)).toBe("Write to [help@northwind.shop](mailto:help@northwind.shop).");
    }
    const text = "Write to [help@northwind.shop](mailto://help@northwind.shop).";
    const result = lint({ text, fileName: "policy.md" });
    const actions = codeActions(result, { uri: "file:///p.md", version: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, useDocumentChanges: false });
    const fixAll = actions.find((action) => action.kind === "source.fixAll.policylint");
    expect(fixAll?.edit?.changes?.["file:///p.md"]).toContainEqual({ range: { start: { line: 0, character: 31 }, end: { line: 0, character: 59 } }, newText: "mailto:help@northwind.shop" });
  });

  it("flags a link with no address and one whose text shows another address", () => {
    const text = "Write to [us](mailto:) or to [help@northwind.shop](mailto:sales@northwind.shop), or <a href=\"mailto:help@northwind.shop\">help@northwind.shop</a>.";
    const found = contactFindings(text, { rule: "contact-mailto", language: "en" });
    expect(found.map((entry) => entry.text)).toEqual(["mailto:", "mailto:sales@northwind.shop"]);
    expect(found[1].finding.message).toBe("The link shows help@northwind.shop but writes to sales@northwind.shop: make them the same.");
  });

  it("accepts good links and autolinks", () => {
    expect(contactFindings("Write to [help@northwind.shop](mailto:help@northwind.shop) or <help@northwind.shop>.", { language: "en" })).toEqual([]);
  });
});

describe("contact details in code", () => {
  it("are not read: code blocks and code spans are examples, not contacts", () => {
    const text = "Write to us.\n\n```\n<a href=\"mailto://x@northwind.shop\">x</a> [email protected]\n```\n\n`[email protected]` or `mailto://y@northwind.shop`.\n";
    expect(contactFindings(text, { language: "en" })).toEqual([]);
  });
});
