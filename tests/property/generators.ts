/**
 * Generated policy drafts for the property tests: Markdown and plain-text structure around English and Russian
 * prose taken from the rules' own vocabularies (wording phrases, element cues, the standard sections), with contact
 * details, blanks, conversion residue and dates that the contact, hygiene and completeness rules read, and the
 * awkward characters and line breaks a real file can hold.
 */
import fc from "fast-check";
import englishSnippets from "../../snippets/policy-sections.en.json";
import russianSnippets from "../../snippets/policy-sections.ru.json";
import { ENGLISH } from "../../server/src/engine/elements/vocabulary-en";
import { RUSSIAN } from "../../server/src/engine/elements/vocabulary-ru";
import type { Vocabulary } from "../../server/src/engine/elements/vocabulary";
import { snippetToText } from "../../server/src/engine/templates";
import { ENGLISH_PHRASES } from "../../server/src/engine/wording/phrases-en";
import { RUSSIAN_PHRASES } from "../../server/src/engine/wording/phrases-ru";
import type { WordingVocabulary } from "../../server/src/engine/wording/phrases";
import { choices, cueExample, examplesOf } from "./cue-examples";

type Lang = "en" | "ru";

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence per claim cue example: the claim, and the verb some rules want beside it ("share" for recipients). */
function claimSentences(vocabulary: WordingVocabulary, lang: Lang): string[] {
  const pick = choices(lang === "en" ? 7 : 11);
  const joiner = lang === "en" ? " when we " : ", когда мы ";
  // Words after the claim, as a sentence has: a claim alone ("Как правило,.") is no sentence a fix could mend.
  const tail = lang === "en" ? " for our users" : " для пользователей";
  return Object.values(vocabulary).flatMap((phrases) =>
    phrases.claims.flatMap((group) =>
      examplesOf(group.cues, 2, lang === "en" ? 3 : 5).map((claim) => {
        const verb = phrases.with && cueExample(phrases.with[pick(phrases.with.length)], pick);
        return `${capitalise(claim)}${tail}${verb ? joiner + verb : ""}.`;
      }),
    ),
  );
}

/** Sentences the element cues were written to find, and heading titles that name the elements. */
function elementWords(vocabulary: Vocabulary): { sentences: string[]; titles: string[] } {
  const cues = Object.values(vocabulary);
  return {
    sentences: cues.flatMap((entry) => examplesOf(entry?.text ?? [], 1, 17)).map((words) => `${capitalise(words)}.`),
    titles: cues.flatMap((entry) => examplesOf(entry?.heading ?? [], 1, 19)).map(capitalise),
  };
}

/** The standard sections (the snippets VS Code offers), as a title and paragraphs with their `[BLANKS]`. */
function templateSections(snippets: Record<string, { body: string[] }>): { title: string; paragraphs: string[] }[] {
  return Object.values(snippets).map(({ body }) => {
    const [heading, ...rest] = snippetToText(body.join("\n")).split("\n");
    return { title: heading.replace(/^#+\s*/u, ""), paragraphs: rest.join("\n").split(/\n{2,}/u).filter((paragraph) => paragraph.trim()) };
  });
}

/** My own sentences for claims whose cues look behind the match, which the examples above cannot write. */
const EXTRA_CLAIMS: Record<Lang, string[]> = {
  en: ["We may share your details with our partners.", "We keep your records as long as needed.", "We could contact you about offers.", "We retain the logs where necessary."],
  ru: ["Мы можем передавать сведения партнёрам.", "Оператор может использовать адрес для рассылки.", "Компания не несёт ответственности за сбои.", "Данные хранятся столько, сколько нужно."],
};

const WORDING = {
  en: [...claimSentences(ENGLISH_PHRASES, "en"), ...EXTRA_CLAIMS.en],
  ru: [...claimSentences(RUSSIAN_PHRASES, "ru"), ...EXTRA_CLAIMS.ru],
};
const ELEMENTS = { en: elementWords(ENGLISH), ru: elementWords(RUSSIAN) };
const TEMPLATES = { en: templateSections(englishSnippets), ru: templateSections(russianSnippets) };

/** Contact details of every kind the contact rules judge, good and bad. */
const CONTACTS: Record<Lang, string[]> = {
  en: [
    "Write to privacy@acmewidgets.com with any question.",
    "Email us at help@acmewidgets.co.uk.",
    "Send requests to dpo@acmewidgets.invalidtld.",
    "Our address is privacy @ acmewidgets.com for now.",
    "Contact privacy [at] acmewidgets [dot] com for requests.",
    "You can reach us at privacy(at)acmewidgets(dot)org.",
    "Reach us at [email protected] today.",
    "Mail [our officer](mailto:dpo@acmewidgets.com) directly.",
    "Mail [support@acmewidgets.com](mailto:sales@acmewidgets.com) for help.",
    "Use [this link](mailto://dpo@acmewidgets.com) to write.",
    "Use [the form](mailto:not an address) instead.",
    "Call us at +1 415 555 2671 on weekdays.",
    "Phone: (415) 555-2671.",
    "Phone: +1 555 01.",
    "Phone: 020 7946 0958.",
    "See http://acmewidgets.com/privacy for details.",
    "See https://acmewidgets.com/privacy for details.",
    "Visit https://acmewidgets.notarealsuffix/help now.",
    "Visit [our site](https://exa mple.com) now.",
    "Write to contact@example.com until launch.",
    "Write to hello@yourcompany.com with questions.",
    'Mail <a href="mailto:privacy@acmewidgets.com">our team</a> any time.',
    "Support is at support@acmewidgets.com, support@acmewidgets.com and suport@acmewidgets.com.",
    "Visit https://acmewidgets.com, https://acmewidgets.com/help and https://acmewidgts.com/faq.",
  ],
  ru: [
    "Пишите на privacy@romashka-shop.ru по любым вопросам.",
    "Телефон: 8 (495) 123-45-67.",
    "Тел.: +7 495 123 45 67 доб. 12.",
    "Телефон: 8 800 1.",
    "Адрес для обращений: info собака romashka-shop точка ru.",
    "Адрес: info [at] romashka-shop [dot] ru.",
    "Пишите на [email protected] в рабочие дни.",
    "Напишите [оператору](mailto:dpo@romashka-shop.ru) напрямую.",
    "Сайт: http://romashka-shop.ru/privacy.",
    "Сайт: https://пример.рф/политика.",
    "Пишите на support@romashka-shop.ru, support@romashka-shop.ru или suport@romashka-shop.ru.",
    "Почта для обращений: info @ romashka-shop.ru.",
  ],
};

/** Blanks and template residue that `placeholder` flags. */
const BLANKS: Record<Lang, string[]> = {
  en: ["[Company Name]", "[insert date]", "<your email address>", "TODO", "TBD: the period", "lorem ipsum dolor", "the ____ team", "{{company}}", "[ADDRESS]", "[...]"],
  ru: ["[Название компании]", "[укажите дату]", "<ваш e-mail>", "TODO", "ХХХ", "{{оператор}}", "[АДРЕС]", "____"],
};

/** What a word processor or a web page export leaves behind, for `conversion-artifact`. */
const RESIDUE = ["[image: logo.png]", "[изображение]", "file:///C:/Users/anna/policy.docx", "C:\\Users\\anna\\Drafts\\policy.docx", "/Users/anna/Desktop/policy.docx", "word          word", "текст\t\t\t\t\t\t\t\t\t\tтекст"];

/** Dated lines for `effective-date`: stale, in the future, unreadable, fine; the lint's "now" is 2026-06-01. */
const DATES: Record<Lang, string[]> = {
  en: ["Last updated: March 3, 2019.", "Effective date: 2099-01-01", "Last updated: sometime in spring", "Last updated: May 1, 2026", "Effective as of 31 February 2024", "2025-12-24"],
  ru: ["Дата последнего обновления: 12.03.2018.", "Редакция от 1 января 2031 г.", "Обновлено: весной", "Действует с 15 мая 2026 года.", "30.02.2024"],
};

/** Names of laws with a profile, for `profile-hint`. */
const LAWS: Record<Lang, string[]> = {
  en: ["We follow the GDPR.", "California residents have rights under the CCPA.", "We comply with COPPA.", "The CalOPPA applies to us.", "Federal Law No. 152-FZ applies too."],
  ru: ["Мы соблюдаем 152-ФЗ.", "Обработка ведётся по Закону «О персональных данных».", "Для жителей ЕС действует GDPR."],
};

/** Characters that break naive offset arithmetic. */
const ODD_CHARACTERS = ["😀", "👩‍👩‍👧", "𝔸", "\uD83D", "\uDE00", "\u200F", "\u200E", "\t", "\u00a0", "\uFEFF", "é", "ё", "\u0301", "   "];

export interface GeneratedDocument {
  text: string;
  fileName: string;
  /** The line break every line ends with. */
  eol: "\n" | "\r\n" | "\r";
  bom: boolean;
}

const lang = fc.constantFrom<Lang>("en", "en", "ru");

function sentence(language: Lang): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...WORDING[language]) },
    { weight: 3, arbitrary: fc.constantFrom(...ELEMENTS[language].sentences) },
    { weight: 3, arbitrary: fc.constantFrom(...CONTACTS[language]) },
    { weight: 2, arbitrary: fc.constantFrom(...BLANKS[language]).map((blank) => (language === "en" ? `Send it to ${blank} soon.` : `Направьте это: ${blank}.`)) },
    { weight: 1, arbitrary: fc.constantFrom(...RESIDUE).map((residue) => `See ${residue} here.`) },
    { weight: 1, arbitrary: fc.constantFrom(...LAWS[language]) },
    { weight: 1, arbitrary: fc.constantFrom(...DATES[language]) },
  );
}

/** Inline markup around a sentence: emphasis, code, a link (inline or by reference), inline HTML. */
function decorated(language: Lang): fc.Arbitrary<string> {
  return fc.tuple(sentence(language), fc.nat({ max: 9 })).map(([words, style]) => {
    const split = words.indexOf(" ", words.length >> 1);
    const [head, tail] = split < 0 ? [words, ""] : [words.slice(0, split), words.slice(split)];
    switch (style) {
      case 0:
        return `**${head}**${tail}`;
      case 1:
        return `${head} _${tail.trim()}_`;
      case 2:
        return `${head} \`code()\`${tail}`;
      case 3:
        return `[${head}](https://acmewidgets.com/terms)${tail}`;
      case 4:
        return `${head} [see the terms][terms]${tail}`;
      case 5:
        return `<b>${head}</b>${tail}`;
      case 6:
        return `${head}<!-- a note -->${tail}`;
      default:
        return words;
    }
  });
}

function paragraph(language: Lang): fc.Arbitrary<string> {
  return fc.array(decorated(language), { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(" "));
}

/** Top-level blocks: paragraphs, lists nested a few levels, tables, quotes, fences, HTML, comments, reference links. */
function block(language: Lang): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: paragraph(language) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(fc.nat({ max: 4 }), fc.constantFrom("- ", "* ", "1. ", "2) ", "• ", "а) "), sentence(language)), { minLength: 1, maxLength: 4 })
        .map((items) => items.map(([depth, marker, words]) => `${"  ".repeat(depth)}${marker}${words}`).join("\n")),
    },
    {
      weight: 1,
      arbitrary: fc.array(sentence(language), { minLength: 1, maxLength: 3 }).map((cells) => `| what | why |\n|------|:---:|\n${cells.map((cell) => `| ${cell} | x |`).join("\n")}`),
    },
    { weight: 1, arbitrary: paragraph(language).map((words) => `> ${words}\n> > ${words.slice(0, 20)}`) },
    { weight: 1, arbitrary: sentence(language).map((words) => `\`\`\`text\n${words}\nC:\\Users\\anna\\x.docx\n\`\`\``) },
    { weight: 1, arbitrary: sentence(language).map((words) => `<div class="note">\n${words}\n</div>`) },
    { weight: 1, arbitrary: sentence(language).map((words) => `<!--\n${words}\n-->`) },
    { weight: 1, arbitrary: fc.constantFrom("[terms]: https://acmewidgets.com/terms", "[terms]: http://acmewidgets.com/terms \"Terms\"", "[terms]: mailto://x@acmewidgets.com") },
    { weight: 1, arbitrary: fc.constantFrom("---", "***", "<br>", "&nbsp;") },
  );
}

/** A heading in one of the styles policies use. */
function heading(language: Lang, number: number): fc.Arbitrary<string> {
  const titles = [...ELEMENTS[language].titles, ...TEMPLATES[language].map((section) => section.title)];
  return fc.tuple(fc.constantFrom(...titles), fc.nat({ max: 6 }), fc.integer({ min: 1, max: 6 })).map(([title, style, level]) => {
    switch (style) {
      case 0:
        return `${"#".repeat(level)} ${title}`;
      case 1:
        return `${title}\n${"=".repeat(Math.max(3, title.length))}`;
      case 2:
        return `${title}\n---`;
      case 3:
        return `${number}. ${title}`;
      case 4:
        return title.toUpperCase();
      case 5:
        return `**${title}**`;
      default:
        return `## ${number}.${level} ${title} ##`;
    }
  });
}

/** A standard section as the snippets write it, or a heading over generated blocks. */
function section(language: Lang, number: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...TEMPLATES[language]).map(({ title, paragraphs }) => [`## ${title}`, ...paragraphs].join("\n\n")) },
    {
      weight: 3,
      arbitrary: fc.tuple(heading(language, number), fc.array(block(language), { minLength: 1, maxLength: 3 })).map(([title, blocks]) => [title, ...blocks].join("\n\n")),
    },
  );
}

const FRONT_MATTER = [
  "---\ntitle: Privacy\n---",
  "---\nprofiles: [gdpr]\nlast_updated: 2019-04-01\n---",
  "---\nprofiles:\n  - baseline\n  - ccpa\n---",
  "---\nlanguage: ru\neffective_date: '2030-01-01'\n---",
  "---\nprofiles: [\n---",
];

/** Per line: what follows its content. Mostly nothing. */
const TRAILING = fc.constantFrom("", "", "", "", " ", "  ", "\t", "\u00a0");

const documentParts = lang.chain((language) =>
  fc.record({
    language: fc.constant(language),
    frontMatter: fc.option(fc.constantFrom(...FRONT_MATTER), { freq: 4 }),
    title: fc.constantFrom(language === "en" ? "# Privacy Policy" : "# Политика конфиденциальности", language === "en" ? "PRIVACY NOTICE" : "Политика обработки персональных данных", ""),
    sections: fc.array(fc.nat({ max: 3 }), { minLength: 0, maxLength: 4 }).chain((numbers) => fc.tuple(...numbers.map((_, index) => section(language, index + 1)))),
    oddities: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...ODD_CHARACTERS)), { maxLength: 4 }),
    longLine: fc.option(fc.tuple(sentence(language), fc.integer({ min: 20, max: 60 })), { freq: 8 }),
    trailing: fc.array(TRAILING, { minLength: 1, maxLength: 5 }),
    eol: fc.constantFrom<GeneratedDocument["eol"]>("\n", "\r\n", "\r\n", "\r"),
    bom: fc.boolean(),
    markdown: fc.constantFrom(true, true, true, false),
  }),
);

/** A whole draft: front matter, a title, sections, a few odd characters, in one line-break style. */
export const policyDocument: fc.Arbitrary<GeneratedDocument> = documentParts.map((parts) => {
  let body = [parts.title, ...parts.sections].filter((part) => part !== "").join("\n\n");
  if (parts.longLine) body += `\n\n${Array.from({ length: parts.longLine[1] }, () => parts.longLine![0]).join(" ")}`;
  for (const [at, character] of parts.oddities) {
    const offset = Math.floor(at * body.length);
    body = body.slice(0, offset) + character + body.slice(offset);
  }
  const lines = [...(parts.frontMatter ? parts.frontMatter.split("\n") : []), ...body.split("\n")];
  // Never after a front matter fence: "---  " would not close it.
  const text = lines.map((line, index) => (/^---/u.test(line) ? line : line + parts.trailing[index % parts.trailing.length])).join(parts.eol);
  return {
    text: (parts.bom ? "\uFEFF" : "") + text + parts.eol,
    fileName: parts.markdown ? "privacy-policy.md" : "privacy-policy.txt",
    eol: parts.eol,
    bom: parts.bom,
  };
});
