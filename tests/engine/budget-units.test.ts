/** The small pieces: rounding and display, cell reading, header units, the calendar. */

import { calendarProgress } from "../../src/engine/budget/calendar";
import {
  percentFormatDecimals,
  readMoney,
  readNumber,
  readRate,
} from "../../src/engine/budget/cells";
import { headerLabel } from "../../src/engine/budget/columns";
import {
  decimalsOf,
  fmtNumber,
  fmtPercent,
  fmtSignedPercent,
  round,
} from "../../src/engine/budget/numbers";
import { evaluateBudget } from "../../src/engine/budget";
import { render } from "../../src/engine/i18n/render";
import { gridOf, ruleSetOf, tableOf } from "./budget-grids";

describe("numbers", () => {
  it("rounds half up without binary noise", () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-2.675, 2)).toBe(-2.68);
    expect(round(149174.48 / 150055.68, 4)).toBe(0.9941);
    expect(round(285129.73 + 102107, 2)).toBe(387236.73);
    expect(Object.is(round(-0.001, 2), 0)).toBe(true);
  });

  it("prints money with separators and rates as percents", () => {
    expect(fmtNumber(387236.73)).toBe("387,236.73");
    expect(fmtNumber(-63)).toBe("-63.00");
    expect(fmtNumber(102107)).toBe("102,107.00");
    expect(fmtPercent(0.9732)).toBe("97.32%");
    expect(fmtPercent(0.999025, 2)).toBe("99.90%");
    expect(fmtSignedPercent(0.8968)).toBe("+89.68%");
    expect(decimalsOf(99.41)).toBe(2);
    expect(decimalsOf(10)).toBe(0);
  });
});

describe("cells", () => {
  it("reads amounts: numbers, text with separators or units, placeholders, errors", () => {
    expect(readMoney(150055.68, "万元")).toEqual({ kind: "value", value: 150055.68 });
    expect(readMoney("1,507.47", "万元")).toEqual({ kind: "value", value: 1507.47 });
    expect(readMoney("1.2亿元", "万元")).toEqual({ kind: "value", value: 12000 });
    expect(readMoney(15074700, "元")).toEqual({ kind: "value", value: 1507.47 });
    expect(readMoney("15,074,700", "元")).toEqual({ kind: "value", value: 1507.47 });
    expect(readMoney("—", "万元")).toEqual({ kind: "empty" });
    expect(readMoney("无", "万元")).toEqual({ kind: "empty" });
    expect(readMoney("详见附表", "万元")).toEqual({ kind: "unreadable", raw: "详见附表" });
    expect(readMoney({ error: "#N/A" }, "万元")).toEqual({ kind: "error", error: "#N/A" });
  });

  it("reads a rate with its printed precision", () => {
    expect(readRate("99.4%", undefined, false)).toEqual({
      kind: "value",
      value: [{ value: 0.994, decimals: 1, text: "99.4%" }],
    });
    expect(readRate(0.999, "0.00%", false)).toEqual({
      kind: "value",
      value: [{ value: 0.999, decimals: 2, text: "99.90%" }],
    });
    expect(readRate(98.9, undefined, true)).toEqual({
      kind: "value",
      value: [{ value: 0.989, decimals: 1, text: "98.9%" }],
    });
    expect(percentFormatDecimals("0.00%")).toBe(2);
    expect(percentFormatDecimals("0%")).toBe(0);
    expect(percentFormatDecimals("#,##0.00")).toBeNull();
    expect(percentFormatDecimals("0.0%;[Red]-0.0%")).toBe(1);
  });

  it("labels headers without their unit", () => {
    expect(headerLabel("全年预算数（万元）")).toBe("全年预算数");
    expect(headerLabel("全年\n预算数")).toBe("全年预算数");
    expect(headerLabel("Adjusted budget (元)")).toBe("Adjusted budget");
  });
});

describe("units from the table", () => {
  it("a 单位：元 line above the table converts every money column", () => {
    const grid = gridOf([
      ["预算执行情况表", null, "单位：元"],
      ["项目", "全年预算数", "执行数"],
      ["部门整体支出", 15074700, 14915200],
    ]);
    const r = evaluateBudget(grid, tableOf(grid, 1), ruleSetOf());
    // 15,074,700 元 = 1,507.47 万元; 14,915,200 元 = 1,491.52 万元.
    expect([r.lines[0].budget, r.lines[0].executed, r.lines[0].rate]).toEqual([
      1507.47, 1491.52, 0.9894,
    ]);
  });

  it("the unit in the name column's header (项目资金（万元）) holds for the whole table", () => {
    const grid = gridOf([
      ["项目资金（元）", "全年预算数", "执行数"],
      ["年度资金总额", 10000, 9500],
    ]);
    expect(evaluateBudget(grid, tableOf(grid), ruleSetOf()).lines[0].budget).toBe(1);
  });
});

describe("calendar", () => {
  it("counts the as-of date itself", () => {
    // 31 + 29 + 31 + 30 + 31 + 30 = 182 days to 30 June 2020, a leap year.
    expect(calendarProgress("2020-06-30")).toMatchObject({ elapsedDays: 182, daysInYear: 366 });
    expect(round(calendarProgress("2020-06-30")?.progress ?? 0, 4)).toBe(0.4973);
    expect(calendarProgress("2021-06-30")).toMatchObject({ elapsedDays: 181, daysInYear: 365 });
    expect(calendarProgress("2021-01-01")).toMatchObject({ elapsedDays: 1 });
    expect(calendarProgress("2021-12-31")?.progress).toBe(1);
    expect(calendarProgress("2021-02-29")).toBeNull();
    expect(calendarProgress("30/06/2020")).toBeNull();
  });
});

describe("messages", () => {
  it("every budget message has both languages, and every flag and explanation renders without a gap", () => {
    const grids = [
      gridOf([
        [
          "项目",
          "年初预算数",
          "全年预算数",
          "实际到位资金",
          "全年执行数",
          "分值",
          "执行率",
          "得分",
          "评分标准",
        ],
        ["年度资金总额", 100, 150, 140, 160, 10, "90%", 12, null],
        ["其中：财政拨款", 100, 140, 130, { error: "#DIV/0!" }, null, null, null, null],
        ["其他资金", 0, 11, 10, 20, null, null, null, null],
      ]),
      gridOf([
        ["项目", "全年预算数", "全年执行数", "分值", "执行率", "得分", "评分标准"],
        ["甲", 100, 50, 10, "50%", 5, "执行率≥95%得10分；低于95%不得分"],
        ["乙", 100, 50, 10, "50%", 0, "每低1个百分点扣0.1分"],
      ]),
    ];
    for (const grid of grids) {
      for (const asOf of [undefined, "2020-03-31"]) {
        const r = evaluateBudget(grid, tableOf(grid), ruleSetOf(), asOf ? { asOf } : {});
        const messages = [
          ...r.flags.map((f) => f.message),
          ...r.lines.flatMap((l) => (l.explanation ? [l.explanation] : [])),
        ];
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) {
          for (const lang of ["zh-CN", "en-US"] as const)
            expect(render(m, lang)).not.toMatch(/\{\w+\}|\$\{|undefined|NaN/);
        }
      }
    }
  });

  it("reads weights and scores written as text", () => {
    expect(readNumber("10分")).toEqual({ kind: "value", value: 10 });
    expect(readNumber("９.５")).toEqual({ kind: "value", value: 9.5 });
    expect(readNumber("—")).toEqual({ kind: "empty" });
    expect(readNumber("10%")).toEqual({ kind: "unreadable", raw: "10%" });
  });
});
