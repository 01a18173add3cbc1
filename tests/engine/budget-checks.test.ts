/** Each budget check on the right cell, with the figures in its message; denominators; the calendar. */

import { evaluateBudget } from "../../src/engine/budget";
import type { CellValue, Grid } from "../../src/engine/grid";
import { render } from "../../src/engine/i18n/render";
import type { RuleSet } from "../../src/engine/ruleset/types";
import { gridOf, ruleSetOf, seed000, seed004, tableOf } from "./budget-grids";

function run(grid: Grid, rules: RuleSet = ruleSetOf(), asOf?: string) {
  return evaluateBudget(grid, tableOf(grid), rules, asOf === undefined ? {} : { asOf });
}
const codes = (r: ReturnType<typeof run>) => r.flags.map((f) => [f.code, f.cell]);
const withRate = (rate: CellValue, format?: string, header = "执行率"): Grid =>
  gridOf(
    [
      ["项目", "全年预算数", "执行数", header],
      ["部门整体支出", 150055.68, 149174.48, rate],
    ],
    format ? { formats: [[], [undefined, undefined, undefined, format]] } : {}
  );

describe("RATE_MISMATCH at the stated precision (149,174.48 / 150,055.68 = 99.4127 %)", () => {
  it.each<[string, CellValue, string | undefined, string]>([
    ["text 99.4%", "99.4%", undefined, "执行率"],
    ["text 99.41%", "99.41%", undefined, "执行率"],
    ["0.994 formatted 0.0%", 0.994, "0.0%", "执行率"],
    ["0.9941 formatted 0.00%", 0.9941, "0.00%", "执行率"],
    ["99.4 under 执行率(%)", 99.4, undefined, "执行率(%)"],
    ["a bare 0.9941", 0.9941, undefined, "执行率"],
    ["a bare 99.41", 99.41, undefined, "执行率"],
    ["full-width ９９．４％", "９９．４％", undefined, "执行率"],
  ])("accepts %s", (_, rate, format, header) => {
    expect(run(withRate(rate, format, header)).flags).toEqual([]);
  });

  it.each<[string, CellValue, string | undefined, string]>([
    ["text 99.5%", "99.5%", undefined, "执行率"],
    ["text 99.42%", "99.42%", undefined, "执行率"], // 99.4127 → 99.41 at two decimals
    ["0.995 formatted 0.0%", 0.995, "0.0%", "执行率"],
    ["99.5 under 执行率(%)", 99.5, undefined, "执行率(%)"],
  ])("flags %s on the rate cell", (_, rate, format, header) => {
    expect(codes(run(withRate(rate, format, header)))).toEqual([["RATE_MISMATCH", "D2"]]);
  });

  it("quotes the figures in both languages", () => {
    const [flag] = run(withRate("99.5%")).flags;
    expect(render(flag.message, "zh-CN")).toBe(
      "部门整体支出填报执行率99.5%，按执行数149,174.48万元 / 全年预算数150,055.68万元计算为99.41%，按填报精度应为99.4%"
    );
    expect(render(flag.message, "en-US")).toContain(
      "the stated rate 99.5% differs from 执行数 149,174.48 / 全年预算数 150,055.68 = 99.41%"
    );
  });

  it("says so when the stated rate was taken on another budget column", () => {
    const grid = seed004();
    grid.values[1][4] = "92.13%"; // 14871.77 / 16141.66 (年初) = 0.921330… → 92.13 %
    const r = run(grid);
    expect(codes(r)).toEqual([
      ["RATE_MISMATCH", "E2"],
      ["EXECUTION_LOW", "E4"],
    ]);
    expect(r.flags[0].message.key).toBe("budget.rateMismatch.otherDenominator");
    expect(render(r.flags[0].message, "zh-CN")).toContain("与以年初预算数为分母的92.13%相符");
  });
});

describe("EXECUTION_LOW, EXECUTION_OVER, ADJUSTMENT_HIGH", () => {
  it("EXECUTION_LOW quotes the rate, both amounts and the threshold", () => {
    const r = run(seed004(), ruleSetOf({ executionLow: 0.95 }));
    // 92.38 %, 83.27 % and 92.06 % are below 95 %; 99.90 % is not.
    expect(codes(r)).toEqual([
      ["EXECUTION_LOW", "E2"],
      ["EXECUTION_LOW", "E4"],
      ["EXECUTION_LOW", "E5"],
    ]);
    expect(render(r.flags[0].message, "zh-CN")).toBe(
      "合计执行率92.38%（全年执行数14,871.77万元 / 全年预算数16,098.12万元），低于95%，需说明原因"
    );
    expect(render(r.flags[0].message, "en-US")).toBe(
      "合计: execution rate 92.38% (全年执行数 14,871.77 / 全年预算数 16,098.12, 10k CNY) is below 95%; a reason is needed"
    );
  });

  it("EXECUTION_OVER on the executed cell", () => {
    const r = run(
      gridOf([
        ["项目", "全年预算数", "执行数"],
        ["专项经费", 100, 105.5],
      ])
    );
    // 105.5 − 100 = 5.50 over; 105.5 / 100 = 105.50 %.
    expect(codes(r)).toEqual([["EXECUTION_OVER", "C2"]]);
    expect(render(r.flags[0].message, "zh-CN")).toBe(
      "专项经费执行数105.50万元超过全年预算数100.00万元，超支5.50万元（执行率105.50%）"
    );
  });

  it("within the money tolerance is not over", () => {
    expect(
      run(
        gridOf([
          ["项目", "全年预算数", "执行数"],
          ["专项经费", 100, 100.01],
        ])
      ).flags
    ).toEqual([]);
  });

  it("ADJUSTMENT_HIGH for a cut as well as a rise, on the adjusted budget cell", () => {
    const r = run(
      gridOf([
        ["项目", "年初预算数", "调整后预算数", "执行数"],
        ["专项经费", 200, 150, 148],
      ])
    );
    // (150 − 200) / 200 = −25 %, beyond 20 %.
    expect(codes(r)).toEqual([["ADJUSTMENT_HIGH", "C2"]]);
    expect(render(r.flags[0].message, "zh-CN")).toContain("调整-50.00万元，调整率-25.00%，超过20%");
  });
});

describe("PROGRESS_BEHIND at --as-of", () => {
  const spent = (executed: number) =>
    gridOf([
      ["项目", "全年预算数", "执行数"],
      ["专项经费", 100, executed],
    ]);

  it("2020-06-30: 182 / 366 days = 49.73 %; 30 % is 19.73 points behind", () => {
    const r = run(spent(30), ruleSetOf(), "2020-06-30");
    expect(r.calendar).toEqual({
      asOf: "2020-06-30",
      elapsedDays: 182,
      daysInYear: 366,
      progress: 0.4973,
    });
    expect(codes(r)).toEqual([["PROGRESS_BEHIND", "C2"]]);
    expect(render(r.flags[0].message, "zh-CN")).toBe(
      "截至2020-06-30序时进度49.73%（182/366天），专项经费执行率30.00%（执行数30.00万元 / 全年预算数100.00万元），落后19.73个百分点，超过10个百分点"
    );
  });

  it("45 % is 4.73 points behind: no flag, and mid-year no EXECUTION_LOW either", () => {
    expect(run(spent(45), ruleSetOf(), "2020-06-30").flags).toEqual([]);
  });

  it("at year end the year-end threshold applies instead", () => {
    expect(codes(run(spent(45), ruleSetOf(), "2020-12-31"))).toEqual([["EXECUTION_LOW", "C2"]]);
  });

  it("rejects an as-of that is not a date", () => {
    expect(() => run(spent(45), ruleSetOf(), "2021-02-29")).toThrow(/2021-02-29/);
  });
});

describe("the denominator", () => {
  const grid = gridOf([
    ["项目", "年初预算数", "全年预算数", "实际到位资金", "执行数"],
    ["专项经费", 100, 120, 90, 81],
  ]);

  it.each<[RuleSet["budget"]["denominator"], number, number, string]>([
    ["adjusted", 120, 0.675, "全年预算数"], // 81 / 120
    ["initial", 100, 0.81, "年初预算数"], // 81 / 100
    ["available", 90, 0.9, "实际到位资金"], // 81 / 90
  ])("%s: budget %d, rate %d, reported as %s", (denominator, budget, rate, name) => {
    const r = run(grid, ruleSetOf({ denominator, executionLow: 0 }));
    expect(r.lines[0].budget).toBe(budget);
    expect(r.lines[0].rate).toBe(rate);
    expect(r.denominator).toBe(name);
    expect(render(r.lines[0].explanation ?? { key: "", args: {} }, "zh-CN")).toContain(
      `${name}${budget}.00万元`
    );
  });

  it("falls back to the budget column when the chosen one is absent, and says which it used", () => {
    const r = run(seed000(), ruleSetOf({ denominator: "initial" }));
    expect(r.denominator).toBe("全年预算数");
    expect(r.lines[0].rate).toBe(0.9941);
  });
});

describe("CELL_ERROR", () => {
  it("an Excel error in an amount is flagged on its cell, and the line has no rate", () => {
    const r = run(
      gridOf([
        ["项目", "全年预算数", "执行数"],
        ["专项经费", 100, { error: "#REF!" }],
      ])
    );
    expect(codes(r)).toEqual([["CELL_ERROR", "C2"]]);
    expect(r.lines[0].rate).toBeNull();
    expect(render(r.flags[0].message, "zh-CN")).toBe(
      "专项经费的执行数单元格为错误值#REF!，无法计算"
    );
  });
});

describe("English headers", () => {
  it("reads Budget / Executed / Rate and a unit in the header", () => {
    const grid = gridOf([
      ["Item", "Initial budget (亿元)", "Budget (亿元)", "Executed (亿元)", "Rate"],
      ["Total", 1.5, 1.5, 1.2, "80%"],
    ]);
    const r = run(grid);
    // 1.5 亿元 = 15,000 万元; 1.2 / 1.5 = 80 %.
    expect(r.lines[0].budget).toBe(15000);
    expect(r.lines[0].rate).toBe(0.8);
    expect(r.denominator).toBe("Budget");
    expect(codes(r)).toEqual([["EXECUTION_LOW", "E2"]]);
  });
});
