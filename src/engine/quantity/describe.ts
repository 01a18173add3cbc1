/** Short human text for a quantity, used inside explanations: "≥80宗", "14,600座", "65%左右". */

import type { Grade, Op, Quantity, Unit } from "./types";
import { formatNumber } from "./format";
import { shift10 } from "./numbers";
import { toUnit } from "./units";
import type { Lang } from "../i18n/languages";

const ASCII_START_RE = /^[A-Za-z]/;

const OP_ZH: Record<Op, string> = {
  ge: "≥",
  gt: ">",
  le: "≤",
  lt: "<",
  eq: "=",
  about: "",
  none: "",
};
const OP_EN: Record<Op, string> = {
  ge: "at least ",
  gt: "more than ",
  le: "at most ",
  lt: "less than ",
  eq: "exactly ",
  about: "about ",
  none: "",
};

const GRADE_TEXT: Record<Lang, Record<Grade, string>> = {
  "zh-CN": { achieved: "达成", partial: "部分达成", unmet: "未达成" },
  "en-US": { achieved: "achieved", partial: "partially achieved", unmet: "not achieved" },
};

const REASONS: Record<string, [string, string]> = {
  "no-number-after-operator": ["运算符后没有数字", "no number after the operator"],
  "not-a-number": ["不是数值", "not a number"],
  "trailing-text": ["数值后有无法识别的文字", "unrecognised text after the number"],
  "conflicting-operators": ["前后运算符方向矛盾", "conflicting operators"],
  "operator-on-range": ["区间不能再带比较运算符", "a range cannot carry a comparison"],
  "range-units-differ": ["区间两端单位不一致", "the two ends of the range have different units"],
  "growth-range": ["增幅不能是区间", "a growth cannot be a range"],
  "invalid-date": ["日期不存在", "the date does not exist"],
  "not-finite": ["数值无效", "not a finite number"],
  "unsupported-input": ["不支持的单元格值", "unsupported cell value"],
  "internal-error": ["内部错误", "internal error"],
};

/** The unit as shown after a number: 百分比 is shown as %, and English has a space before a word unit. */
function unitText(unit: Unit, lang: Lang): string {
  if (unit.dimension === "plain") return "";
  const symbol = unit.dimension === "ratio" && unit.symbol !== "‰" ? "%" : unit.symbol;
  if (symbol === "%" || symbol === "‰") return symbol;
  if (lang === "en-US" || ASCII_START_RE.test(symbol)) return " " + symbol;
  return symbol;
}

/** A base-unit value written in its unit: 0.657 → "65.7%", 60,000,000 万元 in 亿元 → "6,000亿元". */
export function describeValue(value: number, unit: Unit, lang: Lang = "zh-CN"): string {
  const shown =
    unit.dimension === "ratio" && unit.symbol !== "‰" ? shift10(value, 2) : toUnit(value, unit);
  return formatNumber(shown, 4) + unitText(unit, lang);
}

function withOp(op: Op, body: string, lang: Lang): string {
  if (lang === "en-US") return OP_EN[op] + body;
  return op === "about" ? body + "左右" : OP_ZH[op] + body;
}

function dateText(date: string, op: Op, yearMissing: boolean, lang: Lang): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (lang === "en-US") {
    const shown = yearMissing ? date.slice(5) : date;
    const word =
      op === "le" ? "by " : op === "lt" ? "before " : op === "gt" || op === "ge" ? "after " : "";
    return word + shown;
  }
  const shown = (yearMissing ? "" : `${y}年`) + `${m}月${d}日`;
  const word = op === "le" || op === "lt" ? "前" : op === "gt" || op === "ge" ? "后" : "";
  return shown + word;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** A short text for explanations, in the user's language; units stay as the sheet writes them. */
export function describeQuantity(q: Quantity, lang: Lang): string {
  const zh = lang === "zh-CN";
  switch (q.kind) {
    case "number":
      return withOp(q.op, describeValue(q.value, q.unit, lang), lang);
    case "range": {
      const low = describeValue(q.low, q.unit, lang);
      const high = describeValue(q.high, q.unit, lang);
      // The unit once, at the end: "15~20宗", "80%~90%" keeps both percent signs as people write them.
      const lowShown =
        q.unit.dimension === "ratio"
          ? low
          : low.slice(0, low.length - unitText(q.unit, lang).length);
      return zh ? `${lowShown}~${high}` : `${lowShown}–${high}`;
    }
    case "growth": {
      const body = withOp(q.op, describeValue(q.value, q.unit, lang), lang);
      if (zh) return (q.direction === "up" ? "增长" : "下降") + body;
      return (q.direction === "up" ? "increase of " : "decrease of ") + body;
    }
    case "date":
      return dateText(q.date, q.op, q.yearMissing === true, lang);
    case "grade":
      return GRADE_TEXT[lang][q.grade];
    case "boolean":
      return zh ? (q.value ? "是" : "否") : q.value ? "Yes" : "No";
    case "text":
      return clip(q.raw.trim(), 40);
    case "none":
      return zh ? "（空）" : "(empty)";
    case "na":
      return zh ? "不适用" : "N/A";
    case "error":
      return q.error;
    case "unreadable": {
      const r = REASONS[q.reason];
      const why = r === undefined ? q.reason : r[zh ? 0 : 1];
      return zh
        ? `无法识别“${clip(q.raw, 20)}”（${why}）`
        : `cannot read "${clip(q.raw, 20)}" (${why})`;
    }
  }
}
