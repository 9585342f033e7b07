import type { CountryCode } from "libphonenumber-js/max";
import type { MessageKey, MessageParams } from "../messages";
import type { Report, RuleContext } from "../rule";
import type { Language, Severity } from "../types";
import { findContacts, type Contact, type ContactFault } from "./find";

/** What a rule says about one kind of fault: its message, its severity when not the rule's own, its fix. */
interface FaultReport {
  message: MessageKey;
  severity?: Severity;
  /** `language` is the document's: a fix's text goes into the document. */
  fix?: (contact: Contact, language: Language) => { title: MessageKey; newText: string; span?: { start: number; end: number }; preferred: boolean } | undefined;
}

type FaultReports = Partial<Record<ContactFault, FaultReport>>;

/** The country of numbers written without +: Russian documents and the 152-FZ profile mean Russia, US laws the US. */
export function phoneRegion(language: Language, profiles: readonly string[]): CountryCode | undefined {
  if (language === "ru" || profiles.includes("ru-152fz")) return "RU";
  if (["ccpa", "caloppa", "coppa"].some((profile) => profiles.includes(profile))) return "US";
  return undefined;
}

export function documentContacts({ document, phoneRegion: region }: Pick<RuleContext, "document" | "phoneRegion">): Contact[] {
  return findContacts(document, region);
}

/** Reports the contacts that have one of the faults a rule owns. */
export function reportFaults(context: RuleContext, faults: FaultReports): void {
  for (const contact of documentContacts(context)) {
    const owned = contact.fault && faults[contact.fault];
    if (!owned) continue;
    const params = contactParams(contact);
    const fix = owned.fix?.(contact, context.language);
    const report: Report = {
      start: contact.start,
      end: contact.end,
      message: context.message(owned.message, params),
      severity: owned.severity,
      data: { kind: contact.kind, ...(contact.value && { value: contact.value }) },
    };
    if (fix) report.fixes = [{ title: context.message(fix.title, { ...params, replacement: fix.newText }), edits: [{ ...(fix.span ?? contact), newText: fix.newText }], preferred: fix.preferred }];
    context.report(report);
  }
}

/** Every parameter a contact message may use. */
export function contactParams(contact: Contact): MessageParams {
  return {
    written: contact.written.replace(/\s+/gu, " "),
    address: contact.value ?? contact.written,
    host: contact.host ?? "",
    international: contact.international ?? "",
    shown: contact.shown ?? "",
  };
}

export function regionName(region: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(region) ?? region;
  } catch {
    return region;
  }
}
