/** 评分标准 read with the row it belongs to: the cap written with its figure, the weight, the direction. */

import { parseCriterion } from "../../src/engine/rules/criterion";
import { normaliseCriterion } from "../../src/engine/rules/criterion-text";

describe("a cap written with its figure", () => {
  it("扣完10分为止 is a maximum deduction of 10, not 扣完为止 followed by a stray figure", () => {
    expect(normaliseCriterion("每低1个百分点扣1分，扣完10分为止")).toBe(
      "每低1个百分点扣1分,最多扣10分"
    );
    expect(parseCriterion("每低1个百分点扣1分，扣完10分为止")).toEqual({
      kind: "per-unit",
      points: 1,
      step: 1,
      stepUnit: "pt",
      direction: "below",
      maxDeduction: 10,
    });
  });

  it("扣满15分为止 reads the same way", () => {
    expect(parseCriterion("每低1个百分点扣0.5分，扣满15分为止")).toMatchObject({
      maxDeduction: 15,
    });
  });
});

describe("the row's weight", () => {
  it("得N分 with N the weight means full marks", () => {
    const text = "完成率≥95%，计5分；90%（含）-95%，计3分；低于90%不得分";
    expect(parseCriterion(text, { weight: 5 })).toEqual({
      kind: "bands",
      unit: "ratio",
      basis: "completion",
      bands: [{ min: 0.95, fraction: 1 }, { min: 0.9, points: 3 }, { points: 0 }],
    });
    // the same text on a 10-point row says 5 of 10 at the top: a band of points, read as written
    expect(parseCriterion(text, { weight: 10 })).toEqual({
      kind: "bands",
      unit: "ratio",
      basis: "completion",
      bands: [{ min: 0.95, points: 5 }, { min: 0.9, points: 3 }, { points: 0 }],
    });
  });

  it("without the weight a yes/no text with its points stays unread", () => {
    expect(parseCriterion("制定了内控办法的，得3分，否则不得分。")).toBeNull();
    expect(parseCriterion("制定了内控办法的，得3分，否则不得分。", { weight: 3 })).toEqual({
      kind: "binary",
    });
  });

  it("a deduction of the whole weight that is not per unit scores nothing", () => {
    expect(parseCriterion("项目档案资料齐全的得2分，不齐全的扣2分。", { weight: 2 })).toEqual({
      kind: "binary",
    });
    // a deduction per item of the weight's size stays a deduction per item
    expect(parseCriterion("每少一项扣2分", { weight: 2 })).toMatchObject({
      kind: "per-unit",
      points: 2,
    });
  });
});

describe("the row's direction", () => {
  it("按完成比例计算得分 on a lower-is-better rate is not read as at-least", () => {
    const text = "二者择其一进行考核，按完成比例计算得分，满分为止。";
    expect(parseCriterion(text, { direction: "up" })).toEqual({ kind: "at-least" });
    expect(parseCriterion(text, { direction: "down" })).toBeNull();
  });

  it("a step in percentage points on a target that is not a percentage is not read", () => {
    expect(parseCriterion("每低1个百分点扣0.5分", { unit: "count" })).toBeNull();
    expect(parseCriterion("每低1个百分点扣0.5分", { unit: "ratio" })).toMatchObject({
      kind: "per-unit",
    });
  });
});

describe("damaged figures", () => {
  it("a number with a leading zero (0.2 that lost its point) is never read", () => {
    expect(parseCriterion("未与责任人签订责任书 每处扣 0 2 分 扣完为止")).toBeNull();
  });
});
