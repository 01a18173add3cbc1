/** The 评分标准 vocabulary: every phrasing with the rule it must read as, the DSL, and what is refused. */

import { parseCriterion } from "../../src/engine/rules/criterion";
import { checkSpec } from "../../src/engine/rules/spec-check";

const perPt = (points: number, extra: object = {}): object => ({
  kind: "per-unit",
  points,
  step: 1,
  stepUnit: "pt",
  direction: "below",
  ...extra,
});

/** [phrase, the spec it must give]: the controlled vocabulary (≥ 40 phrasings). */
const vocabulary: [string, object][] = [
  ["完成得满分，未完成按比例计分", { kind: "at-least" }],
  ["达到目标值得满分，未达到按完成比例得分", { kind: "at-least" }],
  ["完成目标任务得满分，否则按比例得分", { kind: "at-least" }],
  ["未完成的按完成比例计分", { kind: "at-least" }],
  ["按完成率计分", { kind: "at-least" }],
  ["按实际完成比例计分", { kind: "at-least" }],
  ["按完成进度计分", { kind: "at-least" }],
  ["得分=完成率×分值", { kind: "at-least" }],
  ["实际完成值/目标值×分值", { kind: "at-least" }],
  ["完成率×权重", { kind: "at-least" }],
  ["低于目标值按比例扣分", { kind: "at-least" }],
  ["正向指标", { kind: "at-least" }],
  ["越高越好", { kind: "at-least" }],
  ["反向指标", { kind: "at-most" }],
  ["越低越好", { kind: "at-most" }],
  ["反向指标，按比例计分", { kind: "at-most", variant: "ratio" }],
  ["目标值/实际值×分值", { kind: "at-most", variant: "ratio" }],
  ["超出目标值部分按比例扣分", { kind: "at-most", variant: "linear" }],
  ["超过目标值不得分", { kind: "binary", op: "le" }],
  ["未完成不得分", { kind: "binary" }],
  ["完成得分，未完成不得分", { kind: "binary" }],
  ["是得满分，否不得分", { kind: "binary" }],
  ["按时完成得满分，未按时完成不得分", { kind: "binary" }],
  ["每低1个百分点扣0.5分，扣完为止", perPt(0.5)],
  ["每降低一个百分点扣1分", perPt(1)],
  ["每低1个百分点扣1分，最多扣5分", perPt(1, { maxDeduction: 5 })],
  ["满意度≥90%得满分，每低1个百分点扣1分", perPt(1, { threshold: 0.9, thresholdUnit: "ratio" })],
  [
    "满意度95%以上得满分，每降低1个百分点扣0.5分，低于80%不得分",
    perPt(0.5, { threshold: 0.95, floor: 0.8, thresholdUnit: "ratio" }),
  ],
  ["每少1个扣1分", { kind: "per-unit", points: 1, step: 1, stepUnit: "unit", direction: "below" }],
  [
    "每有一项未完成扣2分",
    { kind: "per-unit", points: 2, step: 1, stepUnit: "unit", direction: "below" },
  ],
  [
    "每发生1起扣2分",
    { kind: "per-unit", points: 2, step: 1, stepUnit: "unit", direction: "above" },
  ],
  [
    "每超出1%扣0.5分",
    { kind: "per-unit", points: 0.5, step: 1, stepUnit: "%", direction: "above" },
  ],
  [
    "按时完成得满分，每延迟1个月扣1分",
    { kind: "per-unit", points: 1, step: 1, stepUnit: "month", direction: "late" },
  ],
  [
    "每延迟1个月扣1分，不足1个月按1个月计",
    {
      kind: "per-unit",
      points: 1,
      step: 1,
      stepUnit: "month",
      direction: "late",
      rounding: "ceil",
    },
  ],
  [
    "每延迟1天扣0.1分",
    { kind: "per-unit", points: 0.1, step: 1, stepUnit: "day", direction: "late" },
  ],
  ["每推迟一周扣1分", { kind: "per-unit", points: 1, step: 7, stepUnit: "day", direction: "late" }],
  [
    "≥95%得满分，90%（含）-95%得8分，低于90%不得分",
    {
      kind: "bands",
      unit: "ratio",
      bands: [{ min: 0.95, fraction: 1 }, { min: 0.9, points: 8 }, { points: 0 }],
    },
  ],
  [
    "高于95%得满分，90%-95%得8分，90%以下不得分",
    {
      kind: "bands",
      unit: "ratio",
      bands: [{ min: 0.95, exclusive: true, fraction: 1 }, { min: 0.9, points: 8 }, { points: 0 }],
    },
  ],
  [
    "85%以上得满分，70%-85%得3分，70%以下得0分",
    {
      kind: "bands",
      unit: "ratio",
      bands: [{ min: 0.85, fraction: 1 }, { min: 0.7, points: 3 }, { points: 0 }],
    },
  ],
  [
    "完成率100%得满分，90%-100%得8分，80%-90%得6分，80%以下不得分",
    {
      kind: "bands",
      unit: "ratio",
      basis: "completion",
      bands: [
        { min: 1, fraction: 1 },
        { min: 0.9, points: 8 },
        { min: 0.8, points: 6 },
        { points: 0 },
      ],
    },
  ],
  [
    "≥90%得满分，否则不得分",
    { kind: "bands", unit: "ratio", bands: [{ min: 0.9, fraction: 1 }, { points: 0 }] },
  ],
  ["完成率低于60%不得分，60%-100%线性计分", { kind: "floor-target-cap", floor: 0.6 }],
  ["定性指标，根据完成情况酌情扣分", { kind: "qualitative" }],
  ["酌情扣分", { kind: "qualitative" }],
  ["专家评分", { kind: "qualitative" }],
  [
    "达成得满分，部分达成得60%-80%，未达成0-60%",
    { kind: "qualitative", bands: { achieved: [1, 1], partial: [0.6, 0.8], unmet: [0, 0.6] } },
  ],
  ["上下浮动5%以内得满分", { kind: "about", tolerance: 0.05 }],
  ["偏差在±10%以内得满分，超出按比例扣分", { kind: "about", tolerance: 0.1 }],
  ["在目标区间内得满分", { kind: "range" }],
  ["等于目标值得满分", { kind: "equal" }],
  ["按增长率计分", { kind: "growth" }],
  ["人工评分", { kind: "manual" }],
  ["由评价组评分", { kind: "manual" }],
  ["一票否决", { kind: "veto", effect: "zero-total" }],
  [
    "发生重大安全事故的，实行一票否决，所属一级指标不得分",
    { kind: "veto", effect: "zero-block", level: 1 },
  ],
  ["出现违规问题的，总分不超过60分", { kind: "veto", effect: "cap-total", cap: 60 }],
  ["本项10分，完成得满分，未完成按比例计分", { kind: "at-least" }],
  ["完成率×分值，最高不超过分值", { kind: "at-least" }],
  ["指标完成值≥指标值得满分，否则按比例得分", { kind: "at-least" }],
  ["超额完成按满分计算，未完成按完成比例计算得分", { kind: "at-least" }],
  [
    "未发生得满分，发生一起扣1分",
    { kind: "per-unit", points: 1, step: 1, stepUnit: "unit", direction: "above" },
  ],
  [
    "全部完成得满分，每少完成1项扣1分",
    { kind: "per-unit", points: 1, step: 1, stepUnit: "unit", direction: "below" },
  ],
  [
    "实际完成率在95%以上得满分；每降低5个百分点扣1分",
    perPt(1, { step: 5, threshold: 0.95, thresholdUnit: "ratio" }),
  ],
  ["按期完成得满分，逾期不得分", { kind: "binary" }],
  ["符合要求得满分，不符合不得分", { kind: "binary" }],
  ["完成得满分；未完成按比例计分。", { kind: "at-least" }],
  ["完成得满分,未完成按比例计分", { kind: "at-least" }],
];

describe("the 评分标准 vocabulary", () => {
  test("has at least 40 phrasings", () => {
    expect(vocabulary.length).toBeGreaterThanOrEqual(40);
  });

  test.each(vocabulary)("%s", (phrase, expected) => {
    const spec = parseCriterion(phrase);
    expect(spec).toEqual(expected);
    expect(checkSpec(spec, "")).toEqual([]); // every reading is a valid spec
  });

  test("full-width forms and spaces read the same", () => {
    expect(parseCriterion("每低１个百分点扣０.５分 ， 扣完为止")).toEqual(perPt(0.5));
    expect(parseCriterion("≧95％得满分，90％（含）～95％得8分，低于90％不得分")).toEqual(
      vocabulary.find(([p]) => p.startsWith("≥95%"))?.[1]
    );
  });
});

describe("what is not understood gives null, never a guess", () => {
  test.each([
    [""],
    ["   "],
    ["详见附件"],
    ["完成得满分"], // what a miss scores is not said
    ["≥95%得满分"], // likewise
    ["每低1个百分点加1分"], // a bonus, not a deduction
    ["完成得满分，未完成按比例计分，另加5分"], // more than we read
    ["未完成不得分，未完成按比例计分"], // contradicts itself
    ["≥95%得满分，低于80%不得分"], // what scores 80–95 % is not said
    ["每延迟1个百分点扣1分"], // a delay is measured in time
    ["按实际完成情况计分"], // says nothing about how
    ["完成目标值的100%得满分"], // what a miss scores is not said
    ["at-most sideways"],
    ['{"kind":"at-least","wrong":1}'],
    ["{not json"],
  ])("%j", (phrase) => {
    expect(parseCriterion(phrase)).toBeNull();
  });
});

describe("the DSL", () => {
  test.each([
    ["at-least", { kind: "at-least" }],
    ["at-least floor 60%", { kind: "at-least", floor: 0.6 }],
    ["at-most linear", { kind: "at-most", variant: "linear" }],
    ["at-most ratio", { kind: "at-most", variant: "ratio" }],
    ["AT-MOST Ratio", { kind: "at-most", variant: "ratio" }],
    ["equal pro-rata", { kind: "equal", above: "pro-rata" }],
    ["about 5%", { kind: "about", tolerance: 0.05 }],
    ["range 90% 95%", { kind: "range", low: 0.9, high: 0.95 }],
    ["binary le", { kind: "binary", op: "le" }],
    ["per-unit 0.5/1pt", { kind: "per-unit", points: 0.5, step: 1, stepUnit: "pt" }],
    [
      "per-unit 1/1pt below from 90%",
      {
        kind: "per-unit",
        points: 1,
        step: 1,
        stepUnit: "pt",
        direction: "below",
        threshold: 0.9,
        thresholdUnit: "ratio",
      },
    ],
    [
      "per-unit 1/1month late ceil",
      {
        kind: "per-unit",
        points: 1,
        step: 1,
        stepUnit: "month",
        direction: "late",
        rounding: "ceil",
      },
    ],
    [
      "per-unit 2/1 above max 6",
      {
        kind: "per-unit",
        points: 2,
        step: 1,
        stepUnit: "unit",
        direction: "above",
        maxDeduction: 6,
      },
    ],
    [
      "bands 95%:10 90%:8 0:0",
      {
        kind: "bands",
        unit: "ratio",
        bands: [
          { min: 0.95, points: 10 },
          { min: 0.9, points: 8 },
          { min: 0, points: 0 },
        ],
      },
    ],
    [
      "bands completion 100%:full >90%:80%w *:0",
      {
        kind: "bands",
        basis: "completion",
        unit: "ratio",
        bands: [
          { min: 1, fraction: 1 },
          { min: 0.9, exclusive: true, fraction: 0.8 },
          { points: 0 },
        ],
      },
    ],
    [
      "qualitative achieved 100%-100% partial 60%-80%",
      { kind: "qualitative", bands: { achieved: [1, 1], partial: [0.6, 0.8] } },
    ],
    ["floor-target-cap 60%", { kind: "floor-target-cap", floor: 0.6 }],
    ["growth", { kind: "growth" }],
    ["manual", { kind: "manual" }],
    ["veto zero-block level 2", { kind: "veto", effect: "zero-block", level: 2 }],
    ["veto cap 60", { kind: "veto", effect: "cap-total", cap: 60 }],
    [
      '{"kind":"per-unit","points":0.5,"step":1,"stepUnit":"pt"}',
      { kind: "per-unit", points: 0.5, step: 1, stepUnit: "pt" },
    ],
  ])("%s", (text, expected) => {
    expect(parseCriterion(text)).toEqual(expected);
  });

  test.each([
    ["at-most sideways"],
    ["per-unit"],
    ["per-unit 1/1month below"],
    ["about lots"],
    ["floor-target-cap 150%"],
    ["veto cap"],
    ["bands"],
  ])("refuses %j", (text) => {
    expect(parseCriterion(text)).toBeNull();
  });
});

describe("caching", () => {
  test("the same text gives the same frozen spec", () => {
    const a = parseCriterion("完成得满分，未完成按比例计分");
    const b = parseCriterion("完成得满分，未完成按比例计分");
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
