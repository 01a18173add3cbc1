/** Budget flags: the code's severity from the catalogue (docs/contract.md) and a stable id. */

import { a1 } from "../grid";
import { type Flag, type FlagCode, type Message, type Severity, flagId } from "../model";

export type BudgetFlagCode = Extract<
  FlagCode,
  | "BUDGET_TIE_OUT"
  | "EXECUTION_LOW"
  | "EXECUTION_OVER"
  | "RATE_MISMATCH"
  | "ADJUSTMENT_HIGH"
  | "PROGRESS_BEHIND"
  | "SCORE_MISMATCH"
  | "SCORE_OVER_WEIGHT"
  | "CELL_ERROR"
>;

const SEVERITY: Record<BudgetFlagCode, Severity> = {
  BUDGET_TIE_OUT: "error",
  EXECUTION_LOW: "warning",
  EXECUTION_OVER: "error",
  RATE_MISMATCH: "error",
  ADJUSTMENT_HIGH: "warning",
  PROGRESS_BEHIND: "warning",
  SCORE_MISMATCH: "error",
  SCORE_OVER_WEIGHT: "error",
  CELL_ERROR: "error",
};

export function budgetFlag(
  sheet: string,
  row: number,
  col: number,
  code: BudgetFlagCode,
  message: Message
): Flag {
  const cell = a1(row, col);
  return { id: flagId(sheet, cell, code), code, severity: SEVERITY[code], sheet, cell, message };
}
