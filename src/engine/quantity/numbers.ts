/** Reading numbers: signs, thousands separators, decimals, exponents and small Chinese numerals. */

import { isDigit } from "./normalize";

export interface NumberToken {
  /** Decimal digits with sign and point, no separators: "-1.6", "6000", "0.5". */
  digits: string;
  end: number;
  chinese: boolean;
}

const CN_DIGITS = new Map<string, number>([
  ["零", 0],
  ["〇", 0],
  ["一", 1],
  ["二", 2],
  ["两", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
]);
const CN_UNITS = new Map<string, number>([
  ["十", 10],
  ["百", 100],
  ["千", 1000],
]);

/** Characters a Chinese numeral can start with. */
export const CN_NUMERAL_RE = /[零〇一二两三四五六七八九十百千]/;

function isSeparator(code: number): boolean {
  return code === 0x2c /* , */ || code === 0xff0c; /* ， */
}

/** An Arabic number at `pos`: [+-] digits [,ddd]* [.digits] [e±digits]. */
export function readArabic(text: string, pos: number): NumberToken | null {
  let i = pos;
  let digits = "";
  const first = text.charCodeAt(i);
  if (first === 0x2b /* + */ || first === 0x2d /* - */) {
    if (first === 0x2d) digits = "-";
    i++;
  }
  const start = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  let intEnd = i;
  digits += text.slice(start, i);
  // Thousands groups: exactly three digits after each separator, and only after 1–3 leading digits.
  if (i > start && i - start <= 3) {
    while (
      isSeparator(text.charCodeAt(i)) &&
      isDigit(text.charCodeAt(i + 1)) &&
      isDigit(text.charCodeAt(i + 2)) &&
      isDigit(text.charCodeAt(i + 3)) &&
      !isDigit(text.charCodeAt(i + 4))
    ) {
      digits += text.slice(i + 1, i + 4);
      i += 4;
      intEnd = i;
    }
  }
  const hadInt = intEnd > start;
  if (text.charCodeAt(i) === 0x2e /* . */ && isDigit(text.charCodeAt(i + 1))) {
    const fracStart = i + 1;
    i = fracStart;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    digits += (hadInt ? "." : "0.") + text.slice(fracStart, i);
  } else if (!hadInt) {
    return null;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    // 1.2E+05 as Excel prints large numbers; only when digits follow, so "5em" stays a unit.
    let j = i + 1;
    const s = text.charCodeAt(j);
    if (s === 0x2b || s === 0x2d) j++;
    const expStart = j;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    if (j > expStart && !isLetterAt(text, j)) {
      digits += "e" + text.slice(i + 1, j);
      i = j;
    }
  }
  return { digits, end: i, chinese: false };
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A Chinese numeral at `pos` (两, 十五, 三百二十, 一点五), up to 万. The caller decides whether a unit must
 * follow: a bare 一 or 十 is too likely to be part of a word.
 */
export function readChinese(text: string, pos: number): NumberToken | null {
  const first = text[pos];
  if (first === undefined || (!CN_DIGITS.has(first) && !CN_UNITS.has(first))) return null;
  let end = pos;
  let positional = true;
  while (end < text.length) {
    const ch = text[end];
    if (CN_DIGITS.has(ch)) end++;
    else if (CN_UNITS.has(ch) || (ch === "万" && end > pos)) {
      positional = false;
      end++;
    } else break;
  }
  let digits = "";
  if (positional) {
    // 二〇二五, 一, 两: digit by digit.
    for (let i = pos; i < end; i++) digits += String(CN_DIGITS.get(text[i]));
  } else {
    let total = 0;
    let section = 0;
    let digit = -1;
    for (let i = pos; i < end; i++) {
      const ch = text[i];
      const d = CN_DIGITS.get(ch);
      if (d !== undefined) {
        digit = d;
      } else if (ch === "万") {
        total = (total + section + Math.max(digit, 0)) * 10000;
        section = 0;
        digit = -1;
      } else {
        section += (digit < 0 ? 1 : digit) * (CN_UNITS.get(ch) ?? 1);
        digit = -1;
      }
    }
    digits = String(total + section + Math.max(digit, 0));
  }
  let i = end;
  if (text[i] === "点") {
    let j = i + 1;
    let frac = "";
    for (let d = CN_DIGITS.get(text[j]); d !== undefined; d = CN_DIGITS.get(text[++j]))
      frac += String(d);
    if (frac !== "") {
      digits += "." + frac;
      i = j;
    }
  }
  return { digits, end: i, chinese: true };
}

const POW10: number[] = [];
for (let k = 0; k <= 22; k++) POW10.push(Number(`1e${k}`));

/**
 * The token's value × mult × 10^exp, shifting the decimal digits so that powers of ten stay exact:
 * "65.7" with exp −2 is 657 / 1000, a correctly rounded division of two exact numbers (= 0.657).
 */
export function tokenValue(digits: string, exp: number, mult: number): number {
  let v = exactValue(digits, exp);
  if (mult !== 1) v = Number((v * mult).toPrecision(15));
  return v === 0 ? 0 : v; // no -0
}

function exactValue(digits: string, exp: number): number {
  if (digits.indexOf("e") < 0 && digits.length <= 16) {
    const dot = digits.indexOf(".");
    const intText = dot < 0 ? digits : digits.slice(0, dot) + digits.slice(dot + 1);
    const e = exp - (dot < 0 ? 0 : digits.length - dot - 1);
    const m = Number(intText);
    if (Math.abs(m) <= 9007199254740991) {
      if (e === 0) return m;
      if (e > 0 && e <= 22) {
        const r = m * POW10[e];
        if (Math.abs(r) <= 9007199254740991) return r;
      } else if (e < 0 && e >= -22) {
        return m / POW10[-e];
      }
    }
  }
  const k = digits.indexOf("e");
  const base = k < 0 ? digits : digits.slice(0, k);
  const baseExp = k < 0 ? 0 : Number(digits.slice(k + 1));
  return Number(`${base}e${baseExp + exp}`);
}

/** n × 10^e on the decimal digits, without binary rounding along the way. */
export function shift10(n: number, e: number): number {
  if (e === 0 || !Number.isFinite(n) || n === 0) return n;
  const s = n.toExponential();
  const k = s.indexOf("e");
  return Number(`${s.slice(0, k)}e${Number(s.slice(k + 1)) + e}`);
}
