/**
 * English messages, one entry per rule and message id: `<rule>.description`, `<rule>.explanation` (Markdown),
 * then the rule's messages and fix titles; `lsp.*` are the language server's texts around findings (code actions, hovers).
 * `{name}` is a parameter. ru.ts has the same keys and parameters.
 */
export const EN = {
  "conversion-artifact.description":
    "Residue of a word processor export: `[image: ...]`, `[bookmark: _GoBack]`, local file paths, runs of 10+ spaces inside a line.",
  "conversion-artifact.explanation":
    "Exporting a policy from Word or Google Docs leaves markers for pictures and bookmarks, paths on the author's computer " +
    "and spaces used for layout. Readers see them as noise, and a path can reveal a user name. Remove them; the quick-fix does.",
  "conversion-artifact.residue": "Conversion residue: {what}. Remove it.",
  "conversion-artifact.residueQuoted": "Conversion residue: {what} \"{text}\". Remove it.",
  "conversion-artifact.imageMarker": "a word processor's image or bookmark marker",
  "conversion-artifact.fileLink": "a link to a file on the author's computer",
  "conversion-artifact.localPath": "a path on the author's computer",
  "conversion-artifact.spaceRun": "a run of spaces used for layout",
  "conversion-artifact.fixRemove": "Remove the conversion residue",
  "conversion-artifact.fixCollapse": "Collapse the spaces",

  "missing-section.description":
    "An element that an active profile requires and the document does not disclose; the quick-fix inserts a standard section.",
  "missing-section.explanation":
    "Each jurisdiction's law lists what a privacy policy must tell people: who is responsible and how to reach them, what data is " +
    "collected and why, who receives it, how long it is kept, and which rights people have. One finding names each required " +
    "element the linter cannot find, with the profiles that require it and the legal source. Add a section that says it plainly, " +
    "under a heading that names it (\"How long we keep your data\"). The quick-fix inserts a standard section in the document's " +
    "language, in the usual place and heading style, with blanks such as `[EMAIL ADDRESS]` to fill in. Some elements apply only " +
    "when a fact holds (a DPO, transfers abroad, children, sale of data); they are reported at a lower severity, and a sentence " +
    "stating that they do not apply (\"We do not sell your personal information\") counts as the disclosure. A heading with " +
    "nothing under it, a heading that lists several topics, a definition of the term and a bare reference to another document " +
    "do not count; the finding points at the nearest such text and says why. To silence one element for good, write " +
    "`<!-- policylint-disable-file missing-section:children -->` (the quick-fix does).",
  "missing-section.missing": "Missing section \"{name}\" ({id}): the policy should say {description}.",
  "missing-section.requiredBy": "Required by {profiles}.",
  "missing-section.requiredByCited": "Required by {profiles} ({sources}).",
  "missing-section.notApplicable": "If it does not apply, say so: a statement that it does not apply counts as the disclosure.",
  "missing-section.fixInsert": "Insert standard section: {name}",
  "missing-section.fixInsertAll": "Insert all missing sections",
  "missing-section.considered.empty-heading": "This heading names the section, but nothing is written under it.",
  "missing-section.considered.topics-heading": "This heading lists several topics; the text under it does not cover this one.",
  "missing-section.considered.glossary": "This is in the definitions: defining a term does not say what you do.",
  "missing-section.considered.definition": "This defines the term; it does not say that you do it or how.",
  "missing-section.considered.cross-reference": "This only points to another document; say it here, in a sentence of its own.",
  "missing-section.considered.exception": "This names it, but about something else (for example, your duties towards the regulator).",

  "profile-hint.description": "The text names a law (GDPR, CCPA, 152-ФЗ, ...) whose profile is not active.",
  "profile-hint.explanation":
    "A policy that cites a law is usually meant to comply with it, but the linter checks only the disclosures of the " +
    "active profiles (`baseline` when none is chosen). Turn the law's profile on so that its required sections are " +
    "checked too: `profiles: [baseline, gdpr]` in the document's front matter, `\"profiles\": [\"baseline\", \"gdpr\"]` " +
    "in `.policylintrc.json`, or the `policyLint.profiles` setting. Profiles: `gdpr`, `ccpa` (CCPA/CPRA), `ru-152fz`, " +
    "`caloppa`, `coppa`.",
  "profile-hint.notActive":
    "The text names {law}, but the {profile} profile is not active, so the disclosures it requires are not checked: " +
    "turn it on with \"{frontMatter}\" in the front matter, {json} in .policylintrc.json, or the policyLint.profiles setting.",
  "profile-hint.lawGdpr": "the GDPR",
  "profile-hint.lawCcpa": "the CCPA/CPRA",
  "profile-hint.lawRu152fz": "Federal Law No. 152-FZ",
  "profile-hint.lawCaloppa": "CalOPPA",
  "profile-hint.lawCoppa": "COPPA",
  "profile-hint.fixTurnOn": "Turn on the {profile} profile in the front matter",

  "effective-date.description":
    "No \"last updated\" / \"дата последнего обновления\" date, an unparseable one, one in the future, or one older than 12 months.",
  "effective-date.explanation":
    "Readers, and regulators, need to know which version of the policy they are reading and whether it is current. " +
    "California requires the policy to state its effective or last-updated date (CalOPPA) and to be updated at least " +
    "once every 12 months (CCPA). Put the date under the title with a label, for example `Last updated: 3 March 2026` or " +
    "`Дата последнего обновления: 3 марта 2026 г.`; write the month as a word or use `2026-03-03`, since `03/04/2026` " +
    "reads differently in the US and in Europe. Slashed dates are read month first in English documents and day first " +
    "in Russian ones; dotted dates (`03.03.2026`) are always day first.",
  "effective-date.example": "Last updated: {date}",
  "effective-date.unreadable": "\"{written}\" is not a date that can be read: write a real day, e.g. \"{example}\".",
  "effective-date.future": "The date {date} is in the future: write the day the policy was last changed, e.g. \"{example}\".",
  "effective-date.stale":
    "The policy was last updated on {date}, more than 12 months ago: review it and update the date, e.g. \"{example}\".",
  "effective-date.missing": "The policy gives no \"last updated\" date: add one under the title, e.g. \"{example}\".",
  "effective-date.fixAdd": "Add \"{example}\" (check the date)",

  "placeholder.description": "Template text left unfilled: `[COMPANY NAME]`, `<insert date>`, `TODO`, `XXX`, `lorem ipsum`, `{{...}}`.",
  "placeholder.explanation":
    "A published policy with a blank in it tells readers, and regulators, that nobody finished it, and the blank usually " +
    "stands where a fact the law requires should be: the company's name, a date, an address. Replace each blank with the real value.",
  "placeholder.unfilled": "Unfilled template text \"{text}\": replace it with the real value.",

  "lsp.contactEmail": "Email, domain {host}",
  "lsp.contactEmailInvalid": "Email, not a valid address",
  "lsp.contactPhone": "Phone, {region}, {international}, {validity}",
  "lsp.contactPhoneUnknown": "Phone, country unknown",
  "lsp.contactLink": "Link, {scheme}, host {host}",
  "lsp.contactSpelled": "Email spelled out: {address}",
  "lsp.contactProtected": "Email lost to a web page's email protection",
  "lsp.contactValid": "valid",
  "lsp.contactInvalid": "not valid",
  "lsp.fixAll": "Fix all policylint auto-fixable problems",
  "lsp.disableLine": "Disable {rule} for this line",
  "lsp.disableFile": "Disable {rule} in this file",
  "lsp.disableElement": "Disable {rule} for \"{name}\" in this file",
  "lsp.nearestText": "**Nearest text** (line {line}): \"{text}\": {why}",
  "lsp.showDocs": "Show documentation for {rule}",
  "lsp.documentation": "Documentation for {rule}",
  "lsp.legalSource": "Legal source: {source}",
  "lsp.whatToWrite":
    "**What to write:** a section under a heading such as \"{heading}\". The quick fix *{fix}* inserts one with blanks to fill in.",

  "translation-mismatch.description":
    "The English and Russian versions of one policy disagree: an element, a contact detail, a date, a number with its unit, a law or a named recipient in one only, or a different number of sections.",
  "translation-mismatch.explanation":
    "A policy published in two languages is one promise: readers of either version are owed the same facts (GDPR art. 12(1) and 13; " +
    "152-FZ art. 18.1). The rule compares what can be compared exactly, without translating: the elements each version discloses, " +
    "e-mail addresses, phone numbers, web hosts and postal codes, dates (\"May 25, 2018\" and «25 мая 2018 г.» are one date), numbers " +
    "with units, in figures or words (\"30 days\", «тридцати дней», \"children under 13\"), the laws named, the services and recipients " +
    "the Russian version names in Latin letters (\"Google Analytics\"), and the number of top-level sections. The versions pair up when " +
    "`.policylintrc.json` says so (`\"translations\": [[\"privacy.en.md\", \"privacy.ru.md\"]]`), when front matter names the other " +
    "(`translationOf: privacy.en.md`), or by name (`X.en.md` and `X.ru.md`, `X.md` and `X.ru.md`, `en/X.md` and `ru/X.md`).",
  "translation-mismatch.onlyHere": "{what} is in this version but not in {path}.",
  "translation-mismatch.onlyThere": "{path} has {what}, which this version lacks.",
  "translation-mismatch.differs": "{what} here, but {other} in {path}: one of them is wrong.",
  "translation-mismatch.structure": "This version has {here} top-level sections and {path} has {there}: a section may be missing from one.",
  "translation-mismatch.there": "{path}: {what}",

  "plain-language.description":
    "A sentence too long to follow, legal jargon with a plain alternative (\"hereinafter\", «вышеуказанный»), passives that hide who acts, or a section that is hard to read.",
  "plain-language.explanation":
    "The GDPR asks for \"clear and plain language\" (art. 12(1)) and the CCPA regulations for \"plain, straightforward language\" that avoids " +
    "technical or legal jargon (11 CCR §7003(a)). This rule reports a sentence longer than 50 words in English or 55 in Russian; a word of " +
    "legal jargon, with what to write instead; a sentence with three or more passives and no one named as acting (\"data may be collected and " +
    "shared and kept\"): say who does it; and a section of 100 words or more whose Flesch reading ease is below 15 in English, or below 0 in Russian " +
    "by Oborneva's adaptation of the formula (206.835 − 1.3 × words per sentence − 60.1 × syllables per word), which allows for Russian's longer " +
    "words. The defaults stay quiet (about one finding per 500 words of published policies); plain-language guides ask for far less, " +
    "so tighten them in `.policylintrc.json`: `\"plainLanguage\": { \"maxSentenceWords\": { \"en\": 35 }, \"minReadingEase\": { \"ru\": 20 } }`.",
  "plain-language.longSentence": "This sentence has {count} words (more than {max}): split it so each sentence says one thing.",
  "plain-language.jargon": "\"{phrase}\" is legal jargon: write \"{plain}\".",
  "plain-language.jargonDrop": "\"{phrase}\" is legal jargon that adds nothing: leave it out.",
  "plain-language.passive": "{count} passives and no one named as acting (\"{example}\"): say who does it (\"we share ...\").",
  "plain-language.hardSection":
    "This section is hard to read: reading ease {ease}, below {min}, with {wordsPerSentence} words per sentence. Shorter sentences and everyday words help.",

  "wording.fixReplace": "Replace \"{phrase}\" with \"{replacement}\"",
  "wording.fixRemove": "Remove \"{phrase}\"",

  "liability-disclaimer.description":
    "A blanket denial of responsibility: \"we bear no responsibility\", \"we are not liable for any\", \"to the fullest extent permitted by law, we disclaim\", «Компания не несёт ответственности».",
  "liability-disclaimer.explanation":
    "A controller answers for the damage its unlawful processing causes (GDPR art. 82). Terms that exclude or limit a " +
    "consumer's legal rights against the company are on the EU's list of terms that may be unfair (Directive 93/13/EEC, " +
    "Annex, points (a) and (b)), and an unfair term does not bind the consumer (art. 6(1)); in Russia, terms that limit a " +
    "consumer's rights are void (Consumer Protection Law art. 16), as is an agreement in advance to cap a liability the law " +
    "fixes (Civil Code art. 400(2)). A policy that disclaims everything tells a regulator the company has not thought about " +
    "its duties. Say what you are responsible for and limit only what the law lets you limit, never for gross negligence or " +
    "wilful misconduct.",
  "liability-disclaimer.message": "\"{phrase}\" disclaims a responsibility the law places on the company: say what you answer for, and limit only what the law allows.",
  "liability-disclaimer.fixRewrite": "Rewrite as a statement of responsibility",
  "liability-disclaimer.rewrite":
    "We are responsible for the personal data we process and for any damage our breach of data protection law causes you; nothing in this policy limits your rights under the law.",

  "unilateral-change.description":
    "The policy may change without notice, at any time, at the company's sole discretion, or the reader must check it periodically: \"may update this policy at any time\", «без специального уведомления», «по своему усмотрению».",
  "unilateral-change.explanation":
    "People must be told about changes to the information a policy gives them, before a new purpose applies (GDPR art. 13(3)), " +
    "and the EU's transparency guidelines (WP260 rev.01) say that telling readers to check the page is not enough. A right to " +
    "change terms alone, without a valid reason, is on the EU's list of unfair terms (Directive 93/13/EEC, Annex, point (j)); " +
    "in Russia a party may not change its obligations on its own (Civil Code art. 310). Say how you will announce changes " +
    "(email, a notice in the service), how far in advance, and what the reader can do if they disagree.",
  "unilateral-change.message": "\"{phrase}\" lets the company change the rules alone: say how and how far in advance readers will be told, and what they can do if they disagree.",
  "unilateral-change.fixRewrite": "Rewrite: announce changes in advance",
  "unilateral-change.rewrite":
    "We will tell you about material changes to this policy by email or a notice in the service at least [30 DAYS] before they take effect, and you may object or close your account before then.",

  "consent-by-use.description": "Using the service is taken as consent: \"by using the app you agree\", «использование приложения означает согласие».",
  "consent-by-use.explanation":
    "Consent must be a clear affirmative act: silence, inactivity or merely using a service is not consent (GDPR art. 4(11), " +
    "art. 7 and recital 32), and 152-FZ art. 9 requires consent that is specific, informed and conscious. Reading a policy is " +
    "not agreeing to it. Name the legal basis for each purpose and, where it is consent, ask for it separately, with a way to withdraw it.",
  "consent-by-use.message": "\"{phrase}\" treats using the service as consent, which it is not: name the legal basis, and ask for consent separately where you need it.",
  "consent-by-use.fixRewrite": "Rewrite: ask for consent separately",
  "consent-by-use.rewrite":
    "We process your data on the legal bases described in this policy; where we rely on your consent, we ask for it separately, and you can withdraw it at any time.",

  "vague-recipients.description": "Data goes to unnamed parties: \"third parties\", \"other persons\", \"partners\" with no category or purpose; «третьим лицам», «другим лицам».",
  "vague-recipients.explanation":
    "A policy must say who receives the data, at least by category (GDPR art. 13(1)(e); 152-FZ art. 14(7); for California, " +
    "Cal. Civ. Code 1798.110(c)(4)). \"Third parties\" names nobody. Say which kinds of recipients get which data and why: " +
    "\"payment processors, to take payments\", «службы доставки — для доставки заказа».",
  "vague-recipients.message": "\"{phrase}\" does not say who receives the data: name the categories of recipients and why they get it.",
  "vague-recipients.fixRewrite": "Rewrite with categories of recipients",
  "vague-recipients.rewrite": "We share your personal data only with [CATEGORIES OF RECIPIENTS], for [PURPOSE].",

  "vague-retention.description": "Retention with no period or criteria: \"as long as necessary\", \"for as long as we need\", «в течение необходимого срока».",
  "vague-retention.explanation":
    "A policy must say how long data is kept, or the criteria that decide it (GDPR art. 13(2)(a); 152-FZ art. 14(7) and " +
    "art. 5(7)). \"As long as necessary\" says neither. Give a period for each kind of data, or the event that ends it: " +
    "\"three years after your last order\", «в течение 3 лет после прекращения договора».",
  "vague-retention.message": "\"{phrase}\" gives no retention period: say how long, or what event ends it.",
  "vague-retention.fixRewrite": "Rewrite with a retention period",
  "vague-retention.rewrite": "We keep this data for [RETENTION PERIOD] and then delete it.",

  "vague-term.description":
    "Hedges that make a commitment unmeasurable (conditionality, generalization, modality, numeric quantifiers): \"from time to time\", \"including but not limited to\", \"etc.\", \"may\", \"some\", «и т.п.», «и др.», «в некоторых случаях».",
  "vague-term.explanation":
    "Readers and regulators cannot hold a company to \"may\", \"some\", \"from time to time\" or \"etc.\": such words leave open " +
    "what is done, when and to what. Reidenberg et al. (\"Ambiguity in privacy policies and the impact of regulation\", 2016) " +
    "found these four kinds of vague term (conditionality, generalization, modality, numeric quantifiers) make policies hard " +
    "to understand. GDPR art. 12(1) asks for clear and plain language. Say exactly what you do, or drop the hedge.",
  "vague-term.message": "\"{phrase}\" is vague: say exactly what is done, or drop it.",
  "vague-term.fixRewrite": "Rewrite without the hedge",
  "vague-term.rewrite": "[SAY EXACTLY WHAT IS DONE, WHEN AND WITH WHICH DATA].",

  "asset-transfer.description": "Personal data may be sold or transferred with the business assets.",
  "asset-transfer.explanation":
    "A sale, merger or bankruptcy moves the data to a new controller, and a new controller is a new recipient the reader " +
    "must be told about (GDPR art. 13(1)(e) and 14). Say that the buyer will be bound by this policy, that readers will be " +
    "told before their data changes hands, and how they can object or ask for deletion.",
  "asset-transfer.message": "\"{phrase}\" lets personal data pass to a new owner: say that the buyer is bound by this policy and that readers are told before their data changes hands.",
  "asset-transfer.fixRewrite": "Rewrite: protect the data in a sale",
  "asset-transfer.rewrite":
    "If our business is sold or merged, we will tell you before your personal data passes to the new owner, who must keep to this policy, and you may ask us to delete your data first.",

  "contact-email.description": "An address that is not a valid RFC 5322 / RFC 6531 mailbox, or whose domain is malformed.",
  "contact-email.explanation":
    "People use the policy's addresses to exercise their rights; one a mail client cannot send to silently defeats them " +
    "(GDPR art. 12(2) and 13(1)(a); 152-FZ art. 14(7); Cal. Civ. Code 1798.130(a)(1)). Addresses are checked with an RFC 5322 / " +
    "RFC 6531 parser, so internationalised ones (почта@пример.рф) pass, and their domains against the public suffix list, so a " +
    "cut-off ending (\"example.c\") or a missing one (\"info@company\") is caught.",
  "contact-email.invalid": "\"{written}\" is not an email address a mail client can use: check the characters around the @.",
  "contact-email.domain": "\"{written}\": the domain \"{host}\" has no known ending (such as .com or .ru): check it for a typo.",

  "contact-email.spaced": "\"{written}\" has spaces around the @, so a mail client cannot use it: write {address}.",
  "contact-email.fixSpaces": "Write {address}",

  "contact-obfuscated.description": "A placeholder left by a web page's email protection, e.g. `[email protected]`, or an address spelled out: \"name (at) domain (dot) com\".",
  "contact-obfuscated.explanation":
    "Copying a policy from a web page keeps what its email-protection script showed instead of the address: `[email protected]`. " +
    "The address is lost and readers have no way to write. Addresses spelled out against spam robots (`privacy[at]example[dot]com`) " +
    "cannot be clicked or pasted either. Write the address itself; the quick-fix puts a blank in its place or writes out the spelled one.",
  "contact-obfuscated.protected": "\"{written}\" is what a web page's email protection left instead of an address: write the address itself.",
  "contact-obfuscated.spelled": "\"{written}\" spells the address out, so a mail client cannot use it as written: write {address}.",
  "contact-obfuscated.fixBlank": "Replace with a blank to fill in",
  "contact-obfuscated.blank": "[EMAIL ADDRESS]",
  "contact-obfuscated.fixWrite": "Write {address}",

  "contact-mailto.description": "A malformed `mailto:` link (`mailto://x@y`, spaces, a missing address) or one whose target differs from its text.",
  "contact-mailto.explanation":
    "A mailto link opens the reader's mail program with the address filled in (RFC 6068). `mailto://name@example.org` sends to " +
    "\"//name@example.org\", which fails; a link that shows one address and writes to another sends mail where the reader did not " +
    "mean to. Write `mailto:` straight before the address, and link the address that the text shows.",
  "contact-mailto.slashes": "\"{written}\" is not a mailto link a mail client can open: write mailto: with no slashes.",
  "contact-mailto.fixSlashes": "Write {replacement}",
  "contact-mailto.invalid": "The mailto link \"{written}\" has no valid address: write mailto:name@domain.",
  "contact-mailto.mismatch": "The link shows {shown} but writes to {address}: make them the same.",

  "contact-phone.description": "A number that libphonenumber cannot parse or reports as invalid for its region (region from the number's `+` prefix, else from the document's language/profile).",
  "contact-phone.explanation":
    "Numbers are checked against libphonenumber's full metadata: the country from the `+` prefix, otherwise from the document " +
    "(a Russian policy or the 152-FZ profile: Russia; a US law's profile: the United States). An invalid number is an error; one " +
    "whose country cannot be told is only information; a valid national number gets a hint and a fix to the international form, " +
    "which readers abroad can dial too. California asks for a toll-free number among the contact methods (Cal. Civ. Code 1798.130(a)(1)).",
  "contact-phone.invalid": "\"{written}\" is not a valid phone number: check the digits and the country code.",
  "contact-phone.noRegion": "\"{written}\" has no country code, and the document does not tell the country: write it in international form, starting with + and the country code.",
  "contact-phone.national": "\"{written}\" is in national form: write {international} so that readers abroad can call too.",
  "contact-phone.fixInternational": "Write {replacement}",

  "contact-url.description": "A link that the WHATWG URL parser rejects, or an `http:` link where `https:` is expected.",
  "contact-url.explanation":
    "Links are read with the WHATWG URL parser, as browsers read them, and their hosts are checked against the public suffix list. " +
    "A link a browser cannot open is an error. A contact form or a rights request page served over plain `http:` sends what the " +
    "reader types unencrypted (GDPR art. 32 asks for security of processing): link the `https:` page.",
  "contact-url.invalid": "\"{written}\" is not a web address a browser can open.",
  "contact-url.host": "\"{written}\": the host \"{host}\" has no known ending (such as .com or .ru): check it for a typo.",
  "contact-url.http": "\"{written}\" uses http: link the https: page, so that what readers send is encrypted.",
  "contact-url.fixHttps": "Use https:",

  "contact-inconsistent.description": "An address or domain that differs only slightly from another one in the same document (a likely typo).",
  "contact-inconsistent.explanation":
    "A domain one or two letters away from another one in the same policy is almost always a typo of the company's own domain, " +
    "and mail to it goes to a stranger or nowhere. The quick-fix writes the spelling the document uses more often.",
  "contact-inconsistent.near": "\"{host}\" is a letter or two away from \"{other}\", used {count} times in this document: check it for a typo.",
  "contact-inconsistent.related": "\"{other}\" is written like this here",
  "contact-inconsistent.fix": "Write {other}",

  "contact-missing.description": "No usable contact detail in the whole document.",
  "contact-missing.explanation":
    "A policy must say how to reach the company about the data (GDPR art. 13(1)(a); 152-FZ art. 14(7); Cal. Civ. Code " +
    "1798.130(a)(1)). This fires when the policy has a place for contacts but nothing in it a reader can use: no valid email " +
    "address, phone number or web address, only placeholders or broken ones.",
  "contact-missing.none": "The policy gives no contact detail a reader can use (an email address, a phone number or a web form): add one where readers can reach you about their data.",

  "placeholder.exampleDomain": "\"{written}\" uses an example domain (RFC 2606), not a real one: write the real address.",
  "docs.title": "policylint rules",
  "docs.intro":
    "Every finding names its rule. Set a rule's severity or turn it off with `rules` in settings " +
    "(`policyLint.rules`), in `.policylintrc.json`, or silence one place with an inline comment: " +
    "`<!-- policylint-disable-next-line RULE -->` in Markdown, `// policylint-disable-next-line RULE` in plain text; " +
    "`disable-file`, and `disable` ... `enable` for a region, work the same way. In Markdown, " +
    "`<!-- policylint-disable-line RULE -->` at the end of a line silences that line without splitting its paragraph.",
  "docs.otherLanguage": "[Документация на русском](rules.ru.md)",
  "docs.columns": "| rule | default | languages | fixable | catches |",
  "docs.yes": "yes",
  "docs.no": "no",
  "docs.defaultSeverity": "Default severity: {severity}",
  "docs.languages": "Languages: {languages}",
  "docs.quickFix": "Quick-fix: {fixable}",
  "docs.category.completeness": "Completeness",
  "docs.category.wording": "Wording",
  "docs.category.contact": "Contact details",
  "docs.category.clarity": "Two languages, plain words",
  "docs.category.hygiene": "Document hygiene",
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.information": "information",
  "severity.hint": "hint",
} satisfies Record<string, string>;

export type MessageKey = keyof typeof EN;
