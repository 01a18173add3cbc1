/**
 * The undo state of the previous release (version 1: no mark, no fingerprints), read as version 2 as far as
 * the workbook bears it out: an own sheet it lists must exist under that name, and an own column block must
 * still show the add-in's own headers, exactly, in its header row. What checks out gets fingerprints of what
 * its cells hold now (so that re-run and undo work as before); what does not is left alone, and said.
 */

import { type Grid, areaA1, cellValue } from "../grid";
import { msg } from "../i18n/render";
import type { Message } from "../model";
import { BUDGET_COLUMNS, INDICATOR_COLUMNS } from "./columns";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "./own";
import {
  type Json,
  type OwnArea,
  type UndoState,
  arrayOf,
  emptyState,
  isNum,
  isObject,
  isStr,
  printOf,
  readState,
  recordsOf,
  stateJson,
} from "./state";
import { headerText } from "./text";
import type { CellClear } from "./types";

/** The previous release's own sheets: the only names it gave. */
const V1_SHEETS: readonly string[] = [SUMMARY_SHEET, REVIEW_SHEET];
const V1_HEADERS = [INDICATOR_COLUMNS, BUDGET_COLUMNS].map((c) => c.headers.map(headerText));

function v1Area(x: Json): CellClear | null {
  if (!isObject(x) || !isStr(x.sheet) || ![x.top, x.left, x.bottom, x.right].every(isNum))
    return null;
  const [top, left, bottom, right] = [x.top, x.left, x.bottom, x.right] as number[];
  if (top < 0 || left < 0 || bottom < top || right < left) return null;
  return { sheet: x.sheet, top, left, bottom, right };
}

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
  const prints: string[][] = [];
  for (let r = a.top; r <= bottom; r++) {
    const row: string[] = [];
    for (let c = a.left; c <= a.right; c++) {
      const formula = grid.formulas?.[r]?.[c];
      const value = cellValue(grid, r, c);
      // An error value without a formula is nothing the add-in wrote: a print that never matches keeps it.
      if (formula !== undefined) row.push(printOf(null, formula));
      else row.push(typeof value === "object" && value !== null ? "?" : printOf(value, null));
    }
    prints.push(row);
  }
  return { ...a, bottom, prints };
}

interface Checked {
  state: UndoState | null;
  notices: Message[];
}

function migrate(json: { [key: string]: Json }, gridOf: (s: string) => Grid | undefined): Checked {
  const blocks = arrayOf(json.blocks, v1Area);
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

/**
 * The undo state the workbook holds and can be trusted, with what was said about it: the add-in's own
 * (version 2, state.ts), else a previous release's, checked and read as version 2.
 */
export function trustedState(grids: Grid[]): Checked {
  const current = readState(grids);
  if (current) return { state: current, notices: [] };
  const grid = grids.find((g) => g.sheet === STATE_SHEET);
  const json = grid && stateJson(grid);
  if (!isObject(json) || json.version !== 1 || json.mark !== undefined)
    return { state: null, notices: [] };
  const byName = new Map(grids.map((g) => [g.sheet, g]));
  return migrate(json, (s) => byName.get(s));
}
