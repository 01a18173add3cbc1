/**
 * A workbook as openpyxl 3.1 writes one, with a chart, a picture and a note. openpyxl is not installed here
 * (and cannot be), so the package is made at test time by hand, following openpyxl's own conventions: shared
 * strings, numbers typed `t="n"`, formulas with an empty cached value; every relationship target absolute
 * (`/xl/drawings/drawing1.xml`); the drawing in the default namespace (no `xdr:` prefix); the note in `xl/comments/comment1.xml` with its VML in
 * `xl/drawings/commentsDrawing1.vml`, related by the ids `comments` and `anysvml`; chart and picture in
 * one-cell anchors; docProps saying `openpyxl`; and the parts in openpyxl's order, [Content_Types].xml last.
 */

import { strToU8, zipSync } from "fflate";
import { isFormula, sampleSheet } from "../plan/fixtures";

export const OPENPYXL_CHART_TITLE = "OpenpyxlBudgetChart";
export const OPENPYXL_NOTE = "openpyxl 写的批注 / a note openpyxl wrote";
/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
);

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function column(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The sample sheet's cells as openpyxl writes them, and its shared strings. */
function sheetData(): { rows: string; merges: string; strings: string[] } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const spec = sampleSheet();
  const rows = spec.rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${column(c + 1)}${r + 1}`;
          if (v === null || v === undefined) return "";
          if (isFormula(v)) return `<c r="${ref}"><f>${esc(v.formula)}</f><v></v></c>`;
          if (typeof v === "number") return `<c r="${ref}" t="n"><v>${v}</v></c>`;
          if (typeof v === "string") {
            if (!index.has(v)) index.set(v, strings.push(v) - 1);
            return `<c r="${ref}" t="s"><v>${index.get(v)}</v></c>`;
          }
          return `<c r="${ref}" t="e"><v>${esc(String((v as { error: string }).error))}</v></c>`;
        })
        .join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  const merges = spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("");
  return {
    rows,
    merges: `<mergeCells count="${spec.merges.length}">${merges}</mergeCells>`,
    strings,
  };
}

const CHART = `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/><a:p xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:pPr><a:defRPr/></a:pPr><a:r><a:t>${OPENPYXL_CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'自评表'!$B$3:$D$3</c:f></c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:axId val="10"/><c:axId val="100"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:crossAx val="100"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:majorGridlines/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:crossAx val="10"/></c:valAx></c:plotArea><c:legend><c:legendPos val="r"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;

// openpyxl writes the drawing in the default namespace (`<wsDr xmlns="…spreadsheetDrawing">`, its tagname and
// `tree.set("xmlns", SHEET_DRAWING_NS)`), every object in a one-cell anchor, rIdN by the object's index.
const oneCell = (col: number, row: number, cx: number, cy: number, body: string) =>
  `<oneCellAnchor><from><col>${col}</col><colOff>0</colOff><row>${row}</row><rowOff>0</rowOff></from><ext cx="${cx}" cy="${cy}"/>${body}<clientData/></oneCellAnchor>`;

const DRAWING = `<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}">${oneCell(
  1,
  18,
  5400000,
  2700000,
  `<graphicFrame macro=""><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></graphicFrame>`
)}${oneCell(
  10,
  1,
  457200,
  457200,
  `<pic><nvPicPr><cNvPr id="2" name="Image 2" descr="Name of picture"/><cNvPicPr/></nvPicPr><blipFill><a:blip r:embed="rId2" cstate="print"/><a:stretch><a:fillRect/></a:stretch></blipFill><spPr><a:prstGeom prst="rect"/></spPr></pic>`
)}</wsDr>`;

const COMMENTS = `<comments xmlns="${MAIN}"><authors><author>审核人</author></authors><commentList><comment ref="I9" authorId="0" shapeId="0"><text><t>${esc(OPENPYXL_NOTE)}</t></text></comment></commentList></comments>`;

const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute; margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>8</x:Row><x:Column>8</x:Column></x:ClientData></v:shape></xml>`;

const rels = (list: [string, string, string][]) =>
  `${XML}<Relationships xmlns="${PKG}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;

/** The parts of the chart, picture and note, by path, as openpyxl writes them: compared with the scored copy's. */
export function openpyxlKeptParts(): Record<string, Uint8Array> {
  return {
    "xl/drawings/drawing1.xml": strToU8(XML + DRAWING),
    "xl/charts/chart1.xml": strToU8(XML + CHART),
    "xl/media/image1.png": new Uint8Array(PNG),
  };
}

/** The package's bytes. */
export function openpyxlBook(): Uint8Array {
  const { rows, merges, strings } = sheetData();
  const sheet = `${XML}<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr><dimension ref="A1:I16"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData>${rows}</sheetData>${merges}<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/><drawing xmlns:r="${R}" r:id="rId1"/><legacyDrawing xmlns:r="${R}" r:id="anysvml"/></worksheet>`;
  const shared = `${XML}<sst xmlns="${MAIN}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`;
  const kept = openpyxlKeptParts();
  const files: [string, Uint8Array][] = [
    [
      "docProps/app.xml",
      strToU8(
        `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>3.1</AppVersion></Properties>`
      ),
    ],
    [
      "docProps/core.xml",
      strToU8(
        `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>openpyxl</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:modified></cp:coreProperties>`
      ),
    ],
    [
      "xl/theme/theme1.xml",
      strToU8(
        `${XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`
      ),
    ],
    ["xl/worksheets/sheet1.xml", strToU8(sheet)],
    ["xl/drawings/drawing1.xml", kept["xl/drawings/drawing1.xml"]],
    ["xl/charts/chart1.xml", kept["xl/charts/chart1.xml"]],
    ["xl/media/image1.png", kept["xl/media/image1.png"]],
    ["xl/comments/comment1.xml", strToU8(XML + COMMENTS)],
    ["xl/drawings/commentsDrawing1.vml", strToU8(VML)],
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      strToU8(
        rels([
          ["rId1", `${R}/drawing`, "/xl/drawings/drawing1.xml"],
          ["comments", `${R}/comments`, "/xl/comments/comment1.xml"],
          ["anysvml", `${R}/vmlDrawing`, "/xl/drawings/commentsDrawing1.vml"],
        ])
      ),
    ],
    [
      "xl/drawings/_rels/drawing1.xml.rels",
      strToU8(
        rels([
          ["rId1", `${R}/chart`, "/xl/charts/chart1.xml"],
          ["rId2", `${R}/image`, "/xl/media/image1.png"],
        ])
      ),
    ],
    ["xl/sharedStrings.xml", strToU8(shared)],
    [
      "xl/styles.xml",
      strToU8(
        `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="0"/><fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`
      ),
    ],
    [
      "xl/workbook.xml",
      strToU8(
        `${XML}<workbook xmlns="${MAIN}"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews><sheets><sheet xmlns:r="${R}" name="自评表" sheetId="1" state="visible" r:id="rId1"/></sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`
      ),
    ],
    [
      "xl/_rels/workbook.xml.rels",
      strToU8(
        rels([
          ["rId1", `${R}/worksheet`, "/xl/worksheets/sheet1.xml"],
          ["rId2", `${R}/styles`, "/xl/styles.xml"],
          ["rId3", `${R}/theme`, "/xl/theme/theme1.xml"],
          ["rId4", `${R}/sharedStrings`, "/xl/sharedStrings.xml"],
        ])
      ),
    ],
    [
      "_rels/.rels",
      strToU8(
        rels([
          ["rId1", `${R}/officeDocument`, "xl/workbook.xml"],
          [
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
          ],
          ["rId3", `${R}/extended-properties`, "docProps/app.xml"],
        ])
      ),
    ],
    [
      "[Content_Types].xml",
      strToU8(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`
      ),
    ],
  ];
  return zipSync(Object.fromEntries(files.map(([p, b]) => [p, [b, { level: 6 }]])), {});
}
