/**
 * Dates: "2025年12月底前", "2020年1月", "2020-06-30", "2020.3.31", "6月底前", "年底前", Excel serials.
 * A month alone resolves to its last day, a year alone to 31 December, a quarter to its last day.
 * Without a year ("6月底前") the date is "0000-06-30" with `yearMissing`; `resolveYear` fills it in.
 */

import type { Op } from "./types";
import { isDigit, skipSpaces } from "./normalize";
import { readChinese } from "./numbers";
import { WordTable } from "./wordTable";

export interface DateMatch {
  date: string;
  op: Op;
  yearMissing: boolean;
  end: number;
}

export interface DateError {
  invalid: true;
  end: number;
}

const BEFORE = new WordTable<Op>([
  ["不晚于", "le"],
  ["不迟于", "le"],
  ["最迟于", "le"],
  ["最迟", "le"],
  ["截止到", "le"],
  ["截止至", "le"],
  ["截止", "le"],
  ["截至", "none"],
  ["于", "none"],
  ["在", "none"],
  ["by", "le"],
  ["before", "lt"],
  ["no later than", "le"],
  ["not later than", "le"],
  ["on", "none"],
]);

const AFTER = new WordTable<Op>([
  ["之前", "le"],
  ["以前", "le"],
  ["前", "le"],
  ["为止", "le"],
  ["止", "le"],
  ["内", "le"],
  ["以内", "le"],
  ["之内", "le"],
  ["之后", "gt"],
  ["以后", "gt"],
  ["后", "gt"],
]);

/** Words that may close a date target: "2025年12月底前完成". */
const DONE = new WordTable<true>(
  ["完成", "建成", "完工", "办结", "实现", "上线", "交付", "验收", "落实", "到位"].map(
    (w) => [w, true] as const
  )
);

/** 底 / 末 / 份 / 旬 after a month; the day they stand for (0 = last day of the month). */
const MONTH_PART = new WordTable<number>([
  ["底", 0],
  ["末", 0],
  ["份", 0],
  ["上旬", 10],
  ["中旬", 20],
  ["下旬", 0],
]);

/** After a year: [month, day]; day 0 = last day of that month. */
const YEAR_PART = new WordTable<[number, number]>([
  ["底", [12, 31]],
  ["末", [12, 31]],
  ["年底", [12, 31]],
  ["年末", [12, 31]],
  ["内", [12, 31]],
  ["上半年", [6, 30]],
  ["下半年", [12, 31]],
  ["第一季度", [3, 31]],
  ["第二季度", [6, 30]],
  ["第三季度", [9, 30]],
  ["第四季度", [12, 31]],
  ["一季度", [3, 31]],
  ["二季度", [6, 30]],
  ["三季度", [9, 30]],
  ["四季度", [12, 31]],
  ["第1季度", [3, 31]],
  ["第2季度", [6, 30]],
  ["第3季度", [9, 30]],
  ["第4季度", [12, 31]],
  ["1季度", [3, 31]],
  ["2季度", [6, 30]],
  ["3季度", [9, 30]],
  ["4季度", [12, 31]],
  ["q1", [3, 31]],
  ["q2", [6, 30]],
  ["q3", [9, 30]],
  ["q4", [12, 31]],
]);

/** Year-less period words standing alone: "年底前", "年内", "上半年". */
const YEARLESS = new WordTable<[number, number]>([
  ["年底", [12, 31]],
  ["年末", [12, 31]],
  ["年内", [12, 31]],
  ["本年度内", [12, 31]],
  ["本年内", [12, 31]],
  ["当年", [12, 31]],
  ["上半年", [6, 30]],
  ["下半年", [12, 31]],
  ["第一季度", [3, 31]],
  ["第二季度", [6, 30]],
  ["第三季度", [9, 30]],
  ["第四季度", [12, 31]],
]);

/** Characters a date can start with: digits, Chinese numerals, and the first characters of the words above. */
export const DATE_START: ReadonlySet<number> = new Set<number>([
  ..."0123456789零〇一二两三四五六七八九十".split("").map((c) => c.charCodeAt(0)),
  ...BEFORE.firstCodes(),
  ...YEARLESS.firstCodes(),
]);

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return y === 0 || isLeap(y) ? 29 : 28; // a missing year allows 29 February
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Reads an integer of at most `maxLen` Arabic digits, or a Chinese numeral. */
function readInt(text: string, pos: number, maxLen: number): { value: number; end: number } | null {
  let i = pos;
  while (i < text.length && i - pos < maxLen && isDigit(text.charCodeAt(i))) i++;
  if (i > pos) {
    if (isDigit(text.charCodeAt(i))) return null; // too many digits
    return { value: Number(text.slice(pos, i)), end: i };
  }
  const cn = readChinese(text, pos);
  if (cn === null || cn.digits.length > maxLen || cn.digits.includes(".")) return null;
  return { value: Number(cn.digits), end: cn.end };
}

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2199;
}

/** ISO-like: 2020-06-30, 2020/6/30, 2020.3.31, 2020-06; an optional time is ignored. */
const ISO_RE =
  /(\d{4}) ?([-/.]) ?(\d{1,2})(?: ?\2 ?(\d{1,2}))?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/y;

interface Core {
  y: number;
  m: number;
  d: number; // 0: last day of the month
  yearMissing: boolean;
  end: number;
  /** "年内": within the year. */
  within?: boolean;
}

function endsWithin(lower: string, end: number): boolean {
  return lower[end - 1] === "内";
}

function readCore(text: string, lower: string, pos: number): Core | DateError | null {
  ISO_RE.lastIndex = pos;
  const iso = ISO_RE.exec(text);
  if (iso !== null && !isDigit(text.charCodeAt(ISO_RE.lastIndex))) {
    const y = Number(iso[1]);
    const sep = iso[2];
    // "2020.3" is a decimal number; "2020.3.31" a date.
    if (validYear(y) && !(sep === "." && iso[4] === undefined)) {
      return {
        y,
        m: Number(iso[3]),
        d: iso[4] === undefined ? 0 : Number(iso[4]),
        yearMissing: false,
        end: ISO_RE.lastIndex,
      };
    }
  }
  let i = pos;
  let y = 0;
  let yearMissing = true;
  const year = readInt(text, i, 4);
  if (year !== null && year.end - i >= 4 && validYear(year.value)) {
    const j = skipSpaces(text, year.end);
    if (text[j] === "年") {
      y = year.value;
      yearMissing = false;
      i = skipSpaces(text, j + 1);
      const part = YEAR_PART.match(lower, i);
      if (part !== null) {
        const end = i + part.length;
        return {
          y,
          m: part.value[0],
          d: part.value[1],
          yearMissing,
          end,
          within: endsWithin(lower, end),
        };
      }
    } else {
      return null;
    }
  } else {
    const alone = YEARLESS.match(lower, i);
    if (alone !== null) {
      const end = i + alone.length;
      return {
        y: 0,
        m: alone.value[0],
        d: alone.value[1],
        yearMissing: true,
        end,
        within: endsWithin(lower, end),
      };
    }
  }
  const month = readInt(text, i, 2);
  if (month !== null) {
    const j = skipSpaces(text, month.end);
    if (text[j] === "月") {
      let end = j + 1;
      let d = 0;
      const k = skipSpaces(text, end);
      const day = readInt(text, k, 2);
      if (day !== null) {
        const l = skipSpaces(text, day.end);
        if (text[l] === "日" || text[l] === "号") {
          d = day.value;
          end = l + 1;
          if (d === 0) return { invalid: true, end };
        }
      }
      if (d === 0) {
        const part = MONTH_PART.match(lower, end);
        if (part !== null) {
          d = part.value;
          end += part.length;
        }
      }
      return { y, m: month.value, d, yearMissing, end };
    }
  }
  if (!yearMissing) return { y, m: 12, d: 31, yearMissing, end: trimBack(text, i) };
  return null;
}

/** Back over the spaces skipped after 年. */
function trimBack(text: string, i: number): number {
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  return i;
}

/**
 * A date filling `text` from `pos` to the end (with 前 / 之前 / 底前, and a closing 完成). Null when this
 * is not a date; `{ invalid }` when it is one that cannot exist (2025年2月30日, 13月).
 */
export function readDate(text: string, lower: string, pos: number): DateMatch | DateError | null {
  let i = pos;
  let op: Op = "none";
  const before = BEFORE.match(lower, i);
  if (before !== null) {
    op = before.value;
    i = skipSpaces(text, i + before.length);
  }
  const core = readCore(text, lower, i);
  if (core === null || "invalid" in core) return core;
  if (core.within === true && op === "none") op = "le";
  i = skipSpaces(text, core.end);
  const after = AFTER.match(lower, i);
  if (after !== null) {
    if (op === "none") op = after.value;
    i = skipSpaces(text, i + after.length);
  }
  const done = DONE.match(lower, i);
  if (done !== null) i = skipSpaces(text, i + done.length);
  if (i !== text.length) return null;
  const { y, m } = core;
  if (m < 1 || m > 12) return { invalid: true, end: i };
  const last = daysInMonth(y, m);
  const d = core.d === 0 ? last : core.d;
  if (d < 1 || d > last) return { invalid: true, end: i };
  return { date: isoDate(y, m, d), op, yearMissing: core.yearMissing, end: i };
}

const MS_PER_DAY = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** An Excel date serial (1900 system) as YYYY-MM-DD; the time of day is dropped. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  let days = Math.floor(serial);
  if (days < 61) days += 1; // Excel counts a 29 February 1900 that never was
  const t = new Date(EXCEL_EPOCH + days * MS_PER_DAY);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** A year-less date ("6月底前") in a given year; February 29 becomes the 28th in a common year. */
export function resolveYear(date: string, year: number): string {
  if (!date.startsWith("0000-")) return date;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(year, m));
  return isoDate(year, m, d);
}
