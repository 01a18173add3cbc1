/**
 * `jixiao batch` on N copies of the sample workbook: one after another (--jobs 1) against worker threads
 * (--jobs 2 and the default), in this process, the same command the user runs. The machine's load average is
 * printed beside, since other work on a shared machine takes cores from the threads.
 */

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main as commandLine } from "../cli/main";
import { ms, ratio, row } from "./timing";

const W = [8, 12, 14, 26, 12];
const QUIET = { log: () => undefined, err: () => undefined };

interface Timed {
  wallMs: number;
  /** CPU time of this process, all its threads: what the work costs whatever else the machine runs. */
  cpuMs: number;
}

async function timeBatch(folder: string, summary: string, jobs: number): Promise<Timed> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const code = await commandLine(
    ["batch", folder, "--summary", summary, "--jobs", String(jobs), "--quiet"],
    QUIET
  );
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  if (code !== 0) throw new Error(`batch --jobs ${jobs} exited ${code}`);
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: elapsed, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function clearScored(folder: string): Promise<void> {
  for (const name of await fs.readdir(folder))
    if (name.endsWith(".scored.xlsx")) await fs.rm(path.join(folder, name));
}

export async function benchBatch(sample: string, count: number): Promise<void> {
  const cores = os.availableParallelism();
  console.log(
    `\n批量 Batch: ${count} copies of the sample workbook, --jobs 1 (in process, one by one) against worker threads; ${cores} cores`
  );
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-batch-bench-"));
  const folder = path.join(dir, "in");
  await fs.mkdir(folder);
  try {
    for (let i = 0; i < count; i++)
      await fs.copyFile(sample, path.join(folder, `w${String(i).padStart(4, "0")}.xlsx`));
    const load = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ");
    const before = load();
    const summary = path.join(dir, "summary.xlsx");
    const one = await timeBatch(folder, summary, 1);
    await clearScored(folder);
    console.log(row(["jobs", "time", "per workbook", "speed-up against --jobs 1", "CPU time"], W));
    console.log(row(["1", ms(one.wallMs), ms(one.wallMs / count), "1.00×", ms(one.cpuMs)], W));
    for (const jobs of [...new Set([2, cores])]) {
      const t = await timeBatch(folder, summary, jobs);
      await clearScored(folder);
      console.log(
        row(
          [
            String(jobs),
            ms(t.wallMs),
            ms(t.wallMs / count),
            ratio(one.wallMs, t.wallMs),
            ms(t.cpuMs),
          ],
          W
        )
      );
    }
    console.log(`load average before ${before}, after ${load()} (1, 5, 15 min)`);
    // V8's collector and compiler threads already use a second core in the one-by-one run: the ceiling
    // more threads can reach is the cores over what that run keeps busy.
    const busy = one.cpuMs / one.wallMs;
    console.log(
      `--jobs 1 keeps ${busy.toFixed(2)} cores busy (CPU time / wall time): at most ${(cores / busy).toFixed(2)}× from ${cores} cores`
    );
    console.log("target: ≥ 1.8× with --jobs 2 on 2 idle cores");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
