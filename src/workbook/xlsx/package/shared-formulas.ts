/**
 * Shared formulas: Excel writes a formula filled down or across once, in the first cell of the run
 * (`<f t="shared" ref="C2:C9" si="0">A2+B2</f>`), and each other cell as a pointer to it (`<f t="shared"
 * si="0"/>`). The other cells' formulas are the first one's with its relative references moved by the cell's
 * offset, as Excel shows them. The reader gives each follower its formula; a run that writes over a master
 * first gives each follower it leaves alone its own formula, moved the same way.
 */

import { columnName, parseA1 } from "../../../engine/grid";
import { attrOf, unescapeXml } from "../package-xml";

export interface SharedGroup {
  master: { row: number; col: number; formula: string };
  followers: { row: number; col: number }[];
}

/** The sheet's shared formula groups by si (nothing is read when the part has none). */
export function sharedGroups(xml: string, p: string): Map<string, SharedGroup> {
  const groups = new Map<string, SharedGroup>();
  if (!xml.includes("shared")) return groups;
  // an empty cell (<c …/>) is never taken for the start of the next cell's content
  const cell = new RegExp(`<${p}c\\b([^>]*?)(?<!/)>((?:(?!</${p}c>)[\\s\\S])*?)</${p}c>`, "g");
  const f = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`);
  for (const m of xml.matchAll(cell)) {
    if (!m[2].includes("shared")) continue;
    const fm = f.exec(m[2]);
    if (!fm || attrOf(fm[1], "t") !== "shared") continue;
    const si = attrOf(fm[1], "si");
    const at = parseA1(attrOf(m[1], "r") ?? "");
    if (si === undefined || !at) continue;
    let group = groups.get(si);
    if (!group)
      groups.set(si, (group = { master: { row: -1, col: -1, formula: "" }, followers: [] }));
    const text = fm[2] ? unescapeXml(fm[2]) : "";
    if (attrOf(fm[1], "ref") !== undefined && text) group.master = { ...at, formula: text };
    else group.followers.push(at);
  }
  return groups;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** A1 reference, column range (A:C) and row range (1:3); each checked against what precedes and follows. */
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;

const isNameChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_.\\?]/u.test(c);

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n;
}

function movedCol(abs: string, letters: string, by: number): string | null {
  const n = colNumber(letters) + (abs ? 0 : by);
  return n < 1 || n > MAX_COL ? null : abs + columnName(n - 1);
}

function movedRow(abs: string, digits: string, by: number): string | null {
  const n = Number(digits) + (abs ? 0 : by);
  return n < 1 || n > MAX_ROW ? null : abs + String(n);
}

/** The end of a literal that starts at `at` with `quote` (a doubled quote stands for one). */
function literalEnd(formula: string, at: number, quote: string): number {
  let i = at + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return formula.length;
}

/** The end of a bracketed part (a structured reference, an external book's index), nested brackets included. */
function bracketEnd(formula: string, at: number): number {
  let depth = 0;
  for (let i = at; i < formula.length; i++) {
    if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

/** A reference matched at `at` by `re`, when it is a whole token (not the start of a name, a call or a sheet). */
function tokenAt(re: RegExp, formula: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(formula);
  if (!m) return null;
  const next = formula[at + m[0].length];
  return isNameChar(next) || next === "(" || next === "!" ? null : m;
}

/** The formula as the cell `rows` down and `cols` right of the one it was written for reads it. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = literalEnd(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "[") {
      const end = bracketEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const columns = tokenAt(COLUMNS, formula, i);
    if (columns) {
      const a = movedCol(columns[1], columns[2], cols);
      const b = movedCol(columns[3], columns[4], cols);
      out += a && b ? `${a}:${b}` : "#REF!";
      i += columns[0].length;
      continue;
    }
    const cell = tokenAt(CELL, formula, i);
    if (cell && colNumber(cell[2]) <= MAX_COL) {
      const c = movedCol(cell[1], cell[2], cols);
      const r = movedRow(cell[3], cell[4], rows);
      out += c && r ? c + r : "#REF!";
      i += cell[0].length;
      continue;
    }
    const rowRange = tokenAt(ROWS, formula, i);
    if (rowRange) {
      const a = movedRow(rowRange[1], rowRange[2], rows);
      const b = movedRow(rowRange[3], rowRange[4], rows);
      out += a && b ? `${a}:${b}` : "#REF!";
      i += rowRange[0].length;
      continue;
    }
    // Not a reference: a name, a function, a number or an error literal (#REF!) is copied whole.
    let end = i + 1;
    if (isNameChar(ch) || ch === "#")
      while (end < formula.length && isNameChar(formula[end])) end++;
    out += formula.slice(i, end);
    i = end;
  }
  return out;
}
