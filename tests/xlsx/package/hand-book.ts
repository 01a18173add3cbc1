/**
 * Packages made by hand for the package reader's tests: a few sheets given as their XML, the rest of the
 * package (workbook, relationships, content types, styles, shared strings, comments) written around them.
 */

import type { Grid } from "../../../src/engine/grid";
import { checkPackage } from "../../../src/workbook/xlsx/limits";
import { readGrids } from "../../../src/workbook/xlsx/package/read-sheet";
import { type Parts, setPartText, zipParts } from "../../../src/workbook/xlsx/zip-parts";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** One sheet of a hand-made book: its <sheetData> and what follows it, and its comments part's XML. */
export interface SheetSource {
  name: string;
  /** The whole part, when the test writes it itself (a prefixed sheet). */
  xml?: string;
  cols?: string;
  rows?: string;
  after?: string;
  comments?: string;
  /** External links: the cell and the address it opens. */
  links?: { ref: string; target: string }[];
}

export interface BookSource {
  sheets: SheetSource[];
  strings?: string[] | string;
  /** <numFmts>, <fills> and <cellXfs> content: the rest of styles.xml is the minimal one. */
  numFmts?: string;
  fills?: string;
  xfs?: string;
  date1904?: boolean;
  /** The whole of workbook.xml and styles.xml, when the test writes them itself. */
  workbookXml?: string;
  stylesXml?: string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function links(sheet: SheetSource): string {
  if (!sheet.links?.length) return "";
  const each = sheet.links.map((l, k) => `<hyperlink ref="${l.ref}" r:id="rIdL${k}"/>`).join("");
  return `<hyperlinks>${each}</hyperlinks>`;
}

export function bookParts(book: BookSource): Parts {
  const parts: Parts = new Map();
  const overrides: string[] = [];
  const rels: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml =
      sheet.xml ??
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${sheet.cols ? `<cols>${sheet.cols}</cols>` : ""}<sheetData>${sheet.rows ?? ""}</sheetData>${sheet.after ?? ""}${links(sheet)}${sheet.comments ? '<legacyDrawing r:id="rId2"/>' : ""}</worksheet>`;
    setPartText(parts, path, xml);
    overrides.push(
      `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    );
    rels.push(
      `<Relationship Id="rId${i + 10}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
    );
    const linkRels = (sheet.links ?? [])
      .map(
        (l, k) =>
          `<Relationship Id="rIdL${k}" Type="${R}/hyperlink" Target="${esc(l.target)}" TargetMode="External"/>`
      )
      .join("");
    const noteRels = sheet.comments
      ? `<Relationship Id="rId1" Type="${R}/comments" Target="../comments${i + 1}.xml"/><Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing${i + 1}.vml"/>`
      : "";
    if (linkRels || noteRels)
      setPartText(
        parts,
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `${XML}<Relationships xmlns="${PKG}">${noteRels}${linkRels}</Relationships>`
      );
    if (sheet.comments) {
      setPartText(parts, `xl/comments${i + 1}.xml`, XML + sheet.comments);
      setPartText(
        parts,
        `xl/drawings/vmlDrawing${i + 1}.vml`,
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"></xml>'
      );
      overrides.push(
        `<Override PartName="/xl/comments${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`
      );
    }
  });
  const sheetsXml = book.sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`)
    .join("");
  setPartText(
    parts,
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${overrides.join("")}</Types>`
  );
  setPartText(
    parts,
    "_rels/.rels",
    `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  setPartText(
    parts,
    "xl/workbook.xml",
    book.workbookXml ??
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr${book.date1904 ? ' date1904="1"' : ""}/><sheets>${sheetsXml}</sheets></workbook>`
  );
  setPartText(
    parts,
    "xl/_rels/workbook.xml.rels",
    `${XML}<Relationships xmlns="${PKG}">${rels.join("")}<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
  setPartText(
    parts,
    "xl/styles.xml",
    book.stylesXml ??
      `${XML}<styleSheet xmlns="${MAIN}">${book.numFmts ? `<numFmts>${book.numFmts}</numFmts>` : ""}<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills>${book.fills ?? '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'}</fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${book.xfs ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'}</cellXfs></styleSheet>`
  );
  const strings = book.strings ?? [];
  setPartText(
    parts,
    "xl/sharedStrings.xml",
    typeof strings === "string"
      ? strings
      : `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`
  );
  return parts;
}

/** The book as .xlsx bytes. */
export function bookBytes(book: BookSource): Uint8Array {
  return zipParts(bookParts(book));
}

/** The grids of the book as a door opens it: bytes checked and unzipped, then read. */
export async function gridsOf(book: BookSource): Promise<Grid[]> {
  const checked = await checkPackage("hand-made.xlsx", bookBytes(book));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problem));
  return readGrids(checked.parts);
}
