/** Hand-built budget grids for the budget tests: seed figures (万元) as a sheet would hold them. */

import type { CellValue, Grid } from "../../src/engine/grid";
import type { TableRef } from "../../src/engine/model";
import type { RuleSet } from "../../src/engine/ruleset/types";

export function gridOf(values: CellValue[][], extra: Partial<Omit<Grid, "values">> = {}): Grid {
  return { sheet: "预算执行", merges: [], ...extra, values };
}

/** Header words → the locator's column keys (the tests' own small alias list). */
const HEADER_KEYS: [RegExp, string][] = [
  [/^(项目|资金来源|科目|item)/i, "name"],
  [/^(年初预算|initial)/i, "initialBudget"],
  [/^(全年预算|调整后预算|预算数|budget|adjusted)/i, "budget"],
  [/^(实际到位|到位资金)/, "available"],
  [/^(全年执行数|执行数|支出决算数|实际支出|executed|actual)/i, "executed"],
  [/^(执行率|预算完成率|支出率|rate)/i, "rate"],
  [/^(分值|weight)/i, "weight"],
  [/^(得分|score)/i, "score"],
  [/^(评分标准)/, "criterion"],
];

/** The TableRef the locator would hand over for a table whose header is at `headerRow` and data runs to the grid's end. */
export function tableOf(grid: Grid, headerRow = 0, lastRow = grid.values.length - 1): TableRef {
  const header = grid.values[headerRow];
  const columns: Record<string, number> = {};
  for (const key of [
    "name",
    "initialBudget",
    "budget",
    "available",
    "executed",
    "rate",
    "weight",
    "score",
    "criterion",
  ]) {
    columns[key] = -1;
  }
  header.forEach((cell, col) => {
    if (typeof cell !== "string") return;
    const text = cell.trim();
    const hit = HEADER_KEYS.find(([re]) => re.test(text));
    if (hit && columns[hit[1]] === -1) columns[hit[1]] = col;
  });
  return {
    sheet: grid.sheet,
    kind: "budget",
    headerRow,
    firstRow: headerRow + 1,
    lastRow,
    firstCol: 0,
    lastCol: header.length - 1,
    columns,
  };
}

/** The national-2020 defaults of docs/contract.md, with overrides for the budget part. */
export function ruleSetOf(budget: Partial<RuleSet["budget"]> = {}): RuleSet {
  return {
    name: "national-2020",
    description: { "zh-CN": "全国通用（2020）", "en-US": "National (2020)" },
    mode: "compute",
    operators: {
      ge: { kind: "at-least" },
      le: { kind: "at-most", variant: "linear" },
      eq: { kind: "at-least" },
      about: { kind: "about", tolerance: 0.05 },
    },
    indicatorDefaults: [],
    qualitativeBands: { achieved: 0.8, partial: 0.6 },
    overAchievement: 1.3,
    scoreTolerance: 0.01,
    moneyTolerance: 0.01,
    decimals: 2,
    grades: [
      { name: "优", min: 90 },
      { name: "良", min: 80 },
      { name: "中", min: 60 },
      { name: "差", min: 0 },
    ],
    bonusBound: 5,
    notApplicable: "rescale",
    budget: {
      denominator: "adjusted",
      executionLow: 0.9,
      adjustmentHigh: 0.2,
      calendarLag: 0.1,
      score: { kind: "linear" },
      ...budget,
    },
  };
}

// ---- Seeds (docs/domain.md §6; /work/shared/seeds). Row 1 is the header; figures in 万元 unless the header says otherwise.

/** Seed 000: 全年预算数 150,055.68, 执行数 149,174.48, printed 99.4 %. */
export const seed000 = (): Grid =>
  gridOf([
    ["项目", "全年预算数（万元）", "执行数（万元）", "执行率"],
    ["部门整体支出", 150055.68, 149174.48, "99.4%"],
  ]);

/** Seed 001: one total split two ways, by budget level and by 基本/项目, for budget and executed. */
export const seed001 = (transposed = false): Grid =>
  gridOf([
    ["项目", "全年预算数", "执行数", "执行率"],
    ["合计", 387236.73, 387143.16, "99.98%"],
    ["市本级", transposed ? 285192.73 : 285129.73, 285073.13, null],
    ["转移支付区", 102107, 102070.03, null],
    ["基本支出", 12716.53, 12674.45, null],
    ["项目支出", 374520.2, 374468.71, null],
  ]);

/** Seed 002: 1,507.47 / 1,491.52, printed 98.9 %; thousands separators as text. */
export const seed002 = (): Grid =>
  gridOf([
    ["项目", "全年预算数", "执行数", "执行率"],
    ["部门整体支出", "1,507.47", "1,491.52", "98.9%"],
  ]);

/**
 * Seed 003: initial 24,265.03 adjusted to 46,025.62; spent 44,792.02 = 基本 4,506 + 项目 40,286.02
 * (the components give only the executed column); 预算完成率 97.3 %, scored 10 of 10.
 */
export const seed003 = (criterion: string | null = null): Grid =>
  gridOf([
    ["项目", "年初预算数", "调整后预算数", "支出决算数", "分值", "预算完成率", "得分", "评分标准"],
    ["部门整体支出", 24265.03, 46025.62, 44792.02, 10, "97.3%", 10, criterion],
    ["基本支出", null, null, 4506, null, null, null, null],
    ["项目支出", null, null, 40286.02, null, null, null, null],
  ]);

/** Seed 004: 16,141.66 − 43.54 = 16,098.12 = 933.57 + 249.02 + 14,915.53; executed 14,871.77 = 932.66 + 207.36 + 13,731.75. */
export const seed004Rows = (): CellValue[][] => [
  ["合计", 16141.66, 16098.12, 14871.77, "92.38%"],
  ["基本支出", 953.17, 933.57, 932.66, "99.90%"],
  ["部门项目支出", 272.96, 249.02, 207.36, "83.27%"],
  ["公共项目支出", 14915.53, 14915.53, 13731.75, "92.06%"],
];

export const seed004 = (): Grid =>
  gridOf([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], ...seed004Rows()]);

/** Seed 004 in 元: every amount × 10,000, the header saying so. */
export const seed004Yuan = (): Grid =>
  gridOf([
    ["项目", "年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "执行率"],
    ...seed004Rows().map((r) => r.map((v) => (typeof v === "number" ? Math.round(v * 10000) : v))),
  ]);
