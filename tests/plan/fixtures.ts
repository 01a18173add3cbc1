/**
 * A small 自评表 by hand — a budget block and an indicator table — as a Grid, with an Evaluation of it built
 * by hand too, so the plan can be tested without the engine. tests/xlsx builds the same sheet with ExcelJS.
 */

import { type Area, type CellValue, type Grid, parseA1 } from "../../src/engine/grid";
import { msg, registerMessages } from "../../src/engine/i18n/render";
import type {
  BudgetLineResult,
  Evaluation,
  Flag,
  FlagCode,
  IndicatorResult,
  Message,
  Severity,
  TableRef,
} from "../../src/engine/model";
import type { Quantity } from "../../src/engine/quantity/types";

export const SHEET = "自评表";

export interface Formula {
  formula: string;
  result: number;
}
export type SpecValue = CellValue | Formula;

export interface SheetSpec {
  name: string;
  rows: SpecValue[][];
  merges: string[];
  /** ARGB fills the user gave cells. */
  fills: Record<string, string>;
  notes: Record<string, string>;
  formats: Record<string, string>;
}

export function isFormula(v: SpecValue | undefined): v is Formula {
  return typeof v === "object" && v !== null && "formula" in v;
}

export function sampleSheet(): SheetSpec {
  return {
    name: SHEET,
    rows: [
      ["2023年度项目支出绩效自评表"],
      ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "得分"],
      ["年度资金总额", 100, 120, 100, 10, 8.33],
      ["其中：财政拨款", 100, 100, 90, null, null],
      ["其他资金", 0, 20, 10, null, null],
      [],
      ["一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "得分", "扣分原因", "备注"],
      ["产出指标", "数量指标", "新开工项目", 20, 80, 22, 20, null, null],
      [null, null, "培训人次", 20, 100, 100, 20, null, "见附件"],
      [null, "质量指标", "合格率", 20, 0.95, 0.9, 18.95, null, null],
      ["效益指标", "社会效益", "满意度", 30, 0.9, 0.92, 30, null, null],
      [
        "合计",
        null,
        null,
        { formula: "SUM(D8:D11)", result: 90 },
        null,
        null,
        { formula: "SUM(G8:G11)", result: 88.95 },
        null,
        null,
      ],
    ],
    merges: ["A1:I1", "A8:A10", "B8:B9", "A12:C12"],
    fills: { G8: "FFFFFF00", H10: "FFE2EFDA", A2: "FFD9E1F2", A7: "FFD9E1F2" },
    notes: { G8: "请核实得分", C9: "培训含线上" },
    formats: {
      E10: "0%",
      F10: "0%",
      E11: "0%",
      F11: "0%",
      B3: "#,##0.00",
      C3: "#,##0.00",
      D3: "#,##0.00",
    },
  };
}

function parseArea(ref: string): Area {
  const [a, b] = ref.split(":");
  const p = parseA1(a)!;
  const q = parseA1(b ?? a)!;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function put<T>(grid: (T | undefined)[][], address: string, value: T): void {
  const at = parseA1(address)!;
  (grid[at.row] ??= [])[at.col] = value;
}

/** The grid an adapter would read from this sheet: plain fills as "#RRGGBB". */
export function gridOf(spec: SheetSpec): Grid {
  const values: CellValue[][] = spec.rows.map((r) => r.map((v) => (isFormula(v) ? v.result : v)));
  const formulas: (string | undefined)[][] = spec.rows.map((r) =>
    r.map((v) => (isFormula(v) ? v.formula : undefined))
  );
  const fills: (string | undefined)[][] = [];
  const notes: (string | undefined)[][] = [];
  const formats: (string | undefined)[][] = [];
  for (const [cell, argb] of Object.entries(spec.fills)) put(fills, cell, `#${argb.slice(2)}`);
  for (const [cell, note] of Object.entries(spec.notes)) put(notes, cell, note);
  for (const [cell, f] of Object.entries(spec.formats)) put(formats, cell, f);
  return {
    sheet: spec.name,
    values,
    formulas,
    formats,
    fills,
    notes,
    merges: spec.merges.map(parseArea),
  };
}

const num = (value: number, raw: string): Quantity => ({
  kind: "number",
  op: "none",
  value,
  unit: { dimension: "plain", symbol: "" },
  raw,
});

export const BUDGET_TABLE: TableRef = {
  sheet: SHEET,
  kind: "budget",
  headerRow: 1,
  firstRow: 2,
  lastRow: 4,
  firstCol: 0,
  lastCol: 5,
  columns: { name: 0, initialBudget: 1, budget: 2, executed: 3, weight: 4, score: 5 },
};

export const INDICATOR_TABLE: TableRef = {
  sheet: SHEET,
  kind: "indicators",
  headerRow: 6,
  firstRow: 7,
  lastRow: 11,
  firstCol: 0,
  lastCol: 7,
  columns: {
    level1: 0,
    level2: 1,
    level3: 2,
    weight: 3,
    target: 4,
    actual: 5,
    score: 6,
    reason: 7,
  },
};

function indicator(
  row: number,
  levels: string[],
  weight: number,
  target: number,
  actual: number,
  score: number,
  stated: number | null,
  explanation: Message
): IndicatorResult {
  return {
    sheet: SHEET,
    row,
    kind: "indicator",
    levels,
    weight,
    target: String(target),
    actual: String(actual),
    targetValue: num(target, String(target)),
    actualValue: num(actual, String(actual)),
    rule: "at-least",
    score,
    statedScore: stated,
    completion: actual / target,
    reason: null,
    explanation,
    suggestedReason: null,
    notApplicable: false,
  };
}

const partial = (
  actual: string,
  target: string,
  completion: string,
  weight: number,
  score: number
) =>
  msg("rule.atLeast.partial", {
    actual,
    target,
    actualEn: actual,
    targetEn: target,
    completion,
    weight,
    score,
    deducted: Math.round((weight - score) * 100) / 100,
  });
const full = (actual: string, target: string, weight: number) =>
  msg("rule.full", { actual, target, actualEn: actual, targetEn: target, weight });

export function sampleIndicators(): IndicatorResult[] {
  const total: IndicatorResult = {
    ...indicator(12, ["合计"], 90, 0, 0, 74.45, 88.95, full("", "", 90)),
    kind: "total",
    target: null,
    actual: null,
    rule: "unscored",
    completion: null,
    explanation: null,
  };
  return [
    indicator(
      8,
      ["产出指标", "数量指标", "新开工项目"],
      20,
      80,
      22,
      5.5,
      20,
      partial("22", "80", "27.50%", 20, 5.5)
    ),
    indicator(
      9,
      ["产出指标", "数量指标", "培训人次"],
      20,
      100,
      100,
      20,
      20,
      full("100", "100", 20)
    ),
    indicator(
      10,
      ["产出指标", "质量指标", "合格率"],
      20,
      0.95,
      0.9,
      18.95,
      18.95,
      partial("90%", "95%", "94.74%", 20, 18.95)
    ),
    indicator(
      11,
      ["效益指标", "社会效益", "满意度"],
      30,
      0.9,
      0.92,
      30,
      30,
      full("92%", "90%", 30)
    ),
    total,
  ];
}

function line(
  row: number,
  name: string,
  level: number,
  initial: number,
  budget: number,
  executed: number,
  weight: number | null,
  score: number | null
): BudgetLineResult {
  const rate = Math.round((executed / budget) * 10000) / 10000;
  const args = {
    line: name,
    rate: `${(rate * 100).toFixed(2)}%`,
    executedName: "全年执行数",
    executed: executed.toFixed(2),
    denominator: "全年预算数",
    budget: budget.toFixed(2),
  };
  return {
    sheet: SHEET,
    row,
    name,
    level,
    parentRow: level === 0 ? null : 3,
    initialBudget: initial,
    budget,
    executed,
    rate,
    statedRate: null,
    adjustmentRate: initial === 0 ? null : (budget - initial) / initial,
    balance: budget - executed,
    balanceRate: (budget - executed) / budget,
    weight,
    score,
    statedScore: weight === null ? null : 8.33,
    explanation:
      weight === null
        ? msg("budget.explain", args)
        : msg("budget.score.linear", { ...args, weight, capped: args.rate, score: score ?? 0 }),
  };
}

export function sampleBudget(): BudgetLineResult[] {
  return [
    line(3, "年度资金总额", 0, 100, 120, 100, 10, 8.33),
    line(4, "财政拨款", 1, 100, 100, 90, null, null),
    line(5, "其他资金", 1, 0, 20, 10, null, null),
  ];
}

const SEVERITY: Record<string, Severity> = {
  SCORE_MISMATCH: "error",
  FULL_MARKS_UNMET: "warning",
  REASON_MISSING: "warning",
  EXECUTION_LOW: "warning",
  CELL_ERROR: "error",
};

export function flag(cell: string, code: FlagCode, message: Message, sheet = SHEET): Flag {
  return {
    id: `${sheet}!${cell}:${code}`,
    code,
    severity: SEVERITY[code] ?? "error",
    sheet,
    cell,
    message,
  };
}

export function sampleFlags(): Flag[] {
  return [
    flag(
      "G8",
      "SCORE_MISMATCH",
      msg("flag.SCORE_MISMATCH", { stated: 20, computed: 5.5, diff: 14.5, tolerance: 0.01 })
    ),
    flag(
      "G8",
      "FULL_MARKS_UNMET",
      msg("flag.FULL_MARKS_UNMET", {
        stated: 20,
        actual: "22",
        target: "80",
        actualEn: "22",
        targetEn: "80",
      })
    ),
    flag(
      "H10",
      "REASON_MISSING",
      msg("flag.REASON_MISSING", { score: 18.95, weight: 20, deducted: 1.05 })
    ),
    flag(
      "D3",
      "EXECUTION_LOW",
      msg("budget.executionLow", {
        line: "年度资金总额",
        rate: "83.33%",
        executedName: "全年执行数",
        executed: "100.00",
        denominator: "全年预算数",
        budget: "120.00",
        threshold: "90%",
      })
    ),
    flag(
      "D5",
      "EXECUTION_LOW",
      msg("budget.executionLow", {
        line: "其他资金",
        rate: "50.00%",
        executedName: "全年执行数",
        executed: "10.00",
        denominator: "全年预算数",
        budget: "20.00",
        threshold: "90%",
      })
    ),
  ];
}

/** A message that reads like a formula: it must stay text everywhere. */
registerMessages({ "test.formulaLike": { "zh-CN": "=SUM(A1)", "en-US": "=SUM(A1)" } });
export const FORMULA_LIKE: Message = { key: "test.formulaLike", args: {} };

export function sampleEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    file: "sample.xlsx",
    ruleSet: "national-2020",
    denominator: "全年预算数",
    tables: [BUDGET_TABLE, INDICATOR_TABLE],
    indicators: sampleIndicators(),
    budget: sampleBudget(),
    groups: [
      { sheet: SHEET, levels: ["产出指标"], weight: 60, score: 44.45 },
      { sheet: SHEET, levels: ["效益指标"], weight: 30, score: 30 },
      { sheet: SHEET, levels: ["产出指标", "数量指标"], weight: 40, score: 25.5 },
      { sheet: SHEET, levels: ["产出指标", "质量指标"], weight: 20, score: 18.95 },
      { sheet: SHEET, levels: ["效益指标", "社会效益"], weight: 30, score: 30 },
    ],
    totals: TOTALS,
    forms: [
      {
        id: SHEET,
        sheet: SHEET,
        title: SHEET,
        kind: "project",
        tables: [0, 1],
        totals: TOTALS,
        executionRate: 0.8333,
        flagCounts: { error: 1, warning: 4, info: 0 },
      },
    ],
    flags: sampleFlags(),
    ...overrides,
  };
}

const TOTALS = { weight: 100, score: 82.78, grade: "良", statedScore: null, statedGrade: null };
