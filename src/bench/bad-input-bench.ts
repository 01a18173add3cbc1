/**
 * The large bad inputs of the corpus (bad-inputs.ts), each scored by the command line in a child process of
 * its own: exit code, time and peak memory (the child's maximum resident set). Printed, never asserted.
 */

import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { BIG_CASES, rezip } from "./bad-inputs";
// Imported so that the bench build emits the command line beside this file; the child process requires it.
import * as commandLine from "../cli/main";
import { row } from "./timing";

const W = [32, 6, 10, 12];

/** Runs in the child: score one file, print exit code and peak memory as JSON. */
const CHILD = `
const { main } = require(process.argv[1]);
main(["score", process.argv[2], "--out", process.argv[3], "--quiet"], { log() {}, err() {} }).then((code) => {
  process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));
});`;

export async function benchBadInputs(sample: string): Promise<void> {
  console.log("\n坏输入 Bad inputs: each scored in its own process (npm run bench)");
  console.log(row(["input", "exit", "time", "peak memory"], W));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-bad-bench-"));
  void commandLine;
  const cli = path.resolve(__dirname, "..", "cli", "main.js");
  const bytes = new Uint8Array(await fs.readFile(sample));
  try {
    for (const big of BIG_CASES) {
      const file = path.join(dir, "in.xlsx");
      await fs.writeFile(file, rezip(bytes, big.edit));
      const started = Date.now();
      const out = execFileSync(
        process.execPath,
        ["-e", CHILD, cli, file, path.join(dir, "out.xlsx")],
        { encoding: "utf8", maxBuffer: 1024 * 1024 }
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const { code, maxRssKb } = JSON.parse(out) as { code: number; maxRssKb: number };
      console.log(
        row([big.name, String(code), `${seconds} s`, `${(maxRssKb / 1024).toFixed(0)} MB`], W)
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  console.log("target: every case under 60 s and 1 GB (a refusal by the size check counts)");
}
