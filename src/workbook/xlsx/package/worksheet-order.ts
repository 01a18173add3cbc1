/**
 * The order ECMA-376 gives the children of <worksheet> (CT_Worksheet), and the top-level elements of a fragment
 * of XML: where the package editor puts an element it adds to a sheet (sheet-notes.ts, <legacyDrawing>), so
 * that Excel, which checks the order, opens the file.
 */

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
