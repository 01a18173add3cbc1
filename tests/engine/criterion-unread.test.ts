/** A row whose own 评分标准 was not understood is never silent: explanation, info flag, SCORE_MISMATCH. */

import type { CellValue, Grid } from "../../src/engine/grid";
import { evaluate } from "../../src/engine/evaluate";
import { render } from "../../src/engine/i18n/render";
import type { Evaluation } from "../../src/engine/model";
import { getPreset } from "../../src/engine/ruleset";

const rs = getPreset("national-2020")!;
const header = ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "评分标准"];

function run(rows: CellValue[][]): Evaluation {
  const g: Grid = { sheet: "自评表", values: [header, ...rows], merges: [] };
  const out = evaluate([g], rs, { file: "t.xlsx", ruleSetName: rs.name });
  if (!out.ok) throw new Error("no table");
  return out.evaluation;
}

describe("a criterion text that was not understood", () => {
  // a deduction measured against last year, ended by a two-year condition: not a rule we can read
  const unread = "与上年同比每降低1个百分点扣0.5分，连续两年下降的不得分";
  const e = run([
    ["产出指标", "质量指标", "验收合格率", "≥95%", "93%", 10, 8, unread],
    ["产出指标", "质量指标", "资料归档率", "≥95%", "93%", 10, 9, "每低1个百分点扣0.5分，扣完为止"],
  ]);

  it("carries the info flag on the criterion cell, naming the text and the rule used instead", () => {
    const flags = e.flags.filter((f) => f.code === "CRITERION_UNREAD");
    expect(flags.map((f) => [f.cell, f.severity])).toEqual([["H2", "info"]]);
    const zh = render(flags[0].message, "zh-CN");
    expect(zh).toContain(unread);
    expect(zh).toContain("指标值的运算符");
    expect(render(flags[0].message, "en-US")).toContain("the target's operator");
  });

  it("says in its explanation that the rule is the operator's, then explains the fallback's score", () => {
    const row = e.indicators[0];
    // at-least by the ≥ operator: 10 × 93 / 95 = 9.79
    expect(row.rule).toBe("at-least");
    expect(row.score).toBe(9.79);
    const zh = render(row.explanation!, "zh-CN");
    expect(zh.startsWith("评分标准未能自动识别，按指标值的运算符计分")).toBe(true);
    expect(zh).toContain("9.79");
  });

  it("its SCORE_MISMATCH says the computed score came from a fallback rule", () => {
    const mismatch = e.flags.find((f) => f.code === "SCORE_MISMATCH" && f.cell === "G2")!;
    expect(render(mismatch.message, "zh-CN")).toContain("替代规则");
    expect(render(mismatch.message, "en-US")).toContain("fallback");
  });

  it("a row whose criterion was read has neither (its own rule: 10 − 2 × 0.5 = 9)", () => {
    const row = e.indicators[1];
    expect(row.rule).toBe("per-unit");
    expect(row.score).toBe(9);
    expect(e.flags.filter((f) => f.cell.endsWith("3") && f.code === "CRITERION_UNREAD")).toEqual(
      []
    );
    expect(render(row.explanation!, "zh-CN")).not.toContain("未能自动识别");
  });

  it("a row with an unread criterion and no rule at all is flagged too", () => {
    const none = run([["产出指标", "质量指标", "群众评价", "", "好", 10, 8, "详见附件3评分细则"]]);
    const f = none.flags.find((x) => x.code === "CRITERION_UNREAD")!;
    expect(render(f.message, "zh-CN")).toContain("需人工指定");
  });

  it("a criterion read as the evaluator's call (a checklist adding up to the weight) shows its text", () => {
    const list = "①已制定管理办法,1分;②管理办法得到有效执行,2分。";
    const m = run([["过程指标", "管理", "制度健全性", "健全", "健全", 3, 2, list]]);
    const row = m.indicators[0];
    expect(row.rule).toBe("manual");
    expect(row.score).toBe(2);
    const zh = render(row.explanation!, "zh-CN");
    expect(zh).toContain("按评分标准“①已制定管理办法,1分;②管理办法得到有效执行,2分。”由评价人评分");
    expect(m.flags.filter((f) => f.code === "CRITERION_UNREAD")).toEqual([]);
  });
});
