/**
 * What a supervisor checks on one indicator row (domain.md §7, items 3–4): the rule's own findings
 * (unit mismatch, negative completion, qualitative band …) placed on the right cell, and the checks of
 * the stated score, the reason and the actual. Every flag quotes its numbers in both languages.
 */

import { msg } from "../i18n/render";
import type { Flag, FlagCode, IndicatorResult, Message } from "../model";
import { fmtNum, fmtPct, fmtPctShort, valueArgs } from "../rules/format";
import type { RowField, ScoreResult } from "../rules/types";
import type { RuleSet } from "../ruleset/types";
import { flagRow } from "./flags";
import { makeFlag } from "./severity";

/** A1 addresses of the row's cells (absent when the table has no such column). */
export type IndicatorCells = Partial<Record<RowField, string>>;

export interface IndicatorCheckInput {
  result: IndicatorResult;
  cells: IndicatorCells;
  /** The rule's result, or null when no rule could be resolved for the row. */
  outcome: ScoreResult | null;
  ruleSet: RuleSet;
  /** Excel errors found in the score, weight or reason cells (target and actual errors are in the quantities). */
  cellErrors?: Partial<Record<"score" | "weight" | "reason", string>>;
  /** The row's own 评分标准 was not understood: the computed score comes from a fallback rule. */
  criterionUnread?: boolean;
  /** The table has targets but no column recognised as the actual: every weighted row lacks one. */
  noActualColumn?: boolean;
}

export interface IndicatorCheckResult {
  /** The row's flags (a shared empty list when there are none: read only). */
  flags: readonly Flag[];
  /** A suggested 扣分原因 wording when points were lost and no reason is given. */
  suggestedReason: Message | null;
}

const noReason = new Set(["", "—", "-", "－", "/", "／", "*", "无", "暂无", "/无", "n/a", "na"]);

export function hasReason(reason: string | null): boolean {
  if (reason === null) return false;
  if (reason.length > 8) return true; // longer than any placeholder, even padded
  return !noReason.has(reason.trim().toLowerCase());
}

const noFlags: readonly Flag[] = Object.freeze([]);
const nothing: IndicatorCheckResult = Object.freeze({ flags: noFlags, suggestedReason: null });

function cellOf(cells: IndicatorCells, field: RowField, row: number): string {
  return cells[field] ?? cells.score ?? cells.actual ?? cells.target ?? cells.weight ?? `A${row}`;
}

/** Adds a flag unless the row already has one for that cell and code (the first, most specific, wins). */
function add(
  flags: Flag[],
  r: IndicatorResult,
  cells: IndicatorCells,
  field: RowField,
  code: FlagCode,
  message: Message
): void {
  const f = makeFlag(r.sheet, cellOf(cells, field, r.row), code, message);
  for (const g of flags) if (g.id === f.id) return;
  flags.push(f);
}

export function checkIndicator(input: IndicatorCheckInput): IndicatorCheckResult {
  const { result: r, cells, outcome, ruleSet } = input;
  if (r.kind === "total" || r.kind === "group" || r.notApplicable) return nothing;

  const flags: Flag[] = [];
  const tol = ruleSet.scoreTolerance + 1e-9;
  const w = r.weight;

  // Excel errors in the cells the engine needs
  if (r.targetValue.kind === "error")
    add(
      flags,
      r,
      cells,
      "target",
      "CELL_ERROR",
      msg("flag.CELL_ERROR.target", { error: r.targetValue.error })
    );
  if (r.actualValue.kind === "error")
    add(
      flags,
      r,
      cells,
      "actual",
      "CELL_ERROR",
      msg("flag.CELL_ERROR.actual", { error: r.actualValue.error })
    );
  if (input.cellErrors) {
    for (const [field, error] of Object.entries(input.cellErrors) as [
      "score" | "weight" | "reason",
      string,
    ][]) {
      add(flags, r, cells, field, "CELL_ERROR", msg(`flag.CELL_ERROR.${field}`, { error }));
    }
  }

  // the rule's findings, or no rule at all
  if (outcome)
    for (const f of outcome.findings)
      add(flags, r, cells, f.field ?? flagRow(f.code).field ?? "score", f.code, f.message);
  else if (r.kind === "indicator" && r.targetValue.kind !== "error") {
    add(
      flags,
      r,
      cells,
      "target",
      "TARGET_UNREADABLE",
      msg("flag.TARGET_UNREADABLE.rule", valueArgs(r.targetValue, r.actualValue))
    );
  }

  // A table with neither target nor actual column (scores entered by hand) has nothing to be missing.
  if (r.kind === "indicator" && w !== null && w > 0 && r.actualValue.kind === "none") {
    if (cells.actual !== undefined)
      add(
        flags,
        r,
        cells,
        "actual",
        "ACTUAL_MISSING",
        msg("flag.ACTUAL_MISSING", { weight: fmtNum(w) })
      );
    else if (input.noActualColumn)
      add(
        flags,
        r,
        cells,
        "actual",
        "ACTUAL_MISSING",
        msg("flag.ACTUAL_MISSING.noColumn", { weight: fmtNum(w) })
      );
  }

  const stated = r.statedScore;
  const computed = r.score;
  // Scores entered by hand (no target, no actual): a weighted row left blank cannot be scored.
  if (r.kind === "indicator" && r.rule === "manual" && w !== null && w > 0 && stated === null)
    add(
      flags,
      r,
      cells,
      "score",
      "SCORE_MISSING",
      msg("flag.SCORE_MISSING", { weight: fmtNum(w) })
    );
  if (stated !== null) {
    if (r.kind === "bonus") {
      if (Math.abs(stated) > ruleSet.bonusBound + tol) {
        add(
          flags,
          r,
          cells,
          "score",
          "SCORE_OVER_WEIGHT",
          msg("flag.SCORE_OVER_WEIGHT.bonus", {
            stated: fmtNum(stated),
            bound: fmtNum(ruleSet.bonusBound),
          })
        );
      }
    } else if (w !== null && (stated > w + tol || stated < -tol)) {
      add(
        flags,
        r,
        cells,
        "score",
        "SCORE_OVER_WEIGHT",
        msg("flag.SCORE_OVER_WEIGHT", { stated: fmtNum(stated), weight: fmtNum(w) })
      );
    }
  }
  if (
    r.kind === "indicator" &&
    stated !== null &&
    computed !== null &&
    r.rule !== "manual" &&
    Math.abs(stated - computed) > tol
  ) {
    const diff = fmtNum(Math.abs(stated - computed));
    add(
      flags,
      r,
      cells,
      "score",
      "SCORE_MISMATCH",
      msg(input.criterionUnread ? "flag.SCORE_MISMATCH.fallback" : "flag.SCORE_MISMATCH", {
        stated: fmtNum(stated),
        computed: fmtNum(computed),
        diff,
        tolerance: fmtNum(ruleSet.scoreTolerance),
      })
    );
  }

  let suggestedReason: Message | null = null;
  // Points lost by either account, the sheet's or the rule's, need a reason (contract: "stated or computed").
  const value =
    stated !== null && computed !== null ? Math.min(stated, computed) : (stated ?? computed);
  if (
    r.kind === "indicator" &&
    w !== null &&
    value !== null &&
    value < w - tol &&
    !hasReason(r.reason)
  ) {
    const deducted = fmtNum(w - value);
    add(
      flags,
      r,
      cells,
      "reason",
      "REASON_MISSING",
      msg("flag.REASON_MISSING", { score: fmtNum(value), weight: fmtNum(w), deducted })
    );
    const c = r.completion;
    suggestedReason =
      c !== null && c < 1 && outcome?.met === false
        ? msg("reason.suggest.shortfall", {
            ...valueArgs(r.targetValue, r.actualValue),
            completion: fmtPct(c),
            deducted,
          })
        : msg("reason.suggest.generic", { score: fmtNum(value), deducted });
  }

  // A key-indicator form (no 分值) scores nothing, but a target it missed is still said.
  if (r.kind === "indicator" && w === null && outcome?.met === false && !hasReason(r.reason))
    add(
      flags,
      r,
      cells,
      "reason",
      "REASON_MISSING",
      msg("flag.REASON_MISSING.unweighted", valueArgs(r.targetValue, r.actualValue))
    );

  if (
    r.kind === "indicator" &&
    stated !== null &&
    w !== null &&
    w > 0 &&
    stated >= w - tol &&
    outcome?.met === false
  ) {
    add(
      flags,
      r,
      cells,
      "score",
      "FULL_MARKS_UNMET",
      msg("flag.FULL_MARKS_UNMET", {
        ...valueArgs(r.targetValue, r.actualValue),
        stated: fmtNum(stated),
      })
    );
  }

  const ratio = outcome?.actualToTarget ?? null;
  if (
    r.kind === "indicator" &&
    ratio !== null &&
    ratio >= ruleSet.overAchievement - 1e-9 &&
    !hasReason(r.reason)
  ) {
    const threshold = fmtPctShort(ruleSet.overAchievement);
    add(
      flags,
      r,
      cells,
      "actual",
      "OVER_ACHIEVEMENT",
      msg("flag.OVER_ACHIEVEMENT", {
        ...valueArgs(r.targetValue, r.actualValue),
        ratio: fmtPct(ratio),
        threshold,
      })
    );
  }

  return flags.length === 0 && suggestedReason === null ? nothing : { flags, suggestedReason };
}
