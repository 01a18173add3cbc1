/**
 * The undo state: what the add-in wrote and what it covered, kept in the workbook itself, in a very hidden
 * sheet (_jixiao_state) as JSON split over column A (≤ 30,000 characters a cell; Excel's limit is 32,767).
 * It travels with the file, works the same in Excel desktop, web and Mac and in the .xlsx door, and
 * survives closing the pane. No time is kept in it, so an unchanged re-run writes it unchanged.
 */

import { type Grid, cellValue } from "../grid";
import { type OwnNames, STATE_SHEET, defaultNames, isNumbered } from "./own";
import { isEmptyValue, unguard } from "./text";
import type { CellClear, CellLook, ColumnWidth, PlanValue, RowHeight, SheetWrite } from "./types";

/**
 * Version 2 marks the state as the add-in's own (STATE_MARK), names the own sheets it wrote under the names
 * they have, and keeps a fingerprint of every cell it wrote, so that what a person has since typed there is
 * told apart and never cleared. A version 1 state (the previous release: no mark, no fingerprints) is trusted
 * only as far as it can be checked against the workbook, and read as version 2 (state-v1.ts).
 */
export const STATE_VERSION = 2;
export const STATE_MARK = "jixiao-undo-state";
export const STATE_CHUNK = 30000;

/** An own column block as the last run wrote it, with a fingerprint per cell (row by row; "" = left empty). */
export interface OwnArea extends CellClear {
  prints: string[][];
}

/** A cell's own look, saved before the add-in marked it. */
export interface SavedLook {
  sheet: string;
  cell: string;
  look: CellLook;
}

/** A 得分 cell that was empty and that the add-in filled on the user's request, with the value it wrote. */
export interface FilledCell {
  sheet: string;
  cell: string;
  value: number;
}

export interface UndoState {
  version: typeof STATE_VERSION;
  mark: typeof STATE_MARK;
  /** The names of the own sheets (another than the usual where a person's sheet had it). */
  names: OwnNames;
  /** The add-in's own columns as the last run wrote them (header row included). */
  blocks: OwnArea[];
  /** Widths those columns had before the add-in first wrote there (null = the sheet's default). */
  widths: ColumnWidth[];
  /** Heights the header rows had before the add-in made them two lines tall (null = automatic). */
  heights: RowHeight[];
  /** The user's look of every cell the add-in marks now, as it was before the first mark. */
  looks: SavedLook[];
  filled: FilledCell[];
  /** The own sheets the add-in wrote (undo removes them, and this state sheet). */
  sheets: string[];
}

export function emptyState(): UndoState {
  return {
    version: STATE_VERSION,
    mark: STATE_MARK,
    names: defaultNames(),
    blocks: [],
    widths: [],
    heights: [],
    looks: [],
    filled: [],
    sheets: [],
  };
}

/** JSON with every character outside ASCII escaped: chunks never split a character, never begin with the text guard. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

export function stateSheet(state: UndoState): SheetWrite {
  const json = asciiJson(state);
  const values: string[][] = [];
  for (let i = 0; i < json.length; i += STATE_CHUNK) values.push([json.slice(i, i + STATE_CHUNK)]);
  return { name: state.names.state, values, hidden: true };
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === "object" && v !== null && !Array.isArray(v);
export const isStr = (v: Json | undefined): v is string => typeof v === "string";
export const isNum = (v: Json | undefined): v is number =>
  typeof v === "number" && Number.isFinite(v);
const strOrNull = (v: Json | undefined): v is string | null => v === null || typeof v === "string";

export function arrayOf<T>(v: Json | undefined, item: (x: Json) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out: T[] = [];
  for (const x of v) {
    const t = item(x);
    if (t === null) return null;
    out.push(t);
  }
  return out;
}

/** An own area with one fingerprint per cell: anything else is not a state this add-in wrote. */
function area(x: Json): OwnArea | null {
  if (!isObject(x) || !isStr(x.sheet) || ![x.top, x.left, x.bottom, x.right].every(isNum))
    return null;
  const [top, left, bottom, right] = [x.top, x.left, x.bottom, x.right] as number[];
  if (top < 0 || left < 0 || bottom < top || right < left) return null;
  const prints = arrayOf(x.prints, (row) => arrayOf(row, (p) => (isStr(p) ? p : null)));
  if (!prints || prints.length !== bottom - top + 1) return null;
  if (prints.some((row) => row.length !== right - left + 1)) return null;
  return { sheet: x.sheet, top, left, bottom, right, prints };
}

function names(x: Json | undefined): OwnNames | null {
  if (!isObject(x) || !isStr(x.summary) || !isStr(x.review) || !isStr(x.state)) return null;
  return { summary: x.summary, review: x.review, state: x.state };
}

function width(x: Json): ColumnWidth | null {
  if (!isObject(x) || !isStr(x.sheet) || !isNum(x.col) || !(x.width === null || isNum(x.width)))
    return null;
  return { sheet: x.sheet, col: x.col, width: x.width };
}

function height(x: Json): RowHeight | null {
  if (!isObject(x) || !isStr(x.sheet) || !isNum(x.row) || !(x.height === null || isNum(x.height)))
    return null;
  return { sheet: x.sheet, row: x.row, height: x.height };
}

function look(x: Json): SavedLook | null {
  if (!isObject(x) || !isStr(x.sheet) || !isStr(x.cell) || !isObject(x.look)) return null;
  const { fill, note, raw } = x.look;
  if (!strOrNull(fill) || !strOrNull(note) || !(raw === undefined || isStr(raw))) return null;
  return {
    sheet: x.sheet,
    cell: x.cell,
    look: raw === undefined ? { fill, note } : { fill, note, raw },
  };
}

function filled(x: Json): FilledCell | null {
  if (!isObject(x) || !isStr(x.sheet) || !isStr(x.cell) || !isNum(x.value)) return null;
  return { sheet: x.sheet, cell: x.cell, value: x.value };
}

/** What versions 1 and 2 record alike: widths, heights, looks, filled cells and own sheets; null if malformed. */
export type Records = Pick<UndoState, "widths" | "heights" | "looks" | "filled" | "sheets">;

export function recordsOf(json: { [key: string]: Json }): Records | null {
  const widths = arrayOf(json.widths, width);
  const heights = arrayOf(json.heights, height);
  const looks = arrayOf(json.looks, look);
  const fills = arrayOf(json.filled, filled);
  const sheets = arrayOf(json.sheets, (s) => (isStr(s) ? s : null));
  if (!widths || !heights || !looks || !fills || !sheets) return null;
  return { widths, heights, looks, filled: fills, sheets };
}

function parseState(json: Json): UndoState | null {
  if (!isObject(json) || json.version !== STATE_VERSION || json.mark !== STATE_MARK) return null;
  const own = names(json.names);
  const blocks = arrayOf(json.blocks, area);
  const records = recordsOf(json);
  if (!own || !blocks || !records) return null;
  return { version: STATE_VERSION, mark: STATE_MARK, names: own, blocks, ...records };
}

/** The JSON a state sheet holds over column A, or undefined when it is not JSON. */
export function stateJson(grid: Grid): Json | undefined {
  const text = grid.values
    .map((row) => (typeof row?.[0] === "string" ? unguard(row[0]) : ""))
    .join("");
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function parseSheet(grid: Grid): UndoState | null {
  const json = stateJson(grid);
  const state = json === undefined ? null : parseState(json);
  // The state names the sheet it lives in: a copy under another name is not it.
  return state && state.names.state === grid.sheet ? state : null;
}

/**
 * The state a previous run left in the workbook, or null (none, or not one this add-in wrote: a person's
 * sheet of that name, garbage, a state without its mark or fingerprints). Looked for under the usual name
 * and the numbered names the add-in takes when a person's sheet has the usual one.
 */
export function readState(grids: Grid[]): UndoState | null {
  for (const grid of grids) {
    if (!isNumbered(grid.sheet, STATE_SHEET)) continue;
    const state = parseSheet(grid);
    if (state) return state;
  }
  return null;
}

/** A short fingerprint of what the add-in wrote into a cell: its formula, else its value ("" = nothing). */
export function printOf(value: PlanValue | undefined, formula?: string | null): string {
  if (formula) return "f" + hash(formula);
  if (isEmptyValue(value ?? null)) return "";
  return (typeof value).charAt(0) + hash(String(value));
}

/** FNV-1a, 32 bits, in base 36: enough to tell a person's edit from what was written. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Does the cell still hold what the add-in wrote there (`print`)? */
export function holdsPrint(grid: Grid, row: number, col: number, print: string): boolean {
  const formula = grid.formulas?.[row]?.[col];
  const value = cellValue(grid, row, col);
  if (print === "") return formula === undefined && isEmptyValue(value);
  if (formula !== undefined && printOf(null, formula) === print) return true;
  return typeof value !== "object" || value === null ? printOf(value, null) === print : false;
}

/**
 * Cells of the previous own areas that hold something the add-in did not write there (a person typed over
 * them): as 1×1 areas, to be left alone.
 */
export function personalCells(
  state: UndoState,
  gridOf: (sheet: string) => Grid | undefined
): CellClear[] {
  const out: CellClear[] = [];
  for (const a of state.blocks) {
    const grid = gridOf(a.sheet);
    if (!grid) continue;
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const print = a.prints[r - a.top][c - a.left];
        if (holdsPrint(grid, r, c, print)) continue;
        const empty = isEmptyValue(cellValue(grid, r, c)) && grid.formulas?.[r]?.[c] === undefined;
        if (!empty) out.push({ sheet: a.sheet, top: r, left: c, bottom: r, right: c });
      }
  }
  return out;
}
