/** Comparison words before and after a value, growth verbs, and the 指标性质 column. */

import type { Op } from "./types";
import { WordTable } from "./wordTable";

/** Written before the number: "≥15%", "不低于90%", "at least 15%". */
export const PREFIX_OPS = new WordTable<Op>([
  ["≥", "ge"],
  [">=", "ge"],
  ["=>", "ge"],
  ["不低于", "ge"],
  ["不少于", "ge"],
  ["不小于", "ge"],
  ["不下于", "ge"],
  ["不得低于", "ge"],
  ["不得少于", "ge"],
  ["大于等于", "ge"],
  ["大于或等于", "ge"],
  ["高于或等于", "ge"],
  ["多于或等于", "ge"],
  ["达到或超过", "ge"],
  ["至少", "ge"],
  ["最少", "ge"],
  ["最低", "ge"],
  ["起码", "ge"],
  ["超过", "ge"],
  ["超", "ge"],
  ["突破", "ge"],
  ["at least", "ge"],
  ["no less than", "ge"],
  ["not less than", "ge"],
  ["no fewer than", "ge"],
  ["not fewer than", "ge"],
  ["minimum", "ge"],
  ["min.", "ge"],
  ["min", "ge"],
  [">", "gt"],
  ["大于", "gt"],
  ["高于", "gt"],
  ["多于", "gt"],
  ["逾", "gt"],
  ["more than", "gt"],
  ["greater than", "gt"],
  ["higher than", "gt"],
  ["over", "gt"],
  ["above", "gt"],
  ["≤", "le"],
  ["<=", "le"],
  ["=<", "le"],
  ["不高于", "le"],
  ["不超过", "le"],
  ["不超出", "le"],
  ["不多于", "le"],
  ["不大于", "le"],
  ["不得高于", "le"],
  ["不得超过", "le"],
  ["小于等于", "le"],
  ["小于或等于", "le"],
  ["低于或等于", "le"],
  ["少于或等于", "le"],
  ["至多", "le"],
  ["最多", "le"],
  ["最高", "le"],
  ["控制在", "le"],
  ["限制在", "le"],
  ["限定在", "le"],
  ["at most", "le"],
  ["no more than", "le"],
  ["not more than", "le"],
  ["no greater than", "le"],
  ["not exceeding", "le"],
  ["maximum", "le"],
  ["max.", "le"],
  ["max", "le"],
  ["up to", "le"],
  ["within", "le"],
  ["<", "lt"],
  ["小于", "lt"],
  ["低于", "lt"],
  ["少于", "lt"],
  ["less than", "lt"],
  ["fewer than", "lt"],
  ["lower than", "lt"],
  ["below", "lt"],
  ["under", "lt"],
  ["=", "eq"],
  ["==", "eq"],
  ["等于", "eq"],
  ["equal to", "eq"],
  ["equals", "eq"],
  ["exactly", "eq"],
  ["≈", "about"],
  ["约", "about"],
  ["大约", "about"],
  ["约为", "about"],
  ["大概", "about"],
  ["接近", "about"],
  ["近", "about"],
  ["将近", "about"],
  ["about", "about"],
  ["around", "about"],
  ["approximately", "about"],
  ["approx.", "about"],
  ["approx", "about"],
  ["roughly", "about"],
  ["circa", "about"],
  ["~", "about"],
]);

/** Written after the number and its unit: "95%以上", "65%左右", "30天内". */
export const SUFFIX_OPS = new WordTable<Op>([
  ["以上", "ge"],
  ["及以上", "ge"],
  ["或以上", "ge"],
  ["之上", "ge"],
  ["or more", "ge"],
  ["or above", "ge"],
  ["and above", "ge"],
  ["or higher", "ge"],
  ["and more", "ge"],
  ["+", "gt"],
  ["以下", "le"],
  ["及以下", "le"],
  ["或以下", "le"],
  ["以内", "le"],
  ["之内", "le"],
  ["内", "le"],
  ["or less", "le"],
  ["or below", "le"],
  ["and below", "le"],
  ["or lower", "le"],
  ["or fewer", "le"],
  ["左右", "about"],
  ["上下", "about"],
  ["前后", "about"],
]);

/** "150余人", "70多家": between the number and its unit, "more than". */
export const INFIX_OPS = new WordTable<Op>([
  ["余", "gt"],
  ["多", "gt"],
]);

/** "(含)" after 以上 / 以下 confirms the bound; "(不含)" excludes it. */
export const INCLUSION = new WordTable<boolean>([
  ["(含)", true],
  ["(含本数)", true],
  ["(不含)", false],
  ["(不含本数)", false],
]);

export type Direction = "up" | "down";

/** Optional words before a growth verb: "同比增长", "比上年提高". */
export const GROWTH_LEAD = new WordTable<true>(
  [
    "同比",
    "环比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "比上年度",
    "较上年度",
    "年均",
    "年平均",
    "平均",
  ].map((w) => [w, true] as const)
);

export const GROWTH_WORDS = new WordTable<Direction>([
  ["提高", "up"],
  ["提升", "up"],
  ["增长", "up"],
  ["增加", "up"],
  ["上升", "up"],
  ["上涨", "up"],
  ["增幅", "up"],
  ["增速", "up"],
  ["增长率", "up"],
  ["增长幅度", "up"],
  ["下降", "down"],
  ["降低", "down"],
  ["减少", "down"],
  ["下滑", "down"],
  ["回落", "down"],
  ["降幅", "down"],
  ["压减", "down"],
  ["压缩", "down"],
  ["缩减", "down"],
  ["削减", "down"],
  ["下降率", "down"],
  ["负增长", "down"],
  ["升", "up"], // 升至, 增至, 降至, 减至: with 至 they give the level reached
  ["增", "up"],
  ["降", "down"],
  ["减", "down"],
  ["increase by", "up"],
  ["increase of", "up"],
  ["increase", "up"],
  ["growth of", "up"],
  ["growth", "up"],
  ["grow by", "up"],
  ["rise by", "up"],
  ["rise of", "up"],
  ["up by", "up"],
  ["decrease by", "down"],
  ["decrease of", "down"],
  ["decrease", "down"],
  ["reduce by", "down"],
  ["reduction of", "down"],
  ["drop by", "down"],
  ["decline by", "down"],
  ["cut by", "down"],
  ["down by", "down"],
]);

/** Words that may sit between a growth verb and its number: "增长率为5%", "增长了3%". */
export const GROWTH_FILLER = new WordTable<true>(
  ["率", "幅度", "为", "达", "达到", "了", ":"].map((w) => [w, true] as const)
);

/** "提高到90%", "降至5%": the level reached, not a change. */
export const GROWTH_TO = new WordTable<true>(["至", "到", "to"].map((w) => [w, true] as const));

/** Range separators between two numbers. */
export const RANGE_SEPS = new WordTable<true>(
  ["-", "~", "—", "–", "至", "到", "to", "－"].map((w) => [w, true] as const)
);

/** Words a 指标性质 column uses besides the operators themselves. */
const COLUMN_WORDS = new Map<string, Op>([
  ["正向", "ge"],
  ["正向指标", "ge"],
  ["越大越好", "ge"],
  ["越高越好", "ge"],
  ["反向", "le"],
  ["反向指标", "le"],
  ["越小越好", "le"],
  ["越低越好", "le"],
  ["≥", "ge"],
  ["≤", "le"],
  ["=", "eq"],
  [">", "gt"],
  ["<", "lt"],
  ["等于", "eq"],
  ["相等", "eq"],
  ["约等于", "about"],
  ["左右", "about"],
  ["定性", "none"],
  ["定量", "none"],
  ["区间", "none"],
  ["positive", "ge"],
  ["negative", "le"],
  ["higher is better", "ge"],
  ["lower is better", "le"],
]);

/** The operator a 指标性质 column states, or undefined when the text is not one. `text` is normalized, lower-cased. */
export function columnOp(text: string): Op | undefined {
  const direct = COLUMN_WORDS.get(text);
  if (direct !== undefined) return direct;
  const m = PREFIX_OPS.match(text, 0) ?? SUFFIX_OPS.match(text, 0);
  return m !== null && m.length === text.length ? m.value : undefined;
}

function direction(op: Op): "up" | "down" | "none" {
  if (op === "ge" || op === "gt") return "up";
  if (op === "le" || op === "lt") return "down";
  return "none";
}

/**
 * One operator from a word before and a word after the value. "高于90%以上" and "超30%以上" are at least
 * (an inclusive bound wins over a strict one of the same direction); "约200宗以上" is at least (a bound
 * wins over "about"); opposite directions ("不低于5%以下") cannot be read: null.
 */
export function combineOps(before: Op, after: Op): Op | null {
  if (before === "none") return after;
  if (after === "none" || before === after) return before;
  if (before === "about" || before === "eq") return after;
  if (after === "about" || after === "eq") return before;
  const d1 = direction(before);
  if (d1 !== direction(after)) return null;
  if (before === "ge" || before === "le") return before;
  return after;
}

/** "以上(不含)" makes an inclusive bound strict; "(含)" keeps it. */
export function applyInclusion(op: Op, inclusive: boolean): Op {
  if (inclusive) return op === "gt" ? "ge" : op === "lt" ? "le" : op;
  return op === "ge" ? "gt" : op === "le" ? "lt" : op;
}
