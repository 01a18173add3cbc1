/**
 * The comparisons rule kinds are built from: more is better (at least), less is better (at most),
 * inside bounds (about, range), met or not (binary, veto). Each returns an Outcome with its
 * explanation; kinds add their parameters.
 */

import { msg } from "../i18n/render";
import type { Message } from "../model";
import type { Quantity } from "../quantity/types";
import { nearlyEq, nearlyGe, nearlyLe, numericPair, type PairFailure } from "./compare";
import { deadline } from "./deadline";
import { fmtPct, showValue } from "./format";
import { args, failed, full, negative, points, zero, type Outcome, type RowArgs } from "./kind";
import type { ScoreInput } from "./types";

/** At least A: full when B ≥ A, else w·B/A; a zero or negative target is met or not; B/A < 0 → 0. */
export function upward(a: number, b: number, input: ScoreInput, floor?: number): Outcome {
  if (a <= 0) {
    if (a === 0) return nearlyGe(b, 0) ? zeroTarget(input, true) : zeroTarget(input, false);
    return nearlyGe(b, a) ? full(input, null) : zero(input, null);
  }
  const c = b / a;
  if (c < 0) return negative(input, c);
  if (nearlyGe(b, a)) return full(input, c, c);
  if (floor !== undefined && c < floor) {
    return {
      score: 0,
      completion: c,
      met: false,
      actualToTarget: c,
      explanation: msg(
        "rule.atLeast.floor",
        args(input, 0, { completion: fmtPct(c), floor: fmtPct(floor) })
      ),
    };
  }
  const s = points(input.weight * c, input);
  return {
    score: s,
    completion: c,
    met: false,
    actualToTarget: c,
    explanation: msg("rule.atLeast.partial", args(input, s, { completion: fmtPct(c) })),
  };
}

/** At most A: full when B ≤ A; beyond, linear w·(2 − B/A) (0 from 2A) or ratio w·A/B. Completion A/B. */
export function downward(
  a: number,
  b: number,
  input: ScoreInput,
  variant: "linear" | "ratio"
): Outcome {
  if (a <= 0) {
    if (a === 0) return nearlyLe(b, 0) ? zeroTarget(input, true) : zeroTarget(input, false);
    return nearlyLe(b, a) ? full(input, null) : zero(input, null);
  }
  if (nearlyLe(b, a)) return full(input, b > 0 ? a / b : null);
  const r = b / a;
  const completion = a / b;
  if (variant === "ratio") {
    const s = points(input.weight * completion, input);
    return {
      score: s,
      completion,
      met: false,
      explanation: msg("rule.atMost.ratio", args(input, s, { ratio: fmtPct(completion) })),
    };
  }
  if (r >= 2) {
    return {
      score: 0,
      completion,
      met: false,
      explanation: msg("rule.atMost.beyond", args(input, 0, { excess: fmtPct(r - 1) })),
    };
  }
  const s = points(input.weight * (2 - r), input);
  return {
    score: s,
    completion,
    met: false,
    explanation: msg(
      "rule.atMost.linear",
      args(input, s, { excess: fmtPct(r - 1), ratio: fmtPct(r) })
    ),
  };
}

function zeroTarget(input: ScoreInput, met: boolean): Outcome {
  const s = met ? points(input.weight, input) : 0;
  return {
    score: s,
    completion: null,
    met,
    explanation: msg(met ? "rule.zeroTarget.met" : "rule.zeroTarget.unmet", args(input, s)),
  };
}

/** How a bounded kind words its three cases, from the row's args, its own (`E`) and the ratio applied. */
export interface BoundWords<E> {
  inside(a: RowArgs & E): Message;
  below(a: RowArgs & E & { ratio: string }): Message;
  above(a: RowArgs & E & { ratio: string }): Message;
}

/**
 * Full inside [L, H]; below, w·B/L; above, w·H/B. `words` are the kind's (about, range); `a` is the target's
 * central value for the completion (null for a range).
 */
export function bounded<E extends Readonly<Record<string, string>>>(
  L: number,
  H: number,
  b: number,
  a: number | null,
  input: ScoreInput,
  words: BoundWords<E>,
  extra: E
): Outcome {
  const completion = a !== null && a !== 0 ? b / a : null;
  if (nearlyGe(b, L) && nearlyLe(b, H)) {
    const s = points(input.weight, input);
    return {
      score: s,
      completion,
      met: true,
      explanation: words.inside(args(input, s, extra)),
    };
  }
  if (b < L) {
    if (L <= 0)
      return {
        ...zero(input, completion),
        explanation: words.below(args(input, 0, { ...extra, ratio: fmtPct(0) })),
      };
    const c = b / L;
    if (c < 0) return negative(input, c);
    const s = points(input.weight * c, input);
    return {
      score: s,
      completion,
      met: false,
      explanation: words.below(args(input, s, { ...extra, ratio: fmtPct(c) })),
    };
  }
  const c = H > 0 && b > 0 ? H / b : 0;
  const s = points(input.weight * c, input);
  return {
    score: s,
    completion,
    met: false,
    explanation: words.above(args(input, s, { ...extra, ratio: fmtPct(c) })),
  };
}

export type BoundArgs = {
  low: string;
  high: string;
};

/** Bounds for display, in the target's unit. */
export function boundArgs(L: number, H: number, target: Quantity): BoundArgs {
  const unit =
    target.kind === "number" || target.kind === "range" || target.kind === "growth"
      ? target.unit
      : { dimension: "plain", symbol: "" };
  return {
    low: showValue(L, unit.dimension, unit.symbol),
    high: showValue(H, unit.dimension, unit.symbol),
  };
}

export type Judgement =
  | { ok: true; met: boolean; ratio: number | null }
  | { ok: false; failure: PairFailure | "undecided" };

/**
 * Met or not, for binary and veto rules: a yes/no target against yes/no or a grade; a date against a
 * completion date; a number against a number by `op` (default: the target's own operator).
 */
export function judge(
  target: Quantity,
  actual: Quantity,
  op: "ge" | "le" | "eq" | undefined,
  aboutTolerance: number
): Judgement {
  switch (target.kind) {
    case "na":
      return { ok: false, failure: "na" };
    case "error":
      return { ok: false, failure: "target-error" };
    case "unreadable":
      return { ok: false, failure: "target-unreadable" };
    case "date": {
      const d = deadline(target, actual);
      return d.ok ? { ok: true, met: d.lateDays === 0, ratio: null } : d;
    }
    case "number":
    case "range":
    case "growth": {
      const p = numericPair(target, actual);
      if (!p.ok) return p;
      const ratio = p.lo > 0 ? p.b / p.lo : null;
      if (target.kind === "range" && !op)
        return { ok: true, met: nearlyGe(p.b, p.lo) && nearlyLe(p.b, p.hi), ratio };
      const o =
        op ??
        (p.op === "le" || p.op === "lt"
          ? "le"
          : p.op === "eq"
            ? "eq"
            : p.op === "about"
              ? "about"
              : "ge");
      if (o === "le") return { ok: true, met: nearlyLe(p.b, p.hi), ratio: null };
      if (o === "eq") return { ok: true, met: nearlyEq(p.b, p.lo), ratio };
      if (o === "about") {
        const lo = p.lo * (1 - aboutTolerance);
        const hi = p.hi * (1 + aboutTolerance);
        return {
          ok: true,
          met: nearlyGe(p.b, Math.min(lo, hi)) && nearlyLe(p.b, Math.max(lo, hi)),
          ratio,
        };
      }
      return { ok: true, met: nearlyGe(p.b, p.lo), ratio };
    }
    default: {
      // boolean, grade, text or no target: the actual alone says whether it was done
      const wanted = target.kind === "boolean" ? target.value : true;
      if (actual.kind === "boolean") return { ok: true, met: actual.value === wanted, ratio: null };
      if (actual.kind === "grade")
        return { ok: true, met: (actual.grade === "achieved") === wanted, ratio: null };
      if (actual.kind === "none") return { ok: false, failure: "actual-none" };
      if (actual.kind === "error") return { ok: false, failure: "actual-error" };
      if (actual.kind === "na") return { ok: false, failure: "na" };
      return { ok: false, failure: "undecided" };
    }
  }
}

/** w when met, 0 when not, with the reason a judgement failed. */
export function metOrNot(j: Judgement, input: ScoreInput): Outcome {
  if (!j.ok) return failed(input, j.failure);
  return j.met ? full(input, null, j.ratio) : zero(input, null, j.ratio);
}
