/**
 * The Office.js adapter against the strict fake of the Excel API (tests/fakes): syncs per run and the
 * largest request, at a small and a large table, with the engine's own plan. The fake is the baseline
 * that Excel itself would be: it counts what the adapter asks of it.
 */

import { evaluate } from "../engine/evaluate";
import { plan } from "../engine/plan";
import { getPreset } from "../engine/ruleset";
import { ExcelWorkbookPort } from "../workbook/excel";
import { ExcelFake } from "../../tests/fakes/excel-fake";
import { buildWorkbook } from "../../tests/fakes/excel-model";
import { generatedRows } from "./generate";
import { row } from "./timing";

export async function benchOffice(sizes: number[]): Promise<void> {
  console.log("\nOffice.js: one run (read + apply) through the adapter on the strict Excel fake");
  const widths = [10, 8, 8, 14, 20];
  console.log(row(["rows", "syncs", "read", "apply", "largest request"], widths));
  const rs = getPreset("national-2020");
  if (!rs) throw new Error("national-2020 preset missing");
  for (const n of sizes) {
    const rows = generatedRows(n).map((r) =>
      r.map((v) => (v === null || typeof v === "object" ? "" : v))
    );
    const fake = new ExcelFake(buildWorkbook([{ name: "自评表", rows }]));
    const port = new ExcelWorkbookPort({ run: fake.run, isSetSupported: fake.isSetSupported });
    const grids = await port.read();
    const readSyncs = fake.syncCount;
    const outcome = evaluate(grids, rs, { file: "bench.xlsx", ruleSetName: rs.name });
    if (!outcome.ok) throw new Error("bench workbook has no table");
    await port.apply(
      plan(outcome.evaluation, grids, { lang: "zh-CN", now: "2026-01-01T00:00:00Z" })
    );
    const mb = (fake.maxPayloadBytes / 1024 / 1024).toFixed(2);
    console.log(
      row([n, fake.syncCount, readSyncs, fake.syncCount - readSyncs, `${mb} MB`], widths)
    );
  }
  console.log("target: at most 4 context.sync() calls per run at any size; no request over 4 MB");
}
