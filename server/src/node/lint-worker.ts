// The body of dist/lint-worker.js: runs the engine off the front end's main thread, one request at a
// time, so that a file the Markdown parser is slow on can be stopped at a deadline (see worker-linter.ts).
import { parentPort } from "node:worker_threads";
import type { PolicyDocument } from "../engine/document";
import { lintWithTestFaults } from "./test-faults";
import type { DocumentData, WorkerLintRequest, WorkerReply } from "./worker-linter";

const port = parentPort!;
const reply = (message: WorkerReply): void => port.postMessage(message);

/**
 * The front end holds the text and rebuilds the line index, a class that would not survive the copy; a run's
 * reading is the worker's cache key, of no use across the copy.
 */
function documentData({ text, lines, runs, ...data }: PolicyDocument): DocumentData {
  return { ...data, runs: runs.map(({ start, end }) => ({ start, end })) };
}

port.on("message", (request: WorkerLintRequest) => {
  try {
    const { document, ...result } = lintWithTestFaults(request);
    reply({ kind: "result", result: { ...result, document: document && documentData(document) } });
  } catch (error) {
    reply({ kind: "failure", message: error instanceof Error ? error.message : String(error) });
  }
});
reply({ kind: "ready" });
