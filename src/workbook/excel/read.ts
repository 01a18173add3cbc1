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
import type { XlClientResult, XlContext } from "./api";
import { errors, isPayloadLimit, officeCode } from "./errors";
import type { Features } from "./features";
import { sendPacked } from "./send";
import { type WindowState, bandJobs, windowJob } from "./read-bands";
import {
  WINDOW_COLUMNS,
  WINDOW_CELL_BYTES,
  MERGE_BAND_ROWS,
  WIDTH_COLUMNS,
  WIDTH_SPARE,
  MIN_TARGET,
  SheetData,
  Job,
} from "./read-sheet";
import { areaOf, queueWidths } from "./read-queue";
import { makeNoteJobs } from "./read-followups";
import { TARGET_PAYLOAD_BYTES, countRequests } from "./payload";

export interface ReadStats {
  syncs: number;
  /** The largest response planned, by the adapter's own estimate. */
  maxPlannedBytes: number;
  /** Sheets whose merged areas could not be read (Excel refused; see the module comment). */
  mergesSkipped: string[];
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
  await runJobs(
    windows.map((w) => windowJob(w, windowRows, features)).concat(noteJobs.splice(0, 1)),
    true
  );

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
    for (const p of pieces) rest.push(...bandJobs(ws, data, p, packTarget, features));
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
}

/** Errors that a retry without merged areas cannot help. */
const FATAL = new Set([
  "InvalidOperationInCellEditMode",
  "ItemNotFound",
  "AccessDenied",
  "RangeExceedsLimit",
]);
