/**
 * Rule kinds that compare numbers: at-least, at-most (linear, ratio), equal, about, range, growth,
 * floor-target-cap. Every expected figure is worked out by hand in the comment beside it.
 */

import {
  count,
  explain,
  growth,
  input,
  money,
  n,
  national,
  pct,
  run,
  times,
} from "./helpers/quantities";

describe("at-least (seed 004 project counts, weight 10)", () => {
  const spec = { kind: "at-least" };

  test("174 against ≥160 is full marks", () => {
    const inp = input(count("≥160宗", 160, "宗", "ge"), count("174宗", 174, "宗"));
    const r = run(spec, inp);
    expect(r.score).toBe(10);
    expect(r.completion).toBeCloseTo(1.0875, 10); // 174 / 160
    expect(r.met).toBe(true);
    expect(explain(spec, inp)).toBe("完成值174宗，达到指标值≥160宗，得满分10分");
  });

  test("51 against ≥90 scores 10·51/90 = 5.67", () => {
    const inp = input(count("≥90宗", 90, "宗", "ge"), count("51宗", 51, "宗"));
    const r = run(spec, inp);
    expect(r.score).toBe(5.67); // 5.666… rounded
    expect(r.met).toBe(false);
    expect(explain(spec, inp)).toBe(
      "完成值51宗，指标值≥90宗，完成率56.67%，按比例计分 10×56.67%=5.67分，扣4.33分"
    );
  });

  test("51 against ≥90 at weight 6 scores 6·51/90 = 3.4", () => {
    const r = run(spec, input(count("≥90宗", 90, "宗", "ge"), count("51宗", 51, "宗"), 6));
    expect(r.score).toBe(3.4);
  });

  test("22 against ≥80 scores 2.75, explained in both languages", () => {
    const inp = input(count("≥80宗", 80, "宗", "ge"), count("22宗", 22, "宗"));
    expect(run(spec, inp).score).toBe(2.75);
    expect(explain(spec, inp, "zh-CN")).toBe(
      "完成值22宗，指标值≥80宗，完成率27.50%，按比例计分 10×27.50%=2.75分，扣7.25分"
    );
    expect(explain(spec, inp, "en-US")).toBe(
      "Actual 22 宗 against target ≥80 宗: 27.50% complete, scored pro rata 10 × 27.50% = 2.75, 7.25 deducted"
    );
  });

  test("33 against ≥25 is full marks and 132 % of the target", () => {
    const r = run(spec, input(count("≥25宗", 25, "宗", "ge"), count("33宗", 33, "宗")));
    expect(r.score).toBe(10);
    expect(r.actualToTarget).toBeCloseTo(1.32, 10);
  });

  test("growth target +3 % against −1.6 % scores 0 with NEGATIVE_COMPLETION (seed 004)", () => {
    const inp = input(growth("增长3%", "up", 0.03), growth("同比下降1.6%", "down", 0.016));
    const r = run(spec, inp);
    expect(r.score).toBe(0);
    expect(r.completion).toBeCloseTo(-0.016 / 0.03, 10);
    expect(r.findings.map((f) => f.code)).toEqual(["NEGATIVE_COMPLETION"]);
    expect(explain(spec, inp)).toBe(
      "完成值同比下降1.6%，指标值增长3%，完成率-53.33%为负，得0分，扣10分"
    );
  });

  test("a negative plain actual against a positive target also scores 0", () => {
    const r = run(spec, input(pct("≥3%", 0.03, "ge"), pct("-1.6%", -0.016)));
    expect(r.score).toBe(0);
    expect(r.findings[0].code).toBe("NEGATIVE_COMPLETION");
  });

  test("seed 001: ≥15 % against 18.4 % is full; 2 倍 against 4.23 倍 is full and 211.5 %", () => {
    expect(run(spec, input(pct("≥15%", 0.15, "ge"), pct("18.4%", 0.184))).score).toBe(10);
    const r = run(spec, input(times("2 倍", 2), times("4.23 倍", 4.23)));
    expect(r.score).toBe(10);
    expect(r.actualToTarget).toBeCloseTo(2.115, 10);
  });

  test("money converts: target in 亿元, actual in 万元", () => {
    // 1 亿元 = 10,000 万元; 5,000 万元 is half of it → 10 × 0.5 = 5
    const r = run(spec, input(money("1亿元", 10000, "亿元"), money("5000万元", 5000, "万元")));
    expect(r.score).toBe(5);
    // seed 001: 6,000 亿元 against 6,117.99 亿元 → full
    expect(
      run(
        spec,
        input(money("6,000 亿元", 60000000, "亿元"), money("6,117.99 亿元", 61179900, "亿元"))
      ).score
    ).toBe(10);
  });

  test("亿元 against 个 is a unit mismatch: no score", () => {
    const inp = input(money("6,000 亿元", 60000000, "亿元"), count("6 个", 6, "个"));
    const r = run(spec, inp);
    expect(r.score).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(["UNIT_MISMATCH"]);
    expect(explain(spec, inp)).toBe("指标值6,000 亿元与完成值6 个计量单位不可比，无法计分");
  });

  test("a bare number takes the target's unit: 92 against ≥95 % is 92 %", () => {
    // 10 × 0.92 / 0.95 = 9.684… → 9.68
    expect(run(spec, input(pct("≥95%", 0.95, "ge"), n("92", 92, "plain"))).score).toBe(9.68);
  });

  test("zero target: full iff the actual is at least 0", () => {
    expect(run(spec, input(count("0个", 0, "个"), count("0个", 0, "个"))).score).toBe(10);
    expect(run(spec, input(pct("0%", 0), pct("-2%", -0.02))).score).toBe(0);
  });

  test("floor: completion below it scores 0", () => {
    // 50 / 100 = 50 % < 60 % → 0; 70 / 100 = 70 % → 7
    expect(
      run(
        { kind: "at-least", floor: 0.6 },
        input(count("100个", 100, "个"), count("50个", 50, "个"))
      ).score
    ).toBe(0);
    expect(
      run(
        { kind: "at-least", floor: 0.6 },
        input(count("100个", 100, "个"), count("70个", 70, "个"))
      ).score
    ).toBe(7);
  });

  test("threshold from the criterion replaces the target", () => {
    // ≥90 % from the criterion, actual 81 %: 10 × 0.81 / 0.9 = 9
    const r = run(
      { kind: "at-least", threshold: 0.9, thresholdUnit: "ratio" },
      input(pct("95%", 0.95), pct("81%", 0.81))
    );
    expect(r.score).toBe(9);
  });

  test("rounds to the rule set's decimals and never above the weight", () => {
    // 7 × 1/3 = 2.333… → 2.33; with 1 decimal 10 × 22/80 = 2.75 → 2.8
    expect(run(spec, input(count("3个", 3, "个"), count("1个", 1, "个"), 7)).score).toBe(2.33);
    expect(
      run(
        spec,
        input(count("≥80宗", 80, "宗", "ge"), count("22宗", 22, "宗"), 10, null, {
          ...national,
          decimals: 1,
        })
      ).score
    ).toBe(2.8);
    expect(run(spec, input(count("1个", 1, "个"), count("1000个", 1000, "个"))).score).toBe(10);
  });
});

describe("at-most", () => {
  const linear = { kind: "at-most", variant: "linear" };
  const ratio = { kind: "at-most", variant: "ratio" };
  const cap = count("≤100万元", 100, "万元", "le");

  test("within the target is full marks", () => {
    expect(run(linear, input(cap, count("80万元", 80, "万元"))).score).toBe(10);
    expect(run(ratio, input(cap, count("100万元", 100, "万元"))).score).toBe(10);
  });

  test("linear: 120 against ≤100 scores 10 × (2 − 1.2) = 8", () => {
    const inp = input(cap, count("120万元", 120, "万元"));
    expect(run(linear, inp).score).toBe(8);
    expect(explain(linear, inp)).toBe(
      "完成值120万元，指标值≤100万元，超出20.00%，按线性计分 10×(2−120.00%)=8分，扣2分"
    );
  });

  test("linear: twice the target or more scores 0", () => {
    expect(run(linear, input(cap, count("200万元", 200, "万元"))).score).toBe(0);
    expect(run(linear, input(cap, count("250万元", 250, "万元"))).score).toBe(0);
  });

  test("ratio: 125 against ≤100 scores 10 × 100/125 = 8", () => {
    expect(run(ratio, input(cap, count("125万元", 125, "万元"))).score).toBe(8);
    // 10 × 100/300 = 3.33 (linear would give 0)
    expect(run(ratio, input(cap, count("300万元", 300, "万元"))).score).toBe(3.33);
  });

  test("without a variant, the rule set's ≤ rule decides (national-2020: linear)", () => {
    expect(run({ kind: "at-most" }, input(cap, count("150万元", 150, "万元"))).score).toBe(5); // 10 × (2 − 1.5)
    const ratioSet = {
      ...national,
      operators: { ...national.operators, le: { kind: "at-most", variant: "ratio" } },
    };
    expect(
      run({ kind: "at-most" }, input(cap, count("150万元", 150, "万元"), 10, null, ratioSet)).score
    ).toBe(6.67); // 10 × 100/150
  });

  test("zero target: full iff the actual is at most 0", () => {
    const zero = count("0起", 0, "起", "le");
    expect(run(linear, input(zero, count("0起", 0, "起"))).score).toBe(10);
    expect(run(linear, input(zero, count("1起", 1, "起"))).score).toBe(0);
  });
});

describe("equal", () => {
  const target = count("=6个", 6, "个", "eq");

  test("as at least by default: short pro rata, above full", () => {
    expect(run({ kind: "equal" }, input(target, count("6个", 6, "个"))).score).toBe(10);
    expect(run({ kind: "equal" }, input(target, count("5个", 5, "个"))).score).toBe(8.33); // 10 × 5/6
    expect(run({ kind: "equal" }, input(target, count("8个", 8, "个"))).score).toBe(10);
  });

  test("above: pro-rata scores w·A/B over the target", () => {
    expect(
      run({ kind: "equal", above: "pro-rata" }, input(target, count("8个", 8, "个"))).score
    ).toBe(7.5); // 10 × 6/8
  });
});

describe("about (左右, tolerance 5 % of the target)", () => {
  const spec = { kind: "about" };
  const target = pct("65%左右", 0.65, "about");

  test("seed 001: 65%左右 against 65.7 % is full marks", () => {
    const inp = input(target, pct("65.7%", 0.657));
    expect(run(spec, inp).score).toBe(10);
    expect(explain(spec, inp)).toBe(
      "完成值65.7%，在指标值65%左右±5%范围（61.75%–68.25%）内，得满分10分"
    );
  });

  test("below the band: proportional to the lower bound 61.75 %", () => {
    // 10 × 0.60 / 0.6175 = 9.716… → 9.72
    expect(run(spec, input(target, pct("60%", 0.6))).score).toBe(9.72);
  });

  test("above the band: proportional to the upper bound 68.25 %", () => {
    // 10 × 0.6825 / 0.75 = 9.1
    expect(run(spec, input(target, pct("75%", 0.75))).score).toBe(9.1);
  });

  test("tolerance as a parameter", () => {
    // ±10 %: 58.5 %–71.5 %, 60 % is inside
    expect(run({ kind: "about", tolerance: 0.1 }, input(target, pct("60%", 0.6))).score).toBe(10);
  });
});

describe("range", () => {
  const target = {
    kind: "range" as const,
    raw: "90%-95%",
    low: 0.9,
    high: 0.95,
    unit: { dimension: "ratio" as const, symbol: "%" },
  };

  test("inside full, outside proportional to the nearest bound", () => {
    expect(run({ kind: "range" }, input(target, pct("93%", 0.93))).score).toBe(10);
    expect(run({ kind: "range" }, input(target, pct("85%", 0.85))).score).toBe(9.44); // 10 × 0.85/0.9
    expect(run({ kind: "range" }, input(target, pct("100%", 1))).score).toBe(9.5); // 10 × 0.95/1
  });
});

describe("growth (optional)", () => {
  test("提高3 % against 下降1.6 %: (1 − 0.016)/(1 + 0.03) = 95.53 %", () => {
    const inp = input(growth("增长3%", "up", 0.03), growth("下降1.6%", "down", 0.016));
    const r = run({ kind: "growth" }, inp);
    expect(r.score).toBe(9.55);
    expect(r.completion).toBeCloseTo(0.984 / 1.03, 10);
    expect(explain({ kind: "growth" }, inp)).toBe(
      "完成值下降1.6%，指标值增长3%，完成率 (1−1.6%)÷(1+3%)=95.53%，按比例计分 10×95.53%=9.55分，扣0.45分"
    );
  });

  test("下降10 % against 下降8 %: (1 − 0.10)/(1 − 0.08) = 97.83 %; 下降12 % is full", () => {
    const target = growth("下降10%", "down", 0.1);
    expect(run({ kind: "growth" }, input(target, growth("下降8%", "down", 0.08))).score).toBe(9.78);
    expect(run({ kind: "growth" }, input(target, growth("下降12%", "down", 0.12))).score).toBe(10);
  });

  test("by default a 下降 target is at least on the size of the decline: 8/10 = 80 %", () => {
    expect(
      run(
        { kind: "at-least" },
        input(growth("下降10%", "down", 0.1), growth("下降8%", "down", 0.08))
      ).score
    ).toBe(8);
  });
});

describe("floor-target-cap", () => {
  const spec = { kind: "floor-target-cap", floor: 0.6 };
  const target = count("100个", 100, "个");

  test("0 below the floor, linear from floor to target, full at the target", () => {
    expect(run(spec, input(target, count("50个", 50, "个"))).score).toBe(0);
    expect(run(spec, input(target, count("80个", 80, "个"))).score).toBe(5); // 10 × (0.8 − 0.6)/(1 − 0.6)
    expect(run(spec, input(target, count("100个", 100, "个"))).score).toBe(10);
    expect(run(spec, input(target, count("120个", 120, "个"))).score).toBe(10);
  });
});
