/** Helpers for comparing a target with an actual read from the same row. */

import type { Grade, GrowthQuantity, Quantity, Unit } from "./types";
import { normalize } from "./normalize";
import { shift10 } from "./numbers";
import { fromUnit, sameDimension, tidy } from "./units";

function unitOf(q: Quantity): Unit | undefined {
  return q.kind === "number" || q.kind === "range" || q.kind === "growth" ? q.unit : undefined;
}

function typicalValue(q: Quantity): number | undefined {
  if (q.kind === "number" || q.kind === "growth") return q.value;
  if (q.kind === "range") return (q.low + q.high) / 2;
  return undefined;
}

/** Whether a and b are numbers of comparable units (both plain counts as comparable). */
export function comparable(a: Quantity, b: Quantity): boolean {
  const ua = unitOf(a);
  const ub = unitOf(b);
  return ua !== undefined && ub !== undefined && sameDimension(ua, ub);
}

/**
 * A bare number read in the unit of the other side of the row: an actual of 6 against a target of "6 个"
 * is 6 个; 6000 against "6,000 亿元" is 6,000 亿元. Against a percentage, a bare number may be a fraction
 * (0.98, a cell formatted as General) or percent points (98): the reading closer to the reference wins.
 * Anything that is not a plain number, or a reference without a unit, comes back unchanged.
 */
export function adoptUnit(q: Quantity, reference: Quantity): Quantity {
  const unit = unitOf(reference);
  if (unit === undefined || unit.dimension === "plain") return q;
  if (q.kind !== "number" && q.kind !== "range" && q.kind !== "growth") return q;
  if (q.unit.dimension !== "plain") return q;
  let conv = (v: number): number => fromUnit(v, unit);
  if (unit.dimension === "ratio") {
    const ref = Math.abs(typicalValue(reference) ?? 1);
    const v = Math.abs(typicalValue(q) ?? 0);
    const asPercent =
      v !== 0 && ref !== 0 && Math.abs(Math.log(v / 100 / ref)) < Math.abs(Math.log(v / ref));
    conv = asPercent ? (x) => shift10(x, -2) : (x) => x;
  }
  if (q.kind === "range") {
    const low = conv(q.low);
    const high = conv(q.high);
    return Number.isFinite(low) && Number.isFinite(high) ? { ...q, low, high, unit } : q;
  }
  const value = tidy(conv(q.value));
  return Number.isFinite(value) ? { ...q, value, unit } : q;
}

/** A boolean or grade as a grade: 是/完成 → achieved, 否/未完成 → unmet. */
export function asGrade(q: Quantity): Grade | undefined {
  if (q.kind === "grade") return q.grade;
  if (q.kind === "boolean") return q.value ? "achieved" : "unmet";
  return undefined;
}

/**
 * A grade or boolean as yes/no: achieved → true, unmet → false, partial → undefined. A lone 无 (a placeholder
 * everywhere else) is false here: call this only where the indicator is known to be a yes/no one.
 */
export function asBoolean(q: Quantity): boolean | undefined {
  if (q.kind === "boolean") return q.value;
  if (q.kind === "grade")
    return q.grade === "achieved" ? true : q.grade === "unmet" ? false : undefined;
  if (q.kind === "none" && normalize(q.raw) === "无") return false;
  return undefined;
}

/** A growth as a signed change: 增长3% → 0.03, 下降1.6% → −0.016. */
export function signedGrowth(q: GrowthQuantity): number {
  return q.direction === "up" ? q.value : -q.value;
}
