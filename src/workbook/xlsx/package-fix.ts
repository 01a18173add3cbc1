/**
 * Post-processing of the .xlsx package ExcelJS 4.4.0 writes, in the browser and in Node alike:
 *
 * - Element order (exceljs issue 1369): ExcelJS writes <tableParts> and <extLst> before <legacyDrawing> on a
 *   sheet with both an Excel Table and a note, and Excel then reports the file as corrupt. The children of
 *   <worksheet> after <sheetData> are put in ECMA-376's order (CT_Worksheet).
 * - Internal links: ExcelJS writes a link to a cell of the workbook with both a location and an external
 *   relationship to "#'Sheet'!A1". The canonical form, as Excel writes it, is the location alone.
 *
 * Works on the package's parts (zip-parts.ts); only sheets with a note or a link are read as text.
 */

import { type Parts, partText, setPartText } from "./zip-parts";

/** CT_Worksheet's children in schema order. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const RANK = new Map(WORKSHEET_ORDER.map((name, i) => [name, i]));

/** A tag: open, close or empty, with attribute values that may hold ">" inside quotes. */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

interface Element {
  name: string;
  xml: string;
}

/** The top-level elements of a fragment (each with everything nested in it). */
export function topLevel(fragment: string): Element[] | null {
  const out: Element[] = [];
  let depth = 0;
  let start = -1;
  let name = "";
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(fragment); m; m = TAG.exec(fragment)) {
    const [whole, closing, tag, , empty] = m;
    if (depth === 0 && fragment.slice(last, m.index).trim() !== "") return null;
    if (closing) {
      depth--;
      if (depth === 0) {
        out.push({ name, xml: fragment.slice(start, m.index + whole.length) });
        last = m.index + whole.length;
      }
      if (depth < 0) return null;
    } else if (empty) {
      if (depth === 0) {
        out.push({ name: tag, xml: whole });
        last = m.index + whole.length;
      }
    } else {
      if (depth === 0) {
        start = m.index;
        name = tag;
      }
      depth++;
    }
  }
  return depth === 0 && fragment.slice(last).trim() === "" ? out : null;
}

const localName = (name: string) => name.replace(/^.*:/, "");

/** The worksheet's elements after <sheetData> in schema order; the XML unchanged when they already are, or cannot be read. */
export function orderWorksheet(xml: string): string {
  const dataEnd = xml.includes("</sheetData>")
    ? xml.indexOf("</sheetData>") + "</sheetData>".length
    : xml.search(/<sheetData\s*\/>/);
  const close = xml.lastIndexOf("</worksheet>");
  if (dataEnd < 0 || close < dataEnd) return xml;
  const from = xml.includes("</sheetData>") ? dataEnd : xml.indexOf(">", dataEnd) + 1;
  const elements = topLevel(xml.slice(from, close));
  if (!elements) return xml;
  let rank = 0;
  const ranked = elements.map((e, i) => {
    rank = RANK.get(localName(e.name)) ?? rank; // an unknown element stays after the one before it
    return { e, rank, i };
  });
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank || a.i - b.i);
  if (sorted.every((s, i) => s.i === i)) return xml;
  return xml.slice(0, from) + sorted.map((s) => s.e.xml).join("") + xml.slice(close);
}

/** Internal links as locations only: the relationship ids dropped from the sheet, to drop from its rels. */
export function internalLinks(xml: string): { xml: string; dropped: string[] } {
  const dropped: string[] = [];
  const out = xml.replace(/<hyperlink\b[^>]*\blocation="[^"]*"[^>]*\/>/g, (tag) => {
    const id = /\br:id="([^"]*)"/.exec(tag);
    if (id) dropped.push(id[1]);
    return tag.replace(/\s+r:id="[^"]*"/, "").replace(/\blocation="#/, 'location="');
  });
  return { xml: out, dropped };
}

function dropRelationships(rels: string, ids: string[]): string {
  return rels.replace(/<Relationship\b[^>]*\/>/g, (tag) => {
    const id = /\bId="([^"]*)"/.exec(tag);
    return id && ids.includes(id[1]) ? "" : tag;
  });
}

const SHEET = /^xl\/worksheets\/(sheet\d+\.xml)$/;

/** The parts ExcelJS wrote, fixed as described above; true if any changed. */
export function fixPackage(parts: Parts): boolean {
  let changed = false;
  for (const path of [...parts.keys()]) {
    const m = SHEET.exec(path);
    if (!m) continue;
    const relsPath = `xl/worksheets/_rels/${m[1]}.rels`;
    const rels = partText(parts, relsPath);
    // Only a sheet with a note (VML drawing) can have its elements out of order, only one with links has links.
    if (rels === null || !/\/(vmlDrawing|hyperlink)"/.test(rels)) continue;
    const before = partText(parts, path) ?? "";
    const links = internalLinks(before);
    const after = orderWorksheet(links.xml);
    if (after === before) continue;
    setPartText(parts, path, after);
    changed = true;
    if (links.dropped.length) setPartText(parts, relsPath, dropRelationships(rels, links.dropped));
  }
  return changed;
}
