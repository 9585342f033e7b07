import path from "node:path";
import { declaredTranslation } from "../engine/document";
import type { LintOptions } from "../engine/types";

/**
 * The other language's version of a policy: the pair the config file lists, else the file its front matter
 * names, else the first existing file of the same name in the other language (`X.en.md`/`X.ru.md`,
 * `X.md`/`X.ru.md`, `en/X.md`/`ru/X.md`). Absolute paths.
 */
export function translationPartner(
  documentPath: string,
  text: string,
  config: { file?: string; options: Pick<LintOptions, "translations"> },
  exists: (file: string) => boolean,
): string | undefined {
  const absolute = path.resolve(documentPath);
  if (config.file && config.options.translations) {
    const dir = path.dirname(config.file);
    for (const pair of config.options.translations) {
      const [first, second] = pair.map((file) => path.resolve(dir, file));
      if (first === absolute) return second;
      if (second === absolute) return first;
    }
  }
  const declared = declaredTranslation(text);
  if (declared) return path.resolve(path.dirname(absolute), declared);
  return partnersByName(absolute).find((candidate) => candidate !== absolute && exists(candidate));
}

function partnersByName(file: string): string[] {
  const dir = path.dirname(file);
  const extension = path.extname(file);
  const stem = path.basename(file, extension);
  const candidates: string[] = [];
  const tagged = /^(.+)\.(en|ru)$/u.exec(stem);
  if (tagged) {
    candidates.push(path.join(dir, `${tagged[1]}.${tagged[2] === "en" ? "ru" : "en"}${extension}`));
    if (tagged[2] === "ru") candidates.push(path.join(dir, `${tagged[1]}${extension}`));
  } else {
    candidates.push(path.join(dir, `${stem}.ru${extension}`));
  }
  const folder = path.basename(dir);
  if (folder === "en" || folder === "ru") candidates.push(path.join(path.dirname(dir), folder === "en" ? "ru" : "en", path.basename(file)));
  return candidates;
}
