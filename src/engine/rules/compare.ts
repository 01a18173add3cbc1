/**
 * Target against actual, as numbers in one unit. Shared by every numeric rule kind so that unit
 * conversion, growth orientation and the reasons a comparison fails are decided in one place.
 */

import { adoptUnit, sameDimension } from "../quantity";
import type { Dimension, Op, Quantity, Unit } from "../quantity/types";

export type PairFailure =
  | "na" // 不适用: not scored, no finding
  | "target-none"
  | "target-unreadable"
  | "target-error"
  | "actual-none" // no finding here: the checks raise ACTUAL_MISSING for the row
  | "actual-unreadable"
  | "actual-error"
  | "unit";

export interface Pair {
  ok: true;
  /** The target's bounds in its base unit (equal unless the target is a range). */
  lo: number;
  hi: number;
  /** The actual, converted to the target's unit (and orientation, for growth targets). */
  b: number;
  dim: Dimension;
  op: Op;
  /** For a growth target, its direction: values are changes in that direction (下降 → decline as positive). */
  growth: "up" | "down" | null;
}

export type PairResult = Pair | { ok: false; failure: PairFailure };

const failures: Record<PairFailure, { ok: false; failure: PairFailure }> = {
  na: { ok: false, failure: "na" },
  "target-none": { ok: false, failure: "target-none" },
  "target-unreadable": { ok: false, failure: "target-unreadable" },
  "target-error": { ok: false, failure: "target-error" },
  "actual-none": { ok: false, failure: "actual-none" },
  "actual-unreadable": { ok: false, failure: "actual-unreadable" },
  "actual-error": { ok: false, failure: "actual-error" },
  unit: { ok: false, failure: "unit" },
};

export function fail(failure: PairFailure): { ok: false; failure: PairFailure } {
  return failures[failure];
}

/** Why a non-numeric target cannot be compared (or null when it is numeric). */
export function targetFailure(t: Quantity): PairFailure | null {
  switch (t.kind) {
    case "number":
    case "range":
    case "growth":
      return null;
    case "na":
      return "na";
    case "none":
      return "target-none";
    case "error":
      return "target-error";
    default:
      return "target-unreadable";
  }
}

export function actualFailure(a: Quantity): PairFailure | null {
  switch (a.kind) {
    case "number":
    case "growth":
      return null;
    case "na":
      return "na";
    case "none":
      return "actual-none";
    case "error":
      return "actual-error";
    default:
      return "actual-unreadable";
  }
}

/**
 * Converts a value in base units of `from` to base units of `to`, or null when they cannot be compared.
 * Ratio ↔ percentage points (0.05 = 5 points) and ratio ↔ multiple (倍: 2 = 200 %) convert; a plain
 * number on either side is taken as it is (bare numbers were first read in the other side's unit).
 */
export function convert(value: number, from: Unit, to: Unit): number | null {
  if (sameDimension(from, to) || from.dimension === "plain" || to.dimension === "plain")
    return value;
  const f = from.dimension;
  const t = to.dimension;
  if (f === "ratio" && t === "points") return value * 100;
  if (f === "points" && t === "ratio") return value / 100;
  if ((f === "ratio" && t === "times") || (f === "times" && t === "ratio")) return value;
  return null;
}

/** Target and actual as comparable numbers, or why not. A bare number takes the other side's unit. */
export function numericPair(givenTarget: Quantity, givenActual: Quantity): PairResult {
  const tf = targetFailure(givenTarget);
  if (tf) return fail(tf);
  const af = actualFailure(givenActual);
  if (af) return fail(af);
  const actual = adoptUnit(givenActual, givenTarget);
  const target = adoptUnit(givenTarget, actual);

  let lo: number;
  let hi: number;
  let op: Op = "none";
  let growth: "up" | "down" | null = null;
  if (target.kind === "number") {
    lo = hi = target.value;
    op = target.op;
  } else if (target.kind === "range") {
    lo = target.low;
    hi = target.high;
  } else if (target.kind === "growth") {
    lo = hi = target.value;
    op = target.op;
    growth = target.direction;
  } else {
    return fail("target-unreadable");
  }

  let raw: number;
  if (actual.kind === "growth") {
    const signed = actual.direction === "up" ? actual.value : -actual.value;
    raw = growth === "down" ? -signed : signed;
  } else if (actual.kind === "number") {
    // Against a 下降 target a bare figure is read as the size of the decline (−12 % or 12 % both mean 12 %).
    raw = growth === "down" ? Math.abs(actual.value) : actual.value;
  } else {
    return fail("actual-unreadable");
  }
  const b = convert(raw, actual.unit, target.unit);
  if (b === null) return fail("unit");
  return { ok: true, lo, hi, b, dim: target.unit.dimension, op, growth };
}

/** A small relative tolerance for comparing computed figures. */
export function nearlyGe(b: number, a: number): boolean {
  return b >= a - 1e-9 * Math.max(1, Math.abs(a));
}

export function nearlyLe(b: number, a: number): boolean {
  return b <= a + 1e-9 * Math.max(1, Math.abs(a));
}

export function nearlyEq(b: number, a: number): boolean {
  return Math.abs(b - a) <= 1e-9 * Math.max(1, Math.abs(a));
}
