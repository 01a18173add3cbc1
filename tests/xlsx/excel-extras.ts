/**
 * The sample workbook plus, at XML level the way Excel writes them, the parts ExcelJS does not model: printer
 * settings, an OLE object (with its preview picture), a form control (check box), a slicer with its slicer
 * cache (the sheet's and the workbook's extLst entries), an external link (with its cached values and the
 * workbook's <externalReferences>) and a custom XML part with its properties. Not here: the VML shapes Excel
 * also writes for an OLE object and a control (for versions before 2010), and the pivot table a slicer filters.
 */

import { promises as fs } from "fs";
import { sheetParts } from "../../src/workbook/xlsx/package/workbook-sheets";
import {
  type Parts,
  partText,
  setPartText,
  unzipParts,
  zipParts,
} from "../../src/workbook/xlsx/zip-parts";
import { sampleWorkbook } from "./book";
import { save } from "./scoring";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
);

export interface ExtraPart {
  /** What it is, for the test's names. */
  kind: string;
  bytes: Uint8Array;
  /** Its content type (an Override, or the Default of its extension). */
  type: string;
}

const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const anchor = (col: number, row: number) =>
  `<anchor moveWithCells="1"><from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></from><to><xdr:col>${col + 2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 3}</xdr:row><xdr:rowOff>0</xdr:rowOff></to></anchor>`;

/** The added parts by path. */
export const EXTRAS: Record<string, ExtraPart> = {
  "xl/printerSettings/printerSettings1.bin": {
    kind: "printer settings",
    bytes: new Uint8Array(Array.from({ length: 220 }, (_, i) => (i * 37) % 256)),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings",
  },
  "xl/embeddings/oleObject1.bin": {
    kind: "OLE object",
    bytes: new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...Array.from({ length: 504 }, (_, i) => i % 251),
    ]),
    type: "application/vnd.openxmlformats-officedocument.oleObject",
  },
  "xl/media/oleImage1.png": {
    kind: "OLE object's picture",
    bytes: new Uint8Array(PNG),
    type: "image/png",
  },
  "xl/ctrlProps/ctrlProp1.xml": {
    kind: "form control",
    bytes: text(
      `${XML}<formControlPr xmlns="${X14}" objectType="CheckBox" checked="Checked" lockText="1" noThreeD="1"/>`
    ),
    type: "application/vnd.ms-excel.controlproperties+xml",
  },
  "xl/slicers/slicer1.xml": {
    kind: "slicer",
    bytes: text(
      `${XML}<slicers xmlns="${X14}" xmlns:mc="${MC}" mc:Ignorable="x" xmlns:x="${MAIN}"><slicer name="季度" cache="Slicer_季度" caption="季度" rowHeight="241300"/></slicers>`
    ),
    type: "application/vnd.ms-excel.slicer+xml",
  },
  "xl/slicerCaches/slicerCache1.xml": {
    kind: "slicer cache",
    bytes: text(
      `${XML}<slicerCacheDefinition xmlns="${X14}" xmlns:mc="${MC}" mc:Ignorable="x" xmlns:x="${MAIN}" name="Slicer_季度" sourceName="季度"><data><tabular pivotCacheId="1"><items count="3"><i x="0" s="1"/><i x="1" s="1"/><i x="2" s="1"/></items></tabular></data></slicerCacheDefinition>`
    ),
    type: "application/vnd.ms-excel.slicerCache+xml",
  },
  "xl/externalLinks/externalLink1.xml": {
    kind: "external link",
    bytes: text(
      `${XML}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="预算"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>120</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`
    ),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  },
  "xl/externalLinks/_rels/externalLink1.xml.rels": {
    kind: "external link's target",
    bytes: text(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/externalLinkPath" Target="%E4%B8%8A%E5%B9%B4%E9%A2%84%E7%AE%97.xlsx" TargetMode="External"/></Relationships>`
    ),
    type: "application/vnd.openxmlformats-package.relationships+xml",
  },
  "customXml/item1.xml": {
    kind: "custom XML",
    bytes: text(
      `${XML}<jixiaoFixture xmlns="urn:example:jixiao-fixture"><部门>财政局</部门></jixiaoFixture>`
    ),
    type: "application/xml",
  },
  "customXml/itemProps1.xml": {
    kind: "custom XML properties",
    bytes: text(
      `${XML}<ds:datastoreItem ds:itemID="{5E3C1B2A-0000-4000-8000-00000000000A}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`
    ),
    type: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  },
  "customXml/_rels/item1.xml.rels": {
    kind: "custom XML's relationships",
    bytes: text(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps1.xml"/></Relationships>`
    ),
    type: "application/vnd.openxmlformats-package.relationships+xml",
  },
};

/** Each relationship added: from which part, its id, type, and the part it leads to. */
export const ADDED_RELS: { from: "sheet" | "workbook"; id: string; type: string; to: string }[] = [
  {
    from: "sheet",
    id: "rIdPrinter1",
    type: `${R}/printerSettings`,
    to: "xl/printerSettings/printerSettings1.bin",
  },
  { from: "sheet", id: "rIdOle1", type: `${R}/oleObject`, to: "xl/embeddings/oleObject1.bin" },
  { from: "sheet", id: "rIdOleImage1", type: `${R}/image`, to: "xl/media/oleImage1.png" },
  { from: "sheet", id: "rIdCtrl1", type: `${R}/ctrlProp`, to: "xl/ctrlProps/ctrlProp1.xml" },
  {
    from: "sheet",
    id: "rIdSlicer1",
    type: "http://schemas.microsoft.com/office/2007/relationships/slicer",
    to: "xl/slicers/slicer1.xml",
  },
  {
    from: "workbook",
    id: "rIdSlicerCache1",
    type: "http://schemas.microsoft.com/office/2007/relationships/slicerCache",
    to: "xl/slicerCaches/slicerCache1.xml",
  },
  {
    from: "workbook",
    id: "rIdExternal1",
    type: `${R}/externalLink`,
    to: "xl/externalLinks/externalLink1.xml",
  },
  { from: "workbook", id: "rIdCustom1", type: `${R}/customXml`, to: "customXml/item1.xml" },
];

const relativeTo = (from: string, to: string) =>
  from === "workbook"
    ? to.replace(/^xl\//, "").replace(/^customXml/, "../customXml")
    : `../${to.replace(/^xl\//, "")}`;

function addRels(parts: Parts, relsPath: string, list: typeof ADDED_RELS): void {
  const rels =
    partText(parts, relsPath) ??
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const els = list
    .map(
      (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${relativeTo(r.from, r.to)}"/>`
    )
    .join("");
  setPartText(parts, relsPath, rels.replace("</Relationships>", `${els}</Relationships>`));
}

/** The sample workbook (ExcelJS) with the parts above added to 自评表 and the workbook, written to `file`. */
export async function excelExtrasBook(file: string): Promise<string> {
  const parts = unzipParts(await fs.readFile(await save(sampleWorkbook(), file)));
  const sheet = sheetParts(parts).get("自评表")!;
  for (const [p, { bytes }] of Object.entries(EXTRAS)) parts.set(p, bytes);
  let types = partText(parts, "[Content_Types].xml")!;
  for (const [p, { type }] of Object.entries(EXTRAS))
    if (!p.endsWith(".rels") && !/\.png$/.test(p) && !p.startsWith("customXml/item1"))
      types = types.replace(
        "</Types>",
        `<Override PartName="/${p}" ContentType="${type}"/></Types>`
      );
  if (!/Extension="png"/.test(types))
    types = types.replace("</Types>", '<Default Extension="png" ContentType="image/png"/></Types>');
  setPartText(parts, "[Content_Types].xml", types);
  addRels(
    parts,
    sheet.replace(/([^/]+)$/, "_rels/$1.rels"),
    ADDED_RELS.filter((r) => r.from === "sheet")
  );
  addRels(
    parts,
    "xl/_rels/workbook.xml.rels",
    ADDED_RELS.filter((r) => r.from === "workbook")
  );

  let xml = partText(parts, sheet)!;
  xml = xml.replace(/<worksheet\b([^>]*)>/, (m) =>
    m
      .replace(">", ` xmlns:xdr="${XDR}" xmlns:x14="${X14}">`)
      .replace(/\s+xmlns:x14="[^"]*"(?=.*xmlns:x14=)/, "")
  );
  xml = /<pageSetup\b[^>]*\/>/.test(xml)
    ? xml.replace(/<pageSetup\b/, '<pageSetup r:id="rIdPrinter1"')
    : xml.replace(
        /(<pageMargins\b[^>]*\/>)/,
        '$1<pageSetup paperSize="9" orientation="portrait" r:id="rIdPrinter1"/>'
      );
  const ole = `<oleObjects><mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14"><oleObject progId="Package" shapeId="1025" r:id="rIdOle1"><objectPr defaultSize="0" autoPict="0" r:id="rIdOleImage1">${anchor(10, 20)}</objectPr></oleObject></mc:Choice><mc:Fallback><oleObject progId="Package" shapeId="1025" r:id="rIdOle1"/></mc:Fallback></mc:AlternateContent></oleObjects>`;
  const controls = `<controls><mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14"><control shapeId="1026" r:id="rIdCtrl1" name="Check Box 2"><controlPr defaultSize="0" autoFill="0" autoLine="0" autoPict="0">${anchor(10, 25)}</controlPr></control></mc:Choice></mc:AlternateContent></controls>`;
  const slicerExt = `<ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="${X14}"><x14:slicerList><x14:slicer r:id="rIdSlicer1"/></x14:slicerList></ext>`;
  xml = xml.replace(/(<tableParts\b|<extLst>|<\/worksheet>)/, `${ole}${controls}$1`);
  xml = xml.includes("<extLst>")
    ? xml.replace("</extLst>", `${slicerExt}</extLst>`)
    : xml.replace("</worksheet>", `<extLst>${slicerExt}</extLst></worksheet>`);
  setPartText(parts, sheet, xml);

  let workbook = partText(parts, "xl/workbook.xml")!;
  workbook = workbook.replace(
    /(<definedNames>|<calcPr\b)/,
    '<externalReferences><externalReference r:id="rIdExternal1"/></externalReferences>$1'
  );
  workbook = workbook.replace(
    "</workbook>",
    `<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="${X14}"><x14:slicerCaches><x14:slicerCache r:id="rIdSlicerCache1"/></x14:slicerCaches></ext></extLst></workbook>`
  );
  setPartText(parts, "xl/workbook.xml", workbook);
  await fs.writeFile(file, zipParts(parts));
  return file;
}
