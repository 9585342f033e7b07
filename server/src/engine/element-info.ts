/** What each element of ../shared/spec/elements.md is called, what it asks for, and which law asks for it. */
import { ELEMENT_IDS, PROFILES, type ElementId } from "./elements";
import type { Language } from "./types";

/** Citations per profile, from the spec's table; citations the spec marks "(verify)" are left out until checked. */
export interface LegalSources {
  gdpr?: string;
  ccpa?: string;
  "ru-152fz"?: string;
  caloppa?: string;
  coppa?: string;
  /** Laws without a profile of their own (PIPEDA, LGPD). */
  other?: string;
}

export interface ElementInfo {
  name: Record<Language, string>;
  /** One line: what the section must say. */
  description: Record<Language, string>;
  /** Applies only when a fact holds (a DPO exists, data goes abroad); saying it does not apply discloses it. */
  conditional: boolean;
  sources: LegalSources;
}

export const ELEMENT_INFO: Record<ElementId, ElementInfo> = {
  controller: {
    name: { en: "Who is responsible (controller)", ru: "Оператор персональных данных" },
    description: {
      en: "the legal name and address of the company responsible for the data",
      ru: "наименование и адрес оператора, отвечающего за обработку данных",
    },
    conditional: false,
    sources: { gdpr: "GDPR art. 13(1)(a), 14(1)(a)", "ru-152fz": "152-FZ art. 14(7)(5); Roskomnadzor recommendations §1", other: "PIPEDA 4.8.2(a); LGPD art. 9 III" },
  },
  contact: {
    name: { en: "Contact details", ru: "Контактная информация" },
    description: {
      en: "how to reach the company about privacy: email, phone, postal address or form",
      ru: "как связаться с оператором по вопросам данных: почта, телефон, адрес или форма",
    },
    conditional: false,
    sources: {
      gdpr: "GDPR art. 13(1)(a)",
      ccpa: "Cal. Civ. Code 1798.130(a)(1); 11 CCR §7011(e)(6)",
      "ru-152fz": "152-FZ art. 14(7)(5)",
      coppa: "16 CFR 312.4(d)(1)",
    },
  },
  dpo: {
    name: { en: "Data protection officer", ru: "Ответственный за организацию обработки" },
    description: {
      en: "who the data protection officer (or person responsible) is and how to contact them",
      ru: "кто отвечает за организацию обработки персональных данных и как с ним связаться",
    },
    conditional: true,
    sources: { gdpr: "GDPR art. 13(1)(b), 37(7)", "ru-152fz": "152-FZ art. 22.1", other: "LGPD art. 41" },
  },
  "data-categories": {
    name: { en: "Personal data collected", ru: "Категории персональных данных" },
    description: { en: "which personal data is collected", ru: "какие персональные данные обрабатываются" },
    conditional: false,
    sources: {
      gdpr: "GDPR art. 14(1)(d)",
      ccpa: "Cal. Civ. Code 1798.110(c)(1); 11 CCR §7011(e)(1)",
      "ru-152fz": "152-FZ art. 18.1(1)(2); Roskomnadzor recommendations §4",
      caloppa: "Cal. Bus. & Prof. Code 22575(b)(1)",
    },
  },
  sources: {
    name: { en: "Sources of data", ru: "Источники персональных данных" },
    description: { en: "where the data comes from", ru: "откуда оператор получает данные" },
    conditional: false,
    sources: { gdpr: "GDPR art. 14(2)(f)", ccpa: "Cal. Civ. Code 1798.110(c)(2)", "ru-152fz": "152-FZ art. 14(7)(6)" },
  },
  purposes: {
    name: { en: "Purposes of processing", ru: "Цели обработки" },
    description: { en: "why the data is processed", ru: "для чего обрабатываются данные" },
    conditional: false,
    sources: {
      gdpr: "GDPR art. 13(1)(c)",
      ccpa: "Cal. Civ. Code 1798.110(c)(3)",
      "ru-152fz": "Roskomnadzor recommendations §2",
      other: "LGPD art. 9 I",
    },
  },
  "legal-basis": {
    name: { en: "Legal basis", ru: "Правовые основания обработки" },
    description: {
      en: "the lawful basis for each purpose, and the legitimate interests relied on",
      ru: "на каком правовом основании обрабатываются данные для каждой цели",
    },
    conditional: false,
    sources: { gdpr: "GDPR art. 13(1)(c), 13(1)(d)", "ru-152fz": "152-FZ art. 14(7)(2); Roskomnadzor recommendations §3" },
  },
  recipients: {
    name: { en: "Recipients of data", ru: "Получатели персональных данных" },
    description: {
      en: "who the data is shared with, disclosed or sold to",
      ru: "кому оператор передаёт или раскрывает данные",
    },
    conditional: false,
    sources: {
      gdpr: "GDPR art. 13(1)(e)",
      ccpa: "Cal. Civ. Code 1798.110(c)(4), 1798.115(c)",
      "ru-152fz": "152-FZ art. 14(7)(5); Roskomnadzor recommendations §5",
      caloppa: "Cal. Bus. & Prof. Code 22575(b)(1)",
    },
  },
  "international-transfers": {
    name: { en: "International transfers", ru: "Трансграничная передача" },
    description: {
      en: "whether data goes abroad, where, and with which safeguards",
      ru: "передаются ли данные за рубеж, куда и с какими гарантиями",
    },
    conditional: true,
    sources: { gdpr: "GDPR art. 13(1)(f)", "ru-152fz": "152-FZ art. 12" },
  },
  retention: {
    name: { en: "Retention period", ru: "Сроки хранения" },
    description: {
      en: "how long data is kept, or the criteria that decide it",
      ru: "как долго хранятся данные или по каким критериям определяется срок",
    },
    conditional: false,
    sources: {
      gdpr: "GDPR art. 13(2)(a)",
      ccpa: "Cal. Civ. Code 1798.100(a)(3)",
      "ru-152fz": "152-FZ art. 14(7)(7), 18.1(1)(2)",
      other: "LGPD art. 9 II",
    },
  },
  rights: {
    name: { en: "Your rights", ru: "Права субъекта персональных данных" },
    description: {
      en: "the rights to access, correct, delete, restrict, port and object, and how to use them",
      ru: "права на доступ, уточнение, блокирование и уничтожение данных и как ими воспользоваться",
    },
    conditional: false,
    sources: {
      gdpr: "GDPR art. 13(2)(b), 14(2)(c)",
      ccpa: "Cal. Civ. Code 1798.105, 1798.106, 1798.110; 11 CCR §7011(e)(2)-(3)",
      "ru-152fz": "152-FZ art. 14",
      other: "PIPEDA 4.8.2(b)",
    },
  },
  "withdraw-consent": {
    name: { en: "Withdrawing consent", ru: "Отзыв согласия" },
    description: {
      en: "that consent can be withdrawn at any time, and how",
      ru: "что согласие можно отозвать в любой момент, и как это сделать",
    },
    conditional: true,
    sources: { gdpr: "GDPR art. 13(2)(c)", "ru-152fz": "152-FZ art. 9(2)" },
  },
  complaint: {
    name: { en: "Right to complain", ru: "Право на обжалование" },
    description: {
      en: "the right to complain to a supervisory authority",
      ru: "право обжаловать действия оператора в Роскомнадзоре или в суде",
    },
    conditional: false,
    sources: { gdpr: "GDPR art. 13(2)(d)", "ru-152fz": "152-FZ art. 17" },
  },
  "automated-decisions": {
    name: { en: "Automated decision-making", ru: "Автоматизированные решения" },
    description: {
      en: "whether decisions are made solely by automated means or profiling, their logic and consequences",
      ru: "принимаются ли решения только на основе автоматизированной обработки, их логика и последствия",
    },
    conditional: true,
    sources: { gdpr: "GDPR art. 13(2)(f)", "ru-152fz": "152-FZ art. 16" },
  },
  "provision-requirement": {
    name: { en: "Whether data must be provided", ru: "Обязательность предоставления данных" },
    description: {
      en: "whether providing data is required by law or contract, and what happens if it is not provided",
      ru: "обязательно ли предоставлять данные и что будет, если их не предоставить",
    },
    conditional: false,
    sources: { gdpr: "GDPR art. 13(2)(e)" },
  },
  security: {
    name: { en: "Security", ru: "Защита персональных данных" },
    description: { en: "the measures that protect the data", ru: "какие меры защищают данные" },
    conditional: false,
    sources: { gdpr: "GDPR art. 32", "ru-152fz": "152-FZ art. 18.1, 19; Roskomnadzor recommendations §5" },
  },
  cookies: {
    name: { en: "Cookies", ru: "Файлы cookie" },
    description: {
      en: "cookies and similar tracking technologies, and the choices about them",
      ru: "файлы cookie и похожие технологии и как от них отказаться",
    },
    conditional: false,
    sources: { other: "ePrivacy Directive art. 5(3)", caloppa: "Cal. Bus. & Prof. Code 22575(b)(6)" },
  },
  "do-not-track": {
    name: { en: "Do Not Track and opt-out signals", ru: "Сигналы Do Not Track" },
    description: {
      en: "how Do Not Track and opt-out preference signals (Global Privacy Control) are handled",
      ru: "как учитываются сигналы Do Not Track и Global Privacy Control",
    },
    conditional: true,
    sources: { caloppa: "Cal. Bus. & Prof. Code 22575(b)(5)" },
  },
  "sale-opt-out": {
    name: { en: "Sale or sharing, and opting out", ru: "Продажа данных и отказ от неё" },
    description: {
      en: "whether personal information is sold or shared, and the right to opt out",
      ru: "продаются ли данные и как отказаться от их продажи",
    },
    conditional: true,
    sources: { ccpa: "Cal. Civ. Code 1798.120, 1798.135" },
  },
  "sensitive-data": {
    name: { en: "Sensitive data", ru: "Специальные категории данных" },
    description: {
      en: "whether sensitive or special-category data is used, and the right to limit its use",
      ru: "обрабатываются ли специальные категории и биометрические данные",
    },
    conditional: true,
    sources: { gdpr: "GDPR art. 9", ccpa: "Cal. Civ. Code 1798.121", "ru-152fz": "152-FZ art. 10" },
  },
  "non-discrimination": {
    name: { en: "Non-discrimination", ru: "Запрет дискриминации" },
    description: {
      en: "that nobody is treated worse for exercising their rights",
      ru: "что использование прав не ухудшает условия обслуживания",
    },
    conditional: false,
    sources: { ccpa: "Cal. Civ. Code 1798.125" },
  },
  "authorized-agent": {
    name: { en: "Authorized agents", ru: "Обращение через представителя" },
    description: {
      en: "how an authorized agent can make requests on someone's behalf",
      ru: "как представитель может направить запрос за субъекта",
    },
    conditional: false,
    sources: { ccpa: "11 CCR §7011(e)(3)" },
  },
  children: {
    name: { en: "Children's data", ru: "Данные детей" },
    description: {
      en: "whether children's data is collected, and how parents stay in control",
      ru: "собираются ли данные детей и как родители могут ими управлять",
    },
    conditional: true,
    sources: {
      gdpr: "GDPR art. 8",
      ccpa: "Cal. Civ. Code 1798.120(c); 11 CCR §7011(e)(4)",
      coppa: "16 CFR 312.4",
    },
  },
  changes: {
    name: { en: "Changes to this policy", ru: "Изменение политики" },
    description: {
      en: "how changes to the policy are made and announced",
      ru: "как вносятся изменения в политику и как о них сообщается",
    },
    conditional: false,
    sources: {
      gdpr: "GDPR art. 13(3)",
      ccpa: "Cal. Civ. Code 1798.130(a)(5)",
      caloppa: "Cal. Bus. & Prof. Code 22575(b)(3)",
    },
  },
  "effective-date": {
    name: { en: "Effective date", ru: "Дата последнего обновления" },
    description: {
      en: "the date the policy was last updated or takes effect",
      ru: "дата последнего обновления или вступления политики в силу",
    },
    conditional: false,
    sources: { ccpa: "11 CCR §7011(e)(7)", caloppa: "Cal. Bus. & Prof. Code 22575(b)(4)" },
  },
  "data-subjects": {
    name: { en: "Categories of data subjects", ru: "Категории субъектов персональных данных" },
    description: { en: "whose data is processed", ru: "чьи персональные данные обрабатываются" },
    conditional: false,
    sources: { "ru-152fz": "152-FZ art. 18.1(1)(2); Roskomnadzor recommendations §4" },
  },
  "processing-operations": {
    name: { en: "Processing operations", ru: "Действия с персональными данными" },
    description: {
      en: "what is done with the data (collection, recording, storage, ...) and by which means",
      ru: "какие действия совершаются с данными и какими способами",
    },
    conditional: false,
    sources: { "ru-152fz": "152-FZ art. 3(3); Roskomnadzor recommendations §5" },
  },
  localization: {
    name: { en: "Data localization in Russia", ru: "Локализация персональных данных" },
    description: {
      en: "that data of Russian citizens is recorded and stored in databases in Russia",
      ru: "что данные граждан России записываются и хранятся в базах данных на территории России",
    },
    conditional: true,
    sources: { "ru-152fz": "152-FZ art. 18(5)" },
  },
  "request-response-time": {
    name: { en: "Response time", ru: "Сроки ответа на запросы" },
    description: { en: "how quickly requests are answered", ru: "в какой срок оператор отвечает на запросы" },
    conditional: false,
    sources: { gdpr: "GDPR art. 12(3)", ccpa: "Cal. Civ. Code 1798.130(a)(2)" },
  },
};

/**
 * The order in which a policy usually presents its sections; inserted sections follow it. English
 * policies tend to end with how to reach the company; Russian ones follow Roskomnadzor's outline
 * (general provisions, purposes, legal bases, data and subjects, conditions of processing, requests).
 */
export const CANONICAL_ORDER: Record<Language, readonly ElementId[]> = {
  en: [
    "effective-date", "controller", "dpo", "data-subjects", "data-categories", "sources", "purposes", "legal-basis",
    "provision-requirement", "processing-operations", "cookies", "do-not-track", "recipients", "sale-opt-out",
    "international-transfers", "localization", "retention", "security", "sensitive-data", "automated-decisions", "children",
    "rights", "withdraw-consent", "authorized-agent", "non-discrimination", "request-response-time", "complaint", "changes",
    "contact",
  ],
  ru: [
    "effective-date", "controller", "dpo", "purposes", "legal-basis", "data-categories", "data-subjects", "sources",
    "sensitive-data", "processing-operations", "provision-requirement", "cookies", "do-not-track", "recipients",
    "sale-opt-out", "international-transfers", "localization", "retention", "security", "automated-decisions", "children",
    "rights", "withdraw-consent", "authorized-agent", "non-discrimination", "request-response-time", "complaint", "changes",
    "contact",
  ],
};

/** The active profiles that require an element, in the order they were given. */
export function profilesRequiring(id: ElementId, profiles: readonly string[]): string[] {
  return profiles.filter((profile) => PROFILES[profile]?.includes(id));
}

/** The citations behind an element for the given profiles; every known one when those profiles cite none (baseline). */
export function legalSourcesFor(id: ElementId, profiles: readonly string[]): string[] {
  const sources = ELEMENT_INFO[id].sources;
  const cited = profiles.flatMap((profile) => (profile in sources ? [sources[profile as keyof LegalSources]!] : []));
  return [...new Set(cited.length ? cited : Object.values(sources))];
}

export function isElementId(value: string): value is ElementId {
  return (ELEMENT_IDS as readonly string[]).includes(value);
}
