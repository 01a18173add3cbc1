/**
 * Where no table was found: the row that looks like a header nobody could read (three or more short texts,
 * figures in the row below), so that the message can name its sheet and row rather than leave a person guessing.
 */

import { cellValue, colCount, columnName, type Grid } from "../grid";

export interface UnreadHeader {
  sheet: string;
  row: number; // 0-based
  texts: string; // "A「…」、B「…」"
}

const SHORT = 24;

function shortTexts(grid: Grid, row: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < colCount(grid); c++) {
    const v = cellValue(grid, row, c);
    if (typeof v === "string" && v.trim() !== "" && v.trim().length <= SHORT)
      out.push(`${columnName(c)}「${v.replace(/\s+/g, "")}」`);
  }
  return out;
}

function hasNumber(grid: Grid, row: number): boolean {
  for (let c = 0; c < colCount(grid); c++)
    if (typeof cellValue(grid, row, c) === "number") return true;
  return false;
}

export function unreadHeader(grids: readonly Grid[]): UnreadHeader | null {
  for (const grid of grids) {
    for (let r = 0; r + 1 < grid.values.length; r++) {
      if (hasNumber(grid, r)) continue;
      const texts = shortTexts(grid, r);
      if (texts.length >= 3 && hasNumber(grid, r + 1))
        return { sheet: grid.sheet, row: r, texts: texts.join("、") };
    }
  }
  return null;
}
