import { num, thresholdOption } from "../dsl-tokens";
import { numericPair } from "../compare";
import { defineKind, failed, numParam, thresholdParams, withThreshold } from "../kind";
import { judge, metOrNot, upward } from "../shapes";

/** The explanations whose rule the formula describes in full (not a completion floor). */
const formulaKeys = new Set(["rule.full", "rule.atLeast.partial", "rule.negative"]);

/** 正向 (≥): s = w if B ≥ A, else w·B/A; zero target: full iff B ≥ 0; B/A < 0 → 0. */
export const atLeast = defineKind({
  name: "at-least",
  label: {
    "zh-CN": "正向指标（≥）：完成得满分，未完成按比例计分",
    "en-US": "at least (≥): full when met, else pro rata",
  },
  params: {
    floor: {
      "zh-CN": "完成率下限（小数），低于此值得0分，可选",
      "en-US": "completion floor (fraction): below it the score is 0; optional",
      type: { type: "number", min: 0, max: 1, exclusiveMax: true },
    },
    ...thresholdParams,
  },
  /** DSL: at-least [floor 60%] [from 90%] */
  dsl(t, tokens, spec) {
    if (t === "floor") {
      const n = num(tokens.next());
      if (!n) return false;
      spec.floor = n.value;
      return true;
    }
    return t === "from" && thresholdOption(tokens.next(), "threshold", spec);
  },
  /** Formula mode: MIN(1,MAX(0,B/A))·W, where the result is full, pro rata or a negative completion. */
  formula({ cells: c, values: v }, explanation) {
    if (!formulaKeys.has(explanation)) return null;
    return {
      expression: `MIN(1,MAX(0,${c.actual}/${c.target}))*${c.weight}`,
      value: Math.min(1, Math.max(0, v.actual / v.target)) * v.weight,
    };
  },
  run(spec, given) {
    const input = withThreshold(spec, given, "ge");
    if (input.target.kind === "date")
      return metOrNot(judge(input.target, input.actual, "ge", 0), input);
    const p = numericPair(input.target, input.actual);
    if (!p.ok) return failed(input, p.failure);
    return upward(p.lo, p.b, input, numParam(spec, "floor"));
  },
});
