/**
 * Follow-up jobs of the read: formulas and number formats a band's addresses point to, fills of a column that
 * is not one colour (per cell, or by probes on ExcelApi 1.8), and the notes with their cells.
 */

import type { Area } from "../../engine/grid";
import { addressChunks, parseQualified } from "./address";
import type { XlComment, XlFill, XlNote, XlRange, XlRangeCollection, XlWorksheet } from "./api";
import type { Features } from "./features";
import {
  WINDOW_COLUMNS,
  NOTES_PER_SYNC,
  NOTE_BYTES,
  MARGIN,
  SheetData,
  Job,
  fileFormats,
  fileFormulas,
  fileFills,
  fillColor,
} from "./read-sheet";
import { MAX_ADDRESS_CHARS } from "./payload";

export function areaJobs(
  ws: XlWorksheet,
  data: SheetData,
  areas: Area[],
  formulas: boolean
): Job[] {
  return addressChunks(areas, MAX_ADDRESS_CHARS - 200).map((address) => {
    const cells = address.split(",").reduce((n, ref) => n + cellCount(ref), 0);
    return {
      bytes:
        cells * (formulas ? data.valueBytes * 2 + data.formatBytes : data.formatBytes) * MARGIN +
        address.length,
      queue: () => {
        const coll: XlRangeCollection = ws.getRanges(address).areas;
        coll.load(
          formulas
            ? "items/rowIndex,items/columnIndex,items/formulas,items/numberFormat"
            : "items/rowIndex,items/columnIndex,items/numberFormat"
        );
        return () => {
          for (const r of coll.items) {
            if (formulas) fileFormulas(r.formulas, null, r.rowIndex, r.columnIndex, data);
            fileFormats(r.numberFormat, r.rowIndex, r.columnIndex, data);
          }
          return [];
        };
      },
    };
  });
}

export function cellCount(ref: string): number {
  const q = parseQualified(ref);
  return q ? (q.area.bottom - q.area.top + 1) * (q.area.right - q.area.left + 1) : 1;
}

/** One-colour probes of a window's rows and columns, relative to the used range's corner (ExcelApi 1.8). */
export function queueProbes(corner: XlRange, rows: number): (win: Area, data: SheetData) => Job[] {
  const rowFills: XlFill[] = [];
  const colFills: XlFill[] = [];
  for (let r = 0; r < rows; r++)
    rowFills.push(
      loadColor(corner.getOffsetRange(r, 0).getAbsoluteResizedRange(1, WINDOW_COLUMNS).format.fill)
    );
  for (let c = 0; c < WINDOW_COLUMNS; c++)
    colFills.push(
      loadColor(corner.getOffsetRange(0, c).getAbsoluteResizedRange(rows, 1).format.fill)
    );
  return (win, data) => {
    const cells: { row: number; col: number }[] = [];
    for (let r = win.top; r <= win.bottom; r++) {
      const byRow: string | null = rowFills[r - win.top].color;
      for (let c = win.left; c <= win.right; c++) {
        const byCol: string | null = colFills[c - win.left].color;
        const color = byRow ?? byCol;
        if (color === null) cells.push({ row: r, col: c });
        else {
          const f = fillColor(color);
          if (f !== undefined) data.put(data.fills, r, c, f);
        }
      }
    }
    const jobs: Job[] = [];
    for (let i = 0; i < cells.length; i += CELL_PROBES_PER_JOB)
      jobs.push(cellProbeJob(data, cells.slice(i, i + CELL_PROBES_PER_JOB), null));
    return jobs;
  };
}

export function loadColor(fill: XlFill): XlFill {
  fill.load("color");
  return fill;
}

export const CELL_PROBES_PER_JOB = 2000;

/** One probe a cell, where nothing cheaper could tell (ExcelApi 1.8). */
export function cellProbeJob(
  data: SheetData,
  cells: { row: number; col: number }[],
  sheet: XlWorksheet | null
): Job {
  return {
    bytes: cells.length * 220,
    queue: (ctx) => {
      const ws = sheet ?? ctx.workbook.worksheets.getItem(data.name);
      const fills = cells.map((c) =>
        loadColor(ws.getRangeByIndexes(c.row, c.col, 1, 1).format.fill)
      );
      return () => {
        fills.forEach((f, i) => {
          const color = fillColor(f.color);
          if (color !== undefined) data.put(data.fills, cells[i].row, cells[i].col, color);
        });
        return [];
      };
    },
    split:
      cells.length > 1
        ? () => {
            const half = Math.ceil(cells.length / 2);
            return [
              cellProbeJob(data, cells.slice(0, half), sheet),
              cellProbeJob(data, cells.slice(half), sheet),
            ];
          }
        : undefined,
  };
}

/** Per-cell fills of a band's column that is not all one colour. */
export function fillJobs(
  ws: XlWorksheet,
  data: SheetData,
  area: Area,
  cellProperties: boolean
): Job[] {
  if (!cellProperties) {
    const cells: { row: number; col: number }[] = [];
    for (let r = area.top; r <= area.bottom; r++) cells.push({ row: r, col: area.left });
    const jobs: Job[] = [];
    for (let i = 0; i < cells.length; i += CELL_PROBES_PER_JOB)
      jobs.push(cellProbeJob(data, cells.slice(i, i + CELL_PROBES_PER_JOB), ws));
    return jobs;
  }
  return [fillJob(ws, data, area)];
}

export function fillJob(ws: XlWorksheet, data: SheetData, area: Area): Job {
  const rows = area.bottom - area.top + 1;
  return {
    bytes: rows * 40 * MARGIN,
    queue: () => {
      const fills = ws
        .getRangeByIndexes(area.top, area.left, rows, 1)
        .getCellProperties({ format: { fill: { color: true } } });
      return () => {
        // After the sync (see attempt()); a ClientResult needs no load.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        fileFills(fills.value, area.top, area.left, data);
        return [];
      };
    },
    split:
      rows > 1
        ? () => {
            const half = Math.ceil(rows / 2);
            return [
              fillJob(ws, data, { ...area, bottom: area.top + half - 1 }),
              fillJob(ws, data, { ...area, top: area.top + half }),
            ];
          }
        : undefined,
  };
}

export function makeNoteJobs(
  count: number,
  features: Features,
  byName: Map<string, SheetData>
): Job[] {
  const jobs: Job[] = [];
  for (let start = 0; start < count; start += NOTES_PER_SYNC) {
    const end = Math.min(count, start + NOTES_PER_SYNC);
    jobs.push({
      bytes: (end - start) * NOTE_BYTES,
      queue: (ctx) => {
        const items: { item: XlNote | XlComment; where: XlRange }[] = [];
        for (let i = start; i < end; i++) {
          const item =
            features.noteChannel === "notes"
              ? ctx.workbook.notes.getItemAt(i)
              : ctx.workbook.comments.getItemAt(i);
          item.load("content");
          const where = item.getLocation();
          where.load("address");
          items.push({ item, where });
        }
        return () => {
          for (const { item, where } of items) {
            const q = parseQualified(where.address);
            const data = q?.sheet ? byName.get(q.sheet.toLowerCase()) : undefined;
            if (q && data) data.put(data.notes, q.area.top, q.area.left, item.content);
          }
          return [];
        };
      },
    });
  }
  return jobs;
}
