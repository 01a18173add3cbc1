import { strings } from "../../src/taskpane/i18n";
import { chartBars, chartSummary } from "../../src/taskpane/state/chart";
import {
  formatAmount,
  formatDifference,
  formatPercent,
  formatScore,
  formatTime,
  formatWeight,
  localTimestamp,
} from "../../src/taskpane/state/numbers";
import { compareRows, rateLines, resultSummary } from "../../src/taskpane/state/results";
import type { IndicatorResult } from "../../src/engine/model";
import { evaluation, flag } from "./fixtures";

describe("results", () => {
  test("total and grade; a stated total or grade that differs is noticed", () => {
    expect(resultSummary(evaluation())).toEqual({
      total: 79.59,
      weight: 100,
      grade: "中",
      statedScore: null,
      statedGrade: null,
      statedDiffers: false,
    });
    const stated = (statedScore: number | null, statedGrade: string | null) =>
      resultSummary(
        evaluation({ totals: { weight: 100, score: 79.59, grade: "中", statedScore, statedGrade } })
      )?.statedDiffers;
    expect(stated(79.59, "中")).toBe(false);
    expect(stated(85, "中")).toBe(true);
    expect(stated(null, "良")).toBe(true);
  });

  test("execution rates: lines with a rate, a line flagged for its execution marked", () => {
    const lines = rateLines(evaluation());
    expect(lines.map((l) => [l.budget, l.executed])[2]).toEqual([249.02, 207.36]);
    expect(lines.map((l) => [l.sheet, l.name, l.rate, l.flagged])).toEqual([
      ["自评表", "年度资金总额", 0.9238, false],
      ["自评表", "当年财政拨款", 0.9238, false],
      ["明细", "部门项目支出", 0.8327, true],
    ]);
    // A flag of another kind on the row does not count.
    const other = rateLines(evaluation({ flags: [flag("明细", "F5", "RATE_MISMATCH", "error")] }));
    expect(other.every((l) => !l.flagged)).toBe(true);
  });

  test("numbers and times as printed", () => {
    // Scores with two decimals, as the sheets print them; weights as stated.
    expect(formatScore(79.59)).toBe("79.59");
    expect(formatScore(10)).toBe("10.00");
    expect(formatScore(22.5)).toBe("22.50");
    expect(formatScore(0.1 + 0.2)).toBe("0.30");
    expect(formatWeight(50)).toBe("50");
    expect(formatWeight(2.5)).toBe("2.5");
    expect(formatDifference(0.5)).toBe("+0.50");
    expect(formatDifference(-1.2)).toBe("\u22121.20");
    expect(formatDifference(0.001)).toBe("0.00");
    // Seed 004's figures in 万元.
    expect(formatAmount(16098.12)).toBe("16,098.12");
    expect(formatAmount(249.02)).toBe("249.02");
    expect(formatAmount(387236.73)).toBe("387,236.73");
    expect(formatPercent(0.9238)).toBe("92.38%");
    expect(formatPercent(1)).toBe("100.00%");
    expect(formatTime("2026-11-21T03:07:00.000Z", -480)).toBe("2026-11-21 11:07");
    expect(formatTime("2026-11-21T03:07:00.000Z", 0)).toBe("2026-11-21 03:07");
    expect(formatTime("昨天")).toBe("昨天");
    // 复核清单's time: local, as a person reads it (UTC+8 is an offset of −480 minutes).
    expect(localTimestamp(new Date("2026-11-21T03:07:09.000Z"), -480)).toBe("2026-11-21 11:07:09");
    expect(localTimestamp(new Date("2026-11-21T23:30:00.000Z"), -480)).toBe("2026-11-22 07:30:00");
    expect(formatTime("2026-11-21 11:07:09")).toBe("2026-11-21 11:07:09");
  });
});

describe("chart", () => {
  test("level-1 groups only, bars as shares of the largest weight", () => {
    const bars = chartBars(evaluation().groups);
    expect(bars.map((b) => [b.excess, b.partial])).toEqual([
      [0, false],
      [0, false],
    ]);
    expect(bars.map((b) => [b.label, b.score, b.weight, b.scoreLength, b.weightLength])).toEqual([
      ["产出指标", 38.85, 50, 38.85 / 50, 1],
      ["效益指标", 22.5, 30, 22.5 / 50, 30 / 50],
    ]);
    expect(chartBars([])).toEqual([]);
  });

  test("groups on several sheets are named with their sheet", () => {
    const bars = chartBars([
      { sheet: "项目一", levels: ["产出指标"], weight: 50, score: 40 },
      { sheet: "项目二", levels: ["产出指标"], weight: 50, score: 45 },
    ]);
    expect(bars.map((b) => b.label)).toEqual(["项目一 · 产出指标", "项目二 · 产出指标"]);
  });

  test("a sentence with the same figures for screen readers, in each language", () => {
    const bars = chartBars(evaluation().groups);
    expect(chartSummary(bars, strings("zh-CN"))).toBe(
      "一级指标得分与分值。产出指标：得分 38.85，分值 50；效益指标：得分 22.50，分值 30"
    );
    expect(chartSummary(bars, strings("en-US"))).toBe(
      "Score against weight by level-1 indicator. 产出指标: score 38.85 of 50; 效益指标: score 22.50 of 30"
    );
    expect(chartSummary([], strings("zh-CN"))).toBe("一级指标得分与分值");
  });
});

function row(
  levels: string[],
  weight: number,
  score: number | null,
  stated: number | null
): IndicatorResult {
  return {
    sheet: "自评表",
    row: 13,
    kind: "indicator",
    levels,
    weight,
    target: null,
    actual: null,
    targetValue: { kind: "none" } as unknown as IndicatorResult["targetValue"],
    actualValue: { kind: "none" } as unknown as IndicatorResult["actualValue"],
    rule: score === null ? "unscored" : "manual",
    score,
    statedScore: stated,
    completion: null,
    reason: null,
    explanation: null,
    suggestedReason: null,
    notApplicable: false,
  };
}

describe("over the weight, partial, stated beside computed", () => {
  test("a level-1 score of 50.5 on a weight of 50 counts 50 and shows the 0.5 over; the sentence says so", () => {
    const [bar] = chartBars([{ sheet: "自评表", levels: ["产出指标"], weight: 50, score: 50.5 }]);
    expect(bar).toMatchObject({ counted: 50, excess: 0.5, weightLength: 50 / 50.5 });
    expect(bar?.scoreLength).toBeCloseTo(50 / 50.5, 10);
    expect(bar?.excessLength).toBeCloseTo(0.5 / 50.5, 10);
    expect(chartSummary(bar ? [bar] : [], strings("zh-CN"))).toBe(
      "一级指标得分与分值。产出指标：得分 50.50，超出分值 50，按 50 计"
    );
  });

  test("a group with an indicator that could not be scored is partial", () => {
    const groups = [{ sheet: "自评表", levels: ["效益指标"], weight: 30, score: 20 }];
    const indicators = [
      row(["效益指标", "经济效益"], 10, 10, 10),
      row(["效益指标", "社会效益"], 20, null, null),
    ];
    expect(chartBars(groups, indicators)[0]?.partial).toBe(true);
    expect(chartBars(groups, indicators.slice(0, 1))[0]?.partial).toBe(false);
  });

  test("自评 | 系统 | 差额: the total and a level-1 group whose every row states a score", () => {
    const e = evaluation({
      totals: { weight: 100, score: 79.59, grade: "中", statedScore: 80, statedGrade: "中" },
      indicators: [
        row(["产出指标", "数量"], 25, 20, 19.5),
        row(["产出指标", "质量"], 25, 18.85, 20),
        // Only one of 效益指标's rows states a score: no stated sum for it.
        row(["效益指标", "经济"], 15, 12.5, 12.5),
        row(["效益指标", "社会"], 15, 10, null),
      ],
    });
    expect(compareRows(e).map((r) => [r.label, r.stated, r.system, r.difference])).toEqual([
      [null, 80, 79.59, -0.41],
      ["产出指标", 39.5, 38.85, -0.65],
      ["效益指标", null, 22.5, null],
    ]);
  });
});
