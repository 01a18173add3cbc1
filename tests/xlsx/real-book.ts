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

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const THREADS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
const PERSON_ID = "{B3A0D1E2-0000-4000-8000-000000000001}";
export const PIVOT_CACHE_ID = "7";

/** The parts added at XML level, by path, with their content types. */
export const ADDED: Record<string, { type: string; xml: string }> = {
  "xl/pivotTables/pivotTable1.xml": {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="${PIVOT_CACHE_ID}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1"><location ref="D1:E5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:预算" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  },
  "xl/pivotTables/_rels/pivotTable1.xml.rels": {
    type: "",
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  },
  "xl/pivotCache/pivotCacheDefinition1.xml": {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="${CHART_DATA_SHEET}"/></cacheSource><cacheFields count="2"><cacheField name="季度" numFmtId="0"><sharedItems count="3"><s v="Q1"/><s v="Q2"/><s v="Q3"/></sharedItems></cacheField><cacheField name="预算" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="10" maxValue="25"/></cacheField></cacheFields></pivotCacheDefinition>`,
  },
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": {
    type: "",
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  },
  "xl/pivotCache/pivotCacheRecords1.xml": {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="3"><r><x v="0"/><n v="10"/></r><r><x v="1"/><n v="25"/></r><r><x v="2"/><n v="18"/></r></pivotCacheRecords>`,
  },
  "xl/threadedComments/threadedComment1.xml": {
    type: "application/vnd.ms-excel.threadedcomments+xml",
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="${THREADS}" xmlns:x="${MAIN}"><threadedComment ref="A2" dT="2024-03-01T09:00:00.00" personId="${PERSON_ID}" id="{C1D2E3F4-0000-4000-8000-000000000002}"><text>请核对预算数</text></threadedComment></ThreadedComments>`,
  },
  "xl/persons/person.xml": {
    type: "application/vnd.ms-excel.person+xml",
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${THREADS}" xmlns:x="${MAIN}"><person displayName="张会计" id="${PERSON_ID}" userId="zhang@example.invalid" providerId="None"/></personList>`,
  },
};

async function addRel(zip: JSZip, relsPath: string, id: string, type: string, target: string): Promise<void> {
  const rels =
    (await zip.file(relsPath)?.async("string")) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(relsPath, rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
}

/**
 * The LibreOffice fixture plus, at XML level as Excel writes them, a pivot table (on the chart's data sheet,
 * with its cache and records, listed in workbook.xml's <pivotCaches>) and a threaded comment on 自评表!A2
 * (with the workbook's persons part).
 */
export async function withPivotAndThread(file: string, out: string, sheetPath: (zip: JSZip, name: string) => Promise<string>): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  let types = await zip.file("[Content_Types].xml")!.async("string");
  for (const [p, { type, xml }] of Object.entries(ADDED)) {
    zip.file(p, xml);
    if (type) types = types.replace("</Types>", `<Override PartName="/${p}" ContentType="${type}"/></Types>`);
  }
  zip.file("[Content_Types].xml", types);
  const rels = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");
  await addRel(zip, rels(await sheetPath(zip, CHART_DATA_SHEET)), "rIdPivot1", `${REL}/pivotTable`, "../pivotTables/pivotTable1.xml");
  await addRel(zip, rels(await sheetPath(zip, "自评表")), "rIdThread1", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml");
  await addRel(zip, "xl/_rels/workbook.xml.rels", "rIdPivotCache1", `${REL}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml");
  await addRel(zip, "xl/_rels/workbook.xml.rels", "rIdPersons1", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml");
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbook.replace("</workbook>", `<pivotCaches><pivotCache cacheId="${PIVOT_CACHE_ID}" r:id="rIdPivotCache1"/></pivotCaches></workbook>`));
  await fs.writeFile(out, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return out;
}

/**
 * The fixture with the pivot table (and threaded comment) saved once more by LibreOffice, so that the pivot
 * table, its cache and records are LibreOffice's own (it rewrites them: cacheId 1, its own attributes and
 * records), beside its tables and chart. LibreOffice headless cannot create a pivot table without a macro
 * runtime (no Python UNO here), so it is made by LibreOffice importing the Excel-written one and saving it.
 */
export async function libreOfficePivotBook(dir: string, sheetPath: (zip: JSZip, name: string) => Promise<string>): Promise<string> {
  const plus = await withPivotAndThread(await libreOfficeBook(dir), path.join(dir, "lo-plus.xlsx"), sheetPath);
  const r = await convert(plus, "xlsx", path.join(dir, "lo-pivot"));
  if (r.code !== 0) throw new Error(`LibreOffice could not save the pivot fixture: ${r.stderr}`);
  return r.outputs[0];
}
