import { describe, expect, it } from "vitest";
import { coveredIn, found, fixed } from "./helpers";

const RULE = "unilateral-change";

describe("unilateral-change", () => {
  it("finds changes at will, without notice, and the burden of checking the page", () => {
    const sentences = [
      "We may update this policy at any time without notice.",
      "Northwind reserves the right to modify these terms at its sole discretion.",
      "Please review this page periodically for changes.",
      "Changes take effect immediately upon posting.",
      "Our prices are subject to change.",
    ];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map((sentence) => [sentence]));
  });

  it("stays silent on changes announced in advance, on the reader's own settings and on promises not to change", () => {
    const sentences = [
      "We will email you 30 days before any change takes effect, and you may close your account if you object.",
      "You can change your notification settings at any time.",
      "We will not change how we use your data without asking you first.",
      "Exchange rates may change between your order and its delivery.",
    ];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map(() => []));
  });

  it("finds Russian one-sided changes in their word forms", () => {
    const sentences = [
      "Оператор вправе в одностороннем порядке изменять настоящую Политику.",
      "Политика может быть изменена без предварительного уведомления пользователей.",
      "Пользователь обязуется периодически проверять эту страницу на предмет изменений.",
      "Новая редакция вступает в силу с момента её размещения на сайте.",
      "Мы можем по своему усмотрению обновить эти правила.",
    ];
    expect(coveredIn(RULE, sentences, "ru")).toEqual(sentences.map((sentence) => [sentence]));
  });

  it("stays silent on Russian changes announced in advance and on the reader's own data", () => {
    const sentences = [
      "Об изменениях мы заранее сообщим по электронной почте не менее чем за 30 дней до их вступления в силу.",
      "Вы можете изменить свои персональные данные в личном кабинете.",
      "Пароль может быть изменен пользователем в настройках.",
    ];
    expect(coveredIn(RULE, sentences, "ru")).toEqual(sentences.map(() => []));
  });

  it("rewrites the clause as a change announced in advance", () => {
    const text = "Мы можем по своему усмотрению обновить эти правила.";
    const [entry] = found(RULE, text, "policy.md", "ru");
    expect(entry.finding.fixes![0].title).toBe("Переписать: предупреждать об изменениях заранее");
    expect(fixed(text, entry)).toMatch(/^О существенных изменениях настоящей Политики Оператор сообщает/);
  });
});
