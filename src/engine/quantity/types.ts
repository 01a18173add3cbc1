/**
 * A target or actual value read from a cell, normalised to a base unit per dimension:
 * ratio → fraction (15% → 0.15), money → 万元, points → percentage points, count → units
 * (scale words applied: 1.46万座 → 14600), times → multiple (2倍 → 2), plain → the number itself.
 */

export type Dimension =
  | "ratio" // % ％ 百分比
  | "points" // 个百分点
  | "count" // 个 人 人次 次 篇 份 项 户 家 所 台 套 座 宗 场 …
  | "money" // 元 万元 亿元 (base 万元)
  | "times" // 倍
  | "area" // 平方米 亩 公顷 (base 平方米)
  | "length" // 米 公里 千米 (base 米)
  | "mass" // 吨 千克 公斤 (base 千克)
  | "duration" // 天 日 小时 月 年 (base 天)
  | "other" // a unit we do not convert (分, kW, 元/人 …): comparable only with the same symbol
  | "plain"; // a bare number

export interface Unit {
  dimension: Dimension;
  /** The unit as written (e.g. "万元", "宗", "%"); "" for plain numbers. */
  symbol: string;
  /**
   * Base units in one `symbol` (亿元 → 10000 万元, % → 0.01, 个月 → 30 天). Absent means "look the
   * symbol up" (see `unitFactor`), so hand-written units like `{ dimension: "count", symbol: "个" }` still work.
   */
  factor?: number;
}

/** at least, greater than, at most, less than, equal, about, or no operator written. */
export type Op = "ge" | "gt" | "le" | "lt" | "eq" | "about" | "none";

export type Grade = "achieved" | "partial" | "unmet"; // 达成 / 部分达成 / 未达成

interface Base {
  /** The text as the cell shows it. */
  raw: string;
  /** Words before the value that were skipped, e.g. "工业投资" in "工业投资 140.8 亿元". */
  label?: string;
  /** What a count counts, when written after it: "联席会议" in "召开 2 次以上联席会议". */
  trailing?: string;
}

export interface NumberQuantity extends Base {
  kind: "number";
  op: Op;
  value: number; // in the base unit of its dimension
  unit: Unit;
}

export interface RangeQuantity extends Base {
  kind: "range";
  low: number;
  high: number;
  unit: Unit;
}

/** 提高15% / 下降10% / 增长3%: a change relative to a previous value. */
export interface GrowthQuantity extends Base {
  kind: "growth";
  direction: "up" | "down";
  op: Op;
  value: number; // a fraction for % (提高15% → 0.15), otherwise base units
  unit: Unit;
}

export interface DateQuantity extends Base {
  kind: "date";
  op: Op; // "le" for 前/之前/底前, "none" otherwise
  date: string; // YYYY-MM-DD (a month alone resolves to its last day)
  /** "6月底前", "年底前": no year was written; `date` then starts with "0000" (see `resolveYear`). */
  yearMissing?: boolean;
}

export interface GradeQuantity extends Base {
  kind: "grade";
  grade: Grade;
}

export interface BooleanQuantity extends Base {
  kind: "boolean";
  value: boolean; // 是/完成 true, 否/未完成 false
}

/** A qualitative sentence: meaningful, but no number to compare. */
export interface TextQuantity extends Base {
  kind: "text";
}

/** Placeholder or empty (—, -, /, *, 无, ""): no value, not zero. */
export interface NoneQuantity extends Base {
  kind: "none";
}

/** 不适用. */
export interface NotApplicableQuantity extends Base {
  kind: "na";
}

/** The cell holds an Excel error value. */
export interface ErrorQuantity extends Base {
  kind: "error";
  error: string;
}

export interface UnreadableQuantity extends Base {
  kind: "unreadable";
  reason: string;
}

export type Quantity =
  | NumberQuantity
  | RangeQuantity
  | GrowthQuantity
  | DateQuantity
  | GradeQuantity
  | BooleanQuantity
  | TextQuantity
  | NoneQuantity
  | NotApplicableQuantity
  | ErrorQuantity
  | UnreadableQuantity;
