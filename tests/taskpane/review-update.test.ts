// planReviewUpdate: a reviewer's decision rewrites only that flag's row of 复核清单, through both the pure
// plan and the .xlsx adapter, and a re-run keeps it.
import * as fs from "fs";
import * as path from "path";
import type { Grid } from "../../src/engine/grid";
import { REVIEW_SHEET } from "../../src/engine/plan/own";
import { readReview } from "../../src/engine/plan/review-sheet";
import { planReviewUpdate, reviewRowOf } from "../../src/engine/plan/review-update";
import { TEXT_GUARD } from "../../src/engine/plan/text";
import { getPreset } from "../../src/engine/ruleset";
import { runScoring } from "../../src/workbook/run";
import { PackagePort, openPackage } from "../../src/workbook/xlsx/package/package-port";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/sample.xlsx");
const FLAG = "项目支出绩效自评表!E22:NEGATIVE_COMPLETION";
const NOW = "2026-11-21T03:07:00.000Z";

async function scoredSample(): Promise<PackagePort> {
  const opened = await openPackage("sample.xlsx", fs.readFileSync(SAMPLE));
  if (!opened.ok) throw new Error("sample does not open");
  const port = opened.port;
  const ruleSet = getPreset("national-2020");
  if (!ruleSet) throw new Error("no preset");
  const outcome = await runScoring(port, ruleSet, {
    file: "sample.xlsx",
    ruleSetName: ruleSet.name,
    lang: "zh-CN",
    now: "2026-01-01T00:00:00.000Z",
  });
  if (!outcome.ok) throw new Error("sample does not score");
  return port;
}

function reviewGrid(grids: Grid[]): Grid {
  const grid = grids.find((g) => g.sheet === REVIEW_SHEET);
  if (!grid) throw new Error("no review sheet");
  return grid;
}

describe("planReviewUpdate", () => {
  let port: PackagePort;
  let grids: Grid[];

  beforeAll(async () => {
    port = await scoredSample();
    grids = await port.read();
  });

  test("writes status, reviewer, comment and time of that flag's row only, in one block", () => {
    const row = reviewRowOf(reviewGrid(grids), FLAG);
    expect(row).toBeGreaterThan(0);
    const plan = planReviewUpdate(grids, FLAG, {
      status: "已确认",
      reviewer: " 张三 ",
      comment: "已核实：受疫情影响",
      now: NOW,
    });
    expect(plan.blocks).toEqual([
      {
        sheet: REVIEW_SHEET,
        top: row,
        left: 6,
        values: [["已确认", "张三", "已核实：受疫情影响", NOW]],
      },
    ]);
    expect(plan.marks).toEqual([]);
    expect(plan.sheets).toEqual([]);
    expect(plan.clears).toEqual([]);
    expect(plan.deleteSheets).toEqual([]);
  });

  test("applied by the .xlsx adapter: the list reads back with the decision, the other rows as they were", async () => {
    const before = readReview(reviewGrid(grids));
    await port.apply(
      planReviewUpdate(grids, FLAG, {
        status: "已驳回",
        reviewer: "李四",
        comment: "不属于问题",
        now: NOW,
      })
    );
    const after = readReview(reviewGrid(await port.read()));
    expect(after.find((r) => r.id === FLAG)).toMatchObject({
      status: "已驳回",
      reviewer: "李四",
      comment: "不属于问题",
      time: NOW,
    });
    expect(after.filter((r) => r.id !== FLAG)).toEqual(before.filter((r) => r.id !== FLAG));
  });

  test("a re-run keeps the decision (the review list merges by flag id)", async () => {
    const ruleSet = getPreset("national-2020");
    if (!ruleSet) throw new Error("no preset");
    const outcome = await runScoring(port, ruleSet, {
      file: "sample.xlsx",
      ruleSetName: ruleSet.name,
      lang: "zh-CN",
      now: "2026-12-01T00:00:00.000Z",
    });
    expect(outcome.ok).toBe(true);
    const rows = readReview(reviewGrid(await port.read()));
    expect(rows.find((r) => r.id === FLAG)).toMatchObject({
      status: "已驳回",
      reviewer: "李四",
      comment: "不属于问题",
      time: NOW,
    });
  });

  test("a comment that looks like a formula is written as text", () => {
    const plan = planReviewUpdate(grids, FLAG, {
      status: "已确认",
      reviewer: "张三",
      comment: '=HYPERLINK("x")',
      now: NOW,
    });
    expect(plan.blocks[0]?.values[0]?.[2]).toBe(`${TEXT_GUARD}=HYPERLINK("x")`);
  });

  test("columns are found by their headers, wherever a person moved them", () => {
    const grid: Grid = {
      sheet: REVIEW_SHEET,
      values: [
        ["复核意见", "编号", "状态", "其他", "复核人", "时间"],
        ["", "别的!A1:CELL_ERROR", "待复核", "x", "", ""],
        ["旧意见", FLAG, "待复核", "y", "", "2026-01-01"],
      ],
      merges: [],
    };
    const plan = planReviewUpdate([grid], FLAG, {
      status: "已确认",
      reviewer: "张三",
      comment: "新意见",
      now: NOW,
    });
    expect(plan.blocks.map((b) => [b.top, b.left, b.values[0]])).toEqual([
      [2, 0, ["新意见"]],
      [2, 2, ["已确认"]],
      [2, 4, ["张三", NOW]],
    ]);
  });

  test("a long comment makes its row tall enough; a short one leaves the height alone", () => {
    const grid: Grid = {
      sheet: REVIEW_SHEET,
      values: [
        [
          "编号",
          "级别",
          "工作表",
          "单元格",
          "代码",
          "问题说明",
          "状态",
          "复核人",
          "复核意见",
          "时间",
        ],
        [FLAG, "警告", "s", "E22", "X", "短", "待复核", "", "", ""],
      ],
      merges: [],
      colWidths: [28, 8, 10, 7, 20, 50, 9, 9, 24, 22],
    };
    expect(
      planReviewUpdate([grid], FLAG, {
        status: "已确认",
        reviewer: "张三",
        comment: "短",
        now: NOW,
      }).rowHeights
    ).toEqual([]);
    const long =
      "受疫情影响，项目实施进度整体延后，已在年底前完成主要工程量，剩余部分结转下一年度继续实施。";
    expect(
      planReviewUpdate([grid], FLAG, {
        status: "已确认",
        reviewer: "张三",
        comment: long,
        now: NOW,
      }).rowHeights
    ).toEqual([
      { sheet: REVIEW_SHEET, row: 1, height: 60 }, // 90 units in a column of 24: four lines
    ]);
  });

  test("no review list, or no row for the flag: an empty plan", () => {
    const update = { status: "已确认" as const, reviewer: "张三", comment: "", now: NOW };
    expect(planReviewUpdate([], FLAG, update).blocks).toEqual([]);
    expect(planReviewUpdate(grids, "别的表!A1:CELL_ERROR", update).blocks).toEqual([]);
  });
});
