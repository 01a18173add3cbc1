/** Every seed's printed figures reproduced at their printed precision; seed 001's and 004's tie-outs. */

import { evaluateBudget } from "../../src/engine/budget";
import { render } from "../../src/engine/i18n/render";
import type { Grid } from "../../src/engine/grid";
import { fmtPercent, fmtSignedPercent } from "../../src/engine/budget/numbers";
import {
  ruleSetOf,
  seed000,
  seed001,
  seed002,
  seed003,
  seed004,
  seed004Yuan,
  tableOf,
} from "./budget-grids";

const run = (grid: Grid, asOf?: string) =>
  evaluateBudget(grid, tableOf(grid), ruleSetOf(), asOf ? { asOf } : {});

/** The rate printed at `decimals` places of a percent, as the report would print it. */
const printed = (rate: number | null, decimals: number) =>
  rate === null ? null : fmtPercent(rate, decimals);

describe("seed 000", () => {
  it("149,174.48 / 150,055.68 = 99.41 % prints as 99.4 %, and the stated 99.4 % is accepted", () => {
    const { lines, flags, denominator } = run(seed000());
    // 149174.48 / 150055.68 = 0.994127… → 0.9941 at 4 decimals → "99.4%" at one decimal.
    expect(lines[0].rate).toBe(0.9941);
    expect(printed(lines[0].rate, 1)).toBe("99.4%");
    expect(lines[0].statedRate).toBe(0.994);
    expect(denominator).toBe("全年预算数");
    expect(flags).toEqual([]);
  });
});

describe("seed 001", () => {
  it("reproduces 99.98 % and ties out both splits in both columns", () => {
    const { lines, flags } = run(seed001());
    // 387143.16 / 387236.73 = 0.999758… → 0.9998 → "99.98%".
    expect(printed(lines[0].rate, 2)).toBe("99.98%");
    // 285129.73 + 102107 = 387236.73 and 12716.53 + 374520.2 = 387236.73;
    // 285073.13 + 102070.03 = 387143.16 and 12674.45 + 374468.71 = 387143.16.
    expect(flags).toEqual([]);
    expect(lines.map((l) => [l.name, l.level, l.parentRow])).toEqual([
      ["合计", 0, null],
      ["市本级", 1, 2],
      ["转移支付区", 1, 2],
      ["基本支出", 1, 2],
      ["项目支出", 1, 2],
    ]);
  });

  it("one transposed digit (285,129.73 → 285,192.73) raises BUDGET_TIE_OUT on the total's budget cell and nothing else", () => {
    const { flags } = run(seed001(true));
    expect(flags.map((f) => [f.code, f.cell])).toEqual([["BUDGET_TIE_OUT", "B2"]]);
    // 285192.73 + 102107 = 387299.73; 387236.73 − 387299.73 = −63.00. The 基本 + 项目 split still agrees.
    const zh = render(flags[0].message, "zh-CN");
    expect(zh).toContain("387,236.73");
    expect(zh).toContain("387,299.73");
    expect(zh).toContain("-63.00");
    expect(zh).toContain("市本级 285,192.73 + 转移支付区 102,107.00");
    expect(zh).toContain("基本支出 12,716.53 + 项目支出 374,520.20");
    expect(render(flags[0].message, "en-US")).toContain("difference -63.00");
  });

  it("a transposed digit in the total fails both splits, and the message says the total is suspect", () => {
    const grid = seed001();
    grid.values[1][2] = 387143.61; // executed 387,143.16 → 387,143.61
    const { flags } = run(grid);
    // The rate is stated as 99.98 %: 387143.61 / 387236.73 = 0.999759… still 99.98 %, so only the tie-out.
    expect(flags.map((f) => [f.code, f.cell])).toEqual([["BUDGET_TIE_OUT", "C2"]]);
    expect(flags[0].message.key).toBe("budget.tieOut.totalSuspect");
  });
});

describe("seed 002", () => {
  it("1,491.52 / 1,507.47 prints as 98.9 % (text amounts with thousands separators)", () => {
    const { lines, flags } = run(seed002());
    // 1491.52 / 1507.47 = 0.989419… → 0.9894 → "98.9%".
    expect(lines[0].budget).toBe(1507.47);
    expect(printed(lines[0].rate, 1)).toBe("98.9%");
    expect(flags).toEqual([]);
  });
});

describe("seed 003", () => {
  it("adjustment +89.68 %, rate 97.3 %, and the executed column ties out where only it is given", () => {
    const { lines, flags } = run(seed003());
    // (46025.62 − 24265.03) / 24265.03 = 21760.59 / 24265.03 = 0.896788… → 0.8968.
    expect(lines[0].adjustmentRate).toBe(0.8968);
    expect(fmtSignedPercent(lines[0].adjustmentRate ?? 0)).toBe("+89.68%");
    // 44792.02 / 46025.62 = 0.973198… → 0.9732 → "97.3%".
    expect(printed(lines[0].rate, 1)).toBe("97.3%");
    // 4506 + 40286.02 = 44792.02: no tie-out; the budget columns of the parts are empty, so not summed.
    expect(flags.map((f) => [f.code, f.cell])).toEqual([
      ["ADJUSTMENT_HIGH", "C2"],
      // Linear by default: 10 × 0.9732 = 9.73, but the sheet states 10.
      ["SCORE_MISMATCH", "G2"],
    ]);
  });

  it("scored 10 of 10 under bands (≥ 95 % full marks)", () => {
    const grid = seed003();
    const rules = ruleSetOf({
      score: {
        kind: "bands",
        bands: [
          { min: 0.95, share: 1 },
          { min: 0.9, share: 0.8 },
        ],
      },
    });
    const { lines, flags } = evaluateBudget(grid, tableOf(grid), rules);
    expect(lines[0].score).toBe(10);
    expect(lines[0].statedScore).toBe(10);
    expect(flags.map((f) => f.code)).toEqual(["ADJUSTMENT_HIGH"]);
    expect(render(flags[0].message, "zh-CN")).toBe(
      "部门整体支出预算由年初预算数24,265.03万元调整为调整后预算数46,025.62万元，调整21,760.59万元，调整率+89.68%，超过20%"
    );
  });
});

describe("seed 004", () => {
  it("reproduces 92.38 %, 99.90 %, 83.27 %, 92.06 % at two decimals", () => {
    const { lines } = run(seed004());
    // 14871.77 / 16098.12 = 0.923820… ; 932.66 / 933.57 = 0.999025… ;
    // 207.36 / 249.02 = 0.832704… ; 13731.75 / 14915.53 = 0.920634…
    expect(lines.map((l) => printed(l.rate, 2))).toEqual(["92.38%", "99.90%", "83.27%", "92.06%"]);
    expect(lines.map((l) => l.rate)).toEqual([0.9238, 0.999, 0.8327, 0.9206]);
    // 16141.66 − 16098.12 = 43.54 cut: −43.54 / 16141.66 = −0.002697… → −0.0027.
    expect(lines[0].adjustmentRate).toBe(-0.0027);
    // 16098.12 − 14871.77 = 1226.35 left; 1226.35 / 16098.12 = 0.076179… → 0.0762.
    expect(lines[0].balance).toBe(1226.35);
    expect(lines[0].balanceRate).toBe(0.0762);
  });

  it("ties out in every column; the only flag is the 83.27 % line below 90 %", () => {
    const { flags } = run(seed004());
    // 953.17 + 272.96 + 14915.53 = 16141.66; 933.57 + 249.02 + 14915.53 = 16098.12;
    // 932.66 + 207.36 + 13731.75 = 14871.77.
    expect(flags.map((f) => [f.code, f.cell])).toEqual([["EXECUTION_LOW", "E4"]]);
    expect(render(flags[0].message, "zh-CN")).toBe(
      "部门项目支出执行率83.27%（全年执行数207.36万元 / 全年预算数249.02万元），低于90%，需说明原因"
    );
  });

  it("the same table in 元 reconciles with the one in 万元", () => {
    const wan = run(seed004());
    const yuan = run(seed004Yuan());
    const figures = (r: typeof wan) =>
      r.lines.map((l) => [l.initialBudget, l.budget, l.executed, l.rate, l.adjustmentRate]);
    expect(figures(yuan)).toEqual(figures(wan));
    expect(yuan.lines[0].budget).toBe(16098.12);
    expect(yuan.flags.map((f) => [f.code, f.cell])).toEqual(wan.flags.map((f) => [f.code, f.cell]));
  });
});
