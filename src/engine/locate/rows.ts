/** Read the rows of a located indicator table: levels filled down, row kinds recognised, cells kept raw. */

import { cellFormat, cellValue, columnName, type CellValue } from "../grid";
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
  /** Points written in the row's own innermost name ("相关性（5分）") when the table has no 分值 column. */
  nameWeight: number | null;
}

const LEVEL_KEYS = ["level1", "level2", "level3", "name"] as const;
const EMPTY: RawCell = { value: null, address: null };

type CellField = "weight" | "target" | "actual" | "score" | "reason" | "criterion" | "op" | "unit";
const CELL_FIELDS: CellField[] = [
  "weight",
  "target",
  "actual",
  "score",
  "reason",
  "criterion",
  "op",
  "unit",
];

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
  const value = view.isCovered(row, at.col) ? null : cellValue(view.grid, row, at.col);
  return { value, format: cellFormat(view.grid, row, at.col), address: `${at.letters}${row + 1}` };
}

const BONUS_RE = new RegExp(BONUS_WORDS.join("|"), "i");

function filled(cell: RawCell): boolean {
  return cellText(cell.value) !== "";
}

export function readIndicatorRows(view: MergedView, table: TableRef): IndicatorRow[] {
  return [...indicatorRows(view, table)];
}

/**
 * The rows one at a time, for a caller that is done with each row before the next: on a large table the
 * rows then never pile up in memory (the garbage collector's cost grows with what is still held).
 */
export function* indicatorRows(view: MergedView, table: TableRef): Generator<IndicatorRow> {
  const levelCols = LEVEL_KEYS.map((k) => table.columns[k]).filter(
    (c): c is number => c !== undefined && c >= 0
  );
  const carried: string[] = levelCols.map(() => "");
  const levels: string[] = [];
  const at = fieldColumns(table);
  // A row is handed on once the row after it is known: whether it is a group's own row depends on that row.
  let pending: IndicatorRow | null = null;
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
      nameWeight: null,
    };
    // A total row may write 合计 in a label column left of the level columns (合计 merged across A:E).
    if (
      isTotalText(first) ||
      (!filled(row.target) && !filled(row.actual) && isTotalText(firstText(view, table, r)))
    ) {
      row.kind = "total";
      row.levels = [first];
    } else {
      // Blank level cells inherit from above, but only the outer levels: a new parent resets its children.
      for (let i = 0; i < texts.length; i++) {
        if (texts[i] !== "" && texts[i] !== carried[i]) {
          carried[i] = texts[i];
          for (let j = i + 1; j < texts.length; j++) if (texts[j] === "") carried[j] = "";
        }
      }
      // The outer levels as carried, the innermost as written; blanks and repeats (a merged name) dropped.
      const innermost = texts.length - 1;
      levels.length = 0;
      for (let i = 0; i <= innermost; i++) {
        const l = i < innermost ? carried[i] : texts[i];
        if (l !== "" && levels[levels.length - 1] !== l) levels.push(l);
      }
      if (levels.length === 0) continue;
      // Only a name written in this row counts, never one merged down from above.
      const innermostCol = levelCols[levelCols.length - 1];
      if (at.weight === null && !view.isCovered(r, innermostCol))
        row.nameWeight = weightInName(texts[texts.length - 1]);
      if (
        row.nameWeight === null &&
        !filled(row.weight) &&
        !filled(row.target) &&
        !filled(row.actual) &&
        !filled(row.score)
      )
        continue;
      row.levels = levels.slice(); // an exact-size copy: the levels are kept in the results
      if (row.levels.some((l) => BONUS_RE.test(l))) row.kind = "bonus";
    }
    if (pending) {
      if (isGroupOf(pending, row)) pending.kind = "group";
      yield pending;
    }
    pending = row;
  }
  if (pending) yield pending;
}

/**
 * Frameworks without a 分值 column write each indicator's points in its name: "相关性（5分）" weighs 5. Only the
 * points at the end of the name count ("（5分）", "(2分)"), never a figure inside it.
 */
export function weightInName(name: string | undefined): number | null {
  if (name === undefined) return null;
  const m = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]\s*$/.exec(name.normalize("NFKC"));
  return m ? Number(m[1]) : null;
}

function firstText(view: MergedView, table: TableRef, r: number): string {
  for (let c = 0; c <= table.lastCol; c++) {
    const t = view.text(r, c);
    if (t !== "") return t;
  }
  return "";
}

/** A row whose levels are a strict prefix of the next row's levels is a subtotal of that group. */
function isGroupOf(row: IndicatorRow, next: IndicatorRow): boolean {
  return (
    row.kind === "indicator" &&
    next.levels.length > row.levels.length &&
    row.levels.every((l, k) => next.levels[k] === l)
  );
}
