/**
 * WritePlan → ExcelJS workbook. Only translation: every value, formula, fill and note comes from the plan.
 * Strings are written as strings (ExcelJS never reads "=…" in a string as a formula). Order as types.ts says.
 */

import type { Cell, DataValidation, Font, Style, Workbook, Worksheet } from "exceljs";
import type { Problem } from "../../engine/errors";
import { a1, parseA1 } from "../../engine/grid";
import { msg } from "../../engine/i18n/render";
import { HEADER_FILL } from "../../engine/plan/own";
import type {
  BlockWrite,
  CellClear,
  PlanValue,
  SheetWrite,
  WritePlan,
} from "../../engine/plan/types";
import { removeNote, restoreLook, setStyle, solidFill } from "./looks";
import { shareStyles } from "./share-styles";

/** The plan names sheets the workbook does not have (deleted or renamed since it was read): nothing was written. */
export class MissingSheetsError extends Error {
  readonly problem: Problem<"SHEET_MISSING">;

  constructor(readonly sheets: string[]) {
    super(`sheets not found: ${sheets.join(", ")}`);
    this.name = "MissingSheetsError";
    this.problem = {
      code: "SHEET_MISSING",
      message: msg("xlsx.sheetsMissing", { sheets: sheets.join("、") }),
      sheet: sheets[0],
    };
  }
}

function userSheetsNamed(plan: WritePlan): Set<string> {
  const names = new Set<string>();
  for (const list of [
    plan.blocks,
    plan.marks,
    plan.restores,
    plan.clears,
    plan.columnWidths,
    plan.rowHeights,
  ]) {
    for (const item of list) names.add(item.sheet);
  }
  return names;
}

export function checkSheets(workbook: Workbook, plan: WritePlan): void {
  const missing = [...userSheetsNamed(plan)].filter((name) => !workbook.getWorksheet(name));
  if (missing.length) throw new MissingSheetsError(missing);
}

function sheet(workbook: Workbook, name: string): Worksheet {
  return workbook.getWorksheet(name) as Worksheet;
}

/**
 * The cell at a 1-based row and column, created if need be: ws.getCell(row, col) does the same, but spells the
 * address out and parses it back for every cell, which showed in the profile of a large run.
 */
function getCell(ws: Worksheet, row: number, col: number): Cell {
  return ws.getRow(row).getCell(col);
}

/** The cell at a 1-based row and column if it exists (as ws.findCell), nothing created. */
function findCell(ws: Worksheet, row: number, col: number): Cell | undefined {
  return ws.findRow(row)?.findCell(col);
}

function cellAt(ws: Worksheet, address: string): Cell {
  const at = parseA1(address);
  if (!at) throw new Error(`bad cell address in plan: ${address}`);
  return getCell(ws, at.row + 1, at.col + 1);
}

/** A font with a name: without one LibreOffice falls back to a serif face. */
const BASE_FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };

/** The add-in's header look; in a user sheet its font follows the table's own header cell to its left. */
function headerStyle(font: Partial<Font> | undefined): Partial<Style> {
  return {
    font: { ...(font ?? BASE_FONT), bold: true },
    fill: solidFill(HEADER_FILL),
    alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
    numFmt: undefined,
  };
}

/*
 * The patches below are made once per distinct look, not per cell: setStyle (looks.ts) gives cells patched
 * alike one shared style object, which keeps the save's style work per look instead of per cell.
 */
const OWN_HEADER = headerStyle(undefined);
const headerAfter = new WeakMap<Partial<Font>, Partial<Style>>();

function headerPatch(font: Partial<Font> | undefined): Partial<Style> {
  if (!font) return OWN_HEADER;
  let patch = headerAfter.get(font);
  if (!patch) headerAfter.set(font, (patch = headerStyle(font)));
  return patch;
}

function memo<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let v = made.get(key);
    if (v === undefined) made.set(key, (v = make(key)));
    return v;
  };
}

const numFmtPatch = memo((numFmt): Partial<Style> => ({ numFmt }));
const fillPatch = memo((colour): Partial<Style> => ({ fill: solidFill(colour) }));
const OWN_CELL: Partial<Style> = { font: BASE_FONT, alignment: { vertical: "top" } };
const OWN_WRAPPED: Partial<Style> = {
  font: BASE_FONT,
  alignment: { vertical: "top", wrapText: true },
};
const OWN_LINK: Partial<Style> = {
  font: { ...BASE_FONT, color: { argb: "FF0563C1" }, underline: true },
};

function writeValue(cell: Cell, value: PlanValue, formula: string | null | undefined): void {
  if (formula) cell.value = value === null ? { formula } : { formula, result: value };
  else cell.value = value;
}

/** Back to what an untouched cell of that row and column looks like: the row's style, else the column's. */
function clearCell(ws: Worksheet, row: number, col: number): void {
  const cell = findCell(ws, row + 1, col + 1);
  if (!cell) return;
  cell.value = null;
  removeNote(cell);
  const rowStyle: Partial<Style> = ws.getRow(row + 1);
  const colStyle: Partial<Style> = ws.getColumn(col + 1).style ?? {};
  const keys = ["numFmt", "font", "alignment", "border", "fill", "protection"] as const;
  const style: Partial<Style> = {};
  for (const k of keys) {
    const v = rowStyle[k] ?? colStyle[k];
    if (v !== undefined) Object.assign(style, { [k]: v });
  }
  cell.style = style as Style;
}

function applyClear(ws: Worksheet, area: CellClear): void {
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) clearCell(ws, r, c);
}

function applyBlock(ws: Worksheet, block: BlockWrite): void {
  const headers = new Set(block.headerRows ?? []);
  block.values.forEach((row, i) => {
    row.forEach((value, j) => {
      const cell = getCell(ws, block.top + i + 1, block.left + j + 1);
      writeValue(cell, value, block.formulas?.[i]?.[j]);
      if (headers.has(i)) {
        const left = block.left > 0 ? findCell(ws, block.top + i + 1, block.left) : undefined;
        setStyle(cell, headerPatch(left?.style?.font?.name ? left.style.font : undefined));
        return;
      }
      const numFmt = block.numberFormats?.[j];
      if (numFmt) setStyle(cell, numFmtPatch(numFmt));
    });
  });
}

function writeSheet(workbook: Workbook, spec: SheetWrite): void {
  const ws = workbook.addWorksheet(spec.name, {
    state: spec.hidden ? "veryHidden" : "visible",
    ...(spec.freezeRows ? { views: [{ state: "frozen", ySplit: spec.freezeRows }] } : {}),
  });
  const width = Math.max(0, ...spec.values.map((r) => r.length));
  spec.columnWidths?.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const { row, height } of spec.rowHeights ?? []) ws.getRow(row + 1).height = height;
  const wrap = new Set(spec.wrapCols ?? []);
  spec.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = getCell(ws, r + 1, c + 1);
      cell.value = value;
      const numFmt = spec.numberFormats?.[c];
      setStyle(cell, wrap.has(c) ? OWN_WRAPPED : OWN_CELL);
      if (numFmt) setStyle(cell, numFmtPatch(numFmt));
    });
  });
  for (const f of spec.areaFormats ?? []) {
    for (let r = f.top; r <= f.bottom; r++)
      for (let c = f.left; c <= f.right; c++)
        setStyle(getCell(ws, r + 1, c + 1), numFmtPatch(f.format));
  }
  for (const { row, fill } of spec.rowFills ?? []) {
    for (let c = 0; c < width; c++) setStyle(getCell(ws, row + 1, c + 1), fillPatch(fill));
  }
  for (const r of spec.headerRows ?? []) {
    const cells = Math.max(1, spec.values[r]?.length ?? 0);
    for (let c = 0; c < cells; c++) setStyle(getCell(ws, r + 1, c + 1), OWN_HEADER);
  }
  for (const link of spec.links ?? []) {
    const cell = getCell(ws, link.row + 1, link.col + 1);
    cell.value = { text: String(cell.value ?? link.target), hyperlink: `#${link.target}` };
    setStyle(cell, OWN_LINK);
  }
  // One validation for the whole range: ExcelJS 4.4.0 merges per-cell ones into overlapping ranges (it sorts
  // "G10" before "G2"), which Excel may reject. Its typings leave out `dataValidations`, which it has.
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }
  ).dataValidations;
  for (const v of spec.validations ?? []) {
    const range = `${a1(v.firstRow, v.col)}:${a1(v.lastRow, v.col)}`;
    validations.add(range, { type: "list", allowBlank: true, formulae: [`"${v.list.join(",")}"`] });
  }
}

/** The own sheets in the plan, replaced whole: removed first, then written in the plan's order at the end. */
function writeSheets(workbook: Workbook, sheets: SheetWrite[]): void {
  for (const spec of sheets) {
    const old = workbook.getWorksheet(spec.name);
    if (old) workbook.removeWorksheet(old.id);
  }
  for (const spec of sheets) writeSheet(workbook, spec);
}

/** Apply the whole plan, or (a sheet it names is missing) nothing. */
export function applyPlan(workbook: Workbook, plan: WritePlan): void {
  checkSheets(workbook, plan);
  for (const name of plan.deleteSheets) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  for (const area of plan.clears) applyClear(sheet(workbook, area.sheet), area);
  for (const r of plan.restores) restoreLook(cellAt(sheet(workbook, r.sheet), r.cell), r.look);
  for (const block of plan.blocks) applyBlock(sheet(workbook, block.sheet), block);
  for (const m of plan.marks) {
    const cell = cellAt(sheet(workbook, m.sheet), m.cell);
    setStyle(cell, fillPatch(m.fill));
    cell.note = m.note;
  }
  writeSheets(workbook, plan.sheets);
  for (const w of plan.columnWidths) {
    sheet(workbook, w.sheet).getColumn(w.col + 1).width = w.width ?? undefined;
  }
  for (const h of plan.rowHeights) {
    const row = sheet(workbook, h.sheet).getRow(h.row + 1);
    row.height = h.height ?? (undefined as unknown as number); // ExcelJS types a row's height as always set
  }
  shareStyles(workbook); // every cell written gets a fresh style object: equal ones now share one, for the save
}
