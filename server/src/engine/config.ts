import { isSupportedCountry } from "libphonenumber-js/max";
import { PROFILE_IDS } from "./elements";
import { RULES_BY_ID } from "./rules";
import { LANGUAGES, MESSAGE_LANGUAGES, SEVERITIES, type ConfigProblem, type Language, type LintOptions, type PlainLanguageOptions, type RuleSetting } from "./types";

export interface ValidatedOptions {
  options: LintOptions;
  problems: ConfigProblem[];
}

const KNOWN_KEYS = ["profiles", "language", "phoneRegion", "messageLanguage", "rules", "plainLanguage", "translations"];
const PLAIN_LANGUAGE_KEYS = ["maxSentenceWords", "minReadingEase"] as const;

/**
 * Reads options from untrusted JSON or YAML (settings, `.policylintrc.json`, front matter).
 * Every bad value becomes one problem naming the source and the key, and is dropped; the rest is kept.
 */
export function validateOptions(raw: unknown, source: string, { ignoreUnknownKeys = false } = {}): ValidatedOptions {
  const problems: ConfigProblem[] = [];
  const options: LintOptions = {};
  const problem = (key: string, message: string): void => {
    problems.push({ source, key, message });
  };
  if (raw === undefined || raw === null) return { options, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    problem("(root)", `expected an object with the keys ${KNOWN_KEYS.join(", ")}`);
    return { options, problems };
  }
  const record = raw as Record<string, unknown>;
  if (!ignoreUnknownKeys) {
    for (const key of Object.keys(record)) {
      if (!KNOWN_KEYS.includes(key)) problem(key, `unknown key; known keys are ${KNOWN_KEYS.join(", ")}`);
    }
  }

  if (record.profiles !== undefined) {
    const list = typeof record.profiles === "string" ? [record.profiles] : record.profiles;
    if (!Array.isArray(list) || !list.every((item) => typeof item === "string")) {
      problem("profiles", "expected a profile id or a list of them");
    } else {
      const unknown = list.filter((id) => !PROFILE_IDS.includes(id));
      for (const id of unknown) problem("profiles", `unknown profile "${id}"; known profiles are ${PROFILE_IDS.join(", ")}`);
      const known = list.filter((id) => PROFILE_IDS.includes(id));
      if (known.length) options.profiles = [...new Set(known)];
    }
  }

  if (record.language !== undefined) {
    if (record.language === "auto" || LANGUAGES.includes(record.language as never)) {
      options.language = record.language as LintOptions["language"];
    } else {
      problem("language", `expected "auto", ${LANGUAGES.map((l) => `"${l}"`).join(" or ")}`);
    }
  }

  // null is what the editor sends for the unset setting.
  if (record.phoneRegion !== undefined && record.phoneRegion !== null) {
    const region = typeof record.phoneRegion === "string" ? record.phoneRegion.toUpperCase() : undefined;
    if (region && isSupportedCountry(region)) options.phoneRegion = region;
    else problem("phoneRegion", "expected a two-letter country code with a telephone numbering plan, such as \"RU\" or \"US\"");
  }

  if (record.messageLanguage !== undefined) {
    if (MESSAGE_LANGUAGES.includes(record.messageLanguage as never)) options.messageLanguage = record.messageLanguage as LintOptions["messageLanguage"];
    else problem("messageLanguage", `expected ${MESSAGE_LANGUAGES.map((l) => `"${l}"`).join(", ")}`);
  }

  if (record.rules !== undefined) {
    if (typeof record.rules !== "object" || record.rules === null || Array.isArray(record.rules)) {
      problem("rules", "expected an object mapping rule ids to a severity or \"off\"");
    } else {
      const rules: Record<string, RuleSetting> = {};
      for (const [id, setting] of Object.entries(record.rules as Record<string, unknown>)) {
        if (!RULES_BY_ID.has(id)) problem(`rules.${id}`, "unknown rule id");
        else if (setting !== "off" && !SEVERITIES.includes(setting as never)) {
          problem(`rules.${id}`, `expected "off", ${SEVERITIES.map((s) => `"${s}"`).join(", ")}`);
        } else rules[id] = setting as RuleSetting;
      }
      options.rules = rules;
    }
  }

  if (record.plainLanguage !== undefined) {
    const plain = record.plainLanguage;
    if (typeof plain !== "object" || plain === null || Array.isArray(plain)) {
      problem("plainLanguage", `expected an object with the keys ${PLAIN_LANGUAGE_KEYS.join(", ")}`);
    } else {
      const read: PlainLanguageOptions = {};
      for (const [key, value] of Object.entries(plain as Record<string, unknown>)) {
        if (!PLAIN_LANGUAGE_KEYS.includes(key as never)) {
          problem(`plainLanguage.${key}`, `unknown key; known keys are ${PLAIN_LANGUAGE_KEYS.join(", ")}`);
          continue;
        }
        const perLanguage = typeof value === "number" ? Object.fromEntries(LANGUAGES.map((language) => [language, value])) : value;
        const valid =
          typeof perLanguage === "object" && perLanguage !== null && !Array.isArray(perLanguage) &&
          Object.entries(perLanguage).every(([language, limit]) => LANGUAGES.includes(language as never) && typeof limit === "number" && Number.isFinite(limit));
        if (valid) read[key as (typeof PLAIN_LANGUAGE_KEYS)[number]] = perLanguage as Partial<Record<Language, number>>;
        else problem(`plainLanguage.${key}`, `expected a number, or an object of numbers by language (${LANGUAGES.join(", ")})`);
      }
      options.plainLanguage = read;
    }
  }
  if (record.translations !== undefined) {
    const pairs = record.translations;
    const isPair = (pair: unknown): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every((file) => typeof file === "string" && file.trim() !== "");
    if (Array.isArray(pairs) && pairs.every(isPair)) options.translations = pairs.map(([a, b]) => [a, b]);
    else problem("translations", 'expected a list of pairs of file names, such as [["privacy.en.md", "privacy.ru.md"]]');
  }
  return { options, problems };
}

/** Later layers win; rule settings merge key by key. */
export function mergeOptions(...layers: (LintOptions | undefined)[]): LintOptions {
  const merged: LintOptions = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profiles?.length) merged.profiles = layer.profiles;
    if (layer.language) merged.language = layer.language;
    if (layer.phoneRegion) merged.phoneRegion = layer.phoneRegion;
    if (layer.messageLanguage) merged.messageLanguage = layer.messageLanguage;
    if (layer.rules) merged.rules = { ...merged.rules, ...layer.rules };
    if (layer.translations) merged.translations = layer.translations;
    if (layer.plainLanguage) {
      const { maxSentenceWords, minReadingEase } = layer.plainLanguage;
      merged.plainLanguage = {
        maxSentenceWords: { ...merged.plainLanguage?.maxSentenceWords, ...maxSentenceWords },
        minReadingEase: { ...merged.plainLanguage?.minReadingEase, ...minReadingEase },
      };
    }
  }
  return merged;
}
