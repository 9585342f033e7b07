import { describe, expect, it } from "vitest";
import { coveredIn } from "./helpers";

const RULE = "asset-transfer";

describe("asset-transfer", () => {
  it("finds data that passes with the business", () => {
    const english = ["If Northwind merges with another company, your personal data may be transferred to the buyer."];
    const russian = ["В случае реорганизации или продажи бизнеса персональные данные могут быть переданы правопреемнику."];
    expect(coveredIn(RULE, english, "en")).toEqual([english]);
    expect(coveredIn(RULE, russian, "ru")).toEqual([russian]);
  });

  it("stays silent when readers are told first or the buyer keeps the policy", () => {
    expect(coveredIn(RULE, ["If we are acquired, we will notify you before your data is transferred, and the buyer will be bound by this policy."], "en")).toEqual([[]]);
    expect(coveredIn(RULE, ["При реорганизации Оператор заранее уведомит пользователей о передаче данных правопреемнику."], "ru")).toEqual([[]]);
  });
});
