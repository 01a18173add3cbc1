/**
 * Excel mode's session as the task pane builds it (excel-run.ts: the real officeWorkbookPort, Excel.run and
 * Office.context.requirements), with Excel.run that of Microsoft's own Office.js client and the in-memory host
 * behind it (tests/fakes/office-host.ts),
 * holding the bundled sample: a run, a review decision written to 复核清单, and undo back to the workbook.
 */

import * as fs from "fs";
import * as path from "path";
import { a1, areaA1 } from "../../src/engine/grid";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "../../src/engine/plan/own";
import { excelSession } from "../../src/taskpane/excel-run";
import { defaultChoices } from "../../src/taskpane/state/options";
import { openXlsx, XlsxWorkbookPort } from "../../src/workbook/xlsx/port";
import type { ExcelFake } from "../fakes/excel-fake";
import { OfficeHost } from "../fakes/office-host";
import { buildWorkbook, type Scalar, type SheetInit } from "../fakes/excel-model";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/sample.xlsx");
const FLAG = "项目支出绩效自评表!E22:NEGATIVE_COMPLETION";

/** The sample's sheets as the fake's workbook: values, number formats and merged areas. */
async function sampleInFake(): Promise<ExcelFake> {
  const opened = await openXlsx("sample.xlsx", fs.readFileSync(SAMPLE));
  if (!opened.ok) throw new Error("sample does not open");
  const grids = await new XlsxWorkbookPort(opened.workbook).read();
  const sheets: SheetInit[] = grids.map((g) => {
    const formats: Record<string, string> = {};
    g.formats?.forEach((row, r) => row?.forEach((f, c) => f && (formats[a1(r, c)] = f)));
    const rows: Scalar[][] = g.values.map((row) =>
      Array.from(row ?? [], (v) =>
        v === null || v === undefined || typeof v === "object" ? "" : v
      )
    );
    return { name: g.sheet, rows, formats, merges: g.merges.map(areaA1) };
  });
  return new OfficeHost(buildWorkbook(sheets));
}

function install(fake: ExcelFake): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: fake.run };
  g.Office = {
    context: {
      requirements: { isSetSupported: fake.isSetSupported },
      document: { url: "C:\\填报\\sample.xlsx" },
    },
  };
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
});

test("run, review and undo through Excel mode's own session, Office.js's client and the in-memory host", async () => {
  const fake = await sampleInFake();
  install(fake);
  const before = fake.model.snapshot();
  const session = excelSession("zh-CN");

  const run = await session.score(defaultChoices("2026-11-21"), () => undefined, {
    aborted: false,
  });
  if (run.status !== "done") throw new Error(`run did not finish: ${JSON.stringify(run)}`);
  // The sample's hand-computed total (tests/cli/score.test.ts): 70.35 from the indicators + 9.24 execution.
  expect(run.evaluation.totals.score).toBe(79.59);
  expect(run.evaluation.totals.grade).toBe("中");
  expect(run.evaluation.file).toBe("sample.xlsx");
  expect(fake.model.find(REVIEW_SHEET)).toBeDefined();
  expect(fake.model.find(SUMMARY_SHEET)).toBeDefined();
  expect(fake.unsyncedAtEnd).toBe(0);

  const review = await session.review(FLAG, {
    status: "已确认",
    reviewer: "张三",
    comment: "已核实：受疫情影响",
  });
  expect(review.ok).toBe(true);
  const sheet = fake.model.sheet(REVIEW_SHEET);
  const texts = [...sheet.cells.values()].map((c) => String(c.value));
  expect(texts.some((t) => t.includes(FLAG))).toBe(true);
  expect(texts).toEqual(expect.arrayContaining(["已确认", "张三", "已核实：受疫情影响"]));

  const selected = await session.select("项目支出绩效自评表", "E22");
  expect(selected).toEqual({ ok: true });
  expect(fake.model.activeSheet).toBe("项目支出绩效自评表");
  expect(fake.model.selection && areaA1(fake.model.selection.area)).toBe("E22:E22");

  const undone = await session.undo();
  expect(undone).toEqual({ ok: true });
  for (const own of [REVIEW_SHEET, SUMMARY_SHEET, STATE_SHEET])
    expect(fake.model.find(own)).toBeUndefined();
  // Every sheet of the user's, every cell, merge and format, as before the run.
  const after = fake.model.snapshot();
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  for (const s of before.sheets) {
    const again = after.sheets.find((x) => x.name === s.name)!;
    expect(again.cells).toEqual(s.cells);
    expect(again.merges).toEqual(s.merges);
  }
});
