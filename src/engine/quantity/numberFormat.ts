/**
 * What an Excel number format says about a number cell: a percentage (the cell holds 0.657 and shows
 * 65.7%), a date (the cell holds a serial), the decimals and grouping it shows, and literal text such as
 * the "万元" of `#,##0.00"万元"`.
 */

import { formatFixed } from "./format";

export interface FormatInfo {
  percent: boolean;
  date: boolean;
  decimals: number;
  grouping: boolean;
  /** Quoted or escaped text in the format, e.g. "万元"; "" when none. */
  literal: string;
  general: boolean;
}

const GENERAL: FormatInfo = {
  percent: false,
  date: false,
  decimals: -1,
  grouping: false,
  literal: "",
  general: true,
};
const cache = new Map<string, FormatInfo>();

function analyze(format: string): FormatInfo {
  let percent = false;
  let date = false;
  let decimals = 0;
  let grouping = false;
  let literal = "";
  let afterPoint = false;
  let digits = false;
  let exponent = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === ";") break; // only the positive section matters
    if (c === '"') {
      const close = format.indexOf('"', i + 1);
      const end = close < 0 ? format.length : close;
      literal += format.slice(i + 1, end);
      i = end;
    } else if (c === "\\") {
      literal += format[i + 1] ?? "";
      i++;
    } else if (c === "_" || c === "*") {
      i++; // padding: the next character is not shown as text
    } else if (c === "[") {
      const close = format.indexOf("]", i + 1);
      i = close < 0 ? format.length : close;
    } else if (c === "%") {
      percent = true;
    } else if (c === "0" || c === "#" || c === "?") {
      digits = true;
      if (afterPoint && !exponent) decimals++;
    } else if (c === ".") {
      afterPoint = true;
    } else if (c === ",") {
      if (digits && !afterPoint) grouping = true;
    } else if (c === "y" || c === "Y" || c === "d" || c === "D") {
      date = true;
    } else if (c === "e" || c === "E") {
      exponent = true; // scientific: the digits that follow belong to the exponent
    }
  }
  return { percent, date, decimals, grouping, literal: literal.trim(), general: false };
}

export function formatInfo(format: string | undefined): FormatInfo {
  if (format === undefined) return GENERAL;
  const f = format.trim();
  if (f === "" || f.toLowerCase() === "general" || f === "@" || f === "G/通用格式") return GENERAL;
  let info = cache.get(f);
  if (info === undefined) {
    info = analyze(f);
    if (cache.size > 1000) cache.clear();
    cache.set(f, info);
  }
  return info;
}

/** The number roughly as Excel would show it under the format (used as the quantity's `raw`). */
export function displayNumber(n: number, info: FormatInfo): string {
  if (info.general) return String(Number(n.toPrecision(15)));
  if (info.percent) return formatFixed(n * 100, info.decimals, info.grouping) + "%";
  return formatFixed(n, info.decimals, info.grouping) + info.literal;
}
