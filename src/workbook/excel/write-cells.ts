/** Blocks, clears, column widths and row heights: cells and columns as Excel takes them. */

import type {
  BlockWrite,
  ColumnWidth,
  PlanValue,
  RowHeight,
  WritePlan,
} from "../../engine/plan/types";
import { OP_OVERHEAD_BYTES, jsonBytes } from "./payload";
import {
  Batch,
  CELLS_PER_UNIT,
  PATH_BYTES,
  UNIT_BYTES,
  type Unit,
  heightRuns,
  listUnits,
} from "./write-units";

/** The add-in's header style. */
export const HEADER_FILL = "#DDEBF7";

export const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/** Would Excel read this string, written as a value, as something other than text? */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@]/.test(text)) return true; // a formula (the plan guards these already)
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/i.test(t)) return true;
  // Numbers, percentages, currency, fractions, dates and times in any of their spellings.
  if (/\d/.test(t) && /^[\d\s.,:/%$¥￥€£()eE+\-年月日时分秒]+$/.test(t)) return true;
  if (
    new RegExp(`^\\d{1,2}[-\\s/]?(${MONTHS})`, "i").test(t) ||
    new RegExp(`^(${MONTHS})[a-z]*[-\\s/.]?\\d`, "i").test(t)
  )
    return true;
  return false;
}

export type Cells = {
  values: (string | number | boolean | null)[][];
  /** null: leave the cell's format as it is. */
  formats: (string | null)[][] | null;
  formulas: (string | null)[][] | null;
};

/** Values, formats and formulas of rows of cells. `formatOf` gives the plan's format for a cell, or null. */
export function cellsOf(
  values: PlanValue[][],
  width: number,
  formatOf: (row: number, col: number) => string | null,
  formulas?: (string | null)[][],
  rowOffset = 0
): Cells {
  const outValues: (string | number | boolean | null)[][] = [];
  const outFormats: (string | null)[][] = [];
  const outFormulas: (string | null)[][] = [];
  let anyFormat = false;
  let anyFormula = false;
  for (let i = 0; i < values.length; i++) {
    const row = values[i] ?? [];
    const vr: (string | number | boolean | null)[] = [];
    const fr: (string | null)[] = [];
    const xr: (string | null)[] = [];
    for (let j = 0; j < width; j++) {
      const formula = formulas?.[i]?.[j] ?? null;
      const v = row[j] ?? null;
      let format = formatOf(rowOffset + i, j);
      if (formula !== null) {
        anyFormula = true;
        vr.push(null); // the formula fills the cell; Excel computes its value
        xr.push(`=${formula}`);
      } else {
        vr.push(v === null ? "" : v);
        xr.push(null);
        if (typeof v === "string" && excelWouldConvert(v)) format = "@";
      }
      if (format !== null) anyFormat = true;
      fr.push(format);
    }
    outValues.push(vr);
    outFormats.push(fr);
    outFormulas.push(xr);
  }
  return {
    values: outValues,
    formats: anyFormat ? outFormats : null,
    formulas: anyFormula ? outFormulas : null,
  };
}

/**
 * Number formats column by column: one format for a column whose cells all take it (sent once, Excel's "single
 * input copy"), else the column's own list (null: leave the cell's format). Columns left as they are are omitted.
 */
export function columnFormats(
  formats: (string | null)[][],
  width: number
): { col: number; format: string | (string | null)[][] }[] {
  const out: { col: number; format: string | (string | null)[][] }[] = [];
  for (let j = 0; j < width; j++) {
    const column = formats.map((row) => row[j] ?? null);
    if (column.every((f) => f === null)) continue;
    const first = column[0];
    out.push(
      first !== null && column.every((f) => f === first)
        ? { col: j, format: first }
        : { col: j, format: column.map((f) => [f]) }
    );
  }
  return out;
}

export function widthOf(values: PlanValue[][]): number {
  let w = 0;
  for (const r of values) if (r && r.length > w) w = r.length;
  return w;
}

/** A 2-D write of rows of `values` at (top, left), as units that split in halves. */
export function rowUnits(
  sheet: string,
  top: number,
  left: number,
  values: PlanValue[][],
  width: number,
  formatOf: (row: number, col: number) => string | null,
  formulas: (string | null)[][] | undefined,
  userSheet: boolean
): Unit[] {
  if (width === 0 || values.length === 0) return [];
  const rowsPerUnit = Math.max(1, Math.floor(CELLS_PER_UNIT / width));
  const make = (from: number, to: number): Unit => {
    const part = cellsOf(values.slice(from, to), width, formatOf, formulas?.slice(from, to), from);
    const formats = part.formats ? columnFormats(part.formats, width) : [];
    return {
      bytes:
        jsonBytes(part.values) +
        formats.reduce((n, f) => n + jsonBytes(f.format) + OP_OVERHEAD_BYTES, 0) +
        (part.formulas ? jsonBytes(part.formulas) : 0) +
        3 * OP_OVERHEAD_BYTES,
      probe: userSheet ? { sheet, row: top + from, col: left } : undefined,
      run: (b) => {
        const ws = b.sheet(sheet);
        for (const f of formats)
          ws.getRangeByIndexes(top + from, left + f.col, to - from, 1).untrack().numberFormat =
            f.format;
        const range = ws.getRangeByIndexes(top + from, left, to - from, width).untrack();
        range.values = part.values;
        if (part.formulas) range.formulas = part.formulas;
      },
      split:
        to - from > 1
          ? () => {
              const mid = from + Math.ceil((to - from) / 2);
              return [make(from, mid), make(mid, to)];
            }
          : undefined,
    };
  };
  // Units of long text (or the undo state's 30,000-character cells) are cut to UNIT_BYTES, so that
  // requests are packed full rather than closed early in front of one large unit.
  const fit = (u: Unit): Unit[] => (u.bytes > UNIT_BYTES && u.split ? u.split().flatMap(fit) : [u]);
  const units: Unit[] = [];
  for (let from = 0; from < values.length; from += rowsPerUnit)
    units.push(...fit(make(from, Math.min(values.length, from + rowsPerUnit))));
  return units;
}

/** The add-in's header style: bold, filled, wrapped, centred. */
export function headerUnits(
  sheet: string,
  top: number,
  left: number,
  rows: number[],
  width: number,
  userSheet: boolean
): Unit[] {
  if (rows.length === 0 || width === 0) return [];
  return [
    {
      bytes: rows.length * 5 * OP_OVERHEAD_BYTES,
      probe: userSheet ? { sheet, row: top + rows[0], col: left } : undefined,
      run: (b) => {
        const ws = b.sheet(sheet);
        for (const r of rows) {
          const f = ws.getRangeByIndexes(top + r, left, 1, width).untrack().format;
          f.font.bold = true;
          f.fill.color = HEADER_FILL;
          f.wrapText = true;
          f.horizontalAlignment = "Center";
          f.verticalAlignment = "Center";
        }
      },
    },
  ];
}

/** Wrapped, top-aligned columns (long explanations) over the rows that are not header rows. */
export function wrapUnits(
  sheet: string,
  top: number,
  left: number,
  rows: number,
  cols: number[],
  headerRows: number[],
  userSheet: boolean
): Unit[] {
  if (cols.length === 0 || rows === 0) return [];
  // Row runs between header rows.
  const runs: [number, number][] = [];
  let start = -1;
  for (let r = 0; r <= rows; r++) {
    const body = r < rows && !headerRows.includes(r);
    if (body && start < 0) start = r;
    if (!body && start >= 0) {
      runs.push([start, r - 1]);
      start = -1;
    }
  }
  if (runs.length === 0) return [];
  return [
    {
      bytes: cols.length * runs.length * 2 * OP_OVERHEAD_BYTES,
      probe: userSheet ? { sheet, row: top + runs[0][0], col: left + cols[0] } : undefined,
      run: (b) => {
        const ws = b.sheet(sheet);
        for (const c of cols) {
          for (const [from, to] of runs) {
            const f = ws.getRangeByIndexes(top + from, left + c, to - from + 1, 1).untrack().format;
            f.wrapText = true;
            f.verticalAlignment = "Top";
          }
        }
      },
    },
  ];
}

/** Small operations in units of about UNIT_BYTES, so that packing can fill requests evenly. */

export function blockUnits(block: BlockWrite): Unit[] {
  const width = Math.max(widthOf(block.values), widthOf(block.formulas ?? []));
  const headers = block.headerRows ?? [];
  const formatOf = (i: number, j: number): string | null =>
    headers.includes(i) ? null : (block.numberFormats?.[j] ?? null);
  return [
    ...rowUnits(
      block.sheet,
      block.top,
      block.left,
      block.values,
      width,
      formatOf,
      block.formulas,
      true
    ),
    ...headerUnits(block.sheet, block.top, block.left, headers, width, true),
  ];
}

export function rowHeightUnits(heights: RowHeight[], ownSheets: Set<string>): Unit[] {
  const bySheet = new Map<string, RowHeight[]>();
  for (const h of heights) {
    const list = bySheet.get(h.sheet) ?? [];
    list.push(h);
    bySheet.set(h.sheet, list);
  }
  return [...bySheet.entries()].flatMap(([sheet, list]) =>
    listUnits(
      heightRuns(list),
      () => OP_OVERHEAD_BYTES + PATH_BYTES,
      (b, part) => {
        const ws = b.sheet(sheet);
        for (const h of part) {
          const f = ws.getRangeByIndexes(h.row, 0, h.count, 1).untrack().format;
          if (h.height === null) f.useStandardHeight = true;
          else f.rowHeight = h.height;
        }
      },
      (first) =>
        ownSheets.has(sheet.toLowerCase()) ? undefined : { sheet, row: first.row, col: 0 }
    )
  );
}

export function columnWidthUnits(widths: ColumnWidth[], ownSheets: Set<string>): Unit[] {
  const bySheet = new Map<string, ColumnWidth[]>();
  for (const w of widths) {
    const list = bySheet.get(w.sheet) ?? [];
    list.push(w);
    bySheet.set(w.sheet, list);
  }
  return [...bySheet.entries()].map(([sheet, list]) => ({
    bytes: list.length * OP_OVERHEAD_BYTES,
    probe: ownSheets.has(sheet.toLowerCase()) ? undefined : { sheet, row: 0, col: list[0].col },
    run: (b: Batch) => {
      const ws = b.sheet(sheet);
      for (const w of list) {
        const f = ws.getRangeByIndexes(0, w.col, 1, 1).untrack().format;
        if (w.width === null) f.useStandardWidth = true;
        else f.columnWidth = charsToPoints(w.width);
      }
    },
  }));
}

export function clearUnit(c: WritePlan["clears"][number]): Unit {
  return {
    bytes: OP_OVERHEAD_BYTES,
    probe: { sheet: c.sheet, row: c.top, col: c.left },
    run: (b) =>
      b
        .sheet(c.sheet)
        .getRangeByIndexes(c.top, c.left, c.bottom - c.top + 1, c.right - c.left + 1)
        .untrack()
        .clear("All"),
  };
}

/** Column width in points from a width in characters (Calibri 11: 7 pixels a character, 5 pixels of padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
