/** Workbooks and plans for the package editor's tests (edit-sheet.test.ts), as real .xlsx bytes. */

import ExcelJS from "exceljs";
import { type UserSheetPlan, emptySheetPlan } from "../../../src/workbook/xlsx/package/edit-sheet";
import { StyleSheet } from "../../../src/workbook/xlsx/package/styles-part";
import { sheetParts } from "../../../src/workbook/xlsx/package/workbook-sheets";
import { type Parts, partText, unzipParts } from "../../../src/workbook/xlsx/zip-parts";

export const SHEET = "自评表";
export const USER_NOTE = "请核对目标值";

/**
 * A small table as a person makes one: header row in 宋体 12 on a theme-free fill, figures with a format, a
 * text, a note on B2, a filled C3, a shared formula E2:E4, and rows below the table the plan never names.
 */
export async function userBook(options: { note?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  const other = wb.addWorksheet("说明");
  other.getCell("A1").value = "untouched";
  const header = ["指标", "目标值", "实际值", "权重", "双倍"];
  header.forEach((h, c) => {
    const cell = ws.getCell(1, c + 1);
    cell.value = h;
    cell.font = { name: "宋体", size: 12 };
  });
  const rows: [string, number, number, number][] = [
    ["产出数量", 100, 90, 10],
    ["产出质量", 1, 0.95, 20],
    ["满意度", 90, 92, 10],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 2, c + 1).value = v)));
  ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  if (options.note ?? true) ws.getCell("B2").note = USER_NOTE;
  ws.getCell("B2").numFmt = "0.0";
  // ExcelJS writes a shared formula from this shape; its typings leave out shareType and ref
  ws.getCell("E2").value = {
    formula: "C2*2",
    shareType: "shared",
    ref: "E2:E4",
    result: 180,
  } as ExcelJS.CellFormulaValue;
  ws.getCell("E3").value = { sharedFormula: "E2", result: 1.9 };
  ws.getCell("E4").value = { sharedFormula: "E2", result: 184 };
  for (let r = 6; r <= 9; r++) ws.getCell(r, 1).value = `备注 ${r}`;
  ws.getColumn(1).width = 18;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A user sheet's plan holding only `items` (every other list empty). */
export function sheetPlan(items: Partial<UserSheetPlan> = {}): UserSheetPlan {
  return { ...emptySheetPlan(), ...items };
}

/** The plan's own columns F:G beside the table, marks on B2 (user's note) and D4 (none), sizes. */
export function handPlan(): UserSheetPlan {
  return {
    clears: [],
    restores: [],
    blocks: [
      {
        sheet: SHEET,
        top: 0,
        left: 5,
        values: [
          ["系统得分\nSystem score", "说明"],
          [9, "=SUM(A1) 不是公式"],
          [19, "<b>&amp;</b>"],
          [10.5, true],
        ],
        formulas: [
          [null, null],
          ["ROUND(MIN(1,C2/B2)*D2,2)", null],
          [null, null],
          [null, null],
        ],
        headerRows: [0],
        numberFormats: ["0.00", null],
      },
    ],
    marks: [
      {
        sheet: SHEET,
        cell: "B2",
        severity: "error",
        fill: "#F8D7DA",
        note: `${USER_NOTE}\n\n【绩效评分助手 Jixiao】\n错误（X）：目标值`,
      },
      {
        sheet: SHEET,
        cell: "D4",
        severity: "warning",
        fill: "#FFF3CD",
        note: "【绩效评分助手 Jixiao】\n警告（W）：权重",
      },
    ],
    columnWidths: [
      { sheet: SHEET, col: 5, width: 13 },
      { sheet: SHEET, col: 6, width: 50 },
    ],
    rowHeights: [{ sheet: SHEET, row: 0, height: 30 }],
  };
}

export interface Opened {
  parts: Parts;
  styles: StyleSheet;
  sheetPath: string;
}

/** The package's parts, its styles and the part of `sheet`. */
export function openParts(bytes: Uint8Array, sheet = SHEET): Opened {
  const parts = unzipParts(bytes);
  const styles = StyleSheet.read(partText(parts, "xl/styles.xml"));
  const sheetPath = sheetParts(parts).get(sheet);
  if (!sheetPath) throw new Error(`no sheet ${sheet}`);
  return { parts, styles, sheetPath };
}

/** What a port does after the sheets: styles.xml written when the run added a style. */
export function finishStyles(o: Opened): void {
  if (o.styles.changed) o.parts.set("xl/styles.xml", new TextEncoder().encode(o.styles.toXml()));
}

/** Every <row> element of a sheet part by its row number. */
export function rowsOf(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of xml.matchAll(
    /<(?:\w+:)?row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g
  ))
    out.set(Number(m[1]), m[0]);
  return out;
}

/** A cell element of a sheet part by its reference. */
export function cellOf(xml: string, ref: string): string | undefined {
  return new RegExp(`<(\\w+:)?c\\b[^>]*?\\br="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</\\1?c>)`).exec(
    xml
  )?.[0];
}

export async function excelRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
