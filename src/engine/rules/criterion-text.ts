/**
 * Normalisation of 评分标准 texts before the vocabulary is matched: half-width forms, no spaces,
 * one spelling per operator, target words and zero-score phrasings unified, small Chinese numerals
 * as digits. All patterns are compiled once.
 */

const replacements: [RegExp, string][] = [
  [/≧|>=|＞＝/g, "≥"],
  [/≦|<=|＜＝/g, "≤"],
  [/﹦/g, "="],
  [/[—–~〜]/g, "-"],
  [/[×✕]/g, "×"],
  [/(\d%?)(?:至|到)(?=\d)/g, "$1-"],
  [/百分之(\d+(?:\.\d+)?)/g, "$1%"],
  [/的/g, ""],
  [
    /(?:年度|绩效|预期)*(?:指标值|目标值|计划值|预期值|考核目标|目标任务|任务目标|目标数|计划数|计划|任务量|任务|目标)/g,
    "目标",
  ],
  [
    /扣完(?:本项|该项|本指标)?(?:分值)?为止|扣完即止|扣至(?:0|零)分(?:为止)?|最低(?:为|得)?0分|直至扣完|扣完/g,
    "扣完为止",
  ],
  [/[计给](?=满分|\d+(?:\.\d+)?分|零分)/g, "得"],
  [/不得分|不计分|不给分|(?:得)?零分/g, "得0分"],
  [/(?<![\d.得])0分/g, "得0分"],
  [
    /([一二两三四五六七八九十])(?=个百分点|百分点|个月|个|项|%|次|人|家|起|例|处|天|日|周|宗|件)/g,
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
  let s = halfWidth(text).replace(space, "").toLowerCase();
  for (const [re, to] of replacements) s = s.replace(re, to);
  return s.replace(markedNumeral, (_m, n: string) => numerals[n] ?? n);
}
