import { num } from "../dsl-tokens";
import { numericPair } from "../compare";
import { fmtPctShort } from "../format";
import { defineKind, failed, numParam } from "../kind";
import { msg } from "../../i18n/render";
import { boundArgs, bounded, type BoundArgs, type BoundWords } from "../shapes";

const ABOUT_WORDS: BoundWords<BoundArgs & { tolerance: string }> = {
  inside: (a) => msg("rule.about.inside", a),
  below: (a) => msg("rule.about.below", a),
  above: (a) => msg("rule.about.above", a),
};

/** 左右/约: full inside A·(1 ± v); outside, proportional to the nearest bound. */
export const about = defineKind({
  name: "about",
  label: {
    "zh-CN": "约数（左右/约）：在指标值±容差内得满分",
    "en-US": "about (左右/约): full within the target ± tolerance",
  },
  params: {
    tolerance: {
      "zh-CN": "容差，指标值的比例（0.05 即±5%）；缺省取规则集“约”的设置",
      "en-US":
        "tolerance as a fraction of the target (0.05 = ±5 %); default: the rule set's about rule",
      type: { type: "number", min: 0, max: 1 },
    },
  },
  /** DSL: about [5%] */
  dsl(t, _tokens, spec) {
    const n = num(t);
    if (!n) return false;
    spec.tolerance = n.value;
    return true;
  },
  run(spec, input) {
    const p = numericPair(input.target, input.actual);
    if (!p.ok) return failed(input, p.failure);
    const v =
      numParam(spec, "tolerance") ?? numParam(input.ruleSet.operators.about, "tolerance") ?? 0.05;
    const x = p.lo * (1 - v);
    const y = p.hi * (1 + v);
    const L = Math.min(x, y);
    const H = Math.max(x, y);
    const centre = (p.lo + p.hi) / 2;
    return bounded(L, H, p.b, centre, input, ABOUT_WORDS, {
      ...boundArgs(L, H, input.target),
      tolerance: fmtPctShort(v),
    });
  },
});
