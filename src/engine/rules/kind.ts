/**
 * The frame every rule kind is written in: a kind implements `run` (score, completion, findings and
 * the explanation together); `defineKind` turns it into a RuleKind whose score is clamped to 0..w
 * and rounded to the rule set's decimals. Failures to compare (no target, unit mismatch …) map to
 * findings and explanations here, once for all kinds.
 */

import { msg } from "../i18n/render";
import type { Message } from "../model";
import type { Op, Quantity } from "../quantity/types";
import type {
  Finding,
  FormulaWriter,
  ParamInfo,
  RuleKind,
  RuleSpec,
  ScoreInput,
  ScoreResult,
  VetoEffect,
} from "./types";
import type { PairFailure } from "./compare";
import type { DslReader } from "./dsl-tokens";
import {
  fmtNum,
  fmtPct,
  fmtPctShort,
  roundTo,
  showQuantity,
  spaced,
  valueArgs,
  type ValueArgs,
} from "./format";

/** What a kind's run() returns: the score before clamping and rounding is applied by `points`. */
export interface Outcome {
  score: number | null;
  completion: number | null;
  met: boolean | null;
  actualToTarget?: number | null;
  findings?: readonly Finding[];
  explanation: Message;
  veto?: VetoEffect;
}

export interface KindDef {
  name: string;
  label: { "zh-CN": string; "en-US": string };
  params: Record<string, ParamInfo>;
  validate?(spec: RuleSpec): string[];
  dsl?: DslReader;
  formula?: FormulaWriter;
  run(spec: RuleSpec, input: ScoreInput): Outcome;
}

/** Clamps a raw score to 0..w (NaN and negatives → 0) and rounds it to the rule set's decimals. */
export function points(raw: number, input: ScoreInput): number {
  const w = input.weight > 0 ? input.weight : 0;
  const s = raw > 0 ? (raw < w ? raw : w) : 0;
  return roundScore(s, input);
}

export function roundScore(value: number, input: ScoreInput): number {
  return roundTo(value, input.ruleSet.decimals);
}

export function defineKind(def: KindDef): RuleKind {
  return {
    name: def.name,
    label: def.label,
    params: def.params,
    validate: def.validate,
    dsl: def.dsl,
    formula: def.formula,
    score(spec, input): ScoreResult {
      // the outcome becomes the result: clamped, rounded, findings filled in (no copy per row)
      const o = def.run(spec, input) as Outcome & ScoreResult;
      if (o.score !== null) o.score = points(o.score, input);
      o.findings ??= noFindings;
      o.actualToTarget ??= null;
      return o;
    },
    explain(spec, input, result) {
      return result.explanation ?? def.run(spec, input).explanation;
    },
  };
}

/** Shared by every result without findings: never modified. */
const noFindings: readonly Finding[] = Object.freeze([]);

/** The message parameters every row has. */
export type RowArgs = ValueArgs & {
  weight: string;
  score: string;
  deducted: string;
};

/** The common message args of a row: values in both spellings, weight, score and points deducted. */
export function args<E extends Readonly<Record<string, string>> = Record<never, string>>(
  input: ScoreInput,
  score: number | null,
  extra?: E
): RowArgs & E {
  const target = showQuantity(input.target);
  const actual = showQuantity(input.actual);
  const a: Record<string, string> = {
    target,
    actual,
    targetEn: spaced(target),
    actualEn: spaced(actual),
    weight: fmtNum(input.weight),
    score: score === null ? "—" : fmtNum(score),
    deducted: score === null ? "—" : fmtNum(input.weight - score),
  };
  if (extra) for (const k in extra) a[k] = extra[k];
  return a as RowArgs & E;
}

/** Full marks: the target is met. */
export function full(
  input: ScoreInput,
  completion: number | null,
  actualToTarget: number | null = null
): Outcome {
  const s = points(input.weight, input);
  return {
    score: s,
    completion,
    met: true,
    actualToTarget,
    explanation: msg("rule.full", args(input, s)),
  };
}

/** Zero: the target is missed and the rule gives nothing for a miss. */
export function zero(
  input: ScoreInput,
  completion: number | null,
  actualToTarget: number | null = null
): Outcome {
  return {
    score: 0,
    completion,
    met: false,
    actualToTarget,
    explanation: msg("rule.zero", args(input, 0)),
  };
}

/** A negative completion (seed 004: +3 % target, −1.6 % actual) scores 0 with a finding. */
export function negative(input: ScoreInput, completion: number): Outcome {
  const a = args(input, 0, { completion: fmtPct(completion) });
  return {
    score: 0,
    completion,
    met: false,
    actualToTarget: completion,
    findings: [
      { code: "NEGATIVE_COMPLETION", field: "actual", message: msg("flag.NEGATIVE_COMPLETION", a) },
    ],
    explanation: msg("rule.negative", a),
  };
}

/** The comparison failed: no score, and a finding where a person has something to fix. */
export function failed(input: ScoreInput, failure: PairFailure | "undecided"): Outcome {
  const a = valueArgs(input.target, input.actual);
  const out = (explanation: Message, findings?: Finding[]): Outcome => ({
    score: null,
    completion: null,
    met: null,
    findings,
    explanation,
  });
  switch (failure) {
    case "na":
      return out(msg("rule.na"));
    case "target-none":
    case "target-unreadable":
      return out(msg("rule.fail.target", a), [
        { code: "TARGET_UNREADABLE", field: "target", message: msg("flag.TARGET_UNREADABLE", a) },
      ]);
    case "target-error":
      return out(msg("rule.fail.error"), [
        {
          code: "CELL_ERROR",
          field: "target",
          message: msg("flag.CELL_ERROR.target", { ...a, error: errorText(input.target) }),
        },
      ]);
    case "actual-error":
      return out(msg("rule.fail.error"), [
        {
          code: "CELL_ERROR",
          field: "actual",
          message: msg("flag.CELL_ERROR.actual", { ...a, error: errorText(input.actual) }),
        },
      ]);
    case "actual-none":
      return out(msg("rule.fail.actualNone"));
    case "actual-unreadable":
      return out(msg("rule.fail.actual", a), [
        {
          code: "ACTUAL_MISSING",
          field: "actual",
          message: msg("flag.ACTUAL_MISSING.unreadable", a),
        },
      ]);
    case "unit":
      return out(msg("rule.fail.unit", a), [
        { code: "UNIT_MISMATCH", field: "actual", message: msg("flag.UNIT_MISMATCH", a) },
      ]);
    case "undecided":
      return out(msg("rule.fail.undecided", a), [
        {
          code: "TARGET_UNREADABLE",
          field: "target",
          message: msg("flag.TARGET_UNREADABLE.undecided", a),
        },
      ]);
  }
}

function errorText(q: ScoreInput["target"]): string {
  return q.kind === "error" ? q.error : q.raw;
}

/** Reads a numeric parameter (specs are validated on load; this only guards the type). */
export function numParam(spec: RuleSpec, name: string): number | undefined {
  const v = spec[name];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export function strParam<T extends string>(
  spec: RuleSpec,
  name: string,
  allowed: readonly T[]
): T | undefined {
  const v = spec[name];
  return typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Parameter descriptions shared by several kinds. */
export const thresholdParams: Record<string, ParamInfo> = {
  threshold: {
    "zh-CN": "以此数值代替指标值（如评分标准写明“满意度≥90%”），基本单位：比率为小数",
    "en-US":
      "a figure used instead of the target (e.g. 满意度≥90% in the criterion); ratios as fractions",
    type: { type: "number" },
  },
  thresholdUnit: {
    "zh-CN": "threshold 的单位：ratio（百分比）或 plain（与指标值同单位）",
    "en-US": "the unit of threshold: ratio (percent) or plain (the target's unit)",
    type: { type: "enum", values: ["ratio", "plain"] },
  },
};

const opSymbol: Record<Op, string> = {
  ge: "≥",
  gt: ">",
  le: "≤",
  lt: "<",
  eq: "=",
  about: "≈",
  none: "",
};

/**
 * The input with its target replaced by the rule's `threshold`, when the spec has one. The threshold
 * is in the target's unit ("plain", the default) or a ratio ("ratio": 0.9 = 90 %).
 */
export function withThreshold(spec: RuleSpec, input: ScoreInput, op: Op): ScoreInput {
  const value = numParam(spec, "threshold");
  if (value === undefined) return input;
  const t = input.target;
  const asRatio = spec.thresholdUnit === "ratio";
  const unit = asRatio
    ? { dimension: "ratio" as const, symbol: "%" }
    : t.kind === "number" || t.kind === "range" || t.kind === "growth"
      ? t.unit
      : { dimension: "plain" as const, symbol: "" };
  const shown =
    unit.dimension === "ratio" ? fmtPctShort(value) : `${fmtNum(value, 4)}${unit.symbol}`;
  const target: Quantity = { kind: "number", op, value, unit, raw: `${opSymbol[op]}${shown}` };
  return { ...input, target };
}
