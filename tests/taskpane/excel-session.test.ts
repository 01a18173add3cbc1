/**
 * Excel mode's session as the task pane builds it (excel-run.ts: the real officeWorkbookPort, Excel.run and
 * Office.context.requirements), with Excel.run that of Microsoft's own Office.js client and the in-memory host
 * behind it (tests/fakes/office-host.ts),
 * holding the bundled sample: a run, a review decision written to 复核清单, and undo back to the workbook.
 */

import { areaA1 } from "../../src/engine/grid";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "../../src/engine/plan/own";
import { excelSession } from "../../src/taskpane/excel-run";
import { defaultChoices } from "../../src/taskpane/state/options";
import { install, sampleInFake } from "../support/excel-sample";

const FLAG = "项目支出绩效自评表!E22:NEGATIVE_COMPLETION";

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
  expect(run.evaluation.totals?.score).toBe(79.59);
  expect(run.evaluation.totals?.grade).toBe("中");
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
  expect(undone).toEqual({ ok: true, notices: [] });
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
