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
  CRITERION_UNREAD: "info",
  COLUMN_MISSING: "error",
  COLUMN_GUESSED: "info",
  SCORE_MISSING: "warning",
  BUDGET_TIE_OUT: "error",
  EXECUTION_LOW: "warning",
  EXECUTION_OVER: "error",
  RATE_MISMATCH: "error",
  ADJUSTMENT_HIGH: "warning",
  PROGRESS_BEHIND: "warning",
  FORM_ASSIGNED: "info",
};

export function makeFlag(sheet: string, cell: string, code: FlagCode, message: Message): Flag {
  return { id: flagId(sheet, cell, code), code, severity: severities[code], sheet, cell, message };
}

export function countFlags(flags: readonly Flag[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of flags) counts[f.severity]++;
  return counts;
}
