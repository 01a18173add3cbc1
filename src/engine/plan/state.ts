/**
 * The undo state: what the add-in wrote and what it covered, kept in the workbook itself, in a very hidden
 * sheet (_jixiao_state) as JSON split over column A (≤ 30,000 characters a cell; Excel's limit is 32,767).
 * It travels with the file, works the same in Excel desktop, web and Mac and in the .xlsx door, and
 * survives closing the pane. No time is kept in it, so an unchanged re-run writes it unchanged.
 */

import { type Grid, cellValue } from "../grid";
import { type OwnNames, STATE_SHEET, defaultNames, isNumbered } from "./own";
import { type OwnArea, PRINTS, PRINT_WIDTH, holdsPrint, printAt } from "./state-prints";
import { isEmptyValue, unguard } from "./text";
import type { CellClear, CellLook, ColumnWidth, RowHeight, SheetWrite } from "./types";

/**
 * Version 3 marks the state as the add-in's own (STATE_MARK), names the own sheets it wrote under the names
 * they have, and keeps a fingerprint of every cell it wrote, so that what a person has since typed there is
 * told apart and never cleared. Older states are read as version 3 (state-v1.ts): version 2 (the same, with a
 * fingerprint string a cell) as far as its fingerprints still match, version 1 (the first release: no mark, no
 * fingerprints) as far as it can be checked against the workbook.
 */
export const STATE_VERSION = 3;
export const STATE_MARK = "jixiao-undo-state";
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
  const json = asciiJson(stored(state));
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

/** The cells an own area claims, or null when they are not a sane rectangle (any version). */
export function claimedArea(x: Json): CellClear | null {
  if (!isObject(x) || !isStr(x.sheet) || ![x.top, x.left, x.bottom, x.right].every(isNum))
    return null;
  const [top, left, bottom, right] = [x.top, x.left, x.bottom, x.right] as number[];
  if (top < 0 || left < 0 || bottom < top || right < left) return null;
  return { sheet: x.sheet, top, left, bottom, right };
}

/** An own area with one fingerprint per cell: anything else is not a state this add-in wrote. */
function area(x: Json): OwnArea | null {
  const a = claimedArea(x);
  if (!a || !isObject(x) || !isStr(x.prints)) return null;
  const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
  if (x.prints.length !== cells * PRINT_WIDTH || !PRINTS.test(x.prints)) return null;
  return { ...a, prints: x.prints };
}

export function names(x: Json | undefined): OwnNames | null {
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

/**
 * Version 3 keeps looks and filled cells grouped by sheet, `[sheet, entries]`, and a marked cell that had no
 * look of its own as its address alone: 6,250 looks were 0.5 MB as Office sends them, now under 0.1 MB.
 */
type LookEntry =
  string | [string, string | null, string | null] | [string, string | null, string | null, string];

function stored(state: UndoState) {
  return {
    ...state,
    looks: bySheet(state.looks, ({ cell, look: l }): LookEntry =>
      l.raw !== undefined
        ? [cell, l.fill, l.note, l.raw]
        : l.fill === null && l.note === null
          ? cell
          : [cell, l.fill, l.note]
    ),
    filled: bySheet(state.filled, ({ cell, value }): [string, number] => [cell, value]),
  };
}

function bySheet<T extends { sheet: string }, E>(items: T[], entry: (t: T) => E): [string, E[]][] {
  const groups = new Map<string, E[]>();
  for (const t of items) {
    const group = groups.get(t.sheet) ?? [];
    group.push(entry(t));
    groups.set(t.sheet, group);
  }
  return [...groups];
}

function fromSheets<T>(
  x: Json | undefined,
  entry: (sheet: string, e: Json) => T | null
): T[] | null {
  const groups = arrayOf(x, (g) => {
    if (!Array.isArray(g) || g.length !== 2 || !isStr(g[0])) return null;
    const sheet = g[0];
    return arrayOf(g[1], (e) => entry(sheet, e));
  });
  return groups && groups.flat();
}

function storedLook(sheet: string, e: Json): SavedLook | null {
  if (isStr(e)) return { sheet, cell: e, look: { fill: null, note: null } };
  if (!Array.isArray(e) || (e.length !== 3 && e.length !== 4)) return null;
  const [cell, fill, note, raw] = e;
  if (!isStr(cell) || !strOrNull(fill) || !strOrNull(note)) return null;
  if (e.length === 3) return { sheet, cell, look: { fill, note } };
  return isStr(raw) ? { sheet, cell, look: { fill, note, raw } } : null;
}

function storedFill(sheet: string, e: Json): FilledCell | null {
  if (!Array.isArray(e) || e.length !== 2 || !isStr(e[0]) || !isNum(e[1])) return null;
  return { sheet, cell: e[0], value: e[1] };
}

/** What all versions record: widths, heights, looks, filled cells and own sheets; null if malformed. */
export type Records = Pick<UndoState, "widths" | "heights" | "looks" | "filled" | "sheets">;

/** The records of a state: looks and filled cells as version 3 groups them, or (`listed`) as 1 and 2 list them. */
export function recordsOf(json: { [key: string]: Json }, listed = true): Records | null {
  const widths = arrayOf(json.widths, width);
  const heights = arrayOf(json.heights, height);
  const looks = listed ? arrayOf(json.looks, look) : fromSheets(json.looks, storedLook);
  const fills = listed ? arrayOf(json.filled, filled) : fromSheets(json.filled, storedFill);
  const sheets = arrayOf(json.sheets, (s) => (isStr(s) ? s : null));
  if (!widths || !heights || !looks || !fills || !sheets) return null;
  return { widths, heights, looks, filled: fills, sheets };
}

function parseState(json: Json): UndoState | null {
  if (!isObject(json) || json.version !== STATE_VERSION || json.mark !== STATE_MARK) return null;
  const own = names(json.names);
  const blocks = arrayOf(json.blocks, area);
  const records = recordsOf(json, false);
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

/**
 * The first state `parse` accepts, with the grid it is in. Looked for under the usual name and the numbered
 * names the add-in takes when a person's sheet has the usual one; a state names the sheet it lives in, so a
 * copy under another name is not it.
 */
export function findState<T extends { names: OwnNames }>(
  grids: Grid[],
  parse: (json: Json) => T | null
): { state: T; grid: Grid } | null {
  for (const grid of grids) {
    if (!isNumbered(grid.sheet, STATE_SHEET)) continue;
    const json = stateJson(grid);
    const state = json === undefined ? null : parse(json);
    if (state && state.names.state === grid.sheet) return { state, grid };
  }
  return null;
}

/**
 * The state a previous run of this version left in the workbook, or null (none, or not one this add-in
 * wrote: a person's sheet of that name, garbage, a state without its mark or fingerprints). Older versions'
 * states: trustedState (state-v1.ts).
 */
export function readState(grids: Grid[]): UndoState | null {
  return findState(grids, parseState)?.state ?? null;
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
        if (holdsPrint(grid, r, c, printAt(a, r, c))) continue;
        const empty = isEmptyValue(cellValue(grid, r, c)) && grid.formulas?.[r]?.[c] === undefined;
        if (!empty) out.push({ sheet: a.sheet, top: r, left: c, bottom: r, right: c });
      }
  }
  return out;
}
