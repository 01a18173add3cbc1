/** One worker thread of `jixiao batch --jobs N` (batch-pool.ts): scores the workbooks it is sent, one at a time. */

import { parentPort, workerData } from "worker_threads";
import { asProblem, scoreOne } from "./main";
import type { BatchTask, TaskResult, WorkerSetup } from "./batch-pool";

const { ruleSet, options } = workerData as WorkerSetup;

parentPort?.on("message", (task: BatchTask) => {
  void scoreOne(task.input, task.out, ruleSet, options)
    .then(
      (scored): TaskResult => ({
        index: task.index,
        ok: true,
        evaluation: scored.evaluation,
        out: scored.out,
        notices: scored.notices,
      }),
      (e: unknown): TaskResult => ({
        index: task.index,
        ok: false,
        problem: asProblem(e, task.input),
      })
    )
    .then((result) => parentPort?.postMessage(result));
});
