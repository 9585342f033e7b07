// Parses the built bundles (dist/, made by `npm test` before vitest runs) and proves what they can reach:
// every module they load, which package loads each network or process module, and every way to run code.
import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const DIST = path.join(__dirname, "..", "dist");
const BUNDLES = ["extension.js", "server.js", "cli.js", "lint-worker.js"];
const NETWORK_MODULES = ["net", "http", "https", "http2", "tls", "dns", "dgram"];
/** The client–server IPC: vscode-jsonrpc's Node transports (IPC channel, named pipe, loopback socket) need `net`. */
const JSONRPC_TRANSPORTS = "node_modules/vscode-jsonrpc/lib/node/main.js";
/** Names that reach the network or load code without a require() of a literal: none may appear, even as a property. */
const FORBIDDEN_NAMES = ["fetch", "WebSocket", "XMLHttpRequest", "EventSource", "sendBeacon", "createRequire", "binding", "_linkedBinding", "dlopen"];

interface Use {
  /** What the code does, e.g. `require("net")`, `eval("this")`, `require passed as a value`. */
  what: string;
  /** The original source file, from the bundle's source map. */
  source: string;
}

const parsed = new Map<string, Use[]>();

/** Every use of require, eval, Function, import() and the forbidden names in one bundle, parsed (so strings and comments do not count). */
function usesIn(bundle: string): Use[] {
  const cached = parsed.get(bundle);
  if (cached) return cached;
  const file = path.join(DIST, bundle);
  const code = readFileSync(file, "utf8");
  const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
  const tree = ts.createSourceFile(bundle, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const uses: Use[] = [];
  const record = (node: ts.Node, what: string): void => {
    const { line, character } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
    const entry = map.findEntry(line, character);
    const source = ("originalSource" in entry ? entry.originalSource : "(unmapped)").replace(/^.*\bnode_modules\//, "node_modules/");
    uses.push({ what, source });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) record(node, "import()");
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      const called = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node;
      const argument = called ? (parent as ts.CallExpression).arguments : undefined;
      const literal = argument?.length === 1 && ts.isStringLiteral(argument[0]) ? argument[0].text : undefined;
      if (FORBIDDEN_NAMES.includes(node.text)) record(node, node.text);
      else if (node.text === "require" && !isName) record(node, literal !== undefined ? `require("${literal.replace(/^node:/, "")}")` : "require passed as a value");
      else if (node.text === "eval" && !isName) record(node, evalUse(node));
      else if (node.text === "Function" && called) record(node, "Function()");
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  parsed.set(bundle, uses);
  return uses;
}

/** `(0, eval)("this")` is the old way to reach the global object; anything else is code built at run time. */
function evalUse(node: ts.Identifier): string {
  let callee: ts.Node = node;
  while (ts.isBinaryExpression(callee.parent) || ts.isParenthesizedExpression(callee.parent)) callee = callee.parent;
  const call = callee.parent;
  if (ts.isCallExpression(call) && call.expression === callee && call.arguments.length === 1 && ts.isStringLiteral(call.arguments[0])) {
    return `eval(${JSON.stringify(call.arguments[0].text)})`;
  }
  return "eval";
}

/** "bundle: what from source" for every use `keep` selects, sorted, each once. */
function uses(keep: (what: string) => boolean): string[] {
  const lines = BUNDLES.flatMap((bundle) => usesIn(bundle).filter((use) => keep(use.what)).map((use) => `${bundle}: ${use.what} from ${use.source}`));
  return [...new Set(lines)].sort();
}

const requireOf = (modules: string[]) => (what: string) => modules.some((name) => what === `require("${name}")`);

describe("the bundles", () => {
  it("load every module by a literal name (so their require() calls are the whole list) and build no code at run time", () => {
    expect(BUNDLES.every((bundle) => usesIn(bundle).some((use) => use.what.startsWith("require(")))).toBe(true);
    expect(uses((what) => !what.startsWith("require("))).toEqual([
      'cli.js: eval("this") from node_modules/format/format.js',
      // UMD wrappers asking `typeof require === "function"`: they test for require, they do not load with it.
      "cli.js: require passed as a value from node_modules/pluralize/pluralize.js",
      "lint-worker.js: require passed as a value from node_modules/pluralize/pluralize.js",
      "server.js: require passed as a value from node_modules/pluralize/pluralize.js",
      "extension.js: require passed as a value from node_modules/vscode-languageserver-types/lib/umd/main.js",
      'lint-worker.js: eval("this") from node_modules/format/format.js',
      "server.js: require passed as a value from node_modules/vscode-languageserver-types/lib/umd/main.js",
      'server.js: eval("this") from node_modules/format/format.js',
    ].sort());
  });

  it("load a network module only for the client–server IPC: net, from vscode-jsonrpc, in the extension and the server", () => {
    expect(uses(requireOf(NETWORK_MODULES))).toEqual([`extension.js: require("net") from ${JSONRPC_TRANSPORTS}`, `server.js: require("net") from ${JSONRPC_TRANSPORTS}`]);
  });

  it("start a process only to run the language server: child_process from the client library, and from the server library's unused global-module lookup", () => {
    expect(uses(requireOf(["child_process"]))).toEqual([
      'extension.js: require("child_process") from node_modules/vscode-languageclient/lib/node/main.js',
      'extension.js: require("child_process") from node_modules/vscode-languageclient/lib/node/processes.js',
      'server.js: require("child_process") from node_modules/vscode-languageserver/lib/node/files.js',
    ]);
  });
});
