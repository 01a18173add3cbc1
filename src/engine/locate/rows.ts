/** Read the rows of a located indicator table: levels filled down, row kinds recognised, cells kept raw. */

import { a1, cellFormat, type CellValue } from "../grid";
import type { RowKind, TableRef } from "../model";
import { BONUS_WORDS } from "./aliases";
import { cellText, type MergedView } from "./merged";
import { isTotalText } from "./tables";

export interface RawCell {
  value: CellValue;
  format?: string;
  address: string | null; // A1, null when the table has no such column
}

export interface IndicatorRow {
  row: number; // 0-based
  kind: RowKind;
  levels: string[];
  weight: RawCell;
  target: RawCell;
  actual: RawCell;
  score: RawCell;
  reason: RawCell;
  criterion: RawCell;
  op: RawCell;
  unit: RawCell;
}

const LEVEL_KEYS = ["level1", "level2", "level3", "name"] as const;
const EMPTY: RawCell = { value: null, address: null };

function raw(view: MergedView, table: TableRef, field: string, row: number): RawCell {
  const col = table.columns[field];
  if (col === undefined || col < 0) return EMPTY;
  // Values come through merges only for level columns; a merged score cell belongs to its first row.
  const value = view.isCovered(row, col) ? null : view.grid.values[row]?.[col] ?? null;
  return { value, format: cellFormat(view.grid, row, col), address: a1(row, col) };
}

function hasWords(text: string, words: string[]): boolean {
  const t = text.replace(/[\s\u3000]+/g, "").toLowerCase();
  return words.some((w) => t.includes(w));
}

function filled(cell: RawCell): boolean {
  return cellText(cell.value) !== "";
}

export function readIndicatorRows(view: MergedView, table: TableRef): IndicatorRow[] {
  const levelCols = LEVEL_KEYS.map((k) => table.columns[k]).filter((c): c is number => c !== undefined && c >= 0);
  const carried: string[] = levelCols.map(() => "");
  const rows: IndicatorRow[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const texts = levelCols.map((c) => view.text(r, c));
    const first = texts.find((t) => t !== "") ?? firstText(view, table, r);
    const row: IndicatorRow = {
      row: r,
      kind: "indicator",
      levels: [],
      weight: raw(view, table, "weight", r),
      target: raw(view, table, "target", r),
      actual: raw(view, table, "actual", r),
      score: raw(view, table, "score", r),
      reason: raw(view, table, "reason", r),
      criterion: raw(view, table, "criterion", r),
      op: raw(view, table, "op", r),
      unit: raw(view, table, "unit", r),
    };
    if (isTotalText(first) || isTotalText(firstText(view, table, r))) {
      row.kind = "total";
      row.levels = [first];
      rows.push(row);
      continue;
    }
    // Blank level cells inherit from above, but only the outer levels: a new parent resets its children.
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] !== "" && texts[i] !== carried[i]) {
        carried[i] = texts[i];
        for (let j = i + 1; j < texts.length; j++) if (texts[j] === "") carried[j] = "";
      }
    }
    const innermost = texts.length - 1;
    row.levels = carried.slice(0, innermost).concat(texts[innermost] !== "" ? [texts[innermost]] : []);
    while (row.levels.length > 0 && row.levels[row.levels.length - 1] === "") row.levels.pop();
    const dedup: string[] = [];
    for (const l of row.levels) if (l !== "" && dedup[dedup.length - 1] !== l) dedup.push(l);
    row.levels = dedup;
    if (row.levels.length === 0) continue;
    if (!filled(row.weight) && !filled(row.target) && !filled(row.actual) && !filled(row.score)) continue;
    if (hasWords(row.levels.join(""), BONUS_WORDS)) row.kind = "bonus";
    rows.push(row);
  }
  markGroups(rows);
  return rows;
}

function firstText(view: MergedView, table: TableRef, r: number): string {
  for (let c = 0; c <= table.lastCol; c++) {
    const t = view.text(r, c);
    if (t !== "") return t;
  }
  return "";
}

/** A row whose levels are a strict prefix of a later row's levels is a subtotal of that group. */
function markGroups(rows: IndicatorRow[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== "indicator") continue;
    const next = rows[i + 1];
    if (
      next &&
      next.levels.length > row.levels.length &&
      row.levels.every((l, k) => next.levels[k] === l)
    ) {
      row.kind = "group";
    }
  }
}
