/**
 * Formula mode: where a rule can be written as an Excel formula over the row's own cells, the add-in's score
 * cell holds that formula, with the engine's value as its cached result, so the sheet stays live when a
 * value is edited. Only where it is safe: the inputs are plain numbers in cells, the rule's variant is known
 * from its explanation, and the formula, computed here as a spreadsheet would, gives exactly the engine's value.
 * Anywhere else the cell holds the value.
 */

import { round } from "../budget/numbers";
import { type Grid, a1, cellValue } from "../grid";
import { normalizeHeader } from "../locate/header";
import type { BudgetLineResult, IndicatorResult, TableRef } from "../model";
import { getRuleKind } from "../rules/registry";

/** A number typed or computed in a cell (not text, not an error), or null. */
function numberAt(grid: Grid, row: number, col: number | undefined): number | null {
  if (col === undefined || col < 0) return null;
  const v = cellValue(grid, row, col);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

interface Candidate {
  formula: string;
  value: number;
}

/** The formula, if it gives the engine's value; else null (the value is written). */
function ifExact(candidate: Candidate | null, engineValue: number | null): string | null {
  if (candidate === null || engineValue === null) return null;
  return candidate.value === engineValue ? candidate.formula : null;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** What a formula needs to know about the row it sits in. */
export interface RowContext {
  grid: Grid;
  table: TableRef;
  row: number; // 0-based worksheet row
  scoreCol: number; // the add-in's own score column
}

/**
 * An indicator's score as its rule kind's formula (kinds/*.ts `formula`: at-least, at-most linear) over
 * the row's 指标值, 完成值 and 分值 cells.
 */
export function indicatorScoreFormula(ctx: RowContext, result: IndicatorResult): string | null {
  const { grid, table, row } = ctx;
  const a = numberAt(grid, row, table.columns.target);
  const b = numberAt(grid, row, table.columns.actual);
  const w = numberAt(grid, row, table.columns.weight);
  const key = result.explanation?.key;
  if (a === null || b === null || w === null || a <= 0 || key === undefined) return null;
  const [A, B, W] = [table.columns.target, table.columns.actual, table.columns.weight].map((c) =>
    a1(row, c)
  );
  const f = getRuleKind(result.rule)?.formula?.(
    { cells: { target: A, actual: B, weight: W }, values: { target: a, actual: b, weight: w } },
    key
  );
  if (!f) return null;
  return ifExact({ formula: `ROUND(${f.expression},2)`, value: round(f.value, 2) }, result.score);
}

/** "K5:K9,K12": the cells of a column at these rows, consecutive rows as ranges. */
function rowRanges(col: number, rows: number[]): string {
  const sorted = [...rows].sort((x, y) => x - y);
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
      const from = a1(sorted[start], col);
      parts.push(i - 1 === start ? from : `${from}:${a1(sorted[i - 1], col)}`);
      start = i;
    }
  }
  return parts.join(",");
}

/** A subtotal or total as the SUM of its members' own score cells, when the sum is the engine's value. */
export function sumFormula(
  ctx: RowContext,
  result: IndicatorResult,
  members: IndicatorResult[]
): string | null {
  if (members.length === 0 || members.some((m) => m.score === null)) return null;
  const total = members.reduce((s, m) => s + (m.score ?? 0), 0);
  const rows = members.map((m) => m.row - 1);
  return ifExact(
    { formula: `ROUND(SUM(${rowRanges(ctx.scoreCol, rows)}),2)`, value: round(total, 2) },
    result.score
  );
}

/** The members a subtotal or total row adds up: indicators (and bonus rows for the total) under its levels. */
export function membersOf(result: IndicatorResult, rows: IndicatorResult[]): IndicatorResult[] {
  if (result.kind === "total")
    return rows.filter((r) => r.kind === "indicator" || r.kind === "bonus");
  if (result.kind !== "group") return [];
  const prefix = result.levels;
  return rows.filter((r) => r.kind === "indicator" && prefix.every((l, i) => r.levels[i] === l));
}

/** 扣分 = 分值 − the own score cell. */
export function deductionFormula(
  ctx: RowContext,
  weight: number | null,
  deduction: number | null
): string | null {
  const col = ctx.table.columns.weight;
  const w = numberAt(ctx.grid, ctx.row, col);
  if (w === null || w !== weight || deduction === null) return null;
  return `ROUND(${a1(ctx.row, col)}-${a1(ctx.row, ctx.scoreCol)},2)`;
}

const DENOMINATOR_FIELDS = ["budget", "initialBudget", "available"] as const;

/** The column the engine divided by: the one whose header is the evaluation's denominator, or the only one. */
function denominatorColumn(grid: Grid, table: TableRef, denominator: string): number | null {
  const present = DENOMINATOR_FIELDS.map((f) => table.columns[f]).filter(
    (c): c is number => c !== undefined && c >= 0
  );
  if (present.length === 1) return present[0];
  const wanted = normalizeHeader(denominator);
  const named = present.filter((c) => {
    const h = cellValue(grid, table.headerRow, c);
    return typeof h === "string" && normalizeHeader(h) === wanted;
  });
  return named.length === 1 ? named[0] : null;
}

/** 执行率 = 执行数 / the denominator, to 4 decimals as the engine rounds it. */
export function rateFormula(
  ctx: RowContext,
  line: BudgetLineResult,
  denominator: string
): string | null {
  const { grid, table, row } = ctx;
  const d = denominatorColumn(grid, table, denominator);
  const e = table.columns.executed;
  const budget = numberAt(grid, row, d ?? undefined);
  const executed = numberAt(grid, row, e);
  if (d === null || e === undefined || budget === null || executed === null || budget === 0)
    return null;
  return ifExact(
    { formula: `ROUND(${a1(row, e)}/${a1(row, d)},4)`, value: round(executed / budget, 4) },
    line.rate
  );
}

/** The linear execution score, rate × weight capped, over the own rate cell. */
export function budgetScoreFormula(
  ctx: RowContext,
  line: BudgetLineResult,
  rateCol: number
): string | null {
  const w = numberAt(ctx.grid, ctx.row, ctx.table.columns.weight);
  if (
    line.explanation?.key !== "budget.score.linear" ||
    line.rate === null ||
    w === null ||
    w !== line.weight
  )
    return null;
  const W = a1(ctx.row, ctx.table.columns.weight);
  const R = a1(ctx.row, rateCol);
  return ifExact(
    { formula: `ROUND(MIN(1,MAX(0,${R}))*${W},2)`, value: round(clamp01(line.rate) * w, 2) },
    line.score
  );
}
