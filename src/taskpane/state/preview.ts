// Browser mode's preview of a sheet: the grid as table rows (merged cells spanning, at most a few hundred
// rows and a few dozen columns), the workbook's own fills, and the flagged cells with their messages.
import {
  a1,
  cellFormat,
  cellValue,
  type CellValue,
  colCount,
  columnName,
  type Evaluation,
  type Grid,
  isCellError,
  moreSevere,
  parseA1,
  type Severity,
  STATE_SHEET,
} from "../../engine";

export const PREVIEW_ROWS = 500;
export const PREVIEW_COLS = 40;

export interface PreviewFlag {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface PreviewCell {
  readonly address: string;
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** A CSS colour for the cell's own fill, if it has a plain one. */
  readonly fill?: string;
  readonly severity?: Severity;
  readonly messages: readonly string[];
}

export interface PreviewRow {
  /** 1-based, as Excel numbers rows. */
  readonly number: number;
  readonly cells: readonly PreviewCell[];
}

export interface PreviewModel {
  readonly sheet: string;
  readonly columns: readonly string[];
  readonly rows: readonly PreviewRow[];
  readonly totalRows: number;
  readonly totalCols: number;
}

/** The sheets a person can look at (the hidden undo state is not one). */
export function previewSheetNames(grids: readonly Grid[]): string[] {
  return grids.map((g) => g.sheet).filter((name) => name !== STATE_SHEET);
}

/** The first sheet the run scored, else the first sheet. */
export function firstScoredSheet(
  names: readonly string[],
  evaluation: Evaluation | null
): string | undefined {
  const scored = evaluation?.tables.map((t) => t.sheet).find((s) => names.includes(s));
  return scored ?? names[0];
}

function decimalsOf(pattern: string): number {
  const m = /\.(0+)/.exec(pattern);
  return m?.[1]?.length ?? 0;
}

function numberText(value: number, numberFormat: string | undefined): string {
  if (numberFormat && /%/.test(numberFormat))
    return `${(value * 100).toFixed(decimalsOf(numberFormat))}%`;
  if (numberFormat && /0\.0|^0$|#,##0/.test(numberFormat)) {
    const d = decimalsOf(numberFormat);
    return numberFormat.includes(",")
      ? value.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d })
      : value.toFixed(d);
  }
  // General: no binary noise (0.1 + 0.2), at most 10 significant digits as Excel shows.
  return String(Number(value.toPrecision(10)));
}

/** A cell's value as a person reads it in the sheet. */
export function cellText(value: CellValue, numberFormat?: string): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return numberText(value, numberFormat);
  return value;
}

/** "#RRGGBB" or "#AARRGGBB" (ARGB, as spreadsheets store it) as a CSS colour; anything else: none. */
export function cssColour(fill: string | undefined): string | undefined {
  if (!fill) return undefined;
  const hex = fill.replace(/^#/, "");
  if (/^[0-9a-f]{6}$/i.test(hex)) return `#${hex.toUpperCase()}`;
  if (/^[0-9a-f]{8}$/i.test(hex)) {
    const alpha = parseInt(hex.slice(0, 2), 16);
    if (alpha === 0) return undefined;
    return alpha === 255
      ? `#${hex.slice(2).toUpperCase()}`
      : `rgba(${parseInt(hex.slice(2, 4), 16)}, ${parseInt(hex.slice(4, 6), 16)}, ${parseInt(hex.slice(6, 8), 16)}, ${(alpha / 255).toFixed(2)})`;
  }
  return undefined;
}

interface Marked {
  severity: Severity;
  messages: string[];
}

export function previewModel(
  grid: Grid,
  flags: readonly PreviewFlag[],
  maxRows = PREVIEW_ROWS,
  maxCols = PREVIEW_COLS
): PreviewModel {
  const totalRows = grid.values.length;
  const totalCols = colCount(grid);
  const rowsShown = Math.min(totalRows, maxRows);
  const colsShown = Math.min(totalCols, maxCols);

  // Merged areas: the top-left cell spans the area (within what is shown), the others are not drawn.
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const anchor = new Map<string, string>();
  for (const m of grid.merges) {
    const bottom = Math.min(m.bottom, rowsShown - 1);
    const right = Math.min(m.right, colsShown - 1);
    if (m.top > bottom || m.left > right) continue;
    spans.set(`${m.top},${m.left}`, { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        covered.add(`${r},${c}`);
        anchor.set(`${r},${c}`, `${m.top},${m.left}`);
      }
    }
  }

  // A flag on a merged area's inner cell shows on the area.
  const marks = new Map<string, Marked>();
  for (const f of flags) {
    if (f.sheet !== grid.sheet) continue;
    const at = parseA1(f.cell);
    if (!at) continue;
    const key = anchor.get(`${at.row},${at.col}`) ?? `${at.row},${at.col}`;
    const mark = marks.get(key);
    if (mark) {
      mark.severity = moreSevere(mark.severity, f.severity);
      mark.messages.push(f.message);
    } else {
      marks.set(key, { severity: f.severity, messages: [f.message] });
    }
  }

  const rows: PreviewRow[] = [];
  for (let r = 0; r < rowsShown; r++) {
    const cells: PreviewCell[] = [];
    for (let c = 0; c < colsShown; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const span = spans.get(key);
      const mark = marks.get(key);
      const fill = cssColour(grid.fills?.[r]?.[c]);
      cells.push({
        address: a1(r, c),
        text: cellText(cellValue(grid, r, c), cellFormat(grid, r, c)),
        rowSpan: span?.rowSpan ?? 1,
        colSpan: span?.colSpan ?? 1,
        ...(fill ? { fill } : {}),
        ...(mark ? { severity: mark.severity } : {}),
        messages: mark?.messages ?? [],
      });
    }
    rows.push({ number: r + 1, cells });
  }
  const columns = Array.from({ length: colsShown }, (_, c) => columnName(c));
  return { sheet: grid.sheet, columns, rows, totalRows, totalCols };
}

/** The fields that name an indicator: their columns stay in view when the preview shows a cell. */
const NAME_FIELDS = ["level1", "level2", "level3", "name"] as const;

/** Column letters of the indicator names on this sheet, left to right (none when no table was found there). */
export function nameColumns(
  evaluation: Pick<Evaluation, "tables"> | null,
  sheet: string
): string[] {
  const table = evaluation?.tables.find((t) => t.sheet === sheet && t.kind === "indicators");
  if (!table) return [];
  const cols = NAME_FIELDS.map((f) => table.columns[f] ?? -1).filter((c) => c >= 0);
  return [...new Set(cols)].sort((a, b) => a - b).map((c) => columnName(c));
}
