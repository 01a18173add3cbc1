/**
 * Where the add-in's own columns go beside each table: where its headers already are (a re-run), else the
 * first columns right of the table that are empty in all of the table's rows. A person's cell is never
 * written over.
 */

import { type Grid, cellValue } from "../grid";
import type { TableRef } from "../model";
import { type Bilingual, isEmptyValue, isHeader } from "./text";

export interface OwnColumns {
  headers: Bilingual[];
  /** Number format of each column's data cells. */
  formats: (string | null)[];
  /** Width of each column, in characters. The explanation does not wrap: it runs on into the empty cells to its right. */
  widths: number[];
}

/** Points for the two lines of an own header (the Chinese and the English line). */
export const HEADER_HEIGHT = 30;

export const INDICATOR_COLUMNS: OwnColumns = {
  headers: [
    { zh: "系统得分", en: "System score" },
    { zh: "扣分", en: "Deduction" },
    { zh: "计分说明", en: "Scoring note" },
  ],
  formats: ["0.00", "0.00", null],
  widths: [13, 10, 50],
};

export const BUDGET_COLUMNS: OwnColumns = {
  headers: [
    { zh: "系统执行率", en: "System rate" },
    { zh: "系统得分", en: "System score" },
    { zh: "计算说明", en: "Calculation note" },
  ],
  formats: ["0.00%", "0.00", null],
  widths: [12, 13, 50],
};

export function ownColumnsFor(kind: TableRef["kind"]): OwnColumns {
  return kind === "budget" ? BUDGET_COLUMNS : INDICATOR_COLUMNS;
}

/** A table and the columns beside it that the add-in writes: rows top..bottom (header row first), columns left.. */
export interface Placement {
  table: TableRef;
  top: number; // the table's (last) header row: the add-in's headers go there
  bottom: number;
  left: number;
  width: number;
}

/** The add-in's headers for this kind of table in the header row right of the table, or -1. */
function findOwnHeaders(grid: Grid, table: TableRef, headers: Bilingual[]): number {
  // Headers are texts of the header row: its own length bounds them (colCount is a pass over every row).
  const width = grid.values[table.headerRow]?.length ?? 0;
  for (let c = table.lastCol + 1; c + headers.length <= width; c++) {
    if (headers.every((h, k) => isHeader(cellValue(grid, table.headerRow, c + k), h))) return c;
  }
  return -1;
}

/** The first row a table's header reaches: a merged group header above the last header row counts. */
function headerTop(grid: Grid, table: TableRef): number {
  let top = table.headerRow;
  for (const m of grid.merges) {
    const touchesHeader = m.top < table.headerRow && m.bottom >= table.headerRow;
    const insideTable = m.right >= table.firstCol && m.left <= table.lastCol;
    if (touchesHeader && insideTable && m.top < top) top = m.top;
  }
  return top;
}

interface Claim {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function isFreeColumn(
  grid: Grid,
  col: number,
  top: number,
  bottom: number,
  claims: Claim[]
): boolean {
  for (let r = top; r <= bottom; r++) {
    if (!isEmptyValue(cellValue(grid, r, col))) return false;
    const formulas = grid.formulas?.[r];
    if (formulas !== undefined && col < formulas.length && formulas[col] !== undefined)
      return false;
  }
  const crosses = (a: { top: number; bottom: number; left: number; right: number }) =>
    a.left <= col && a.right >= col && a.top <= bottom && a.bottom >= top;
  if (grid.merges.some(crosses)) return false;
  return !claims.some((c) => c.sheet === grid.sheet && crosses(c));
}

function firstFreeColumns(grid: Grid, table: TableRef, width: number, claims: Claim[]): number {
  const top = headerTop(grid, table);
  let c = table.lastCol + 1;
  for (;;) {
    let k = 0;
    while (k < width && isFreeColumn(grid, c + k, top, table.lastRow, claims)) k++;
    if (k === width) return c;
    c += k + 1;
  }
}

/** Place every table's own columns, in table order; tables on the same rows never share columns. */
export function placeColumns(
  tables: TableRef[],
  gridOf: (sheet: string) => Grid | undefined,
  isPersonal: (sheet: string, row: number, col: number) => boolean = () => false
): Placement[] {
  const claims: Claim[] = [];
  const placements: Placement[] = [];
  for (const table of tables) {
    const grid = gridOf(table.sheet);
    if (!grid) continue;
    const { headers } = ownColumnsFor(table.kind);
    const found = findOwnHeaders(grid, table, headers);
    // Old own columns a person has typed into are theirs now: the add-in writes beside them instead.
    const typedOver = (c: number) =>
      Array.from(
        { length: table.lastRow - table.headerRow + 1 },
        (_, i) => table.headerRow + i
      ).some((r) => headers.some((_, k) => isPersonal(table.sheet, r, c + k)));
    const left =
      found >= 0 && !typedOver(found)
        ? found
        : firstFreeColumns(grid, table, headers.length, claims);
    const placement = {
      table,
      top: table.headerRow,
      bottom: table.lastRow,
      left,
      width: headers.length,
    };
    claims.push({
      sheet: table.sheet,
      top: headerTop(grid, table),
      bottom: table.lastRow,
      left,
      right: left + headers.length - 1,
    });
    placements.push(placement);
  }
  return placements;
}
