/**
 * Undo states of earlier releases, read as the current version (state.ts).
 *
 * Version 2 (the mark, a fingerprint string a cell) is trusted as version 3 is: each cell whose version-2
 * fingerprint still matches gets the current fingerprint of what it holds; one that no longer matches (a
 * person typed there) gets one that never matches, so it stays theirs.
 *
 * Version 1 (no mark, no fingerprints) is trusted as far as the workbook bears it out: an own sheet it lists
 * must exist under that name, and an own column block must still show the add-in's own headers, exactly, in
 * its header row. What checks out gets fingerprints of what its cells hold now (so that re-run and undo work
 * as before); what does not is left alone, and said.
 */

import { type Grid, areaA1, cellValue } from "../grid";
import { msg } from "../i18n/render";
import type { Message } from "../model";
import { BUDGET_COLUMNS, INDICATOR_COLUMNS } from "./columns";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "./own";
import {
  type Json,
  STATE_MARK,
  type UndoState,
  arrayOf,
  claimedArea,
  emptyState,
  findState,
  isObject,
  isStr,
  names,
  readState,
  recordsOf,
  stateJson,
} from "./state";
import { FOREIGN_PRINT, type OwnArea, printArea, printNow } from "./state-prints";
import { headerText, isEmptyValue } from "./text";
import type { CellClear, PlanValue } from "./types";

/** The previous release's own sheets: the only names it gave. */
const V1_SHEETS: readonly string[] = [SUMMARY_SHEET, REVIEW_SHEET];
const V1_HEADERS = [INDICATOR_COLUMNS, BUDGET_COLUMNS].map((c) => c.headers.map(headerText));

/** Does the block's header row hold exactly one set of the add-in's headers, across its whole width? */
function showsOwnHeaders(grid: Grid, a: CellClear): boolean {
  return V1_HEADERS.some(
    (headers) =>
      headers.length === a.right - a.left + 1 &&
      headers.every(
        (h, k) =>
          cellValue(grid, a.top, a.left + k) === h &&
          grid.formulas?.[a.top]?.[a.left + k] === undefined
      )
  );
}

/** Fingerprints of what the block's cells hold now; rows past the sheet's last are empty and left out. */
function printedNow(grid: Grid, a: CellClear): OwnArea {
  const bottom = Math.min(a.bottom, Math.max(a.top, grid.values.length - 1));
  return printArea({ ...a, bottom }, (r, c) => printNow(grid, r, c));
}

interface Checked {
  state: UndoState | null;
  notices: Message[];
}

function migrate(json: { [key: string]: Json }, gridOf: GridOf): Checked {
  const blocks = arrayOf(json.blocks, claimedArea);
  const records = recordsOf(json);
  if (!blocks || !records) return { state: null, notices: [] };
  const { widths, heights, looks, filled: fills, sheets } = records;
  const notices: Message[] = [];
  const kept: OwnArea[] = [];
  for (const a of blocks) {
    const grid = gridOf(a.sheet);
    if (grid && showsOwnHeaders(grid, a)) kept.push(printedNow(grid, a));
    else if (grid) notices.push(msg("plan.notice.oldBlock", { sheet: a.sheet, cells: areaA1(a) }));
  }
  const ownSheets = sheets.filter((s) => V1_SHEETS.includes(s) && gridOf(s));
  for (const s of sheets)
    if (!ownSheets.includes(s)) notices.push(msg("plan.notice.oldSheet", { sheet: s }));
  if (kept.length === 0 && ownSheets.length === 0) return { state: null, notices };
  const checked = new Set(kept.map((a) => a.sheet));
  const inBlock = (sheet: string, row: number | null, col: number | null) =>
    kept.some(
      (a) =>
        a.sheet === sheet &&
        (row === null || row === a.top) &&
        (col === null || (col >= a.left && col <= a.right))
    );
  return {
    state: {
      ...emptyState(),
      blocks: kept,
      widths: widths.filter((w) => inBlock(w.sheet, null, w.col)),
      heights: heights.filter((h) => inBlock(h.sheet, h.row, null)),
      looks: looks.filter((l) => gridOf(l.sheet)),
      filled: fills.filter((f) => checked.has(f.sheet)),
      sheets: ownSheets,
    },
    notices,
  };
}

// --- version 2 --------------------------------------------------------------------------------------------

/** Version 2's fingerprint: FNV-1a, 32 bits, in base 36, after a letter for the kind ("" = left empty). */
function v2Print(value: PlanValue | undefined, formula?: string | null): string {
  const hash = (text: string): string => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(36);
  };
  if (formula) return "f" + hash(formula);
  if (isEmptyValue(value ?? null)) return "";
  return (typeof value).charAt(0) + hash(String(value));
}

/** Does the cell still hold what a version-2 fingerprint says the add-in wrote there? */
function holdsV2(grid: Grid, row: number, col: number, print: string): boolean {
  const formula = grid.formulas?.[row]?.[col];
  const value = cellValue(grid, row, col);
  if (print === "") return formula === undefined && isEmptyValue(value);
  if (formula !== undefined && v2Print(null, formula) === print) return true;
  return typeof value !== "object" || value === null ? v2Print(value, null) === print : false;
}

interface V2Area extends CellClear {
  prints: string[][];
}

function v2Area(x: Json): V2Area | null {
  const a = claimedArea(x);
  if (!a || !isObject(x)) return null;
  const prints = arrayOf(x.prints, (row) => arrayOf(row, (p) => (isStr(p) ? p : null)));
  if (!prints || prints.length !== a.bottom - a.top + 1) return null;
  if (prints.some((row) => row.length !== a.right - a.left + 1)) return null;
  return { ...a, prints };
}

function parseV2(json: Json) {
  if (!isObject(json) || json.version !== 2 || json.mark !== STATE_MARK) return null;
  const own = names(json.names);
  const blocks = arrayOf(json.blocks, v2Area);
  const records = recordsOf(json);
  return own && blocks && records ? { names: own, blocks, records } : null;
}

function fromV2(v2: NonNullable<ReturnType<typeof parseV2>>, gridOf: GridOf): UndoState {
  const blocks = v2.blocks.map((a) => {
    const grid = gridOf(a.sheet);
    return printArea(a, (r, c) =>
      grid && holdsV2(grid, r, c, a.prints[r - a.top][c - a.left])
        ? printNow(grid, r, c)
        : FOREIGN_PRINT
    );
  });
  return { ...emptyState(), names: v2.names, blocks, ...v2.records };
}

type GridOf = (sheet: string) => Grid | undefined;

/**
 * The undo state the workbook holds and can be trusted, with what was said about it: the add-in's own
 * (version 3, state.ts), else an earlier release's, checked and read as version 3.
 */
export function trustedState(grids: Grid[]): Checked {
  const current = readState(grids);
  if (current) return { state: current, notices: [] };
  const byName = new Map(grids.map((g) => [g.sheet, g]));
  const gridOf: GridOf = (s) => byName.get(s);
  const v2 = findState(grids, parseV2);
  if (v2) return { state: fromV2(v2.state, gridOf), notices: [] };
  const grid = byName.get(STATE_SHEET);
  const json = grid && stateJson(grid);
  if (!isObject(json) || json.version !== 1 || json.mark !== undefined)
    return { state: null, notices: [] };
  return migrate(json, gridOf);
}
