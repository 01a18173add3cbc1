/** A sheet as it is read: what came back filed cell by cell, the sizes measured, and the read's constants. */

import type { Area, CellValue, Grid } from "../../engine/grid";
import { serialToIso } from "../../engine/quantity/dates";
import { formatInfo } from "../../engine/quantity/numberFormat";
import type { XlCellFill, XlContext } from "./api";

/** The first window of every sheet: this many columns, and rows shared out of one request's budget. */
export const WINDOW_COLUMNS = 16;
/** What a window cell is assumed to cost: value, number format, formula and fill (measured: 60–90 bytes). */
export const WINDOW_CELL_BYTES = 80;
/** Merged areas are asked for per this many rows (Excel refuses more than 512 areas in one range). */
export const MERGE_BAND_ROWS = 100;
/** Column widths are read for the first this many columns, and for this many beyond a wider used range. */
export const WIDTH_COLUMNS = 24;
export const WIDTH_SPARE = 8;
/** Row heights are read for the first this many rows (the tables' header rows are near the top). */
export const HEIGHT_ROWS = 200;
/** Notes are read at most this many per request, each costing about this much. */
export const NOTES_PER_SYNC = 4000;
export const NOTE_BYTES = 400;
/** The smallest request the planner goes down to after refusals. */
export const MIN_TARGET = 16 * 1024;
/** Every estimate is taken this much larger. */
export const MARGIN = 1.25;

export const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export class SheetData {
  readonly name: string;
  readonly values: CellValue[][] = [];
  readonly formats: (string | undefined)[][] = [];
  readonly formulas: (string | undefined)[][] = [];
  readonly fills: (string | undefined)[][] = [];
  readonly notes: (string | undefined)[][] = [];
  readonly merges = new Map<string, Area>();
  readonly colWidths: (number | undefined)[] = [];
  readonly rowHeights: (number | undefined)[] = [];
  bottom = -1;
  /** Measured on the window: bytes of a value, and the share of cells that hold numbers. */
  valueBytes = 24;
  formatBytes = 12;

  constructor(name: string) {
    this.name = name;
  }

  put<T>(table: (T | undefined)[][], r: number, c: number, v: T): void {
    (table[r] ??= [])[c] = v;
    if (r > this.bottom) this.bottom = r;
  }

  setFormat(r: number, c: number, format: string): void {
    if (!formatInfo(format).general || format === "@") this.put(this.formats, r, c, format);
    if (formatInfo(format).date) {
      const v = this.values[r]?.[c];
      if (typeof v === "number") this.values[r][c] = serialToIso(v) ?? v;
    }
  }

  toGrid(readFills: boolean, readNotes: boolean): Grid {
    for (let r = 0; r <= this.bottom; r++) this.values[r] ??= [];
    const grid: Grid = {
      sheet: this.name,
      values: this.values,
      formats: this.formats,
      formulas: this.formulas,
      merges: [...this.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left),
    };
    if (readFills) grid.fills = this.fills;
    if (readNotes) grid.notes = this.notes;
    grid.colWidths = this.colWidths;
    grid.rowHeights = this.rowHeights;
    return grid;
  }
}

/** A sheet's first window, once read. */

/** A piece of reading: it queues load requests, and after the sync files what came back. */
export interface Job {
  bytes: number;
  queue(ctx: XlContext, withMerges: boolean): () => Job[];
  /** Two halves, when a response was refused as too large. */
  split?(): Job[];
}

export function bandCellBytes(data: SheetData): number {
  // A value, plus a little for the addresses and probes; number formats come in the follow-ups.
  return (data.valueBytes + 2) * MARGIN;
}

/** Columns between `left` and `right` that hold a number in what has been read of the sheet so far. */
export function numberColumns(data: SheetData, left: number, right: number): number[] {
  const found = new Set<number>();
  for (const row of data.values) {
    if (!row) continue;
    for (let c = left; c <= right; c++) if (typeof row[c] === "number") found.add(c);
  }
  return [...found].sort((a, b) => a - b);
}

/** The parts of areas outside the given columns. */
export function withoutColumns(areas: Area[], columns: number[]): Area[] {
  if (columns.length === 0) return areas;
  const skip = new Set(columns);
  const out: Area[] = [];
  for (const a of areas) {
    let start = -1;
    for (let c = a.left; c <= a.right + 1; c++) {
      const keep = c <= a.right && !skip.has(c);
      if (keep && start < 0) start = c;
      if (!keep && start >= 0) {
        out.push({ top: a.top, left: start, bottom: a.bottom, right: c - 1 });
        start = -1;
      }
    }
  }
  return out;
}

export function fileValues(
  values: unknown[][],
  top: number,
  left: number,
  data: SheetData
): number {
  let numbers = 0;
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    for (let j = 0; j < row.length; j++) {
      const v = toCellValue(row[j], undefined);
      if (v === null) continue;
      if (typeof v === "number") numbers++;
      data.put(data.values, top + i, left + j, v);
    }
  }
  return numbers;
}

export function fileFormats(
  formats: unknown[][],
  top: number,
  left: number,
  data: SheetData
): void {
  formats.forEach((row, i) =>
    row.forEach((f, j) => {
      if (typeof f === "string") data.setFormat(top + i, left + j, f);
    })
  );
}

export function fileFormulas(
  formulas: unknown[][],
  values: unknown[][] | null,
  top: number,
  left: number,
  data: SheetData
): void {
  formulas.forEach((row, i) =>
    row.forEach((f, j) => {
      // `formulas` gives a constant's value where there is no formula: text "=x" stored as text reads the same
      // in both, a real formula never equals its own result.
      if (
        typeof f === "string" &&
        f.length > 1 &&
        f.startsWith("=") &&
        (values === null || f !== values[i]?.[j])
      ) {
        data.put(data.formulas, top + i, left + j, f.slice(1));
      }
    })
  );
}

export function fileFills(fills: XlCellFill[][], top: number, left: number, data: SheetData): void {
  fills.forEach((row, i) =>
    row.forEach((cell, j) => {
      const f = fillColor(cell?.format?.fill?.color);
      if (f !== undefined) data.put(data.fills, top + i, left + j, f);
    })
  );
}

/** Excel reads "no fill" as white: a white fill is taken as none. */
export function fillColor(color: string | null | undefined): string | undefined {
  if (typeof color !== "string") return undefined;
  const c = color.toUpperCase();
  return c === "#FFFFFF" || c === "" ? undefined : c;
}

export function toCellValue(v: unknown, format: string | undefined): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") {
    if (format !== undefined && formatInfo(format).date) return serialToIso(v) ?? v;
    return v;
  }
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return ERROR_VALUES.has(v) ? { error: v } : v;
  return String(v);
}

/** Formulas (with number formats) or number formats of the areas a band's special cells pointed at. */
