/** Loads queued for a range and what files their answer after the sync: blocks, widths, heights, merges. */

import type { Area } from "../../engine/grid";
import { parseQualified, splitAddressList } from "./address";
import type { XlRange, XlRangeAreas, XlRangeFormat, XlWorksheet } from "./api";
import { SheetData, fileValues, fileFormats, fileFormulas, fileFills } from "./read-sheet";
import { jsonBytes } from "./payload";

export function areaOf(r: XlRange): Area {
  return {
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  };
}

export function loadAddress(areas: XlRangeAreas): XlRangeAreas {
  areas.load("address");
  return areas;
}

export function areasOf(list: XlRangeAreas): Area[] {
  if (list.isNullObject) return [];
  const out: Area[] = [];
  for (const part of splitAddressList(list.address)) {
    const q = parseQualified(part);
    if (q) out.push(q.area);
  }
  return out;
}

/** Column widths, in characters, of the columns that do not have the sheet's standard width. */
export function queueWidths(ws: XlWorksheet, from: number, to: number): (data: SheetData) => void {
  const formats: XlRangeFormat[] = [];
  for (let c = from; c <= to; c++) {
    const f = ws.getRangeByIndexes(0, c, 1, 1).format;
    f.load("columnWidth,useStandardWidth");
    formats.push(f);
  }
  return (data) =>
    formats.forEach((f, i) => {
      if (f.useStandardWidth !== true) data.colWidths[from + i] = pointsToChars(f.columnWidth);
    });
}

/** Row heights, in points, of the first rows that do not have the standard height. */
export function queueHeights(ws: XlWorksheet, rows: number): (data: SheetData) => void {
  const formats: XlRangeFormat[] = [];
  for (let r = 0; r < rows; r++) {
    const f = ws.getRangeByIndexes(r, 0, 1, 1).format;
    f.load("rowHeight,useStandardHeight");
    formats.push(f);
  }
  return (data) =>
    formats.forEach((f, r) => {
      if (f.useStandardHeight !== true) data.rowHeights[r] = f.rowHeight;
    });
}

/** Width in characters from points (Calibri 11: 7 pixels a character, 5 pixels of padding); see write.ts. */
export function pointsToChars(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 1e6) / 1e6);
}

/** Load everything about a (small) range: values, number formats, formulas and fills. */
export function queueFullBlock(range: XlRange, data: SheetData, readFills: boolean): () => void {
  range.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,formulas");
  const fills = readFills ? range.getCellProperties({ format: { fill: { color: true } } }) : null;
  return () => {
    const values = range.values;
    const top = range.rowIndex;
    const left = range.columnIndex;
    fileValues(values, top, left, data);
    fileFormats(range.numberFormat, top, left, data);
    fileFormulas(range.formulas, values, top, left, data);
    if (fills) fileFills(fills.value, top, left, data);
    const cells = range.rowCount * range.columnCount;
    if (cells > 0) {
      data.valueBytes = Math.max(4, jsonBytes(values) / cells);
      data.formatBytes = Math.max(4, jsonBytes(range.numberFormat) / cells);
    }
  };
}

/** File raw values; numbers are kept aside until their number format says whether they are dates. */
export function collectMerges(list: XlRangeAreas[], data: SheetData): void {
  for (const m of list) {
    for (const a of areasOf(m)) data.merges.set(`${a.top},${a.left}`, a);
  }
}

/** Notes (or, on ExcelApi 1.10–1.17, comments) with the cell each is on. */
