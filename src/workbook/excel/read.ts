/**
 * Reading the whole workbook into grids in a small number of requests that does not grow with the rows
 * of an ordinary sheet:
 *
 *   sync 1  the sheet list (names) and how many notes (or comments) the workbook has;
 *   sync 2  per sheet: the used range's size and a first window of it (values, number formats, formulas,
 *           fills, merged areas) that holds an ordinary sheet whole; the notes with their cells;
 *   sync 3+ only for sheets bigger than their window: the rest in row bands, lean (values; the addresses of
 *           formula cells and of number cells; one fill probe per column), packed so that no response is
 *           planned over 3.2 MB. What a band's addresses point to (formulas, the number formats of number
 *           cells, the fills of a column that is not one colour) rides along with the next band.
 *
 * A response refused as too large (Excel on the web: 5 MB) is retried with its bands halved. A request
 * that fails while asking for merged areas (Excel refuses more than 512 at once) is retried without them.
 */

import type { Area, CellValue, Grid } from "../../engine/grid";
import { serialToIso } from "../../engine/quantity/dates";
import { formatInfo } from "../../engine/quantity/numberFormat";
import type { Progress } from "../port";
import { addressChunks, parseQualified, splitAddressList } from "./address";
import type {
  XlCellFill,
  XlClientResult,
  XlComment,
  XlContext,
  XlFill,
  XlNote,
  XlRange,
  XlRangeAreas,
  XlRangeCollection,
  XlRangeFormat,
  XlWorksheet,
} from "./api";
import { errors, isPayloadLimit, officeCode } from "./errors";
import type { Features } from "./features";
import { sendPacked } from "./send";
import {
  MAX_ADDRESS_CHARS,
  MAX_READ_CELLS,
  TARGET_PAYLOAD_BYTES,
  countRequests,
  jsonBytes,
} from "./payload";

/** The first window of every sheet: this many columns, and rows shared out of one request's budget. */
const WINDOW_COLUMNS = 16;
/** What a window cell is assumed to cost: value, number format, formula and fill (measured: 60–90 bytes). */
const WINDOW_CELL_BYTES = 80;
/** Merged areas are asked for per this many rows (Excel refuses more than 512 areas in one range). */
const MERGE_BAND_ROWS = 100;
/** Column widths are read for the first this many columns, and for this many beyond a wider used range. */
const WIDTH_COLUMNS = 24;
const WIDTH_SPARE = 8;
/** Row heights are read for the first this many rows (the tables' header rows are near the top). */
const HEIGHT_ROWS = 200;
/** Notes are read at most this many per request, each costing about this much. */
const NOTES_PER_SYNC = 4000;
const NOTE_BYTES = 400;
/** The smallest request the planner goes down to after refusals. */
const MIN_TARGET = 16 * 1024;
/** Every estimate is taken this much larger. */
const MARGIN = 1.25;

const ERROR_VALUES = new Set([
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

export interface ReadStats {
  syncs: number;
  /** The largest response planned, by the adapter's own estimate. */
  maxPlannedBytes: number;
  /** Sheets whose merged areas could not be read (Excel refused; see the module comment). */
  mergesSkipped: string[];
}

/** One sheet being assembled. */
class SheetData {
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
interface WindowState {
  ws: XlWorksheet;
  data: SheetData;
  used?: XlRange;
  win?: XlRange;
}

/** A piece of reading: it queues load requests, and after the sync files what came back. */
interface Job {
  bytes: number;
  queue(ctx: XlContext, withMerges: boolean): () => Job[];
  /** Two halves, when a response was refused as too large. */
  split?(): Job[];
}

export async function readWorkbook(
  ctx: XlContext,
  features: Features,
  onProgress?: (p: Progress) => void,
  targetBytes: number = TARGET_PAYLOAD_BYTES
): Promise<{ grids: Grid[]; stats: ReadStats }> {
  const stats: ReadStats = { syncs: 0, maxPlannedBytes: 0, mergesSkipped: [] };
  let plannedSyncs = 2;
  const progress = (): void =>
    onProgress?.({
      step: "reading",
      done: stats.syncs,
      total: Math.max(plannedSyncs, stats.syncs),
    });
  // Fills: per cell with getCellProperties (ExcelApi 1.9); on 1.8 with one-colour probes of rows and columns,
  // and per-cell probes only where a mixed row meets a mixed column.
  const cellProperties = features.rangeAreas;
  const readNotes = features.noteChannel !== "prompt";
  let packTarget = targetBytes;

  // --- sync 1: the sheet list --------------------------------------------------------------------------
  const wss = ctx.workbook.worksheets;
  wss.load("items/name");
  let noteCount: XlClientResult<number> | null = null;
  if (features.noteChannel === "notes") noteCount = ctx.workbook.notes.getCount();
  else if (features.noteChannel === "comments") noteCount = ctx.workbook.comments.getCount();
  await ctx.sync();
  stats.syncs++;
  progress();
  const sheets = wss.items.map((ws) => ({ ws, data: new SheetData(ws.name) }));
  const byName = new Map(sheets.map((s) => [s.data.name.toLowerCase(), s.data]));

  // --- sync 2: sizes, first windows, notes -------------------------------------------------------------
  const windowRows = Math.max(
    MERGE_BAND_ROWS,
    Math.floor(
      targetBytes /
        WINDOW_CELL_BYTES /
        Math.max(1, sheets.length) /
        WINDOW_COLUMNS /
        MERGE_BAND_ROWS
    ) * MERGE_BAND_ROWS
  );
  // Read after sync 1 above (a ClientResult needs no load).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const noteJobs = readNotes && noteCount ? makeNoteJobs(noteCount.value, features, byName) : [];
  const windows: WindowState[] = sheets.map(({ ws, data }) => ({ ws, data }));
  await runJobs(windows.map((w) => windowJob(w, windowRows)).concat(noteJobs.splice(0, 1)), true);

  // --- sync 3+: what the windows did not cover ---------------------------------------------------------
  const rest: Job[] = [];
  for (const { ws, data, used, win } of windows) {
    if (!used || !win) throw new Error("window not read"); // runJobs reads every window or throws
    const u = areaOf(used);
    const w = areaOf(win);
    const pieces: Area[] = [];
    if (u.right > w.right)
      pieces.push({ top: u.top, left: w.right + 1, bottom: w.bottom, right: u.right });
    if (u.bottom > w.bottom)
      pieces.push({ top: w.bottom + 1, left: u.left, bottom: u.bottom, right: u.right });
    for (const p of pieces) rest.push(...bandJobs(ws, data, p));
    if (u.right + WIDTH_SPARE >= WIDTH_COLUMNS) {
      const from = WIDTH_COLUMNS;
      const to = Math.min(16383, u.right + WIDTH_SPARE);
      rest.push({
        bytes: (to - from + 1) * 200,
        queue: () => {
          const widths = queueWidths(ws, from, to);
          return () => {
            widths(data);
            return [];
          };
        },
      });
    }
  }
  rest.push(...noteJobs);
  plannedSyncs = stats.syncs + countRequests(rest, packTarget);
  progress();
  await runJobs(rest, false);

  return { grids: sheets.map(({ data }) => data.toGrid(true, readNotes)), stats };

  // ------------------------------------------------------------------------------------------------------

  /** Jobs packed into requests by their estimated size (send.ts); follow-ups go with the next request. */
  async function runJobs(jobs: Job[], allInOne: boolean): Promise<void> {
    await sendPacked(jobs, {
      target: packTarget,
      firstWhole: allInOne,
      send: async (batch, bytes) => {
        stats.maxPlannedBytes = Math.max(stats.maxPlannedBytes, bytes);
        return attempt(batch);
      },
      tooLarge: () => errors.payloadTooLarge(),
      left: (pending, target) => {
        packTarget = Math.max(MIN_TARGET, target);
        plannedSyncs = Math.max(plannedSyncs, stats.syncs + countRequests(pending, packTarget));
      },
    });
  }

  async function attempt(batch: Job[]): Promise<Job[] | "refused"> {
    let withMerges = true;
    for (;;) {
      const collectors = batch.map((j) => j.queue(ctx, withMerges));
      try {
        await ctx.sync();
        stats.syncs++;
        progress();
      } catch (e) {
        stats.syncs++;
        const code = officeCode(e);
        if (isPayloadLimit(e)) return "refused";
        if (withMerges && features.mergedAreas && code !== undefined && !FATAL.has(code)) {
          // Most likely more than 512 merged areas in one band: read the cells without them.
          withMerges = false;
          for (const s of sheets)
            if (!stats.mergesSkipped.includes(s.data.name)) stats.mergesSkipped.push(s.data.name);
          continue;
        }
        throw e;
      }
      return collectors.flatMap((c) => c());
    }
  }

  /** The first window of a sheet: its used range's size, and its first rows whole. */
  function windowJob(st: WindowState, rows: number): Job {
    return {
      bytes: rows * WINDOW_COLUMNS * WINDOW_CELL_BYTES,
      queue: (_ctx, withMerges) => {
        const used = st.ws.getUsedRange(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        const corner = used.getAbsoluteResizedRange(1, 1);
        const win = used.getAbsoluteResizedRange(rows, WINDOW_COLUMNS).getIntersection(used);
        const collect = queueFullBlock(win, st.data, cellProperties);
        const probes = cellProperties ? null : queueProbes(corner, rows);
        const widths = queueWidths(st.ws, 0, WIDTH_COLUMNS - 1);
        const heights = queueHeights(st.ws, Math.min(rows, HEIGHT_ROWS));
        const merged: XlRangeAreas[] = [];
        if (withMerges && features.mergedAreas) {
          // The window's place is known only after this sync: ask relative to the used range's corner.
          for (let offset = 0; offset < rows; offset += MERGE_BAND_ROWS) {
            const part = corner
              .getOffsetRange(offset, 0)
              .getAbsoluteResizedRange(Math.min(MERGE_BAND_ROWS, rows - offset), WINDOW_COLUMNS);
            merged.push(loadAddress(part.getMergedAreasOrNullObject()));
          }
        }
        return () => {
          st.used = used;
          st.win = win;
          collect();
          const follow = probes ? probes(areaOf(win), st.data) : [];
          collectMerges(merged, st.data);
          widths(st.data);
          heights(st.data);
          return follow;
        };
      },
      // Refused as too large: the same window, half as tall (the bands read the rest).
      split: rows > 1 ? () => [windowJob(st, Math.ceil(rows / 2))] : undefined,
    };
  }

  /** Row bands of an area, each planned under the target from the sheet's measured cell size. */
  function bandJobs(ws: XlWorksheet, data: SheetData, area: Area): Job[] {
    const cols = area.right - area.left + 1;
    const numeric = numberColumns(data, area.left, area.right);
    let rows = Math.max(1, Math.floor(packTarget / (bandCellBytes(data) * cols)));
    rows = Math.min(rows, Math.floor(MAX_READ_CELLS / cols));
    if (rows > MERGE_BAND_ROWS) rows = Math.floor(rows / MERGE_BAND_ROWS) * MERGE_BAND_ROWS;
    const jobs: Job[] = [];
    for (let top = area.top; top <= area.bottom; top += rows) {
      jobs.push(
        bandJob(
          ws,
          data,
          {
            top,
            left: area.left,
            bottom: Math.min(area.bottom, top + rows - 1),
            right: area.right,
          },
          numeric
        )
      );
    }
    return jobs;
  }

  /**
   * `numeric`: the columns that held numbers in the window. Their number formats come with the band's values, so
   * that a band of an ordinary table needs no second request; numbers found in other columns are asked after.
   */
  function bandJob(ws: XlWorksheet, data: SheetData, band: Area, numeric: number[]): Job {
    const rows = band.bottom - band.top + 1;
    const cols = band.right - band.left + 1;
    return {
      bytes: rows * (cols * bandCellBytes(data) + numeric.length * data.formatBytes * MARGIN),
      queue: (_ctx, withMerges) => {
        const range = ws.getRangeByIndexes(band.top, band.left, rows, cols);
        range.load("values");
        const columnFormats = numeric.map((c) => {
          const column = ws.getRangeByIndexes(band.top, c, rows, 1);
          column.load("numberFormat");
          return { c, column };
        });
        const formulaCells = loadAddress(range.getSpecialCellsOrNullObject("Formulas"));
        const numberCells = loadAddress(range.getSpecialCellsOrNullObject("Constants", "Numbers"));
        const probes: XlFill[] = [];
        {
          for (let c = 0; c < cols; c++) {
            const fill = ws.getRangeByIndexes(band.top, band.left + c, rows, 1).format.fill;
            fill.load("color");
            probes.push(fill);
          }
        }
        const merged: XlRangeAreas[] = [];
        if (withMerges && features.mergedAreas) {
          for (let offset = 0; offset < rows; offset += MERGE_BAND_ROWS) {
            const n = Math.min(MERGE_BAND_ROWS, rows - offset);
            merged.push(
              loadAddress(
                ws
                  .getRangeByIndexes(band.top + offset, band.left, n, cols)
                  .getMergedAreasOrNullObject()
              )
            );
          }
        }
        // Collectors run after the sync that carried their loads (see attempt()).
        return () => {
          // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
          fileValues(range.values, band.top, band.left, data);
          for (const { c, column } of columnFormats)
            fileFormats(column.numberFormat, band.top, c, data);
          collectMerges(merged, data);
          const follow: Job[] = [];
          const formulaAreas = areasOf(formulaCells);
          const numberAreas = withoutColumns(areasOf(numberCells), numeric);
          if (formulaAreas.length) follow.push(...areaJobs(ws, data, formulaAreas, true));
          if (numberAreas.length) follow.push(...areaJobs(ws, data, numberAreas, false));
          probes.forEach((fill, c) => {
            // One colour when the whole column is that colour, null when it is not (Excel's convention).
            const color: string | null = fill.color;
            if (color === null) {
              follow.push(
                ...fillJobs(
                  ws,
                  data,
                  { top: band.top, left: band.left + c, bottom: band.bottom, right: band.left + c },
                  cellProperties
                )
              );
            } else {
              const f = fillColor(color);
              if (f !== undefined)
                for (let r = band.top; r <= band.bottom; r++)
                  data.put(data.fills, r, band.left + c, f);
            }
          });
          return follow;
        };
      },
      split:
        rows > 1
          ? () => {
              const half = Math.ceil(rows / 2);
              return [
                bandJob(ws, data, { ...band, bottom: band.top + half - 1 }, numeric),
                bandJob(ws, data, { ...band, top: band.top + half }, numeric),
              ];
            }
          : undefined,
    };
  }
}

/** Errors that a retry without merged areas cannot help. */
const FATAL = new Set([
  "InvalidOperationInCellEditMode",
  "ItemNotFound",
  "AccessDenied",
  "RangeExceedsLimit",
]);

function bandCellBytes(data: SheetData): number {
  // A value, plus a little for the addresses and probes; number formats come in the follow-ups.
  return (data.valueBytes + 2) * MARGIN;
}

/** Columns between `left` and `right` that hold a number in what has been read of the sheet so far. */
function numberColumns(data: SheetData, left: number, right: number): number[] {
  const found = new Set<number>();
  for (const row of data.values) {
    if (!row) continue;
    for (let c = left; c <= right; c++) if (typeof row[c] === "number") found.add(c);
  }
  return [...found].sort((a, b) => a - b);
}

/** The parts of areas outside the given columns. */
function withoutColumns(areas: Area[], columns: number[]): Area[] {
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

function areaOf(r: XlRange): Area {
  return {
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  };
}

function loadAddress(areas: XlRangeAreas): XlRangeAreas {
  areas.load("address");
  return areas;
}

function areasOf(list: XlRangeAreas): Area[] {
  if (list.isNullObject) return [];
  const out: Area[] = [];
  for (const part of splitAddressList(list.address)) {
    const q = parseQualified(part);
    if (q) out.push(q.area);
  }
  return out;
}

/** Column widths, in characters, of the columns that do not have the sheet's standard width. */
function queueWidths(ws: XlWorksheet, from: number, to: number): (data: SheetData) => void {
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
function queueHeights(ws: XlWorksheet, rows: number): (data: SheetData) => void {
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
function queueFullBlock(range: XlRange, data: SheetData, readFills: boolean): () => void {
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
function fileValues(values: unknown[][], top: number, left: number, data: SheetData): number {
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

function fileFormats(formats: unknown[][], top: number, left: number, data: SheetData): void {
  formats.forEach((row, i) =>
    row.forEach((f, j) => {
      if (typeof f === "string") data.setFormat(top + i, left + j, f);
    })
  );
}

function fileFormulas(
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

function fileFills(fills: XlCellFill[][], top: number, left: number, data: SheetData): void {
  fills.forEach((row, i) =>
    row.forEach((cell, j) => {
      const f = fillColor(cell?.format?.fill?.color);
      if (f !== undefined) data.put(data.fills, top + i, left + j, f);
    })
  );
}

/** Excel reads "no fill" as white: a white fill is taken as none. */
function fillColor(color: string | null | undefined): string | undefined {
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
function areaJobs(ws: XlWorksheet, data: SheetData, areas: Area[], formulas: boolean): Job[] {
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

function cellCount(ref: string): number {
  const q = parseQualified(ref);
  return q ? (q.area.bottom - q.area.top + 1) * (q.area.right - q.area.left + 1) : 1;
}

/** One-colour probes of a window's rows and columns, relative to the used range's corner (ExcelApi 1.8). */
function queueProbes(corner: XlRange, rows: number): (win: Area, data: SheetData) => Job[] {
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

function loadColor(fill: XlFill): XlFill {
  fill.load("color");
  return fill;
}

const CELL_PROBES_PER_JOB = 2000;

/** One probe a cell, where nothing cheaper could tell (ExcelApi 1.8). */
function cellProbeJob(
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
function fillJobs(ws: XlWorksheet, data: SheetData, area: Area, cellProperties: boolean): Job[] {
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

function fillJob(ws: XlWorksheet, data: SheetData, area: Area): Job {
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

function collectMerges(list: XlRangeAreas[], data: SheetData): void {
  for (const m of list) {
    for (const a of areasOf(m)) data.merges.set(`${a.top},${a.left}`, a);
  }
}

/** Notes (or, on ExcelApi 1.10–1.17, comments) with the cell each is on. */
function makeNoteJobs(count: number, features: Features, byName: Map<string, SheetData>): Job[] {
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
