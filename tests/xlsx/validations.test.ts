/**
 * A person's data validations over the cells the add-in marks stay exactly as they were, never written twice.
 * ExcelJS 4.4.0 wrote a validation over G2:G30 as two, G10:G30 and G2:G30 (it merges cells in text order),
 * which Excel reports as overlapping; this test failed on that.
 */

import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { REVIEW_SHEET } from "../../src/engine/plan/own";
import { sampleEvaluation } from "../plan/fixtures";
import { sampleWorkbook } from "./book";
import { convert, hasSoffice } from "../support/libreoffice";
import { parts, save, scoreFile, sheetXml, tmpDir, undoFile } from "./scoring";

// G2:G30 covers the marked G8 (and the table's 得分 column), H9:H12 the marked H10, D3:D5 the marked D3 and D5.
const USER_VALIDATIONS =
  '<dataValidations count="3">' +
  '<dataValidation type="decimal" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="得分" prompt="请填0-20" sqref="G2:G30 H8"><formula1>0</formula1><formula2>20</formula2></dataValidation>' +
  '<dataValidation type="list" allowBlank="1" showInputMessage="1" sqref="H9:H12"><formula1>"是,否"</formula1></dataValidation>' +
  '<dataValidation type="whole" sqref="D3:D5 A1"><formula1>0</formula1></dataValidation>' +
  "</dataValidations>";

const validations = (xml: string) => /<dataValidations[\s\S]*<\/dataValidations>/.exec(xml)?.[0];

/** Every cell each validation covers, counted: a cell covered twice is a validation written twice. */
function covered(xml: string): Map<string, number> {
  const seen = new Map<string, number>();
  for (const m of xml.matchAll(/sqref="([^"]+)"/g))
    for (const ref of m[1].split(" ")) {
      const [a, b = a] = ref.split(":");
      const [, c1, r1] = /([A-Z]+)(\d+)/.exec(a)!;
      const [, c2, r2] = /([A-Z]+)(\d+)/.exec(b)!;
      for (let c = c1.charCodeAt(0); c <= c2.charCodeAt(0); c++)
        for (let r = Number(r1); r <= Number(r2); r++) {
          const k = `${String.fromCharCode(c)}${r}`;
          seen.set(k, (seen.get(k) ?? 0) + 1);
        }
    }
  return seen;
}
const coveredTwice = (xml: string) => [...covered(xml)].filter(([, n]) => n > 1).map(([k]) => k);
const cellsOf = (xml: string) => [...covered(xml).keys()].sort();

test("the user's validations come back exactly, once, after a run, a re-run and undo; the review list's once", async () => {
  const dir = await tmpDir();
  const input = path.join(dir, "validated.xlsx");
  await save(sampleWorkbook(), input);
  const zip = await JSZip.loadAsync(await fs.readFile(input));
  const sheet = await sheetXml(zip, "自评表");
  zip.file(sheet.path, sheet.xml.replace(/<pageMargins/, `${USER_VALIDATIONS}<pageMargins`));
  await fs.writeFile(input, await zip.generateAsync({ type: "uint8array" }));
  expect(coveredTwice(USER_VALIDATIONS)).toEqual([]);

  const once = path.join(dir, "once.xlsx");
  const p = await scoreFile(input, once, sampleEvaluation());
  expect(p.marks.map((m) => m.cell).sort()).toEqual(expect.arrayContaining(["D3", "D5", "G8", "H10"]));
  const twice = path.join(dir, "twice.xlsx");
  await scoreFile(once, twice, sampleEvaluation());
  const undone = path.join(dir, "undone.xlsx");
  await undoFile(twice, undone);
  for (const file of [once, twice, undone]) {
    const xml = (await sheetXml(await parts(file), "自评表")).xml;
    expect(validations(xml)).toBe(USER_VALIDATIONS);
    // In schema order: before hyperlinks and pageMargins, after mergeCells and conditional formats.
    expect(xml.indexOf("<dataValidations")).toBeLessThan(xml.indexOf("<pageMargins"));
    expect(xml.indexOf("<dataValidations")).toBeGreaterThan(xml.indexOf("</sheetData>"));
  }
  // The add-in's own drop-down on 复核清单 is there once.
  const review = validations((await sheetXml(await parts(twice), REVIEW_SHEET)).xml)!;
  expect(review).toMatch(/<dataValidation /);
  expect(coveredTwice(review)).toEqual([]);

  // LibreOffice opens the scored copy and reads the same validations (it saves them in its own words).
  if (!hasSoffice()) return;
  const lo = await convert(twice, "xlsx", path.join(dir, "lo"));
  const resaved = validations((await sheetXml(await parts(lo.outputs[0]), "自评表")).xml)!;
  expect(cellsOf(resaved)).toEqual(cellsOf(USER_VALIDATIONS));
  expect(resaved).toMatch(/prompt="请填0-20"/);
  expect(coveredTwice(resaved)).toEqual([]);
}, 180_000);
