/** The add-in's own columns beside a table, as one block: its headers, then a row of figures per table row. */

import { round } from "../budget/numbers";
import type { Grid } from "../grid";
import { render } from "../i18n/render";
import type { BudgetLineResult, Evaluation, IndicatorResult, Lang, Message } from "../model";
import { type Placement, ownColumnsFor } from "./columns";
import {
  type RowContext,
  budgetScoreFormula,
  deductionFormula,
  indicatorScoreFormula,
  membersOf,
  rateFormula,
  sumFormula,
} from "./formulas";
import { label } from "./labels";
import { headerText } from "./text";
import type { BlockWrite, PlanValue } from "./types";

export interface BlockOptions {
  lang: Lang;
  formulas: boolean;
}

/** An explanation, then the suggested 扣分原因 where the sheet gives none: one line, the cell does not wrap. */
export function explanationText(
  explanation: Message | null,
  suggested: Message | null,
  lang: Lang
): string | null {
  const parts: string[] = [];
  if (explanation) parts.push(render(explanation, lang));
  if (suggested) parts.push(label("suggestedReason", lang, { text: render(suggested, lang) }));
  return parts.length ? parts.join(label("listSeparator", lang)) : null;
}

export function deduction(result: IndicatorResult): number | null {
  if (result.kind === "bonus" || result.weight === null || result.score === null) return null;
  return round(result.weight - result.score, 2);
}

interface RowOut {
  values: PlanValue[];
  formulas: (string | null)[];
}

function indicatorRow(
  ctx: RowContext,
  result: IndicatorResult,
  tableRows: IndicatorResult[],
  opts: BlockOptions
): RowOut {
  const values = [
    result.score,
    deduction(result),
    explanationText(result.explanation, result.suggestedReason, opts.lang),
  ];
  if (!opts.formulas) return { values, formulas: [null, null, null] };
  const score =
    result.kind === "indicator"
      ? indicatorScoreFormula(ctx, result)
      : sumFormula(ctx, result, membersOf(result, tableRows));
  return {
    values,
    formulas: [score, deductionFormula(ctx, result.weight, deduction(result)), null],
  };
}

function budgetRow(
  ctx: RowContext,
  line: BudgetLineResult,
  denominator: string,
  opts: BlockOptions
): RowOut {
  const values = [
    line.rate,
    line.weight === null ? null : line.score,
    explanationText(line.explanation, null, opts.lang),
  ];
  if (!opts.formulas) return { values, formulas: [null, null, null] };
  const rate = rateFormula(ctx, line, denominator);
  const score = line.weight === null ? null : budgetScoreFormula(ctx, line, ctx.scoreCol - 1);
  return { values, formulas: [rate, score, null] };
}

const inRows = (p: Placement) => (r: { sheet: string; row: number }) =>
  r.sheet === p.table.sheet && r.row - 1 > p.top && r.row - 1 <= p.bottom;

/** The own column (relative to the block) that holds the score: a filled 得分 cell copies it. */
export function scoreColumnOf(p: Placement): number {
  return p.table.kind === "budget" ? 1 : 0;
}

export function ownBlock(p: Placement, grid: Grid, e: Evaluation, opts: BlockOptions): BlockWrite {
  const own = ownColumnsFor(p.table.kind);
  const height = p.bottom - p.top + 1;
  const values: PlanValue[][] = [own.headers.map(headerText)];
  const formulas: (string | null)[][] = [own.headers.map(() => null)];
  for (let i = 1; i < height; i++) {
    values.push(own.headers.map(() => null));
    formulas.push(own.headers.map(() => null));
  }
  const ctxAt = (row: number): RowContext => ({
    grid,
    table: p.table,
    row,
    scoreCol: p.left + scoreColumnOf(p),
  });
  const put = (row: number, out: RowOut) => {
    values[row - p.top] = out.values;
    formulas[row - p.top] = out.formulas;
  };
  if (p.table.kind === "indicators") {
    const rows = e.indicators.filter(inRows(p));
    for (const r of rows) put(r.row - 1, indicatorRow(ctxAt(r.row - 1), r, rows, opts));
  } else {
    for (const line of e.budget.filter(inRows(p)))
      put(line.row - 1, budgetRow(ctxAt(line.row - 1), line, e.denominator, opts));
  }
  const block: BlockWrite = {
    sheet: p.table.sheet,
    top: p.top,
    left: p.left,
    values,
    headerRows: [0],
    numberFormats: own.formats,
  };
  if (formulas.some((row) => row.some((f) => f !== null))) block.formulas = formulas;
  return block;
}
