import { fileURLToPath } from "node:url";
import { mergeOptions, validateOptions, type ConfigProblem, type LintOptions } from "../engine";
import { projectOptionsFor } from "../node/project-config";

export interface ResolvedOptions {
  options: LintOptions;
  /** Problems in the settings and the project file; each value at fault was dropped. */
  problems: ConfigProblem[];
  /** The project file that governs the document, whose `translations` are relative to it. */
  configFile?: string;
}

/** Reads the client's settings for a document (`undefined` when it has none or cannot be asked). */
export type SettingsSource = (uri: string) => Promise<unknown>;

/**
 * Options for one document: the user's settings, then `.policylintrc.json` on top (the project file wins;
 * the engine applies front matter last). Cached per document until settings or a config file change.
 */
export class OptionsResolver {
  private readonly cache = new Map<string, Promise<ResolvedOptions>>();

  constructor(private readonly readSettings: SettingsSource) {}

  forDocument(uri: string): Promise<ResolvedOptions> {
    let resolved = this.cache.get(uri);
    if (!resolved) {
      resolved = this.resolve(uri);
      this.cache.set(uri, resolved);
    }
    return resolved;
  }

  forget(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }

  private async resolve(uri: string): Promise<ResolvedOptions> {
    const settings = validateOptions(engineKeys(await this.readSettings(uri)), "settings");
    const filePath = localPath(uri);
    const project = filePath ? projectOptionsFor(filePath) : { options: {}, problems: [] };
    return { options: mergeOptions(settings.options, project.options), problems: [...settings.problems, ...project.problems], configFile: project.file };
  }
}

/** The file a URI names on this machine; none for untitled documents or a `file://host/share` path Node cannot map. */
export function localPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The settings section also holds client-only keys (`include`); the engine validates the rest. Translation pairs live in the project file, beside the files. */
function engineKeys(settings: unknown): unknown {
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) return settings;
  const { profiles, language, phoneRegion, messageLanguage, rules, plainLanguage } = settings as Record<string, unknown>;
  return { profiles, language, phoneRegion, messageLanguage, rules, plainLanguage };
}
