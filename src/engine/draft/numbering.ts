/** Outline numbers of a Chinese official document (一、（一）1.（1）) and their English counterparts. */

import type { Lang } from "../model";
import { msg, render } from "../i18n/render";

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for any outline). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : DIGITS[tens]) + "十" + (ones === 0 ? "" : DIGITS[ones]);
}

const ROMAN: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

/** The outline number of the n-th (1-based) item at a depth: 1 一、 2 （一） 3 1. 4 （1）; I. (a) 1. (1) in English. */
export function outline(depth: 1 | 2 | 3 | 4, n: number, lang: Lang): string {
  const chinese = chineseNumber(n);
  if (depth === 1) return render(msg("outline.1", { chinese, roman: roman(n) }), lang);
  if (depth === 2)
    return render(
      msg("outline.2", { chinese, letter: String.fromCharCode(96 + Math.min(n, 26)) }),
      lang
    );
  return render(msg(depth === 3 ? "outline.3" : "outline.4", { n }), lang);
}
