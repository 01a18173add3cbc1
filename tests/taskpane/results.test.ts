import { strings } from "../../src/taskpane/i18n";
import { chartBars, chartSummary } from "../../src/taskpane/state/chart";
import { formatPercent, formatScore, formatTime } from "../../src/taskpane/state/numbers";
import { rateLines, resultSummary } from "../../src/taskpane/state/results";
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
      ).statedDiffers;
    expect(stated(79.59, "中")).toBe(false);
    expect(stated(85, "中")).toBe(true);
    expect(stated(null, "良")).toBe(true);
  });

  test("execution rates: lines with a rate, a line flagged for its execution marked", () => {
    const lines = rateLines(evaluation());
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
    expect(formatScore(79.59)).toBe("79.59");
    expect(formatScore(10)).toBe("10");
    expect(formatScore(22.5)).toBe("22.5");
    expect(formatScore(0.1 + 0.2)).toBe("0.3");
    expect(formatPercent(0.9238)).toBe("92.38%");
    expect(formatPercent(1)).toBe("100.00%");
    expect(formatTime("2026-11-21T03:07:00.000Z", -480)).toBe("2026-11-21 11:07");
    expect(formatTime("2026-11-21T03:07:00.000Z", 0)).toBe("2026-11-21 03:07");
    expect(formatTime("昨天")).toBe("昨天");
  });
});

describe("chart", () => {
  test("level-1 groups only, bars as shares of the largest weight", () => {
    const bars = chartBars(evaluation().groups);
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
      "一级指标得分与分值。产出指标：得分 38.85，分值 50；效益指标：得分 22.5，分值 30"
    );
    expect(chartSummary(bars, strings("en-US"))).toBe(
      "Score against weight by level-1 indicator. 产出指标: score 38.85 of 50; 效益指标: score 22.5 of 30"
    );
    expect(chartSummary([], strings("zh-CN"))).toBe("一级指标得分与分值");
  });
});
