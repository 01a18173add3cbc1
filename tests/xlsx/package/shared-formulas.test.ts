/**
 * A value written over the master of a shared formula: the followers the plan leaves alone get their own
 * formula, moved as a spreadsheet moves a copied formula (expected formulas worked out by hand below).
 */

import { applyToSheet } from "../../../src/workbook/xlsx/package/edit-sheet";
import { shiftFormula, sharedGroups } from "../../../src/workbook/xlsx/package/shared-formulas";
import { partText, zipParts } from "../../../src/workbook/xlsx/zip-parts";
import {
  SHEET,
  cellOf,
  excelRead,
  finishStyles,
  openParts,
  sheetPlan,
  userBook,
} from "./edit-book";

describe("shiftFormula", () => {
  test.each([
    ["C2*2", 1, 0, "C3*2"],
    ["SUM($A1:B$2)+Sheet2!C3", 2, 1, "SUM($A3:C$2)+Sheet2!D5"],
    // text in quotes, a quoted sheet name and a function whose name looks like a cell stay as they are
    [`IF(A1="B2",'My Sheet'!A1,LOG10(A1))`, 1, 1, `IF(B2="B2",'My Sheet'!B2,LOG10(B2))`],
    ["SUM(A:A,1:1)", 1, 1, "SUM(B:B,2:2)"],
    ["Table1[[#This Row],[Col1]]*A1", 1, 0, "Table1[[#This Row],[Col1]]*A2"],
    ["$A$1*TRUE", 5, 5, "$A$1*TRUE"],
    ["A1", -1, 0, "#REF!"], // above row 1
    ["XFD1+1.5E3", 0, 1, "#REF!+1.5E3"], // right of the last column
    ["AB1!A1+AB1", 0, 1, "AB1!B1+AC1"], // a sheet named like a cell
  ])("%s moved %i rows, %i columns is %s", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});

describe("sharedGroups", () => {
  test("finds masters and followers, an empty cell before a follower not taken for it", () => {
    const xml =
      '<sheetData><row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="4">B2+1</f><v>1</v></c></row>' +
      '<row r="3"><c r="Z2" s="1"/><c r="A3"><f t="shared" si="4"/><v>2</v></c></row></sheetData>';
    expect([...sharedGroups(xml, "")]).toEqual([
      ["4", { master: { row: 1, col: 0, formula: "B2+1" }, followers: [{ row: 2, col: 0 }] }],
    ]);
  });
});

describe("writing over a shared formula's master", () => {
  test("the followers left alone get their own formula; ExcelJS reads them", async () => {
    const o = openParts(await userBook());
    // E2 holds the master of E2:E4 (C2*2); the block writes over E2 only
    const r = applyToSheet(
      o.parts,
      o.styles,
      o.sheetPath,
      sheetPlan({ blocks: [{ sheet: SHEET, top: 1, left: 4, values: [[7]] }] })
    );
    expect(r.formulasTouched).toBe(true);
    const xml = partText(o.parts, o.sheetPath)!;
    expect(cellOf(xml, "E2")).toBe('<c r="E2"><v>7</v></c>');
    expect(cellOf(xml, "E3")).toBe('<c r="E3"><f>C3*2</f><v>1.9</v></c>');
    expect(cellOf(xml, "E4")).toBe('<c r="E4"><f>C4*2</f><v>184</v></c>');
    finishStyles(o);
    const ws = (await excelRead(zipParts(o.parts))).getWorksheet(SHEET)!;
    expect(ws.getCell("E3").value).toEqual({ formula: "C3*2", result: 1.9 });
    expect(ws.getCell("E4").value).toEqual({ formula: "C4*2", result: 184 });
  });

  test("a clear over the master does the same; followers the plan also writes need nothing", async () => {
    const o = openParts(await userBook());
    applyToSheet(
      o.parts,
      o.styles,
      o.sheetPath,
      sheetPlan({
        clears: [{ sheet: SHEET, top: 1, left: 4, bottom: 2, right: 4 }], // E2:E3
        blocks: [{ sheet: SHEET, top: 2, left: 4, values: [[1]] }], // E3
      })
    );
    const xml = partText(o.parts, o.sheetPath)!;
    expect(cellOf(xml, "E2")).toBeUndefined();
    expect(cellOf(xml, "E3")).toBe('<c r="E3"><v>1</v></c>');
    expect(cellOf(xml, "E4")).toBe('<c r="E4"><f>C4*2</f><v>184</v></c>');
    expect(xml).not.toContain('t="shared"');
  });

  test("a plan that leaves formulas alone says so (calcChain may stay)", async () => {
    const o = openParts(await userBook());
    const r = applyToSheet(
      o.parts,
      o.styles,
      o.sheetPath,
      sheetPlan({ blocks: [{ sheet: SHEET, top: 1, left: 6, values: [["x"]] }] })
    );
    expect(r.formulasTouched).toBe(false);
  });
});
