/**
 * One of the add-in's own sheets (评分汇总, 复核清单, the undo state, a form's summary) as a whole worksheet
 * part, from its SheetWrite. The looks are those the ExcelJS adapter gave them (apply-plan.ts, writeSheet),
 * layered in the same order: the own cell look (Calibri 11, top-aligned, wrapped in wrapCols) and the
 * column's number format on every value, area formats, row fills over the used columns, header rows,
 * links. Styles are derived in the workbook's styles part (appended after the user's; a re-run finds them).
 *
 * `chart` is not drawn: the .xlsx door writes the summary's table without its chart, as before
 * (docs/write-back.md, 评分汇总); Office.js draws it.
 */

import { a1, columnName } from "../../../engine/grid";
import { HEADER_FILL } from "../../../engine/plan/own";
import type { PlanValue, SheetWrite } from "../../../engine/plan/types";
import { escapeXml } from "../package-xml";
import { cellXml } from "./cell-xml";
import { type StyleSheet, solidFillXml } from "./styles-part";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Calibri named: without a name LibreOffice falls back to a serif face. */
const FONTS = {
  base: '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  bold: '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  link: '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>',
} as const;

const TOP = '<alignment vertical="top"/>';
const TOP_WRAPPED = '<alignment vertical="top" wrapText="1"/>';
const HEADER_ALIGNMENT = '<alignment horizontal="center" vertical="center" wrapText="1"/>';

/** Excel's limits: a column 255 characters wide, a row 409 points high. */
const MAX_WIDTH = 255;
const MAX_HEIGHT = 409;

/** A cell's look as the layers leave it; a key left out keeps the workbook's default style, null removes it. */
interface Look {
  font?: keyof typeof FONTS;
  alignment?: string;
  numFmt?: string | null;
  fill?: string;
}

interface OwnCell {
  value: PlanValue;
  look: Look;
}

/** The sheet's cells by row and column (0-based), as the layers create them. */
class Cells {
  readonly rows = new Map<number, Map<number, OwnCell>>();

  at(row: number, col: number): OwnCell {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    let cell = cells.get(col);
    if (!cell) cells.set(col, (cell = { value: null, look: {} }));
    return cell;
  }

  area(
    top: number,
    left: number,
    bottom: number,
    right: number,
    patch: (c: OwnCell) => void
  ): void {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) patch(this.at(r, c));
  }
}

function layOut(spec: SheetWrite): Cells {
  const cells = new Cells();
  const wrap = new Set(spec.wrapCols ?? []);
  const width = spec.values.reduce((n, r) => Math.max(n, r.length), 0);
  spec.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const numFmt = spec.numberFormats?.[c];
      cells.at(r, c).value = value;
      cells.at(r, c).look = {
        font: "base",
        alignment: wrap.has(c) ? TOP_WRAPPED : TOP,
        ...(numFmt ? { numFmt } : {}),
      };
    });
  });
  for (const f of spec.areaFormats ?? [])
    cells.area(f.top, f.left, f.bottom, f.right, (c) => (c.look.numFmt = f.format));
  for (const { row, fill } of spec.rowFills ?? [])
    cells.area(row, 0, row, width - 1, (c) => (c.look.fill = fill));
  for (const r of spec.headerRows ?? []) {
    const header: Look = {
      font: "bold",
      fill: HEADER_FILL,
      alignment: HEADER_ALIGNMENT,
      numFmt: null,
    };
    const last = Math.max(1, spec.values[r]?.length ?? 0) - 1;
    cells.area(r, 0, r, last, (c) => (c.look = { ...c.look, ...header }));
  }
  for (const link of spec.links ?? []) {
    const cell = cells.at(link.row, link.col);
    cell.value = String(cell.value ?? link.target);
    cell.look.font = "link";
  }
  return cells;
}

/** Style indices by look, derived once per distinct look. */
function styleIndex(styles: StyleSheet): (look: Look) => number {
  const made = new Map<string, number>();
  return (look) => {
    const key = `${look.font}|${look.alignment}|${look.numFmt === undefined ? "~" : look.numFmt}|${look.fill}`;
    let s = made.get(key);
    if (s === undefined) {
      s = styles.derive(0, {
        ...(look.font ? { font: FONTS[look.font] } : {}),
        ...(look.alignment ? { alignment: look.alignment } : {}),
        ...(look.numFmt !== undefined ? { numFmt: look.numFmt } : {}),
        ...(look.fill ? { fill: solidFillXml(look.fill) } : {}),
      });
      made.set(key, s);
    }
    return s;
  };
}

const number = (n: number, max: number) => String(Math.min(Math.max(n, 0), max));

function colsXml(widths: number[] | undefined): string {
  const cols: string[] = [];
  const ok = (w: number | undefined): w is number => typeof w === "number" && Number.isFinite(w);
  const list = widths ?? [];
  for (let c = 0; c < list.length; c++) {
    const w = list[c];
    if (!ok(w)) continue;
    let last = c;
    while (last + 1 < list.length && list[last + 1] === w) last++;
    cols.push(
      `<col min="${c + 1}" max="${last + 1}" width="${number(w, MAX_WIDTH)}" customWidth="1"/>`
    );
    c = last;
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

function viewsXml(freezeRows: number | undefined): string {
  if (!freezeRows || freezeRows < 1)
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const below = a1(freezeRows, 0);
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freezeRows}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/></sheetView></sheetViews>`
  );
}

/** A list's formula: a quoted string of the items, a quote inside an item doubled. */
function listFormula(list: string[]): string {
  return `"${list.map((item) => item.replace(/"/g, '""')).join(",")}"`;
}

function validationsXml(spec: SheetWrite): string {
  const list = spec.validations ?? [];
  if (list.length === 0) return "";
  const items = list.map(
    (v) =>
      `<dataValidation type="list" allowBlank="1" sqref="${a1(v.firstRow, v.col)}:${a1(v.lastRow, v.col)}">` +
      `<formula1>${escapeXml(listFormula(v.list))}</formula1></dataValidation>`
  );
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** Internal links as Excel writes them: a location and the text shown, no relationship. */
function linksXml(spec: SheetWrite, cells: Cells): string {
  const links = spec.links ?? [];
  if (links.length === 0) return "";
  const items = links.map((l) => {
    const shown = cells.at(l.row, l.col).value;
    return `<hyperlink ref="${a1(l.row, l.col)}" location="${escapeXml(l.target)}" display="${escapeXml(String(shown))}"/>`;
  });
  return `<hyperlinks>${items.join("")}</hyperlinks>`;
}

/** The worksheet part for an own sheet; its styles are added to `styles` (the caller writes that part). */
export function ownSheetXml(spec: SheetWrite, styles: StyleSheet): string {
  const cells = layOut(spec);
  const style = styleIndex(styles);
  const heights = new Map((spec.rowHeights ?? []).map((h) => [h.row, h.height]));
  const rowNumbers = [...new Set([...cells.rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnName(c));
  let lastCol = 0;
  const rows: string[] = [];
  for (const r of rowNumbers) {
    const height = heights.get(r);
    const ht =
      height !== undefined && Number.isFinite(height)
        ? ` ht="${number(height, MAX_HEIGHT)}" customHeight="1"`
        : "";
    const row = cells.rows.get(r);
    if (!row) {
      rows.push(`<row r="${r + 1}"${ht}/>`);
      continue;
    }
    const cols = [...row.keys()].sort((a, b) => a - b);
    lastCol = Math.max(lastCol, cols[cols.length - 1]);
    const xml = cols.map((c) => {
      const cell = row.get(c) as OwnCell;
      return cellXml(`${letter(c)}${r + 1}`, cell.value, style(cell.look));
    });
    rows.push(`<row r="${r + 1}"${ht}>${xml.join("")}</row>`);
  }
  const lastRow = rowNumbers.length ? rowNumbers[rowNumbers.length - 1] : 0;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}">` +
    `<dimension ref="${lastRow === 0 && lastCol === 0 ? "A1" : `A1:${a1(lastRow, lastCol)}`}"/>` +
    viewsXml(spec.freezeRows) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(spec.columnWidths) +
    `<sheetData>${rows.join("")}</sheetData>` +
    validationsXml(spec) +
    linksXml(spec, cells) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}
