/**
 * A test oracle, not product code: ExcelJS's own reading of an .xlsx turned into engine Grids. It is an
 * independent reading (another parser, written by other people) used only to cross-check the package reader
 * (src/workbook/xlsx/package/read-sheet.ts) in tests/xlsx/package/read-grids.test.ts. It holds what the
 * retired ExcelJS adapter read (its to-grid.ts and the reading half of looks.ts), reduced to what a grid
 * needs, and makes the same choices where the file leaves them open (a merged area's followers are empty,
 * "General" is no format, a row is listed when ExcelJS lists it).
 */

import ExcelJS, { type Cell, type Comment, type Fill, type Worksheet } from "exceljs";
import type { Area, CellValue, Grid } from "../../src/engine/grid";
import { parseA1 } from "../../src/engine/grid";

/** The oracle's record of a look the plain colour and text do not say (a rich note, a fill not one plain colour). */
export const ORACLE_LOOK = "exceljs:";

function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v && typeof v.error === "string") return { error: v.error };
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : toCellValue(result);
    }
    if ("text" in v && typeof v.text === "string") return v.text;
  }
  return null;
}

function formulaOf(v: ExcelJS.CellValue): string | undefined {
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
  return p && q ? { top: p.row, left: p.col, bottom: q.row, right: q.col } : null;
}

/** "#RRGGBB" (or "#AARRGGBB") of a solid fill with one ARGB colour; `exact` when that colour is all it says. */
function fillColour(fill: Fill | undefined): { colour?: string; exact: boolean } {
  if (!fill || (fill.type === "pattern" && fill.pattern === "none")) return { exact: true };
  if (fill.type !== "pattern" || fill.pattern !== "solid") return { exact: false };
  const argb = fill.fgColor?.argb;
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{8}$/.test(argb)) return { exact: false };
  const hex = argb.toUpperCase();
  const colour = hex.startsWith("FF") ? `#${hex.slice(2)}` : `#${hex}`;
  const plain = { type: "pattern", pattern: "solid", fgColor: { argb: hex } };
  return { colour, exact: JSON.stringify(fill) === JSON.stringify(plain) };
}

function noteText(note: string | Comment | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** A cell's fill and note; `raw` where the plain colour or text loses something, as the retired adapter kept it. */
function readLook(cell: Cell): { fill?: string; note?: string; raw?: string } {
  const fill = cell.style?.fill;
  const note = cell.note as string | Comment | undefined;
  const { colour, exact } = fillColour(fill);
  const text = noteText(note);
  const raw = {
    ...(exact ? {} : { fill }),
    ...(note !== undefined && typeof note !== "string" ? { note } : {}),
  };
  return {
    ...(colour ? { fill: colour } : {}),
    ...(text !== undefined ? { note: text } : {}),
    ...(Object.keys(raw).length ? { raw: ORACLE_LOOK + JSON.stringify(raw) } : {}),
  };
}

function worksheetToGrid(ws: Worksheet): Grid {
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
      if (cell.isMerged && cell.master !== cell) return;
      const c = colNumber - 1;
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
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const merges = (ws.model.merges ?? [])
    .map((m) => parseArea(String(m)))
    .filter((a): a is Area => a !== null);
  const hiddenCols: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
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
  };
}

/**
 * Fills, notes and row heights of every cell and row ExcelJS has, empty cells included (a flagged cell may be
 * empty), without creating any: findRow / findCell only look.
 */
function readLooks(ws: Worksheet): Pick<Grid, "fills" | "notes" | "looks" | "rowHeights"> {
  const fills: (string | undefined)[][] = [];
  const notes: (string | undefined)[][] = [];
  const looks: (string | undefined)[][] = [];
  const rowHeights: (number | undefined)[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (typeof row.height === "number") rowHeights[r - 1] = row.height;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell || (cell.isMerged && cell.master !== cell)) continue;
      const look = readLook(cell);
      if (look.fill !== undefined) (fills[r - 1] ??= [])[c - 1] = look.fill;
      if (look.note !== undefined) (notes[r - 1] ??= [])[c - 1] = look.note;
      if (look.raw !== undefined) (looks[r - 1] ??= [])[c - 1] = look.raw;
    }
  }
  return { fills, notes, looks, rowHeights };
}

/** Column widths the sheet sets, from its column definitions (none are created). */
function readWidths(ws: Worksheet): (number | undefined)[] {
  const widths: (number | undefined)[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (typeof col.width === "number") widths[i] = col.width;
  });
  return widths;
}

/** Every sheet of the workbook as ExcelJS reads it, in its order. */
export async function exceljsGrids(data: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets.map(worksheetToGrid);
}
