/** The sample 自评表 of tests/plan/fixtures.ts as a real workbook, with styles, notes, merges and Excel Tables. */

import ExcelJS from "exceljs";
import { isFormula, sampleSheet, type SheetSpec } from "../plan/fixtures";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" },
};

export const DETAIL_SHEET = "明细";

/** A fill in a theme colour, as Excel writes one (ExcelJS's Color type knows neither tint nor indexed). */
export function themeFill(theme: number, tint: number): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { theme, tint }, bgColor: { indexed: 64 } } as unknown as ExcelJS.Fill;
}

function fillSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (isFormula(v)) cell.value = { formula: v.formula, result: v.result };
      else if (typeof v === "object") cell.value = { error: v.error } as ExcelJS.CellErrorValue;
      else cell.value = v;
    }),
  );
  for (const m of spec.merges) ws.mergeCells(m);
  for (const [address, argb] of Object.entries(spec.fills)) ws.getCell(address).fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
  for (const [address, note] of Object.entries(spec.notes)) ws.getCell(address).note = note;
  for (const [address, numFmt] of Object.entries(spec.formats)) ws.getCell(address).numFmt = numFmt;
}

/** The scored sheet, plus a table below it; a second sheet with a table and a rich-text note. */
export function sampleWorkbook(spec: SheetSpec = sampleSheet()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.name);
  fillSheet(ws, spec);
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  for (let r = 7; r <= 12; r++) for (let c = 1; c <= 9; c++) ws.getCell(r, c).border = THIN;
  for (let c = 1; c <= 9; c++) ws.getCell(7, c).font = { bold: true, name: "宋体" };
  ws.getCell("B2").fill = themeFill(4, 0.6);
  ws.getColumn(3).width = 16;
  ws.getColumn(9).width = 12;
  // A theme-coloured fill and a rich-text note on a cell that gets flagged (D3): they must come back exactly.
  ws.getCell("D3").fill = themeFill(5, 0.4);
  ws.getCell("D3").note = { texts: [{ text: "财务科:", font: { bold: true, size: 9 } }, { text: "\n含结转资金", font: { size: 9 } }] };
  ws.addTable({
    name: "附表",
    ref: "A15",
    headerRow: true,
    columns: [{ name: "事项" }, { name: "金额" }, { name: "说明" }],
    rows: [["培训费", 12, "线上"], ["差旅费", 8, null]],
  });

  const detail = wb.addWorksheet(DETAIL_SHEET);
  detail.addTable({
    name: "明细表",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "月份" }, { name: "支出" }],
    rows: [["1月", 10], ["2月", 12]],
  });
  detail.getCell("D1").note = "按月汇总";
  return wb;
}
