/**
 * The unit table and scale words. Every unit converts to the base unit of its dimension by a factor
 * written as mult × 10^exp, so that powers of ten are applied to the decimal digits exactly
 * (65.7% → "657e-3" → 0.657, not 65.7 × 0.01 = 0.6570000000000001).
 *
 * Money is scale word + 元 ("万元" = 万 + 元, "亿元" = 亿 + 元, "千万元"), and its symbol keeps the scale
 * word because 万元 and 亿元 are units in their own right. For every other dimension the scale word belongs
 * to the number: "1.46万座" is 14,600 座.
 */

import type { Dimension, Unit } from "./types";
import { isAsciiLetter, isCjk } from "./normalize";
import { shift10 } from "./numbers";
import { WordTable } from "./wordTable";

export interface UnitDef {
  dimension: Dimension;
  exp: number;
  mult: number;
  /** mult × 10^exp, computed once. */
  factor: number;
}

function def(dimension: Dimension, exp = 0, mult = 1): UnitDef {
  return { dimension, exp, mult, factor: shift10(mult, exp) };
}

const COUNT_WORDS = [
  "个 人 人次 次 篇 份 项 户 家 所 台 套 座 宗 场 件 批 期 条 张 本 名 辆 栋 处 个次 家次 场次",
  "户次 批次 项次 车次 架次 宗次 册 部 支 只 株 棵 头 间 笔 起 例 种 类 组 队 届 轮 盏 根 幢 块",
  "片 课 节 位 单 门 艘 架 趟 班 村 镇 街 园 床 人日 个点 个村 个镇",
].flatMap((l) => l.split(" "));

const UNITS: Record<string, UnitDef> = {
  "%": def("ratio", -2),
  百分比: def("ratio", -2),
  "‰": def("ratio", -3),
  percent: def("ratio", -2),
  个百分点: def("points"),
  百分点: def("points"),
  pp: def("points"),
  "percentage points": def("points"),
  "percentage point": def("points"),
  倍: def("times"),
  times: def("times"),
  元: def("money", -4),
  yuan: def("money", -4),
  rmb: def("money", -4),
  cny: def("money", -4),
  平方米: def("area"),
  平米: def("area"),
  "㎡": def("area"),
  m2: def("area"),
  "m²": def("area"),
  平方公里: def("area", 6),
  平方千米: def("area", 6),
  km2: def("area", 6),
  "km²": def("area", 6),
  公顷: def("area", 4),
  亩: def("area", 4, 1 / 15), // 1 亩 = 10000/15 ≈ 666.67 m²
  米: def("length"),
  m: def("length"),
  千米: def("length", 3),
  公里: def("length", 3),
  km: def("length", 3),
  厘米: def("length", -2),
  cm: def("length", -2),
  毫米: def("length", -3),
  mm: def("length", -3),
  千克: def("mass"),
  公斤: def("mass"),
  kg: def("mass"),
  克: def("mass", -3),
  吨: def("mass", 3),
  斤: def("mass", 0, 0.5),
  天: def("duration"),
  日: def("duration"),
  day: def("duration"),
  days: def("duration"),
  工作日: def("duration"),
  个工作日: def("duration"),
  小时: def("duration", 0, 1 / 24),
  hours: def("duration", 0, 1 / 24),
  hour: def("duration", 0, 1 / 24),
  分钟: def("duration", 0, 1 / 1440),
  minutes: def("duration", 0, 1 / 1440),
  周: def("duration", 0, 7),
  星期: def("duration", 0, 7),
  个星期: def("duration", 0, 7),
  weeks: def("duration", 0, 7),
  个月: def("duration", 0, 30), // calendar months are approximated as 30 days, years as 365
  months: def("duration", 0, 30),
  month: def("duration", 0, 30),
  季度: def("duration", 0, 90),
  个季度: def("duration", 0, 90),
  年: def("duration", 0, 365),
  years: def("duration", 0, 365),
  year: def("duration", 0, 365),
  分: def("other"), // scores (满意度90分): not convertible to anything else
};
for (const w of COUNT_WORDS) UNITS[w] = def("count");

/** 百 … 万亿 inside a number: "1.46万" = 14,600. */
const SCALES: Record<string, number> = {
  百: 2,
  千: 3,
  万: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  十亿: 9,
  百亿: 10,
  千亿: 11,
  万亿: 12,
};

const UNIT_TABLE = new WordTable<UnitDef>(Object.entries(UNITS));
const SCALE_TABLE = new WordTable<number>(Object.entries(SCALES));

export interface UnitMatch {
  unit: Unit;
  /** Conversion of the written number to the base unit: value = number × mult × 10^exp (scale word included). */
  exp: number;
  mult: number;
  end: number;
  /** The power of ten of the scale word (万 → 4), 0 when none. */
  scaleExp: number;
  /** Whether a unit was written (not only a scale word). */
  hasUnit: boolean;
  /** Whether the unit is in the table (not a run of letters taken as an unknown unit). */
  known: boolean;
}

const PLAIN: Unit = { dimension: "plain", symbol: "", factor: 1 };

function factorOf(d: UnitDef, scaleExp: number): number {
  return scaleExp === 0 ? d.factor : shift10(d.mult, d.exp + scaleExp);
}

/** Characters an unknown unit may be made of (分贝, kW, GB …). */
function isUnitChar(code: number): boolean {
  return isCjk(code) || isAsciiLetter(code) || code === 0xb2 || code === 0xb3; // ² ³
}

/**
 * Reads [scale word] [unit] at `pos`. `lower` is `text` with A–Z lower-cased. `stop(lower, pos)` tells where
 * a suffix (以上, 左右 …) begins, so that an unknown unit does not swallow it. Returns null when nothing
 * unit-like is there (the caller then has a plain number).
 */
export function readUnit(
  text: string,
  lower: string,
  pos: number,
  stop: (lower: string, pos: number) => boolean
): UnitMatch | null {
  let scaleExp = 0;
  let scaleWord = "";
  let at = pos;
  const direct = UNIT_TABLE.match(lower, pos);
  const scale = SCALE_TABLE.match(lower, pos);
  if (scale) {
    // A unit written out wins over scale + unit of the same length: "千米" is a unit, "百分比" is not 百 × 分比.
    const after = UNIT_TABLE.match(lower, pos + scale.length);
    if (!direct || scale.length + (after ? after.length : 0) > direct.length) {
      scaleExp = scale.value;
      scaleWord = text.slice(pos, pos + scale.length);
      at = pos + scale.length;
    }
  }
  const found = at === pos ? direct : UNIT_TABLE.match(lower, at);
  let match: UnitMatch | null = null;
  if (found) {
    const d = found.value;
    const written = text.slice(at, at + found.length);
    const money = d.dimension === "money";
    const unit: Unit = {
      dimension: d.dimension,
      symbol: money ? scaleWord + written : written,
      factor: factorOf(d, money ? scaleExp : 0),
    };
    match = {
      unit,
      exp: d.exp + scaleExp,
      mult: d.mult,
      end: at + found.length,
      scaleExp,
      hasUnit: true,
      known: true,
    };
  } else if (scaleExp !== 0) {
    match = { unit: PLAIN, exp: scaleExp, mult: 1, end: at, scaleExp, hasUnit: false, known: true };
  } else {
    // An unknown unit: a short run of letters or CJK characters, up to a suffix word.
    let end = pos;
    while (
      end < text.length &&
      end - pos < 6 &&
      isUnitChar(text.charCodeAt(end)) &&
      !stop(lower, end)
    )
      end++;
    if (end > pos) {
      const unit: Unit = { dimension: "other", symbol: text.slice(pos, end), factor: 1 };
      match = { unit, exp: 0, mult: 1, end, scaleExp: 0, hasUnit: true, known: false };
    }
  }
  if (match === null) return null;
  // 元/人, 万元/亩: a rate; kept as written and compared only with the same symbol.
  if (match.end < text.length && text.charCodeAt(match.end) === 0x2f /* / */) {
    let end = match.end + 1;
    while (
      end < text.length &&
      end - match.end <= 6 &&
      isUnitChar(text.charCodeAt(end)) &&
      !stop(lower, end)
    )
      end++;
    if (end > match.end + 1) {
      const unit: Unit = { dimension: "other", symbol: text.slice(pos, end), factor: 1 };
      return { unit, exp: 0, mult: 1, end, scaleExp: 0, hasUnit: true, known: match.known };
    }
  }
  return match;
}

function never(): boolean {
  return false;
}

/** Reads a whole unit text such as a 度量单位 column ("%", "万元", "个", "元/人"). Null when it is not one. */
export function parseUnitText(unitText: string, lower: string): UnitMatch | null {
  if (unitText === "") return null;
  const m = readUnit(unitText, lower, 0, never);
  if (m === null || m.end !== unitText.length) return null;
  return m;
}

/** Base units in one written unit: 亿元 → 10000, % → 0.01, 个月 → 30, 座 → 1. */
export function unitFactor(unit: Unit): number {
  if (unit.factor !== undefined) return unit.factor;
  if (unit.dimension === "plain" || unit.dimension === "other") return 1;
  const lower = unit.symbol.toLowerCase();
  const m = readUnit(unit.symbol, lower, 0, never);
  if (m === null || m.end !== unit.symbol.length) return 1;
  return m.unit.factor ?? 1;
}

/**
 * Whether two units can be compared: the same dimension (亿元 and 万元 are both money; 亿元 and 个 are
 * not). Units outside the table ("other") compare only with the same symbol. Plain numbers are a
 * dimension of their own: see `adoptUnit` to read a bare number in the unit of the other side.
 */
export function sameDimension(a: Unit, b: Unit): boolean {
  if (a.dimension !== b.dimension) return false;
  return a.dimension !== "other" || a.symbol === b.symbol;
}

/** A base-unit value expressed in `unit`: 60,000,000 万元 in 亿元 → 6,000. */
export function toUnit(baseValue: number, unit: Unit): number {
  return tidy(baseValue / unitFactor(unit));
}

/** A value written in `unit`, in base units: 6,000 亿元 → 60,000,000 (万元). */
export function fromUnit(value: number, unit: Unit): number {
  return tidy(value * unitFactor(unit));
}

/** Removes binary noise from arithmetic on decimals (0.65 − 0.05 = 0.6000000000000001 → 0.6). */
export function tidy(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  return Number(n.toPrecision(14));
}
