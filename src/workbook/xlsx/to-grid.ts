/** ExcelJS worksheet → engine Grid. Only translation: no scoring here. */

import type { Worksheet, CellValue as XlsxValue } from "exceljs";
import type { Area, CellValue, Grid } from "../../engine/grid";
import { parseA1 } from "../../engine/grid";
import { readLook } from "./looks";

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Flatten ExcelJS's value shapes (formula results, rich text, hyperlinks, errors, dates) to engine values. */
export function toCellValue(v: XlsxValue): CellValue {
  if (v === null || v === undefined) return null;
  // A number that is not finite (1e999 or junk in a numeric cell) is read as the error Excel shows for it.
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "object") {
    if ("error" in v && typeof v.error === "string") return { error: v.error };
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: XlsxValue }).result;
      return result === undefined ? null : toCellValue(result);
    }
    if ("text" in v && typeof v.text === "string") return v.text;
  }
  return null;
}

function formulaOf(v: XlsxValue): string | undefined {
  if (v && typeof v === "object" && !(v instanceof Date)) {
    if ("formula" in v && typeof v.formula === "string") return v.formula;
    if ("sharedFormula" in v && typeof v.sharedFormula === "string") return v.sharedFormula;
  }
  return undefined;
}

function parseArea(range: string): Area | null {
  const [a, b] = range.split(":");
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (!p || !q) return null;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** ExcelJS's own record of a sheet's merges (master address → range), not part of its typings. */
interface MergeHolder {
  _merges?: Record<string, { range: string }>;
}

/**
 * The sheet's merged ranges ("A1:B2"), in the order of `ws.model.merges`, which gives the same list but builds
 * the model of every row of the sheet to do so.
 */
function mergedRanges(ws: Worksheet): string[] {
  const merges = (ws as unknown as MergeHolder)._merges;
  return merges ? Object.values(merges).map((m) => m.range) : (ws.model.merges ?? []);
}

export function worksheetToGrid(ws: Worksheet): Grid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vals: CellValue[] = [];
    const fmts: (string | undefined)[] = [];
    const fmls: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // A merged cell's followers report the master's value: keep only the master's.
      if (cell.isMerged && cell.master !== cell) return;
      vals[c] = toCellValue(cell.value);
      if (cell.numFmt && cell.numFmt !== "General") fmts[c] = cell.numFmt;
      const f = formulaOf(cell.value);
      if (f) fmls[c] = f;
    });
    values[r] = vals;
    if (fmts.length) formats[r] = fmts;
    if (fmls.length) formulas[r] = fmls;
    if (row.hidden) hiddenRows.push(r);
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const merges = mergedRanges(ws)
    .map((m) => parseArea(String(m)))
    .filter((a): a is Area => a !== null);
  const hiddenCols: number[] = [];
  const columnCount = ws.columnCount; // worked out from every row: once, not per column
  for (let c = 1; c <= columnCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  return {
    sheet: ws.name,
    values,
    formats,
    formulas,
    merges,
    hiddenRows,
    hiddenCols,
    ...readLooks(ws),
    colWidths: readWidths(ws),
    rowHeights: readHeights(ws),
  };
}

/**
 * Fills and notes of every cell that exists, empty ones included (a flagged cell may be empty), without
 * creating rows or cells: findRow / findCell only look.
 */
function readLooks(ws: Worksheet): Pick<Grid, "fills" | "notes" | "looks"> {
  const fills: (string | undefined)[][] = [];
  const notes: (string | undefined)[][] = [];
  const looks: (string | undefined)[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell || (cell.isMerged && cell.master !== cell)) continue;
      const look = readLook(cell);
      if (look.fill !== undefined) (fills[r - 1] ??= [])[c - 1] = look.fill;
      if (look.note !== undefined) (notes[r - 1] ??= [])[c - 1] = look.note;
      if (look.raw !== undefined) (looks[r - 1] ??= [])[c - 1] = look.raw;
    }
  }
  return { fills, notes, looks };
}

/** Row heights the sheet sets (rows are looked up, not created). */
function readHeights(ws: Worksheet): (number | undefined)[] {
  const heights: (number | undefined)[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const h = ws.findRow(r)?.height;
    if (typeof h === "number") heights[r - 1] = h;
  }
  return heights;
}

/** Column widths the sheet sets, from its column definitions (none are created). */
function readWidths(ws: Worksheet): (number | undefined)[] {
  const widths: (number | undefined)[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (typeof col.width === "number") widths[i] = col.width;
  });
  return widths;
}
