/**
 * The row that looks like a header nobody could read: three or more short texts and no figure, over rows with
 * figures under those texts. Named on exit 2 when no table was found anywhere, and flagged (COLUMN_MISSING) on
 * a sheet where no table was found while other sheets had one, so that a table is never skipped in silence.
 */

import { cellValue, columnName, type Grid } from "../grid";

export interface UnreadHeader {
  sheet: string;
  row: number; // 0-based
  texts: string; // "A「…」、B「…」"
}

const SHORT = 24;
/** How many rows below a header are looked at for figures. */
const BELOW = 3;

/** The columns of a row holding a short text, or null when the row holds a figure. */
function shortTextColumns(grid: Grid, row: number): number[] | null {
  const cols: number[] = [];
  // The row's own width: the sheet's (colCount) is a pass over every row, once per row would be quadratic.
  const width = grid.values[row]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const v = cellValue(grid, row, c);
    if (typeof v === "number") return null;
    if (typeof v === "string" && v.trim() !== "" && v.trim().length <= SHORT) cols.push(c);
  }
  return cols;
}

/**
 * Rows among the next few that hold a figure under one of the header's texts other than its first (a serial
 * number under 序号 alone does not make a table of a list of notes).
 */
function rowsWithFigures(grid: Grid, header: number, cols: number[]): number {
  const under = cols.slice(1);
  let n = 0;
  for (let r = header + 1; r <= header + BELOW && r < grid.values.length; r++)
    if (under.some((c) => typeof cellValue(grid, r, c) === "number")) n++;
  return n;
}

/** The first header-like row of a sheet with at least `minRows` rows of figures below it, or null. */
function headerOn(grid: Grid, minRows: number): UnreadHeader | null {
  for (let r = 0; r + 1 < grid.values.length; r++) {
    const cols = shortTextColumns(grid, r);
    if (!cols || cols.length < 3 || rowsWithFigures(grid, r, cols) < minRows) continue;
    const texts = cols.map(
      (c) => `${columnName(c)}「${String(cellValue(grid, r, c)).replace(/\s+/g, "")}」`
    );
    return { sheet: grid.sheet, row: r, texts: texts.join("、") };
  }
  return null;
}

/** Where no table was found at all: the likeliest header, to name in the message. */
export function unreadHeader(grids: readonly Grid[]): UnreadHeader | null {
  for (const grid of grids) {
    const h = headerOn(grid, 1);
    if (h) return h;
  }
  return null;
}

/**
 * On a sheet where no table was found though other sheets had one: a header over two or more rows of figures,
 * which a sheet of notes (填报说明, long lines of text, perhaps numbered) does not have.
 */
export function unreadTable(grid: Grid): UnreadHeader | null {
  return headerOn(grid, 2);
}
