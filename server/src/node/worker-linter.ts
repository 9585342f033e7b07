import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { PolicyDocument, Span } from "../engine/document";
import { lint, unlintedResult, type LintRequest, type LintResult } from "../engine/lint";
import { LineIndex } from "../engine/text";

/** What crosses to the worker: plain data only. */
export type WorkerLintRequest = Pick<LintRequest, "text" | "fileName" | "options" | "overrides" | "format" | "translation">;
/** The document without its text and line index, which the front end already has or rebuilds. */
export type DocumentData = Omit<PolicyDocument, "text" | "lines" | "runs"> & { runs: Span[] };
export type WorkerReply =
  | { kind: "ready" }
  | { kind: "result"; result: Omit<LintResult, "document"> & { document?: DocumentData } }
  | { kind: "failure"; message: string };

/** Milliseconds; overrides every front end's deadline (tests set it low). */
export const LINT_TIMEOUT_ENV = "POLICYLINT_LINT_TIMEOUT_MS";

export function lintTimeoutMs(defaultMs: number, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env[LINT_TIMEOUT_ENV]);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : defaultMs;
}

/**
 * The worker script sits beside the bundled server and CLI (dist/). Run from the TypeScript sources
 * (vitest) there is none, and linting stays on the calling thread with no deadline, so mocked engine
 * modules still apply; a test can pass dist/lint-worker.js explicitly.
 */
function bundledWorkerScript(): string | undefined {
  const script = path.join(__dirname, "lint-worker.js");
  return existsSync(script) ? script : undefined;
}

interface Job {
  request: WorkerLintRequest;
  /** True once nobody wants the result (a newer version, a closed document). */
  isStale?: () => boolean;
  resolve(result: LintResult): void;
  reject(error: Error): void;
}

/**
 * Lints in a worker thread, one request at a time, and stops a lint that passes the deadline: the
 * worker is terminated and a fresh one serves the next request. A queued request that has gone stale
 * is answered as cancelled without running; a running one that has gone stale is stopped as soon as
 * another request is waiting, since its result would be dropped anyway.
 */
export class WorkerLinter {
  private worker?: Worker;
  private ready = false;
  private running?: Job;
  private deadline?: NodeJS.Timeout;
  private readonly queue: Job[] = [];

  constructor(
    private readonly timeoutMs: number,
    private readonly script: string | undefined = bundledWorkerScript(),
  ) {}

  /** Starts the worker ahead of the first lint, so loading the engine overlaps the client's handshake. */
  warmUp(): void {
    if (!this.script || this.worker) return;
    this.startWorker().unref();
  }

  async lint(request: WorkerLintRequest, isStale?: () => boolean): Promise<LintResult> {
    if (!this.script) return lint({ ...request, isCancelled: isStale });
    return new Promise((resolve, reject) => {
      this.queue.push({ request, isStale, resolve, reject });
      this.startNext();
    });
  }

  private startNext(): void {
    if (this.running) {
      if (!this.queue.length || !this.running.isStale?.()) return;
      this.stopWorker();
      return this.settle((job) => job.resolve(unlintedResult({ cancelled: true })));
    }
    let job: Job | undefined;
    while ((job = this.queue.shift())?.isStale?.()) job.resolve(unlintedResult({ cancelled: true }));
    if (!job) {
      // An idle worker must not keep the CLI's process alive.
      this.worker?.unref();
      return;
    }
    this.running = job;
    const worker = this.worker ?? this.startWorker();
    worker.ref();
    if (this.ready) this.send(worker, job);
  }

  private startWorker(): Worker {
    const worker = new Worker(this.script!);
    this.worker = worker;
    this.ready = false;
    const failed = (message: string): void => {
      if (worker !== this.worker) return;
      this.stopWorker();
      this.settle((job) => job.reject(new Error(message)));
    };
    worker.on("message", (reply: WorkerReply) => {
      if (worker !== this.worker) return;
      if (reply.kind === "ready") {
        this.ready = true;
        if (this.running) this.send(worker, this.running);
      } else if (reply.kind === "failure") {
        this.settle((job) => job.reject(new Error(reply.message)));
      } else {
        this.settle((job) => job.resolve(withDocument(reply.result, job.request.text)));
      }
    });
    worker.on("error", (error) => failed(`the lint worker failed: ${error.message}`));
    worker.on("exit", (code) => failed(`the lint worker stopped unexpectedly (exit code ${code})`));
    return worker;
  }

  /** The deadline counts linting only, not the worker's start-up. */
  private send(worker: Worker, job: Job): void {
    worker.postMessage(job.request);
    this.deadline = setTimeout(() => {
      this.stopWorker();
      this.settle((stopped) => stopped.resolve(unlintedResult({ error: timeoutMessage(this.timeoutMs) })));
    }, this.timeoutMs);
  }

  /** Answers the running job and moves on to the next. */
  private settle(answer: (job: Job) => void): void {
    const job = this.running;
    clearTimeout(this.deadline);
    this.running = undefined;
    if (job) answer(job);
    this.startNext();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    void worker?.terminate();
  }
}

function timeoutMessage(timeoutMs: number): string {
  return `linting stopped after ${timeoutMs / 1000} s: the file is too large or too complex to lint quickly`;
}

/** The worker's result with the document whole again: its text and line index, which stayed here. */
function withDocument({ document, ...result }: Extract<WorkerReply, { kind: "result" }>["result"], text: string): LintResult {
  // A run's reading keys the worker's caches; here a fresh object stands for it, which no cache has seen.
  return { ...result, document: document && { ...document, text, lines: new LineIndex(text), runs: document.runs.map((run) => ({ ...run, reading: {} })) } };
}
