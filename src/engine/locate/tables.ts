/** Find every indicator table and budget table on a sheet by its header row(s), whatever the column order. */

import { type Grid, colCount } from "../grid";
import type { ColumnNote, TableRef } from "../model";
import {
  BUDGET_ALIASES,
  BUDGET_MEANINGS,
  INDICATOR_ALIASES,
  INDICATOR_MEANINGS,
  TOTAL_WORDS,
  type BudgetField,
  type IndicatorField,
} from "./aliases";
import { buildVocabulary, classifyHeader, type Vocabulary } from "./header";
import { MergedView } from "./merged";
import { labelKind, readName } from "../budget/names";
import { BUDGET_COLUMNS, INDICATOR_COLUMNS } from "../plan/columns";
import { isHeader } from "../plan/text";

/** The add-in's own columns beside a table (系统得分, 扣分 …) are never read as the sheet's own fields on a re-run. */
const OWN_HEADERS = [...INDICATOR_COLUMNS.headers, ...BUDGET_COLUMNS.headers];
const isOwnHeader = (text: string): boolean => OWN_HEADERS.some((h) => isHeader(text, h));

const INDICATOR_VOCABULARY = buildVocabulary(INDICATOR_ALIASES, INDICATOR_MEANINGS);
const BUDGET_VOCABULARY = buildVocabulary(BUDGET_ALIASES, BUDGET_MEANINGS);
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

/** A header cell that names a field, and how it was recognised. */
interface Candidate {
  col: number;
  text: string;
  how: "alias" | "meaning";
}

/** Every header cell of a row that names a field, by field, in column order. */
type Found<F extends string> = Partial<Record<F, Candidate[]>>;

function matchRow<F extends string>(
  view: MergedView,
  row: number,
  width: number,
  vocabulary: Vocabulary<F>
): Found<F> {
  const found: Found<F> = {};
  for (let c = 0; c < width; c++) {
    // A header merged across columns is one header, named at its first column.
    if (view.isCovered(row, c) && view.anchorRow(row, c) === row) continue;
    const v = view.value(row, c);
    if (typeof v !== "string") continue;
    const m = classifyHeader(v, vocabulary);
    if (m !== null && !isOwnHeader(v))
      (found[m.field] ??= []).push({ col: c, text: v, how: m.how });
  }
  return found;
}

/** The column a field takes: the first known alias, else the first header recognised by meaning. */
function chosen(candidates: Candidate[]): Candidate {
  return candidates.find((c) => c.how === "alias") ?? candidates[0];
}

function columnsOf<F extends string>(found: Found<F>): Columns<F> {
  const cols: Columns<F> = {};
  for (const [field, list] of Object.entries(found) as [F, Candidate[]][])
    cols[field] = chosen(list).col;
  return cols;
}

/** Two header rows: the lower row's names win where it has one ("指标值" over "年初指标值 | 调整指标值"). */
function combine<F extends string>(upper: Found<F>, lower: Found<F>): Found<F> {
  const taken = new Set(Object.values(columnsOf(lower)) as number[]);
  const out: Found<F> = { ...lower };
  for (const [field, list] of Object.entries(upper) as [F, Candidate[]][]) {
    if (out[field] === undefined && !taken.has(chosen(list).col)) out[field] = list;
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
  found: Found<string>;
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
  lower: Found<F>,
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

function hit<F extends string>(
  kind: HeaderHit["kind"],
  view: MergedView,
  row: number,
  width: number,
  found: Found<F>,
  vocabulary: Vocabulary<F>,
  rowCols: number[]
): HeaderHit {
  const nextRow = row + 1;
  const lower = matchRow(view, nextRow, width, vocabulary);
  const two = continues(view, nextRow, width, lower, rowCols);
  const all = two ? combine(found, lower) : found;
  return {
    kind,
    headerRow: two ? nextRow : row,
    found: all as Found<string>,
    columns: columnsOf(all) as Record<string, number>,
  };
}

/**
 * A header split over two rows without merges (a form copied from a web page): 绩效指标 | 年度指标值 | 实际完成值 |
 * 分值 | 得分 over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位. Neither row is a header alone; together,
 * with no figures in the lower row, they are, and the lower row's names win where both name a column.
 */
function splitHeader(
  view: MergedView,
  row: number,
  width: number,
  upper: Found<IndicatorField>
): HeaderHit | null {
  const next = row + 1;
  if (Object.keys(upper).length === 0 || next >= view.grid.values.length) return null;
  if (rowHasNumber(view, next, width)) return null;
  const lower = matchRow(view, next, width, INDICATOR_VOCABULARY);
  if (isIndicatorHeader(columnsOf(lower))) return null; // the lower row is a header of its own
  const both = combine(upper, lower);
  const columns = columnsOf(both);
  if (!isIndicatorHeader(columns)) return null;
  return { kind: "indicators", headerRow: next, found: both as Found<string>, columns };
}

function headerAt(view: MergedView, row: number, width: number): HeaderHit | null {
  if (fewTexts(view, row, width)) return null;
  const ind = matchRow(view, row, width, INDICATOR_VOCABULARY);
  const indCols = columnsOf(ind);
  if (isIndicatorHeader(indCols)) {
    const rowCols = LEVEL_FIELDS.map((f) => indCols[f]).filter((c): c is number => c !== undefined);
    return hit("indicators", view, row, width, ind, INDICATOR_VOCABULARY, rowCols);
  }
  const split = splitHeader(view, row, width, ind);
  if (split) return split;
  const bud = matchRow(view, row, width, BUDGET_VOCABULARY);
  const budCols = columnsOf(bud);
  if (isBudgetHeader(budCols)) {
    const rowCols = budCols.name !== undefined ? [budCols.name] : [];
    return hit("budget", view, row, width, bud, BUDGET_VOCABULARY, rowCols);
  }
  return null;
}

/** What the header said about each field: its text, and a note where it was guessed or competed. */
function describeColumns(
  view: MergedView,
  found: Found<string>,
  columns: Record<string, number>,
  headerRow: number
): { headers: Record<string, string>; notes: ColumnNote[] } {
  const headers: Record<string, string> = {};
  const notes: ColumnNote[] = [];
  const oneLine = (t: string): string => t.replace(/\s+/g, " ").trim();
  for (const [field, col] of Object.entries(columns)) {
    if (col < 0) continue;
    const list = found[field];
    const pick = list?.find((c) => c.col === col);
    headers[field] = oneLine(pick?.text ?? view.text(headerRow, col));
    if (!list || !pick) continue;
    const others = list.filter((c) => c !== pick);
    if (pick.how === "meaning" || others.length > 0)
      notes.push({
        field,
        col,
        header: headers[field],
        how: pick.how,
        others: others.map((c) => ({ col: c.col, header: oneLine(c.text) })),
      });
  }
  return { headers, notes };
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

/** A known part of a budget (a fund source, 基本/项目支出 …) or a section label, printed without figures. */
function isBlankFigureLine(text: string): boolean {
  if (text === "") return false;
  const label = labelKind(text);
  return readName(text).part !== null || label === "marker" || label === "section";
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
      // A budget block ends at the first row without figures, except a bare "其中：" line before components and
      // a line printed with its name and blank figures (上年结转资金, 其他资金): blank is 0 in its tie-out.
      if (
        hit.kind === "budget" &&
        !budgetRowHasFigures(view, hit, row) &&
        !rowText(view, row, 0, lastCol).includes("其中") &&
        !isBlankFigureLine(firstText(view, row, lastCol))
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
    const described = describeColumns(view, hit.found, columns, hit.headerRow);
    tables.push({
      sheet: grid.sheet,
      kind: hit.kind,
      headerRow: hit.headerRow,
      firstRow: hit.headerRow + 1,
      lastRow,
      firstCol,
      lastCol,
      columns,
      headers: described.headers,
      columnNotes: described.notes,
    });
    r = Math.max(lastRow + 1, hit.headerRow + 1);
  }
  return tables;
}
