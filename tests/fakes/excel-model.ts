/**
 * A small in-memory workbook: what "Excel" holds in the fake. The proxy layer (excel-fake.ts) reads and
 * changes it only inside `sync()`. Tests build it, look into it and compare snapshots of it.
 *
 * It models what the adapter touches and nothing more: cell values and formulas, number formats, solid
 * fills, bold, notes, comments, data-validation prompts, hyperlinks; sheets with their visibility and
 * protection; merged areas; charts (as a record); column widths.
 */

import type { Area } from "../../src/engine/grid";
import { a1 } from "../../src/engine/grid";

export type Scalar = string | number | boolean;
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface Prompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface Cell {
  /** "" when the cell is empty. For a formula cell, its (fake) cached result. */
  value: Scalar;
  /** "=..." when the cell holds a formula. */
  formula?: string;
  numberFormat: string;
  /** "#RRGGBB" when the cell has a solid fill. */
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  note?: string;
  comment?: string;
  /** A data validation: type "None" (any value) or "List" (a drop-down of `list`), with its input prompt. */
  validation?: { type: string; prompt?: Prompt; list?: string };
  hyperlink?: Hyperlink;
}

export interface Chart {
  type: string;
  source: string;
  title: string;
}

export const GENERAL = "General";
/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's standard row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

function key(row: number, col: number): number {
  return row * MAX_COLS + col;
}

function isDefault(c: Cell): boolean {
  return (
    c.value === "" &&
    c.formula === undefined &&
    c.numberFormat === GENERAL &&
    c.fill === undefined &&
    !c.bold &&
    !c.wrap &&
    c.hAlign === undefined &&
    c.vAlign === undefined &&
    c.note === undefined &&
    c.comment === undefined &&
    c.validation === undefined &&
    c.hyperlink === undefined
  );
}

export class SheetModel {
  name: string;
  visibility: Visibility = "Visible";
  protected = false;
  readonly cells = new Map<number, Cell>();
  merges: Area[] = [];
  charts: Chart[] = [];
  /** Column widths in points, where a column does not have the standard width. */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, where a row does not have the standard height. */
  readonly rowHeights = new Map<number, number>();
  freezeRows = 0;
  /** Goes up with every change of a cell (for the fake's caches). */
  version = 0;
  private sorted:
    { version: number; cells: { row: number; col: number; cell: Cell }[] } | undefined;

  constructor(name: string) {
    this.name = name;
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(key(row, col));
  }

  /** Change one cell; a cell that ends up with nothing in it is dropped, as Excel drops it. */
  edit(row: number, col: number, change: (cell: Cell) => void): void {
    const k = key(row, col);
    const cell: Cell = this.cells.get(k) ?? { value: "", numberFormat: GENERAL };
    change(cell);
    this.version++;
    if (isDefault(cell)) this.cells.delete(k);
    else this.cells.set(k, cell);
  }

  /** The smallest area holding every cell with a value (valuesOnly) or anything at all; null when blank. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === "" && c.formula === undefined) continue;
      const r = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Cells in row-major order (for snapshots). */
  sortedCells(): { row: number; col: number; cell: Cell }[] {
    if (this.sorted?.version !== this.version) {
      const cells = [...this.cells.entries()]
        .sort((x, y) => x[0] - y[0])
        .map(([k, cell]) => ({ row: Math.floor(k / MAX_COLS), col: k % MAX_COLS, cell }));
      this.sorted = { version: this.version, cells };
    }
    return this.sorted.cells;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  /** Workbook structure protection: no sheet can be added or deleted. */
  structureProtected = false;
  /** What the person sees: the active sheet and the selected range (not content: left out of snapshots). */
  activeSheet: string | undefined;
  selection: { sheet: string; area: Area } | undefined;

  /** Excel finds sheets by name without regard to case. */
  find(name: string): SheetModel | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  sheet(name: string): SheetModel {
    const s = this.find(name);
    if (!s) throw new Error(`test setup: no sheet "${name}"`);
    return s;
  }

  addSheet(name: string): SheetModel {
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }

  removeSheet(name: string): void {
    this.sheets = this.sheets.filter((s) => s.name.toLowerCase() !== name.toLowerCase());
  }

  /** A canonical plain copy for deep equality: two workbooks look the same iff their snapshots are equal. */
  snapshot(): WorkbookSnapshot {
    return {
      structureProtected: this.structureProtected,
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        merges: [...s.merges].sort((x, y) => x.top - y.top || x.left - y.left),
        charts: s.charts.map((c) => ({ ...c })),
        freezeRows: s.freezeRows,
        columnWidths: [...s.columnWidths.entries()].sort((x, y) => x[0] - y[0]),
        rowHeights: [...s.rowHeights.entries()].sort((x, y) => x[0] - y[0]),
        cells: s.sortedCells().map(({ row, col, cell }) => ({ at: a1(row, col), ...clone(cell) })),
      })),
    };
  }
}

export interface WorkbookSnapshot {
  structureProtected: boolean;
  sheets: {
    name: string;
    visibility: Visibility;
    protected: boolean;
    merges: Area[];
    charts: Chart[];
    freezeRows: number;
    columnWidths: [number, number][];
    rowHeights: [number, number][];
    cells: ({ at: string } & Cell)[];
  }[];
}

function clone(c: Cell): Cell {
  return JSON.parse(JSON.stringify(c)) as Cell;
}

/** How Excel takes a value typed into a cell (the API's `values` setter behaves the same way). */
export function enterValue(cell: Cell, input: Scalar): void {
  cell.formula = undefined;
  if (typeof input !== "string") {
    cell.value = input;
    return;
  }
  if (input === "") {
    cell.value = "";
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input; // Text format: whatever is entered stays text
    return;
  }
  if (
    input.length > 1 &&
    (input[0] === "=" || ((input[0] === "+" || input[0] === "-") && !isNumeric(input)))
  ) {
    // "If the value starts with a plus, minus, or equal sign, Excel interprets it as a formula."
    cell.formula = input[0] === "=" ? input : `=${input}`;
    cell.value = 0; // the fake does not calculate
    return;
  }
  if (isNumeric(input)) {
    cell.value = Number(input);
    return;
  }
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(input);
  if (pct) {
    cell.value = Number(pct[1]) / 100;
    if (cell.numberFormat === GENERAL) cell.numberFormat = "0%";
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(input)) {
    cell.value = input.toUpperCase() === "TRUE";
    return;
  }
  cell.value = input;
}

function isNumeric(s: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());
}

/** "A1:C3" or "C3" (no sheet) → area. */
export function parseArea(ref: string): Area | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const col = (s: string): number => {
    let n = 0;
    for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  };
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] === undefined ? top : Number(m[4]) - 1;
  const right = m[3] === undefined ? left : col(m[3]);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLS) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** "A1" for a single cell, "A1:C3" otherwise. */
export function areaRef(a: Area): string {
  const tl = a1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${a1(a.bottom, a.right)}`;
}

/** Sheet-qualified address as Excel prints it: Sheet1!A1:C3, 'My Sheet'!A1. */
export function qualified(sheet: string, a: Area): string {
  const name = /^[A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${areaRef(a)}`;
}

/** Builders for tests. */
export interface SheetInit {
  name: string;
  rows?: Scalar[][];
  /** Top-left of `rows`, default A1. */
  at?: { row: number; col: number };
  formats?: Record<string, string>;
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  formulas?: Record<string, string>;
  merges?: string[];
  visibility?: Visibility;
  protected?: boolean;
}

export function buildWorkbook(sheets: SheetInit[]): WorkbookModel {
  const wb = new WorkbookModel();
  for (const init of sheets) {
    const s = wb.addSheet(init.name);
    const at = init.at ?? { row: 0, col: 0 };
    (init.rows ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") s.edit(at.row + r, at.col + c, (cell) => (cell.value = v));
      })
    );
    const each = (
      rec: Record<string, string> | undefined,
      f: (cell: Cell, v: string) => void
    ): void => {
      for (const [ref, v] of Object.entries(rec ?? {})) {
        const a = parseArea(ref);
        if (!a) throw new Error(`bad ref ${ref}`);
        s.edit(a.top, a.left, (cell) => f(cell, v));
      }
    };
    each(init.formats, (cell, v) => (cell.numberFormat = v));
    each(init.fills, (cell, v) => (cell.fill = v));
    each(init.notes, (cell, v) => (cell.note = v));
    each(init.formulas, (cell, v) => (cell.formula = v));
    s.merges = (init.merges ?? []).map((m) => {
      const a = parseArea(m);
      if (!a) throw new Error(`bad merge ${m}`);
      return a;
    });
    if (init.visibility) s.visibility = init.visibility;
    if (init.protected) s.protected = true;
  }
  return wb;
}
