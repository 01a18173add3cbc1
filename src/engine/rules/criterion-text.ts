/**
 * Normalisation of 评分标准 texts before the vocabulary is matched: half-width forms, no spaces,
 * one spelling per operator, target words and zero-score phrasings unified, small Chinese numerals
 * as digits. All patterns are compiled once.
 */

const replacements: [RegExp, string][] = [
  // quotation marks around names (“三公经费”) carry no meaning
  [/[“”"‘’'「」『』]/g, ""],
  [/≧|>=|＞＝/g, "≥"],
  [/≦|<=|＜＝/g, "≤"],
  [/﹦/g, "="],
  [/[—–~〜]/g, "-"],
  [/[×✕*]|乘以/g, "×"],
  [/(\d%?)(?:至|到)(?=\d)/g, "$1-"],
  [/百分之(\d+(?:\.\d+)?)/g, "$1%"],
  // list numbers (1. 2、) and calendar dates restate no rule: kept as words so no figure is left over
  [/(^|[。;,])\d{1,2}[.、](?!\d)/g, "$1"],
  [/\d{4}年/g, "年"],
  [/\d{1,2}月\d{1,2}日/g, "期限"],
  [/\d{1,2}月(?=底|末)/g, "月"],
  [/的/g, ""],
  [
    /(?:年度|绩效|预期)*(?:指标值|目标值|计划值|预期值|考核目标|目标任务|任务目标|目标数|计划数|计划|任务量|任务|目标)/g,
    "目标",
  ],
  // a cap written with its figure (扣完10分为止, 扣满5分为止) is a maximum deduction, read before the bare 扣完
  [/扣[完满](\d+(?:\.\d+)?)分(?:为止|即止)?/g, "最多扣$1分"],
  [
    /扣[完满](?:本项|该项|本指标)?(?:分值)?为止|扣完即止|扣至(?:0|零)分(?:为止)?|最低(?:为|得)?0分|直至扣完|扣完/g,
    "扣完为止",
  ],
  [/(?:得分)?满分为止/g, ""],
  [/[计给](?=满分|\d+(?:\.\d+)?分|零分)/g, "得"],
  // "100%:5分" and "无结余,3分": a score written after a colon or a comma
  [/[:,](?=\d+(?:\.\d+)?分)/g, "得"],
  [/不得分|不计分|不给分|(?:得)?零分/g, "得0分"],
  [/(?<![\d.得])0分/g, "得0分"],
  [
    /([一二两三四五六七八九十])(?=个百分点|百分点|个月|个|项|%|次(?!性)|人|家|起|例|处|天|日|周|宗|件|年|小时|篇|条)/g,
    "\u0000$1",
  ],
  [/半(?=个百分点|个月|天)/g, "0.5"],
];

const numerals: Record<string, string> = {
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
  十: "10",
};
const markedNumeral = /\u0000(.)/g;
const space = /\s+/g;
/** "1 未设立机构…�扣1分": a list number set off by a space, before the spaces go. */
const listNumber = /(^|[\n。;])\s*\d{1,2}\s+(?=[\u4e00-\u9fa5])/g;

/** Full-width ASCII (！ to ～) to half-width, ideographic space dropped. */
function halfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c !== 0x3000) out += text[i];
  }
  return out;
}

export function normaliseCriterion(text: string): string {
  let s = halfWidth(text).replace(listNumber, "$1").replace(space, "").toLowerCase();
  for (const [re, to] of replacements) s = s.replace(re, to);
  return s.replace(markedNumeral, (_m, n: string) => numerals[n] ?? n);
}

const statedScore = /得(\d+(?:\.\d+)?)分/g;
/** A deduction of N points, not a cap (最多扣N分 stays a cap). */
const statedDeduction = /(?<!最多|最高|累计)扣(\d+(?:\.\d+)?)分/g;
const clauseStart = /[,;。§]/;
/** 得分=完成率×15 on a 15-point row: the weight written as a figure. */
const timesWeight = /(率|比例|比值)×(\d+(?:\.\d+)?)(?![\d.%])/g;

/**
 * With the row's weight known: "得8分" on an 8-point row is full marks, and a deduction of the whole
 * weight that is not per unit (不齐全的扣2分 on a 2-point row) scores nothing.
 */
export function withWeight(text: string, weight: number | null): string {
  if (weight === null || !(weight > 0)) return text;
  const s = text
    .replace(statedScore, (m, n: string) => (Number(n) === weight ? "得满分" : m))
    .replace(timesWeight, (m, rate: string, n: string) =>
      Number(n) === weight ? `${rate}×分值` : m
    );
  return s.replace(statedDeduction, (m, n: string, at: number) => {
    if (Number(n) !== weight) return m;
    let i = at;
    while (i > 0 && !clauseStart.test(s[i - 1])) i--;
    return s.slice(i, at).includes("每") ? m : "得0分";
  });
}
