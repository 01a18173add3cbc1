/**
 * A worksheet's notes: its comments part (the text and author of each note) and the legacy VML drawing that
 * gives each note its box. Only the notes a run names are added, replaced or removed; every other <comment>
 * and VML shape stays as written. The parts and their wiring (relationships, content types, <legacyDrawing>)
 * are made with the first note and go with the last one.
 */

import { a1, parseA1 } from "../../../engine/grid";
import { attrOf, escapeXml, unescapeXml } from "../package-xml";
import { cellText } from "./cell-xml";
import { WORKSHEET_ORDER, topLevel } from "./worksheet-order";
import { type Parts, partText, setPartText } from "../zip-parts";
import {
  addRelation,
  ensureDefaultType,
  freePartName,
  relationsOf,
  removePart,
  removeRelations,
  setContentType,
} from "./relations";
import { MAIN_NS, REL, XML_DECLARATION } from "./namespaces";
import type { SheetXml } from "./sheet-xml";

/** The author of a note the add-in writes on a cell that had none. */
export const NOTE_AUTHOR = "绩效评分助手 Jixiao";

const COMMENTS_REL = `${REL}/comments`;
const VML_REL = `${REL}/vmlDrawing`;
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

export interface Note {
  /** The <text> element, rich-text runs and all. */
  text: string;
  author: string;
}

/** A note's <text> for plain text: one run, the text kept as it is (spaces, line breaks). */
export function plainNoteText(text: string): string {
  return `<text><r><t xml:space="preserve">${cellText(text)}</t></r></text>`;
}

interface Comment {
  ref: string;
  row: number;
  col: number;
  /** The <comment> element as written, or as the run wrote it. */
  xml: string;
  author: string;
  text: string;
}

interface Shape {
  row: number;
  col: number;
  xml: string;
}

const COMMENTS_XML = (p: string) =>
  `${XML_DECLARATION}<${p}comments xmlns${p ? `:${p.slice(0, -1)}` : ""}="${MAIN_NS}"><${p}authors></${p}authors><${p}commentList></${p}commentList></${p}comments>`;

const VML_XML = (idmap: number) =>
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPE_TYPE}</xml>`;

const SHAPE_TYPE = `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** A note's box as Excel draws one: hidden until the cell is pointed at, right of the cell. */
function shapeXml(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE = /<(?:[\w-]+:)?shape\b[^>]*(?<!\/)>[\s\S]*?<\/(?:[\w-]+:)?shape>/g;

function noteShape(xml: string): { row: number; col: number } | null {
  if (!/\bObjectType\s*=\s*["']Note["']/.test(xml)) return null;
  const row = /<(?:[\w-]+:)?Row>\s*(\d+)\s*</.exec(xml)?.[1];
  const col = /<(?:[\w-]+:)?Column>\s*(\d+)\s*</.exec(xml)?.[1];
  return row && col ? { row: Number(row), col: Number(col) } : null;
}

export class SheetNotes {
  private loaded = false;
  private commentsPath: string | null = null;
  private commentsXml = "";
  /** The comments part's SpreadsheetML prefix. */
  private cp = "";
  private comments: Comment[] = [];
  private byRef = new Map<string, Comment>();
  private authors: string[] = [];
  private authorsChanged = false;
  private commentsChanged = false;
  private vmlPath: string | null = null;
  private vmlXml = "";
  private shapes = new Map<string, Shape>();
  private removedShapes: string[] = [];
  private addedShapes: Shape[] = [];

  constructor(
    private readonly parts: Parts,
    private readonly sheetPath: string,
    private readonly sheet: SheetXml
  ) {}

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const rels = relationsOf(this.parts, this.sheetPath);
    const comments = rels.find((r) => r.type === COMMENTS_REL && !r.external);
    const xml = comments ? partText(this.parts, comments.target) : null;
    if (comments && xml !== null) {
      this.commentsPath = comments.target;
      this.commentsXml = xml;
      this.cp = /<([\w-]+:)?comments\b/.exec(xml)?.[1] ?? "";
      const cp = this.cp;
      const list =
        new RegExp(`<${cp}authors\\b[^>]*>([\\s\\S]*?)</${cp}authors>`).exec(xml)?.[1] ?? "";
      this.authors = [
        ...list.matchAll(
          new RegExp(`<${cp}author>([\\s\\S]*?)</${cp}author>|<${cp}author\\s*/>`, "g")
        ),
      ].map((m) => unescapeXml(m[1] ?? ""));
      const re = new RegExp(`<${cp}comment\\b([^>]*)>([\\s\\S]*?)</${cp}comment>`, "g");
      for (const m of xml.matchAll(re)) {
        const ref = attrOf(m[1], "ref");
        const at = ref ? parseA1(ref) : null;
        if (!ref || !at) continue;
        const text =
          new RegExp(`<${cp}text\\b[^>]*>[\\s\\S]*</${cp}text>|<${cp}text\\s*/>`).exec(m[2])?.[0] ??
          "<text/>";
        const comment: Comment = {
          ref,
          row: at.row,
          col: at.col,
          xml: m[0],
          author: this.authors[Number(attrOf(m[1], "authorId") ?? -1)] ?? "",
          text,
        };
        this.comments.push(comment);
        if (!this.byRef.has(ref)) this.byRef.set(ref, comment);
      }
    }
    const vml = this.legacyDrawingTarget(rels);
    const vmlXml = vml ? partText(this.parts, vml) : null;
    if (vml && vmlXml !== null) {
      this.vmlPath = vml;
      this.vmlXml = vmlXml;
      for (const m of vmlXml.matchAll(SHAPE)) {
        const at = noteShape(m[0]);
        const key = at && a1(at.row, at.col);
        if (at && key && !this.shapes.has(key)) this.shapes.set(key, { ...at, xml: m[0] });
      }
    }
  }

  /** The VML part <legacyDrawing r:id> points at (a sheet may also have one for header and footer images). */
  private legacyDrawingTarget(rels: ReturnType<typeof relationsOf>): string | null {
    const tag = new RegExp(`<${this.sheet.p}legacyDrawing\\b([^>]*)/?>`).exec(this.sheet.tail);
    const id = tag ? attrOf(tag[1], "r:id") : undefined;
    return rels.find((r) => r.id === id && r.type === VML_REL && !r.external)?.target ?? null;
  }

  /** The cell's note (its <text> and author), if it has one. */
  get(ref: string): Note | undefined {
    this.load();
    const c = this.byRef.get(ref);
    return c ? { text: c.text, author: c.author } : undefined;
  }

  private authorId(name: string): number {
    let id = this.authors.indexOf(name);
    if (id < 0) {
      id = this.authors.push(name) - 1;
      this.authorsChanged = true;
    }
    return id;
  }

  /** Give the cell this note: its <text> element and author (a replaced note keeps its other parts). */
  set(row: number, col: number, note: Note): void {
    this.load();
    const ref = a1(row, col);
    const was = this.byRef.get(ref);
    const cp = this.cp;
    // a prefixed part gets its prefix on the elements of a <text> that has none (a plain note's)
    const text = cp ? note.text.replace(/<(\/?)(?=[A-Za-z][\w.-]*[\s/>])/g, `<$1${cp}`) : note.text;
    if (was && was.text === text && was.author === note.author) return;
    const authorId = this.authorId(note.author);
    if (was) {
      const open = /^<[^>]*>/.exec(was.xml)?.[0] ?? "";
      const withAuthor = /\bauthorId\s*=/.test(open)
        ? open.replace(/\bauthorId\s*=\s*"[^"]*"/, `authorId="${authorId}"`)
        : open.replace(/>$/, ` authorId="${authorId}">`);
      const body = was.xml.slice(open.length);
      const textRe = new RegExp(`<${cp}text\\b[^>]*>[\\s\\S]*</${cp}text>|<${cp}text\\s*/>`);
      was.xml = withAuthor + (textRe.test(body) ? body.replace(textRe, () => text) : text + body);
      was.text = text;
      was.author = note.author;
    } else {
      const comment: Comment = {
        ref,
        row,
        col,
        xml: `<${cp}comment ref="${ref}" authorId="${authorId}">${text}</${cp}comment>`,
        author: note.author,
        text,
      };
      const last = this.comments[this.comments.length - 1];
      const after = (c: Comment) => c.row > row || (c.row === row && c.col > col);
      // marks come in row order: most new notes go last
      const at = !last || !after(last) ? -1 : this.comments.findIndex(after);
      if (at < 0) this.comments.push(comment);
      else this.comments.splice(at, 0, comment);
      this.byRef.set(ref, comment);
      this.addShape(row, col);
    }
    this.commentsChanged = true;
  }

  /** Take the cell's note away (nothing when it has none). */
  remove(row: number, col: number): void {
    this.load();
    const ref = a1(row, col);
    const was = this.byRef.get(ref);
    if (!was) return;
    this.comments = this.comments.filter((c) => c !== was);
    this.byRef.delete(ref);
    this.commentsChanged = true;
    const added = this.addedShapes.findIndex((s) => s.row === row && s.col === col);
    if (added >= 0) this.addedShapes.splice(added, 1);
    const shape = this.shapes.get(ref);
    if (shape) {
      this.removedShapes.push(shape.xml);
      this.shapes.delete(ref);
    }
  }

  private addShape(row: number, col: number): void {
    const ref = a1(row, col);
    if (this.shapes.has(ref) || this.addedShapes.some((s) => s.row === row && s.col === col))
      return;
    this.addedShapes.push({ row, col, xml: "" });
  }

  /** Write what changed: the comments part, the VML drawing, and their wiring in the sheet and package; the
   * drawing's tag in its place. */
  finish(): void {
    if (this.commentsChanged) {
      this.writeComments();
      this.writeVml();
    }
    this.orderLegacyDrawing();
  }

  private writeComments(): void {
    const parts = this.parts;
    if (this.comments.length === 0) {
      if (this.commentsPath) this.unlink(this.commentsPath);
      return;
    }
    // An author only the add-in's own notes used goes with the last of them (ids of the others do not move).
    const used = new Set(this.comments.map((c) => c.author));
    while (
      this.authors.length &&
      this.authors[this.authors.length - 1] === NOTE_AUTHOR &&
      !used.has(NOTE_AUTHOR)
    ) {
      this.authors.pop();
      this.authorsChanged = true;
    }
    const cp = this.cp;
    let xml = this.commentsXml || COMMENTS_XML(cp);
    if (this.authorsChanged || !this.commentsXml) {
      const list = `<${cp}authors>${this.authors.map((a) => `<${cp}author>${escapeXml(a)}</${cp}author>`).join("")}</${cp}authors>`;
      const re = new RegExp(`<${cp}authors\\b[^>]*>[\\s\\S]*?</${cp}authors>|<${cp}authors\\s*/>`);
      xml = re.test(xml)
        ? xml.replace(re, () => list)
        : xml.replace(new RegExp(`(<${cp}comments\\b[^>]*>)`), (m) => m + list);
    }
    const list = `<${cp}commentList>${this.comments.map((c) => c.xml).join("")}</${cp}commentList>`;
    xml = xml.replace(
      new RegExp(`<${cp}commentList\\b[^>]*>[\\s\\S]*</${cp}commentList>|<${cp}commentList\\s*/>`),
      () => list
    );
    let path = this.commentsPath;
    if (!path) {
      path = freePartName(parts, (n) => `xl/comments${n}.xml`);
      addRelation(parts, this.sheetPath, COMMENTS_REL, path);
      setContentType(parts, path, COMMENTS_TYPE);
      this.commentsPath = path;
    }
    if (xml !== this.commentsXml) setPartText(parts, path, xml);
  }

  private writeVml(): void {
    const parts = this.parts;
    let xml = this.vmlXml;
    for (const shape of this.removedShapes) xml = xml.replace(shape, "");
    if (this.addedShapes.length) {
      if (!this.vmlPath) xml = VML_XML(this.freeIdmap());
      if (!/\bid\s*=\s*["']_x0000_t202["']/.test(xml))
        xml = xml.replace(/<\/xml>\s*$/, (end) => SHAPE_TYPE + end);
      let id = this.nextShapeId(xml);
      const shapes = this.addedShapes.map((s) => shapeXml(id++, s.row, s.col)).join("");
      const end = xml.lastIndexOf("</xml>");
      xml = xml.slice(0, end) + shapes + xml.slice(end);
    }
    if (!xml.match(SHAPE)) {
      if (this.vmlPath) {
        this.unlink(this.vmlPath);
        this.sheet.tail = this.sheet.tail.replace(
          new RegExp(`<${this.sheet.p}legacyDrawing\\b[^>]*/>`),
          ""
        );
      }
      return;
    }
    if (!this.vmlPath) {
      const path = freePartName(parts, (n) => `xl/drawings/vmlDrawing${n}.vml`);
      const id = addRelation(parts, this.sheetPath, VML_REL, path);
      ensureDefaultType(parts, "vml", VML_TYPE);
      this.vmlPath = path;
      this.placeLegacyDrawing(id);
    }
    if (xml !== this.vmlXml) setPartText(parts, this.vmlPath, xml);
  }

  /** Remove a part and the sheet's relationship to it. */
  private unlink(path: string): void {
    const ids = relationsOf(this.parts, this.sheetPath)
      .filter((r) => r.target === path && !r.external)
      .map((r) => r.id);
    removeRelations(this.parts, this.sheetPath, ids);
    removePart(this.parts, path);
  }

  /** The next drawing id no shape of any VML part of the package uses (o:idmap blocks of 1024). */
  private freeIdmap(): number {
    let max = 0;
    for (const [path] of this.parts) {
      if (!path.toLowerCase().endsWith(".vml")) continue;
      const data = /<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/.exec(
        partText(this.parts, path) ?? ""
      )?.[1];
      for (const n of (data ?? "").split(/[,\s]+/)) if (Number(n) > max) max = Number(n);
    }
    return max + 1;
  }

  private nextShapeId(xml: string): number {
    let max = 0;
    for (const m of xml.matchAll(/\bid\s*=\s*["']_x0000_s(\d+)["']/g))
      max = Math.max(max, Number(m[1]));
    if (max > 0) return max + 1;
    const data = /<o:idmap\b[^>]*\bdata\s*=\s*["'](\d+)/.exec(xml)?.[1];
    return Number(data ?? 1) * 1024 + 1;
  }

  /** <legacyDrawing r:id> where CT_Worksheet wants it: before the first element that must follow it. */
  private placeLegacyDrawing(id: string): void {
    const sheet = this.sheet;
    const p = sheet.p;
    const declared =
      /\sxmlns:r\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships["']/.test(
        sheet.head.slice(
          0,
          sheet.head.indexOf(">", sheet.head.search(/<([\w-]+:)?worksheet\b/)) + 1
        )
      );
    const tag = `<${p}legacyDrawing ${declared ? "" : `xmlns:r="${REL}" `}r:id="${id}"/>`;
    const stale = new RegExp(`<${p}legacyDrawing\\b[^>]*/>`).exec(sheet.tail);
    if (stale) {
      // a <legacyDrawing> whose part is missing: it points at the new drawing (a sheet has one at most)
      sheet.tail = sheet.tail.replace(stale[0], tag);
      return;
    }
    this.insertInOrder(tag);
  }

  /**
   * The sheet's <legacyDrawing> moved to where CT_Worksheet wants it, in a sheet a run writes into: ExcelJS
   * 4.4 writes it after <tableParts> (exceljs #1369), which Excel reports as a corrupt file.
   */
  private orderLegacyDrawing(): void {
    const sheet = this.sheet;
    const found = new RegExp(`<${sheet.p}legacyDrawing\\b[^>]*/>`).exec(sheet.tail);
    if (!found) return;
    sheet.tail = sheet.tail.slice(0, found.index) + sheet.tail.slice(found.index + found[0].length);
    this.insertInOrder(found[0]);
  }

  /** `tag` (a <legacyDrawing>) put before the first element of the sheet's tail that must follow it. */
  private insertInOrder(tag: string): void {
    const sheet = this.sheet;
    const p = sheet.p;
    const close = sheet.tail.lastIndexOf(`</${p}worksheet>`);
    const start = `</${p}sheetData>`.length;
    const elements = topLevel(sheet.tail.slice(start, close)) ?? [];
    const after = new Set(WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf("legacyDrawing") + 1));
    let at = close;
    let from = start;
    for (const e of elements) {
      const where = sheet.tail.indexOf(e.xml, from);
      from = where + e.xml.length;
      if (after.has(e.name.replace(/^.*:/, ""))) {
        at = where;
        break;
      }
    }
    sheet.tail = sheet.tail.slice(0, at) + tag + sheet.tail.slice(at);
  }
}
