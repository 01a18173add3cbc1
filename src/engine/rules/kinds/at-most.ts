import type { RuleSpec } from "../types";
import { thresholdOption } from "../dsl-tokens";
import { numericPair } from "../compare";
import { defineKind, failed, strParam, thresholdParams, withThreshold } from "../kind";
import { downward, judge, metOrNot } from "../shapes";

const variants = ["linear", "ratio"] as const;

/** The variant of an at-most spec: its own, else the rule set's ≤ default, else linear. */
function variantOf(spec: RuleSpec, fallback: RuleSpec): "linear" | "ratio" {
  return strParam(spec, "variant", variants) ?? strParam(fallback, "variant", variants) ?? "linear";
}

/** The explanations of the linear variant, which the formula describes. */
const formulaKeys = new Set(["rule.atMost.linear", "rule.atMost.beyond"]);

/** 反向 (≤): full if B ≤ A; linear w·(2 − B/A) up to 2A, or ratio w·A/B; zero target: full iff B ≤ 0. */
export const atMost = defineKind({
  name: "at-most",
  label: {
    "zh-CN": "反向指标（≤）：不超过指标值得满分，超出扣分",
    "en-US": "at most (≤): full within the target, less beyond",
  },
  params: {
    variant: {
      "zh-CN":
        "超出时的计分：linear 为 w×(2−B/A)，超过2倍得0分；ratio 为 w×A/B；缺省取规则集“≤”的设置",
      "en-US":
        "scoring beyond the target: linear w·(2 − B/A), 0 from twice the target; ratio w·A/B; default: the rule set's ≤ rule",
      type: { type: "enum", values: variants },
    },
    ...thresholdParams,
  },
  /** DSL: at-most [linear|ratio] [from 5%] */
  dsl(t, tokens, spec) {
    if (t === "linear" || t === "ratio") {
      spec.variant = t;
      return true;
    }
    return t === "from" && thresholdOption(tokens.next(), "threshold", spec);
  },
  /** Formula mode: MAX(0,MIN(1,2−B/A))·W, for the linear variant only. */
  formula({ cells: c, values: v }, explanation) {
    if (!formulaKeys.has(explanation)) return null;
    return {
      expression: `MAX(0,MIN(1,2-${c.actual}/${c.target}))*${c.weight}`,
      value: Math.min(1, Math.max(0, 2 - v.actual / v.target)) * v.weight,
    };
  },
  run(spec, given) {
    const input = withThreshold(spec, given, "le");
    if (input.target.kind === "date")
      return metOrNot(judge(input.target, input.actual, "le", 0), input);
    const p = numericPair(input.target, input.actual);
    if (!p.ok) return failed(input, p.failure);
    return downward(p.hi, p.b, input, variantOf(spec, input.ruleSet.operators.le));
  },
});
