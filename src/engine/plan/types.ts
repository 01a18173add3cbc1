/**
 * Everything a run writes into a workbook, as data. Adapters (Office.js, the .xlsx package) only translate it.
 * Rows and columns are 0-based. Text is always written as text: an adapter never turns a string into a formula
 * (the plan also guards every string that starts with = + - @, see text.ts, so Office.js cannot either).
 *
 * An adapter applies a plan in this order, all or nothing (it checks first that every sheet named by
 * `blocks`, `marks`, `restores`, `clears`, `columnWidths` and `rowHeights` exists, and writes nothing when one does not):
 *   1. deleteSheets   2. clears   3. restores   4. blocks   5. marks   6. sheets   7. columnWidths, rowHeights
 * docs/write-back.md describes what a run writes and where.
 */

import type { Message, Severity } from "../model";
import type { ReviewRow } from "./review-sheet";

export type PlanValue = string | number | boolean | null;

/**
 * A rectangular block of cells in a user sheet: the add-in's own columns beside a table, or (with
 * `fillScores`) the empty 得分 cells the user asked it to fill, or (undo) those cells emptied again.
 * The adapter writes values (and formulas); it touches a cell's formatting only where `headerRows` or
 * `numberFormats` ask for it, so a filled 得分 cell keeps the user's own format.
 */
export interface BlockWrite {
  sheet: string;
  top: number;
  left: number;
  values: PlanValue[][];
  /** Formula mode: a formula (without "=") per cell, or null where the value is written as is. The value is its cached result. */
  formulas?: (string | null)[][];
  /** Rows of the block (0-based, relative to `top`) to style as the add-in's header (bold, filled, wrapped, centred). */
  headerRows?: number[];
  /** Number format per column of the block, e.g. "0.00", for the rows that are not header rows. */
  numberFormats?: (string | null)[];
}

/**
 * The user's own look of a cell, saved before the add-in marks it, so that it comes back.
 * `fill` and `note` are plain (a colour, the note's text) and every adapter understands them; `raw` is the
 * reading adapter's exact record (Grid.looks) and wins when the same kind of adapter restores the cell.
 */
export interface CellLook {
  fill: string | null; // "#RRGGBB" / "#AARRGGBB", null = no plain fill
  note: string | null;
  raw?: string;
}

/** A flagged cell: filled by severity, with a note that carries the explanation (after the user's own note, if any). */
export interface CellMark {
  sheet: string;
  cell: string; // A1
  severity: Severity;
  fill: string; // #RRGGBB
  note: string;
}

/** A cell the add-in marked before and whose flag is gone now (or undo): put the user's look back. */
export interface CellRestore {
  sheet: string;
  cell: string;
  look: CellLook;
}

/** Cells the add-in wrote before and no longer needs: value, formula and formatting cleared (back to the row's or column's style). */
export interface CellClear {
  sheet: string;
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

/** A list-validation (drop-down) on a column of an own sheet, e.g. the review statuses. */
export interface ListValidation {
  col: number;
  firstRow: number;
  lastRow: number; // inclusive
  list: string[];
}

/** A number format on an area of an own sheet (overrides `numberFormats`). */
export interface AreaFormat {
  top: number;
  left: number;
  bottom: number;
  right: number;
  format: string;
}

/** A chart of score against weight: categories and series are columns of the sheet, over rows firstRow..lastRow. */
export interface ChartSpec {
  title: string;
  categoriesCol: number;
  seriesCols: number[];
  /** The row holding the series names (their headers). */
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

/** A sheet the add-in owns (评分汇总, 复核清单, the undo state): replaced whole on each run. */
export interface SheetWrite {
  name: string;
  values: PlanValue[][];
  /** Hidden from the user's tab bar (the undo state): "veryHidden" where the host has it. */
  hidden?: boolean;
  columnWidths?: number[];
  headerRows?: number[];
  /** Cells that link to another place in the workbook, e.g. the flagged cell: { row, col, target: "'自评表'!H9" } (no "#"). */
  links?: { row: number; col: number; target: string }[];
  /** Row fills over the sheet's used columns, e.g. by severity in the review list. */
  rowFills?: { row: number; fill: string }[];
  /** Per-column number formats. */
  numberFormats?: (string | null)[];
  /** Number formats of areas, where one column holds several kinds of figure (the summary). */
  areaFormats?: AreaFormat[];
  /** Columns whose cells wrap text (aligned to the top). */
  wrapCols?: number[];
  /** Row heights in points, where a row holds more than one line. */
  rowHeights?: { row: number; height: number }[];
  /** Drop-down lists (the review statuses). */
  validations?: ListValidation[];
  /** Rows kept in view when scrolling (the review list's header). */
  freezeRows?: number;
  /** A chart of score against weight, where the adapter can draw one (Office.js can; the .xlsx package writer does not). */
  chart?: ChartSpec;
}

/** A column width to set: the add-in's own columns, or (undo) the width they had before; null = the sheet's default. */
export interface ColumnWidth {
  sheet: string;
  col: number;
  width: number | null;
}

/**
 * A row height to set, in points: a header row the add-in writes two-line headers into is made tall enough
 * for them (spreadsheets do not grow a row on opening a file), or (undo) back to what it was; null = automatic.
 */
export interface RowHeight {
  sheet: string;
  row: number;
  height: number | null;
}

export interface WritePlan {
  blocks: BlockWrite[];
  marks: CellMark[];
  restores: CellRestore[];
  sheets: SheetWrite[];
  /** Columns the add-in wrote before and no longer needs (a table moved, shrank or vanished; undo): cleared. */
  clears: CellClear[];
  /** Own sheets to remove (undo). */
  deleteSheets: string[];
  columnWidths: ColumnWidth[];
  rowHeights: RowHeight[];
  /** The review list this plan writes into 复核清单, as data, for whoever shows it (the task pane). */
  reviewRows?: ReviewRow[];
  /** What the run did differently to keep a person's data, for the user to read (nothing is written from these). */
  notices?: Message[];
}

export function emptyPlan(): WritePlan {
  return {
    blocks: [],
    marks: [],
    restores: [],
    sheets: [],
    clears: [],
    deleteSheets: [],
    columnWidths: [],
    rowHeights: [],
  };
}
