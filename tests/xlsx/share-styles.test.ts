/** Equal styles share one frozen object before a save; the file written is the same as without sharing. */

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { shareStyles } from "../../src/workbook/xlsx/share-styles";

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date("2021-03-31T00:00:00Z");
  const ws = wb.addWorksheet("自评表");
  for (let r = 1; r <= 20; r++) {
    const row = ws.getRow(r);
    row.getCell(1).value = `指标${r}`;
    row.getCell(2).value = r / 7;
    row.getCell(2).style = { numFmt: "0.00%", font: { bold: r % 2 === 0 } }; // a fresh object per cell
    row.getCell(3).value = new Date(Date.UTC(2021, 0, r));
  }
  return wb;
}

async function sheetParts(wb: ExcelJS.Workbook): Promise<string[]> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  return Promise.all(["xl/styles.xml", "xl/worksheets/sheet1.xml"].map((p) => zip.file(p)!.async("string")));
}

test("the saved styles and sheet are identical with and without sharing", async () => {
  const plain = await sheetParts(book());
  const wb = book();
  shareStyles(wb);
  expect(await sheetParts(wb)).toEqual(plain);
});

test("cells with equal styles share one frozen object; a date keeps its own", () => {
  const wb = book();
  shareStyles(wb);
  const ws = wb.getWorksheet("自评表")!;
  const b2 = ws.getCell("B2").style;
  expect(ws.getCell("B4").style).toBe(b2); // both bold, both 0.00%
  expect(ws.getCell("B3").style).not.toBe(b2); // not bold
  expect(Object.isFrozen(b2)).toBe(true);
  expect(() => {
    (b2 as { numFmt?: string }).numFmt = "0%";
  }).toThrow();
  expect(ws.getCell("C2").style).not.toBe(ws.getCell("C3").style); // dates are left alone
});
