/**
 * The undo state: what the add-in wrote and what it covered, kept in the workbook itself, in a very hidden
 * sheet (_jixiao_state) as JSON split over column A (≤ 30,000 characters a cell; Excel's limit is 32,767).
 * It travels with the file, works the same in Excel desktop, web and Mac and in the .xlsx door, and
 * survives closing the pane. No time is kept in it, so an unchanged re-run writes it unchanged.
 */

import type { Grid } from "../grid";
import { STATE_SHEET } from "./own";
import { unguard } from "./text";
import type { CellClear, CellLook, ColumnWidth, RowHeight, SheetWrite } from "./types";

export const STATE_VERSION = 1;
export const STATE_CHUNK = 30000;

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
  /** The add-in's own columns as the last run wrote them (header row included). */
  blocks: CellClear[];
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
  return { name: STATE_SHEET, values, hidden: true };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: Json | undefined): v is string => typeof v === "string";
const isNum = (v: Json | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const strOrNull = (v: Json | undefined): v is string | null => v === null || typeof v === "string";

function arrayOf<T>(v: Json | undefined, item: (x: Json) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out: T[] = [];
  for (const x of v) {
    const t = item(x);
    if (t === null) return null;
    out.push(t);
  }
  return out;
}

function area(x: Json): CellClear | null {
  if (!isObject(x) || !isStr(x.sheet) || ![x.top, x.left, x.bottom, x.right].every(isNum))
    return null;
  return {
    sheet: x.sheet,
    top: x.top as number,
    left: x.left as number,
    bottom: x.bottom as number,
    right: x.right as number,
  };
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

function parseState(json: Json): UndoState | null {
  if (!isObject(json) || json.version !== STATE_VERSION) return null;
  const blocks = arrayOf(json.blocks, area);
  const widths = arrayOf(json.widths, width);
  const heights = arrayOf(json.heights, height);
  const looks = arrayOf(json.looks, look);
  const fills = arrayOf(json.filled, filled);
  const sheets = arrayOf(json.sheets, (s) => (isStr(s) ? s : null));
  if (!blocks || !widths || !heights || !looks || !fills || !sheets) return null;
  return { version: STATE_VERSION, blocks, widths, heights, looks, filled: fills, sheets };
}

/** The state a previous run left in the workbook, or null (none, or not one this version can read). */
export function readState(grids: Grid[]): UndoState | null {
  const grid = grids.find((g) => g.sheet === STATE_SHEET);
  if (!grid) return null;
  const text = grid.values
    .map((row) => (typeof row?.[0] === "string" ? unguard(row[0]) : ""))
    .join("");
  try {
    return parseState(JSON.parse(text) as Json);
  } catch {
    return null;
  }
}
