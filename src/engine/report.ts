/** The JSON report (docs/report.md, version 2: forms), rendered in one language. */

import { render } from "./i18n/render";
import type { BudgetLineResult, Evaluation, Lang, Severity, TableRef, Totals } from "./model";
import { countFlags } from "./review/severity";
import { areaA1, columnName } from "./grid";

export interface ReportTotals {
  weight: number;
  score: number;
  grade: string;
  statedScore: number | null;
  statedGrade: string | null;
  partial: boolean;
  rows: { scored: number; unscored: number };
  /** Why the grade is "—", or null when there is a grade. */
  gradeReason: string | null;
}

export interface ReportForm {
  id: string;
  sheet: string;
  title: string;
  kind: "project" | "department";
  /** Indexes into the report's tables. */
  tables: number[];
  totals: ReportTotals;
  executionRate: number | null;
  flagCounts: Record<Severity, number>;
}

export interface ReportV2 {
  version: 2;
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
  forms: ReportForm[];
  indicators: {
    form: string;
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
  budget: (Omit<BudgetLineResult, "parentRow" | "explanation" | "form"> & { form: string })[];
  groups: {
    form: string;
    sheet: string;
    levels: string[];
    weight: number;
    score: number;
    unscored: number;
  }[];
  /** The only form's totals; null when the workbook holds several forms (each has its own in `forms`). */
  totals: ReportTotals | null;
  flagCounts: Record<Severity, number>;
  flags: {
    /** The form whose rows hold the cell, or null for a cell outside every form. */
    form: string | null;
    id: string;
    code: string;
    severity: Severity;
    sheet: string;
    cell: string;
    message: string;
  }[];
}

export function flagCounts(evaluation: Evaluation): Record<Severity, number> {
  return countFlags(evaluation.flags);
}

function reportTotals(t: Totals, lang: Lang): ReportTotals {
  return {
    weight: t.weight,
    score: t.score,
    grade: t.grade,
    statedScore: t.statedScore,
    statedGrade: t.statedGrade,
    partial: t.partial ?? false,
    rows: t.rows ?? { scored: 0, unscored: 0 },
    gradeReason: t.gradeReason ? render(t.gradeReason, lang) : null,
  };
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

export function toReport(e: Evaluation, lang: Lang): ReportV2 {
  return {
    version: 2,
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
    forms: e.forms.map((f) => ({
      id: f.id,
      sheet: f.sheet,
      title: f.title,
      kind: f.kind,
      tables: f.tables,
      totals: reportTotals(f.totals, lang),
      executionRate: f.executionRate,
      flagCounts: f.flagCounts,
    })),
    indicators: e.indicators
      .filter((r) => r.kind === "indicator" || r.kind === "bonus")
      .map((r) => ({
        form: r.form ?? "",
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
      form: b.form ?? "",
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
      form: g.form ?? "",
      sheet: g.sheet,
      levels: g.levels,
      weight: g.weight,
      score: g.score,
      unscored: g.unscored ?? 0,
    })),
    totals: e.totals ? reportTotals(e.totals, lang) : null,
    flagCounts: flagCounts(e),
    flags: e.flags.map((f) => ({
      form: f.form ?? null,
      id: f.id,
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: render(f.message, lang),
    })),
  };
}
