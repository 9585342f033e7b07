import type { WordingVocabulary } from "./phrases";

/** Being answerable for something, as a word and as a noun. */
const LIABLE = "(liable|responsible|accountable|answerable)";
const LIABILITY = "(liabilit(y|ies)|responsibilit(y|ies))";
const NEGATION = "(not|never|no|nor|cannot|can't|won't|don't|doesn't|isn't|aren't|shan't)";

// Not "remove", "suspend" or "disable": those take down content or close accounts, which other clauses cover.
const CHANGE_VERB = "(chang*|modif*|amend*|updat*|revis*|alter(s|ed|ing|ation|ations)?|supplement*|discontinu*|cease)";
/** What a provider changes on its own: its terms, its policy, its service and prices (not "the exchange rate may change"). */
const CHANGEABLE =
  "(terms|t&cs?|tos|agreements?|polic(y|ies)|notice|statement|conditions|rules|services?|features?|functionalit(y|ies)|prices?|pricing|fees?|rates|limits|timetables?|requirements|parameters|currencies|apps?|application|websites?|sites?|products?|offerings?|programs?|platform|this|these|them|it|any part|all or part)";

/** Being bound: to the terms, the policy, its changes, or what is done with the data (not to a promise about conduct). */
const ACCEPTS =
  "(agree*|accept*|consent*|acknowledg*|signif*|confirm*|bound|binding|acceptance|assent) ~8 (terms|agreement|polic(y|ies)|conditions|tos|eula|changes|modifications|amendments|revisions|version|practices|notice|statement|rules|guidelines|collection|processing|transfer|cookies|them)";

export const ENGLISH_PHRASES: WordingVocabulary = {
  "liability-disclaimer": {
    claims: [
      {
        cues: [
          `${NEGATION} ~5 ${LIABLE}`,
          `(assum*|accept*|bear*|tak*|have|has|incur*|undertak*|hold) no ~3 ${LIABILITY}`,
          `${NEGATION} ~3 (assum*|accept*|bear*|tak*|incur*|undertak*|have|has) ~4 ${LIABILITY}`,
          `without ~3 (any )?(ongoing )?(obligation or )?${LIABILITY}`,
          `disclaim* ~6 (${LIABILITY}|damages)`,
          "in no (event|case|way) ~25 (liable|responsible|liability|exceed*)",
          "under no circumstances ~25 (liable|responsible|liability)",
          "(total|aggregate|maximum|entire|cumulative) ~3 liabilit*",
          "(this|these|the|such|foregoing) (limitations?|exclusions?) ~6 (appl(y|ies)|survive*|extend*)",
          "(compensation|damages|reimbursement|refunds?) ~6 (limited|capped|(shall|will|may) not exceed|no greater than)",
          "recover only ~3 damages",
          "(not required|no obligation|not obliged|not obligated|under no obligation) to (provide|give|issue|pay|make|offer) ~3 (refund*|compensation|reimburs*)",
          "refunds? ~3 only",
          `(solely|entirely|fully|exclusively) ${LIABLE} for ~6 (damage*|loss*|harm|risk*|costs?)`,
          "(entire|whole|sole) risk ~10 (remains|rests|lies|is) ~3 (with )?you",
          "(release*|discharge*) ~15 (claims?|liabilit*|demands)",
          "with no ~3 liabilit*",
          `(only|solely) be ${LIABLE}`,
          "liable only",
          "liabilit(y|ies) ~10 (limited|capped|excluded|(shall|will|may) not exceed)",
          // Verbs only: "limitations of liability" merely names a section.
          "(limit|limits|limiting|exclude|excludes|excluding|caps?|capped) ~3 liabilit*",
          `${NEGATION} ~2 (guarantee|warrant|promise|ensure) ~8 (secur*|safe*|protect*|integrity)`,
        ],
      },
    ],
    unless: [
      // The law's own limits left intact: CLAUDETTE's fair grade.
      "nothing in ~8 (exclude*|limit*|restrict*|affect*|remove*|prejudice*)",
      `${NEGATION} ~3 (purport to )?(exclude*|limit*|restrict*|affect*) ~6 (liabilit*|rights)`,
      "(except|save|other than|unless) ~6 (gross(ly)? negligen*|wil+ful misconduct|intent*|fraud*|deliberate*)",
      "(except|save|other than) ~4 (as )?(required|provided|mandated) by ~2 (law|statute)",
      "(do|does) not (allow|permit) the (exclusion|limitation)",
      "(may|will|shall|do|does) not apply to (you|users|consumers)",
      "(caused by|due to|resulting from|as a result of|arising from) ~3 (your|the user's|user's) (own )?(fault|negligence|breach|misuse)",
      // Affirmations: the company answers for something.
      `(we|company|controller) (are|is|remain*|will be|shall be) ${LIABLE} (for|to)`,
    ],
  },

  "unilateral-change": {
    claims: [
      {
        cues: [
          `(may|might|can|could|will|reserve* ~3 right ~6 to|right to|entitled to|free to) ~4 (make ~3 )?${CHANGE_VERB} ~8 ${CHANGEABLE}`,
          `${CHANGEABLE} ~6 (may|might|can|will) ~4 (changed|modified|amended|updated|revised|altered|supplemented|discontinued)`,
          `${CHANGEABLE} ~3 (may|might|can|could|will) ~2 (change|vary) ~3 (from time to time|occasionally|at any time|without notice)`,
          "subject to (change|modification|amendment|revision)",
          `${CHANGE_VERB} ~10 (without ~3 (notice|notification|warning|informing|telling)|at (our|its|their) ~3 discretion)`,
          `(without ~3 (notice|notification)|at (our|its|their) ~3 discretion) ~10 ${CHANGE_VERB}`,
          "(review|check|consult|visit|revisit|re-?read|look at) ~4 (this|these|the|our|it|them) ~4 (periodically|regularly|frequently|often|from time to time|each time|every time|for (any )?(changes|updates|modifications))",
          "(periodically|regularly|frequently) (review|check|visit|consult) (this|these|the|our) ~3 (polic(y|ies)|terms|page|agreement|notice|statement|tos|conditions|site|website)",
          "(constantly|continuously|continually) ~2 (chang*|evolv*)",
          "(no|not under any|not under an) obligation to (notify|inform|tell|alert)",
          "(add|expand) ~3 (or|and|and/or) ~2 remove",
          "(your )?responsibilit(y|ies) to ~4 (review|check|read|visit)",
          "(effective|take effect|in effect|become binding|binding|apply|applies) ~3 (immediately|upon|when|as soon as|from the moment|on) ~4 (post*|publi*|upload*|placement|made available)",
          "(notify|inform|let) ~6 (by|through) (posting|publishing|updating)",
        ],
      },
    ],
    unless: [
      // Announced in advance, with the right to say no.
      "\\d+ ~2 days ~6 (notice|before|in advance|prior)",
      "(notify|inform|tell|email|e-mail|alert|contact) ~6 (in advance|before ~4 (take|takes|taking|become*|come*|go*) (into )?effect|prior to ~4 effect)",
      "(give|provide|send) ~3 (you )?(advance|prior|reasonable) notice",
      "(notify|notice|inform) ~8 (by|via) ~3 (e-?mail*|sending|notification|message)",
      "(right to|you (may|can)) ~3 (object|reject|terminate|cancel|close your account)",
      // About the reader's own choices, or about what does not change.
      `(you|users?|customers?|members?|visitors?) (may|can|might|could|will|shall|must|agree to|are able to|have the right to) ~4 ${CHANGE_VERB}`,
      // Right before the verb: "not limited to, a change of law" denies nothing.
      `${NEGATION} (always )?(be |make (any )?)?(chang*|modif*|amend*|alter*|revis*|updat*|enforce)`,
      // A licence the reader grants: "the right to use, copy, modify, display".
      "(use|copy|reproduce),? ~3 (modify|adapt|alter)",
      // Software updates, and changes made only for stated reasons.
      "(install*|download*|automatic*) ~4 updat*",
      "(only|solely) ~3 (chang*|modif*) (if|when|where|as)",
    ],
  },

  "consent-by-use": {
    claims: [
      {
        cues: [
          `by ~5 (accessing|using|visiting|browsing|downloading|installing|continuing|registering|signing up|creating ~3 account|logging in|playing|entering|submitting|providing|opening|activating|subscribing) ~25 ${ACCEPTS}`,
          `(continued|further|ongoing|subsequent) (use|access|usage) ~20 ${ACCEPTS}`,
          `(if|when|once|whenever) you (continue|choose|decide|elect|keep) (to )?(use|using|access|accessing|visit) ~12 ${ACCEPTS}`,
          `(if|when|once|whenever) you (use|access|visit|browse|download|install|create|register|sign up) ~12 ${ACCEPTS}`,
          `${ACCEPTS} ~8 if you (continue|keep) (to )?(use|using|access|accessing)`,
          "(use|using|access|accessing|usage|visit|visits|visiting|browsing) ~15 (constitut*|serves? as|mean*|signif*|indicat*|confirm*|deemed) ~2 (your|you) (agree*|accept*|consent*|assent)",
          "deemed to (have )?(accept*|agree*|consent*) ~10 (when|by|upon|if|once) ~4 (use|using|access*|visit*|download*|install*|log*|sign*|regist*|open*|continu*)",
          `(if you do not|if you don't|unless you) ~2 (terminate|cancel|object|opt out|close|stop|reject) ~12 ${ACCEPTS}`,
          `(failure|fail*) to (cancel|terminate|stop|cease|object|opt out) ~15 ${ACCEPTS}`,
        ],
      },
    ],
    unless: ["(tick*|check*|select*) ~3 (box|checkbox)", "(asked|opportunity|prompted|invited) to (agree|accept|consent)"],
  },

  "vague-recipients": {
    claims: [
      {
        cues: [
          // The plural only: "third-party" before a noun names a kind of thing, not a recipient.
          "(other |unaffiliated |certain |selected |various |some )?third(-| )parties",
          "(other|certain|selected|various) (companies|entities|organi[sz]ations|persons|parties|businesses)",
          "(our|business|trusted|selected|commercial) partners",
        ],
        replacement: "[CATEGORIES OF RECIPIENTS]",
      },
    ],
    with: ["(share*|sharing|disclos*|transfer*|provid*|sell|sells|selling|sold|pass*|giv*|send*|transmit*|rent*|licens*|trade|made available|make available|access to)"],
    unless: [
      `${NEGATION} ~4 (share|sell|disclose|rent|transfer|provide|pass|give|trade|sold|shared|disclosed)`,
      "(such as|including|e\\.g|for example|for instance|namely|like|in order to|for the purposes?|for (these|those|this|such|the following) purposes?|in the following (cases|circumstances)|to help us|to provide|who (help|assist|provide|process|perform|act)|that (help|assist|provide|perform|process)|service providers?|processors?|vendors?|contractors?|payment|hosting|analytics|advertis*|law enforcement|authorities|courts?|regulators?)",
      // Recipients named just before, and access nobody was given.
      "(these|those|such|the following|above|listed|named|mentioned) ~1 third(-| )parties",
      "(unauthori[sz]ed|unlawful|accidental) ~3 (access|disclosure)",
    ],
  },

  "vague-retention": {
    claims: [
      {
        cues: [
          "(for )?(as|so) long as ~4 (necessary|needed|required|we need|reasonably|appropriate|permitted|useful|relevant)",
          "for ~2 (period|time|duration) ~3 (necessary|needed|required|appropriate)",
          "(indefinitely|forever|permanently|in perpetuity|without (a )?time limit|for an? (unlimited|indefinite) (period|time))",
          // The lookbehind follows the words it checks, so it runs only where they stand.
          "(as|where|when) (necessary|needed|required|appropriate)(?<=(?<![a-z])(retain*|keep*|kept|stor*|hold*|held|maintain*|preserv*) ~12 (as|where|when) (necessary|needed|required|appropriate))",
        ],
        replacement: "for [RETENTION PERIOD]",
      },
      {
        // No words to swap here: the whole clause needs a period.
        cues: [
          "(retain*|keep*|kept|stor*|held|maintain*) ~8 (as described in|in accordance with) ~3 (this|our|the) (privacy )?(policy|notice|statement)",
          "not (possible|able|feasible) ~6 (specify|state|determine|predict|say) ~8 (period*|how long|duration)",
          // "Not longer than necessary" would read "not for [PERIOD]" with the words swapped.
          "longer than ~4 (necessary|needed|required)",
          "(for|within|in|after) an? (reasonable|certain|limited|appropriate) (period|amount) of time",
        ],
      },
    ],
    with: ["(retain*|retention|keep*|kept|stor*|hold*|held|maintain*|preserv*|delet*|eras*|destroy*|period*)"],
    unless: ["\\d+ ~2 (days?|weeks?|months?|years?)", "(one|two|three|four|five|six|seven|ten|twelve|thirty|ninety) (days?|weeks?|months?|years?)"],
  },

  "vague-term": {
    claims: [
      { cues: ["(includ(ing|es)|include),? (but|and) (are |is )?not limited to", "including,? without limitation"], replacement: "including" },
      { cues: ["from time to time", "(occasionally|periodically)(?! review)"], replacement: "" },
      { cues: ["(generally|typically|usually|normally|largely|mostly|often|primarily),?"], replacement: "" },
      // The full stop after "etc." is left: it usually ends the sentence too. No optional break in front: a run
      // of spaces would be rescanned from each of its positions.
      { cues: ["(etc|and (the like|so on|so forth)|among other things)"], replacement: "[FULL LIST]" },
      {
        cues: [
          // Not "as necessary": "as long as necessary" is vague-retention's.
          "(where|when|if) (appropriate|applicable|necessary|needed|relevant|reasonable)",
          "as (appropriate|applicable|relevant)",
          "(in|under) (certain|some|specific) (cases|circumstances|situations)",
        ],
        replacement: "[WHEN EXACTLY]",
      },
      // The lookbehind follows the modal, so it is tried only where one stands.
      { cues: ["(may|might|could)(?<=(?<![a-z])we (may|might|could))(?= (also )?(use|share|collect|disclose|process|transfer|retain|keep|store|combine|sell|receive|obtain|send|contact))"], replacement: "[WILL / WILL NOT]" },
      {
        cues: ["(some|certain|various|several|numerous|a (number|variety) of) ~1 (of )?(your )?(personal )?(data|information|cases|circumstances|purposes|partners|companies|countries|services|providers|categories)"],
        replacement: "[WHICH ONES]",
      },
    ],
  },

  "asset-transfer": {
    claims: [
      {
        cues: [
          "(merg(e|es|ed|er|ers|ing)|acquisition|(is|are|be|being|been|get|gets) acquired|bankruptcy|insolvency|reorgani[sz]ation|divestiture|receivership|liquidation|change (of|in) (control|ownership))",
          "(sale|sell|sold|transfer*|assign*|divid*) ~3 (of )?(all or (a )?(part|portion) of |substantially all of )?(its|our|the|their|company's) ~2 (assets|business|company|stock|shares)",
        ],
      },
    ],
    with: ["(transfer*|pass*|disclos*|shar*|sold|sell*|assets|successor*|buyer*|acquirer*|purchaser*)"],
    unless: [
      `${NEGATION} ~4 (sell|transfer|trade|rent)`,
      // The reader is told first, or the buyer keeps the promises.
      "(notify|inform|tell) ~6 (before|prior to|in advance)",
      "(bound by|subject to|honou?r|continue to ~2 (protect*|govern*)) ~6 (this|the|our) ~3 (polic(y|ies)|notice|statement|commitments)",
    ],
  },
};
