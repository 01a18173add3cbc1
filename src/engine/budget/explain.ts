/** The words around a line's execution rate, shared by its explanation and its flags. */

import type { Message } from "../model";
import { msg } from "../i18n/render";
import type { Columns } from "./columns";
import type { Denominator, LineFigures } from "./figures";
import { fmtNumber, fmtPercent } from "./numbers";
import type { ScoredRate } from "./score";

/** What every budget line message quotes: the line, its rate and the figures it is computed from. */
export type RateArgs = {
  line: string;
  rate: string;
  executedName: string;
  executed: string;
  denominator: string;
  budget: string;
};

export function rateArgs(
  lineName: string,
  figures: LineFigures,
  columns: Columns,
  denominator: Denominator | null,
  rate: number
): RateArgs {
  return {
    line: lineName,
    rate: fmtPercent(rate),
    executedName: columns.money.executed?.label ?? "",
    executed: fmtNumber(figures.executed ?? 0),
    denominator: denominator?.column.label ?? "",
    budget: fmtNumber(figures.budget ?? 0),
  };
}

/** "执行率92.38%（全年执行数14,871.77万元 / 全年预算数16,098.12万元）", and the score where the line has one. */
export function lineExplanation(args: RateArgs | null, scored: ScoredRate | null): Message | null {
  if (args === null) return null;
  return scored === null ? msg("budget.explain", args) : scored.explanation(args);
}
