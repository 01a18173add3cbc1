/** Forms (src/engine/forms): which tables make one form, and each form's own totals and checks. */

import type { CellValue, Grid } from "../../src/engine/grid";
import { buildDraft } from "../../src/engine/draft";
import { evaluate } from "../../src/engine/evaluate";
import { render } from "../../src/engine/i18n/render";
import type { Evaluation } from "../../src/engine/model";
import { getPreset } from "../../src/engine/ruleset/presets";
import { GUIDE, PROJECT_TITLE, nationalForm } from "../fixtures/forms";

const rs = getPreset("national-2020")!;
const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, values, merges: [] });

function run(grids: Grid[]): Evaluation {
  const out = evaluate(grids, rs, { file: "t.xlsx", ruleSetName: rs.name });
  if (!out.ok) throw new Error(JSON.stringify(out.problem));
  return out.evaluation;
}

/** A budget block alone: 全年预算 200, 执行 150 → 75 %. */
const BUDGET: CellValue[][] = [
  ["资金情况（万元）", "全年预算数", "全年执行数", "执行率"],
  ["年度资金总额", 200, 150, "75.00%"],
];

/** A key-indicator table: target against actual, no weights. */
const KEY: CellValue[][] = [
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
  ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次"],
];

describe("which tables make a form", () => {
  test("one scored table: every table is its form's, wherever it sits (the budget on another sheet)", () => {
    const e = run([grid("指标", nationalForm("甲", 77.66).slice(5)), grid("预算", BUDGET)]);
    expect(e.forms.map((f) => [f.id, f.tables])).toEqual([["指标", [0, 1]]]);
    expect(e.totals).toBe(e.forms[0].totals);
    expect(e.flags.map((f) => f.code)).not.toContain("FORM_ASSIGNED");
  });

  test("a key-indicator table below the scored one, with no title between, is the same form", () => {
    const values = [...nationalForm("甲", 77.66), [], [], ...KEY];
    const e = run([grid("项目", values)]);
    expect(e.forms).toHaveLength(1);
    expect(e.forms[0].tables).toEqual([0, 1, 2]);
    // 9 + 16 + 15 + 13.5 + 18 + 6.16 (tests/fixtures/forms.ts); the key indicators carry no points
    expect(e.totals?.score).toBe(77.66);
  });

  test("a form's own title row between two scored tables of a sheet starts a second form", () => {
    const values = [...nationalForm("甲", 77.66), [], ...nationalForm("乙", 77.66)];
    const e = run([grid("项目", values)]);
    expect(e.totals).toBeNull();
    expect(e.forms.map((f) => [f.id, f.title, f.totals.score, f.totals.grade])).toEqual([
      ["项目", "2020年度项目支出绩效自评表 — 甲", 77.66, "中"],
      ["项目#2", "2020年度项目支出绩效自评表 — 乙", 77.66, "中"],
    ]);
    // the second form's budget block sits between the two tables: it is the second form's
    expect(e.budget.map((b) => [b.form, b.row])).toEqual([
      ["项目", 4],
      ["项目#2", 18],
    ]);
    expect(e.flags.filter((f) => f.code === "SUM_MISMATCH" || f.code === "WEIGHT_SUM")).toEqual([]);
  });

  test("a budget block on a sheet of its own among several forms is given to one, and a flag says which", () => {
    const e = run([
      grid("填报说明", GUIDE),
      grid("项目一", nationalForm("甲", 77.66)),
      grid("项目二", nationalForm("乙", 77.66)),
      grid("资金", BUDGET),
    ]);
    const assigned = e.flags.filter((f) => f.code === "FORM_ASSIGNED");
    expect(assigned.map((f) => [f.sheet, f.cell, f.severity, f.form])).toEqual([
      ["资金", "A1", "info", "项目二"],
    ]);
    expect(render(assigned[0].message, "zh-CN")).toContain("已计入评价表「项目二」");
    expect(render(assigned[0].message, "en-US")).toContain("counted in the form “项目二”");
    // the nearest form before it: 项目二, whose first budget line stays its execution rate
    expect(e.forms.map((f) => f.executionRate)).toEqual([0.9, 0.9]);
    expect(e.forms[1].tables.map((i) => e.tables[i].sheet)).toEqual(["项目二", "项目二", "资金"]);
  });

  test("titles: the title row and 项目名称, else the sheet's name; 部门整体 in the title is a department form", () => {
    const e = run([
      grid("甲", nationalForm("招商引资与产业发展", 77.66)),
      grid("乙表", nationalForm("x", 77.66).slice(2)),
      grid("丙", [["2021年度部门整体支出绩效自评表"], ...nationalForm("y", 77.66).slice(5)]),
    ]);
    expect(e.forms.map((f) => [f.title, f.kind])).toEqual([
      [PROJECT_TITLE, "project"],
      ["乙表", "project"],
      ["2021年度部门整体支出绩效自评表", "department"],
    ]);
  });
});

describe("the report draft, one form at a time", () => {
  const two = (): { e: Evaluation; grids: Grid[] } => {
    const grids = [
      grid("项目一", nationalForm("甲", 77.66)),
      grid("项目二", nationalForm("乙", 77.66)),
    ];
    return { e: run(grids), grids };
  };

  test("several forms and none named: the draft says which forms there are", () => {
    const { e, grids } = two();
    const out = buildDraft({ evaluation: e, grids, ruleSet: rs, lang: "zh-CN" });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(render(out.problem, "zh-CN")).toBe(
      "t.xlsx：工作簿有多张评分表（项目一、项目二），报告按一张评分表起草：请指定其中一张（命令行用 --form；任务窗格中先在评价表列表里点选一张）。"
    );
  });

  test("the form named is drafted from its own figures: its total and its sheet only", () => {
    const { e, grids } = two();
    const out = buildDraft({ evaluation: e, grids, ruleSet: rs, lang: "zh-CN", form: "项目二" });
    if (!out.ok) throw new Error(render(out.problem, "zh-CN"));
    const sheets = new Set(out.draft.figures.map((f) => f.sheet));
    expect([...sheets]).toEqual(["项目二"]);
    expect(out.draft.figures.some((f) => f.text.includes("77.66"))).toBe(true);
  });
});
