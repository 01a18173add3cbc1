import * as fs from "fs";
import { openXlsx, XlsxWorkbookPort } from "../../src/workbook/xlsx/port";
import { runScoring } from "../../src/workbook/run";
import { getPreset } from "../../src/engine/ruleset";
import { toReport } from "../../src/engine/report";

test("scratch", async () => {
  const bytes = fs.readFileSync("assets/samples/sample.xlsx");
  for (const asOf of [undefined, "2026-11-21"]) {
    const o = await openXlsx("sample.xlsx", bytes);
    if (!o.ok) throw new Error("x");
    const port = new XlsxWorkbookPort(o.workbook);
    const steps: string[] = [];
    const r = await runScoring(port, getPreset("national-2020")!, { file: "sample.xlsx", ruleSetName: "national-2020", lang: "zh-CN", now: "2026-01-01T00:00:00Z", asOf, onProgress: (p) => steps.push(`${p.step} ${p.done}/${p.total}`) });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const rep = toReport(r.evaluation, "zh-CN");
    console.log(asOf, steps.join(","), JSON.stringify(rep.totals), JSON.stringify(rep.groups), JSON.stringify(rep.flagCounts), rep.denominator);
    console.log(rep.flags.map((f) => `${f.id} ${f.severity} ${f.message}`).join("\n"));
    console.log(JSON.stringify(rep.budget, null, 0));
    const grids = await port.read();
    console.log(grids.map((g) => `${g.sheet} ${g.values.length}x${Math.max(...g.values.map((r) => r?.length ?? 0))}`).join("; "));
  }
});
