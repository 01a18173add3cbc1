import { msg } from "../../i18n/render";
import { nearlyEq, numericPair } from "../compare";
import { fmtPct } from "../format";
import { args, defineKind, failed, full, points, strParam, zero } from "../kind";
import { judge, metOrNot, upward } from "../shapes";

const aboveModes = ["full", "pro-rata"] as const;

/** 等于 (=): as at least (a shortfall pro rata); above the target full, or w·A/B with above: "pro-rata". */
export const equal = defineKind({
  name: "equal",
  label: {
    "zh-CN": "等于（=）：按正向指标计分，超出部分可按比例扣分",
    "en-US": "equal (=): as at least; above the target full or pro rata",
  },
  params: {
    above: {
      "zh-CN": "超过指标值时：full 得满分（缺省），pro-rata 按 w×A/B 计分",
      "en-US": "above the target: full (default) or pro-rata, w·A/B",
      type: { type: "enum", values: aboveModes },
    },
  },
  /** DSL: equal [pro-rata] */
  dsl(t, _tokens, spec) {
    if (t !== "pro-rata") return false;
    spec.above = "pro-rata";
    return true;
  },
  run(spec, input) {
    if (input.target.kind === "date")
      return metOrNot(judge(input.target, input.actual, "eq", 0), input);
    const p = numericPair(input.target, input.actual);
    if (!p.ok) return failed(input, p.failure);
    const strict = strParam(spec, "above", aboveModes) === "pro-rata";
    const a = p.lo;
    const b = p.b;
    if (strict && a === 0) return nearlyEq(b, 0) ? full(input, null) : zero(input, null);
    if (!strict || a <= 0 || b <= a || nearlyEq(b, a)) return upward(a, b, input);
    const ratio = a / b;
    const s = points(input.weight * ratio, input);
    return {
      score: s,
      completion: ratio,
      met: false,
      explanation: msg("rule.equal.above", args(input, s, { ratio: fmtPct(ratio) })),
    };
  },
});
