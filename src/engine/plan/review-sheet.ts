/**
 * 复核清单, the review list: a row per flag with a link to its cell, and a status, reviewer and comment that
 * people fill in. A re-run reads the previous list back and merges by the stable flag id: statuses,
 * reviewers, comments and times are kept; a flag that is gone becomes 已修正; a new flag comes in 待复核.
 * A row's time changes only when the add-in adds it or changes its status, so an unchanged re-run writes
 * the same list.
 */

import { type Grid, cellValue } from "../grid";
import { LANGS } from "../i18n/languages";
import { render } from "../i18n/render";
import type { Flag, Lang, Severity } from "../model";
import { severityLabel } from "./labels";
import { REVIEW_SHEET, SEVERITY_FILLS } from "./own";
import { type Bilingual, asText, headerText, isHeader, wrappedLines } from "./text";
import type { PlanValue, SheetWrite } from "./types";

export const REVIEW_COLUMNS = {
  id: { zh: "编号", en: "ID" },
  severity: { zh: "级别", en: "Severity" },
  sheet: { zh: "工作表", en: "Sheet" },
  cell: { zh: "单元格", en: "Cell" },
  code: { zh: "代码", en: "Code" },
  message: { zh: "问题说明", en: "Message" },
  status: { zh: "状态", en: "Status" },
  reviewer: { zh: "复核人", en: "Reviewer" },
  comment: { zh: "复核意见", en: "Comment" },
  time: { zh: "时间", en: "Time" },
} as const satisfies Record<string, Bilingual>;

export type ReviewField = keyof typeof REVIEW_COLUMNS;
const FIELDS = Object.keys(REVIEW_COLUMNS) as ReviewField[];

export const STATUS = {
  open: "待复核",
  confirmed: "已确认",
  rejected: "已驳回",
  fixed: "已修正",
} as const;
export const STATUSES: string[] = Object.values(STATUS);

/** Statuses typed in English are read as the Chinese ones the list writes. */
const STATUS_ALIASES: Record<string, string> = {
  open: STATUS.open,
  pending: STATUS.open,
  confirmed: STATUS.confirmed,
  rejected: STATUS.rejected,
  dismissed: STATUS.rejected,
  fixed: STATUS.fixed,
};

function canonicalStatus(text: string): string {
  return STATUS_ALIASES[text.toLowerCase()] ?? text;
}

export type ReviewRow = Record<ReviewField, string>;

/** A flag's id as the add-in writes it, `sheet!cell:CODE`; anything else in 编号 is a person's text. */
const FLAG_ID = /![A-Z]{1,3}\d+:[A-Z][A-Z0-9_]*$/;

/** Which column holds which field, by the headers in row 1; the written order where a header is not found. */
export function fieldColumns(grid: Grid): Record<ReviewField, number> {
  const header = grid.values[0] ?? [];
  const cols = {} as Record<ReviewField, number>;
  FIELDS.forEach((f, i) => {
    const found = header.findIndex((v) => isHeader(v, REVIEW_COLUMNS[f]));
    cols[f] = found >= 0 ? found : i;
  });
  return cols;
}

/** The rows of the review list a previous run wrote and people edited; [] when there is none. */
export function readReview(grid: Grid | undefined): ReviewRow[] {
  if (!grid) return [];
  const cols = fieldColumns(grid);
  const rows: ReviewRow[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const row = {} as ReviewRow;
    for (const f of FIELDS) row[f] = asText(cellValue(grid, r, cols[f]));
    if (FIELDS.every((f) => row[f] === "")) continue;
    if (FLAG_ID.test(row.id)) row.status = canonicalStatus(row.status);
    rows.push(row);
  }
  return rows;
}

const isFlagRow = (r: ReviewRow): boolean => FLAG_ID.test(r.id);

function flagRow(
  flag: Flag,
  lang: Lang
): Omit<ReviewRow, "status" | "reviewer" | "comment" | "time"> {
  return {
    id: flag.id,
    severity: severityLabel(flag.severity, lang),
    sheet: flag.sheet,
    cell: flag.cell,
    code: flag.code,
    message: render(flag.message, lang),
  };
}

/**
 * The merged list: current flags in the engine's order (kept status, or 待复核; a fixed flag that is back
 * reopens), then the previous rows whose flags are gone (已修正); rows people added (no flag id) stay at
 * their place in the list, as they were.
 */
export function mergeReview(
  flags: Flag[],
  previous: ReviewRow[],
  lang: Lang,
  now: string
): ReviewRow[] {
  const byId = new Map(previous.filter(isFlagRow).map((r) => [r.id, r]));
  const current = new Set(flags.map((f) => f.id));
  const active = flags.map((flag): ReviewRow => {
    const before = byId.get(flag.id);
    if (!before)
      return { ...flagRow(flag, lang), status: STATUS.open, reviewer: "", comment: "", time: now };
    const reopened = before.status === STATUS.fixed;
    const status = reopened ? STATUS.open : before.status;
    return {
      ...flagRow(flag, lang),
      status,
      reviewer: before.reviewer,
      comment: before.comment,
      time: reopened ? now : before.time,
    };
  });
  const gone = previous
    .filter((r) => isFlagRow(r) && !current.has(r.id))
    .map((r): ReviewRow =>
      r.status === STATUS.fixed ? r : { ...r, status: STATUS.fixed, time: now }
    );
  // A person's rows (no flag id) keep their place in the list, as they were.
  const merged = [...active, ...gone];
  previous.forEach((r, at) => {
    if (!isFlagRow(r)) merged.splice(Math.min(at, merged.length), 0, r);
  });
  return merged;
}

/** A severity label in either language back to the severity. */
function severityOf(text: string): Severity | null {
  for (const s of ["error", "warning", "info"] as const) {
    if (LANGS.some((lang) => text === severityLabel(s, lang))) return s;
  }
  return null;
}

/** "'自评表'!H9": a sheet name quoted for a reference. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const FIXED_FILL = "#EDEDED";
const LINE_HEIGHT = 15;
const WIDTHS: Record<ReviewField, number> = {
  id: 28,
  severity: 8,
  sheet: 10,
  cell: 7,
  code: 20,
  message: 50,
  status: 9,
  reviewer: 9,
  comment: 24,
  time: 22,
};

export function reviewSheet(rows: ReviewRow[]): SheetWrite {
  const values: PlanValue[][] = [FIELDS.map((f) => headerText(REVIEW_COLUMNS[f]))];
  const links: SheetWrite["links"] = [];
  const rowFills: { row: number; fill: string }[] = [];
  const cellCol = FIELDS.indexOf("cell");
  rows.forEach((row, i) => {
    const r = i + 1;
    values.push(FIELDS.map((f) => row[f]));
    if (row.sheet !== "" && row.cell !== "")
      links.push({ row: r, col: cellCol, target: sheetRef(row.sheet, row.cell) });
    const severity = severityOf(row.severity);
    const fill =
      row.status === STATUS.fixed ? FIXED_FILL : severity ? SEVERITY_FILLS[severity] : null;
    if (fill) rowFills.push({ row: r, fill });
  });
  const statusCol = FIELDS.indexOf("status");
  const wrapCols = [FIELDS.indexOf("message"), FIELDS.indexOf("comment")];
  // A spreadsheet does not grow a row to its wrapped text on opening a file: give each row its lines.
  const rowHeights = [{ row: 0, height: LINE_HEIGHT * 2 }];
  rows.forEach((_, i) => {
    const lines = Math.max(
      ...wrapCols.map((c) => wrappedLines(String(values[i + 1][c] ?? ""), WIDTHS[FIELDS[c]]))
    );
    if (lines > 1) rowHeights.push({ row: i + 1, height: LINE_HEIGHT * lines });
  });
  return {
    name: REVIEW_SHEET,
    values,
    headerRows: [0],
    columnWidths: FIELDS.map((f) => WIDTHS[f]),
    links,
    rowFills,
    wrapCols,
    rowHeights,
    validations: [
      { col: statusCol, firstRow: 1, lastRow: Math.max(rows.length, 1) + 200, list: STATUSES },
    ],
    freezeRows: 1,
  };
}
