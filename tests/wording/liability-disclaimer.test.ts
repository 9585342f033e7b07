import { describe, expect, it } from "vitest";
import { coveredIn, found, fixed } from "./helpers";

const RULE = "liability-disclaimer";

describe("liability-disclaimer", () => {
  it("finds blanket denials of responsibility in their English variants, covering the sentence", () => {
    const sentences = [
      "We bear no responsibility for any loss of your data.",
      "In no event will Northwind be liable for damages arising from your use of the app.",
      "Northwind shall not be held responsible for breaches caused by intruders.",
      "To the fullest extent permitted by law, we disclaim all liability for lost files.",
      "Our total liability to you shall not exceed ten dollars.",
      "We cannot guarantee the security of anything you send us.",
    ];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map((sentence) => [sentence]));
  });

  it("stays silent on affirmations and on limits the law leaves fair", () => {
    const sentences = [
      "We are responsible for the personal data we process.",
      "Nothing in this policy limits our liability for fraud or for death or personal injury.",
      "We are not liable for lost profits, except for losses caused by our gross negligence or wilful misconduct.",
      "You are responsible for keeping your password secret.",
    ];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map(() => []));
  });

  it("finds Russian denials through inflection and word order", () => {
    const sentences = [
      "Компания не несёт ответственности за утечку данных.",
      "Мы не несем никакой ответственности за сбои сервиса.",
      "Ответственности за сохранность переписки Администрация не несет.",
      "Оператор ни при каких обстоятельствах не отвечает за действия третьих лиц.",
      "Сервис предоставляется на условиях «как есть».",
      "Владельцы сайта не несут ответственность за содержание чужих страниц.",
    ];
    expect(coveredIn(RULE, sentences, "ru")).toEqual(sentences.map((sentence) => [sentence]));
  });

  it("stays silent on Russian affirmations, force majeure and limits the law provides", () => {
    const sentences = [
      "Оператор несёт ответственность за обработку персональных данных.",
      "Стороны освобождаются от ответственности при обстоятельствах непреодолимой силы.",
      "Компания не несёт ответственности, за исключением случаев, предусмотренных законодательством.",
      "Продавец не несёт ответственности за ущерб, причинённый вследствие ненадлежащего использования товара покупателем.",
    ];
    expect(coveredIn(RULE, sentences, "ru")).toEqual(sentences.map(() => []));
  });

  it("covers only the clause of a long sentence that makes the claim", () => {
    const text = "We collect your email to send receipts; we are not liable for any loss of it.";
    expect(found(RULE, text, "policy.md", "en").map((entry) => entry.text)).toEqual(["we are not liable for any loss of it."]);
  });

  it("explains itself and offers a rewrite the author must read, in the document's language", () => {
    const english = "We bear no responsibility for any loss of your data.";
    const [finding] = found(RULE, english, "policy.md", "en");
    expect(finding.finding.message).toContain('"bear no responsibility"');
    expect(finding.finding.fixes).toHaveLength(1);
    expect(finding.finding.fixes![0].preferred).toBe(false);
    expect(fixed(english, finding)).toMatch(/^We are responsible for the personal data we process/);

    const russian = "Компания не несёт ответственности за утечку данных.";
    const [ru] = found(RULE, russian, "policy.md", "ru");
    expect(ru.finding.message).toMatch(/^«не несёт ответственности» — отказ от ответственности/);
    expect(ru.finding.fixes![0].title).toBe("Переписать как признание ответственности");
    expect(fixed(russian, ru)).toMatch(/^Оператор несёт ответственность за обработку персональных данных/);
  });
});
