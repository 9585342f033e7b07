// Bundles the three front ends with esbuild. The VS Code client keeps `vscode` external; the server and the CLI are self-contained.
// Both run the engine in dist/lint-worker.js, a worker thread they can stop at a deadline.
import { build } from "esbuild";

// Minified to keep the VSIX small; source maps (not shipped) and kept names make stack traces readable.
const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, minify: true, keepNames: true, logLevel: "warning" };

await Promise.all([
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
  build({ ...common, entryPoints: ["server/src/server.ts"], outfile: "dist/server.js" }),
  build({ ...common, entryPoints: ["server/src/cli.ts"], outfile: "dist/cli.js" }),
  build({ ...common, entryPoints: ["server/src/node/lint-worker.ts"], outfile: "dist/lint-worker.js" }),
]);
