/**
 * The command line's cost against a bare ExcelJS read + write of the same workbook, at several sizes, with
 * peak memory. Each measurement runs in a child process of its own, so that its peak resident memory
 * (maxRSS) is its own and not what an earlier size left behind.
 */

import { fork } from "child_process";
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { getPreset } from "../engine/ruleset";
import { runScoring } from "../workbook/run";
// The command line's own file module: it gives the package Node's zlib, as \`jixiao score\` has it.
import { writeXlsx } from "../workbook/xlsx/file";
import { openPackage } from "../workbook/xlsx/package/package-port";
import { exceljsBytes, generatedRows } from "./generate";
import { medianMs, ms, ratio, row } from "./timing";

type Mode = "score" | "bare";

interface Measured {
  ms: number;
  /** Processor time (user + system): on a shared machine it varies far less than the wall clock. */
  cpuMs: number;
  maxRssMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bare(bytes: Uint8Array): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  await wb.xlsx.writeBuffer();
}

async function score(bytes: Uint8Array): Promise<void> {
  const rs = getPreset("national-2020");
  if (!rs) throw new Error("national-2020 preset missing");
  const opened = await openPackage("bench.xlsx", bytes);
  if (!opened.ok) throw new Error("bench workbook did not open");
  const port = opened.port;
  await runScoring(port, rs, {
    file: "bench.xlsx",
    ruleSetName: rs.name,
    lang: "zh-CN",
    now: "2026-01-01T00:00:00Z",
  });
  writeXlsx(port);
}

/** In the child: run one mode on one file, `runs` times, and report the median time and the peak memory. */
async function child(mode: Mode, file: string, runs: number): Promise<void> {
  const bytes = new Uint8Array(await fs.readFile(file));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    wall.push(await medianMs(() => (mode === "score" ? score(bytes) : bare(bytes)), 1));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const result: Measured = {
    ms: median(wall),
    cpuMs: median(cpu),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.send?.(result);
}

function measure(mode: Mode, file: string, runs: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const p = fork(__filename, ["--cli-bench-child", mode, file, String(runs)], {
      execArgv: ["--max-old-space-size=4096"],
    });
    let got: Measured | undefined;
    p.on("message", (m) => (got = m as Measured));
    p.on("error", reject);
    p.on("exit", (code) =>
      got ? resolve(got) : reject(new Error(`bench child ${mode} exited with ${code}`))
    );
  });
}

async function workbookFile(dir: string, n: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  for (const r of generatedRows(n)) ws.addRow(r);
  const file = path.join(dir, `bench-${n}.xlsx`);
  await fs.writeFile(file, await exceljsBytes(wb));
  return file;
}

export async function benchCli(sizes: number[]): Promise<void> {
  console.log(
    "\n命令行 Command line: scoring a workbook (read, evaluate, plan, write) against a bare ExcelJS read + write of the same file; peak memory (maxRSS) of each, in a process of its own"
  );
  const W = [8, 11, 13, 8, 11, 13, 8, 12, 13, 13];
  const head = ["rows", "score", "ExcelJS r+w", "ratio", "score CPU", "ExcelJS CPU", "ratio"];
  console.log(row([...head, "score peak", "ExcelJS peak", "CPU per 1k"], W));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-bench-"));
  try {
    for (const n of sizes) {
      const file = await workbookFile(dir, n);
      // the median of five in one process: a single run on a shared machine moves by a third
      const runs = n >= 50_000 ? 1 : 5;
      const base = await measure("bare", file, runs);
      const scored = await measure("score", file, runs);
      console.log(
        row(
          [
            n,
            ms(scored.ms),
            ms(base.ms),
            ratio(scored.ms, base.ms),
            ms(scored.cpuMs),
            ms(base.cpuMs),
            ratio(scored.cpuMs, base.cpuMs),
            `${scored.maxRssMb.toFixed(0)} MB`,
            `${base.maxRssMb.toFixed(0)} MB`,
            ms((scored.cpuMs / n) * 1000),
          ],
          W
        )
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  console.log(
    "target: at most 1.0× a bare ExcelJS read + write at 10,000 rows, cost linear in rows"
  );
}

const at = process.argv.indexOf("--cli-bench-child");
if (at >= 0) {
  const [mode, file, runs] = process.argv.slice(at + 1);
  void child(mode as Mode, file, Number(runs)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

/** `node dist/bench/src/bench/cli-bench.js [sizes...]`: only this part of the bench, while iterating. */
if (require.main === module && at < 0) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  void benchCli(sizes.length ? sizes : [1_000, 10_000, 50_000]);
}
