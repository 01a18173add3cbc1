import { numParam, defineKind, strParam } from "../kind";
import { judge, metOrNot } from "../shapes";

const ops = ["ge", "le", "eq"] as const;

/** 是/否, 完成/未完成: w when met, 0 when not. `op` overrides the target's operator (超过目标值不得分 → le). */
export const binary = defineKind({
  name: "binary",
  label: {
    "zh-CN": "是否类：完成得满分，未完成不得分",
    "en-US": "binary: full when met, 0 when not",
  },
  params: {
    op: {
      "zh-CN": "比较方式 ge（≥）/ le（≤）/ eq（=），缺省取指标值的运算符",
      "en-US": "comparison ge (≥) / le (≤) / eq (=); default: the target's operator",
      type: { type: "enum", values: ops },
    },
  },
  /** DSL: binary [ge|le|eq] */
  dsl(t, _tokens, spec) {
    if (t !== "ge" && t !== "le" && t !== "eq") return false;
    spec.op = t;
    return true;
  },
  run(spec, input) {
    const tolerance = numParam(input.ruleSet.operators.about, "tolerance") ?? 0.05;
    return metOrNot(judge(input.target, input.actual, strParam(spec, "op", ops), tolerance), input);
  },
});
