import { describe, expect, it } from "vitest";
import { coveredIn, found } from "./helpers";

const RULE = "consent-by-use";

describe("consent-by-use", () => {
  it("finds use, continued use and a visit taken as agreement", () => {
    const sentences = [
      "By using the app, you agree to this privacy policy.",
      "Your continued use of the service after we post changes means you accept the revised policy.",
      "If you continue to use the website, you consent to our use of cookies.",
      "By accessing or downloading the app you acknowledge that you have read and accept these terms.",
    ];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map((sentence) => [sentence]));
  });

  it("stays silent on consent asked for separately and on promises about conduct", () => {
    const sentences = [
      "We ask for your consent with a separate checkbox before we send newsletters.",
      "By using the app you agree not to misuse it.",
      "When you sign up, you will be asked to agree to the newsletter terms.",
    ];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map(() => []));
  });

  it("finds the Russian forms: participles, use that «означает согласие», continued use", () => {
    const sentences = [
      "Используя приложение, вы соглашаетесь с настоящей Политикой.",
      "Использование сайта означает безоговорочное согласие пользователя с Политикой.",
      "Продолжая пользоваться сервисом после изменений, вы подтверждаете согласие с ними.",
      "Заполняя форму на сайте, Пользователь выражает согласие с данной Политикой.",
    ];
    expect(coveredIn(RULE, sentences, "ru")).toEqual(sentences.map((sentence) => [sentence]));
  });

  it("stays silent on Russian consent given by a checkbox", () => {
    const sentences = ["Согласие на обработку персональных данных даётся отдельно, проставлением отметки в форме заказа."];
    expect(coveredIn(RULE, sentences, "ru")).toEqual([[]]);
  });

  it("cites the law in the explanation, not in every message", () => {
    const [entry] = found(RULE, "By using the app, you agree to this privacy policy.", "policy.md", "en");
    expect(entry.finding.message).toBe(
      "\"By using the app, you agree to this privacy policy\" treats using the service as consent, which it is not: name the legal basis, and ask for consent separately where you need it.",
    );
    expect(entry.finding.severity).toBe("warning");
  });
});
