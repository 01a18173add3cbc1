/**
 * `jixiao batch --jobs N`: workbooks scored in N worker threads (batch-worker.ts), each with a bounded heap.
 * Results come back in input order whatever order they finish in; a worker that crashes or runs out of memory
 * costs its one workbook (a row with the reason), and a fresh worker takes the rest.
 */

import * as os from "os";
import { Worker } from "worker_threads";
import { type Evaluation, type Message, msg, type Problem, type RuleSet } from "../engine";
import type { CommonOptions } from "./args";

/** What the pool asks of a worker: one workbook, and where its scored copy goes. */
export interface BatchTask {
  index: number;
  input: string;
  out: string;
}

export type TaskResult =
  | { index: number; ok: true; evaluation: Evaluation; out: string; notices: Message[] }
  | { index: number; ok: false; problem: Problem | Message };

/** What every worker is started with (workerData): plain data only, it is structured-cloned. */
export interface WorkerSetup {
  ruleSet: RuleSet;
  options: CommonOptions;
}

/**
 * Each worker's old-generation heap, in MB: three quarters of the machine's memory shared among the jobs, at
 * least 256 and at most 4,096 (a 10,000-row workbook's whole run peaks near 320 MB: docs/benchmarks.md).
 * JIXIAO_WORKER_HEAP_MB sets it.
 */
export function workerHeapMb(jobs: number): number {
  const set = Number(process.env.JIXIAO_WORKER_HEAP_MB);
  if (Number.isInteger(set) && set > 0) return set;
  const share = Math.floor(((os.totalmem() / 2 ** 20) * 0.75) / jobs);
  return Math.max(256, Math.min(4096, share));
}

export interface PoolOptions {
  workerFile: string;
  jobs: number;
  setup: WorkerSetup;
  /** Called as each workbook finishes, in the order they finish. */
  onDone: (task: BatchTask, result: TaskResult) => void;
}

export async function scoreInWorkers(
  tasks: readonly BatchTask[],
  { workerFile, jobs, setup, onDone }: PoolOptions
): Promise<TaskResult[]> {
  const results: TaskResult[] = new Array(tasks.length);
  const heapMb = workerHeapMb(jobs);
  let next = 0;

  const lane = (): Promise<void> =>
    new Promise((resolve) => {
      let current: BatchTask | null = null;
      let worker: Worker;
      const finish = (result: TaskResult): void => {
        if (!current) return;
        const task = current;
        current = null;
        results[task.index] = result;
        onDone(task, result);
      };
      const feed = (): void => {
        if (next >= tasks.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = tasks[next++];
        worker.postMessage(current);
      };
      const start = (): void => {
        worker = new Worker(workerFile, {
          workerData: setup,
          resourceLimits: { maxOldGenerationSizeMb: heapMb },
        });
        worker.on("message", (result: TaskResult) => {
          finish(result);
          feed();
        });
        // An uncaught failure or exhausted heap ends the worker: its workbook is a row with the reason.
        worker.on("error", (e: Error & { code?: string }) => {
          if (!current) return;
          finish({
            index: current.index,
            ok: false,
            problem:
              e.code === "ERR_WORKER_OUT_OF_MEMORY"
                ? msg("cli.outOfMemory", { file: current.input, mb: heapMb })
                : msg("cli.failed", { file: current.input }),
          });
        });
        worker.on("exit", () => {
          if (current)
            finish({
              index: current.index,
              ok: false,
              problem: msg("cli.failed", { file: current.input }),
            });
          if (next < tasks.length) {
            start();
            feed();
          } else resolve();
        });
      };
      start();
      feed();
    });

  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, lane));
  return results;
}
