/** Short human text for a quantity, used inside explanations: "≥80宗", "14,600座", "65%左右". */

import type { Op, Quantity, Unit } from "./types";
import { formatNumber } from "./format";
import { shift10 } from "./numbers";
import { toUnit } from "./units";
import type { Lang } from "../i18n/languages";
import { hasMessage, msg, render } from "../i18n/render";

const ASCII_START_RE = /^[A-Za-z]/;

/** The unit as shown after a number: 百分比 is shown as %; a word unit is spaced as the language spaces it. */
function unitText(unit: Unit, lang: Lang): string {
  if (unit.dimension === "plain") return "";
  const symbol = unit.dimension === "ratio" && unit.symbol !== "‰" ? "%" : unit.symbol;
  if (symbol === "%" || symbol === "‰") return symbol;
  return render(
    msg(ASCII_START_RE.test(symbol) ? "quantity.unit.latin" : "quantity.unit", { unit: symbol }),
    lang
  );
}

/** A base-unit value written in its unit: 0.657 → "65.7%", 60,000,000 万元 in 亿元 → "6,000亿元". */
export function describeValue(value: number, unit: Unit, lang: Lang = "zh-CN"): string {
  const shown =
    unit.dimension === "ratio" && unit.symbol !== "‰" ? shift10(value, 2) : toUnit(value, unit);
  return formatNumber(shown, 4) + unitText(unit, lang);
}

function withOp(op: Op, value: string, lang: Lang): string {
  return render(msg(`quantity.op.${op}`, { value }), lang);
}

function dateText(iso: string, op: Op, yearMissing: boolean, lang: Lang): string {
  const parts = {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
    iso,
    monthDay: iso.slice(5),
  };
  const date = render(
    yearMissing ? msg("quantity.date.noYear", parts) : msg("quantity.date", parts),
    lang
  );
  const around =
    op === "le"
      ? msg("quantity.date.by", { date })
      : op === "lt"
        ? msg("quantity.date.before", { date })
        : op === "gt" || op === "ge"
          ? msg("quantity.date.after", { date })
          : null;
  return around ? render(around, lang) : date;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** A short text for explanations, in the user's language; units stay as the sheet writes them. */
export function describeQuantity(q: Quantity, lang: Lang): string {
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
      return render(msg("quantity.range", { low: lowShown, high }), lang);
    }
    case "growth": {
      const value = withOp(q.op, describeValue(q.value, q.unit, lang), lang);
      return render(
        msg(q.direction === "up" ? "quantity.growth.up" : "quantity.growth.down", { value }),
        lang
      );
    }
    case "date":
      return dateText(q.date, q.op, q.yearMissing === true, lang);
    case "grade":
      return render(msg(`quantity.grade.${q.grade}`), lang);
    case "boolean":
      return render(msg(q.value ? "quantity.yes" : "quantity.no"), lang);
    case "text":
      return clip(q.raw.trim(), 40);
    case "none":
      return render(msg("quantity.none"), lang);
    case "na":
      return render(msg("quantity.na"), lang);
    case "error":
      return q.error;
    case "unreadable": {
      // parse.ts gives an UnreadableReason; a reason the catalogue lacks is quoted as it is.
      const key = `quantity.reason.${q.reason}`;
      const why = hasMessage(key) ? render({ key, args: {} }, lang) : q.reason;
      return render(msg("quantity.unreadable", { raw: clip(q.raw, 20), why }), lang);
    }
  }
}
