/**
 * Rule kinds that judge rather than divide: qualitative (band check only), binary, per-unit
 * deduction, bands, manual, veto. Expected figures are worked out by hand beside each case.
 */

import {
  count,
  date,
  explain,
  grade,
  input,
  manualSet,
  na,
  no,
  none,
  pct,
  run,
  text,
  yes,
} from "./helpers/quantities";

describe("qualitative: checks the stated score against the grade's band, never invents one", () => {
  const spec = { kind: "qualitative" };
  const target = text("形成产业集群发展工作小组方案，召开2次以上联席会议");

  test("达成 [8, 10]: a stated 9 is kept", () => {
    const r = run(spec, input(target, grade("达成预期", "achieved"), 10, 9));
    expect(r.score).toBe(9);
    expect(r.findings).toEqual([]);
    expect(r.met).toBe(true);
  });

  test("达成 with a stated 7 is out of band: no score, QUAL_OUT_OF_BAND", () => {
    const inp = input(target, grade("达成预期", "achieved"), 10, 7);
    const r = run(spec, inp);
    expect(r.score).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(["QUAL_OUT_OF_BAND"]);
    expect(explain(spec, inp)).toBe(
      "定性指标，完成情况“达成”，得分区间[8, 10]，自评7分不在区间内，需复核"
    );
  });

  test("部分达成 is [6, 8): 6 and 7.99 inside, 8 outside", () => {
    expect(run(spec, input(target, grade("部分达成", "partial"), 10, 6)).score).toBe(6);
    expect(run(spec, input(target, grade("部分达成", "partial"), 10, 7.99)).score).toBe(7.99);
    expect(run(spec, input(target, grade("部分达成", "partial"), 10, 8)).findings[0]?.code).toBe(
      "QUAL_OUT_OF_BAND"
    );
  });

  test("未达成 is [0, 6) at weight 10; at weight 5 it is [0, 3)", () => {
    expect(run(spec, input(target, grade("未达成", "unmet"), 10, 5.9)).score).toBe(5.9);
    expect(run(spec, input(target, grade("未达成", "unmet"), 5, 3)).findings[0]?.code).toBe(
      "QUAL_OUT_OF_BAND"
    );
  });

  test("no stated score: no score, the band is explained", () => {
    const inp = input(target, yes("是"), 10, null);
    expect(run(spec, inp).score).toBeNull();
    expect(explain(spec, inp)).toBe("定性指标，完成情况“达成”，应在得分区间[8, 10]内人工评分");
  });

  test("bands from the criterion: 达成 only full marks", () => {
    const withBands = {
      kind: "qualitative",
      bands: { achieved: [1, 1], partial: [0.6, 0.8], unmet: [0, 0.6] },
    };
    expect(run(withBands, input(target, grade("达成", "achieved"), 10, 9)).findings[0]?.code).toBe(
      "QUAL_OUT_OF_BAND"
    );
    expect(run(withBands, input(target, grade("部分达成", "partial"), 10, 8)).score).toBe(8); // closed [6, 8]
  });

  test("an actual with no readable grade keeps the stated score", () => {
    expect(run(spec, input(target, text("印发方案并召开两次会议"), 10, 9.5)).score).toBe(9.5);
  });
});

describe("binary", () => {
  test("是 against 是: full; 否: 0", () => {
    expect(run({ kind: "binary" }, input(yes(), yes())).score).toBe(10);
    expect(run({ kind: "binary" }, input(yes(), no())).score).toBe(0);
  });

  test("a deadline: done before it full, after it 0", () => {
    const due = date("2025年12月底前", "2025-12-31", "le");
    expect(run({ kind: "binary" }, input(due, date("2025-11-30", "2025-11-30"))).score).toBe(10);
    expect(run({ kind: "binary" }, input(due, date("2026-01-15", "2026-01-15"))).score).toBe(0);
    expect(run({ kind: "binary" }, input(due, yes("按时完成"))).score).toBe(10);
  });

  test("op le (超过目标值不得分): 4 against 5 full, 6 against 5 zero", () => {
    const target = count("5次", 5, "次");
    expect(run({ kind: "binary", op: "le" }, input(target, count("4次", 4, "次"))).score).toBe(10);
    expect(run({ kind: "binary", op: "le" }, input(target, count("6次", 6, "次"))).score).toBe(0);
  });

  test("a sentence against a sentence cannot be judged", () => {
    const r = run({ kind: "binary" }, input(text("推动落实方案"), text("已印发实施")));
    expect(r.score).toBeNull();
    expect(r.findings[0]?.code).toBe("TARGET_UNREADABLE");
  });
});

describe("per-unit deduction", () => {
  const perPoint = { kind: "per-unit", points: 0.5, step: 1, stepUnit: "pt", direction: "below" };

  test("每低1个百分点扣0.5分: 92.5 % against 95 % is 2.5 points short → 10 − 1.25 = 8.75", () => {
    const inp = input(pct("≥95%", 0.95, "ge"), pct("92.5%", 0.925));
    expect(run(perPoint, inp).score).toBe(8.75);
    expect(explain(perPoint, inp)).toBe(
      "完成值92.5%，指标值≥95%，低2.5个百分点，每低1个百分点扣0.5分，扣1.25分，得8.75分"
    );
    expect(explain(perPoint, inp, "en-US")).toBe(
      "Actual 92.5% against target ≥95%: 2.5 percentage points short, 0.5 deducted per 1 percentage point(s), 1.25 deducted, scored 8.75"
    );
  });

  test("扣完为止: 35 points short × 0.5 = 17.5 > 10 → 0", () => {
    expect(run(perPoint, input(pct("≥95%", 0.95, "ge"), pct("60%", 0.6))).score).toBe(0);
  });

  test("at or above the target: full", () => {
    expect(run(perPoint, input(pct("≥95%", 0.95, "ge"), pct("96%", 0.96))).score).toBe(10);
  });

  test("threshold from the criterion (满意度≥90%): 87 % → 3 points × 1 = 7", () => {
    const spec = {
      kind: "per-unit",
      points: 1,
      step: 1,
      stepUnit: "pt",
      direction: "below",
      threshold: 0.9,
      thresholdUnit: "ratio",
    };
    expect(run(spec, input(none, pct("87%", 0.87))).score).toBe(7);
  });

  test("rounding ceil: 2.5 points counts as 3 → 10 − 1.5 = 8.5", () => {
    expect(
      run({ ...perPoint, rounding: "ceil" }, input(pct("≥95%", 0.95, "ge"), pct("92.5%", 0.925)))
        .score
    ).toBe(8.5);
  });

  test("maxDeduction caps the deduction", () => {
    expect(
      run({ ...perPoint, maxDeduction: 3 }, input(pct("≥95%", 0.95, "ge"), pct("60%", 0.6))).score
    ).toBe(7);
  });

  test("每少1个扣2分: 8 against 10 → 10 − 4 = 6", () => {
    expect(
      run(
        { kind: "per-unit", points: 2, step: 1, stepUnit: "unit" },
        input(count("10个", 10, "个"), count("8个", 8, "个"))
      ).score
    ).toBe(6);
  });

  test("每低1%扣1分 on a count is 1 % of the target: 95 against 100 → 5 steps → 5", () => {
    expect(
      run(
        { kind: "per-unit", points: 1, step: 1, stepUnit: "%" },
        input(count("100个", 100, "个"), count("95个", 95, "个"))
      ).score
    ).toBe(5);
  });

  test("每发生1起扣2分: 2 against 0 → 10 − 4 = 6", () => {
    expect(
      run(
        { kind: "per-unit", points: 2, step: 1, stepUnit: "unit", direction: "above" },
        input(count("0起", 0, "起", "le"), count("2起", 2, "起"))
      ).score
    ).toBe(6);
  });

  test("每延迟1个月扣1分: due 2025-06-30, done 2025-08-31 → 2 months → 5 − 2 = 3", () => {
    const spec = { kind: "per-unit", points: 1, step: 1, stepUnit: "month", direction: "late" };
    const inp = input(
      date("2025年6月底前", "2025-06-30", "le"),
      date("2025年8月31日", "2025-08-31"),
      5
    );
    expect(run(spec, inp).score).toBe(3);
    expect(explain(spec, inp)).toBe(
      "完成时间2025年8月31日，期限2025年6月底前，延迟2个月，每延迟1个月扣1分，扣2分，得3分"
    );
    // 2025-06-30 → 2025-08-15: one month to 07-31, then 15 days = 1.5 months; ceil → 2
    const half = input(
      date("2025年6月底前", "2025-06-30", "le"),
      date("2025-08-15", "2025-08-15"),
      5
    );
    expect(run(spec, half).score).toBe(3.5);
    expect(run({ ...spec, rounding: "ceil" }, half).score).toBe(3);
    expect(
      run(spec, input(date("2025年6月底前", "2025-06-30", "le"), yes("按时完成"), 5)).score
    ).toBe(5);
  });

  test("floor: below it 0", () => {
    const spec = { ...perPoint, floor: 0.8, thresholdUnit: "ratio" };
    expect(run(spec, input(pct("≥95%", 0.95, "ge"), pct("79%", 0.79))).score).toBe(0);
  });
});

describe("bands", () => {
  // ≥95%得满分，90%（含）-95%得8分，低于90%不得分
  const spec = {
    kind: "bands",
    unit: "ratio",
    bands: [{ min: 0.95, fraction: 1 }, { min: 0.9, points: 8 }, { points: 0 }],
  };
  const target = pct("≥95%", 0.95, "ge");

  test("each step, edges inclusive", () => {
    expect(run(spec, input(target, pct("96%", 0.96))).score).toBe(10);
    expect(run(spec, input(target, pct("95%", 0.95))).score).toBe(10);
    expect(run(spec, input(target, pct("92%", 0.92))).score).toBe(8);
    expect(run(spec, input(target, pct("90%", 0.9))).score).toBe(8);
    expect(run(spec, input(target, pct("89.99%", 0.8999))).score).toBe(0);
  });

  test("explained with the step", () => {
    expect(explain(spec, input(target, pct("92%", 0.92)))).toBe(
      "完成值92%，属“≥90%”档，得8分，扣2分"
    );
    expect(explain(spec, input(target, pct("80%", 0.8)))).toBe(
      "完成值80%，属“<90%”档，得0分，扣10分"
    );
  });

  test("exclusive lower bound (高于95%)", () => {
    const strict = {
      ...spec,
      bands: [{ min: 0.95, exclusive: true, fraction: 1 }, { min: 0.9, points: 8 }, { points: 0 }],
    };
    expect(run(strict, input(target, pct("95%", 0.95))).score).toBe(8);
  });

  test("on the completion when the actual is a count: 74 of 80 = 92.5 % → 8", () => {
    const byCompletion = {
      kind: "bands",
      unit: "ratio",
      bands: [{ min: 1, fraction: 1 }, { min: 0.9, points: 8 }, { points: 0 }],
    };
    const r = run(byCompletion, input(count("80宗", 80, "宗"), count("74宗", 74, "宗")));
    expect(r.score).toBe(8);
    expect(r.completion).toBeCloseTo(0.925, 10);
  });

  test("points above the weight are capped at the weight", () => {
    expect(
      run(
        { kind: "bands", bands: [{ min: 0, points: 12 }] },
        input(count("5个", 5, "个"), count("5个", 5, "个"))
      ).score
    ).toBe(10);
  });
});

describe("manual", () => {
  test("the stated score, checked for 0..w", () => {
    expect(
      run({ kind: "manual" }, input(count("≥80宗", 80, "宗", "ge"), count("22宗", 22, "宗"), 10, 8))
        .score
    ).toBe(8);
    expect(run({ kind: "manual" }, input(none, none, 10, 11)).score).toBeNull();
    expect(run({ kind: "manual" }, input(none, none, 10, -1)).score).toBeNull();
    expect(run({ kind: "manual" }, input(none, none, 10, null)).score).toBeNull();
  });

  test("still judges the target: 22 of ≥80 is unmet at 27.5 %", () => {
    const r = run(
      { kind: "manual" },
      input(count("≥80宗", 80, "宗", "ge"), count("22宗", 22, "宗"), 10, 10, manualSet)
    );
    expect(r.score).toBe(10);
    expect(r.met).toBe(false);
    expect(r.completion).toBeCloseTo(0.275, 10);
  });
});

describe("veto", () => {
  const spec = { kind: "veto", effect: "zero-block", level: 1 };
  const target = count("0起", 0, "起", "le");

  test("condition held: no veto", () => {
    const r = run(spec, input(target, count("0起", 0, "起"), 0));
    expect(r.veto).toBeUndefined();
    expect(r.met).toBe(true);
  });

  test("condition failed: score 0 and a veto for the totals", () => {
    const inp = input(target, count("1起", 1, "起"), 0);
    const r = run(spec, inp);
    expect(r.score).toBe(0);
    expect(r.veto).toEqual({ effect: "zero-block", level: 1 });
    expect(explain(spec, inp)).toBe("一票否决项：完成值1起不符合要求0起，所属1级指标得0分");
    expect(run({ kind: "veto", effect: "cap-total", cap: 60 }, inp).veto).toEqual({
      effect: "cap-total",
      cap: 60,
    });
    expect(run({ kind: "veto" }, inp).veto).toEqual({ effect: "zero-total" });
  });
});

describe("rows that cannot be scored", () => {
  test("不适用: no score, no finding", () => {
    const r = run({ kind: "at-least" }, input(na, na));
    expect(r.score).toBeNull();
    expect(r.findings).toEqual([]);
  });

  test("no actual: no score; the checks raise ACTUAL_MISSING", () => {
    const r = run({ kind: "at-least" }, input(count("≥80宗", 80, "宗", "ge"), none));
    expect(r.score).toBeNull();
    expect(r.findings).toEqual([]);
  });

  test("an unreadable target: TARGET_UNREADABLE on the target", () => {
    const r = run({ kind: "at-least" }, input(none, count("22宗", 22, "宗")));
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "TARGET_UNREADABLE", field: "target" }),
    ]);
  });

  test("an Excel error: CELL_ERROR on that cell", () => {
    const r = run(
      { kind: "at-least" },
      input(count("≥80宗", 80, "宗", "ge"), { kind: "error", raw: "#DIV/0!", error: "#DIV/0!" })
    );
    expect(r.score).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ code: "CELL_ERROR", field: "actual" })]);
  });
});
