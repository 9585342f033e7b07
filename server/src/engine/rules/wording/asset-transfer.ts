import { message } from "../../messages";
import type { Rule } from "../../rule";
import { checkWording } from "../../wording/check";

export const assetTransfer: Rule = {
  meta: {
    id: "asset-transfer",
    category: "wording",
    severity: "information",
    description: message("en", "asset-transfer.description"),
    explanation: message("en", "asset-transfer.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 13(1)(e); 152-FZ art. 14(7)",
    fixable: true,
  },
  check: (context) => checkWording("asset-transfer", context),
};
