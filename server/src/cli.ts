/** The `policylint` command; everything but the process itself lives in ./cli/. */
import "./node/regexp-compilation";
import { runCli } from "./cli/main";

// `policylint ... | head` closes the pipe early: stop quietly instead of crashing on the next write.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit();
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (status) => (process.exitCode = status),
  (error: unknown) => {
    // A bug, not a user mistake: one line, no stack trace.
    process.stderr.write(`policylint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
