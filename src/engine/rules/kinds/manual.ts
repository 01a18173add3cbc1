import { msg } from "../../i18n/render";
import type { Op } from "../../quantity/types";
import type { RuleSpec, ScoreInput } from "../types";
import { fmtNum } from "../format";
import { args, defineKind, type Outcome } from "../kind";
import { about } from "./about";
import { atLeast } from "./at-least";
import { atMost } from "./at-most";
import { binary } from "./binary";
import { range } from "./range";

const plain: RuleSpec = { kind: "manual" };

/**
 * Judges the target by its own operator (as the default rules would) for met / completion and the
 * findings a supervisor needs (unit mismatch, negative completion), without using its score.
 */
function assess(
  input: ScoreInput
): Pick<Outcome, "completion" | "met" | "actualToTarget" | "findings"> {
  const t = input.target;
  const op: Op = t.kind === "number" || t.kind === "growth" ? t.op : "none";
  const kind =
    t.kind === "range"
      ? range
      : t.kind === "number" || t.kind === "growth"
        ? op === "le" || op === "lt"
          ? atMost
          : op === "about"
            ? about
            : atLeast
        : binary;
  const r = kind.score(plain, input);
  const findings = r.findings.filter(
    (f) => f.code === "UNIT_MISMATCH" || f.code === "NEGATIVE_COMPLETION"
  );
  return {
    completion: r.completion,
    met: r.met ?? null,
    actualToTarget: r.actualToTarget ?? null,
    findings,
  };
}

/** The evaluator's score, checked for 0 ≤ s ≤ w only (out of range: no score; the checks flag it). */
export const manual = defineKind({
  name: "manual",
  label: {
    "zh-CN": "人工评分：采用自评分，仅核对 0 ≤ 得分 ≤ 分值",
    "en-US": "manual: the stated score, checked for 0 ≤ s ≤ w",
  },
  params: {},
  run(_spec, input) {
    const stated = input.stated;
    const judged = assess(input);
    if (stated === null) return { ...judged, score: null, explanation: msg("rule.manual.none") };
    const ok = stated >= 0 && stated <= input.weight;
    const extra = { stated: fmtNum(stated) };
    return {
      ...judged,
      score: ok ? stated : null,
      explanation: msg(
        ok ? "rule.manual.stated" : "rule.manual.outOfRange",
        args(input, ok ? stated : null, extra)
      ),
    };
  },
});
