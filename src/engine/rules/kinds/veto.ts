import { num } from "../dsl-tokens";
import { msg } from "../../i18n/render";
import type { RuleSpec, VetoEffect } from "../types";
import { fmtNum } from "../format";
import { args, defineKind, failed, numParam, points, strParam } from "../kind";
import { judge } from "../shapes";

const effects = ["zero-block", "zero-total", "cap-total"] as const;

function effectOf(spec: RuleSpec): VetoEffect {
  const effect = strParam(spec, "effect", effects) ?? "zero-total";
  if (effect === "zero-block") return { effect, level: numParam(spec, "level") ?? 1 };
  if (effect === "cap-total") return { effect, cap: numParam(spec, "cap") ?? 0 };
  return { effect };
}

/**
 * 一票否决: the row's condition (its target against its actual, as binary) must hold. When it fails
 * the row scores 0 and carries a veto that the totals step applies: zero its level-N block, zero the
 * total, or cap the total.
 */
export const veto = defineKind({
  name: "veto",
  label: {
    "zh-CN": "一票否决：条件未满足时本块得0分或总分封顶",
    "en-US": "veto: a failed condition zeroes a block or caps the total",
  },
  params: {
    effect: {
      "zh-CN":
        "否决效果：zero-block 所属某级指标得0分，zero-total 总分为0（缺省），cap-total 总分封顶",
      "en-US":
        "what a failure does: zero-block zeroes its level-N group, zero-total (default), cap-total caps the total",
      type: { type: "enum", values: effects },
    },
    level: {
      "zh-CN": "zero-block 时的指标级次（1 或 2，缺省 1）",
      "en-US": "the level zeroed by zero-block (1 or 2, default 1)",
      type: { type: "enum", values: [1, 2] },
    },
    cap: {
      "zh-CN": "cap-total 时的总分上限",
      "en-US": "the total's cap for cap-total",
      type: { type: "number", min: 0 },
      requiredWhen: { param: "effect", equals: "cap-total" },
    },
  },
  /** DSL: veto [zero-total | zero-block [level 1|2] | cap N] */
  dsl(t, tokens, spec) {
    if (t === "zero-total" || t === "zero-block") {
      spec.effect = t;
      return true;
    }
    if (t !== "level" && t !== "cap") return false;
    const n = num(tokens.next());
    if (!n) return false;
    if (t === "cap") {
      spec.effect = "cap-total";
      spec.cap = n.value;
    } else spec.level = n.value;
    return true;
  },
  run(spec, input) {
    const tolerance = numParam(input.ruleSet.operators.about, "tolerance") ?? 0.05;
    const j = judge(input.target, input.actual, undefined, tolerance);
    if (!j.ok) return failed(input, j.failure);
    if (j.met) {
      const s = points(input.weight, input);
      return {
        score: s,
        completion: null,
        met: true,
        explanation: msg("rule.veto.pass", args(input, s)),
      };
    }
    const effect = effectOf(spec);
    const a = args(input, 0);
    return {
      score: 0,
      completion: null,
      met: false,
      veto: effect,
      explanation:
        effect.effect === "zero-block"
          ? msg("rule.veto.fail.zero-block", { ...a, level: String(effect.level) })
          : effect.effect === "cap-total"
            ? msg("rule.veto.fail.cap-total", { ...a, cap: fmtNum(effect.cap) })
            : msg("rule.veto.fail.zero-total", a),
    };
  },
});
