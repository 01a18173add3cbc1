/**
 * Shared formulas (<f t="shared" ref si>): the master cell holds the formula, its followers only the group's
 * id and take the master's formula moved by their offset. A run that writes over a master first gives each
 * follower it leaves alone its own formula, moved as a spreadsheet moves a copied formula.
 */

import { a1, parseA1 } from "../../../engine/grid";
import { unescapeXml } from "../package-xml";
import { attrOf } from "./styles-part";

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

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function colLetters(n: number): string {
  return a1(0, n - 1).replace(/\d+$/, "");
}

/** A reference's row or column moved by `by` unless it is absolute ("$"); null when it leaves the sheet. */
function move(n: number, absolute: boolean, by: number, max: number): number | null {
  const moved = absolute ? n : n + by;
  return moved < 1 || moved > max ? null : moved;
}

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.!(])/y;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.!(])/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w.!(])/y;
const NAME = /[A-Za-z_\\][\w.\\?]*/y;
const NUMBER = /\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?/y;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** The end (exclusive) of a quoted run starting at i, where a doubled quote stands for one. */
function quoted(text: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** A formula (without "=") as it reads `rows` rows down and `cols` columns right of where it was written. */
export function moveFormula(formula: string, rows: number, cols: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quoted(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "[") {
      // a table's structured reference or an external book's index: kept as written
      let depth = 0;
      let j = i;
      do {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]") depth--;
        j++;
      } while (depth > 0 && j < formula.length);
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const prev = formula[i - 1] ?? "";
    if (!/[\w.$\\]/.test(prev)) {
      const cell = at(CELL, formula, i);
      if (cell) {
        const col = move(colNumber(cell[2]), cell[1] === "$", cols, MAX_COL);
        const row = move(Number(cell[4]), cell[3] === "$", rows, MAX_ROW);
        out +=
          col === null || row === null ? "#REF!" : `${cell[1]}${colLetters(col)}${cell[3]}${row}`;
        i += cell[0].length;
        continue;
      }
      const span = at(COLS, formula, i);
      if (span) {
        const a = move(colNumber(span[2]), span[1] === "$", cols, MAX_COL);
        const b = move(colNumber(span[4]), span[3] === "$", cols, MAX_COL);
        out +=
          a === null || b === null
            ? "#REF!"
            : `${span[1]}${colLetters(a)}:${span[3]}${colLetters(b)}`;
        i += span[0].length;
        continue;
      }
      const rowSpan = at(ROWS, formula, i);
      if (rowSpan) {
        const a = move(Number(rowSpan[2]), rowSpan[1] === "$", rows, MAX_ROW);
        const b = move(Number(rowSpan[4]), rowSpan[3] === "$", rows, MAX_ROW);
        out += a === null || b === null ? "#REF!" : `${rowSpan[1]}${a}:${rowSpan[3]}${b}`;
        i += rowSpan[0].length;
        continue;
      }
      const token = at(NAME, formula, i) ?? at(NUMBER, formula, i);
      if (token) {
        out += token[0];
        i += token[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
