/**
 * Effective weights: how many points of the total one point of a leaf is worth. Additive weights: 1.
 * Nested percentages (一级 50/25/25 %, leaves within each summing to 100 %): P / ΣW of the leaf's
 * level-1 group. 不适用 leaves: 0, and the rest rescaled (or the weight moved to a named group).
 */

import { msg } from "../i18n/render";
import type { IndicatorResult, Message } from "../model";
import { fmtNum } from "../rules/format";
import type { RuleSet } from "../ruleset/types";
import type { GroupNode, Tree } from "./tree";

export type Scheme = "additive" | "nested";

export function near(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol + 1e-9;
}

export const weightOf = (row: IndicatorResult): number =>
  row.weight !== null && Number.isFinite(row.weight) ? row.weight : 0;

/** Weights summing to about 1 are fractions of 100 (0.5/0.25/0.25 = 50/25/25). */
export function asHundred(sum: number): number {
  return near(sum, 1, 0.005) ? 100 : sum;
}

export function leafWeightSum<R extends IndicatorResult>(
  g: GroupNode<R>,
  includeNa = true
): number {
  let s = 0;
  for (const l of g.leaves) if (includeNa || !l.row.notApplicable) s += weightOf(l.row);
  return s;
}

export function topGroups<R extends IndicatorResult>(tree: Tree<R>): GroupNode<R>[] {
  return tree.groups.filter((g) => g.path.length === 1);
}

/** Nested: ≥ 2 level-1 groups with their own weights adding to 100 %, the leaves in each adding to 100 % (not to the group's weight). */
export function detectNested<R extends IndicatorResult>(tree: Tree<R>): boolean {
  const tops = topGroups(tree);
  if (tops.length < 2 || tops.some((g) => g.own === null || g.own.weight === null)) return false;
  if (!near(asHundred(tops.reduce((s, g) => s + weightOf(g.own as R), 0)), 100, 0.5)) return false;
  let differs = false;
  for (const g of tops) {
    const inner = leafWeightSum(g);
    if (!near(asHundred(inner), 100, 0.5)) return false;
    if (!near(inner, weightOf(g.own as R), 0.01)) differs = true;
  }
  return differs;
}

/** Per leaf (by index) the multiplier from its own points to total points, with notes on what was done. */
export function leafFactors<R extends IndicatorResult>(
  tree: Tree<R>,
  scheme: Scheme,
  ruleSet: RuleSet,
  notes: Message[]
): Float64Array {
  const factor = new Float64Array(tree.leaves.length);
  for (const l of tree.leaves) if (!l.row.notApplicable) factor[l.index] = 1;
  const policy = ruleSet.notApplicable;
  const tops = topGroups(tree);

  if (scheme === "nested") {
    notes.push(msg("totals.scheme.nested"));
    const unit = near(
      tops.reduce((s, g) => s + (g.own ? weightOf(g.own) : 0), 0),
      1,
      0.005
    )
      ? 100
      : 1;
    for (const g of tops) {
      const inner = leafWeightSum(g, policy === "drop"); // within a group, 不适用 rescales unless dropped
      const share = (g.own ? weightOf(g.own) : 0) * unit;
      for (const l of g.leaves)
        if (!l.row.notApplicable) factor[l.index] = inner > 0 ? share / inner : 0;
    }
    return factor;
  }

  let dropped = 0;
  let count = 0;
  let kept = 0;
  for (const l of tree.leaves) {
    if (l.row.notApplicable) {
      dropped += weightOf(l.row);
      count++;
    } else kept += weightOf(l.row);
  }
  if (count === 0) return factor;
  const args = { count, dropped: fmtNum(dropped, ruleSet.decimals) };
  const moveTo = typeof policy === "object" ? policy.moveTo : null;
  const target = moveTo ? tops.find((g) => g.path[0].includes(moveTo)) : undefined;
  if (policy === "drop") notes.push(msg("totals.na.drop", args));
  else if (target) {
    const base = leafWeightSum(target, false);
    const f = base > 0 ? (base + dropped) / base : 1;
    for (const l of target.leaves) if (!l.row.notApplicable) factor[l.index] = f;
    notes.push(msg("totals.na.move", { ...args, name: target.path[0] }));
  } else if (kept > 0) {
    const f = (kept + dropped) / kept;
    for (const l of tree.leaves) if (!l.row.notApplicable) factor[l.index] = f;
    notes.push(msg("totals.na.rescale", { ...args, factor: fmtNum(f, 4) }));
  }
  return factor;
}
