/** A snapshot of one worksheet: the only input the engine reads. Rows and columns are 0-based. */

export interface CellError {
  error: string; // the Excel error text, e.g. "#DIV/0!"
}

export type CellValue = string | number | boolean | CellError | null;

export interface Area {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

export interface Grid {
  sheet: string;
  /** Cell values by [row][col]; rows may be ragged or missing. Dates arrive as ISO text (YYYY-MM-DD). */
  values: CellValue[][];
  /** Number formats by [row][col] where the cell has one other than General. */
  formats?: (string | undefined)[][];
  /** Formulas (without the leading "=") by [row][col] where known. */
  formulas?: (string | undefined)[][];
  merges: Area[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  /**
   * Fill colours by [row][col] where the cell has a plain solid fill: "#RRGGBB", or "#AARRGGBB" when the
   * alpha is not FF. A fill that a colour cannot describe (a theme colour, a pattern) has no entry here but
   * one in `looks`. Used to keep a person's own fill when the add-in marks a cell, and to put it back.
   */
  fills?: (string | undefined)[][];
  /** Note (legacy comment) text by [row][col], as plain text. */
  notes?: (string | undefined)[][];
  /**
   * The adapter's own exact record of a cell's fill and note, by [row][col], where `fills` and `notes`
   * cannot say it exactly (a theme colour, a rich-text note). Opaque to the engine: it is saved in the undo
   * state and handed back to the same adapter, which restores the cell verbatim.
   */
  looks?: (string | undefined)[][];
  /** Column widths (in characters) by column, where the sheet sets one. */
  colWidths?: (number | undefined)[];
  /** Row heights (in points) by row, where the sheet sets one. */
  rowHeights?: (number | undefined)[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

export function cellValue(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row];
  // a read past an array's end is V8's slow path (it looks up the prototype chain): checked first
  return r === undefined || col >= r.length ? null : (r[col] ?? null);
}

/** The entry at (row, col) of one of a grid's sparse layers, read without going past a row's end. */
function layerAt<T>(
  layer: (T | undefined)[][] | undefined,
  row: number,
  col: number
): T | undefined {
  const r = layer?.[row];
  return r === undefined || col >= r.length ? undefined : r[col];
}

export function cellFill(grid: Grid, row: number, col: number): string | undefined {
  return layerAt(grid.fills, row, col);
}

export function cellNote(grid: Grid, row: number, col: number): string | undefined {
  return layerAt(grid.notes, row, col);
}

export function cellFormat(grid: Grid, row: number, col: number): string | undefined {
  return layerAt(grid.formats, row, col);
}

export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "H9" for row 8, col 7 (0-based). */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function areaA1(area: Area): string {
  return `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parse "H9" into 0-based row and column, or null. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function colCount(grid: Grid): number {
  let n = 0;
  for (const r of grid.values) if (r && r.length > n) n = r.length;
  return n;
}
