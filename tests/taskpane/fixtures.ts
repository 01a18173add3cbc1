// An Evaluation by hand for the screens' logic: a few flags, groups and budget lines.
import { registerMessages } from "../../src/engine/i18n/render";
import type { Evaluation, Flag, FlagCode, Severity } from "../../src/engine/model";

registerMessages({
  "test.flag": { "zh-CN": "{cell} 有问题：{what}", "en-US": "{cell} is wrong: {what}" },
});

export function flag(
  sheet: string,
  cell: string,
  code: FlagCode,
  severity: Severity,
  what = "数值"
): Flag {
  return {
    id: `${sheet}!${cell}:${code}`,
    code,
    severity,
    sheet,
    cell,
    message: { key: "test.flag", args: { cell, what } },
  };
}

const TOTALS = { weight: 100, score: 79.59, grade: "中", statedScore: null, statedGrade: null };

export function evaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    file: "自评表.xlsx",
    ruleSet: "national-2020",
    denominator: "全年预算数",
    tables: [
      {
        sheet: "自评表",
        kind: "indicators",
        headerRow: 3,
        firstRow: 4,
        lastRow: 10,
        firstCol: 0,
        lastCol: 8,
        columns: {},
      },
    ],
    indicators: [],
    budget: [
      budgetLine("自评表", 6, "年度资金总额", 0, 0.9238),
      budgetLine("自评表", 7, "当年财政拨款", 1, 0.9238),
      budgetLine("自评表", 8, "上年结转资金", 1, null),
      // Seed 004: 207.36 spent of 249.02 万元.
      budgetLine("明细", 5, "部门项目支出", 1, 0.8327, { budget: 249.02, executed: 207.36 }),
    ],
    groups: [
      { sheet: "自评表", levels: ["产出指标"], weight: 50, score: 38.85 },
      { sheet: "自评表", levels: ["产出指标", "数量指标"], weight: 35, score: 23.85 },
      { sheet: "自评表", levels: ["效益指标"], weight: 30, score: 22.5 },
    ],
    totals: TOTALS,
    forms: [
      {
        id: "自评表",
        sheet: "自评表",
        title: "自评表",
        kind: "project",
        tables: [0],
        totals: TOTALS,
        executionRate: null,
        flagCounts: { error: 0, warning: 0, info: 0 },
      },
    ],
    flags: [
      flag("自评表", "H14", "REASON_MISSING", "warning", "未填写扣分原因"),
      flag("自评表", "E22", "NEGATIVE_COMPLETION", "warning", "完成率为负"),
      flag("自评表", "H9", "SCORE_MISMATCH", "error", "得分不符"),
      flag("自评表", "H25", "REASON_MISSING", "warning", "未填写扣分原因"),
      flag("明细", "F5", "EXECUTION_LOW", "warning", "执行率偏低"),
    ],
    ...overrides,
  };
}

function budgetLine(
  sheet: string,
  row: number,
  name: string,
  level: number,
  rate: number | null,
  amounts: { budget: number; executed: number } = { budget: 1, executed: rate ?? 0 }
): Evaluation["budget"][number] {
  return {
    sheet,
    row,
    name,
    level,
    parentRow: null,
    initialBudget: 1,
    budget: amounts.budget,
    executed: rate === null ? null : amounts.executed,
    rate,
    statedRate: rate,
    adjustmentRate: null,
    balance: null,
    balanceRate: null,
    weight: null,
    score: null,
    statedScore: null,
    explanation: null,
  };
}
