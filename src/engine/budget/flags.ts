/** Budget flags: the catalogue's severity (review/severity.ts) and a stable id, placed by row and column. */

import { a1 } from "../grid";
import type { Flag, FlagCode, Message } from "../model";
import { makeFlag } from "../review/severity";

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

export function budgetFlag(
  sheet: string,
  row: number,
  col: number,
  code: BudgetFlagCode,
  message: Message
): Flag {
  return makeFlag(sheet, a1(row, col), code, message);
}
