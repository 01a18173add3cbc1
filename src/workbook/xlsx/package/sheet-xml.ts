/**
 * A worksheet part as text, cut where a run edits it: the XML before the rows, each <row> (kept as written
 * until a cell of it changes), and the XML after them. Rendering gives back every row and element nobody
 * touched byte for byte. SpreadsheetML elements may carry a prefix (<x:worksheet xmlns:x="…main">, as some
 * export systems write): it is found on the root and used for every element read or written here.
 */

import { attrOf } from "../package-xml";
import { a1, parseA1 } from "../../../engine/grid";
import { MAIN_NS } from "./namespaces";

/** The prefix ("x:") the part's root binds to SpreadsheetML, "" when it is the default namespace. */
export function mainPrefix(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?worksheet\b([^>]*)>/.exec(xml);
  if (!root?.[1]) return "";
  const prefix = root[1].slice(0, -1);
  return attrOf(root[2], `xmlns:${prefix}`) === MAIN_NS ? root[1] : "";
}

/** Set (or with null remove) an attribute in a start tag's attribute text; the others stay as written. */
/** Patterns built once per name or prefix: the editor runs them over every row and cell it touches. */
const patterns = new Map<string, RegExp>();

function pattern(key: string, make: () => RegExp): RegExp {
  let re = patterns.get(key);
  if (!re) patterns.set(key, (re = make()));
  return re;
}

export function withAttr(attrs: string, name: string, value: string | null): string {
  const re = pattern(`attr ${name}`, () => new RegExp(`\\s+${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`));
  if (value === null) return attrs.replace(re, "");
  const set = ` ${name}="${value}"`;
  return re.test(attrs) ? attrs.replace(re, () => set) : attrs + set;
}

export interface CellXml {
  /** 0-based column. */
  col: number;
  xml: string;
}

export interface RowXml {
  /** 0-based row. */
  row: number;
  /** The row's start-tag attributes as written (r added where it had none). */
  attrs: string;
  /** The row as written, while nothing in it changed. */
  xml: string | null;
  /** Its cells in column order, once a cell of it is read or changed. */
  cells: CellXml[] | null;
  /** What else the row holds after its cells (an extLst). */
  rest: string;
  /** A cell at the end of its spans was removed: spans shrinks back to the cells left. */
  shrink?: boolean;
  /**
   * The row's cells as written, left unparsed while the run only adds cells right of them (the add-in's
   * columns beside a table): `cells` then holds the added ones. first and last are 0-based columns.
   */
  kept?: { xml: string; first: number; last: number };
}

/** The column (0-based) of the cell whose start tag begins at `at`, from its r; undefined without one. */
function columnAt(xml: string, at: number): number | undefined {
  const re = pattern("r at", () => /<[^\s>/]+[^>]*?\sr="([A-Za-z]{1,3})\d+"/y);
  re.lastIndex = at;
  const letters = re.exec(xml)?.[1];
  if (!letters) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const cellAttrs = (xml: string) => /^<[^\s>/]+([^>]*?)\/?>/.exec(xml)?.[1] ?? "";

export function cellStyle(cell: CellXml | undefined): number {
  return cell ? Number(attrOf(cellAttrs(cell.xml), "s") ?? 0) : 0;
}

export function cellAttr(cell: CellXml, name: string): string | undefined {
  return attrOf(cellAttrs(cell.xml), name);
}

/** The cell with its s attribute set (0 = removed, the default style), everything else as written. */
export function restyled(cell: CellXml, s: number): string {
  const open = /^<[^\s>/]+([^>]*?)(\/?)>/.exec(cell.xml);
  if (!open) return cell.xml;
  const attrs = withAttr(open[1], "s", s === 0 ? null : String(s));
  const name = /^<([^\s>/]+)/.exec(cell.xml)?.[1] ?? "c";
  return `<${name}${attrs}${open[2]}>${cell.xml.slice(open[0].length)}`;
}

export class SheetXml {
  readonly p: string;
  /** Everything before the rows: ends with the <sheetData> start tag. */
  head: string;
  /** Everything after the rows: starts with </sheetData>. */
  tail: string;
  private readonly rows = new Map<number, RowXml>();
  private order: RowXml[] = [];
  private inserted = false;
  private readonly emptyData: boolean;
  private hadRows = false;
  /** Rows and columns covered by what the run wrote, to grow <dimension>. */
  private written: { top: number; left: number; bottom: number; right: number } | null = null;

  constructor(readonly xml: string) {
    this.p = mainPrefix(xml);
    const p = this.p;
    const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
    if (!open) throw new Error("worksheet part without sheetData");
    this.emptyData = open[1] === "/";
    if (this.emptyData) {
      this.head = xml.slice(0, open.index) + open[0].replace(/\s*\/>$/, ">");
      this.tail = `</${p}sheetData>` + xml.slice(open.index + open[0].length);
      return;
    }
    const close = xml.indexOf(`</${p}sheetData>`, open.index);
    this.head = xml.slice(0, open.index + open[0].length);
    this.tail = xml.slice(close);
    const body = xml.slice(open.index + open[0].length, close);
    const re = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, "g");
    let next = 0;
    for (const m of body.matchAll(re)) {
      const r = attrOf(m[1], "r");
      const row = r ? Number(r) - 1 : next;
      next = row + 1;
      const entry: RowXml = {
        row,
        attrs: r ? m[1] : withAttr(m[1], "r", String(row + 1)),
        xml: r ? m[0] : null,
        cells: null,
        rest: "",
      };
      if (!r) this.parseCells(entry, m[2] ?? "");
      this.rows.set(row, entry);
      this.order.push(entry);
    }
    this.hadRows = this.order.length > 0;
  }

  private parseCells(entry: RowXml, body: string): void {
    const p = this.p;
    const re = pattern(
      `cells ${p}`,
      () => new RegExp(`<${p}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}c>)`, "g")
    );
    const cells: CellXml[] = [];
    let next = 0;
    let end = 0;
    for (const m of body.matchAll(re)) {
      const r = attrOf(m[1], "r");
      const col = r ? (parseA1(r)?.col ?? next) : next;
      next = col + 1;
      end = (m.index ?? 0) + m[0].length;
      const xml = r
        ? m[0]
        : m[0].replace(new RegExp(`^<${p}c\\b`), `<${p}c r="${a1(entry.row, col)}"`);
      cells.push({ col, xml });
    }
    entry.cells = cells;
    entry.rest = body.slice(end).trim() === "" ? "" : body.slice(end);
  }

  /** The row (0-based) if the sheet has it. */
  row(row: number): RowXml | undefined {
    return this.rows.get(row);
  }

  /** The row's cells (parsed on first use); the row is rendered afresh from then on. */
  cellsOf(entry: RowXml): CellXml[] {
    if (entry.kept) {
      const added = entry.cells ?? [];
      this.parseCells(entry, entry.kept.xml);
      entry.cells = [...(entry.cells ?? []), ...added];
      entry.kept = undefined;
    } else if (!entry.cells) this.parseCells(entry, bodyOf(entry.xml ?? ""));
    entry.xml = null;
    return entry.cells as CellXml[];
  }

  /**
   * An untouched row made ready for cells added after its own, without parsing it (false when its cells
   * cannot be kept as one piece: no cells, a cell without r, or something after them).
   */
  private keep(entry: RowXml): boolean {
    if (entry.xml === null || entry.cells) return false;
    const p = this.p;
    const body = bodyOf(entry.xml);
    const firstAt = body.indexOf(`<${p}c `);
    const lastAt = body.lastIndexOf(`<${p}c `);
    if (firstAt < 0 || (!body.trimEnd().endsWith(`</${p}c>`) && !body.trimEnd().endsWith("/>")))
      return false;
    // something after the cells, or a cell whose tag indexOf above cannot see
    if (body.includes(`<${p}extLst`) || new RegExp(`<${p}c[>\\t\\r\\n]`).test(body)) return false;
    const first = columnAt(body, firstAt);
    const last = columnAt(body, lastAt);
    if (first === undefined || last === undefined) return false;
    entry.kept = { xml: body, first, last };
    entry.cells = [];
    entry.xml = null;
    return true;
  }

  /** The row, created (in order) if the sheet has none. */
  ensureRow(row: number): RowXml {
    let entry = this.rows.get(row);
    if (!entry) {
      entry = { row, attrs: ` r="${row + 1}"`, xml: null, cells: [], rest: "" };
      this.rows.set(row, entry);
      const last = this.order[this.order.length - 1];
      if (last && last.row > row) this.inserted = true;
      this.order.push(entry);
    }
    return entry;
  }

  /** The cell if it exists, without changing the row. */
  findCell(row: number, col: number): CellXml | undefined {
    const entry = this.rows.get(row);
    if (!entry) return undefined;
    // a look without parsing the row: most rows are never touched
    if (!entry.cells) return this.search(entry.xml ?? "", row, col);
    if (entry.kept && col <= entry.kept.last) return this.search(entry.kept.xml, row, col);
    return binaryFind(entry.cells, col);
  }

  /** The cell whose r is (row, col) in a row's XML, found by its r attribute (no pattern built per look). */
  private search(xml: string, row: number, col: number): CellXml | undefined {
    const needle = `r="${a1(row, col)}"`;
    const open = `<${this.p}c`;
    for (let at = xml.indexOf(needle); at >= 0; at = xml.indexOf(needle, at + 1)) {
      const start = xml.lastIndexOf(open, at);
      const tagEnd = start < 0 ? -1 : xml.indexOf(">", start);
      // the r of this cell's own start tag: nothing closes the tag before it, and it is an attribute
      if (tagEnd < at || !/\s/.test(xml[at - 1]) || !/\s/.test(xml[start + open.length])) continue;
      if (xml[tagEnd - 1] === "/") return { col, xml: xml.slice(start, tagEnd + 1) };
      const close = xml.indexOf(`</${this.p}c>`, tagEnd);
      if (close < 0) return undefined;
      return { col, xml: xml.slice(start, close + open.length + 2) };
    }
    return undefined;
  }

  /** Replace (xml) or remove (null) the cell at row, col, keeping the row's cells in column order. */
  setCell(row: number, col: number, xml: string | null): void {
    const entry = xml === null ? this.rows.get(row) : this.ensureRow(row);
    if (!entry) return;
    if (xml !== null && entry.xml !== null) this.keep(entry);
    const cells =
      entry.kept && col > entry.kept.last ? (entry.cells as CellXml[]) : this.cellsOf(entry);
    const at = lowerBound(cells, col);
    const here = cells[at]?.col === col;
    if (xml === null) {
      if (!here) return;
      cells.splice(at, 1);
      const hi = Number(attrOf(entry.attrs, "spans")?.split(":")[1]);
      if (col + 1 >= hi) entry.shrink = true;
      return;
    }
    if (here) cells[at].xml = xml;
    else cells.splice(at, 0, { col, xml });
    this.cover(row, col);
  }

  /** Grow the area <dimension> must cover. */
  cover(row: number, col: number): void {
    const w = this.written;
    if (!w) this.written = { top: row, left: col, bottom: row, right: col };
    else {
      w.top = Math.min(w.top, row);
      w.bottom = Math.max(w.bottom, row);
      w.left = Math.min(w.left, col);
      w.right = Math.max(w.right, col);
    }
  }

  /** A row's start tag attribute. */
  rowAttr(entry: RowXml, name: string): string | undefined {
    return attrOf(entry.attrs, name);
  }

  setRowAttr(entry: RowXml, name: string, value: string | null): void {
    if (!this.keep(entry)) this.cellsOf(entry);
    entry.attrs = withAttr(entry.attrs, name, value);
  }

  private renderRow(entry: RowXml): string {
    if (entry.xml !== null) return entry.xml;
    const cells = entry.cells ?? [];
    const kept = entry.kept;
    let attrs = entry.attrs;
    const spans = attrOf(attrs, "spans");
    if (spans && (cells.length || kept)) {
      // spans is a hint that must still cover the row's cells: widened where the run wrote past it
      const [lo, hi] = spans.split(/[:\s]/).map(Number);
      const first = (kept ? kept.first : cells[0].col) + 1;
      const last = (cells.length ? cells[cells.length - 1].col : (kept?.last ?? 0)) + 1;
      if (/^\d+:\d+$/.test(spans) && (first < lo || last > hi || (entry.shrink && last < hi)))
        attrs = withAttr(
          attrs,
          "spans",
          `${Math.min(lo, first)}:${entry.shrink ? last : Math.max(hi, last)}`
        );
      else if (!/^\d+:\d+$/.test(spans)) attrs = withAttr(attrs, "spans", `${first}:${last}`);
    }
    const p = this.p;
    if (cells.length === 0 && !kept && entry.rest === "") return `<${p}row${attrs}/>`;
    const own = cells.map((c) => c.xml).join("");
    return `<${p}row${attrs}>${kept?.xml ?? ""}${own}${entry.rest}</${p}row>`;
  }

  /** Whether a row says nothing any more (no cells, no attribute but r and spans): it is left out. */
  private isBare(entry: RowXml): boolean {
    if (entry.xml !== null || entry.kept || (entry.cells?.length ?? 0) > 0 || entry.rest)
      return false;
    return entry.attrs.replace(/\s(r|spans)="[^"]*"/g, "").trim() === "";
  }

  /** The part with the run's changes. */
  render(): string {
    if (this.inserted) this.order.sort((a, b) => a.row - b.row);
    const rows = this.order.filter((e) => !this.isBare(e));
    let head = this.head;
    if (this.written) head = this.grownDimension(head, this.written);
    if (rows.length === 0 && this.emptyData) {
      const open = head.lastIndexOf(`<${this.p}sheetData`);
      return (
        head.slice(0, open) +
        head.slice(open).replace(/>$/, "/>") +
        this.tail.slice(`</${this.p}sheetData>`.length)
      );
    }
    return head + rows.map((e) => this.renderRow(e)).join("") + this.tail;
  }

  private grownDimension(
    head: string,
    w: { top: number; left: number; bottom: number; right: number }
  ): string {
    const re = new RegExp(`(<${this.p}dimension\\b[^>]*?\\sref=")([^"]*)(")`);
    const m = re.exec(head);
    if (!m) return head;
    const [from, to] = m[2].split(":");
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (!a || !b) return head;
    // a sheet that had no rows says "A1": what the run wrote is then the whole area
    const area = this.hadRows
      ? {
          top: Math.min(a.row, b.row, w.top),
          left: Math.min(a.col, b.col, w.left),
          bottom: Math.max(a.row, b.row, w.bottom),
          right: Math.max(a.col, b.col, w.right),
        }
      : w;
    const first = a1(area.top, area.left);
    const last = a1(area.bottom, area.right);
    const ref = first === last ? first : `${first}:${last}`;
    return ref === m[2] ? head : head.replace(re, (_, x: string, __, y: string) => x + ref + y);
  }
}

/** What a <row> element holds between its tags. */
function bodyOf(row: string): string {
  return row.endsWith("/>") ? "" : row.slice(row.indexOf(">") + 1, row.lastIndexOf("<"));
}

function lowerBound(cells: CellXml[], col: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid].col < col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function binaryFind(cells: CellXml[], col: number): CellXml | undefined {
  const at = lowerBound(cells, col);
  return cells[at]?.col === col ? cells[at] : undefined;
}
