"use strict";
/**
 * A small in-memory workbook: what "Excel" holds in the fake. The proxy layer (excel-fake.ts) reads and
 * changes it only inside `sync()`. Tests build it, look into it and compare snapshots of it.
 *
 * It models what the adapter touches and nothing more: cell values and formulas, number formats, solid
 * fills, bold, notes, comments, data-validation prompts, hyperlinks; sheets with their visibility and
 * protection; merged areas; charts (as a record); column widths.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.columnName =
  exports.WorkbookModel =
  exports.SheetModel =
  exports.MAX_COLS =
  exports.MAX_ROWS =
  exports.DEFAULT_ROW_HEIGHT =
  exports.DEFAULT_COLUMN_WIDTH =
  exports.GENERAL =
    void 0;
exports.enterValue = enterValue;
exports.parseArea = parseArea;
exports.areaRef = areaRef;
exports.qualified = qualified;
exports.buildWorkbook = buildWorkbook;
const grid_1 = require("../../src/engine/grid");
Object.defineProperty(exports, "columnName", {
  enumerable: true,
  get: function () {
    return grid_1.columnName;
  },
});
exports.GENERAL = "General";
/** Excel's default column width in points (8.43 characters of Calibri 11). */
exports.DEFAULT_COLUMN_WIDTH = 48;
/** Excel's standard row height in points (Calibri 11). */
exports.DEFAULT_ROW_HEIGHT = 15;
exports.MAX_ROWS = 1048576;
exports.MAX_COLS = 16384;
function key(row, col) {
  return row * exports.MAX_COLS + col;
}
function isDefault(c) {
  return (
    c.value === "" &&
    c.formula === undefined &&
    c.numberFormat === exports.GENERAL &&
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
class SheetModel {
  constructor(name) {
    this.visibility = "Visible";
    this.protected = false;
    this.cells = new Map();
    this.merges = [];
    this.charts = [];
    /** Column widths in points, where a column does not have the standard width. */
    this.columnWidths = new Map();
    /** Row heights in points, where a row does not have the standard height. */
    this.rowHeights = new Map();
    this.freezeRows = 0;
    this.name = name;
  }
  get(row, col) {
    return this.cells.get(key(row, col));
  }
  /** Change one cell; a cell that ends up with nothing in it is dropped, as Excel drops it. */
  edit(row, col, change) {
    const k = key(row, col);
    const cell = this.cells.get(k) ?? { value: "", numberFormat: exports.GENERAL };
    change(cell);
    if (isDefault(cell)) this.cells.delete(k);
    else this.cells.set(k, cell);
  }
  /** The smallest area holding every cell with a value (valuesOnly) or anything at all; null when blank. */
  usedArea(valuesOnly) {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === "" && c.formula === undefined) continue;
      const r = Math.floor(k / exports.MAX_COLS);
      const col = k % exports.MAX_COLS;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
  /** Cells in row-major order (for snapshots). */
  sortedCells() {
    return [...this.cells.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([k, cell]) => ({
        row: Math.floor(k / exports.MAX_COLS),
        col: k % exports.MAX_COLS,
        cell,
      }));
  }
}
exports.SheetModel = SheetModel;
class WorkbookModel {
  constructor() {
    this.sheets = [];
    /** Workbook structure protection: no sheet can be added or deleted. */
    this.structureProtected = false;
  }
  /** Excel finds sheets by name without regard to case. */
  find(name) {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }
  sheet(name) {
    const s = this.find(name);
    if (!s) throw new Error(`test setup: no sheet "${name}"`);
    return s;
  }
  addSheet(name) {
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }
  removeSheet(name) {
    this.sheets = this.sheets.filter((s) => s.name.toLowerCase() !== name.toLowerCase());
  }
  /** A canonical plain copy for deep equality: two workbooks look the same iff their snapshots are equal. */
  snapshot() {
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
        cells: s
          .sortedCells()
          .map(({ row, col, cell }) => ({ at: (0, grid_1.a1)(row, col), ...clone(cell) })),
      })),
    };
  }
}
exports.WorkbookModel = WorkbookModel;
function clone(c) {
  return JSON.parse(JSON.stringify(c));
}
/** How Excel takes a value typed into a cell (the API's `values` setter behaves the same way). */
function enterValue(cell, input) {
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
    if (cell.numberFormat === exports.GENERAL) cell.numberFormat = "0%";
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(input)) {
    cell.value = input.toUpperCase() === "TRUE";
    return;
  }
  cell.value = input;
}
function isNumeric(s) {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());
}
/** "A1:C3" or "C3" (no sheet) → area. */
function parseArea(ref) {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const col = (s) => {
    let n = 0;
    for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  };
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] === undefined ? top : Number(m[4]) - 1;
  const right = m[3] === undefined ? left : col(m[3]);
  if (top < 0 || left < 0 || bottom >= exports.MAX_ROWS || right >= exports.MAX_COLS) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
/** "A1" for a single cell, "A1:C3" otherwise. */
function areaRef(a) {
  const tl = (0, grid_1.a1)(a.top, a.left);
  return a.top === a.bottom && a.left === a.right
    ? tl
    : `${tl}:${(0, grid_1.a1)(a.bottom, a.right)}`;
}
/** Sheet-qualified address as Excel prints it: Sheet1!A1:C3, 'My Sheet'!A1. */
function qualified(sheet, a) {
  const name = /^[A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${areaRef(a)}`;
}
function buildWorkbook(sheets) {
  const wb = new WorkbookModel();
  for (const init of sheets) {
    const s = wb.addSheet(init.name);
    const at = init.at ?? { row: 0, col: 0 };
    (init.rows ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") s.edit(at.row + r, at.col + c, (cell) => (cell.value = v));
      })
    );
    const each = (rec, f) => {
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
