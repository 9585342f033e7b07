#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm ci` (prepare) or `npm run build`.
const path = require("node:path");
const fs = require("node:fs");
const cli = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(cli)) {
  process.stderr.write("policylint: the CLI is not built yet; run `npm run build` in " + path.dirname(__dirname) + "\n");
  process.exit(2);
}
require(cli);
