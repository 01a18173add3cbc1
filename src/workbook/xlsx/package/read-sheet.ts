/**
 * An .xlsx package's sheets as the engine's grids, read from the parts' XML in one forward scan of each
 * sheet (no DOM, no per-cell objects beyond the grid's own). What a grid holds is what to-grid.ts gave from
 * ExcelJS's model of the same file, including where ExcelJS decides something the file leaves open (a cell
 * without a style has no number format; a row counts when it holds a value or a merged area); where ExcelJS
 * reads the file wrongly this reads what the spreadsheet shows (tests/xlsx/package/read-grids.test.ts lists
 * each such case).
 */

import type { Area, CellValue, Grid } from "../../../engine/grid";
import {
  type NoteXml,
  commentParts,
  notesOf,
  relationships,
  resolve,
  sheetParts,
} from "../package-xml";
import { type Parts, partText } from "../zip-parts";
import { lookRaw } from "./cell-look";
import { isDateFormat, serialToIso } from "./dates";
import { unprefixed } from "./namespaces";
import { shiftFormula } from "./shared-formulas";
import { decodeText, endsName, itemText, sharedStrings, xstringText } from "./shared-strings";
import { StyleSheet, fillColour, isPlainFill } from "./styles-part";

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

/** The attributes of the start tag whose name ends at `at`, and where the tag ends. */
interface Tag {
  attrs: Map<string, string>;
  /** Index just after the tag's ">". */
  end: number;
  selfClosing: boolean;
}

const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;

function readTag(xml: string, at: number): Tag | null {
  const attrs = new Map<string, string>();
  ATTR.lastIndex = at;
  let pos = at;
  for (let m = ATTR.exec(xml); m; m = ATTR.exec(xml)) {
    const raw = m[2] ?? m[3];
    attrs.set(m[1], raw.indexOf("&") < 0 ? raw : decodeText(raw));
    pos = ATTR.lastIndex;
  }
  TAG_END.lastIndex = pos;
  const end = TAG_END.exec(xml);
  if (!end) return null;
  return { attrs, end: TAG_END.lastIndex, selfClosing: end[1] === "/" };
}

/** The next start tag `<name` from `from` (before `to`), or -1. */
function findTag(xml: string, name: string, from: number, to: number): number {
  const open = "<" + name;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    if (endsName(xml, at + open.length)) return at;
    at = xml.indexOf(open, at + 1);
  }
  return -1;
}

/** The text of element `name` starting at `at` (its content up to `</name>`), or "" when it is empty. */
function elementText(
  xml: string,
  name: string,
  at: number,
  to: number
): { text: string; attrs: Map<string, string> } | null {
  const tag = readTag(xml, at + name.length + 1);
  if (!tag) return null;
  if (tag.selfClosing) return { text: "", attrs: tag.attrs };
  const close = xml.indexOf(`</${name}>`, tag.end);
  if (close < 0 || close > to) return null;
  return { text: xml.slice(tag.end, close), attrs: tag.attrs };
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
    const tag = readTag(xml, at + 4);
    if (!tag) continue;
    const min = parseInt(tag.attrs.get("min") ?? "", 10);
    const max = parseInt(tag.attrs.get("max") ?? "", 10);
    if (!(min >= 1) || !(max >= min)) continue;
    const width = parseFloat(tag.attrs.get("width") ?? "");
    out.push({
      min: min - 1,
      max: Math.min(max, 16384) - 1,
      width: Number.isFinite(width) ? width : undefined,
      hidden: parseBoolean(tag.attrs.get("hidden")),
      style: parseInt(tag.attrs.get("style") ?? "", 10),
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
    const ref = readTag(xml, at + 10)?.attrs.get("ref");
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
  const xml = unprefixed(sheetXml);
  const dataAt = findTag(xml, "sheetData", 0, xml.length);
  const dataTag = dataAt >= 0 ? readTag(xml, dataAt + 10) : null;
  const dataOpen = dataTag?.end ?? xml.length;
  const dataCloseAt = dataTag && !dataTag.selfClosing ? xml.indexOf("</sheetData>", dataOpen) : -1;
  const dataEnd = dataCloseAt < 0 ? dataOpen : dataCloseAt;

  const columns = readColumns(xml, dataAt < 0 ? xml.length : dataAt);
  const merges = readMerges(xml, dataEnd);
  const mergesByRow = mergeIndex(merges);
  const isFollower = (row: number, col: number): boolean => {
    const list = mergesByRow.get(row);
    if (!list) return false;
    for (const m of list)
      if (col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) return true;
    return false;
  };

  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  const fills: (string | undefined)[][] = [];
  const notes: (string | undefined)[][] = [];
  const looks: (string | undefined)[][] = [];
  const rowHeights: (number | undefined)[] = [];
  const hiddenRowSet = new Set<number>();
  /** Rows with a value or a merged area's cell: the rows a grid lists (and reports hidden). */
  const valued = new Set<number>();
  /** Per row, one past the last column where a cell exists (for the hidden columns' extent). */
  const cellCount = new Map<number, number>();
  /** Per row, the style of each cell that has a <c> element (a note or a merged area may need it). */
  const rowStyle = new Map<number, number>();
  const cellStyles = new Map<number, Map<number, number>>();
  const shared = new Map<string, SharedMaster>();

  const extend = (row: number, count: number) => {
    if ((cellCount.get(row) ?? 0) < count) cellCount.set(row, count);
  };

  let prevRow = -1;
  for (let at = findTag(xml, "row", dataOpen, dataEnd); at >= 0;) {
    const tag = readTag(xml, at + 4);
    if (!tag) break;
    const r = parseInt(tag.attrs.get("r") ?? "", 10);
    const row = r >= 1 ? r - 1 : prevRow + 1;
    prevRow = row;
    const ht = parseFloat(tag.attrs.get("ht") ?? "");
    // ExcelJS took a height of 0 as none: hiddenRows says such a row is not shown.
    if (ht) rowHeights[row] = ht;
    if (parseBoolean(tag.attrs.get("hidden"))) hiddenRowSet.add(row);
    const s = parseInt(tag.attrs.get("s") ?? "", 10);
    if (s > 0) rowStyle.set(row, s);
    if (tag.selfClosing) {
      at = findTag(xml, "row", tag.end, dataEnd);
      continue;
    }
    const rowClose = xml.indexOf("</row>", tag.end);
    const rowEnd = rowClose < 0 || rowClose > dataEnd ? dataEnd : rowClose;
    let prevCol = -1;
    for (let c = findTag(xml, "c", tag.end, rowEnd); c >= 0;) {
      const cellTag = readTag(xml, c + 2);
      if (!cellTag) break;
      let contentEnd = cellTag.end;
      let next = cellTag.end;
      if (!cellTag.selfClosing) {
        const close = xml.indexOf("</c>", cellTag.end);
        contentEnd = close < 0 || close > rowEnd ? rowEnd : close;
        next = contentEnd + 4;
      }
      const ref = cellTag.attrs.get("r");
      const col = ref ? refColumn(ref) : prevCol + 1;
      readCell(row, col, cellTag.attrs, cellTag.end, contentEnd);
      prevCol = col;
      c = findTag(xml, "c", next, rowEnd);
    }
    at = findTag(xml, "row", rowEnd, dataEnd);
  }

  function readCell(
    row: number,
    col: number,
    attrs: Map<string, string>,
    from: number,
    to: number
  ): void {
    if (col < 0) return;
    const s = parseInt(attrs.get("s") ?? "", 10);
    const t = attrs.get("t");
    let value: CellValue | undefined;
    let formula: string | undefined;
    let isFormula = false;
    const facts = styleFacts(ctx.styles, s);
    if (from < to) {
      const fAt = findTag(xml, "f", from, to);
      const vAt = findTag(xml, "v", from, to);
      const v = vAt >= 0 ? elementText(xml, "v", vAt, to)?.text : undefined;
      if (fAt >= 0) {
        const f = elementText(xml, "f", fAt, to);
        const kind = f?.attrs.get("t");
        const text = f?.text ? decodeText(f.text) : "";
        isFormula = text !== "" || kind !== undefined;
        if (kind === "shared") {
          const si = f?.attrs.get("si") ?? "";
          if (f?.attrs.has("ref") && text) {
            shared.set(si, { formula: text, row, col });
            formula = text;
          } else {
            const master = shared.get(si);
            if (master) formula = shiftFormula(master.formula, row - master.row, col - master.col);
          }
        } else if (text) formula = text;
      }
      if (t === "inlineStr" && !isFormula) {
        const isAt = findTag(xml, "is", from, to);
        const close = isAt >= 0 ? xml.indexOf("</is>", isAt) : -1;
        const text =
          close >= 0 && close <= to
            ? itemText(xml, isAt, close)
            : v !== undefined
              ? xstringText(v)
              : "";
        // an empty string item is no value, as a spreadsheet reads it
        if (text !== "") value = text;
      } else if (v) value = typedValue(t, v, facts, ctx);
      if (isFormula && value === undefined) value = null;
    }
    const hasStyle = s > 0;
    if (value === undefined && !hasStyle) return; // nothing here: not a cell a grid knows
    extend(row, col + 1);
    let styles = cellStyles.get(row);
    if (!styles) cellStyles.set(row, (styles = new Map()));
    styles.set(col, s);
    if (value !== undefined) valued.add(row);
    if (isFollower(row, col)) return;
    if (value !== undefined) {
      (values[row] ??= [])[col] = value;
      if (facts.numFmt !== undefined) setAt(formats, row, col, facts.numFmt);
      if (formula !== undefined) setAt(formulas, row, col, formula);
    }
  }

  // Merged areas: every cell of one exists, and a row holding any of its other cells counts as a row.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      extend(r, m.right + 1);
      if (m.right > m.left || r > m.top) valued.add(r);
    }
  }

  /** The style a cell without a <c> element takes: its row's, else its column's. */
  const columnStyle = (col: number): number =>
    columns.find((d) => col >= d.min && col <= d.max)?.style ?? 0;
  const looksOf = (row: number, col: number): StyleFacts | undefined => {
    const own = cellStyles.get(row)?.get(col);
    if (own !== undefined) return styleFacts(ctx.styles, own);
    const fromRow = styleFacts(ctx.styles, rowStyle.get(row) ?? 0);
    return fromRow.fill !== undefined ? fromRow : styleFacts(ctx.styles, columnStyle(col));
  };

  const noteAt = new Map<string, NoteXml>();
  for (const note of ctx.notes) {
    const row = refRow(note.ref);
    const col = refColumn(note.ref);
    if (row < 0 || col < 0) continue;
    extend(row, col + 1);
    noteAt.set(`${row},${col}`, note); // the last note of a cell is the one a spreadsheet shows
  }

  const lookCell = (
    row: number,
    col: number,
    facts: StyleFacts | undefined,
    note: NoteXml | undefined
  ) => {
    if (isFollower(row, col)) return;
    if (facts?.colour !== undefined) setAt(fills, row, col, facts.colour);
    if (note) setAt(notes, row, col, xstringText(note.plain));
    const rawFill = facts?.fill !== undefined && (!facts.plain || note !== undefined);
    if ((facts?.fill !== undefined && !facts.plain) || note)
      setAt(
        looks,
        row,
        col,
        lookRaw({
          ...(rawFill ? { fill: facts?.fill } : {}),
          ...(note ? { note: { text: note.text, author: note.author } } : {}),
        })
      );
  };
  for (const [row, styles] of cellStyles)
    for (const [col] of styles) lookCell(row, col, looksOf(row, col), noteAt.get(`${row},${col}`));
  for (const [key, note] of noteAt) {
    const [row, col] = key.split(",").map(Number);
    if (!cellStyles.get(row)?.has(col)) lookCell(row, col, looksOf(row, col), note);
  }
  for (const m of merges)
    if (!cellStyles.get(m.top)?.has(m.left) && !noteAt.has(`${m.top},${m.left}`))
      lookCell(m.top, m.left, looksOf(m.top, m.left), undefined);

  let last = -1;
  for (const r of valued) if (r > last) last = r;
  for (let r = 0; r <= last; r++) if (!values[r]) values[r] = [];
  const hiddenRows = [...valued].filter((r) => hiddenRowSet.has(r)).sort((a, b) => a - b);
  let columnCount = 0;
  for (const r of valued) columnCount = Math.max(columnCount, cellCount.get(r) ?? 0);
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
    hiddenCols: hiddenCols.sort((a, b) => a - b),
    fills,
    notes,
    looks,
    colWidths,
    rowHeights,
  };
}

const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook-level part by its relationship type, else the name Excel gives it. */
function workbookPart(parts: Parts, type: string, fallback: string): string | null {
  const rels = partText(parts, "xl/_rels/workbook.xml.rels");
  const rel = rels ? relationships(rels).find((r) => r.type === `${OFFICE}/${type}`) : undefined;
  return partText(parts, rel ? resolve("xl/workbook.xml", rel.target) : fallback);
}

/**
 * Every sheet of the package as a grid, in workbook order, own sheets included. A sheet whose part is
 * missing is left out (the port reports it).
 */
export function readGrids(
  parts: Parts,
  onProgress?: (done: number, total: number) => void
): Grid[] {
  const workbook = unprefixed(partText(parts, "xl/workbook.xml") ?? "");
  const props = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? "";
  const date1904 = parseBoolean(/\bdate1904\s*=\s*["']([^"']*)["']/.exec(props)?.[1]);
  const strings = sharedStrings(workbookPart(parts, "sharedStrings", "xl/sharedStrings.xml"));
  const stylesXml = workbookPart(parts, "styles", "xl/styles.xml");
  const styles = StyleSheet.read(stylesXml === null ? null : unprefixed(stylesXml));
  const comments = commentParts(parts);
  const sheets = [...sheetParts(parts)];
  const grids: Grid[] = [];
  sheets.forEach(([name, path], i) => {
    const xml = partText(parts, path);
    if (xml !== null) {
      const comment = comments.get(name);
      const notes = comment ? notesOf(unprefixed(comment.xml)) : [];
      grids.push(readSheet(name, xml, { strings, styles, date1904, notes }));
    }
    onProgress?.(i + 1, sheets.length);
  });
  return grids;
}
