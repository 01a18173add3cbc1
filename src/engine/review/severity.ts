/** The flag catalogue's severities (docs/contract.md), and a flag with its stable id. */

import { flagId, type Flag, type FlagCode, type Message, type Severity } from "../model";

export const severities: Readonly<Record<FlagCode, Severity>> = {
  SCORE_MISMATCH: "error",
  SCORE_OVER_WEIGHT: "error",
  SUM_MISMATCH: "error",
  WEIGHT_SUM: "error",
  GRADE_MISMATCH: "error",
  REASON_MISSING: "warning",
  FULL_MARKS_UNMET: "warning",
  OVER_ACHIEVEMENT: "warning",
  NEGATIVE_COMPLETION: "warning",
  QUAL_OUT_OF_BAND: "error",
  TARGET_UNREADABLE: "warning",
  ACTUAL_MISSING: "warning",
  UNIT_MISMATCH: "error",
  CELL_ERROR: "error",
  COLUMN_MISSING: "error",
  COLUMN_GUESSED: "info",
  SCORE_MISSING: "warning",
  BUDGET_TIE_OUT: "error",
  EXECUTION_LOW: "warning",
  EXECUTION_OVER: "error",
  RATE_MISMATCH: "error",
  ADJUSTMENT_HIGH: "warning",
  PROGRESS_BEHIND: "warning",
};

export function makeFlag(sheet: string, cell: string, code: FlagCode, message: Message): Flag {
  return { id: flagId(sheet, cell, code), code, severity: severities[code], sheet, cell, message };
}
