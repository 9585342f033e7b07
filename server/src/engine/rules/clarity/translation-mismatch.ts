import { message } from "../../messages";
import type { Rule, RuleContext } from "../../rule";
import { outline } from "../../section-layout";
import { compareFacts } from "../../translation/compare";
import type { Fact } from "../../translation/facts";
import { factText } from "../../translation/table";

export const translationMismatch: Rule = {
  meta: {
    id: "translation-mismatch",
    category: "clarity",
    severity: "warning",
    description: message("en", "translation-mismatch.description"),
    explanation: message("en", "translation-mismatch.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 12(1) and 13; 152-FZ art. 18.1(2)",
    fixable: false,
  },
  check(context) {
    const { document, translation, report, message: say } = context;
    if (!translation) return;
    const { here, there: translated } = translation;
    const { path } = translated;
    const what = (fact: Fact): string => describeFact(fact, context);
    const title = outline(document).title;
    const there = (fact: Fact) => [{ start: fact.start, end: fact.end, message: say("translation-mismatch.there", { path, what: what(fact) }), path }];

    for (const mismatch of compareFacts(here, translated)) {
      // What differs, for tools that read the JSON: the kind of fact and its value on each side.
      const data = { fact: mismatch.kind, here: mismatch.here?.key, there: mismatch.there?.key };
      if (mismatch.kind === "structure") {
        report({ ...title, data, message: say("translation-mismatch.structure", { here: here.sections, there: translated.sections, path }) });
      } else if (mismatch.here && mismatch.there) {
        const message = say("translation-mismatch.differs", { what: what(mismatch.here), other: what(mismatch.there), path });
        report({ start: mismatch.here.start, end: mismatch.here.end, data, message, related: there(mismatch.there) });
      } else if (mismatch.here) {
        report({ start: mismatch.here.start, end: mismatch.here.end, data, message: say("translation-mismatch.onlyHere", { what: what(mismatch.here), path }) });
      } else if (mismatch.there) {
        report({ ...title, data, message: say("translation-mismatch.onlyThere", { what: what(mismatch.there), path }), related: there(mismatch.there) });
      }
    }
  },
};

/** Quoted as the reader's language quotes. */
function describeFact(fact: Fact, { messageLanguage }: RuleContext): string {
  const text = factText(fact, messageLanguage);
  return messageLanguage === "ru" ? `«${text}»` : `"${text}"`;
}
