/** What ExcelJS is given to read (src/workbook/xlsx/reader-view.ts), on the openpyxl-style package. */

import ExcelJS from "exceljs";
import { readerView } from "../../src/workbook/xlsx/reader-view";
import { partText, unzipParts, zipParts } from "../../src/workbook/xlsx/zip-parts";
import { sampleWorkbook } from "./book";
import { openpyxlBook } from "./openpyxl-book";

describe("the package as ExcelJS reads it", () => {
  const input = unzipParts(openpyxlBook());
  const view = readerView(input)!;

  test("every internal target is relative, as ExcelJS looks them up", () => {
    for (const [p] of view)
      if (p.endsWith(".rels")) expect(partText(view, p)).not.toMatch(/Target="\//);
    expect(partText(view, "xl/_rels/workbook.xml.rels")).toContain(
      'Target="worksheets/sheet1.xml"'
    );
  });

  test("the note's parts get the names ExcelJS finds them by, and the sheet's relationships follow", () => {
    expect(view.has("xl/comments1.xml")).toBe(true);
    expect(view.has("xl/comments/comment1.xml")).toBe(false);
    expect(view.has("xl/drawings/vmlDrawing1.vml")).toBe(true);
    const rels = partText(view, "xl/worksheets/_rels/sheet1.xml.rels")!;
    expect(rels).toContain('Target="../comments1.xml"');
    expect(rels).toContain('Target="../drawings/vmlDrawing1.vml"');
    expect(partText(view, "[Content_Types].xml")).toContain('PartName="/xl/comments1.xml"');
  });

  test("a drawing in the default namespace is given empty; the input keeps its own", () => {
    expect(partText(view, "xl/drawings/drawing1.xml")).toMatch(/<xdr:wsDr\b[^>]*><\/xdr:wsDr>$/);
    expect(partText(input, "xl/drawings/drawing1.xml")).toMatch(/<wsDr xmlns=/);
  });

  test("ExcelJS loads the view and sees the sheet's cells", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(zipParts(view) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("自评表")!.getCell("C8").value).toBe("新开工项目");
  });

  test("a package ExcelJS wrote needs no view", async () => {
    const written = await sampleWorkbook().xlsx.writeBuffer();
    expect(readerView(unzipParts(new Uint8Array(written as ArrayBuffer)))).toBeNull();
  });
});
