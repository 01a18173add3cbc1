/**
 * One of the add-in's own sheets (评分汇总, 复核清单, the undo state, a form's summary) as a whole worksheet
 * part, from its SheetWrite. The looks are those the retired ExcelJS adapter gave them (docs/write-back.md),
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
import type { Parts } from "../zip-parts";
import { cellXml } from "./cell-xml";
import { MAIN_NS, XML_DECLARATION } from "./namespaces";
import { type StyleSheet, solidFillXml } from "./styles-part";
import {
  activeSheet,
  addSheet,
  checkSheetName,
  removeSheet,
  setActiveSheet,
} from "./workbook-sheets";

/** Calibri named: without a name LibreOffice falls back to a serif face. */
const FONTS = {
  base: '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  bold: '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  link: '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>',
} as const;

const TOP = '<alignment vertical="top"/>';
const TOP_WRAPPED = '<alignment vertical="top" wrapText="1"/>';
const HEADER_ALIGNMENT = '<alignment horizontal="center" vertical="center" wrapText="1"/>';

/** Excel's limits: a column 255 characters wide, a row 409 points high, its grid, a drop-down's list. */
const MAX_WIDTH = 255;
const MAX_HEIGHT = 409;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_LIST = 255;

/** A cell's look as the layers leave it; a key left out keeps the workbook's default style, null removes it. */
interface Look {
  readonly font?: keyof typeof FONTS;
  readonly alignment?: string;
  readonly numFmt?: string | null;
  readonly fill?: string;
}

/**
 * Looks are shared: a layer turns a look into the next one once per distinct (look, patch), so that cells
 * patched alike hold the same object and each object's style is derived once (thousands of cells, few looks).
 */
class Looks {
  readonly none: Look = {};
  private readonly next = new Map<Look, Map<string, Look>>();
  private readonly index = new Map<Look, number>();

  constructor(private readonly styles: StyleSheet) {}

  with(look: Look, key: string, patch: Look): Look {
    let byKey = this.next.get(look);
    if (!byKey) this.next.set(look, (byKey = new Map()));
    let to = byKey.get(key);
    if (!to) byKey.set(key, (to = { ...look, ...patch }));
    return to;
  }

  /** The cell style index of a look, added to the styles part when new. */
  style(look: Look): number {
    let s = this.index.get(look);
    if (s === undefined) {
      s = this.styles.derive(0, {
        ...(look.font ? { font: FONTS[look.font] } : {}),
        ...(look.alignment ? { alignment: look.alignment } : {}),
        ...(look.numFmt !== undefined ? { numFmt: look.numFmt } : {}),
        ...(look.fill ? { fill: solidFillXml(look.fill) } : {}),
      });
      this.index.set(look, s);
    }
    return s;
  }
}

interface OwnCell {
  value: PlanValue;
  look: Look;
}

/** The sheet's cells by row and column (0-based), as the layers create them. */
class Cells {
  readonly rows: (OwnCell | undefined)[][] = [];

  constructor(private readonly none: Look) {}

  at(row: number, col: number): OwnCell {
    if (!(row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLS))
      throw new Error(
        `an own sheet's cell outside Excel's grid: row ${row + 1}, column ${col + 1}`
      );
    const cells = (this.rows[row] ??= []);
    return (cells[col] ??= { value: null, look: this.none });
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

const HEADER: Look = { font: "bold", fill: HEADER_FILL, alignment: HEADER_ALIGNMENT, numFmt: null };

function layOut(spec: SheetWrite, looks: Looks): Cells {
  const cells = new Cells(looks.none);
  const wrap = new Set(spec.wrapCols ?? []);
  const width = spec.values.reduce((n, r) => Math.max(n, r.length), 0);
  const columnLook: Look[] = [];
  for (let c = 0; c < width; c++) {
    const numFmt = spec.numberFormats?.[c];
    const alignment = wrap.has(c) ? TOP_WRAPPED : TOP;
    columnLook.push(
      looks.with(looks.none, `cell ${alignment} ${numFmt ?? ""}`, {
        font: "base",
        alignment,
        ...(numFmt ? { numFmt } : {}),
      })
    );
  }
  spec.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = cells.at(r, c);
      cell.value = value;
      cell.look = columnLook[c];
    });
  });
  for (const f of spec.areaFormats ?? []) {
    const key = `numFmt ${f.format}`;
    cells.area(
      f.top,
      f.left,
      f.bottom,
      f.right,
      (c) => (c.look = looks.with(c.look, key, { numFmt: f.format }))
    );
  }
  for (const { row, fill } of spec.rowFills ?? []) {
    const key = `fill ${fill}`;
    cells.area(row, 0, row, width - 1, (c) => (c.look = looks.with(c.look, key, { fill })));
  }
  for (const r of spec.headerRows ?? []) {
    const last = Math.max(1, spec.values[r]?.length ?? 0) - 1;
    cells.area(r, 0, r, last, (c) => (c.look = looks.with(c.look, "header", HEADER)));
  }
  for (const link of spec.links ?? []) {
    const cell = cells.at(link.row, link.col);
    cell.value = String(cell.value ?? link.target);
    cell.look = looks.with(cell.look, "link", { font: "link" });
  }
  return cells;
}

const number = (n: number, max: number) => String(Math.min(Math.max(n, 0), max));

function colsXml(widths: number[] | undefined): string {
  const cols: string[] = [];
  const ok = (w: number | undefined): w is number =>
    typeof w === "number" && Number.isFinite(w) && w >= 0;
  const list = (widths ?? []).slice(0, MAX_COLS);
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
  if (freezeRows !== undefined && freezeRows >= MAX_ROWS)
    throw new Error(`a frozen pane below Excel's grid: ${freezeRows} rows`);
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
  const items = list.map((v) => {
    const formula = listFormula(v.list);
    if (formula.length - 2 > MAX_LIST)
      throw new Error(`a drop-down list longer than Excel takes (${MAX_LIST} characters)`);
    const last = Math.min(v.lastRow, MAX_ROWS - 1);
    return (
      `<dataValidation type="list" allowBlank="1" sqref="${a1(v.firstRow, v.col)}:${a1(last, v.col)}">` +
      `<formula1>${escapeXml(formula)}</formula1></dataValidation>`
    );
  });
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
  const looks = new Looks(styles);
  const cells = layOut(spec, looks);
  const heights: (number | undefined)[] = [];
  for (const h of spec.rowHeights ?? []) heights[h.row] = h.height;
  const letters: string[] = [];
  let lastCol = 0;
  let lastRow = 0;
  const rows: string[] = [];
  for (let r = 0; r < Math.max(cells.rows.length, heights.length); r++) {
    const row = cells.rows[r];
    const height = heights[r];
    if (!row && height === undefined) continue;
    lastRow = r;
    const ht =
      height !== undefined && Number.isFinite(height)
        ? ` ht="${number(height, MAX_HEIGHT)}" customHeight="1"`
        : "";
    if (!row) {
      rows.push(`<row r="${r + 1}"${ht}/>`);
      continue;
    }
    const xml: string[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      lastCol = Math.max(lastCol, c);
      const ref = `${(letters[c] ??= columnName(c))}${r + 1}`;
      xml.push(cellXml("", ref, looks.style(cell.look), cell.value) ?? `<c r="${ref}"/>`);
    }
    rows.push(`<row r="${r + 1}"${ht}>${xml.join("")}</row>`);
  }
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}">` +
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

/**
 * The plan's own sheets (plan.sheets), replaced whole: each removed first, then all written at the end in the
 * plan's order; the undo state very hidden. Their styles go into `styles`, which
 * the caller writes back once (styles.changed) after the rest of the plan.
 */
export function writeOwnSheets(parts: Parts, sheets: SheetWrite[], styles: StyleSheet): void {
  // Every part made and every name checked before the package changes: an error leaves it as it was.
  for (const spec of sheets) checkSheetName(spec.name);
  const xml = sheets.map((spec) => ownSheetXml(spec, styles));
  const active = activeSheet(parts);
  for (const spec of sheets) removeSheet(parts, spec.name);
  sheets.forEach((spec, i) =>
    addSheet(parts, spec.name, xml[i], spec.hidden ? "veryHidden" : "visible")
  );
  // A workbook saved on 复核清单 opens on it again after a re-run.
  if (active !== undefined) setActiveSheet(parts, active);
}
