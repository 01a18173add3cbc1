/**
 * The undo state's fingerprints of the cells the add-in wrote (state.ts keeps them): what tells a cell a person
 * has typed over since from one that still holds what was written.
 */

import { type Grid, cellValue } from "../grid";
import { isEmptyValue } from "./text";
import type { CellClear, PlanValue } from "./types";

/**
 * An own column block as the last run wrote it, with its fingerprints: PRINT_WIDTH characters a cell, row by
 * row, in one string (a string a cell cost about 12 bytes a cell as Office sends it; this is 4).
 */
export interface OwnArea extends CellClear {
  prints: string;
}

/**
 * Fingerprints. A cell's is 24 bits of FNV-1a (32 bits, folded) over its kind and text, as 4 characters of a
 * 64-letter alphabet that JSON never escapes. A fingerprint only tells a person's edit from what the add-in
 * wrote: an edited cell passes for the add-in's (and is cleared) with a chance of 1 in 16.8 million. 18 bits
 * (3 characters, 1 in 262,144) would save 0.15 MB more at 50,000 rows; the 50,000-row run meets its sync
 * target with 4, and a person's edit is worth the bytes. Not a defence against a forger: a state is trusted
 * for its mark (state-v1.ts checks older ones against the workbook).
 */
export const PRINT_WIDTH = 4;
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.";
/** A cell the add-in left empty; outside the alphabet, so no hash is ever taken for it. */
export const EMPTY_PRINT = "~".repeat(PRINT_WIDTH);
/** A cell whose content is not the add-in's (an old state could not vouch for it): it never matches. */
export const FOREIGN_PRINT = "!".repeat(PRINT_WIDTH);
/** The characters a version-3 state's fingerprints may hold. */
export const PRINTS = /^[0-9A-Za-z_.~!]*$/;

/** The fingerprint of what the add-in wrote into a cell: its formula, else its value. */
export function printOf(value: PlanValue | undefined, formula?: string | null): string {
  if (formula) return hash("f" + formula);
  if (isEmptyValue(value ?? null)) return EMPTY_PRINT;
  return hash((typeof value).charAt(0) + String(value));
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h = ((h >>> 24) ^ h) & 0xffffff;
  let out = "";
  for (let k = 0; k < PRINT_WIDTH; k++, h >>>= 6) out += ALPHABET[h & 63];
  return out;
}

/** An area's fingerprints, row by row, from each cell's (`print(row, col)`, absolute). */
export function printArea(a: CellClear, print: (row: number, col: number) => string): OwnArea {
  const parts: string[] = [];
  for (let r = a.top; r <= a.bottom; r++)
    for (let c = a.left; c <= a.right; c++) parts.push(print(r, c));
  return {
    sheet: a.sheet,
    top: a.top,
    left: a.left,
    bottom: a.bottom,
    right: a.right,
    prints: parts.join(""),
  };
}

/** The fingerprint of one cell of an own area (absolute row and column). */
export function printAt(a: OwnArea, row: number, col: number): string {
  const k = ((row - a.top) * (a.right - a.left + 1) + (col - a.left)) * PRINT_WIDTH;
  return a.prints.slice(k, k + PRINT_WIDTH);
}

/** Does the cell still hold what the add-in wrote there (`print`)? */
export function holdsPrint(grid: Grid, row: number, col: number, print: string): boolean {
  const formula = grid.formulas?.[row]?.[col];
  const value = cellValue(grid, row, col);
  if (print === EMPTY_PRINT) return formula === undefined && isEmptyValue(value);
  if (formula !== undefined && printOf(null, formula) === print) return true;
  return typeof value !== "object" || value === null ? printOf(value, null) === print : false;
}

/** The fingerprint of what a cell holds now, or FOREIGN_PRINT for an error value without a formula. */
export function printNow(grid: Grid, row: number, col: number): string {
  const formula = grid.formulas?.[row]?.[col];
  const value = cellValue(grid, row, col);
  if (formula !== undefined) return printOf(null, formula);
  return typeof value === "object" && value !== null ? FOREIGN_PRINT : printOf(value, null);
}
