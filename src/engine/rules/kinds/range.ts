import { num } from "../dsl-tokens";
import { numericPair } from "../compare";
import { defineKind, failed, numParam } from "../kind";
import { msg } from "../../i18n/render";
import { boundArgs, bounded, type BoundArgs, type BoundWords } from "../shapes";

const RANGE_WORDS: BoundWords<BoundArgs> = {
  inside: (a) => msg("rule.range.inside", a),
  below: (a) => msg("rule.range.below", a),
  above: (a) => msg("rule.range.above", a),
};

/** a–b: full inside; outside, proportional to the nearest bound. Bounds from the target or the spec. */
export const range = defineKind({
  name: "range",
  label: { "zh-CN": "区间（a–b）：在区间内得满分", "en-US": "range (a–b): full inside the range" },
  params: {
    low: {
      "zh-CN": "区间下限（基本单位），缺省取指标值",
      "en-US": "lower bound (base unit); default: from the target",
      type: { type: "number" },
    },
    high: {
      "zh-CN": "区间上限（基本单位），缺省取指标值",
      "en-US": "upper bound (base unit); default: from the target",
      type: { type: "number" },
    },
  },
  /** DSL: range [LOW HIGH] */
  dsl(t, tokens, spec) {
    const low = num(t);
    const high = num(tokens.next());
    if (!low || !high) return false;
    spec.low = low.value;
    spec.high = high.value;
    return true;
  },
  validate(spec) {
    const low = numParam(spec, "low");
    const high = numParam(spec, "high");
    if ((low === undefined) !== (high === undefined)) return ["low: low and high go together"];
    return low !== undefined && high !== undefined && low > high
      ? ["low: must not be above high"]
      : [];
  },
  run(spec, input) {
    const p = numericPair(input.target, input.actual);
    if (!p.ok) return failed(input, p.failure);
    const L = numParam(spec, "low") ?? p.lo;
    const H = numParam(spec, "high") ?? p.hi;
    return bounded(L, H, p.b, null, input, RANGE_WORDS, boundArgs(L, H, input.target));
  },
});
