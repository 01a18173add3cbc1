/** Read the rows of a located indicator table: levels filled down, row kinds recognised, cells kept raw. */

import { cellFormat, columnName, type CellValue } from "../grid";
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

type CellField = "weight" | "target" | "actual" | "score" | "reason" | "criterion" | "op" | "unit";
const CELL_FIELDS: CellField[] = ["weight", "target", "actual", "score", "reason", "criterion", "op", "unit"];

/** A field's column and its letters, worked out once per table rather than once per cell. */
interface FieldColumn {
  col: number;
  letters: string;
}

function fieldColumns(table: TableRef): Record<CellField, FieldColumn | null> {
  const out = {} as Record<CellField, FieldColumn | null>;
  for (const f of CELL_FIELDS) {
    const col = table.columns[f];
    out[f] = col === undefined || col < 0 ? null : { col, letters: columnName(col) };
  }
  return out;
}

function raw(view: MergedView, at: FieldColumn | null, row: number): RawCell {
  if (at === null) return EMPTY;
  // Values come through merges only for level columns; a merged score cell belongs to its first row.
  const value = view.isCovered(row, at.col) ? null : (view.grid.values[row]?.[at.col] ?? null);
  return { value, format: cellFormat(view.grid, row, at.col), address: `${at.letters}${row + 1}` };
}

const BONUS_RE = new RegExp(BONUS_WORDS.join("|"), "i");

function filled(cell: RawCell): boolean {
  return cellText(cell.value) !== "";
}

export function readIndicatorRows(view: MergedView, table: TableRef): IndicatorRow[] {
  const levelCols = LEVEL_KEYS.map((k) => table.columns[k]).filter((c): c is number => c !== undefined && c >= 0);
  const carried: string[] = levelCols.map(() => "");
  const at = fieldColumns(table);
  const rows: IndicatorRow[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const texts = levelCols.map((c) => view.text(r, c));
    const first = texts.find((t) => t !== "") ?? "";
    const row: IndicatorRow = {
      row: r,
      kind: "indicator",
      levels: [],
      weight: raw(view, at.weight, r),
      target: raw(view, at.target, r),
      actual: raw(view, at.actual, r),
      score: raw(view, at.score, r),
      reason: raw(view, at.reason, r),
      criterion: raw(view, at.criterion, r),
      op: raw(view, at.op, r),
      unit: raw(view, at.unit, r),
    };
    // A total row may write 合计 in a label column left of the level columns (合计 merged across A:E).
    if (isTotalText(first) || (!filled(row.target) && !filled(row.actual) && isTotalText(firstText(view, table, r)))) {
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
    if (row.levels.some((l) => BONUS_RE.test(l))) row.kind = "bonus";
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
