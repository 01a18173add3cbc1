/**
 * How much of a table the engine could score, and whether the total may be graded: a grade only when no
 * weighted row went unscored and the weights make up the scale (domain.md §5); otherwise "—" with the reason.
 */

import { msg } from "../i18n/render";
import type { IndicatorResult, Message, Totals } from "../model";
import { fmtNum } from "../rules/format";
import type { RuleSet } from "../ruleset/types";

export const NO_GRADE = "—";
const DEFAULT_SCALE = 100;

export interface RowCounts {
  scored: number;
  unscored: number;
}

/** A row a score is owed for: an indicator with a positive weight that applies. */
export function isWeighted(r: IndicatorResult): boolean {
  return r.kind === "indicator" && !r.notApplicable && r.weight !== null && r.weight > 0;
}

/** The engine has a score for it: computed, or (scores entered by hand) the sheet's own, checked. */
export function isScored(r: IndicatorResult): boolean {
  return r.score !== null || (r.rule === "manual" && r.statedScore !== null);
}

export function countRows(rows: Iterable<IndicatorResult>): RowCounts {
  const counts: RowCounts = { scored: 0, unscored: 0 };
  for (const r of rows) if (isWeighted(r)) counts[isScored(r) ? "scored" : "unscored"]++;
  return counts;
}

/** The totals with their row counts, marked partial and left ungraded where the scored weights fall short. */
export function withCoverage(
  totals: Totals,
  rows: readonly IndicatorResult[],
  ruleSet: RuleSet
): Totals {
  const counts = countRows(rows);
  const unscoredWeight = rows
    .filter((r) => isWeighted(r) && !isScored(r))
    .reduce((s, r) => s + (r.weight ?? 0), 0);
  const scale = ruleSet.scale ?? DEFAULT_SCALE;
  let reason: Message | null = null;
  if (totals.weight <= 0) reason = msg("totals.noGrade.noWeights");
  else if (counts.unscored > 0)
    reason = msg("totals.noGrade.unscored", {
      count: counts.unscored,
      weight: fmtNum(unscoredWeight),
    });
  else if (totals.weight < scale - ruleSet.scoreTolerance)
    reason = msg("totals.noGrade.scale", { weight: fmtNum(totals.weight), scale: fmtNum(scale) });
  return {
    ...totals,
    grade: reason === null ? totals.grade : NO_GRADE,
    partial: reason !== null && totals.weight > 0,
    rows: counts,
    gradeReason: reason,
  };
}
