/** The execution score of a weighted line: linear, bands, per-point deduction; from 评分标准 or the rule set. */

import { evaluateBudget, ruleFromCriterion, ruleFromSpec } from "../../src/engine/budget";
import type { CellValue } from "../../src/engine/grid";
import { render } from "../../src/engine/i18n/render";
import type { RuleSet } from "../../src/engine/ruleset/types";
import { gridOf, ruleSetOf, tableOf } from "./budget-grids";

/** Seed 004's total (14,871.77 / 16,098.12 = 92.38 %) with a weight of 10. */
function scored(criterion: string | null, stated: CellValue = null, rules: RuleSet = ruleSetOf()) {
  const grid = gridOf([
    ["项目", "全年预算数", "全年执行数", "分值", "执行率", "得分", "评分标准"],
    ["年度资金总额", 16098.12, 14871.77, 10, "92.38%", stated, criterion],
  ]);
  return evaluateBudget(grid, tableOf(grid), rules);
}

describe("the rule set's rule", () => {
  it("linear: 10 × 92.38 % = 9.24, explained with the figures", () => {
    const r = scored(null);
    // 10 × 0.9238 = 9.238 → 9.24.
    expect(r.lines[0].score).toBe(9.24);
    expect(render(r.lines[0].explanation ?? { key: "", args: {} }, "zh-CN")).toBe(
      "执行率92.38%（全年执行数14,871.77万元 / 全年预算数16,098.12万元）；按执行率×分值计分：10×92.38%=9.24分"
    );
    expect(render(r.lines[0].explanation ?? { key: "", args: {} }, "en-US")).toContain(
      "rate × weight: 10 × 92.38% = 9.24"
    );
  });

  it("linear is capped at the weight", () => {
    const grid = gridOf([
      ["项目", "全年预算数", "全年执行数", "分值"],
      ["年度资金总额", 100, 100, 10],
    ]);
    expect(evaluateBudget(grid, tableOf(grid), ruleSetOf()).lines[0].score).toBe(10);
  });

  it("deduction: 10 − 0.2 × (100 − 92.38) = 8.48", () => {
    const rules = ruleSetOf({ score: { kind: "deduction", threshold: 1, perPoint: 0.2 } });
    // 7.62 points short × 0.2 = 1.524; 10 − 1.524 = 8.476 → 8.48.
    expect(scored(null, null, rules).lines[0].score).toBe(8.48);
  });

  it("bands in points or as a share of the weight", () => {
    const bands = ruleSetOf({
      score: {
        kind: "bands",
        bands: [
          { min: 0.95, points: 10 },
          { min: 0.9, share: 0.8 },
        ],
      },
    });
    // 92.38 % falls in [90 %, 95 %): 0.8 × 10 = 8.
    expect(scored(null, null, bands).lines[0].score).toBe(8);
  });

  it("an unknown kind reads as linear", () => {
    expect(ruleFromSpec({ kind: "mystery" }, 10)).toEqual({ kind: "linear" });
  });
});

describe("the row's 评分标准", () => {
  it.each<[string, number]>([
    ["得分=预算执行率×分值", 9.24], // 10 × 0.9238
    ["按执行率计分", 9.24],
    ["执行率100%得满分，每低1个百分点扣0.5分，扣完为止", 6.19], // 10 − 0.5 × 7.62 = 6.19
    ["低于95%的，每低1个百分点扣1分", 7.38], // 10 − 1 × (95 − 92.38) = 7.38
    ["执行率≥95%得10分；90%（含）-95%得8分；80%-90%得5分；低于80%不得分", 8],
    ["执行率95%以上得满分，85%至95%得6分，85%以下不得分", 6],
  ])("%s → %d", (criterion, score) => {
    expect(scored(criterion).lines[0].score).toBe(score);
  });

  it("a criterion the reader does not know falls back to the rule set", () => {
    expect(ruleFromCriterion("根据实际情况酌情打分", 10)).toBeNull();
    expect(scored("根据实际情况酌情打分").lines[0].score).toBe(9.24);
  });

  it("reads the bands in order, highest first", () => {
    expect(ruleFromCriterion("低于80%不得分；80%-90%得5分；≥90%得10分", 10)).toEqual({
      kind: "bands",
      bands: [
        { min: 0.9, points: 10 },
        { min: 0.8, points: 5 },
        { min: 0, points: 0 },
      ],
    });
  });
});

describe("the stated score", () => {
  it("agrees within the tolerance: no flag", () => {
    expect(scored(null, 9.24).flags).toEqual([]);
  });

  it("differs: SCORE_MISMATCH on the score cell", () => {
    const r = scored(null, 10);
    expect(r.flags.map((f) => [f.code, f.cell])).toEqual([["SCORE_MISMATCH", "F2"]]);
    expect(render(r.flags[0].message, "zh-CN")).toBe(
      "年度资金总额填报执行率得分10分，计算得分9.24分（分值10分），相差0.76分"
    );
  });

  it("above the weight: SCORE_OVER_WEIGHT as well", () => {
    const r = scored(null, 12);
    expect(r.flags.map((f) => f.code)).toEqual(["SCORE_MISMATCH", "SCORE_OVER_WEIGHT"]);
  });
});
