import { msg } from "../../i18n/render";
import { numericPair } from "../compare";
import { fmtPct, fmtPctShort } from "../format";
import { args, defineKind, failed, full, negative, points } from "../kind";

/**
 * Growth targets, as an option: 提高 A → completion (1+B)/(1+A); 下降 A → (1−A)/(1−B), with A and B
 * the sizes of the decline. s = w·min(1, completion). (The default for a growth target is at-least on
 * the change itself, B/A: seed 004 +3 % against −1.6 % scores 0.)
 */
export const growth = defineKind({
  name: "growth",
  label: {
    "zh-CN": "增长率：提高按 (1+B)/(1+A)，下降按 (1−A)/(1−B) 计完成率",
    "en-US": "growth: (1+B)/(1+A) for a rise, (1−A)/(1−B) for a fall",
  },
  params: {},
  run(_spec, input) {
    const p = numericPair(input.target, input.actual);
    if (!p.ok) return failed(input, p.failure);
    const a = p.lo;
    const b = p.b;
    const down = p.growth === "down";
    const num = down ? 1 - a : 1 + b;
    const den = down ? 1 - b : 1 + a;
    if (den <= 0)
      return den === 0 && num >= 0 ? full(input, null) : failed(input, "target-unreadable");
    const c = num / den;
    if (c < 0) return negative(input, c);
    if (c >= 1 - 1e-12) return full(input, c, c);
    const s = points(input.weight * c, input);
    const term = (v: number, sign: 1 | -1): string =>
      `(1${v * sign < 0 ? "−" : "+"}${fmtPctShort(Math.abs(v))})`;
    const formula = down ? `${term(a, -1)}÷${term(b, -1)}` : `${term(b, 1)}÷${term(a, 1)}`;
    return {
      score: s,
      completion: c,
      met: false,
      actualToTarget: c,
      explanation: msg("rule.growth", args(input, s, { completion: fmtPct(c), formula })),
    };
  },
});
