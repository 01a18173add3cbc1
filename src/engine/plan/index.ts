/**
 * plan(): what a run writes into the workbook, as data (types.ts); planUndo(): what takes it all out again.
 * Pure: the grids in (the user's sheets and the add-in's own, read back), a WritePlan out.
 * docs/write-back.md describes the result for people.
 */

import { type Grid, cellFill, cellNote, parseA1 } from "../grid";
import type { Evaluation, Lang } from "../model";
import { areaOf, inAreas, subtractAreas } from "./areas";
import { ownBlock } from "./blocks";
import { placeColumns } from "./columns";
import { fillScores, unfillScores } from "./fill-scores";
import { markFlags } from "./marks";
import { NOTE_MARK, isOwnFill, isOwnSheet } from "./own";
import { cellIn, keptNotices, ownNames } from "./ownership";
import { mergeReview, readReview, reviewSheet } from "./review-sheet";
import { type UndoState, emptyState, personalCells, stateSheet } from "./state";
import { type OwnArea, printArea, printOf } from "./state-prints";
import { trustedState } from "./state-v1";
import { summarySheet } from "./summary-sheet";
import { ownHeights, ownWidths } from "./sizes";
import { fitText, safeValue } from "./text";
import { type SheetWrite, type WritePlan, emptyPlan } from "./types";

export interface PlanOptions {
  lang: Lang;
  /** The time of the run (ISO), written into the review list for rows that are new or change status. The engine has no clock. */
  now: string;
  /** Fill the table's empty 得分 cells with the system score (recorded, undone by undo). */
  fillScores?: boolean;
  /** Write scores as formulas where a rule can be written as one (formulas.ts). */
  formulas?: boolean;
}

function sheetIndex(grids: Grid[]): (sheet: string) => Grid | undefined {
  const byName = new Map(grids.map((g) => [g.sheet, g]));
  return (sheet) => byName.get(sheet);
}

/**
 * Every value the plan writes goes through safeValue: a message never becomes a formula nor outgrows a cell,
 * a number that is not finite is never written. Notes are cut to the cell limit too.
 */
function guarded(plan: WritePlan): WritePlan {
  const rows = <T extends { values: WritePlan["blocks"][number]["values"] }>(x: T): T => ({
    ...x,
    values: x.values.map((r) => r.map(safeValue)),
  });
  return {
    ...plan,
    blocks: plan.blocks.map(rows),
    marks: plan.marks.map((m) => ({ ...m, note: fitText(m.note) })),
    sheets: plan.sheets.map((s: SheetWrite) => rows(s)),
  };
}

/** Fingerprints of every cell of the own blocks as written (after guarding), for the next run and undo. */
function printed(blocks: WritePlan["blocks"]): OwnArea[] {
  return blocks.map((b) => {
    const a = areaOf(b);
    return printArea(a, (r, c) =>
      printOf(
        b.values[r - a.top]?.[c - a.left] ?? null,
        b.formulas?.[r - a.top]?.[c - a.left] ?? null
      )
    );
  });
}

export function plan(evaluation: Evaluation, grids: Grid[], options: PlanOptions): WritePlan {
  const gridOf = sheetIndex(grids);
  const { state: trusted, notices: stateNotices } = trustedState(grids);
  const previous = trusted ?? emptyState();
  const { names, notices } = ownNames(grids, trusted);
  const personal = personalCells(previous, gridOf);
  const tables = evaluation.tables.filter((t) => !isOwnSheet(t.sheet) && gridOf(t.sheet));
  const placements = placeColumns(tables, gridOf, cellIn(personal));
  const blockOptions = { lang: options.lang, formulas: options.formulas ?? false };
  const own = placements.map((p) =>
    ownBlock(p, gridOf(p.table.sheet) as Grid, evaluation, blockOptions)
  );
  const ownAreas = own.map(areaOf);
  const fills = fillScores(placements, own, gridOf, previous.filled, options.fillScores ?? false);
  const flags = evaluation.flags.filter((f) => !isOwnSheet(f.sheet));
  const marked = markFlags(flags, gridOf, previous.looks, options.lang, (sheet, row, col) =>
    inAreas(ownAreas, sheet, row, col)
  );
  const widths = ownWidths(placements, gridOf, previous.widths);
  const heights = ownHeights(placements, gridOf, previous.heights);
  // The previous review list is read only from the add-in's own sheet, never from a person's.
  const before = trusted ? readReview(gridOf(names.review)) : [];
  const review = mergeReview(flags, before, options.lang, options.now);
  const guardedOwn = guarded({ ...emptyPlan(), blocks: own }).blocks;
  const state: UndoState = {
    ...emptyState(),
    names,
    blocks: printed(guardedOwn),
    widths: widths.originals,
    heights: heights.originals,
    looks: marked.looks,
    filled: fills.filled,
    sheets: [names.summary, names.review],
  };
  return guarded({
    blocks: [...own, ...fills.blocks],
    marks: marked.marks,
    restores: marked.restores,
    sheets: [
      { ...summarySheet(evaluation, options.lang), name: names.summary },
      { ...reviewSheet(review), name: names.review },
      stateSheet(state),
    ],
    clears: subtractAreas(
      previous.blocks.filter((a) => gridOf(a.sheet)),
      [...ownAreas, ...personal]
    ),
    deleteSheets: [],
    columnWidths: widths.set,
    rowHeights: heights.set,
    reviewRows: review,
    notices: [...stateNotices, ...notices, ...keptNotices(personal)],
  });
}

/** A marked cell still shows the add-in's mark (its note's first line or a severity fill): its look may go back. */
function stillMarked(grid: Grid, sheetCell: string): boolean {
  const at = parseA1(sheetCell);
  if (!at) return false;
  const note = cellNote(grid, at.row, at.col);
  return (
    (note !== undefined && note.includes(NOTE_MARK)) || isOwnFill(cellFill(grid, at.row, at.col))
  );
}

/**
 * Everything the add-in wrote, taken out again: its columns cleared, marked cells back to their own look,
 * filled 得分 cells emptied, widths and heights back, its sheets removed. Only from a state that is the
 * add-in's own, and never a cell a person has since typed into or re-coloured.
 */
export function planUndo(grids: Grid[]): WritePlan {
  const { state, notices } = trustedState(grids);
  if (!state) return notices.length ? { ...emptyPlan(), notices } : emptyPlan();
  const gridOf = sheetIndex(grids);
  const exists = (x: { sheet: string }) => gridOf(x.sheet) !== undefined;
  const personal = personalCells(state, gridOf);
  return {
    ...emptyPlan(),
    clears: subtractAreas(state.blocks.filter(exists), personal),
    restores: state.looks.filter((l) => {
      const grid = gridOf(l.sheet);
      return grid !== undefined && stillMarked(grid, l.cell);
    }),
    blocks: unfillScores(state.filled, gridOf),
    columnWidths: state.widths.filter(exists),
    rowHeights: state.heights.filter(exists),
    deleteSheets: [...state.sheets, state.names.state].filter((s) => gridOf(s) !== undefined),
    notices: [...notices, ...keptNotices(personal)],
  };
}

export { isOwnSheet, OWN_SHEETS, REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "./own";
export { safeText } from "./text";
export type { PlanValue, WritePlan } from "./types";
