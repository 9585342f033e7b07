import type { Vocabulary } from "./vocabulary";

/** Personal data a policy may list; three in one sentence, or one with a verb of collecting, name the categories. */
const DATA_ITEMS = [
  "(first |last |full |user ?)?names?",
  "(e-?mail|email|postal|mailing|billing|home|street|shipping|delivery) address*",
  "(phone|telephone|mobile|cell) (number*)?",
  "ip address*",
  "device (identifier*|ids?|information|type|data|model)",
  "browser (type|version|information|settings)",
  "operating system*",
  "(geo)?location (data|information)?",
  "(precise |approximate )?geolocation",
  "(credit|debit|bank|payment) (card*|account*|details|information|method*)",
  "date of birth",
  "(birth ?date|birthday)",
  "gender",
  "photo*",
  "usage (data|information)",
  "log (data|files?|information)",
  "cookie*",
  "password*",
  "user ?names?",
  "account (data|information|details)",
  "purchase history",
  "transaction (data|details|history)",
  "contact (details|information)",
  "(unique |online )?identifier*",
  "demographic*",
  "social security number*",
  "passport*",
  "resume*",
  "billing information",
  "referr* (url|source|page|data)",
  "pages? (you )?(visit*|view*)",
];

const COLLECT = [
  "collect*", "gather*", "obtain*", "receive*", "process*", "record*", "ask (you )?for", "requir*", "request*",
  "includ*", "such as", "store*", "log*", "provide*", "give us", "submit*", "share with us", "know",
];

const SUBJECT_CATEGORIES = [
  "(site |website |web )?visitors?", "(end )?users", "customers?", "(job )?applicants?", "candidates?", "employees?",
  "contractors?", "subscribers?", "donors?", "contributors?", "members", "prospective customers?", "account holders?",
  "patients?", "students?", "suppliers?", "volunteers?",
];

const PROCESSING_OPERATIONS = [
  "collection", "recording", "organi[sz]ation", "structuring", "storage", "adaptation", "alteration", "retrieval",
  "consultation", "use", "disclosure", "dissemination", "alignment", "combination", "restriction", "erasure",
  "destruction", "transfer", "updating",
];

export const ENGLISH: Vocabulary = {
  controller: {
    heading: ["(data )?controller", "who we are", "about us", "identity (of|and contact details of) the controller", "responsible (party|entity|company)"],
    text: [
      "(the |a |joint )?(data )?controller",
      "(is|are) responsible for (the )?(processing|protection|handling) of (your )?personal",
      "that['’]s us",
      "[“\"]?we[”\"]?, [“\"]?us[”\"]?,? (and|or) [“\"]?our[”\"]?",
      "[“\"](we|us|our|company)[”\"]",
      "=([Oo]perated|[Oo]wned|[Pp]rovided|[Rr]un) by [A-Z][A-Za-z]+",
      "we, [a-z0-9.-]+,",
      "=[A-Z][A-Za-z&.-]+,? (LLC|Inc|Ltd|Limited|GmbH|B\\.V|Corp|Corporation|PLC|LLP|S\\.A|AG|SAS)",
      "registered (office|address|in)",
    ],
  },
  contact: {
    heading: ["contact*", "how to reach us", "get in touch", "questions", "reach us", "feedback"],
    text: [
      "(contact|email|e-mail|write to|reach|call|message) us (at|by|via|through|using|on|with|if|regarding|about|in writing)",
      "contact (form|page|details|information|us)",
      "toll-free",
      "send (us )?(an? )?(e-?mail|email|letter|request|message)",
    ],
    all: [
      [["{email}", "{phone}"], ["contact*", "e-?mail*", "write", "questions?", "reach", "send", "address", "phone", "call", "requests?", "tel"]],
    ],
  },
  dpo: {
    heading: ["data protection officer", "dpo"],
    text: [
      "data protection officer",
      "dpo",
      "(chief )?privacy officer",
      "person responsible for (the )?(organi[sz]ing|overseeing) (the )?(processing|data protection)",
    ],
  },
  "data-categories": {
    heading: [
      "(information|data) (that )?(we|you) (collect|process|receive|gather|obtain|give|provide)",
      "what (personal )?(information|data)",
      "what we collect",
      "(categories|types|kinds) of (personal )?(data|information)",
      "personal (data|information) (we|that we)",
      "(information|data) collect*",
      "collection of (personal )?(data|information)",
    ],
    text: [
      "(categories|types|kinds) of (personal )?(data|information) (we|that we) (collect|process)",
      "(personal )?(data|information) (we|that we) collect (includes?|consists?|is)",
    ],
    all: [[{ atLeast: 3, of: DATA_ITEMS }], [COLLECT, DATA_ITEMS]],
  },
  sources: {
    heading: ["sources?", "how we (collect|get|obtain|receive)", "from third parties", "from you", "automatically", "information (we receive|from)"],
    text: [
      "sources? of (the )?(personal )?(data|information)",
      "(collect*|obtain*|receiv*|get|gather*|comes?) (it |this |such |the |your |personal )*(data |information )?(directly )?from (you|your|third|other|our|public|partners|social|service|affiliates|advertis*|data brokers)",
      "(data|information) (that )?you (give|provide|submit|share|enter|place|supply)",
      "you (give|provide|submit|place|supply) (it|us|them)",
      "automatically (collect*|record*|receiv*|log*|generat*)",
      "(collect*|receiv*|gather*|record*) automatically",
      "(collected|provided|received|obtained) (directly )?(from|by) (you|third part*|partners)",
      "on (a|the) voluntar(y|ily) basis",
    ],
  },
  purposes: {
    heading: ["how we use", "use of (your )?(personal )?(information|data)", "purposes?", "why we (collect|process|use)", "and why"],
    text: [
      "(for|with) the (following )?purposes? of",
      "(for|with) (the )?(following|these|those|specific|other|such) purposes?",
      "purposes? (of|for) (the )?(processing|collection|collecting|using)",
      "(goal|aim) of (personal )?(data|information)? ?(collecting|collection|processing)",
      "we (may )?use (your |this |the |such |that |personal |these )*(data|information|details|address|it) (to|for|in order)",
      "(is|are) (used|processed|collected) (to|for|in order)",
      "in order to (provide|improve|operate|process|send|deliver|communicate|personali[sz]e|respond)",
      "so (that )?we can",
    ],
  },
  "legal-basis": {
    heading: ["legal bas[ie]s", "lawful bas[ie]s", "legal grounds?", "bas[ie]s for processing"],
    text: [
      "(legal|lawful) (bas[ie]s|grounds?)",
      "legitimate interests?",
      "performance of (a|the|our) (contract|agreement)",
      "(necessary|required) (for|to) (the )?(perform*|enter*) (a |the |our |into )*(contract|agreement)",
      "(comply|compliance) with (a |our )?legal obligations?",
      "(based|on the basis of|relying|rely) on your consent",
      "(art(icle)?\\.?) 6 ~ gdpr",
      "bas[ie]s (for|of) (the )?processing",
    ],
  },
  recipients: {
    heading: ["shar*", "disclos*", "third part*", "recipients?", "who (we share|has access|receives)", "transfer* (of|your) (personal )?(data|information)", "service providers", "subprocessors?"],
    text: [
      "(share|sharing|shared|disclose*|disclosing|transfer*|provide|provided|pass*|sell|sold|transmit*|make available) ~ (with|to) (third|other|our|service|partners|affiliates|vendors|subprocessors|processors|law|government|authorit|advertis|them|any)",
      "(third[-\\s]part(y|ies)|service providers?|subprocessors?|sub-processors?|processors|vendors|contractors) (who|that|which|to|we|may|help|process|acting)",
      "recipients? (of|categories)",
      "(categories of )?recipients",
      "(government|public|law enforcement|state) (agencies|authorities|bodies)",
      "(access|accessible|available) to (other users|third part*|mozilla employees|employees|the public)",
    ],
  },
  "international-transfers": {
    heading: ["international (data )?transfers?", "transfer* (outside|abroad|from the eu|from the eea|to other countries)", "cross-border", "data privacy framework", "location of (site and )?data", "where we (store|process)"],
    text: [
      "international (data )?transfers?",
      "cross-border (data )?transfers?",
      "standard contractual clauses",
      "adequacy decisions?",
      "data privacy framework",
      "binding corporate rules",
      "transfer* ~ (outside|abroad|to other countries|to countries|to a third country|in other countries|overseas)",
      "(transferred|transmitted|moved) to (and (stored|processed) in )?(the united states|the us|the usa|the u\\.s)",
      "(stored|processed|hosted) (in|on servers in) (the united states|the us|other countries|countries other)",
      "(outside|beyond) (the )?(eea|eu|european economic area|european union|uk|united kingdom|your country)",
    ],
  },
  retention: {
    heading: ["retention", "how long", "storage (period|limitation)", "(keep|store|retain)* (your )?(data|information)", "data storage"],
    text: [
      "retention (period|policy|schedule|duration|time)",
      "(retain*|kept|keep*|stored?|storing|held|hold|delet*|purg*|eras*) ~ (for|within|up to|after|than|of) (a )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|ninety)( [a-z]+)? (days?|weeks?|months?|years?)",
      "(retain*|kept|keep*|stored?|storing|held|hold) ~ (as long as|no longer than|longer than|until|only (for )?as long)",
      "(no|not) longer than (is )?(necessary|needed|required)",
      "(retain*|retention|keep|kept|stor*) ~ (period|duration)",
    ],
  },
  rights: {
    heading: ["(your |privacy |data protection |individual |user )?rights", "your choices", "access(ing)? (and|&|or) (correct|updat|delet)*", "(correct|updat|delet)* (your )?(data|information)", "data subject requests?"],
    text: [
      "right (to|of) (access|rectif*|correct*|eras*|delet*|restrict*|object*|portab*|data portab*|know|opt[-\\s]out|request|be informed|obtain|receive a copy)",
      "(your|following|these|data subject|individual) (privacy |data protection )?rights ~ (access|rectif*|correct*|eras*|delet*|restrict*|object*|portab*)",
      "data subject (access )?requests?",
      "(can|may|able to) (request|ask|require) ~ (access|copy|correct*|delet*|eras*|updat*|rectif*|restrict*)",
      "(can|may|able to) (access|view|review|correct|update|edit|change|delete|erase|export|download|rectify) (or [a-z]+ )?(your|the|his|her|their|any|some|all)? ?(personal|account|profile)? ?(data|information|details|profile|account)",
      "(let us know|inform us|tell us) ~ (corrected|updated|inaccurate|incorrect)",
      "exercis* (your |any of your |these |those )?rights",
    ],
  },
  "withdraw-consent": {
    heading: ["withdraw* (of )?(your )?consent"],
    text: ["(withdraw*|revok*|retract*) (your |my |their |this |that |such |the )?consent", "consent ~3 (withdraw*|revok*)"],
  },
  complaint: {
    heading: ["complaints?"],
    text: [
      "(lodge|file|make|submit|raise) a complaint",
      "(right to )?complain ~ (authority|regulator|commissioner|dpa|ico|attorney general)",
      "(supervisory|data protection|competent|privacy) (authority|authorities|regulator)",
      "information commissioner",
    ],
  },
  "automated-decisions": {
    heading: ["automated (decision|processing)", "profiling"],
    text: ["automated (individual )?decision*", "solely (based )?on automated", "profiling", "automated (means|processing) ~ (legal|significant) effects?"],
  },
  "provision-requirement": {
    text: [
      "(not|never) (required|obliged|obligated|under (any )?obligation) to (provide|give|share|supply)",
      "(required|obliged|obligated) (by (the )?law )?to (provide|give|supply|request|collect)",
      "(statutory|contractual) (or (contractual|statutory) )?(requirement|obligation)",
      "(if|when) you (do not|don['’]t|choose not to|refuse to|decline to|fail to) (provide|give|share|supply)",
      "(refuse|decline|choose not) to (provide|give|share|supply)",
      "(failure|refusal) to provide",
      "(mandatory|optional|voluntary|required fields?) ~ (provide|provision|give|data|information|fields?)",
      "(is|are) (mandatory|optional|voluntary)",
      "consent is (always )?optional",
      "are required to (give|provide|submit)",
    ],
  },
  security: {
    heading: ["security", "(how )?we (protect|secure|safeguard)", "protect* (of )?(your )?(data|information)", "safeguards?", "keeping (your )?(data|information) (safe|secure)"],
    text: [
      "security (measures|controls|safeguards|practices|standards|procedures|level)",
      "(technical|organi[sz]ational|administrative|physical) (and|or|,) ~3 (measures|safeguards|controls)",
      "(measures|safeguards|steps|precautions) ~ (protect|secure|safeguard)",
      "(protect|secure|safeguard) ~ (against|from) (unauthori[sz]ed|unlawful|loss|misuse|accidental)",
      "encrypt*",
      "firewalls?",
      "stored securely",
      "(apply|use|implement|maintain) ~ (safeguards|security|protection systems?)",
    ],
  },
  cookies: {
    heading: ["cookie*", "tracking technolog*", "similar technolog*"],
    text: ["(use|uses|place|places|set|sets|store|stores|types of|accept|decline|block|disable) ~3 cookie*", "cookie*", "web beacons?", "tracking (pixels?|technolog*)", "clear gifs?", "local storage"],
  },
  "do-not-track": {
    heading: ["do not track", "global privacy control", "(opt-out )?preference signals?"],
    text: ["do[-\\s]not[-\\s]track", "dnt", "global privacy control", "gpc", "(opt-out )?preference signals?"],
  },
  "sale-opt-out": {
    heading: ["do not sell", "sale of (personal )?(data|information)", "(opt[-\\s]out|right to opt[-\\s]out)"],
    text: [
      "do not sell( or share)? my",
      "(do|will|does) not (sell|rent|trade)",
      "never (sell|rent|trade)",
      "(sell|sold|sale of|selling|rent|trade) ~2 (personal )?(data|information)",
      "opt[-\\s]out of (the )?(sale|selling|sharing|targeted advertising)",
      "(sale|sharing) of (your )?personal (data|information)",
    ],
    unless: ["assets?", "merger", "acquisition", "bankruptcy", "reorgani[sz]ation"],
  },
  "sensitive-data": {
    heading: ["sensitive (personal )?(data|information)", "special categor*"],
    text: [
      "sensitive (personal )?(data|information)",
      "special categor* of (personal )?data",
      "racial or ethnic origin",
      "ethnicity",
      "(health|genetic|biometric) (data|information)",
      "(religious|philosophical) beliefs",
      "sexual orientation",
      "trade union membership",
      "right to limit",
    ],
  },
  "non-discrimination": {
    heading: ["non-?discrimination"],
    text: ["discriminat*", "hold it against you", "(charge|offer) you (a )?different (price|rate|amount)", "different (prices?|rates?|level|quality) ~ (goods|services)"],
  },
  "authorized-agent": {
    heading: ["authori[sz]ed agents?"],
    text: ["authori[sz]ed agents?", "agent ~ on your behalf", "power of attorney"],
  },
  children: {
    heading: ["child*", "minors?", "kids", "young people"],
    text: [
      "(children|child['’]s|minors?|kids|teens|teenagers|persons|individuals|people|users|anyone) ~3 (under|below|younger than|over|above|older than) (the age of )?\\d{1,2}",
      "(under|below|over) (the )?age (of )?\\d{1,2}",
      "age of \\d{1,2}",
      "children['’]?s? (personal )?(data|information|privacy)",
      "(from|about|of) (children|minors|kids)",
      "parental consent",
      "(parents?|guardians?) ~ consent",
      "coppa",
      "(intended|directed|targeted) (for|to|at) (children|minors|kids)",
    ],
  },
  changes: {
    heading: ["changes", "updates? to (this|our|the)", "amendments?", "modifications?", "revisions?"],
    text: [
      "(chang*|updat*|modif*|amend*|revis*) (to )?(this|our|the|these) (privacy )?(policy|notice|statement|terms)",
      "(changes|updates|modifications|amendments|revisions) (to|of|in) (this|our|the) (privacy )?(policy|notice|statement)",
      "material changes?",
      "(we|company) (may|will|reserve the right to|can) ~3 (change|update|modify|amend|revise)",
      "(updated|revised|amended) version",
    ],
  },
  "effective-date": {
    heading: ["effective (date|as of|from)", "last (updated|revised|modified)", "date of (last )?(update|revision)", "(updated|revised) (on|as of)"],
    all: [[["effective", "(last |was )?(updated|revised|modified|amended)", "last (update|revision)", "as of", "version", "dated", "published"], ["{date}"]]],
  },
  "data-subjects": {
    heading: ["data subjects", "whose (data|information)", "(who|whom) (this|the) (policy|notice|statement) (applies|covers)"],
    text: [
      "categor* of (data )?subjects",
      "data subjects? categor*",
      "(applicants|candidates) (for|to) (employment|jobs?|positions?|internships?|vacancies)",
      "job applicants",
    ],
    all: [[["(applies|relates|refers) to", "about", "of our", "from our", "(information|data) (of|about|from)"], { atLeast: 2, of: SUBJECT_CATEGORIES }]],
  },
  "processing-operations": {
    heading: ["processing operations", "how we process", "(methods|means|manner) of processing"],
    text: [
      "(automated|non-automated|manual|mixed) (and|or) (automated|non-automated|manual) processing",
      "with or without (the use of )?(automat*|automation)",
    ],
    all: [[["collection"], ["storage"], { atLeast: 5, of: PROCESSING_OPERATIONS }]],
  },
  localization: {
    heading: ["locali[sz]ation", "data (residency|locali[sz]ation)"],
    text: [
      "data (locali[sz]ation|residency)",
      "(stored?|stores|recorded|kept|hosted|located|databases?|servers?) ~ (in|on the territory of|within) (the )?(russian federation|russia)",
    ],
  },
  "request-response-time": {
    text: [
      "(respond*|repl*|answer*|fulfil*|process*|complet*|act on|handl*|acknowledg*) ~ (requests?|inquir*|it) ~ within (\\d+|one|a|two|thirty|forty-five) (calendar |business |working )?(days?|months?|weeks?)",
      "(requests?|inquir*) ~ (respond*|answer*|fulfil*|process*|complet*|handl*) ~3 within (\\d+|one|a|two|thirty|forty-five) (calendar |business |working )?(days?|months?|weeks?)",
      "within (\\d+|one|a|two|thirty|forty-five) (calendar |business |working )?(days?|months?) (of|from|after) (receiv*|receipt|getting) ~3 (request|inquir)",
      "(respond*|repl*|answer*) ~4 within (\\d+|one|a|two|thirty|forty-five) ~2 (days?|weeks?|months?)",
    ],
  },
};
