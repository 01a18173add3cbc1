/**
 * `npm run bench`: every figure is printed with a baseline measured in the same run, as a ratio, because
 * the machines are shared and noisy. Targets (docs/design.md) are printed beside, never asserted.
 */

import ExcelJS from "exceljs";
import * as path from "path";
import { evaluate } from "../engine/evaluate";
import { findTables } from "../engine/locate/tables";
import { MergedView } from "../engine/locate/merged";
import { readIndicatorRows } from "../engine/locate/rows";
import { getPreset } from "../engine/ruleset";
import type { RuleSet } from "../engine/ruleset/types";
import { exceljsBytes, generatedGrid, generatedRows } from "./generate";
import { parseMany, sampleTexts } from "./quantity-bench";
import { medianMs, ms, ratio, row } from "./timing";
import { benchOffice } from "./office-bench";
import { measureResponsiveness, measureWeb } from "./web-bench";
import { benchBadInputs } from "./bad-input-bench";
import { benchForms } from "./forms-bench";
import { benchCli } from "./cli-bench";
import { benchBatch } from "./batch-bench";

const W = [26, 12, 14, 12, 30];

function national(): RuleSet {
  const rs = getPreset("national-2020");
  if (!rs) throw new Error("national-2020 preset missing");
  return rs;
}

async function workbookBytes(n: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  for (const r of generatedRows(n)) ws.addRow(r);
  return exceljsBytes(wb);
}

async function exceljsRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function benchEngine(sizes: number[]): Promise<void> {
  console.log(
    "\n引擎 Engine: evaluate() on generated national-form tables, against ExcelJS reading the same workbook"
  );
  console.log(row(["rows", "evaluate", "ExcelJS read", "ratio", "per 1k rows (linearity)"], W));
  const rs = national();
  for (const n of sizes) {
    const grid = generatedGrid(n);
    const bytes = await workbookBytes(n);
    const runs = n >= 100_000 ? 1 : 3;
    const tEngine = await medianMs(
      () => evaluate([grid], rs, { file: "bench.xlsx", ruleSetName: rs.name }),
      runs
    );
    const tRead = await medianMs(() => exceljsRead(bytes), runs);
    console.log(
      row([n, ms(tEngine), ms(tRead), ratio(tEngine, tRead), ms((tEngine / n) * 1000)], W)
    );
  }
  console.log("target: 100,000 rows evaluated in under 1 s, cost linear in rows");
}

async function benchReading(n: number): Promise<void> {
  console.log(
    `\n读取 Reading: ${n.toLocaleString("en-US")} values parsed, and ${n.toLocaleString("en-US")} rows located and read, against a plain Number() pass`
  );
  const texts = sampleTexts(n);
  const grid = generatedGrid(n);
  const tBase = await medianMs(() => texts.reduce((s, t) => s + (Number(t.trim()) || 0), 0));
  const tParse = await medianMs(() => parseMany(texts));
  const tRows = await medianMs(() => {
    const view = new MergedView(grid);
    for (const t of findTables(grid)) readIndicatorRows(view, t);
  });
  console.log(row(["what", "time", "baseline", "ratio"], W));
  console.log(row(["parse values", ms(tParse), ms(tBase), ratio(tParse, tBase)], W));
  console.log(row(["locate + read rows", ms(tRows), ms(tBase), ratio(tRows, tBase)], W));
  console.log("target: reading 100,000 rows' values under 0.5 s");
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  console.log(
    `绩效评分助手 benchmarks — node ${process.version}, ${new Date().toISOString()}${quick ? " (quick)" : ""}`
  );
  await benchEngine(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
  await benchReading(quick ? 10_000 : 100_000);
  await benchCli(quick ? [1_000, 2_000] : [1_000, 10_000, 50_000]);
  await benchOffice(quick ? [10, 2_500] : [10, 2_500, 50_000]);
  await benchForms(30);
  const sample = path.resolve(
    __dirname,
    "..",
    "..",
    "..",
    "..",
    "assets",
    "samples",
    "sample.xlsx"
  );
  await benchBadInputs(sample);
  await benchBatch(sample, quick ? 40 : 200);
  const web = path.resolve(__dirname, "..", "..", "..", "..", "dist", "web");
  console.log("\n任务窗格 Task pane: built page in headless Chromium from a local server");
  try {
    const m = await measureWeb(web);
    console.log(
      `initial JavaScript ${(m.initialJsGzipBytes / 1024).toFixed(1)} KB gzipped (target < 500 KB)`
    );
    console.log(
      `first contentful paint ${m.firstPaintMs} ms, against a blank page ${m.baselinePaintMs} ms: ${ratio(m.firstPaintMs, m.baselinePaintMs)} (target < 1.5 s)`
    );
    await benchResponsiveness(web, quick ? 10_000 : 50_000);
  } catch (e) {
    console.log(
      `skipped: ${(e as Error).message} (run npm run build:web; needs /usr/bin/chromium)`
    );
  }
}

/** The page while a large workbook is opened and scored (in the Web Worker): its longest main-thread task. */
export async function benchResponsiveness(web: string, n: number): Promise<void> {
  const r = await measureResponsiveness(web, `bench-${n}.xlsx`, await workbookBytes(n));
  console.log(
    `opening and scoring ${n.toLocaleString("en-US")} rows: longest main-thread task ${r.longestTaskMs} ms (${r.longTasks} tasks ≥ 50 ms) over ${ms(r.elapsedMs)}; longest while the page loaded ${r.loadLongestTaskMs} ms (target < 100 ms)`
  );
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
