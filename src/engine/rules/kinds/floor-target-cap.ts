import { num } from "../dsl-tokens";
import { msg } from "../../i18n/render";
import { numericPair } from "../compare";
import { fmtPct } from "../format";
import { args, defineKind, failed, numParam, points } from "../kind";
import { upward } from "../shapes";

/** 0 below floor·A, linear from the floor up to w at the target (the cap: never above w). */
export const floorTargetCap = defineKind({
  name: "floor-target-cap",
  label: {
    "zh-CN": "门槛-目标：低于门槛得0分，门槛到目标之间线性计分",
    "en-US": "floor–target–cap: 0 below the floor, linear up to full marks at the target",
  },
  params: {
    floor: {
      "zh-CN": "门槛，指标值的比例（0.6 即完成率60%）",
      "en-US": "the floor as a fraction of the target (0.6 = 60 % completion)",
      type: { type: "number", min: 0, max: 1, exclusiveMax: true },
      required: true,
    },
  },
  /** DSL: floor-target-cap 60% */
  dsl(t, _tokens, spec) {
    const n = num(t);
    if (!n) return false;
    spec.floor = n.value;
    return true;
  },
  run(spec, input) {
    const p = numericPair(input.target, input.actual);
    if (!p.ok) return failed(input, p.failure);
    const floor = numParam(spec, "floor") ?? 0;
    const a = p.lo;
    const c = a > 0 ? p.b / a : null;
    if (c === null || c < 0 || c >= 1) return upward(a, p.b, input);
    const extra = { completion: fmtPct(c), floor: fmtPct(floor) };
    if (c < floor)
      return {
        score: 0,
        completion: c,
        met: false,
        actualToTarget: c,
        explanation: msg("rule.ftc.below", args(input, 0, extra)),
      };
    const s = points((input.weight * (c - floor)) / (1 - floor), input);
    return {
      score: s,
      completion: c,
      met: false,
      actualToTarget: c,
      explanation: msg("rule.ftc.linear", args(input, s, extra)),
    };
  },
});
