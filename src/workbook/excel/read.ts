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

import type { Area, Grid } from "../../engine/grid";
import type { Progress } from "../port";
import type { XlClientResult, XlContext, XlFill, XlRange, XlRangeAreas, XlWorksheet } from "./api";
import { errors, isPayloadLimit, officeCode } from "./errors";
import type { Features } from "./features";
import { sendPacked } from "./send";
import {
  WINDOW_COLUMNS,
  WINDOW_CELL_BYTES,
  MERGE_BAND_ROWS,
  WIDTH_COLUMNS,
  WIDTH_SPARE,
  HEIGHT_ROWS,
  MIN_TARGET,
  MARGIN,
  SheetData,
  Job,
  bandCellBytes,
  numberColumns,
  withoutColumns,
  fileValues,
  fileFormats,
  fillColor,
} from "./read-sheet";
import {
  areaOf,
  loadAddress,
  areasOf,
  queueWidths,
  queueHeights,
  queueFullBlock,
  collectMerges,
} from "./read-queue";
import { areaJobs, queueProbes, fillJobs, makeNoteJobs } from "./read-followups";
import { MAX_READ_CELLS, TARGET_PAYLOAD_BYTES, countRequests } from "./payload";

export interface ReadStats {
  syncs: number;
  /** The largest response planned, by the adapter's own estimate. */
  maxPlannedBytes: number;
  /** Sheets whose merged areas could not be read (Excel refused; see the module comment). */
  mergesSkipped: string[];
}

/** One sheet being assembled. */
interface WindowState {
  ws: XlWorksheet;
  data: SheetData;
  used?: XlRange;
  win?: XlRange;
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
