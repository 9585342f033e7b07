// Faults tests/server-faults.test.ts injects into the lint worker, to prove the language server survives them:
// no real input makes a rule throw or the worker die. Inert unless the test sets POLICYLINT_TEST_FAULTS=1.
import { lint, type LintRequest } from "../engine/lint";
import { RULES } from "../engine/rules";

export const TEST_FAULTS_ENV = "POLICYLINT_TEST_FAULTS";
/** A document that holds this makes THROWING_RULE throw. */
export const RULE_THROWS_MARKER = "policylint-test-fault: rule throws";
export const THROWING_RULE = "placeholder";
/** A document that holds this makes the worker exit while linting it. */
export const WORKER_EXITS_MARKER = "policylint-test-fault: worker exits";
export const WORKER_EXIT_CODE = 70;

/** lint(), with the faults a marker in the text asks for when the variable is set. */
export function lintWithTestFaults(request: LintRequest): ReturnType<typeof lint> {
  if (process.env[TEST_FAULTS_ENV] !== "1") return lint(request);
  if (request.text.includes(WORKER_EXITS_MARKER)) process.exit(WORKER_EXIT_CODE);
  if (!request.text.includes(RULE_THROWS_MARKER)) return lint(request);
  const throwing = (): never => {
    throw new Error("injected fault");
  };
  return lint({ ...request, rules: RULES.map((rule) => (rule.meta.id === THROWING_RULE ? { ...rule, check: throwing } : rule)) });
}
