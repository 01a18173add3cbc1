/**
 * A workbook as a real spreadsheet writes it, made at test time (no binary committed): the sample 自评表 with a
 * picture, a column chart, conditional formats, a data validation, a defined name, frozen panes, a print area,
 * a hidden sheet and the chart's data sheet, laid out by ExcelJS with the chart added at XML level, then opened
 * and saved again by LibreOffice headless, so that every part of the fixture is as LibreOffice writes it
 * (its own drawing, chart, styles and sheet XML).
 */

import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { convert } from "../support/libreoffice";
import { sampleWorkbook } from "./book";
import { save } from "./scoring";

export const CHART_TITLE = "BudgetExecutionChart";
export const CHART_DATA_SHEET = "图表数据";
/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Budget</c:v></c:tx><c:cat><c:strRef><c:f>'${CHART_DATA_SHEET}'!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>Q1</c:v></c:pt><c:pt idx="1"><c:v>Q2</c:v></c:pt><c:pt idx="2"><c:v>Q3</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>'${CHART_DATA_SHEET}'!$B$2:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>10</c:v></c:pt><c:pt idx="1"><c:v>25</c:v></c:pt><c:pt idx="2"><c:v>18</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const CHART_ANCHOR = `<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>34</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="30" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

/** The ExcelJS layout (everything but the chart), then the chart added to the scored sheet's drawing. */
async function laidOut(file: string): Promise<string> {
  const wb = sampleWorkbook();
  const ws = wb.getWorksheet("自评表")!;
  const image = wb.addImage({ buffer: PNG as unknown as ArrayBuffer, extension: "png" });
  ws.addImage(image, { tl: { col: 10, row: 1 }, ext: { width: 48, height: 48 } });
  ws.addConditionalFormatting({
    ref: "I8:I12",
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["60"], priority: 1, style: { font: { color: { argb: "FFC00000" } } } }],
  });
  ws.getCell("A14").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  ws.views = [{ state: "frozen", ySplit: 7, xSplit: 0 }];
  ws.pageSetup.printArea = "A1:L36";
  wb.definedNames.add("'自评表'!$C$8:$C$12", "指标名称");
  const data = wb.addWorksheet(CHART_DATA_SHEET);
  data.addRows([["季度", "预算"], ["Q1", 10], ["Q2", 25], ["Q3", 18]]);
  const hidden = wb.addWorksheet("参数", { state: "hidden" });
  hidden.getCell("A1").value = "内部参数";

  const zip = await JSZip.loadAsync(await fs.readFile(await save(wb, file)));
  const drawingPath = Object.keys(zip.files).find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))!;
  const drawing = await zip.file(drawingPath)!.async("string");
  zip.file(drawingPath, drawing.replace("</xdr:wsDr>", `${CHART_ANCHOR}</xdr:wsDr>`));
  const relsPath = drawingPath.replace(/drawings\/(drawing\d+\.xml)$/, "drawings/_rels/$1.rels");
  const rels = await zip.file(relsPath)!.async("string");
  zip.file(
    relsPath,
    rels.replace("</Relationships>", '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'),
  );
  zip.file("xl/charts/chart1.xml", CHART_XML);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
  await fs.writeFile(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return file;
}

/** The fixture as LibreOffice saves it, in `dir`: its path. */
export async function libreOfficeBook(dir: string): Promise<string> {
  const src = await laidOut(path.join(dir, "lo-book.xlsx"));
  const out = path.join(dir, "lo");
  const r = await convert(src, "xlsx", out);
  if (r.code !== 0) throw new Error(`LibreOffice could not save the fixture: ${r.stderr}`);
  return r.outputs[0];
}
