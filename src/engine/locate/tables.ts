/** Find every indicator table and budget table on a sheet by its header row(s), whatever the column order. */

import { type Grid, colCount } from "../grid";
import type { TableRef } from "../model";
import {
  BUDGET_ALIASES,
  INDICATOR_ALIASES,
  TOTAL_WORDS,
  type BudgetField,
  type IndicatorField,
} from "./aliases";
import { buildAliasIndex, matchHeader, type AliasIndex } from "./header";
import { MergedView } from "./merged";

const INDICATOR_INDEX = buildAliasIndex(INDICATOR_ALIASES);
const BUDGET_INDEX = buildAliasIndex(BUDGET_ALIASES);
const LEVEL_FIELDS: IndicatorField[] = ["level1", "level2", "level3", "name"];
const BUDGET_NUMERIC: BudgetField[] = [
  "initialBudget",
  "budget",
  "available",
  "executed",
  "rate",
  "weight",
  "score",
];

type Columns<F extends string> = Partial<Record<F, number>>;

function matchRow<F extends string>(
  view: MergedView,
  row: number,
  width: number,
  index: AliasIndex<F>
): Columns<F> {
  const cols: Columns<F> = {};
  for (let c = 0; c < width; c++) {
    const v = view.value(row, c);
    if (typeof v !== "string") continue;
    const field = matchHeader(v, index);
    if (field !== null && cols[field] === undefined) cols[field] = c;
  }
  return cols;
}

/** Two header rows: the lower row's names win where it has one ("指标值" over "年初指标值 | 调整指标值"). */
function combine<F extends string>(upper: Columns<F>, lower: Columns<F>): Columns<F> {
  const taken = new Set(Object.values(lower) as number[]);
  const out: Columns<F> = { ...lower };
  for (const [field, col] of Object.entries(upper) as [F, number][]) {
    if (out[field] === undefined && !taken.has(col)) out[field] = col;
  }
  return out;
}

function isIndicatorHeader(cols: Columns<IndicatorField>): boolean {
  const hasLevel = LEVEL_FIELDS.some((f) => cols[f] !== undefined);
  const hasScoreSide = cols.weight !== undefined || cols.score !== undefined;
  const hasValues =
    cols.target !== undefined || cols.actual !== undefined || cols.criterion !== undefined;
  // Key-indicator tables carry no weights: target against actual is enough to check them.
  const hasTargetAndActual = cols.target !== undefined && cols.actual !== undefined;
  return (
    hasLevel &&
    ((hasScoreSide && (hasValues || Object.keys(cols).length >= 3)) || hasTargetAndActual)
  );
}

function isBudgetHeader(cols: Columns<BudgetField>): boolean {
  return (
    cols.executed !== undefined &&
    (cols.budget !== undefined || cols.initialBudget !== undefined || cols.available !== undefined)
  );
}

function rowHasNumber(view: MergedView, row: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (typeof view.value(row, c) === "number") return true;
  return false;
}

interface HeaderHit {
  kind: "indicators" | "budget";
  headerRow: number; // last header row
  columns: Record<string, number>;
}

/**
 * The row below a header continues it when it has no figures, names at least one field, and holds no text of
 * its own in the columns that name rows (a data row always does; a sub-header row sits under merged cells).
 */
function continues<F extends string>(
  view: MergedView,
  row: number,
  width: number,
  lower: Columns<F>,
  rowCols: number[]
): boolean {
  if (
    row >= view.grid.values.length ||
    rowHasNumber(view, row, width) ||
    Object.keys(lower).length === 0
  )
    return false;
  return rowCols.every((c) => view.isCovered(row, c) || view.text(row, c) === "");
}

/** A header names at least three fields: a row with fewer text cells cannot be one. */
function fewTexts(view: MergedView, row: number, width: number): boolean {
  let texts = 0;
  for (let c = 0; c < width && texts < 3; c++) if (typeof view.value(row, c) === "string") texts++;
  return texts < 3;
}

function headerAt(view: MergedView, row: number, width: number): HeaderHit | null {
  if (fewTexts(view, row, width)) return null;
  const nextRow = row + 1;
  const ind = matchRow(view, row, width, INDICATOR_INDEX);
  if (isIndicatorHeader(ind)) {
    const lower = matchRow(view, nextRow, width, INDICATOR_INDEX);
    const rowCols = LEVEL_FIELDS.map((f) => ind[f]).filter((c): c is number => c !== undefined);
    const two = continues(view, nextRow, width, lower, rowCols);
    return {
      kind: "indicators",
      headerRow: two ? nextRow : row,
      columns: two ? combine(ind, lower) : ind,
    } as HeaderHit;
  }
  const bud = matchRow(view, row, width, BUDGET_INDEX);
  if (isBudgetHeader(bud)) {
    const lower = matchRow(view, nextRow, width, BUDGET_INDEX);
    const two = continues(view, nextRow, width, lower, bud.name !== undefined ? [bud.name] : []);
    return {
      kind: "budget",
      headerRow: two ? nextRow : row,
      columns: two ? combine(bud, lower) : bud,
    } as HeaderHit;
  }
  return null;
}

function isBlankRow(view: MergedView, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (view.text(row, c) !== "") return false;
  return true;
}

function rowText(view: MergedView, row: number, from: number, to: number): string {
  let s = "";
  for (let c = from; c <= to; c++) {
    const v = view.value(row, c);
    if (typeof v === "string") s += v.replace(/\s+/g, "") + "|";
  }
  return s.toLowerCase();
}

function firstText(view: MergedView, row: number, to: number): string {
  for (let c = 0; c <= to; c++) {
    const v = view.value(row, c);
    if (typeof v === "string" && v.trim() !== "") return v;
  }
  return "";
}

/** The characters a total's text can start with (in either case): the first test, as most rows are no total. */
const TOTAL_STARTS = new Set(TOTAL_WORDS.flatMap((w) => [w[0], w[0].toUpperCase()]));

export function isTotalText(text: string): boolean {
  if (!TOTAL_STARTS.has(text.trimStart().charAt(0))) return false;
  const t = text.replace(/[\s\u3000]+/g, "").toLowerCase();
  return TOTAL_WORDS.some((w) => t === w || t.startsWith(w));
}

/** The budget name column is often unnamed (under a merged "项目资金（万元）" label): take the text column nearest the figures. */
function budgetNameColumn(view: MergedView, hit: HeaderHit, lastRow: number): number {
  const moneyCols = BUDGET_NUMERIC.map((f) => hit.columns[f]).filter(
    (c): c is number => c !== undefined
  );
  const firstMoney = Math.min(...moneyCols);
  for (let c = firstMoney - 1; c >= 0; c--) {
    for (let r = hit.headerRow + 1; r <= lastRow; r++) {
      const anchorRow = view.anchorRow(r, c);
      if (view.text(r, c) !== "" && (anchorRow === null || anchorRow > hit.headerRow)) return c;
    }
  }
  return hit.columns.name ?? -1;
}

function budgetRowHasFigures(view: MergedView, hit: HeaderHit, row: number): boolean {
  for (const f of BUDGET_NUMERIC) {
    const c = hit.columns[f];
    if (c === undefined) continue;
    const v = view.value(row, c);
    if (typeof v === "number") return true;
    if (typeof v === "string" && /\d/.test(v)) return true;
  }
  return false;
}

export function findTables(grid: Grid): TableRef[] {
  const view = new MergedView(grid);
  const width = colCount(grid);
  const height = grid.values.length;
  const tables: TableRef[] = [];
  let r = 0;
  while (r < height) {
    // A row with no cell of its own is never a header: skipping it keeps the work to the filled rows.
    const hit = grid.values[r]?.length ? headerAt(view, r, width) : null;
    if (!hit) {
      r++;
      continue;
    }
    const cols = Object.values(hit.columns);
    let firstCol = Math.min(...cols);
    const lastCol = Math.max(...cols);
    let lastRow = hit.headerRow;
    let blanks = 0;
    for (let row = hit.headerRow + 1; row < height; row++) {
      // Data rows carry figures; only a row without any can start the next table.
      if (!rowHasNumber(view, row, width) && headerAt(view, row, width)) break;
      if (isBlankRow(view, row, 0, lastCol)) {
        if (++blanks >= 2) break;
        continue;
      }
      blanks = 0;
      // A budget block ends at the first row without figures, except a bare "其中：" line before components.
      if (
        hit.kind === "budget" &&
        !budgetRowHasFigures(view, hit, row) &&
        !rowText(view, row, 0, lastCol).includes("其中")
      )
        break;
      lastRow = row;
      if (hit.kind === "indicators" && isTotalText(firstText(view, row, lastCol))) break;
    }
    const columns: Record<string, number> = { ...hit.columns };
    if (hit.kind === "budget") {
      columns.name = budgetNameColumn(view, hit, lastRow);
      if (columns.name >= 0) firstCol = Math.min(firstCol, columns.name);
    }
    tables.push({
      sheet: grid.sheet,
      kind: hit.kind,
      headerRow: hit.headerRow,
      firstRow: hit.headerRow + 1,
      lastRow,
      firstCol,
      lastCol,
      columns,
    });
    r = Math.max(lastRow + 1, hit.headerRow + 1);
  }
  return tables;
}
