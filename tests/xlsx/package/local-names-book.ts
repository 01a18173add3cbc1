/**
 * A workbook as LibreOffice saves it, with names local to its sheets: 甲, 乙 and 丙, each with a print area
 * (a name local to its sheet, _xlnm.Print_Area) and 乙 and 丙 with a name 本表 of their own, a global name 全局
 * on 丙, the hidden sheet 丁 last, and 乙 the active tab. Laid out by ExcelJS, the local names added at XML level
 * (ExcelJS writes only global ones), then opened and saved by LibreOffice headless.
 */

import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import {
  type Parts,
  partText,
  setPartText,
  unzipParts,
  zipParts,
} from "../../../src/workbook/xlsx/zip-parts";
import { convert } from "../../support/libreoffice";

export const LOCAL_SHEETS = ["甲", "乙", "丙", "丁"];

export async function localNamesBook(dir: string): Promise<Parts> {
  const wb = new ExcelJS.Workbook();
  LOCAL_SHEETS.forEach((name, i) => {
    const ws = wb.addWorksheet(name, { state: name === "丁" ? "hidden" : "visible" });
    ws.addRows([
      [`${name}1`, i + 1],
      [`${name}2`, i + 2],
      [`${name}3`, i + 3],
      [`${name}4`, i + 4],
    ]);
    if (name !== "丁") ws.pageSetup.printArea = `A1:${"BCD"[i]}${i + 2}`;
  });
  const parts = unzipParts((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const xml = partText(parts, "xl/workbook.xml")!;
  const names =
    '<definedName name="本表" localSheetId="1">\'乙\'!$A$1:$A$2</definedName>' +
    '<definedName name="本表" localSheetId="2">\'丙\'!$B$2</definedName>' +
    "<definedName name=\"全局\">'丙'!$A$1:$A$3</definedName>";
  setPartText(
    parts,
    "xl/workbook.xml",
    xml
      .replace("</definedNames>", `${names}</definedNames>`)
      .replace(/<workbookView\b/, '<workbookView activeTab="1"')
  );
  const file = path.join(dir, "local-names.xlsx");
  await fs.writeFile(file, zipParts(parts));
  const r = await convert(file, "xlsx", path.join(dir, "local-names-lo"));
  if (r.code !== 0) throw new Error(`LibreOffice could not save the workbook: ${r.stderr}`);
  return unzipParts(await fs.readFile(r.outputs[0]));
}
