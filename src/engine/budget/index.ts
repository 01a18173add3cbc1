/**
 * Budget execution (docs/domain.md §6, docs/budget.md): the lines of a located budget table with their
 * hierarchy, 执行率 against the rule set's denominator, 调整率, 结余, the execution score of a weighted
 * line, and the flags BUDGET_TIE_OUT, EXECUTION_LOW, EXECUTION_OVER, RATE_MISMATCH, ADJUSTMENT_HIGH,
 * PROGRESS_BEHIND (plus SCORE_MISMATCH, SCORE_OVER_WEIGHT and CELL_ERROR on the budget table's cells).
 */

import { parseA1, type Grid } from "../grid";
import { MergedView } from "../locate/merged";
import type { BudgetLineResult, Flag, TableRef } from "../model";
import type { RuleSet } from "../ruleset/types";
import { type CalendarProgress, calendarProgress } from "./calendar";
import { lineChecks } from "./checks";
import { readColumns } from "./columns";
import { rateArgs, lineExplanation } from "./explain";
import { amount, chooseDenominator, lineFigures } from "./figures";
import { buildHierarchy } from "./hierarchy";
import { roundRate } from "./numbers";
import { statedRate } from "./rate";
import { readRows } from "./read";
import { scoreExecution } from "./score";
import { tieOuts } from "./tieout";

export interface BudgetOptions {
  /** YYYY-MM-DD: judge execution against the calendar (序时进度) at this date. */
  asOf?: string;
}

export interface BudgetEvaluation {
  lines: BudgetLineResult[];
  flags: Flag[];
  /** The header of the column the execution rate divides by, e.g. "全年预算数"; "" when the table has none. */
  denominator: string;
  /** 序时进度 at `asOf` (progress rounded to 4 decimals); a line's lag is progress − rate. Null without `asOf`. */
  calendar: CalendarProgress | null;
}

function byCell(a: Flag, b: Flag): number {
  const pa = parseA1(a.cell);
  const pb = parseA1(b.cell);
  if (!pa || !pb) return 0;
  return pa.row - pb.row || pa.col - pb.col || a.code.localeCompare(b.code);
}

export function evaluateBudget(
  grid: Grid,
  table: TableRef,
  ruleSet: RuleSet,
  options: BudgetOptions = {}
): BudgetEvaluation {
  const calendar = options.asOf === undefined ? null : calendarProgress(options.asOf);
  if (options.asOf !== undefined && calendar === null) {
    throw new Error(`as-of date "${options.asOf}" is not a date written YYYY-MM-DD`);
  }
  const view = new MergedView(grid);
  const columns = readColumns(view, table);
  const tree = buildHierarchy(readRows(view, table, columns));
  const denominator = chooseDenominator(ruleSet.budget.denominator, columns);
  const sheet = grid.sheet;
  const flags: Flag[] = [];

  const lines = tree.lines.map((line, i): BudgetLineResult => {
    const figures = lineFigures(line.money, denominator);
    const stated = statedRate(line.rate, figures.exactRate);
    const weight = amount(line.weight);
    const scored =
      weight !== null && weight > 0 && figures.rate !== null
        ? scoreExecution(
            figures.rate,
            weight,
            line.criterion,
            ruleSet.budget.score,
            ruleSet.decimals
          )
        : null;
    const args =
      figures.rate === null
        ? null
        : rateArgs(line.name.display, figures, columns, denominator, figures.rate);
    flags.push(
      ...lineChecks({
        sheet,
        line,
        figures,
        stated,
        scored,
        columns,
        denominator,
        ruleSet,
        calendar,
      })
    );
    const parent = tree.parent[i];
    return {
      sheet,
      row: line.row + 1,
      name: line.name.display,
      level: tree.level[i],
      parentRow: parent === null ? null : tree.lines[parent].row + 1,
      initialBudget: figures.initialBudget,
      budget: figures.budget,
      executed: figures.executed,
      rate: figures.rate,
      statedRate: stated === null ? null : stated.value,
      adjustmentRate: figures.adjustmentRate,
      balance: figures.balance,
      balanceRate: figures.balanceRate,
      weight,
      score: scored === null ? null : scored.score,
      statedScore: amount(line.statedScore),
      explanation: lineExplanation(args, scored),
    };
  });
  flags.push(...tieOuts(sheet, tree, columns, ruleSet.moneyTolerance));
  return {
    lines,
    flags: flags.sort(byCell),
    denominator: denominator?.column.label ?? "",
    calendar: calendar && { ...calendar, progress: roundRate(calendar.progress) },
  };
}

export { calendarProgress } from "./calendar";
export type { CalendarProgress } from "./calendar";
export { ruleFromCriterion, ruleFromSpec } from "./score";
export type { ExecutionScoreRule } from "./score";
