/**
 * Reading budget cells: amounts of money, stated rates, weights and scores.
 * A cell is a number, an empty cell or placeholder (—, -, /, *, 无), unreadable text, or an Excel error.
 * Text numbers go through the quantity parser; a stated rate's printed decimals are read here.
 */

import { type CellValue, isCellError } from "../grid";
import { parseQuantity } from "../quantity";
import { formatInfo } from "../quantity/numberFormat";
import { decimalsOf, fmtPercent, round } from "./numbers";

export type Read<T> =
  | { kind: "value"; value: T }
  | { kind: "empty" }
  | { kind: "unreadable"; raw: string }
  | { kind: "error"; error: string };

/** A rate as the sheet prints it: the fraction, the decimals printed in percent, and the text shown. */
export interface StatedRate {
  value: number; // fraction as printed, 0.994 for 99.4%
  decimals: number; // decimals of the percent as printed: 1 for "99.4%"
  text: string; // "99.4%"
}

const PLACEHOLDER = /^(?:[—–-]+|\/|\*|无|空|不适用|n\/?a)?$/i;

/** Full-width forms to ASCII, whitespace removed: "１，５０７．４７" → "1,507.47". */
export function compact(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** Money units written in a header or after a number: how to make 万元 of them. */
const PER_WAN: Record<string, { mul: number; div: number }> = {
  亿元: { mul: 10000, div: 1 },
  万元: { mul: 1, div: 1 },
  千元: { mul: 1, div: 10 },
  元: { mul: 1, div: 10000 },
};
const MONEY_UNIT_RE = /(亿元|万元|千元|元)/;

/** An amount in `unit` as 万元; dividing (not multiplying by 0.0001) keeps 161,416,600 元 = 16,141.66 万元 exact. */
export function toWan(n: number, unit: string): number {
  const u = PER_WAN[unit] ?? PER_WAN["万元"];
  return (n * u.mul) / u.div;
}

export function moneyUnitIn(text: string): string | null {
  const m = MONEY_UNIT_RE.exec(text.normalize("NFKC"));
  return m ? m[1] : null;
}

function readCell<T>(
  value: CellValue,
  fromNumber: (n: number) => T,
  fromText: (text: string) => T | null
): Read<T> {
  if (value === null) return { kind: "empty" };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "value", value: fromNumber(value) }
      : { kind: "unreadable", raw: String(value) };
  }
  if (typeof value === "boolean") return { kind: "unreadable", raw: String(value) };
  if (PLACEHOLDER.test(compact(value))) return { kind: "empty" };
  const read = fromText(value);
  return read === null ? { kind: "unreadable", raw: value.trim() } : { kind: "value", value: read };
}

/** A number written as text with no operator (the quantity parser's reading): its value and unit. */
function plainNumber(text: string): { value: number; dimension: string; symbol: string } | null {
  const q = parseQuantity(text);
  return q.kind === "number" && q.op === "none"
    ? { value: q.value, dimension: q.unit.dimension, symbol: q.unit.symbol }
    : null;
}

/** "按经济分类：3,120.50" → "3,120.50": a figure printed in a text cell after its label and a colon. */
const LABELLED_FIGURE = /^[^\d:：]{1,20}[:：]\s*([+-]?[\d,，.．]+\s*(?:亿元|万元|千元|元)?)\s*$/;

/** An amount in 万元 from a cell in the column's `unit`: a number, or text such as "1,507.47", "1.2亿元" or "按经济分类：3,120.50". */
export function readMoney(value: CellValue, unit: string): Read<number> {
  return readCell(
    value,
    (n) => toWan(n, unit),
    (raw) => {
      const text = LABELLED_FIGURE.exec(raw.trim())?.[1] ?? raw;
      const n = plainNumber(text);
      if (n === null) return null;
      if (n.dimension === "money") return n.value; // the parser gives money in 万元
      return n.dimension === "plain" ? toWan(n.value, unit) : null;
    }
  );
}

/** A plain number (weight, score): 10, "10", "10分". */
export function readNumber(value: CellValue): Read<number> {
  return readCell(
    value,
    (n) => n,
    (text) => {
      const n = plainNumber(text);
      return n !== null && (n.dimension === "plain" || n.symbol === "分") ? n.value : null;
    }
  );
}

/** Decimals a percent number format prints ("0.0%" → 1), or null when the format is not a percent. */
export function percentFormatDecimals(format: string | undefined): number | null {
  const info = formatInfo(format);
  return info.percent ? Math.max(info.decimals, 0) : null;
}

/** Precision beyond 4 decimals of a percent is binary noise of a formula result, not a printed figure. */
const MAX_PRINTED_DECIMALS = 4;

function stated(fraction: number, printed: number): StatedRate {
  const decimals = Math.min(printed, MAX_PRINTED_DECIMALS);
  // The value as printed: 99.4 / 100 is 0.9940000000000001 in binary, and 0.99413 shown as "99.4%" is 0.994.
  return { value: round(fraction, decimals + 2), decimals, text: fmtPercent(fraction, decimals) };
}

/**
 * The readings a bare number admits: 0.994 as a fraction, or 99.4 as a percent. A percent format or a
 * header with "%" settles it; otherwise both are offered and the one nearer the computed rate is taken.
 */
function rateReadings(n: number, decimals: number, percentHeader: boolean): StatedRate[] {
  const asPercent = stated(n / 100, decimals);
  if (percentHeader) return [asPercent];
  const asFraction = stated(n, Math.max(0, decimals - 2));
  return Math.abs(n) <= 1.5 ? [asFraction, asPercent] : [asPercent, asFraction];
}

/** A stated rate: "99.4%", 0.994 formatted "0.0%", or 99.4 under a header "执行率(%)". */
export function readRate(
  value: CellValue,
  format: string | undefined,
  percentHeader: boolean
): Read<StatedRate[]> {
  return readCell(
    value,
    (n) => {
      const fmt = percentFormatDecimals(format);
      return fmt !== null ? [stated(n, fmt)] : rateReadings(n, decimalsOf(n), percentHeader);
    },
    (raw) => {
      const m = /^([+-]?\d+(?:\.(\d+))?)(%)?$/.exec(compact(raw));
      if (!m) return null;
      const decimals = m[2]?.length ?? 0;
      return m[3] !== undefined
        ? [stated(Number(m[1]) / 100, decimals)]
        : rateReadings(Number(m[1]), decimals, percentHeader);
    }
  );
}
