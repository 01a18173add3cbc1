/**
 * The flag catalogue (docs/contract.md), one row per code: its severity, the cell of an indicator row it is
 * placed on when the check names none (else the 得分 cell), the key of its short name, and the keys of the
 * messages it is raised with. A new flag is a row here, its words in each language file, and its check
 * (docs/engine.md, "Adding a language / a flag").
 */

import type { MessageKey } from "../i18n/catalogue";
import type { RowField, Severity } from "../model";

export interface FlagRow {
  readonly severity: Severity;
  readonly field?: RowField;
  readonly label: Extract<MessageKey, `flagLabel.${string}`>;
  readonly messages: readonly MessageKey[];
}

export const FLAGS = {
  SCORE_MISMATCH: {
    severity: "error",
    label: "flagLabel.SCORE_MISMATCH",
    messages: ["flag.SCORE_MISMATCH", "flag.SCORE_MISMATCH.fallback", "budget.scoreMismatch"],
  },
  SCORE_OVER_WEIGHT: {
    severity: "error",
    label: "flagLabel.SCORE_OVER_WEIGHT",
    messages: ["flag.SCORE_OVER_WEIGHT", "flag.SCORE_OVER_WEIGHT.bonus", "budget.scoreOverWeight"],
  },
  SUM_MISMATCH: {
    severity: "error",
    label: "flagLabel.SUM_MISMATCH",
    messages: ["flag.SUM_MISMATCH", "flag.SUM_MISMATCH.total"],
  },
  WEIGHT_SUM: {
    severity: "error",
    label: "flagLabel.WEIGHT_SUM",
    messages: ["flag.WEIGHT_SUM", "flag.WEIGHT_SUM.nested", "flag.WEIGHT_SUM.total"],
  },
  GRADE_MISMATCH: {
    severity: "error",
    label: "flagLabel.GRADE_MISMATCH",
    messages: ["flag.GRADE_MISMATCH"],
  },
  REASON_MISSING: {
    severity: "warning",
    label: "flagLabel.REASON_MISSING",
    messages: ["flag.REASON_MISSING", "flag.REASON_MISSING.unweighted"],
  },
  FULL_MARKS_UNMET: {
    severity: "warning",
    label: "flagLabel.FULL_MARKS_UNMET",
    messages: ["flag.FULL_MARKS_UNMET"],
  },
  OVER_ACHIEVEMENT: {
    severity: "warning",
    field: "actual",
    label: "flagLabel.OVER_ACHIEVEMENT",
    messages: ["flag.OVER_ACHIEVEMENT"],
  },
  NEGATIVE_COMPLETION: {
    severity: "warning",
    field: "actual",
    label: "flagLabel.NEGATIVE_COMPLETION",
    messages: ["flag.NEGATIVE_COMPLETION"],
  },
  QUAL_OUT_OF_BAND: {
    severity: "error",
    label: "flagLabel.QUAL_OUT_OF_BAND",
    messages: ["flag.QUAL_OUT_OF_BAND"],
  },
  TARGET_UNREADABLE: {
    severity: "warning",
    field: "target",
    label: "flagLabel.TARGET_UNREADABLE",
    messages: [
      "flag.TARGET_UNREADABLE",
      "flag.TARGET_UNREADABLE.rule",
      "flag.TARGET_UNREADABLE.undecided",
    ],
  },
  ACTUAL_MISSING: {
    severity: "warning",
    field: "actual",
    label: "flagLabel.ACTUAL_MISSING",
    messages: [
      "flag.ACTUAL_MISSING",
      "flag.ACTUAL_MISSING.noColumn",
      "flag.ACTUAL_MISSING.unreadable",
    ],
  },
  UNIT_MISMATCH: {
    severity: "error",
    field: "actual",
    label: "flagLabel.UNIT_MISMATCH",
    messages: ["flag.UNIT_MISMATCH"],
  },
  CELL_ERROR: {
    severity: "error",
    field: "actual",
    label: "flagLabel.CELL_ERROR",
    messages: [
      "flag.CELL_ERROR.target",
      "flag.CELL_ERROR.actual",
      "flag.CELL_ERROR.score",
      "flag.CELL_ERROR.weight",
      "flag.CELL_ERROR.reason",
      "budget.cellError",
    ],
  },
  CRITERION_UNREAD: {
    severity: "info",
    label: "flagLabel.CRITERION_UNREAD",
    messages: ["flag.CRITERION_UNREAD", "flag.CRITERION_UNREAD.none"],
  },
  COLUMN_MISSING: {
    severity: "error",
    label: "flagLabel.COLUMN_MISSING",
    messages: ["flag.COLUMN_MISSING", "flag.COLUMN_MISSING.sheet"],
  },
  COLUMN_GUESSED: {
    severity: "info",
    label: "flagLabel.COLUMN_GUESSED",
    messages: ["flag.COLUMN_GUESSED.meaning", "flag.COLUMN_GUESSED.rivals"],
  },
  SCORE_MISSING: {
    severity: "warning",
    label: "flagLabel.SCORE_MISSING",
    messages: ["flag.SCORE_MISSING"],
  },
  BUDGET_TIE_OUT: {
    severity: "error",
    label: "flagLabel.BUDGET_TIE_OUT",
    messages: ["budget.tieOut", "budget.tieOut.partsSuspect", "budget.tieOut.totalSuspect"],
  },
  EXECUTION_LOW: {
    severity: "warning",
    label: "flagLabel.EXECUTION_LOW",
    messages: ["budget.executionLow"],
  },
  EXECUTION_OVER: {
    severity: "error",
    label: "flagLabel.EXECUTION_OVER",
    messages: ["budget.executionOver"],
  },
  RATE_MISMATCH: {
    severity: "error",
    label: "flagLabel.RATE_MISMATCH",
    messages: ["budget.rateMismatch", "budget.rateMismatch.otherDenominator"],
  },
  ADJUSTMENT_HIGH: {
    severity: "warning",
    label: "flagLabel.ADJUSTMENT_HIGH",
    messages: ["budget.adjustmentHigh"],
  },
  PROGRESS_BEHIND: {
    severity: "warning",
    label: "flagLabel.PROGRESS_BEHIND",
    messages: ["budget.progressBehind"],
  },
  FORM_ASSIGNED: {
    severity: "info",
    label: "flagLabel.FORM_ASSIGNED",
    messages: ["flag.FORM_ASSIGNED.budget", "flag.FORM_ASSIGNED.indicators"],
  },
} as const satisfies Readonly<Record<string, FlagRow>>;

export type FlagCode = keyof typeof FLAGS;

/** Every code, in the catalogue's order. */
export const FLAG_CODES = Object.keys(FLAGS) as readonly FlagCode[];

/** The row of a code, seen through the row's type (optional columns included). */
export function flagRow(code: FlagCode): FlagRow {
  return FLAGS[code];
}
