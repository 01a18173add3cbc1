/**
 * Equal styles share one frozen object before a save; the file written is the same as without sharing.
 * setStyle gives cells patched alike one object as it writes, a date cell one of its own.
 */

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { holdsDate, setStyle } from "../../src/workbook/xlsx/looks";
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
  return Promise.all(
    ["xl/styles.xml", "xl/worksheets/sheet1.xml"].map((p) => zip.file(p)!.async("string"))
  );
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

describe("setStyle", () => {
  const bold: Partial<ExcelJS.Style> = { font: { bold: true } };
  const percent: Partial<ExcelJS.Style> = { numFmt: "0.00%" };

  test("cells given the same patch over the same style share one new object, never the old one", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    const [a, b, c] = ["A1", "A2", "A3"].map((x) => ws.getCell(x));
    for (const cell of [a, b, c]) setStyle(cell, bold);
    expect(b.style).toBe(a.style);
    expect(c.style).toBe(a.style);
    expect(a.style).toEqual({ font: { bold: true } });
    setStyle(b, percent);
    expect(b.style).toEqual({ font: { bold: true }, numFmt: "0.00%" });
    expect(a.style).toEqual({ font: { bold: true } }); // the shared object was not changed in place
    setStyle(c, percent);
    expect(c.style).toBe(b.style);
  });

  test("a key patched to undefined is removed", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    setStyle(ws.getCell("A1"), { ...bold, ...percent });
    setStyle(ws.getCell("A1"), { numFmt: undefined });
    expect(ws.getCell("A1").style).toEqual({ font: { bold: true } });
    expect("numFmt" in ws.getCell("A1").style).toBe(false);
  });

  test("a cell holding a date, its formula's result a date, or merged into one gets a style of its own", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    const date = new Date(Date.UTC(2021, 0, 1));
    ws.getCell("A1").value = date;
    ws.getCell("A2").value = { formula: "TODAY()", result: date };
    ws.getCell("B1").value = date;
    ws.mergeCells("B1:C1");
    ws.getCell("A3").value = 1;
    ws.getCell("A4").value = 2;
    for (const x of ["A1", "A2", "C1", "A3", "A4"]) setStyle(ws.getCell(x), bold);
    expect(ws.getCell("A4").style).toBe(ws.getCell("A3").style);
    for (const x of ["A1", "A2", "C1"]) {
      expect(ws.getCell(x).style).toEqual({ font: { bold: true } });
      expect(ws.getCell(x).style).not.toBe(ws.getCell("A3").style);
    }
    expect(holdsDate(ws.getCell("A1"))).toBe(true);
    expect(holdsDate(ws.getCell("A2"))).toBe(true);
    expect(holdsDate(ws.getCell("C1"))).toBe(true);
    expect(holdsDate(ws.getCell("A3"))).toBe(false);
  });
});
