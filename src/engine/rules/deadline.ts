/** Deadlines: a date target (2025年12月底前) against a completion date, 按时完成, or a grade. */

import type { Quantity } from "../quantity/types";
import type { PairFailure } from "./compare";

export type DeadlineResult =
  | { ok: true; lateDays: number; lateMonths: number } // 0 when on time
  | { ok: false; failure: PairFailure | "undecided" };

function parts(iso: string): [number, number, number] | null {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? [y, m, d] : null;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000;
}

/**
 * Calendar months from `from` to `to` (to after from): whole months first (a month-end date steps
 * to the next month-end), then the remaining days as a fraction of 30.
 */
export function monthsBetween(
  from: [number, number, number],
  to: [number, number, number]
): number {
  const [y1, m1, d1] = from;
  const [y2, m2, d2] = to;
  let whole = (y2 - y1) * 12 + (m2 - m1);
  const endOfMonth = d1 === lastDay(y1, m1);
  const anchorDay = (y: number, m: number): number =>
    endOfMonth ? lastDay(y, m) : Math.min(d1, lastDay(y, m));
  if (d2 < anchorDay(y2, m2)) whole -= 1;
  const ay = y1 + Math.floor((m1 - 1 + whole) / 12);
  const am = ((m1 - 1 + whole) % 12) + 1;
  const rest = dayNumber(y2, m2, d2) - dayNumber(ay, am, anchorDay(ay, am));
  return whole + rest / 30;
}

/** How late the actual is against a date target, or why that cannot be told. */
export function deadline(target: Quantity, actual: Quantity): DeadlineResult {
  if (target.kind !== "date") return { ok: false, failure: "target-unreadable" };
  const due = parts(target.date);
  if (!due) return { ok: false, failure: "target-unreadable" };
  switch (actual.kind) {
    case "date": {
      const done = parts(actual.date);
      if (!done) return { ok: false, failure: "actual-unreadable" };
      const days = dayNumber(...done) - dayNumber(...due);
      if (days <= 0) return { ok: true, lateDays: 0, lateMonths: 0 };
      return { ok: true, lateDays: days, lateMonths: monthsBetween(due, done) };
    }
    case "boolean":
      return actual.value
        ? { ok: true, lateDays: 0, lateMonths: 0 }
        : { ok: false, failure: "undecided" };
    case "grade":
      return actual.grade === "achieved"
        ? { ok: true, lateDays: 0, lateMonths: 0 }
        : { ok: false, failure: "undecided" };
    case "none":
      return { ok: false, failure: "actual-none" };
    case "error":
      return { ok: false, failure: "actual-error" };
    case "na":
      return { ok: false, failure: "na" };
    default:
      return { ok: false, failure: "actual-unreadable" };
  }
}
