/**
 * The checks on one budget line: EXECUTION_LOW or PROGRESS_BEHIND, EXECUTION_OVER, RATE_MISMATCH,
 * ADJUSTMENT_HIGH, the stated execution score, and Excel errors in the cells read. Tie-outs are in tieout.ts.
 */

import type { Flag } from "../model";
import { msg } from "../i18n/render";
import type { RuleSet } from "../ruleset/types";
import type { CalendarProgress } from "./calendar";
import type { Read, StatedRate } from "./cells";
import { type Column, type Columns, MONEY_FIELDS } from "./columns";
import { type Denominator, type LineFigures, amount, ratio } from "./figures";
import { rateArgs as explainArgs, type RateArgs } from "./explain";
import { budgetFlag } from "./flags";
import { fmtNumber, fmtPercent, fmtPoints, fmtSignedPercent, round } from "./numbers";
import { agreesAtPrecision } from "./rate";
import type { BudgetRow } from "./read";
import type { ScoredRate } from "./score";

const EPS = 1e-9;

export interface LineCheck {
  sheet: string;
  line: BudgetRow;
  figures: LineFigures;
  stated: StatedRate | null;
  scored: ScoredRate | null;
  columns: Columns;
  denominator: Denominator | null;
  ruleSet: RuleSet;
  calendar: CalendarProgress | null;
}

/** The cell a rate finding points at: the rate cell, else the executed amount. */
function rateCell(c: LineCheck): number {
  return (
    c.columns.rate?.col ??
    c.columns.money.executed?.col ??
    c.denominator?.column.col ??
    Math.max(c.columns.name, 0)
  );
}

function rateArgs(c: LineCheck, rate: number): RateArgs {
  return explainArgs(c.line.name.display, c.figures, c.columns, c.denominator, rate);
}

function executionChecks(c: LineCheck): Flag[] {
  const { rate } = c.figures;
  if (rate === null) return [];
  const { budget: params } = c.ruleSet;
  const { sheet, line } = c;
  if (c.calendar && c.calendar.progress < 1) {
    // Mid-year: judged against the calendar, not against the year-end threshold.
    const lag = round((c.calendar.progress - rate) * 100, 2);
    if (lag <= params.calendarLag * 100 + EPS) return [];
    return [
      budgetFlag(
        sheet,
        line.row,
        rateCell(c),
        "PROGRESS_BEHIND",
        msg("budget.progressBehind", {
          ...rateArgs(c, rate),
          asOf: c.calendar.asOf,
          progress: fmtPercent(c.calendar.progress),
          elapsed: c.calendar.elapsedDays,
          days: c.calendar.daysInYear,
          lag: fmtPoints(lag),
          threshold: fmtPoints(params.calendarLag * 100),
        })
      ),
    ];
  }
  if (rate >= params.executionLow - EPS) return [];
  return [
    budgetFlag(
      sheet,
      line.row,
      rateCell(c),
      "EXECUTION_LOW",
      msg("budget.executionLow", {
        ...rateArgs(c, rate),
        threshold: fmtPercent(params.executionLow, 0),
      })
    ),
  ];
}

function overCheck(c: LineCheck): Flag[] {
  const { executed, budget, rate } = c.figures;
  const col = c.columns.money.executed?.col;
  if (executed === null || budget === null || rate === null || col === undefined) return [];
  if (executed <= budget + c.ruleSet.moneyTolerance + EPS) return [];
  return [
    budgetFlag(
      c.sheet,
      c.line.row,
      col,
      "EXECUTION_OVER",
      msg("budget.executionOver", {
        ...rateArgs(c, rate),
        over: fmtNumber(executed - budget),
      })
    ),
  ];
}

function rateMismatch(c: LineCheck): Flag[] {
  const { exactRate } = c.figures;
  const { stated } = c;
  const col = c.columns.rate?.col;
  if (
    exactRate === null ||
    stated === null ||
    col === undefined ||
    agreesAtPrecision(exactRate, stated)
  )
    return [];
  const args = {
    ...rateArgs(c, exactRate),
    stated: stated.text,
    computed: fmtPercent(exactRate, Math.max(2, stated.decimals)),
    expected: fmtPercent(exactRate, stated.decimals),
  };
  // Does the stated rate use another budget column as its denominator?
  const executed = amount(c.line.money.executed);
  for (const field of MONEY_FIELDS) {
    const column = c.columns.money[field];
    if (!column || field === "executed" || field === c.denominator?.field) continue;
    const other = ratio(executed, amount(c.line.money[field]));
    if (other !== null && agreesAtPrecision(other, stated)) {
      return [
        budgetFlag(
          c.sheet,
          c.line.row,
          col,
          "RATE_MISMATCH",
          msg("budget.rateMismatch.otherDenominator", {
            ...args,
            otherName: column.label,
            otherRate: fmtPercent(other, Math.max(2, stated.decimals)),
          })
        ),
      ];
    }
  }
  return [budgetFlag(c.sheet, c.line.row, col, "RATE_MISMATCH", msg("budget.rateMismatch", args))];
}

function adjustmentCheck(c: LineCheck): Flag[] {
  const { adjustmentRate, initialBudget, adjustedBudget } = c.figures;
  const initial = c.columns.money.initialBudget;
  const adjusted = c.columns.money.budget;
  if (
    adjustmentRate === null ||
    initialBudget === null ||
    adjustedBudget === null ||
    !initial ||
    !adjusted
  )
    return [];
  if (Math.abs(adjustmentRate) <= c.ruleSet.budget.adjustmentHigh + EPS) return [];
  return [
    budgetFlag(
      c.sheet,
      c.line.row,
      adjusted.col,
      "ADJUSTMENT_HIGH",
      msg("budget.adjustmentHigh", {
        line: c.line.name.display,
        initialName: initial.label,
        initial: fmtNumber(initialBudget),
        adjustedName: adjusted.label,
        adjusted: fmtNumber(adjustedBudget),
        change: fmtNumber(adjustedBudget - initialBudget),
        rate: fmtSignedPercent(adjustmentRate),
        threshold: fmtPercent(c.ruleSet.budget.adjustmentHigh, 0),
      })
    ),
  ];
}

function scoreChecks(c: LineCheck): Flag[] {
  const col = c.columns.score?.col;
  const weight = amount(c.line.weight);
  const stated = amount(c.line.statedScore);
  if (col === undefined || stated === null || weight === null) return [];
  const flags: Flag[] = [];
  const tol = c.ruleSet.scoreTolerance + EPS;
  const args = { line: c.line.name.display, stated: fmtPoints(stated), weight: fmtPoints(weight) };
  if (stated > weight + tol || stated < -tol) {
    flags.push(
      budgetFlag(c.sheet, c.line.row, col, "SCORE_OVER_WEIGHT", msg("budget.scoreOverWeight", args))
    );
  }
  if (c.scored && Math.abs(stated - c.scored.score) > tol) {
    flags.push(
      budgetFlag(
        c.sheet,
        c.line.row,
        col,
        "SCORE_MISMATCH",
        msg("budget.scoreMismatch", {
          ...args,
          score: fmtPoints(c.scored.score),
          diff: fmtPoints(Math.abs(stated - c.scored.score)),
        })
      )
    );
  }
  return flags;
}

function cellErrors(c: LineCheck): Flag[] {
  const { line, columns } = c;
  const read: [Read<unknown>, Column | null | undefined][] = [
    ...MONEY_FIELDS.map((f): [Read<unknown>, Column | undefined] => [
      line.money[f],
      columns.money[f],
    ]),
    [line.rate, columns.rate],
    [line.weight, columns.weight],
    [line.statedScore, columns.score],
  ];
  const flags: Flag[] = [];
  for (const [cell, column] of read) {
    if (cell.kind !== "error" || !column) continue;
    const args = { line: line.name.display, column: column.label, error: cell.error };
    flags.push(
      budgetFlag(c.sheet, line.row, column.col, "CELL_ERROR", msg("budget.cellError", args))
    );
  }
  return flags;
}

export function lineChecks(c: LineCheck): Flag[] {
  return [
    ...cellErrors(c),
    ...executionChecks(c),
    ...overCheck(c),
    ...rateMismatch(c),
    ...adjustmentCheck(c),
    ...scoreChecks(c),
  ];
}
