/** The JSON report of docs/contract.md (version 1), rendered in one language. */

import { render } from "./i18n/render";
import type { BudgetLineResult, Evaluation, Lang, Severity, TableRef } from "./model";
import { areaA1, columnName } from "./grid";

export interface ReportV1 {
  version: 1;
  file: string;
  ruleSet: string;
  denominator: string;
  tables: {
    sheet: string;
    range: string;
    kind: "indicators" | "budget";
    /** field → the column letter and the header text it was read from */
    columns: Record<string, { column: string; header: string }>;
    rows: { scored: number; unscored: number };
  }[];
  indicators: {
    sheet: string;
    row: number;
    levels: string[];
    weight: number | null;
    target: string | null;
    actual: string | null;
    rule: string;
    score: number | null;
    statedScore: number | null;
    completion: number | null;
    explanation: string | null;
    suggestedReason: string | null;
  }[];
  budget: Omit<BudgetLineResult, "parentRow" | "explanation">[];
  groups: { sheet: string; levels: string[]; weight: number; score: number; unscored: number }[];
  totals: {
    weight: number;
    score: number;
    grade: string;
    statedScore: number | null;
    statedGrade: string | null;
    partial: boolean;
    rows: { scored: number; unscored: number };
    /** Why the grade is "—", or null when there is a grade. */
    gradeReason: string | null;
  };
  flagCounts: Record<Severity, number>;
  flags: {
    id: string;
    code: string;
    severity: Severity;
    sheet: string;
    cell: string;
    message: string;
  }[];
}

export function flagCounts(evaluation: Evaluation): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of evaluation.flags) counts[f.severity]++;
  return counts;
}

/** Each field the table's header names: its column letter and the header text, in column order. */
export function columnMapping(t: TableRef): Record<string, { column: string; header: string }> {
  const out: Record<string, { column: string; header: string }> = {};
  const fields = Object.entries(t.columns).filter(([, col]) => col >= 0);
  fields.sort((a, b) => a[1] - b[1]);
  for (const [field, col] of fields)
    out[field] = { column: columnName(col), header: t.headers?.[field] ?? "" };
  return out;
}

export function toReport(e: Evaluation, lang: Lang): ReportV1 {
  return {
    version: 1,
    file: e.file,
    ruleSet: e.ruleSet,
    denominator: e.denominator,
    tables: e.tables.map((t) => ({
      sheet: t.sheet,
      range: areaA1({ top: t.headerRow, left: t.firstCol, bottom: t.lastRow, right: t.lastCol }),
      kind: t.kind,
      columns: columnMapping(t),
      rows: t.rows ?? { scored: 0, unscored: 0 },
    })),
    indicators: e.indicators
      .filter((r) => r.kind === "indicator" || r.kind === "bonus")
      .map((r) => ({
        sheet: r.sheet,
        row: r.row,
        levels: r.levels,
        weight: r.weight,
        target: r.target,
        actual: r.actual,
        rule: r.rule,
        score: r.score,
        statedScore: r.statedScore,
        completion: r.completion === null ? null : Math.round(r.completion * 10000) / 10000,
        explanation: r.explanation ? render(r.explanation, lang) : null,
        suggestedReason: r.suggestedReason ? render(r.suggestedReason, lang) : null,
      })),
    budget: e.budget.map((b) => ({
      sheet: b.sheet,
      row: b.row,
      name: b.name,
      level: b.level,
      initialBudget: b.initialBudget,
      budget: b.budget,
      executed: b.executed,
      rate: b.rate,
      statedRate: b.statedRate,
      adjustmentRate: b.adjustmentRate,
      balance: b.balance,
      balanceRate: b.balanceRate,
      weight: b.weight,
      score: b.score,
      statedScore: b.statedScore,
    })),
    groups: e.groups.map((g) => ({
      sheet: g.sheet,
      levels: g.levels,
      weight: g.weight,
      score: g.score,
      unscored: g.unscored ?? 0,
    })),
    totals: {
      weight: e.totals.weight,
      score: e.totals.score,
      grade: e.totals.grade,
      statedScore: e.totals.statedScore,
      statedGrade: e.totals.statedGrade,
      partial: e.totals.partial ?? false,
      rows: e.totals.rows ?? { scored: 0, unscored: 0 },
      gradeReason: e.totals.gradeReason ? render(e.totals.gradeReason, lang) : null,
    },
    flagCounts: flagCounts(e),
    flags: e.flags.map((f) => ({
      id: f.id,
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: render(f.message, lang),
    })),
  };
}
