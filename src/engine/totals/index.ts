/**
 * Totals: leaves roll up to their groups and the total (additive weights, or nested percentages
 * 一级 50/25/25 % with leaves within each), 不适用 rows dropped and the rest rescaled (or their weight
 * moved to a named level-1 group), bonus/penalty bounded, vetoes applied, the grade from half-open
 * bands. Checks of the sheet's own arithmetic: SUM_MISMATCH, WEIGHT_SUM, GRADE_MISMATCH.
 */

import { msg } from "../i18n/render";
import type { Flag, FlagCode, GroupTotal, IndicatorResult, Message, Totals } from "../model";
import { makeFlag } from "../review/severity";
import { fmtNum, roundTo } from "../rules/format";
import type { VetoEffect } from "../rules/types";
import type { RuleSet } from "../ruleset/types";
import { canonicalGrade, gradeFor } from "./grade";
import { buildTree, type GroupNode, type Tree } from "./tree";
import { isScored, isWeighted } from "./coverage";
import {
  asHundred,
  detectNested,
  leafFactors,
  leafWeightSum,
  near,
  topGroups,
  weightOf,
  type Scheme,
} from "./weights";

export { gradeFor, canonicalGrade } from "./grade";

/** A row as totals sees it: the lead's IndicatorResult, plus the veto its rule raised (if any). */
export type TotalsRow = IndicatorResult & { veto?: VetoEffect | null };

export interface StatedTotals {
  score: number | null;
  grade: string | null;
  totalRow?: { sheet: string; row: number };
  /** Where the stated grade is written, when it is in a cell. */
  gradeCell?: { sheet: string; cell: string };
}

export type TotalsField = "score" | "weight" | "grade";

export interface TotalsOptions {
  /** The A1 address of a row's score, weight or grade cell (default: column A of the row). */
  cell?: (sheet: string, row: number, field: TotalsField) => string;
  /** Overrides the rule set's weightScheme. */
  weightScheme?: "auto" | "additive" | "nested";
}

export interface TotalsResult {
  totals: Totals;
  groups: GroupTotal[];
  flags: Flag[];
  scheme: Scheme;
  notes: Message[];
}

const defaultCell = (_sheet: string, row: number): string => `A${row}`;
/**
 * The engine's score, or the sheet's where the engine has none; an indicator counts at most its weight and at
 * least 0 (s ≤ w always: a stated 10.5 of 10 counts 10, and is flagged SCORE_OVER_WEIGHT by the row checks).
 */
const computedValue = (row: IndicatorResult): number => {
  const v = row.score ?? row.statedScore ?? 0;
  return row.kind === "bonus" || row.weight === null ? v : Math.max(0, Math.min(row.weight, v));
};
/** A weighted row the engine has no score for: a group holding one has no score of its own. */
const unscored = (row: IndicatorResult): boolean => isWeighted(row) && !isScored(row);
/** The sheet's own score, or the engine's where the sheet has none. */
const sheetValue = (row: IndicatorResult): number => row.statedScore ?? row.score ?? 0;

/** Leaves of the vetoed groups (zero-block), and the effect on the total. */
function vetoes(
  rows: readonly TotalsRow[],
  tree: Tree<TotalsRow>,
  notes: Message[]
): { zeroed: Uint8Array; zeroTotal: boolean; cap: { row: number; cap: number } | null } {
  const zeroed = new Uint8Array(tree.leaves.length);
  let zeroTotal = false;
  let cap: { row: number; cap: number } | null = null;
  for (const v of rows) {
    const effect = v.veto;
    if (!effect) continue;
    if (effect.effect === "zero-block") {
      const block = v.levels
        .map((x) => x.trim())
        .filter(Boolean)
        .slice(0, effect.level);
      for (const l of tree.leaves)
        if (l.row.sheet === v.sheet && block.every((p, i) => l.path[i] === p)) zeroed[l.index] = 1;
      notes.push(msg("totals.veto.zero-block", { row: String(v.row), name: block.join(" / ") }));
    } else if (effect.effect === "zero-total") {
      zeroTotal = true;
      notes.push(msg("totals.veto.zero-total", { row: String(v.row) }));
    } else if (cap === null || effect.cap < cap.cap) cap = { row: v.row, cap: effect.cap };
  }
  return { zeroed, zeroTotal, cap };
}

export function computeTotals(
  rows: readonly TotalsRow[],
  ruleSet: RuleSet,
  stated: StatedTotals,
  options: TotalsOptions = {}
): TotalsResult {
  const cell = options.cell ?? defaultCell;
  const tree = buildTree(rows);
  const leaves = tree.leaves;
  const flags: Flag[] = [];
  const notes: Message[] = [];
  const tol = ruleSet.scoreTolerance;
  const decimals = ruleSet.decimals;
  const fmt = (v: number): string => fmtNum(v, decimals);
  const flag = (sheet: string, at: string, code: FlagCode, message: Message): void => {
    flags.push(makeFlag(sheet, at, code, message));
  };

  const option = options.weightScheme ?? ruleSet.weightScheme ?? "auto";
  const scheme: Scheme = option === "auto" ? (detectNested(tree) ? "nested" : "additive") : option;
  const factor = leafFactors(tree, scheme, ruleSet, notes);
  const veto = vetoes(rows, tree, notes);

  // per leaf, in total points: weight, the engine's score, the sheet's score
  const n = leaves.length;
  const effWeight = new Float64Array(n);
  const computed = new Float64Array(n);
  const sheet = new Float64Array(n);
  for (const l of leaves) {
    const f = factor[l.index];
    effWeight[l.index] = weightOf(l.row) * f;
    if (veto.zeroed[l.index]) continue;
    computed[l.index] = computedValue(l.row) * f;
    sheet[l.index] = sheetValue(l.row) * f;
  }
  const sumOf = (values: Float64Array, g?: GroupNode<TotalsRow>): number => {
    let s = 0;
    if (g) for (const l of g.leaves) s += values[l.index];
    else for (let i = 0; i < n; i++) s += values[i];
    return s;
  };

  const bound = ruleSet.bonusBound;
  const clampBonus = (v: number): number => Math.max(-bound, Math.min(bound, v));
  const bonusOf = (value: (r: IndicatorResult) => number): number =>
    clampBonus(tree.bonus.reduce((s, r) => s + clampBonus(value(r)), 0));
  const finalTotal = (raw: number): number => {
    let t = veto.zeroTotal ? 0 : Math.max(0, Math.min(100, raw));
    if (veto.cap) t = Math.min(t, veto.cap.cap);
    return roundTo(t, decimals);
  };
  const computedRaw = sumOf(computed) + bonusOf(computedValue);
  const total = finalTotal(computedRaw);
  if (veto.cap)
    notes.push(
      msg("totals.veto.cap-total", {
        row: String(veto.cap.row),
        before: fmt(Math.max(0, Math.min(100, computedRaw))),
        cap: fmt(veto.cap.cap),
      })
    );
  const bonusWeight = tree.bonus.reduce((s, r) => s + Math.abs(weightOf(r)), 0);

  // ---- roll-ups for the summary: level-1 and level-2 groups, level-1/2 leaves, bonus rows ----
  const summary: { order: number; g: GroupTotal }[] = [];
  for (const g of tree.groups) {
    if (g.path.length > 2) continue;
    summary.push({
      order: g.leaves[0].row.row,
      g: {
        sheet: g.sheet,
        levels: g.path,
        weight: roundTo(sumOf(effWeight, g), decimals),
        score: roundTo(sumOf(computed, g), decimals),
        unscored: g.leaves.filter((l) => unscored(l.row)).length,
      },
    });
  }
  for (const l of leaves) {
    if (l.path.length > 2 || l.path.length === 0 || l.row.notApplicable) continue;
    summary.push({
      order: l.row.row,
      g: {
        sheet: l.row.sheet,
        levels: l.path,
        weight: roundTo(effWeight[l.index], decimals),
        score: roundTo(computed[l.index], decimals),
        unscored: unscored(l.row) ? 1 : 0,
      },
    });
  }
  for (const b of tree.bonus) {
    summary.push({
      order: b.row,
      g: {
        sheet: b.sheet,
        levels: b.levels.filter((x) => x.trim()),
        weight: roundTo(weightOf(b), decimals),
        score: roundTo(clampBonus(computedValue(b)), decimals),
      },
    });
  }
  const sheetOrder = new Map<string, number>();
  for (const r of rows) if (!sheetOrder.has(r.sheet)) sheetOrder.set(r.sheet, sheetOrder.size);
  const rank = (x: { order: number; g: GroupTotal }): number =>
    (sheetOrder.get(x.g.sheet) ?? 0) * 1e9 + x.order;
  summary.sort((a, b) => rank(a) - rank(b) || a.g.levels.length - b.g.levels.length);
  const groups = summary.map((s) => s.g);

  // ---- the sheet's arithmetic: subtotal rows ----
  for (const g of tree.groups) {
    const own = g.own;
    if (!own) continue;
    const name = g.path.join(" / ");
    const nestedTop = scheme === "nested" && g.path.length === 1;
    if (own.weight !== null) {
      const inner = leafWeightSum(g);
      if (nestedTop) {
        if (!near(asHundred(inner), 100, 0.5))
          flag(
            g.sheet,
            cell(g.sheet, own.row, "weight"),
            "WEIGHT_SUM",
            msg("flag.WEIGHT_SUM.nested", { name, sum: fmt(inner) })
          );
      } else if (!near(inner, own.weight, tol)) {
        flag(
          g.sheet,
          cell(g.sheet, own.row, "weight"),
          "WEIGHT_SUM",
          msg("flag.WEIGHT_SUM", { name, stated: fmt(own.weight), sum: fmt(inner) })
        );
      }
    }
    if (
      own.statedScore !== null &&
      g.leaves.some((l) => l.row.statedScore !== null || l.row.score !== null)
    ) {
      // a subtotal may be written in its leaves' points or (nested) in total points: either agrees
      let parts = 0;
      for (const l of g.leaves)
        if (!l.row.notApplicable && !veto.zeroed[l.index]) parts += sheetValue(l.row);
      const contribution = sumOf(sheet, g);
      if (!near(parts, own.statedScore, tol) && !near(contribution, own.statedScore, tol)) {
        const closest = nestedTop ? contribution : parts;
        flag(
          g.sheet,
          cell(g.sheet, own.row, "score"),
          "SUM_MISMATCH",
          msg("flag.SUM_MISMATCH", {
            name,
            stated: fmt(own.statedScore),
            sum: fmt(closest),
            diff: fmt(Math.abs(closest - own.statedScore)),
          })
        );
      }
    }
  }

  // ---- the sheet's arithmetic: the total ----
  const totalRow = tree.total;
  const firstRow = leaves[0]?.row ?? rows[0];
  const totalAt = (field: TotalsField): { sheet: string; cell: string } | null => {
    const where =
      stated.totalRow ??
      (totalRow ? { sheet: totalRow.sheet, row: totalRow.row } : null) ??
      (firstRow ? { sheet: firstRow.sheet, row: firstRow.row } : null);
    return where ? { sheet: where.sheet, cell: cell(where.sheet, where.row, field) } : null;
  };

  if (leaves.some((l) => l.row.weight !== null)) {
    const expected = totalRow?.weight ?? 100;
    const raw =
      scheme === "nested"
        ? asHundred(topGroups(tree).reduce((s, g) => s + (g.own ? weightOf(g.own) : 0), 0))
        : leaves.reduce((s, l) => s + weightOf(l.row), 0);
    if (!near(raw + bonusWeight, expected, tol) && !near(raw, expected, tol)) {
      const at = totalAt("weight");
      if (at)
        flag(
          at.sheet,
          at.cell,
          "WEIGHT_SUM",
          msg("flag.WEIGHT_SUM.total", { sum: fmt(raw + bonusWeight), expected: fmt(expected) })
        );
    }
  }

  const statedScore = stated.score ?? totalRow?.statedScore ?? null;
  const hasScores =
    leaves.some((l) => l.row.statedScore !== null || l.row.score !== null) || tree.bonus.length > 0;
  if (statedScore !== null && hasScores) {
    // The stated total is checked against the plain sum of the stated parts, nothing capped.
    const sheetSum = sumOf(sheet) + tree.bonus.reduce((sum, r) => sum + sheetValue(r), 0);
    const sheetTotal = roundTo(veto.zeroTotal ? 0 : sheetSum, decimals);
    if (!near(sheetTotal, statedScore, tol)) {
      const at = totalAt("score");
      if (at)
        flag(
          at.sheet,
          at.cell,
          "SUM_MISMATCH",
          msg("flag.SUM_MISMATCH.total", {
            stated: fmt(statedScore),
            sum: fmt(sheetTotal),
            diff: fmt(Math.abs(sheetTotal - statedScore)),
          })
        );
    }
  }

  const grade = gradeFor(total, ruleSet.grades);
  if (stated.grade !== null && stated.grade.trim() !== "") {
    const basis = statedScore ?? total;
    const expected = gradeFor(basis, ruleSet.grades);
    if (canonicalGrade(stated.grade, ruleSet.grades) !== expected) {
      const at = stated.gradeCell ?? totalAt("grade");
      if (at)
        flag(
          at.sheet,
          at.cell,
          "GRADE_MISMATCH",
          msg("flag.GRADE_MISMATCH", { stated: stated.grade.trim(), total: fmt(basis), expected })
        );
    }
  }

  const weight = roundTo(sumOf(effWeight) + bonusWeight, decimals);
  const totals: Totals = { weight, score: total, grade, statedScore, statedGrade: stated.grade };
  return { totals, groups, flags, scheme, notes };
}
