/**
 * The execution-rate score of a weighted budget line (the national project form's 10 points):
 * linear (rate × weight, capped), bands, or a deduction per percentage point below a threshold.
 * The rule comes from the row's own 评分标准 when it can be read, else from the rule set.
 */

import type { Message } from "../model";
import { msg } from "../i18n/render";
import type { RuleSpec } from "../ruleset/types";
import { compact } from "./cells";
import type { RateArgs } from "./explain";
import { fmtPercent, fmtPoints, round } from "./numbers";

export interface Band {
  min: number; // the lowest rate of the band, a fraction
  points: number; // the score inside it
}

export type ExecutionScoreRule =
  | { kind: "linear" }
  | { kind: "bands"; bands: Band[] } // highest band first; below the last, 0
  | { kind: "deduction"; threshold: number; perPoint: number }; // perPoint: points per percentage point short

export interface ScoredRate {
  rule: ExecutionScoreRule;
  source: "criterion" | "ruleSet";
  score: number;
  /** The explanation, quoting the line's own figures as well (explain.ts). */
  explanation(line: RateArgs): Message;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * The rule set's `budget.score`: { kind: "linear" }, { kind: "bands", bands: [{ min, points } | { min, share }] }
 * or { kind: "deduction", threshold, perPoint }. Anything else reads as linear, the national default.
 */
export function ruleFromSpec(spec: RuleSpec, weight: number): ExecutionScoreRule {
  if (spec.kind === "bands" && Array.isArray(spec.bands)) {
    const bands: Band[] = [];
    for (const b of spec.bands as unknown[]) {
      if (typeof b !== "object" || b === null) continue;
      const rec = b as Record<string, unknown>;
      const min = num(rec.min);
      const share = num(rec.share);
      const points = num(rec.points) ?? (share === null ? null : share * weight);
      if (min !== null && points !== null) bands.push({ min, points });
    }
    if (bands.length > 0) return { kind: "bands", bands: bands.sort((a, b) => b.min - a.min) };
  }
  if (spec.kind === "deduction") {
    const perPoint = num(spec.perPoint);
    if (perPoint !== null)
      return { kind: "deduction", threshold: num(spec.threshold) ?? 1, perPoint };
  }
  return { kind: "linear" };
}

const PCT = String.raw`(\d+(?:\.\d+)?)%`;
const POINTS = String.raw`(\d+(?:\.\d+)?)`;

/** "每低1个百分点扣0.1分", with the threshold from "低于90%" or "95%以上得满分" (else 100 %). */
function readDeduction(text: string): ExecutionScoreRule | null {
  const each = new RegExp(
    String.raw`每(?:低于?|降低|少|下降|减少)${POINTS}(?:个)?(?:百分点|%)[^0-9]{0,6}?扣(?:减)?${POINTS}分`
  ).exec(text);
  if (!each) return null;
  const rest = text.replace(each[0], "");
  const full =
    new RegExp(String.raw`${PCT}(?:\(含\))?(?:及)?以上(?:的)?(?:得)?满分`).exec(rest) ??
    new RegExp(String.raw`(?:≥|>=|达到|不低于)${PCT}[^,;。]{0,8}满分`).exec(rest) ??
    new RegExp(String.raw`(?:低于|未达到?|不足|<)${PCT}`).exec(rest);
  return {
    kind: "deduction",
    threshold: full ? Number(full[1]) / 100 : 1,
    perPoint: Number(each[2]) / Number(each[1]),
  };
}

const LINEAR = [
  /执行率[×*xX乘]{1,2}(?:该项|本项|该|本)?(?:指标)?(?:分值|权重|满分)/,
  /(?:分值|权重|满分)[×*xX乘]{1,2}(?:预算)?(?:资金)?(?:执行|支出|完成)率/,
  /按(?:预算)?(?:执行|支出|完成)率(?:计分|得分|折算)/,
];

/** One band per clause: "≥95%得10分", "90%-95%得8分", "95%以上得满分", "低于60%不得分". */
function readBands(text: string, weight: number): ExecutionScoreRule | null {
  const bands: Band[] = [];
  for (const clause of text.split(/[;；,，。\n]/)) {
    const got = /得满分|满分/.test(clause)
      ? weight
      : /不得分|[得计]0分/.test(clause)
        ? 0
        : (() => {
            const m = new RegExp(String.raw`得${POINTS}分`).exec(clause);
            return m ? Number(m[1]) : null;
          })();
    if (got === null) continue;
    const range = new RegExp(String.raw`${PCT}(?:\(含\))?[-~～至到]${PCT}`).exec(clause);
    const atLeast =
      new RegExp(String.raw`(?:≥|>=|>|不低于|达到|高于|超过)${PCT}`).exec(clause) ??
      new RegExp(String.raw`${PCT}(?:\(含\))?(?:及|或)?以上`).exec(clause);
    const below = new RegExp(String.raw`(?:<|低于|不足|未达到?)${PCT}|${PCT}以下`).exec(clause);
    const min = range ? Number(range[1]) : atLeast ? Number(atLeast[1]) : below ? 0 : null;
    if (min === null) continue;
    bands.push({ min: min / 100, points: got });
  }
  return bands.length > 0 ? { kind: "bands", bands: bands.sort((a, b) => b.min - a.min) } : null;
}

/** The rule a 评分标准 text states, or null when it states none this reader knows. */
export function ruleFromCriterion(criterion: string, weight: number): ExecutionScoreRule | null {
  const text = compact(criterion);
  if (LINEAR.some((re) => re.test(text))) return { kind: "linear" };
  return readDeduction(text) ?? readBands(text, weight);
}

function compute(rule: ExecutionScoreRule, rate: number, weight: number): number {
  switch (rule.kind) {
    case "linear":
      return weight * Math.min(Math.max(rate, 0), 1);
    case "bands": {
      const band = rule.bands.find((b) => rate >= b.min - 1e-9);
      return Math.min(band ? band.points : 0, weight);
    }
    case "deduction": {
      const short = Math.max(0, round((rule.threshold - rate) * 100, 2));
      return Math.min(Math.max(weight - rule.perPoint * short, 0), weight);
    }
  }
}

function explain(
  rule: ExecutionScoreRule,
  rate: number,
  weight: number,
  score: number,
  line: RateArgs
): Message {
  const base = {
    ...line,
    rate: fmtPercent(rate),
    weight: fmtPoints(weight),
    score: fmtPoints(score),
  };
  switch (rule.kind) {
    case "linear":
      return msg("budget.score.linear", {
        ...base,
        capped: fmtPercent(Math.min(Math.max(rate, 0), 1)),
      });
    case "bands": {
      const band = rule.bands.find((b) => rate >= b.min - 1e-9);
      return band
        ? msg("budget.score.band", { ...base, bound: fmtPercent(band.min, 0) })
        : msg("budget.score.belowBands", {
            ...base,
            bound: fmtPercent(rule.bands[rule.bands.length - 1].min, 0),
          });
    }
    case "deduction": {
      const short = Math.max(0, round((rule.threshold - rate) * 100, 2));
      return msg("budget.score.deduction", {
        ...base,
        threshold: fmtPercent(rule.threshold, 0),
        perPoint: fmtPoints(rule.perPoint, 4),
        short: fmtPoints(short),
      });
    }
  }
}

/**
 * The score for `rate` (a fraction, already rounded to 4 decimals as printed) out of `weight`,
 * rounded to `decimals`.
 */
export function scoreExecution(
  rate: number,
  weight: number,
  criterion: string | null,
  spec: RuleSpec,
  decimals: number
): ScoredRate {
  const fromCriterion = criterion === null ? null : ruleFromCriterion(criterion, weight);
  const rule = fromCriterion ?? ruleFromSpec(spec, weight);
  const score = round(compute(rule, rate, weight), decimals);
  return {
    rule,
    source: fromCriterion ? "criterion" : "ruleSet",
    score,
    explanation: (line) => explain(rule, rate, weight, score, line),
  };
}
