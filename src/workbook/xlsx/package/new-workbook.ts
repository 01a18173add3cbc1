/**
 * A workbook made from nothing but the sheets given (the batch summary): the parts a spreadsheet needs to open
 * it, written by the same own-sheet writer as the scored copies, so no second writer is needed for it.
 */

import type { SheetWrite } from "../../../engine/plan/types";
import { type Parts, setPartText, zipParts } from "../zip-parts";
import { MAIN_NS, REL, RELS_NS, XML_DECLARATION } from "./namespaces";
import { writeOwnSheets } from "./own-sheet";
import { StyleSheet } from "./styles-part";

const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const SHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** The .xlsx bytes of a workbook holding `sheets`, in their order, the first one open. */
export function newWorkbook(sheets: SheetWrite[]): Uint8Array {
  const parts: Parts = new Map();
  setPartText(
    parts,
    "[Content_Types].xml",
    `${XML_DECLARATION}<Types xmlns="${TYPES_NS}">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${SHEETML}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${SHEETML}.styles+xml"/></Types>`
  );
  setPartText(
    parts,
    "_rels/.rels",
    `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  setPartText(
    parts,
    "xl/workbook.xml",
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>`
  );
  setPartText(
    parts,
    "xl/_rels/workbook.xml.rels",
    `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
  const styles = StyleSheet.read(null);
  writeOwnSheets(parts, sheets, styles);
  setPartText(parts, "xl/styles.xml", styles.toXml());
  return zipParts(parts);
}
