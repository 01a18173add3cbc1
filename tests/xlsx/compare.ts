/** Cell-by-cell comparison of two ExcelJS worksheets: values, formulas, number formats, fonts, fills, borders, alignment, notes. */

import type ExcelJS from "exceljs";
import { a1, parseA1 } from "../../src/engine/grid";

export type Skip = "cell" | "look" | null;

/** Every cell that exists in the sheet (none is created). */
export function addresses(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) if (row.findCell(c)) out.add(a1(r - 1, c - 1));
  }
  return out;
}

const json = (v: unknown): string => JSON.stringify(v ?? null);

/** What ExcelJS reads for a cell whose style has no font or border of its own: the same as none. */
const DEFAULT_FONT = json({ color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" });
const orNone = (v: string, none: string): string => (v === none ? "null" : v);

export function describeCell(cell: ExcelJS.Cell | undefined, look: boolean): Record<string, string> {
  const style = cell?.style ?? {};
  const d: Record<string, string> = {
    value: json(cell?.value),
    formula: json(cell?.formula),
    numFmt: json(style.numFmt),
    font: orNone(json(style.font), DEFAULT_FONT),
    border: orNone(json(style.border), "{}"),
    alignment: json(style.alignment),
  };
  if (look) {
    const fill = style.fill && !(style.fill.type === "pattern" && style.fill.pattern === "none") ? style.fill : undefined;
    d.fill = json(fill);
    d.note = json(cell?.note);
  }
  return d;
}

function findCell(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell | undefined {
  const at = parseA1(address)!;
  return ws.findCell(at.row + 1, at.col + 1);
}

/** The differences between two sheets, cell by cell; `skip` leaves out a cell, or only its fill and note. */
export function diffSheets(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet, skip: (address: string) => Skip = () => null): string[] {
  const diffs: string[] = [];
  for (const address of new Set([...addresses(a), ...addresses(b)])) {
    const s = skip(address);
    if (s === "cell") continue;
    const da = describeCell(findCell(a, address), s !== "look");
    const db = describeCell(findCell(b, address), s !== "look");
    for (const k of Object.keys(da)) if (da[k] !== db[k]) diffs.push(`${a.name}!${address} ${k}: ${da[k]} ≠ ${db[k]}`);
  }
  const merges = (ws: ExcelJS.Worksheet) => json([...(ws.model.merges ?? [])].sort());
  if (merges(a) !== merges(b)) diffs.push(`${a.name} merges: ${merges(a)} ≠ ${merges(b)}`);
  return diffs;
}
