/** 评分标准 read with the row it belongs to: the cap written with its figure, the weight, the direction. */

import { parseCriterion } from "../../src/engine/rules/criterion";
import { normaliseCriterion } from "../../src/engine/rules/criterion-text";
import { criterionContext } from "../../src/engine/rules/resolve";
import { parseQuantity } from "../../src/engine/quantity";

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

/** The phrasing families of the issue, in invented examples written in the style of the real ones. */
describe("the families, in invented examples", () => {
  const read: [string, number, object | null][] = [
    ["能耗不高于定额的，得8分；高于定额，不得分。", 8, { kind: "binary" }],
    [
      "台账完整的得5分，较完整的得3分，不完整的不得分。",
      5,
      { kind: "qualitative", bands: { achieved: [1, 1], partial: [0.6, 0.6], unmet: [0, 0] } },
    ],
    [
      "及时：2分；较及时：1分；不及时：0分",
      2,
      { kind: "qualitative", bands: { achieved: [1, 1], partial: [0.5, 0.5], unmet: [0, 0] } },
    ],
    [
      "以95%为基准，≥95%，计6分；每低一个百分点扣0.3分，扣完为止。",
      6,
      {
        kind: "per-unit",
        points: 0.3,
        step: 1,
        stepUnit: "pt",
        direction: "below",
        threshold: 0.95,
        thresholdUnit: "ratio",
      },
    ],
    [
      "完成85%及以上的，得5分；不足85%时，每少4%，扣1分",
      5,
      {
        kind: "per-unit",
        points: 1,
        step: 4,
        stepUnit: "%",
        direction: "below",
        threshold: 0.85,
        thresholdUnit: "ratio",
      },
    ],
    ["得分=完成率×15", 15, { kind: "at-least" }],
    ["按实际完成比例计分，最高不超过分值。", 5, { kind: "at-least" }],
    [
      "每发现一处违规扣0.5分，扣完为止。",
      5,
      { kind: "per-unit", points: 0.5, step: 1, stepUnit: "unit", direction: "above" },
    ],
    [
      "缺少的，每项扣1.2分",
      6,
      { kind: "per-unit", points: 1.2, step: 1, stepUnit: "unit", direction: "below" },
    ],
    [
      "每推迟一个月扣1分",
      5,
      { kind: "per-unit", points: 1, step: 1, stepUnit: "month", direction: "late" },
    ],
    [
      "每滞后一年扣2分，扣完为止",
      10,
      { kind: "per-unit", points: 2, step: 12, stepUnit: "month", direction: "late" },
    ],
    [
      "100%：4分；80-100%：2分；80%以下：0分",
      4,
      {
        kind: "bands",
        unit: "ratio",
        bands: [{ min: 1, fraction: 1 }, { min: 0.8, points: 2 }, { points: 0 }],
      },
    ],
    // refused: what a rule cannot say, or what is not said
    ["每下降1%扣该项分值的2%", 5, null],
    ["每相差2%，扣0.5分，扣满10分为止", 10, null],
    ["高于90%、80%和70%的分别得5分、3分和1分", 5, null],
    // by rank, or an additive checklist adding up to the weight: the evaluator's score, kept
    ["位列前3名的得满分", 5, { kind: "manual" }],
    ["①制度健全0.5分；②执行有效0.5分", 1, { kind: "manual" }],
    // a checklist whose items do not add up to the weight is not read
    ["①制度健全0.5分；②执行有效0.5分", 2, null],
    ["=0，计4分；0-5%（含），计3分；5%-10%（含），计2分", 4, null],
    // 完成得满分 beside bands without a full-marks band: the top step is not said in figures
    ["完成得满分，完成80%以上得4分，未完成不得分", 5, null],
    // 得3分 on a 5-point row with nothing else: what a miss scores is not said
    ["制定了内控办法的，得3分", 5, null],
  ];

  it.each(read)("%s (weight %d)", (text, weight, spec) => {
    expect(parseCriterion(text, { weight })).toEqual(spec);
  });

  it("an hourly step is read only on a target in hours or days", () => {
    expect(parseCriterion("每超1小时扣0.1分", { weight: 2 })).toBeNull();
    expect(parseCriterion("每超1小时扣0.1分", { weight: 2, unit: "duration" })).toEqual({
      kind: "per-unit",
      points: 0.1,
      step: 1 / 24,
      stepUnit: "unit",
      direction: "above",
    });
  });
});

describe("generic wordings never make a confident wrong rule", () => {
  it.each([
    ["全部完成得满分，每项得0.5分，未完成不得分", 2],
    ["优秀得5分，良好得4分，合格得3分，不合格不得分", 5],
    ["完成目标得满分，完成80%得4分", 5],
    ["完成得3分", 5],
  ])("%s (weight %d) is refused", (text, weight) => {
    expect(parseCriterion(text, { weight })).toBeNull();
  });
});

describe("descending bands of a lower-is-better rate", () => {
  const text = "预算调整率=0，计4分；0-5%（含），计3分；5%-10%（含），计2分；大于10%不得分";
  const spec = {
    kind: "bands",
    unit: "ratio",
    bands: [
      { min: 0.1, exclusive: true, points: 0 },
      { min: 0.05, exclusive: true, points: 2 },
      { min: 0, exclusive: true, points: 3 },
      { fraction: 1 },
    ],
  };

  it("are read as bands that start just above each lower figure, the exact value at the bottom", () => {
    expect(parseCriterion(text, { weight: 4 })).toEqual(spec);
    expect(parseCriterion(text, { weight: 4, direction: "down" })).toEqual(spec);
  });

  it("are refused on a higher-is-better row, with a gap, without the top step, or scoring more for more", () => {
    expect(parseCriterion(text, { weight: 4, direction: "up" })).toBeNull();
    expect(
      parseCriterion("=0，计4分；0-5%（含），计3分；6%-10%（含），计2分；大于10%不得分", {
        weight: 4,
      })
    ).toBeNull();
    expect(
      parseCriterion("=0，计4分；0-5%（含），计3分；5%-10%（含），计2分", { weight: 4 })
    ).toBeNull();
    expect(
      parseCriterion("=0，计1分；0-5%（含），计3分；5%-10%（含），计2分；大于10%不得分", {
        weight: 4,
      })
    ).toBeNull();
    // without the weight the bottom step keeps its 4 points, as written
    expect(parseCriterion(text)).toEqual({
      ...spec,
      bands: [...spec.bands.slice(0, 3), { points: 4 }],
    });
  });
});

describe("what the row tells the parser", () => {
  const ctx = (levels: string[], target: string, weight: number | null = 10) =>
    criterionContext({
      criterion: "",
      levels,
      target: parseQuantity(target),
      actual: parseQuantity(""),
      weight,
    });

  it("takes the direction from the target's operator", () => {
    expect(ctx(["验收合格率"], "≥95%")).toEqual({ weight: 10, unit: "ratio", direction: "up" });
    expect(ctx(["成本"], "≤90万元")).toEqual({ weight: 10, unit: "money", direction: "down" });
    expect(ctx(["培训人次"], "500人次", null)).toEqual({
      weight: null,
      unit: "count",
      direction: null,
    });
  });

  it("and, without one, from an indicator that is lower-is-better by name", () => {
    expect(ctx(["结转结余率"], "0.09").direction).toBe("down");
    expect(ctx(["预算执行", "预算调整率"], "10%").direction).toBe("down");
    expect(ctx(["投诉办结率"], "100%").direction).toBeNull();
  });
});
