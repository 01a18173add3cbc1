/**
 * The value grammar. A cell is, in this order:
 *   empty or a placeholder (—, /, 无 …)      → none        不适用, N/A            → na
 *   an Excel error text (#DIV/0!)           → error       是/否/完成/未完成 …     → boolean
 *   达成预期/效果明显/部分达成/未达成 …        → grade       a date (2025年12月底前) → date
 *   [label] [growth verb [至]] [op] term [(sep term) | (± term)] [op] [完成 | trailing noun]
 *       term = number [余|多] [scale word] [unit]
 *                                           → number, range or growth
 *   anything else: a sentence → text; something that starts like a value but is not one → unreadable.
 * The label is a few words before the value ("工业投资 140.8 亿元", "满意度≥90%"); it is kept in `label`.
 */

import type { Op, Quantity, Unit } from "./types";
import {
  asciiLower,
  countCjk,
  isAsciiLetter,
  isCjk,
  isDigit,
  isSentencePunct,
  normalize,
  skipSpaces,
} from "./normalize";
import { CN_NUMERAL_RE, readArabic, readChinese, tokenValue } from "./numbers";
import { parseUnitText, readUnit, sameDimension, tidy, type UnitMatch } from "./units";
import {
  applyInclusion,
  columnOp,
  combineOps,
  GROWTH_FILLER,
  GROWTH_LEAD,
  GROWTH_TO,
  GROWTH_WORDS,
  INCLUSION,
  INFIX_OPS,
  PREFIX_OPS,
  RANGE_SEPS,
  SUFFIX_OPS,
  type Direction,
} from "./operators";
import {
  BOOLEAN_WORDS,
  EXCEL_ERRORS,
  GRADE_WORDS,
  isPlaceholder,
  NA_WORDS,
  wordKey,
} from "./words";
import { DATE_START, readDate, serialToIso } from "./dates";
import { displayNumber, formatInfo } from "./numberFormat";
import { WordTable } from "./wordTable";

export type CellInput = string | number | boolean | null | undefined | { error: string };

/** Why a text could not be read (`UnreadableQuantity.reason`); `describeQuantity` words them. */
export type UnreadableReason =
  | "no-number-after-operator"
  | "not-a-number"
  | "trailing-text"
  | "conflicting-operators"
  | "operator-on-range"
  | "range-units-differ"
  | "growth-range"
  | "invalid-date"
  | "not-finite"
  | "unsupported-input"
  | "internal-error";

const RATIO: Unit = { dimension: "ratio", symbol: "%", factor: 0.01 };
const PLAIN: Unit = { dimension: "plain", symbol: "", factor: 1 };
const MAX_LABEL = 30;
const MAX_LEAD = 24;
const MAX_TRAILING_NOUN = 12;
const OP_SYMBOL_RE = /^[≥≤<>=≈]/;
/** Where a value can begin; the label loop tries no other position. */
const START: ReadonlySet<number> = new Set<number>([
  ..."0123456789+-.百".split("").map((c) => c.charCodeAt(0)),
  ...PREFIX_OPS.firstCodes(),
  ...GROWTH_LEAD.firstCodes(),
  ...GROWTH_WORDS.firstCodes(),
  ...DATE_START,
]);
/** A text without any of these holds no number and no date. */
const VALUE_CHAR_RE = new RegExp(`[0-9年]|${CN_NUMERAL_RE.source}`);

const FINAL_FAILURES = new Set<UnreadableReason>([
  "invalid-date",
  "conflicting-operators",
  "operator-on-range",
  "range-units-differ",
  "growth-range",
  "not-finite",
]);
const LABEL_END_RE = /[:\s]+$/;

/** Words that may close a value: "100%完成". */
const TRAILING = new WordTable<true>(["完成", "。", "."].map((w) => [w, true] as const));

interface Term {
  digits: string;
  match: UnitMatch | null;
  infix: Op;
  end: number;
  /** 百分之九十: the unit is % whatever follows. */
  percentWord: boolean;
}

type Core = { ok: true; q: Quantity } | { ok: false; reason: UnreadableReason };

function fail(reason: UnreadableReason): Core {
  return { ok: false, reason };
}

function isStop(lower: string, pos: number): boolean {
  return (
    SUFFIX_OPS.match(lower, pos) !== null ||
    RANGE_SEPS.match(lower, pos) !== null ||
    TRAILING.match(lower, pos) !== null ||
    lower[pos] === "("
  );
}

function readTerm(text: string, lower: string, pos: number): Term | null {
  let percentWord = false;
  let at = pos;
  if (lower.startsWith("百分之", pos)) {
    percentWord = true;
    at = pos + 3;
  }
  const num = readArabic(text, at) ?? readChinese(text, at);
  if (num === null) return null;
  let k = skipSpaces(text, num.end);
  let infix: Op = "none";
  const inf = INFIX_OPS.match(lower, k);
  if (inf !== null) {
    infix = inf.value;
    k = skipSpaces(text, k + inf.length);
  }
  let match: UnitMatch | null = null;
  if (!percentWord) {
    match = readUnit(text, lower, k, isStop);
    // A Chinese numeral needs a unit from the table: 一般, 十分 are words, not numbers.
    if (num.chinese && (match === null || !match.known || !match.hasUnit)) return null;
  }
  const end = match !== null ? match.end : infix !== "none" ? k : num.end;
  return { digits: num.digits, match, infix, end, percentWord };
}

function termUnit(t: Term): Unit {
  if (t.percentWord) return RATIO;
  return t.match === null ? PLAIN : t.match.unit;
}

function termValue(t: Term): number {
  if (t.percentWord) return tokenValue(t.digits, -2, 1);
  if (t.match === null) return tokenValue(t.digits, 0, 1);
  return tokenValue(t.digits, t.match.exp, t.match.mult);
}

function hasUnit(t: Term): boolean {
  return t.percentWord || (t.match !== null && t.match.hasUnit);
}

/** The value of `t` read in the unit of `other` ("15~20宗": 15 is 宗; "1万-2万座": 1万 is 座 too). */
function valueIn(t: Term, other: Term): number {
  if (other.percentWord) return tokenValue(t.digits, -2 + (t.match?.scaleExp ?? 0), 1);
  const m = other.match;
  if (m === null) return termValue(t);
  const ownScale = t.match?.scaleExp ?? 0;
  return tokenValue(
    t.digits,
    m.exp - m.scaleExp + (ownScale !== 0 ? ownScale : m.scaleExp),
    m.mult
  );
}

function rangeOf(a: Term, b: Term): { low: number; high: number; unit: Unit } | UnreadableReason {
  const ua = hasUnit(a);
  const ub = hasUnit(b);
  let va: number;
  let vb: number;
  let unit: Unit;
  if (ua && ub) {
    if (!sameDimension(termUnit(a), termUnit(b))) return "range-units-differ";
    va = termValue(a);
    vb = termValue(b);
    unit = termUnit(b);
  } else if (ub || (!ua && b.match !== null)) {
    // "15~20宗", "1-2万": the first number takes the unit (and scale word) of the second.
    va = valueIn(a, b);
    vb = termValue(b);
    unit = termUnit(b);
  } else if (ua || a.match !== null) {
    va = termValue(a);
    vb = valueIn(b, a);
    unit = termUnit(a);
  } else {
    va = termValue(a);
    vb = termValue(b);
    unit = PLAIN;
  }
  return { low: Math.min(va, vb), high: Math.max(va, vb), unit };
}

function isTrailingNoun(text: string, from: number): boolean {
  if (text.length - from > MAX_TRAILING_NOUN) return false;
  for (let i = from; i < text.length; i++) if (!isCjk(text.charCodeAt(i))) return false;
  return from < text.length;
}

/** The grammar from `pos` to the end of `text`, after the label. */
function parseCore(raw: string, text: string, lower: string, pos: number): Core {
  let i = skipSpaces(text, pos);
  const date = DATE_START.has(lower.charCodeAt(i)) ? readDate(text, lower, i) : null;
  if (date !== null) {
    if ("invalid" in date) return fail("invalid-date");
    const q: Quantity = date.yearMissing
      ? { kind: "date", raw, op: date.op, date: date.date, yearMissing: true }
      : { kind: "date", raw, op: date.op, date: date.date };
    return { ok: true, q };
  }

  let growth: Direction | null = null;
  let level = false;
  const lead = GROWTH_LEAD.match(lower, i);
  const verbAt = lead === null ? i : skipSpaces(text, i + lead.length);
  const g = GROWTH_WORDS.match(lower, verbAt);
  if (g !== null) {
    growth = g.value;
    i = skipSpaces(text, verbAt + g.length);
    for (let n = 0; n < 2; n++) {
      const f = GROWTH_FILLER.match(lower, i);
      if (f === null) break;
      i = skipSpaces(text, i + f.length);
    }
    const to = GROWTH_TO.match(lower, i);
    if (to !== null) {
      level = true;
      i = skipSpaces(text, i + to.length);
    }
  }

  let before: Op = "none";
  const p = PREFIX_OPS.match(lower, i);
  if (p !== null) {
    before = p.value;
    i = skipSpaces(text, i + p.length);
  }

  const a = readTerm(text, lower, i);
  if (a === null)
    return fail(before !== "none" || growth !== null ? "no-number-after-operator" : "not-a-number");
  i = skipSpaces(text, a.end);

  let b: Term | null = null;
  let plusMinus = false;
  if (text[i] === "±") {
    b = readTerm(text, lower, skipSpaces(text, i + 1));
    if (b !== null) plusMinus = true;
  } else {
    const sep = RANGE_SEPS.match(lower, i);
    if (sep !== null) b = readTerm(text, lower, skipSpaces(text, i + sep.length));
  }
  if (b !== null) i = skipSpaces(text, b.end);

  let after: Op = "none";
  // "以上(含)" and "(含)以上" both occur.
  let inc = INCLUSION.match(lower, i);
  if (inc !== null) i = skipSpaces(text, i + inc.length);
  const s = SUFFIX_OPS.match(lower, i);
  if (s !== null) {
    after = s.value;
    i = skipSpaces(text, i + s.length);
  }
  if (inc === null) {
    inc = INCLUSION.match(lower, i);
    if (inc !== null) i = skipSpaces(text, i + inc.length);
  }

  let trailing: string | undefined;
  const t = TRAILING.match(lower, i);
  if (t !== null) {
    i = skipSpaces(text, i + t.length);
  } else if (
    i < text.length &&
    b === null &&
    a.match?.unit.dimension === "count" &&
    isTrailingNoun(text, i)
  ) {
    // "召开 2 次以上联席会议", "新增 5 种绿色产品": a count of something named after it.
    trailing = text.slice(i);
    i = text.length;
  }
  if (i !== text.length) return fail("trailing-text");

  const op0 = combineOps(before, a.infix);
  let op = op0 === null ? null : combineOps(op0, after);
  if (op === null) return fail("conflicting-operators");
  if (inc !== null) op = applyInclusion(op, inc.value);

  let q: Quantity;
  if (b !== null) {
    if (op !== "none" && op !== "about") return fail("operator-on-range");
    if (growth !== null) return fail("growth-range");
    let range: ReturnType<typeof rangeOf>;
    if (plusMinus) {
      const center = termValue(a);
      const delta = hasUnit(b) ? termValue(b) : valueIn(b, a);
      range = {
        low: tidy(center - Math.abs(delta)),
        high: tidy(center + Math.abs(delta)),
        unit: termUnit(a),
      };
    } else {
      range = rangeOf(a, b);
    }
    if (typeof range === "string") return fail(range);
    q = { kind: "range", raw, low: range.low, high: range.high, unit: range.unit };
  } else if (growth !== null && !level) {
    q = { kind: "growth", raw, direction: growth, op, value: termValue(a), unit: termUnit(a) };
  } else {
    if (level && op === "none") op = growth === "up" ? "ge" : "le";
    q = { kind: "number", raw, op, value: termValue(a), unit: termUnit(a) };
  }
  if (!finiteValues(q)) return fail("not-finite"); // 1e400, or digits beyond a double's range
  if (trailing !== undefined) q.trailing = trailing;
  return { ok: true, q };
}

function finiteValues(q: Quantity): boolean {
  if (q.kind === "range") return Number.isFinite(q.low) && Number.isFinite(q.high);
  if (q.kind === "number" || q.kind === "growth") return Number.isFinite(q.value);
  return true;
}

/** A label may not cut a number or an English word in two. */
function canStartAt(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  const cur = text.charCodeAt(i);
  if (isDigit(prev) || prev === 0x2e /* . */) return false;
  if (isAsciiLetter(prev) && isAsciiLetter(cur)) return false;
  return true;
}

/**
 * A label is a few words without sentence punctuation, ending in a word: "4.2:1" is not the label "4.2" and the number 1, "1/3" not "1/" and 3. Ranks
 * ("第3名", "前3名") are not counts, so 第 and 前 cannot end a label either.
 */
function isLabel(label: string): boolean {
  if (label === "") return true;
  for (let i = 0; i < label.length; i++) if (isSentencePunct(label.charCodeAt(i))) return false;
  const c = label.charCodeAt(label.length - 1);
  if (c === 0x7b2c /* 第 */ || c === 0x524d /* 前 */) return false;
  return isCjk(c) || isAsciiLetter(c);
}

function startsLikeValue(text: string, lower: string): boolean {
  const c = text.charCodeAt(0);
  return (
    isDigit(c) ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2e ||
    PREFIX_OPS.match(lower, 0) !== null ||
    lower.startsWith("百分之")
  );
}

function parseText(raw: string): Quantity {
  const text = normalize(raw);
  if (text === "") return { kind: "none", raw };
  const lower = asciiLower(text);
  if (EXCEL_ERRORS.has(lower)) return { kind: "error", raw, error: text.toUpperCase() };
  const key = wordKey(lower);
  if (key === "" || isPlaceholder(key)) return { kind: "none", raw };
  if (NA_WORDS.has(key)) return { kind: "na", raw };
  const yes = BOOLEAN_WORDS.get(key);
  if (yes !== undefined) return { kind: "boolean", raw, value: yes };
  const grade = GRADE_WORDS.get(key);
  if (grade !== undefined) return { kind: "grade", raw, grade };

  return parseValue(raw, stripOuter(text));
}

const TRAIL_PUNCT_RE = /[。.;；，,、!！]+$/;
const PARENS_ALL_RE = /^\((.*)\)$/;

/** "(≥15%)" → "≥15%", "95%以上；" → "95%以上". */
function stripOuter(text: string): string {
  let t = TRAIL_PUNCT_RE.test(text) ? text.replace(TRAIL_PUNCT_RE, "").trim() : text;
  const m = PARENS_ALL_RE.exec(t);
  if (m !== null && !m[1].includes("(") && !m[1].includes(")")) t = m[1].trim();
  return t === "" ? text : t;
}

/** Numbers, ranges, growths and dates, with an optional label before them; else text or unreadable. */
function parseValue(raw: string, text: string): Quantity {
  const lower = asciiLower(text);
  let firstFailure: UnreadableReason = "not-a-number";
  // No label before an operator: "不低于去年水平的95%" must not become a plain 95%.
  const firstValueChar = PREFIX_OPS.match(lower, 0) === null ? text.search(VALUE_CHAR_RE) : -1;
  const last = firstValueChar < 0 ? 0 : Math.min(text.length - 1, MAX_LABEL);
  // Words before the number ("同比增长不低于", "increase by at least") are never longer than this.
  const first = Math.max(1, firstValueChar - MAX_LEAD);
  for (let i = 0; i <= last; i++) {
    if (i > 0 && i < first) i = first;
    if (i > 0) {
      if (isSentencePunct(text.charCodeAt(i - 1))) break;
      if (!START.has(lower.charCodeAt(i)) || !canStartAt(text, i)) continue;
    }
    const core = parseCore(raw, text, lower, i);
    if (core.ok) {
      if (i === 0) return core.q;
      const label = text.slice(0, i).replace(LABEL_END_RE, "");
      if (!isLabel(label)) continue;
      if (label !== "") core.q.label = label;
      return core.q;
    }
    if (i === 0) {
      firstFailure = core.reason;
      // It read as a value and then broke its own rules: no label can make it right.
      if (FINAL_FAILURES.has(core.reason)) return { kind: "unreadable", raw, reason: core.reason };
    }
  }

  // "≥abc", "15%%", "12.5.6": it tried to be a value. A sentence that happens to start with a number or
  // with 不低于 ("不低于去年水平") is text: a qualitative target for a person to judge.
  if (OP_SYMBOL_RE.test(text) || (startsLikeValue(text, lower) && countCjk(text) < 4)) {
    return { kind: "unreadable", raw, reason: firstFailure };
  }
  return { kind: "text", raw };
}

function parseNumberCell(n: number, format: string | undefined): Quantity {
  if (!Number.isFinite(n)) return { kind: "unreadable", raw: String(n), reason: "not-finite" };
  const info = formatInfo(format);
  if (info.date) {
    const date = serialToIso(n);
    if (date === null) return { kind: "unreadable", raw: String(n), reason: "invalid-date" };
    return { kind: "date", raw: date, op: "none", date };
  }
  const raw = displayNumber(n, info);
  if (info.percent) return { kind: "number", raw, op: "none", value: n, unit: RATIO };
  if (info.literal !== "") {
    const lit = normalize(info.literal);
    const m = parseUnitText(lit, asciiLower(lit));
    if (m !== null)
      return {
        kind: "number",
        raw,
        op: "none",
        value: tokenValue(String(n), m.exp, m.mult),
        unit: m.unit,
      };
  }
  return { kind: "number", raw, op: "none", value: n, unit: PLAIN };
}

function isErrorObject(v: unknown): v is { error: string } {
  return (
    typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string"
  );
}

function parseInput(input: CellInput, format: string | undefined): Quantity {
  if (input === null || input === undefined) return { kind: "none", raw: "" };
  if (typeof input === "string") return parseText(input);
  if (typeof input === "number") return parseNumberCell(input, format);
  if (typeof input === "boolean")
    return { kind: "boolean", raw: input ? "TRUE" : "FALSE", value: input };
  if (isErrorObject(input)) return { kind: "error", raw: input.error, error: input.error };
  return { kind: "unreadable", raw: String(input), reason: "unsupported-input" };
}

/**
 * Reads a target or actual cell. Text ("≥15%", "6,000 亿元", "2025年12月底前", "达成预期"), a number
 * (with its number format: 0.657 under "0.0%" is 65.7%; a serial under a date format is a date), a
 * boolean or an Excel error. Never throws: what cannot be read comes back as `unreadable` with a reason.
 */
export function parseQuantity(input: CellInput, format?: string): Quantity {
  try {
    return parseInput(input, format);
  } catch {
    // A bug, not a user error; the property tests look for this reason.
    let raw = "";
    try {
      raw = String(typeof input === "object" && input !== null ? input.error : input);
    } catch {
      raw = "";
    }
    return { kind: "unreadable", raw, reason: "internal-error" };
  }
}

function withUnit(q: Quantity, m: UnitMatch): Quantity {
  const conv = (v: number): number => tokenValue(String(v), m.exp, m.mult);
  if (q.kind === "number" && q.unit.dimension === "plain")
    return { ...q, value: conv(q.value), unit: m.unit };
  if (q.kind === "growth" && q.unit.dimension === "plain")
    return { ...q, value: conv(q.value), unit: m.unit };
  if (q.kind === "range" && q.unit.dimension === "plain") {
    return { ...q, low: conv(q.low), high: conv(q.high), unit: m.unit };
  }
  return q;
}

function withOp(q: Quantity, op: Op): Quantity {
  if ((q.kind === "number" || q.kind === "growth" || q.kind === "date") && q.op === "none")
    return { ...q, op };
  return q;
}

const PARENS_RE = /^[([]\s*(.*?)\s*[)\]]$/;

/**
 * A value with a separate 指标性质 column (≥ ≤ ＝ 正向 反向 …) and a separate 度量单位 column ("%", "万元", "个").
 * What the value cell itself writes wins: "≤5%" stays at most whatever the column says, and a cell already
 * formatted as a percentage is not divided by 100 again.
 */
export function parseWithColumns(
  input: CellInput,
  format?: string,
  opText?: string,
  unitText?: string
): Quantity {
  let q = parseQuantity(input, format);
  try {
    if (unitText !== undefined) {
      const ut = normalize(unitText).replace(PARENS_RE, "$1");
      const ul = asciiLower(ut);
      if (ut !== "" && !isPlaceholder(wordKey(ul))) {
        const m = parseUnitText(ut, ul);
        if (m !== null) q = withUnit(q, m);
      }
    }
    if (opText !== undefined) {
      const op = columnOp(wordKey(asciiLower(normalize(opText))));
      if (op !== undefined && op !== "none") q = withOp(q, op);
    }
  } catch {
    return { kind: "unreadable", raw: q.raw, reason: "internal-error" };
  }
  return finiteValues(q) ? q : { kind: "unreadable", raw: q.raw, reason: "not-finite" };
}
