// Imported first by the server and the CLI, before any expression runs; their lint workers share the setting,
// which is the process's.
import { setFlagsFromString } from "node:v8";

// V8 first compiles a regular expression to bytecode and compiles it again to machine code once it runs a
// second time. Nearly all of the engine's thousands of expressions run many times in the first lint, so the
// first compilation is wasted work: skipping it makes a first lint about a quarter faster (server start to
// first diagnostics, a one-off CLI run) and changes nothing after.
setFlagsFromString("--no-regexp-tier-up");
