/**
 * A reviewer's decision on one flag, written into 复核清单 at once: only that flag's status, reviewer, comment
 * and time cells are rewritten (and the row made taller when the comment needs more lines). Everything else in
 * the workbook, the rest of the review list included, is left as it is. Pure: grids in, a WritePlan out.
 */

import { type Grid, cellValue } from "../grid";
import { REVIEW_SHEET } from "./own";
import { trustedState } from "./state-v1";
import { type ReviewField, STATUS, fieldColumns } from "./review-sheet";
import { asText, safeValue, wrappedLines } from "./text";
import { type BlockWrite, type RowHeight, type WritePlan, emptyPlan } from "./types";

export type ReviewStatus = (typeof STATUS)[keyof typeof STATUS];

export interface ReviewUpdate {
  status: ReviewStatus;
  reviewer: string;
  comment: string;
  /** ISO time of the decision (the engine has no clock). */
  now: string;
}

/** The fields a decision rewrites. */
type Decided = Extract<ReviewField, "status" | "reviewer" | "comment" | "time">;
const DECIDED: readonly Decided[] = ["status", "reviewer", "comment", "time"];

/** Points per line of 11-pt text, as the review sheet sizes its rows. */
const LINE_POINTS = 15;
/** Column width (characters) assumed where the sheet does not set one. */
const DEFAULT_WIDTH = 9;

/** The 0-based row of the flag in the review list, or -1. */
export function reviewRowOf(grid: Grid, flagId: string): number {
  const idCol = fieldColumns(grid).id;
  for (let r = 1; r < grid.values.length; r++) {
    if (asText(cellValue(grid, r, idCol)) === flagId) return r;
  }
  return -1;
}

/** One block per run of adjacent columns. */
function blocksFor(
  sheet: string,
  row: number,
  cells: { col: number; value: string }[]
): BlockWrite[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  const blocks: BlockWrite[] = [];
  for (const cell of sorted) {
    const last = blocks[blocks.length - 1];
    const lastRow = last?.values[0];
    if (last && lastRow && last.left + lastRow.length === cell.col)
      lastRow.push(safeValue(cell.value));
    else
      blocks.push({
        sheet,
        top: row,
        left: cell.col,
        values: [[safeValue(cell.value)]],
      });
  }
  return blocks;
}

/** A taller row when the message or the new comment wraps onto more lines than the row shows now. */
function heightFor(
  grid: Grid,
  row: number,
  cols: Record<ReviewField, number>,
  comment: string
): RowHeight[] {
  const width = (col: number): number => grid.colWidths?.[col] ?? DEFAULT_WIDTH;
  const message = asText(cellValue(grid, row, cols.message));
  const lines = Math.max(
    wrappedLines(message, width(cols.message)),
    wrappedLines(comment, width(cols.comment))
  );
  const needed = lines * LINE_POINTS;
  const current = grid.rowHeights?.[row] ?? LINE_POINTS;
  return needed > current ? [{ sheet: grid.sheet, row, height: needed }] : [];
}

/**
 * The plan that records `update` on the flag's row of 复核清单; an empty plan when the workbook has no review
 * list or the list has no row for the flag (the caller says so: run the scoring again).
 */
export function planReviewUpdate(grids: Grid[], flagId: string, update: ReviewUpdate): WritePlan {
  const sheet = trustedState(grids).state?.names.review ?? REVIEW_SHEET;
  const grid = grids.find((g) => g.sheet === sheet);
  if (!grid) return emptyPlan();
  const row = reviewRowOf(grid, flagId);
  if (row < 0) return emptyPlan();
  const cols = fieldColumns(grid);
  const text: Record<Decided, string> = {
    status: update.status,
    reviewer: update.reviewer.trim(),
    comment: update.comment.trim(),
    time: update.now,
  };
  const cells = DECIDED.map((f) => ({ col: cols[f], value: text[f] }));
  return {
    ...emptyPlan(),
    blocks: blocksFor(sheet, row, cells),
    rowHeights: heightFor(grid, row, cols, text.comment),
  };
}
