/** Hand-built quantities and rule inputs for the rule tests (values in base units: ratios as fractions, money in 万元). */

import { render } from "../../../src/engine/i18n/render";
import type { Lang } from "../../../src/engine/model";
import type { Dimension, NumberQuantity, Op, Quantity } from "../../../src/engine/quantity/types";
import { getRuleKind } from "../../../src/engine/rules/registry";
import type { ScoreInput, ScoreResult } from "../../../src/engine/rules/types";
import { getPreset } from "../../../src/engine/ruleset/presets";
import type { RuleSet, RuleSpec } from "../../../src/engine/ruleset/types";

export const national = getPreset("national-2020") as RuleSet;
export const manualSet = getPreset("department-manual") as RuleSet;

export function n(raw: string, value: number, dimension: Dimension = "count", symbol = "", op: Op = "none"): NumberQuantity {
  return { kind: "number", raw, op, value, unit: { dimension, symbol } };
}

/** A count such as "≥80宗". */
export const count = (raw: string, value: number, symbol: string, op: Op = "none"): NumberQuantity => n(raw, value, "count", symbol, op);
/** A percentage such as "≥15%" (value as a fraction). */
export const pct = (raw: string, fraction: number, op: Op = "none"): NumberQuantity => n(raw, fraction, "ratio", "%", op);
/** Money in 万元 (the base unit): 6,000 亿元 = 60,000,000 万元. */
export const money = (raw: string, wan: number, symbol: string, op: Op = "none"): NumberQuantity => n(raw, wan, "money", symbol, op);
export const times = (raw: string, value: number, op: Op = "none"): NumberQuantity => n(raw, value, "times", "倍", op);

export const growth = (raw: string, direction: "up" | "down", value: number, op: Op = "none"): Quantity => ({ kind: "growth", raw, direction, op, value, unit: { dimension: "ratio", symbol: "%" } });
export const date = (raw: string, iso: string, op: Op = "none"): Quantity => ({ kind: "date", raw, op, date: iso });
export const yes = (raw = "是"): Quantity => ({ kind: "boolean", raw, value: true });
export const no = (raw = "否"): Quantity => ({ kind: "boolean", raw, value: false });
export const grade = (raw: string, g: "achieved" | "partial" | "unmet"): Quantity => ({ kind: "grade", raw, grade: g });
export const text = (raw: string): Quantity => ({ kind: "text", raw });
export const none: Quantity = { kind: "none", raw: "" };
export const na: Quantity = { kind: "na", raw: "不适用" };
export const error = (e: string): Quantity => ({ kind: "error", raw: e, error: e });

export function input(target: Quantity, actual: Quantity, weight = 10, stated: number | null = null, ruleSet: RuleSet = national): ScoreInput {
  return { target, actual, weight, stated, ruleSet };
}

export function run(spec: RuleSpec, inp: ScoreInput): ScoreResult {
  const kind = getRuleKind(spec.kind);
  if (!kind) throw new Error(`no rule kind ${spec.kind}`);
  return kind.score(spec, inp);
}

/** The explanation of a rule's result, rendered. */
export function explain(spec: RuleSpec, inp: ScoreInput, lang: Lang = "zh-CN"): string {
  const kind = getRuleKind(spec.kind);
  if (!kind) throw new Error(`no rule kind ${spec.kind}`);
  return render(kind.explain(spec, inp, kind.score(spec, inp)), lang);
}
