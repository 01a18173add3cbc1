/**
 * What a sheet or the workbook leads to that ExcelJS 4.4.0 drops: a sheet's drawing (it reads only the pictures
 * and writes a drawing of its own for them, so charts and shapes are lost), pivot tables with their caches,
 * threaded comments with the workbook's list of persons, and every other relationship it does not write
 * (slicers, printer settings, OLE objects, controls; the workbook's slicer caches, external links, custom
 * XML ...). A user sheet the add-in does not write whole gets back, in the package written, the input's parts
 * for these and every part they lead to, byte for byte, with their content types and relationships, and the
 * elements that name them (ids renamed to the copy's). The drawing ExcelJS wrote for such a sheet is removed.
 * A part whose path ExcelJS used for something else is copied under a fresh name, and the relationships that
 * lead to it say so.
 */

import { orderWorksheet, topLevel } from "./package-fix";
import { relationships, relative, relsPathOf, resolve, sheetParts } from "./package-xml";
import { type Parts, partText, setPartText } from "./zip-parts";

const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING = `${OFFICE}/drawing`;
const PIVOT_CACHE = `${OFFICE}/pivotCacheDefinition`;
const THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
const PERSON = "http://schemas.microsoft.com/office/2017/10/relationships/person";
/**
 * A sheet's relationships that ExcelJS writes itself (from what it models): every other one, and the parts it
 * leads to, is the input's and comes back (drawings, pivot tables, threaded comments, slicers, printer
 * settings, OLE objects, controls, and kinds not named here).
 */
const WRITTEN_FOR_SHEETS = new Set(
  ["comments", "vmlDrawing", "hyperlink", "table"].map((t) => `${OFFICE}/${t}`)
);
/**
 * The workbook's relationships that ExcelJS writes, or that are put back elsewhere (pivot caches and persons
 * below, the VBA project in keep-macros.ts), or that must not come back: the calculation chain lists the
 * formula cells of the input, and a run changes them. Every other one comes back (external links, slicer
 * caches, custom XML, connections, ...).
 */
const WRITTEN_FOR_WORKBOOK = new Set([
  ...["worksheet", "chartsheet", "styles", "theme", "sharedStrings", "calcChain"].map(
    (t) => `${OFFICE}/${t}`
  ),
  PIVOT_CACHE,
  PERSON,
  "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
]);
/** CT_Workbook's children in schema order (where a workbook element put back goes). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const TYPES = "[Content_Types].xml";
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

interface Related {
  /** The relationship's id in the input. */
  id: string;
  type: string;
  /** The part the sheet's relationship leads to. */
  start: string;
}

/** Where a part's relationships are referred to by id: its XML's root and the top-level elements that do. */
interface Referring {
  /** The namespace declarations of the input's root element. */
  namespaces: string[];
  /** Top-level elements (after <sheetData> for a sheet) naming a kept relationship's id. */
  elements: { name: string; xml: string }[];
}

/** What the input holds for the sheets: what each leads to, and the parts and content types to copy from. */
export interface InputRelated {
  sheets: Map<string, Related[]>;
  parts: Parts;
  types: Map<string, string>;
  /** Pivot cache part → its cacheId in the input's workbook.xml. */
  cacheIds: Map<string, string>;
  /** The input's persons part (who wrote the threaded comments), if any. */
  persons: string | null;
  /** Per sheet, the elements that refer to its kept relationships (oleObjects, controls, extLst, pageSetup). */
  sheetElements: Map<string, Referring>;
  /** The workbook's relationships that come back, and the elements of workbook.xml that refer to them. */
  workbook: { related: Related[]; referring: Referring };
}

/** A part's content type as the package's [Content_Types].xml gives it (its Override, else its extension's Default). */
function contentTypeOf(types: string): (part: string) => string | undefined {
  const attr = (el: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(el)?.[1];
  const defaults = new Map<string, string>();
  const byPart = new Map<string, string>();
  for (const m of types.matchAll(/<(Default|Override)\b[^>]*>/g)) {
    const type = attr(m[0], "ContentType") ?? "";
    if (m[1] === "Default") defaults.set((attr(m[0], "Extension") ?? "").toLowerCase(), type);
    else byPart.set((attr(m[0], "PartName") ?? "").replace(/^\//, ""), type);
  }
  return (p) => byPart.get(p) ?? defaults.get(p.replace(/^.*\./, "").toLowerCase());
}

/** Every part reachable from `start` through relationships (internal targets only), with their rels parts. */
function closure(input: Parts, start: string, into: Set<string> = new Set()): Set<string> {
  if (into.has(start) || !input.has(start)) return into;
  into.add(start);
  const relsPath = relsPathOf(start);
  const rels = partText(input, relsPath);
  if (rels === null) return into;
  into.add(relsPath);
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (/\bTargetMode="External"/.test(m[0])) continue;
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (target) closure(input, resolve(start, target), into);
  }
  return into;
}

/** The relationships of `part` that are not in `written`, to internal parts the package has. */
function keptRelationships(input: Parts, part: string, written: Set<string>): Related[] {
  const rels = partText(input, relsPathOf(part));
  return (rels ? relationships(rels) : [])
    .filter((r) => !written.has(r.type) && !r.target.startsWith("#"))
    .map((r) => ({ id: r.id, type: r.type, start: resolve(part, r.target) }))
    .filter((r) => input.has(r.start));
}

const ATTR_ID = /\br:[\w]+="([^"]*)"/g;

/** The root's namespace declarations and the top-level elements after `from` that name one of `ids`. */
function referring(xml: string, from: RegExp, ids: Set<string>, skip: string[]): Referring {
  const root = /<(?:\w+:)?(?:worksheet|workbook)\b[^>]*>/.exec(xml)?.[0] ?? "";
  const namespaces = [...root.matchAll(/\sxmlns:\w+="[^"]*"/g)].map((m) => m[0].trim());
  const start = from.exec(xml);
  const close = xml.search(/<\/(?:\w+:)?(?:worksheet|workbook)>\s*$/);
  const found =
    start && close > 0 ? topLevel(xml.slice(start.index + start[0].length, close)) : null;
  const elements = (found ?? []).filter(
    (e) =>
      !skip.includes(e.name.replace(/^.*:/, "")) &&
      [...e.xml.matchAll(ATTR_ID)].some((m) => ids.has(m[1]))
  );
  return { namespaces, elements };
}

/** What the input's sheets and workbook lead to that ExcelJS drops (empty when nothing). */
export function inputRelated(input: Parts): InputRelated {
  const sheets = new Map<string, Related[]>();
  const sheetElements = new Map<string, Referring>();
  const keep = new Set<string>();
  for (const [sheet, part] of sheetParts(input)) {
    const related = keptRelationships(input, part, WRITTEN_FOR_SHEETS);
    if (!related.length) continue;
    sheets.set(sheet, related);
    for (const r of related) closure(input, r.start, keep);
    const ids = new Set(related.filter((r) => r.type !== DRAWING).map((r) => r.id));
    if (ids.size === 0) continue; // a drawing alone: the sheet's XML (large, maybe) need not be read
    const xml = partText(input, part) ?? "";
    sheetElements.set(
      sheet,
      referring(xml, /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/, ids, [
        "drawing",
        "legacyDrawing",
        "tableParts",
        "hyperlinks",
      ])
    );
  }
  const bookRelated = keptRelationships(input, WORKBOOK, WRITTEN_FOR_WORKBOOK);
  for (const r of bookRelated) closure(input, r.start, keep);
  const bookReferring = referring(
    partText(input, WORKBOOK) ?? "",
    /<(?:\w+:)?workbook\b[^>]*>/,
    new Set(bookRelated.map((r) => r.id)),
    ["sheets", "pivotCaches"]
  );
  const workbookRels = relationships(partText(input, WORKBOOK_RELS) ?? "");
  const byId = new Map(workbookRels.map((r) => [r.id, resolve(WORKBOOK, r.target)]));
  const cacheIds = new Map<string, string>();
  for (const m of (partText(input, WORKBOOK) ?? "").matchAll(/<pivotCache\b[^>]*\/>/g)) {
    const cacheId = /\bcacheId="([^"]*)"/.exec(m[0])?.[1];
    const part = byId.get(/\br:id="([^"]*)"/.exec(m[0])?.[1] ?? "");
    if (cacheId && part) cacheIds.set(part, cacheId);
  }
  const personRel = workbookRels.find((r) => r.type === PERSON);
  const persons = personRel ? resolve(WORKBOOK, personRel.target) : null;
  if (persons && input.has(persons)) closure(input, persons, keep);
  const typeOf = contentTypeOf(partText(input, TYPES) ?? "");
  const parts: Parts = new Map();
  const partTypes = new Map<string, string>();
  for (const p of keep) {
    parts.set(p, input.get(p) as Uint8Array);
    const type = typeOf(p);
    if (type && !p.endsWith(".rels")) partTypes.set(p, type);
  }
  return {
    sheets,
    parts,
    types: partTypes,
    cacheIds,
    persons: persons && parts.has(persons) ? persons : null,
    sheetElements,
    workbook: { related: bookRelated, referring: bookReferring },
  };
}

/** An element with its relationship ids renamed as `ids` says. */
function renamed(xml: string, ids: Map<string, string>): string {
  return xml.replace(ATTR_ID, (whole, id: string) => {
    const now = ids.get(id);
    return now ? whole.replace(`"${id}"`, `"${now}"`) : whole;
  });
}

/** The root element `root` of `xml` declaring the namespaces it lacks of `namespaces`. */
function declare(xml: string, root: RegExp, namespaces: string[]): string {
  const m = root.exec(xml);
  if (!m) return xml;
  const missing = namespaces.filter((ns) => !m[0].includes(ns.replace(/=.*$/, "=")));
  if (!missing.length) return xml;
  const tag = m[0].replace(/\s*(\/?)>$/, ` ${missing.join(" ")}$1>`);
  return xml.slice(0, m.index) + tag + xml.slice(m.index + m[0].length);
}

/** The <ext> children of an extLst element. */
const extsOf = (extLst: string) => extLst.match(/<(\w+:)?ext\b[\s\S]*?<\/\1?ext>/g) ?? [];

/**
 * Put the input's referring elements, ids renamed, into `xml` before `close`: a pageSetup lends its r:id to
 * the one written, an extLst its <ext> entries to the one written; any other element replaces the written
 * one of its name, or is added.
 */
function carryElements(
  xml: string,
  elements: Referring["elements"],
  ids: Map<string, string>,
  close: string
): string {
  let out = xml;
  for (const e of elements) {
    const name = e.name.replace(/^.*:/, "");
    const el = renamed(e.xml, ids);
    const written = new RegExp(`<(\\w+:)?${name}\\b[^>]*?(/>|>[\\s\\S]*?</\\1?${name}>)`).exec(out);
    if (name === "pageSetup" && written) {
      const rid = /\br:id="[^"]*"/.exec(el)?.[0];
      if (rid && !/\br:id=/.test(written[0]))
        out = out.replace(
          written[0],
          written[0].replace(/^<(\w+:)?pageSetup\b/, (t) => `${t} ${rid}`)
        );
    } else if (name === "extLst" && written) {
      const exts = extsOf(el).filter((x) => [...x.matchAll(ATTR_ID)].length > 0);
      out = out.replace(
        written[0],
        written[0].replace(/<\/(\w+:)?extLst>$/, (t) => exts.join("") + t)
      );
    } else if (written) out = out.replace(written[0], el);
    else out = out.replace(new RegExp(`${close}\\s*$`), `${el}${close.replace(/\\/g, "")}`);
  }
  return out;
}

/** A workbook element put where CT_Workbook puts it. */
function placeInWorkbook(workbook: string, element: string, name: string): string {
  const later = WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf(name) + 1);
  const after = new RegExp(`${later.length ? `<(${later.join("|")})\\b|` : ""}</workbook>`).exec(
    workbook
  );
  const at = after ? after.index : workbook.length;
  return `${workbook.slice(0, at)}${element}${workbook.slice(at)}`;
}

function freshPath(out: Parts, path: string): string {
  const dot = path.lastIndexOf(".");
  for (let n = 1; ; n++) {
    const p = `${path.slice(0, dot)}_${n}${path.slice(dot)}`;
    if (!out.has(p)) return p;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function freshId(rels: string, base: string): string {
  const ids = new Set(relationships(rels).map((r) => r.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}${n}`;
  return id;
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  return rels.replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
  );
}

/** Media no relationship leads to any more (those of the drawings ExcelJS wrote and that were replaced). */
function dropOrphanMedia(out: Parts): void {
  const used = new Set<string>();
  for (const p of out.keys()) {
    if (!p.endsWith(".rels")) continue;
    const owner = p.replace(/_rels\/([^/]+)\.rels$/, "$1");
    for (const r of relationships(partText(out, p) ?? "")) used.add(resolve(owner, r.target));
  }
  for (const p of [...out.keys()]) if (/^xl\/media\//.test(p) && !used.has(p)) out.delete(p);
}

/** Remove the drawing ExcelJS wrote for a sheet: its relationship, part and rels. */
function dropWritten(out: Parts, sheet: string, rels: string): string {
  return rels.replace(/<Relationship\b[^>]*\/>/g, (el) => {
    if (!el.includes(`Type="${DRAWING}"`)) return el;
    const target = /\bTarget="([^"]*)"/.exec(el)?.[1];
    if (target) {
      const drawing = resolve(sheet, target);
      out.delete(drawing);
      out.delete(relsPathOf(drawing));
    }
    return "";
  });
}

/** Copy the input parts `paths` into `out` (each where `moved` says), retargeting their rels where needed. */
function copyParts(
  out: Parts,
  input: InputRelated,
  paths: Set<string>,
  moved: Map<string, string>
): void {
  for (const p of paths) {
    if (p.endsWith(".rels")) continue;
    const to = moved.get(p) as string;
    out.set(to, input.parts.get(p) as Uint8Array);
    const rels = partText(input.parts, relsPathOf(p));
    if (rels === null) continue;
    const retargeted = rels.replace(/<Relationship\b[^>]*>/g, (el) => {
      const target = /\bTarget="([^"]*)"/.exec(el)?.[1];
      if (!target || /\bTargetMode="External"/.test(el)) return el;
      const now = moved.get(resolve(p, target));
      return now && (now !== resolve(p, target) || to !== p)
        ? el.replace(/\bTarget="[^"]*"/, `Target="${relative(to, now)}"`)
        : el;
    });
    if (retargeted === rels) out.set(relsPathOf(to), input.parts.get(relsPathOf(p)) as Uint8Array);
    else setPartText(out, relsPathOf(to), retargeted);
  }
}

/** The workbook's <pivotCaches> with one more cache, placed where CT_Workbook puts it. */
function addPivotCache(workbook: string, cacheId: string, id: string): string {
  const entry = `<pivotCache cacheId="${cacheId}" r:id="${id}"/>`;
  if (/<pivotCaches>/.test(workbook))
    return workbook.replace("</pivotCaches>", `${entry}</pivotCaches>`);
  const after =
    /<(smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/.exec(
      workbook
    );
  const at = after ? after.index : workbook.length;
  return `${workbook.slice(0, at)}<pivotCaches>${entry}</pivotCaches>${workbook.slice(at)}`;
}

/** Put back what the input's sheets led to, for the sheets `kept` accepts; true if anything was. */
export function keepRelated(
  out: Parts,
  input: InputRelated,
  kept: (sheet: string) => boolean
): boolean {
  const written = sheetParts(out);
  const todo = [...input.sheets].filter(([sheet]) => kept(sheet) && written.has(sheet));
  if (!todo.length && !input.workbook.related.length) return false;
  const paths = new Set<string>();
  for (const [, related] of todo) for (const r of related) closure(input.parts, r.start, paths);
  for (const r of input.workbook.related) closure(input.parts, r.start, paths);
  const threads = todo.some(([, related]) => related.some((r) => r.type === THREADED));
  if (threads && input.persons) closure(input.parts, input.persons, paths);
  // The drawings ExcelJS wrote for these sheets go first: their paths are then free for the input's.
  for (const [sheet] of todo) {
    const part = written.get(sheet) as string;
    const rels = partText(out, relsPathOf(part));
    if (rels !== null) setPartText(out, relsPathOf(part), dropWritten(out, part, rels));
  }
  const moved = new Map<string, string>();
  for (const p of paths) {
    const there = out.get(p);
    const clash =
      there !== undefined &&
      !p.endsWith(".rels") &&
      !sameBytes(there, input.parts.get(p) as Uint8Array);
    moved.set(p, clash ? freshPath(out, p) : p);
  }
  copyParts(out, input, paths, moved);

  for (const [sheet, related] of todo) {
    const part = written.get(sheet) as string;
    let rels = partText(out, relsPathOf(part)) ?? EMPTY_RELS;
    let xml = partText(out, part) ?? "";
    const ids = new Map<string, string>();
    for (const r of related) {
      const id = freshId(rels, r.type === DRAWING ? "rIdDrawing" : "rIdKept");
      ids.set(r.id, id);
      rels = addRelationship(rels, id, r.type, relative(part, moved.get(r.start) as string));
      if (r.type !== DRAWING) continue;
      const element = `<drawing r:id="${id}"/>`;
      xml = /<drawing\b[^>]*\/>/.test(xml)
        ? xml.replace(/<drawing\b[^>]*\/>/, element)
        : orderWorksheet(xml.replace(/<\/worksheet>\s*$/, `${element}</worksheet>`));
    }
    const referring = input.sheetElements.get(sheet);
    if (referring?.elements.length) {
      xml = declare(xml, /<worksheet\b[^>]*>/, referring.namespaces);
      xml = orderWorksheet(carryElements(xml, referring.elements, ids, "<\\/worksheet>"));
    }
    setPartText(out, relsPathOf(part), rels);
    setPartText(out, part, xml);
  }

  let workbookRels = partText(out, WORKBOOK_RELS) ?? EMPTY_RELS;
  let workbook = partText(out, WORKBOOK) ?? "";
  for (const [cache, cacheId] of input.cacheIds) {
    if (!paths.has(cache)) continue;
    const id = freshId(workbookRels, "rIdPivotCache");
    workbookRels = addRelationship(
      workbookRels,
      id,
      PIVOT_CACHE,
      relative(WORKBOOK, moved.get(cache) as string)
    );
    workbook = addPivotCache(workbook, cacheId, id);
  }
  const bookIds = new Map<string, string>();
  for (const r of input.workbook.related) {
    const id = freshId(workbookRels, "rIdKept");
    bookIds.set(r.id, id);
    workbookRels = addRelationship(
      workbookRels,
      id,
      r.type,
      relative(WORKBOOK, moved.get(r.start) as string)
    );
  }
  if (input.workbook.referring.elements.length) {
    workbook = declare(workbook, /<workbook\b[^>]*>/, input.workbook.referring.namespaces);
    for (const e of input.workbook.referring.elements) {
      const name = e.name.replace(/^.*:/, "");
      if (new RegExp(`<(\\w+:)?${name}\\b`).test(workbook))
        workbook = carryElements(workbook, [e], bookIds, "<\\/workbook>");
      else workbook = placeInWorkbook(workbook, renamed(e.xml, bookIds), name);
    }
  }
  if (threads && input.persons && !relationships(workbookRels).some((r) => r.type === PERSON)) {
    const id = freshId(workbookRels, "rIdPersons");
    workbookRels = addRelationship(
      workbookRels,
      id,
      PERSON,
      relative(WORKBOOK, moved.get(input.persons) as string)
    );
  }
  setPartText(out, WORKBOOK_RELS, workbookRels);
  setPartText(out, WORKBOOK, workbook);

  let types = partText(out, TYPES) ?? "";
  for (const [p, type] of input.types) {
    const to = moved.get(p);
    if (to && paths.has(p) && !types.includes(`PartName="/${to}"`))
      types = types.replace(
        "</Types>",
        `<Override PartName="/${to}" ContentType="${type}"/></Types>`
      );
  }
  dropOrphanMedia(out);
  types = types.replace(/<Override\b[^>]*\bPartName="\/([^"]*)"[^>]*\/>/g, (el, p: string) =>
    out.has(p) ? el : ""
  );
  setPartText(out, TYPES, types);
  return true;
}
