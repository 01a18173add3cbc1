/**
 * An .xlsx package's sheets as the engine's grids, read from the parts' XML in one forward scan of each
 * sheet (no DOM, no per-cell objects beyond the grid's own). What a grid holds is what the retired ExcelJS
 * adapter read from the same file, including where ExcelJS decides something the file leaves open (a cell
 * without a style has no number format; a row counts when it holds a value or a merged area); where ExcelJS
 * reads the file wrongly this reads what the spreadsheet shows. tests/xlsx/package/read-grids.test.ts checks
 * it against ExcelJS's reading (tests/support/exceljs-grids.ts) and lists each such case.
 */

import { type Area, type CellValue, type Grid, columnName } from "../../../engine/grid";
import { type NoteXml, notesOf } from "../package-xml";
import { type Parts, partText } from "../zip-parts";
import { type PackageLook, lookRaw } from "./cell-look";
import { isDateFormat, serialToIso } from "./dates";
import { unprefixed } from "./namespaces";
import { relationsOf } from "./relations";
import { shiftFormula } from "./shared-formulas";
import { decodeText, endsName, itemText, sharedStrings, xstringText } from "./shared-strings";
import { StyleSheet, fillColour, isPlainFill } from "./styles-part";
import { WORKBOOK, sheetParts, stylesPart, workbookPartPath } from "./workbook-sheets";

/**
 * What in a package cannot be read as a spreadsheet would read it: the workbook is refused, never read in
 * part (a sheet cut short would score as a shorter table; a text that is not there as an empty cell).
 */
export class UnreadablePartError extends Error {
  constructor(
    readonly why: "sheetBroken" | "stringMissing" | "stylesBroken",
    readonly sheet?: string,
    readonly cell?: string,
    readonly index?: string,
    readonly count?: number
  ) {
    super(`${why}${sheet ? ` in ${sheet}` : ""}${cell ? ` at ${cell}` : ""}`);
    this.name = "UnreadablePartError";
  }
}

/** Whether a part's XML ends its root element `name` (a part cut short or not XML does not). */
function isWhole(xml: string, name: string): boolean {
  const end = xml.trimEnd();
  return (
    end.endsWith(`</${name}>`) ||
    (end.endsWith(">") && new RegExp(`</[\\w.-]+:${name}>$`).test(end))
  );
}

export interface SheetContext {
  strings: string[];
  styles: StyleSheet;
  date1904: boolean;
  notes: NoteXml[];
}

/** What the grid needs of one cell style, worked out once per style and workbook. */
interface StyleFacts {
  numFmt?: string;
  date: boolean;
  fill?: string;
  /** The fill's colour, where it has one RGB colour. */
  colour?: string;
  /** Whether the colour alone gives the fill back (else the look keeps the fill's XML). */
  plain: boolean;
}

const NO_STYLE: StyleFacts = { date: false, plain: true };
const factsOf = new WeakMap<StyleSheet, Map<number, StyleFacts>>();

/**
 * The facts of cell style `s`. Style 0 (and a cell without s) is read as no style, as ExcelJS did: a grid
 * never gave a format or a fill to such a cell, and the engine's fingerprints of cells rely on that.
 */
function styleFacts(styles: StyleSheet, s: number): StyleFacts {
  if (!(s > 0)) return NO_STYLE;
  let byIndex = factsOf.get(styles);
  if (!byIndex) factsOf.set(styles, (byIndex = new Map()));
  let facts = byIndex.get(s);
  if (!facts) {
    const numFmt = styles.numFmt(s);
    const fill = styles.fill(s);
    facts = {
      numFmt,
      date: isDateFormat(numFmt),
      fill,
      colour: fillColour(fill),
      plain: fill === undefined || isPlainFill(fill),
    };
    byIndex.set(s, facts);
  }
  return facts;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * A start tag's attributes, read by hand (this runs for every row and cell): where each name and value
 * stands, a value cut out only when asked for. One reader is reused: what a caller needs of a tag is taken
 * before the next tag is read.
 */
class TagReader {
  private xml = "";
  private count = 0;
  private readonly at = new Int32Array(4 * 64);
  /** Index just after the tag's ">". */
  end = 0;
  selfClosing = false;

  /** Read the tag whose name ends at `at`; false when it is not well formed. */
  read(xml: string, from: number): boolean {
    this.xml = xml;
    this.count = 0;
    let i = from;
    for (;;) {
      let c = xml.charCodeAt(i);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c === 62 /* > */) {
        this.selfClosing = false;
        this.end = i + 1;
        return true;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(i + 1) !== 62) return false;
        this.selfClosing = true;
        this.end = i + 2;
        return true;
      }
      const eq = xml.indexOf("=", i);
      if (eq < 0) return false;
      let nameEnd = eq;
      while (isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      let q = eq + 1;
      while (isSpace(xml.charCodeAt(q))) q++;
      const quote = xml.charCodeAt(q);
      if (quote !== 34 && quote !== 39) return false;
      const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0) return false;
      if (this.count < 64) {
        const k = 4 * this.count++;
        this.at[k] = i;
        this.at[k + 1] = nameEnd;
        this.at[k + 2] = q + 1;
        this.at[k + 3] = close;
      }
      i = close + 1;
    }
  }

  private find(name: string): number {
    for (let k = 0; k < 4 * this.count; k += 4)
      if (this.at[k + 1] - this.at[k] === name.length && this.xml.startsWith(name, this.at[k]))
        return k;
    return -1;
  }

  get(name: string): string | undefined {
    const k = this.find(name);
    if (k < 0) return undefined;
    const raw = this.xml.slice(this.at[k + 2], this.at[k + 3]);
    return raw.indexOf("&") < 0 ? raw : decodeText(raw);
  }

  has(name: string): boolean {
    return this.find(name) >= 0;
  }

  /** An attribute as a whole non-negative number, read in place; NaN when absent or not digits. */
  int(name: string): number {
    const k = this.find(name);
    if (k < 0 || this.at[k + 2] === this.at[k + 3]) return NaN;
    let n = 0;
    for (let i = this.at[k + 2]; i < this.at[k + 3]; i++) {
      const d = this.xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      n = n * 10 + d;
    }
    return n;
  }

  /**
   * The 0-based column of a cell reference attribute ("AB12" → 27), read in place; -1 when it is not one,
   * NO_ATTRIBUTE when the tag has none.
   */
  column(name: string): number {
    const k = this.find(name);
    if (k < 0) return NO_ATTRIBUTE;
    let n = 0;
    let i = this.at[k + 2];
    if (this.xml.charCodeAt(i) === 36 /* $ */) i++;
    const start = i;
    for (; i < this.at[k + 3]; i++) {
      const c = this.xml.charCodeAt(i) & ~32; // upper case
      if (c < 65 || c > 90) break;
      n = n * 26 + (c - 64);
    }
    return i === start || i - start > 3 ? -1 : n - 1;
  }
}

const NO_ATTRIBUTE = -2;
const tag = new TagReader();

/**
 * The next start tag `<name` from `from`, or -1 when there is none before `to`. The search itself may run on
 * past `to`: where the tag may well be missing, findWithin looks no further than `to`.
 */
function findTag(xml: string, name: string, from: number, to: number): number {
  const open = "<" + name;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    if (endsName(xml, at + open.length)) return at;
    at = xml.indexOf(open, at + 1);
  }
  return -1;
}

/**
 * The text of element `name` whose start tag is at `at` (its content up to `</name>`; "" when it is empty),
 * or null; `tag` holds its attributes until the next read.
 */
function elementText(xml: string, name: string, at: number, to: number): string | null {
  if (!tag.read(xml, at + name.length + 1)) return null;
  if (tag.selfClosing) return "";
  const close = xml.indexOf(`</${name}>`, tag.end);
  return close < 0 || close > to ? null : xml.slice(tag.end, close);
}

/** The next start tag `<name` between `from` and `to`, stepping from tag to tag; -1 when there is none. */
function findWithin(xml: string, name: string, from: number, to: number): number {
  for (let at = xml.indexOf("<", from); at >= 0 && at < to; at = xml.indexOf("<", at + 1))
    if (xml.startsWith(name, at + 1) && endsName(xml, at + 1 + name.length)) return at;
  return -1;
}

const parseBoolean = (v: string | undefined) => v === "1" || v === "true";

/** 0-based column of a reference's letters ("AB12" → 27), or -1. */
function refColumn(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i === 0 || i > 3 ? -1 : n - 1;
}

function refRow(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  const n = Number(ref.slice(i).replace(/\$/g, ""));
  return Number.isInteger(n) && n > 0 ? n - 1 : -1;
}

function parseArea(ref: string): Area | null {
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  const top = refRow(a);
  const left = refColumn(a);
  const bottom = refRow(b);
  const right = refColumn(b);
  if (top < 0 || left < 0 || bottom < 0 || right < 0) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** A number as the grid holds it: a number that is not finite reads as the error Excel shows for it. */
function numberValue(text: string, facts: StyleFacts, date1904: boolean): CellValue {
  const n = parseFloat(text);
  if (!Number.isFinite(n)) return { error: "#NUM!" };
  if (facts.date) return serialToIso(n, date1904) ?? n;
  return n;
}

/** The value a cell's <v> holds, by its type (t). */
function typedValue(
  t: string | undefined,
  v: string,
  facts: StyleFacts,
  ctx: SheetContext
): CellValue {
  switch (t) {
    case "s":
      return ctx.strings[Number(v)] ?? null;
    case "str":
    case "inlineStr":
      return xstringText(v);
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return { error: decodeText(v) };
    case "d": {
      // ISO 8601 date (and time), written by some producers: the day it names
      const day = /^\d{4}-\d{2}-\d{2}/.exec(v.trim())?.[0];
      return day ?? xstringText(v);
    }
    default:
      return numberValue(v, facts, ctx.date1904);
  }
}

interface ColumnDef {
  min: number;
  max: number;
  width?: number;
  hidden: boolean;
  style: number;
}

/** The sheet's <col> definitions (before <sheetData>), 0-based, sorted by their first column. */
function readColumns(xml: string, to: number): ColumnDef[] {
  const out: ColumnDef[] = [];
  for (let at = findTag(xml, "col", 0, to); at >= 0; at = findTag(xml, "col", at + 4, to)) {
    if (!tag.read(xml, at + 4)) continue;
    const min = parseInt(tag.get("min") ?? "", 10);
    const max = parseInt(tag.get("max") ?? "", 10);
    if (!(min >= 1) || !(max >= min)) continue;
    const width = parseFloat(tag.get("width") ?? "");
    out.push({
      min: min - 1,
      max: Math.min(max, 16384) - 1,
      width: Number.isFinite(width) ? width : undefined,
      hidden: parseBoolean(tag.get("hidden")),
      style: parseInt(tag.get("style") ?? "", 10),
    });
  }
  return out.sort((a, b) => a.min - b.min);
}

function readMerges(xml: string, from: number): Area[] {
  const merges: Area[] = [];
  const start = findTag(xml, "mergeCells", from, xml.length);
  if (start < 0) return merges;
  const end = xml.indexOf("</mergeCells>", start);
  const to = end < 0 ? xml.length : end;
  for (
    let at = findTag(xml, "mergeCell", start, to);
    at >= 0;
    at = findTag(xml, "mergeCell", at + 10, to)
  ) {
    const ref = tag.read(xml, at + 10) ? tag.get("ref") : undefined;
    const area = ref ? parseArea(ref) : null;
    if (area) merges.push(area);
  }
  return merges;
}

/** Rows → the merged areas that cross them, to tell a merged area's other cells from its first. */
function mergeIndex(merges: Area[]): Map<number, Area[]> {
  const byRow = new Map<number, Area[]>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  return byRow;
}

/** A shared formula's first cell: its formula and where it stands. */
interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

function setAt<T>(grid: (T | undefined)[][], row: number, col: number, value: T): void {
  (grid[row] ??= [])[col] = value;
}

export function readSheet(name: string, sheetXml: string, ctx: SheetContext): Grid {
  if (!isWhole(sheetXml, "worksheet")) throw new UnreadablePartError("sheetBroken", name);
  const xml = unprefixed(sheetXml);
  const dataAt = findTag(xml, "sheetData", 0, xml.length);
  const dataRead = dataAt >= 0 && tag.read(xml, dataAt + 10);
  const dataOpen = dataRead ? tag.end : xml.length;
  const dataCloseAt = dataRead && !tag.selfClosing ? xml.indexOf("</sheetData>", dataOpen) : -1;
  const dataEnd = dataCloseAt < 0 ? dataOpen : dataCloseAt;

  const columns = readColumns(xml, dataAt < 0 ? xml.length : dataAt);
  const merges = readMerges(xml, dataEnd);
  const mergesByRow = mergeIndex(merges);
  const isFollower = (row: number, col: number): boolean => {
    if (merges.length === 0) return false;
    const list = mergesByRow.get(row);
    if (!list) return false;
    for (const m of list)
      if (col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) return true;
    return false;
  };
  const facts: StyleFacts[] = [];
  const factsAt = (s: number): StyleFacts =>
    s > 0 ? (facts[s] ??= styleFacts(ctx.styles, s)) : NO_STYLE;

  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  const fills: (string | undefined)[][] = [];
  const notes: (string | undefined)[][] = [];
  const looks: (string | undefined)[][] = [];
  const rowHeights: (number | undefined)[] = [];
  const hiddenRowSet: boolean[] = [];
  /** Rows with a value or a merged area's cell: the rows a grid lists (and reports hidden). Sparse. */
  const valued: boolean[] = [];
  /** Per row, one past the last column where a cell exists (for the hidden columns' extent). */
  const cellCount: number[] = [];
  const rowStyle: number[] = [];
  /** The style of each cell that has a <c> element (a note or a merged area may need it), by row and column. */
  const cellStyles: number[][] = [];
  const shared = new Map<string, SharedMaster>();
  /** Row and column of each cell whose own style has a fill, in pairs (the cells a look is read for). */
  const filled: number[] = [];

  const extend = (row: number, count: number) => {
    if (!(cellCount[row] >= count)) cellCount[row] = count;
  };

  let prevRow = -1;
  for (let at = findTag(xml, "row", dataOpen, dataEnd); at >= 0;) {
    if (!tag.read(xml, at + 4)) break;
    const r = parseInt(tag.get("r") ?? "", 10);
    const row = r >= 1 ? r - 1 : prevRow + 1;
    prevRow = row;
    const ht = parseFloat(tag.get("ht") ?? "");
    // ExcelJS took a height of 0 as none: hiddenRows says such a row is not shown.
    if (ht) rowHeights[row] = ht;
    if (parseBoolean(tag.get("hidden"))) hiddenRowSet[row] = true;
    const s = parseInt(tag.get("s") ?? "", 10);
    if (s > 0) rowStyle[row] = s;
    if (tag.selfClosing) {
      at = findTag(xml, "row", tag.end, dataEnd);
      continue;
    }
    const rowClose = xml.indexOf("</row>", tag.end);
    const rowEnd = rowClose < 0 || rowClose > dataEnd ? dataEnd : rowClose;
    let prevCol = -1;
    for (let c = findTag(xml, "c", tag.end, rowEnd); c >= 0;) {
      if (!tag.read(xml, c + 2)) break;
      const ref = tag.column("r");
      const col = ref === NO_ATTRIBUTE ? prevCol + 1 : ref;
      const style = tag.int("s");
      const type = tag.get("t");
      let contentEnd = tag.end;
      let next = tag.end;
      if (!tag.selfClosing) {
        const close = xml.indexOf("</c>", tag.end);
        contentEnd = close < 0 || close > rowEnd ? rowEnd : close;
        next = contentEnd + 4;
      }
      if (col >= 0) readCell(row, col, style, type, tag.end, contentEnd);
      prevCol = col;
      c = findTag(xml, "c", next, rowEnd);
    }
    at = findTag(xml, "row", rowEnd, dataEnd);
  }

  function readCell(
    row: number,
    col: number,
    s: number,
    t: string | undefined,
    from: number,
    to: number
  ): void {
    let value: CellValue | undefined;
    let formula: string | undefined;
    let isFormula = false;
    const style = factsAt(s);
    if (from < to) {
      // the children come in the schema's order: <f>, <v>, <is>
      let at = xml.indexOf("<", from);
      let v: string | null = null;
      if (at >= 0 && at < to && xml.charCodeAt(at + 1) === 102 /* f */ && endsName(xml, at + 2)) {
        const f = elementText(xml, "f", at, to);
        at = xml.indexOf("<", tag.end);
        const kind = tag.get("t");
        const text = f ? decodeText(f) : "";
        isFormula = text !== "" || kind !== undefined;
        if (kind === "shared") {
          const si = tag.get("si") ?? "";
          if (tag.has("ref") && text) {
            shared.set(si, { formula: text, row, col });
            formula = text;
          } else {
            const master = shared.get(si);
            if (master) formula = shiftFormula(master.formula, row - master.row, col - master.col);
          }
        } else if (text) formula = text;
        if (f && at >= 0 && at < to && xml.startsWith("</f>", at)) at = xml.indexOf("<", at + 4);
      }
      if (at >= 0 && at < to && xml.charCodeAt(at + 1) === 118 /* v */) {
        if (xml.charCodeAt(at + 2) === 62 /* <v> */) {
          const close = xml.indexOf("</v>", at + 3);
          if (close >= 0 && close <= to) v = xml.slice(at + 3, close);
        } else if (endsName(xml, at + 2)) v = elementText(xml, "v", at, to);
      }
      if (t === "inlineStr" && !isFormula) {
        const isAt = findWithin(xml, "is", from, to);
        const close = isAt >= 0 ? xml.indexOf("</is>", isAt) : -1;
        const text =
          close >= 0 && close < to ? itemText(xml, isAt, close) : v !== null ? xstringText(v) : "";
        // an empty string item is no value, as a spreadsheet reads it
        if (text !== "") value = text;
      } else if (v) {
        value = typedValue(t, v, style, ctx);
        if (t === "s" && ctx.strings[Number(v)] === undefined)
          throw new UnreadablePartError(
            "stringMissing",
            name,
            columnName(col) + (row + 1),
            v,
            ctx.strings.length
          );
      }
      if (isFormula && value === undefined) value = null;
    }
    if (value === undefined && !(s > 0)) return; // nothing here: not a cell a grid knows
    extend(row, col + 1);
    (cellStyles[row] ??= [])[col] = s;
    if (style.fill !== undefined) filled.push(row, col);
    if (value !== undefined) valued[row] = true;
    if (isFollower(row, col)) return;
    if (value !== undefined) {
      (values[row] ??= [])[col] = value;
      if (style.numFmt !== undefined) setAt(formats, row, col, style.numFmt);
      if (formula !== undefined) setAt(formulas, row, col, formula);
    }
  }

  // Merged areas: every cell of one exists, and a row holding any of its other cells counts as a row.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      extend(r, m.right + 1);
      if (m.right > m.left || r > m.top) valued[r] = true;
    }
  }

  /** The style a cell without a <c> element takes: its row's, else its column's. */
  const columnStyle = (col: number): number =>
    columns.find((d) => col >= d.min && col <= d.max)?.style ?? 0;
  const hasCell = (row: number, col: number) => cellStyles[row]?.[col] !== undefined;
  const looksOf = (row: number, col: number): StyleFacts => {
    if (hasCell(row, col)) return factsAt(cellStyles[row][col]);
    const fromRow = factsAt(rowStyle[row] ?? 0);
    return fromRow.fill !== undefined ? fromRow : factsAt(columnStyle(col));
  };

  const noteAt = new Map<string, NoteXml>();
  for (const note of ctx.notes) {
    const row = refRow(note.ref);
    const col = refColumn(note.ref);
    if (row < 0 || col < 0) continue;
    extend(row, col + 1);
    noteAt.set(`${row},${col}`, note); // the last note of a cell is the one a spreadsheet shows
  }

  const lookCell = (row: number, col: number, note: NoteXml | undefined) => {
    if (isFollower(row, col)) return;
    const { fill, colour, plain } = looksOf(row, col);
    if (colour !== undefined) setAt(fills, row, col, colour);
    if (note) setAt(notes, row, col, xstringText(note.plain));
    if ((fill === undefined || plain) && !note) return;
    // a raw look is whole: the fill beside the note, so that one record gives the cell back
    const look: PackageLook = {};
    if (fill !== undefined) look.fill = fill;
    if (note) look.note = { text: note.text, author: note.author };
    setAt(looks, row, col, lookRaw(look));
  };
  for (let k = 0; k < filled.length; k += 2)
    if (!noteAt.has(`${filled[k]},${filled[k + 1]}`)) lookCell(filled[k], filled[k + 1], undefined);
  for (const [key, note] of noteAt) {
    const [row, col] = key.split(",").map(Number);
    lookCell(row, col, note);
  }
  for (const m of merges)
    if (!hasCell(m.top, m.left) && !noteAt.has(`${m.top},${m.left}`))
      lookCell(m.top, m.left, undefined);

  const hiddenRows: number[] = [];
  let columnCount = 0;
  valued.forEach((_, r) => {
    if (!values[r]) values[r] = [];
    if (hiddenRowSet[r]) hiddenRows.push(r);
    if (cellCount[r] > columnCount) columnCount = cellCount[r];
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const hiddenCols: number[] = [];
  const colWidths: (number | undefined)[] = [];
  let covered = 0; // ExcelJS let the first definition of a column stand when definitions overlap
  for (const d of columns) {
    for (let c = Math.max(d.min, covered); c <= d.max; c++) {
      if (d.width !== undefined) colWidths[c] = d.width;
      if (d.hidden && c < columnCount) hiddenCols.push(c);
    }
    covered = Math.max(covered, d.max + 1);
  }
  return {
    sheet: name,
    values,
    formats,
    formulas,
    merges,
    hiddenRows,
    hiddenCols,
    fills,
    notes,
    looks,
    colWidths,
    rowHeights,
  };
}

/** A workbook-level part's text by its relationship type, else the name Excel gives it. */
function workbookPart(parts: Parts, type: string, fallback: string): string | null {
  return partText(parts, workbookPartPath(parts, type, fallback));
}

/** The notes of a sheet's comments part (none when it has none). */
function notesOfSheet(parts: Parts, sheetPath: string): NoteXml[] {
  const rel = relationsOf(parts, sheetPath).find(
    (r) => r.type.endsWith("/comments") && !r.external
  );
  const xml = rel ? partText(parts, rel.target) : null;
  return xml ? notesOf(unprefixed(xml)) : [];
}

/**
 * Every sheet of the package as a grid, in workbook order, own sheets included. A sheet whose part is
 * missing is left out (the port reports it).
 */
export function readGrids(
  parts: Parts,
  onProgress?: (done: number, total: number) => void
): Grid[] {
  const workbook = unprefixed(partText(parts, WORKBOOK) ?? "");
  const props = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? "";
  const date1904 = parseBoolean(/\bdate1904\s*=\s*["']([^"']*)["']/.exec(props)?.[1]);
  const strings = sharedStrings(workbookPart(parts, "sharedStrings", "xl/sharedStrings.xml"));
  const stylesXml = stylesPart(parts).xml;
  if (stylesXml !== null && !isWhole(stylesXml, "styleSheet"))
    throw new UnreadablePartError("stylesBroken");
  const styles = StyleSheet.read(stylesXml);
  const sheets = [...sheetParts(parts)];
  const grids: Grid[] = [];
  sheets.forEach(([name, path], i) => {
    const xml = partText(parts, path);
    if (xml !== null) {
      const notes = notesOfSheet(parts, path);
      grids.push(readSheet(name, xml, { strings, styles, date1904, notes }));
    }
    onProgress?.(i + 1, sheets.length);
  });
  return grids;
}
