/**
 * The user-sheet part of a WritePlan applied to one worksheet part of the package: only the cells, notes,
 * fills, column widths and row heights the plan names change; every other row and element of the part stays
 * as written. What each kind of item does is docs/write-back.md's (the retired ExcelJS adapter's semantics),
 * in the plan's order: clears, restores, blocks, marks, then widths and heights. Strings are written as inline strings (the shared strings
 * part is never rewritten) and never as formulas.
 */

import { a1, parseA1 } from "../../../engine/grid";
import { HEADER_FILL } from "../../../engine/plan/own";
import type {
  BlockWrite,
  CellClear,
  CellLook,
  CellMark,
  CellRestore,
  ColumnWidth,
  RowHeight,
  WritePlan,
} from "../../../engine/plan/types";
import { escapeXml } from "../package-xml";
import { type Parts, partText, setPartText } from "../zip-parts";
import { parseLookRaw } from "./cell-look";
import { columnStyles, withColumnWidth } from "./sheet-columns";
import { cellXml } from "./cell-xml";
import { NOTE_AUTHOR, type Note, SheetNotes, plainNoteText } from "./sheet-notes";
import { type CellXml, SheetXml, cellStyle, restyled } from "./sheet-xml";
import { type SharedGroup, shiftFormula, sharedGroups } from "./shared-formulas";
import { type StyleChange, type StyleSheet, solidFillXml } from "./styles-part";

/** The plan's items naming this sheet, each list in plan order. */
export interface UserSheetPlan {
  clears: CellClear[];
  restores: CellRestore[];
  blocks: BlockWrite[];
  marks: CellMark[];
  columnWidths: ColumnWidth[];
  rowHeights: RowHeight[];
}

/** A sheet's plan with no items. */
export function emptySheetPlan(): UserSheetPlan {
  return { clears: [], restores: [], blocks: [], marks: [], columnWidths: [], rowHeights: [] };
}

/** The plan's items for each user sheet it names, each list in plan order, in one pass over the plan. */
export function sheetPlans(plan: WritePlan): Map<string, UserSheetPlan> {
  const bySheet = new Map<string, UserSheetPlan>();
  const of = (sheet: string): UserSheetPlan => {
    let p = bySheet.get(sheet);
    if (!p) bySheet.set(sheet, (p = emptySheetPlan()));
    return p;
  };
  for (const c of plan.clears) of(c.sheet).clears.push(c);
  for (const r of plan.restores) of(r.sheet).restores.push(r);
  for (const b of plan.blocks) of(b.sheet).blocks.push(b);
  for (const m of plan.marks) of(m.sheet).marks.push(m);
  for (const w of plan.columnWidths) of(w.sheet).columnWidths.push(w);
  for (const h of plan.rowHeights) of(h.sheet).rowHeights.push(h);
  return bySheet;
}

export interface SheetEdit {
  /** A cell that held a formula was written over or cleared, or a formula was written: calcChain.xml must go. */
  formulasTouched: boolean;
}

/** A font with a name: without one LibreOffice falls back to a serif face. */
const BASE_FONT = `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
const HEADER_ALIGNMENT = `<alignment horizontal="center" vertical="middle" wrapText="1"/>`;
const HEADER_FILL_XML = solidFillXml(HEADER_FILL);

/** The font made bold (CT_Font's children come in any order: <b/> goes first). */
function boldFont(font: string): string {
  const open = /^<font\b[^>]*?(\/?)>/.exec(font);
  if (!open) return font;
  const body = open[1] ? "" : font.slice(open[0].length, font.lastIndexOf("</font>"));
  const rest = body.replace(/<b\b[^>]*?(?:\/>|>[\s\S]*?<\/b>)/g, "");
  return `${open[0].replace(/\s*\/>$/, ">")}<b/>${rest}</font>`;
}

/** Cell styles derived once per (style, change): a large block asks for the same few thousands of times. */
const derived = new WeakMap<StyleSheet, Map<string, number>>();

function derive(styles: StyleSheet, s: number, key: string, change: () => StyleChange): number {
  let memo = derived.get(styles);
  if (!memo) derived.set(styles, (memo = new Map()));
  const k = `${s}\u0000${key}`;
  let out = memo.get(k);
  if (out === undefined) memo.set(k, (out = styles.derive(s, change())));
  return out;
}

function hasFormula(p: string, cell: CellXml | undefined): boolean {
  return cell !== undefined && cell.xml.includes(`<${p}f`);
}

/** A cell that holds nothing (no value, no formula) and the default style says nothing: it is left out. */
function isEmptyCell(xml: string): boolean {
  return /^<[^\s>/]+[^>]*\/>$/.test(xml) && !/\ss\s*=\s*"[1-9]/.test(xml);
}

class SheetEditor {
  readonly sheet: SheetXml;
  readonly notes: SheetNotes;
  private readonly p: string;
  formulasTouched = false;
  private colStyle: ((col: number) => number) | null = null;
  private shared: Map<string, SharedGroup> | null = null;

  constructor(
    parts: Parts,
    private readonly styles: StyleSheet,
    private readonly name: string,
    xml: string,
    private readonly plan: UserSheetPlan
  ) {
    this.sheet = new SheetXml(xml);
    this.p = this.sheet.p;
    this.notes = new SheetNotes(parts, name, this.sheet);
  }

  /** The style a new cell of that row and column takes: the row's (customFormat), else the column's, else 0. */
  private baseStyle(row: number, col: number): number {
    const entry = this.sheet.row(row);
    if (entry) {
      const custom = this.sheet.rowAttr(entry, "customFormat");
      const s = this.sheet.rowAttr(entry, "s");
      if ((custom === "1" || custom === "true") && s) return Number(s);
    }
    this.colStyle ??= columnStyles(this.sheet.head, this.p);
    return this.colStyle(col);
  }

  private styleOf(row: number, col: number): { cell: CellXml | undefined; s: number } {
    const cell = this.sheet.findCell(row, col);
    return { cell, s: cell ? cellStyle(cell) : this.baseStyle(row, col) };
  }

  /** Set a cell's style only (a new cell gets one with no value); an empty cell of the default style goes. */
  private setStyle(row: number, col: number, cell: CellXml | undefined, s: number): void {
    const xml = cell ? restyled(cell, s) : s ? `<${this.p}c r="${a1(row, col)}" s="${s}"/>` : null;
    if (cell && xml === cell.xml) return;
    this.sheet.setCell(row, col, xml === null || isEmptyCell(xml) ? null : xml);
  }

  /** Before a value goes over the master of a shared formula, the followers left alone get their own formula. */
  private beforeOverwrite(row: number, col: number, cell: CellXml | undefined): void {
    if (!hasFormula(this.p, cell)) return;
    this.formulasTouched = true;
    if (!cell?.xml.includes("shared")) return;
    this.shared ??= sharedGroups(this.sheet.xml, this.p);
    for (const [si, group] of this.shared) {
      if (group.master.row !== row || group.master.col !== col) continue;
      for (const f of group.followers) {
        if (this.overwritten(f.row, f.col)) continue;
        const follower = this.sheet.findCell(f.row, f.col);
        if (!follower) continue;
        const formula = shiftFormula(group.master.formula, f.row - row, f.col - col);
        const own = follower.xml.replace(
          new RegExp(`<${this.p}f\\b[^>]*?(?:/>|>[^<]*</${this.p}f>)`),
          () => `<${this.p}f>${escapeXml(formula)}</${this.p}f>`
        );
        this.sheet.setCell(f.row, f.col, own);
      }
      this.shared.delete(si);
    }
  }

  /** Whether the plan writes over or clears the cell (a follower it replaces needs no formula of its own). */
  private overwritten(row: number, col: number): boolean {
    const inside = (top: number, left: number, bottom: number, right: number) =>
      top <= row && row <= bottom && left <= col && col <= right;
    return (
      this.plan.clears.some((c) => inside(c.top, c.left, c.bottom, c.right)) ||
      this.plan.blocks.some((b) => {
        const width = b.values[row - b.top]?.length ?? 0;
        return inside(b.top, b.left, b.top + b.values.length - 1, b.left + width - 1);
      })
    );
  }

  clear(area: CellClear): void {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        this.notes.remove(r, c);
        const cell = this.sheet.findCell(r, c);
        if (!cell) continue;
        this.beforeOverwrite(r, c, cell);
        const s = this.baseStyle(r, c);
        this.sheet.setCell(r, c, s ? `<${this.p}c r="${a1(r, c)}" s="${s}"/>` : null);
      }
    }
  }

  restore(r: CellRestore): void {
    const at = this.address(r.cell);
    const raw = parseLookRaw(r.look.raw);
    const fill = raw?.fill ?? (r.look.fill ? solidFillXml(r.look.fill) : null);
    const { cell, s } = this.styleOf(at.row, at.col);
    this.setStyle(
      at.row,
      at.col,
      cell,
      derive(this.styles, s, `fill:${fill ?? ""}`, () => ({ fill }))
    );
    const note = raw?.note ?? this.plainNote(at.row, at.col, r.look);
    if (note) this.notes.set(at.row, at.col, note);
    else this.notes.remove(at.row, at.col);
  }

  private plainNote(row: number, col: number, look: CellLook): Note | null {
    if (look.note === null || look.note === undefined) return null;
    const author = this.notes.get(a1(row, col))?.author ?? NOTE_AUTHOR;
    return { text: plainNoteText(look.note), author };
  }

  block(block: BlockWrite): void {
    const headers = new Set(block.headerRows ?? []);
    block.values.forEach((values, i) => {
      const row = block.top + i;
      const header = headers.has(i) ? this.headerChange(row, block.left) : undefined;
      values.forEach((value, j) => {
        const col = block.left + j;
        const formula = block.formulas?.[i]?.[j] ?? null;
        const { cell, s: before } = this.styleOf(row, col);
        this.beforeOverwrite(row, col, cell);
        if (formula) this.formulasTouched = true;
        let s = before;
        if (header) s = derive(this.styles, before, header.key, () => header.change);
        else {
          const numFmt = block.numberFormats?.[j];
          if (numFmt) s = derive(this.styles, before, `numFmt:${numFmt}`, () => ({ numFmt }));
        }
        this.sheet.setCell(row, col, cellXml(this.p, a1(row, col), s, value, formula));
      });
    });
  }

  /** The header look; its font follows the table's own cell to the block's left (bold), if that has a named font. */
  private headerChange(row: number, left: number): { key: string; change: StyleChange } {
    const beside = left > 0 ? this.sheet.findCell(row, left - 1) : undefined;
    const own = beside ? this.styles.font(cellStyle(beside)) : undefined;
    const font = boldFont(own && /<name\b/.test(own) ? own : BASE_FONT);
    return {
      key: `header:${font}`,
      change: { font, fill: HEADER_FILL_XML, alignment: HEADER_ALIGNMENT, numFmt: null },
    };
  }

  mark(m: CellMark): void {
    const at = this.address(m.cell);
    const fill = solidFillXml(m.fill);
    const { cell, s } = this.styleOf(at.row, at.col);
    this.setStyle(
      at.row,
      at.col,
      cell,
      derive(this.styles, s, `fill:${fill}`, () => ({ fill }))
    );
    const author = this.notes.get(a1(at.row, at.col))?.author ?? NOTE_AUTHOR;
    this.notes.set(at.row, at.col, { text: plainNoteText(m.note), author });
  }

  width(w: ColumnWidth): void {
    this.sheet.head = withColumnWidth(this.sheet.head, this.p, w.col, w.width);
  }

  height(h: RowHeight): void {
    const entry = h.height === null ? this.sheet.row(h.row) : this.sheet.ensureRow(h.row);
    if (!entry) return;
    const ht = h.height === null ? null : String(h.height);
    const custom = ht === null ? undefined : "1";
    if (
      this.sheet.rowAttr(entry, "ht") === (ht ?? undefined) &&
      this.sheet.rowAttr(entry, "customHeight") === custom
    )
      return;
    this.sheet.setRowAttr(entry, "ht", ht);
    this.sheet.setRowAttr(entry, "customHeight", ht === null ? null : "1");
  }

  private address(ref: string): { row: number; col: number } {
    const at = parseA1(ref);
    if (!at) throw new Error(`bad cell address in plan: ${this.name}!${ref}`);
    return at;
  }
}

/**
 * Apply the plan's items for one user sheet to its part `sheetPath`; new cell styles go into `styles` (the
 * caller writes styles.xml). The part is rewritten only when something in it changed.
 */
export function applyToSheet(
  parts: Parts,
  styles: StyleSheet,
  sheetPath: string,
  plan: UserSheetPlan
): SheetEdit {
  const xml = partText(parts, sheetPath);
  if (xml === null) throw new Error(`worksheet part not in the package: ${sheetPath}`);
  const edit = new SheetEditor(parts, styles, sheetPath, xml, plan);
  for (const area of plan.clears) edit.clear(area);
  for (const r of plan.restores) edit.restore(r);
  for (const b of plan.blocks) edit.block(b);
  for (const m of plan.marks) edit.mark(m);
  for (const w of plan.columnWidths) edit.width(w);
  for (const h of plan.rowHeights) edit.height(h);
  edit.notes.finish();
  const out = edit.sheet.render();
  if (out !== xml) setPartText(parts, sheetPath, out);
  return { formulasTouched: edit.formulasTouched };
}
