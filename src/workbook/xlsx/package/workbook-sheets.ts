/**
 * The workbook's list of sheets at package level: the sheets of xl/workbook.xml with their parts, a sheet
 * added at the end, a sheet removed with everything only it used, and the calculation chain dropped.
 *
 * Every edit is the smallest text edit of the parts it concerns, so removing what was added gives the parts
 * back byte for byte, and remove + add of the same sheets gives the same part names, ids and bytes
 * (first free part name, first free relationship id, sheetId = max + 1). SpreadsheetML elements may carry a
 * prefix (<x:sheet>); it is read and written as the part declares it.
 */

import { attrOf, escapeXml, resolve, unescapeXml } from "../package-xml";
import { type Parts, partText, setPartText } from "../zip-parts";
import { MAIN_NS, REL, unprefixed } from "./namespaces";
import {
  addRelation,
  freePartName,
  relationsOf,
  removePart,
  removeRelations,
  setContentType,
} from "./relations";

export const WORKBOOK = "xl/workbook.xml";
const WORKSHEET_TYPE = `${REL}/worksheet`;
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const APP = "docProps/app.xml";

export interface SheetEntry {
  name: string;
  path: string;
  rId: string;
  sheetId: number;
  state: "visible" | "hidden" | "veryHidden";
}

/** Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    throw new Error(`not a sheet name Excel accepts: ${JSON.stringify(name)}`);
}

/** The workbook part's text, and the prefixes (with their colon, "" for the default namespace) it uses. */
interface WorkbookXml {
  xml: string;
  /** The SpreadsheetML prefix: "" or "x:". */
  p: string;
  /** The relationships prefix declared on the root ("r:"), or null when none is. */
  r: string | null;
}

function prefixFor(root: string, ns: string): string | null {
  for (const m of root.matchAll(/\bxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g))
    if (m[2] === ns) return m[1] ? `${m[1]}:` : "";
  return null;
}

function readWorkbook(parts: Parts): WorkbookXml {
  const xml = partText(parts, WORKBOOK);
  if (xml === null) throw new Error(`the package has no ${WORKBOOK}`);
  const root = /<([\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "";
  return { xml, p: prefixFor(root, MAIN_NS) ?? "", r: prefixFor(root, REL) };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The <sheet> elements in order, each with its text and where it starts. */
function sheetElements(wb: WorkbookXml): { tag: string; at: number; attrs: string }[] {
  const out: { tag: string; at: number; attrs: string }[] = [];
  const re = new RegExp(
    `<${escapeRe(wb.p)}sheet\\b([^>]*?)\\s*(?:/>|>\\s*</${escapeRe(wb.p)}sheet>)`,
    "g"
  );
  for (const m of wb.xml.matchAll(re)) out.push({ tag: m[0], at: m.index ?? 0, attrs: m[1] });
  return out;
}

/** The r:id of a <sheet>, whatever prefix the part gives the relationships namespace. */
function rIdOf(wb: WorkbookXml, attrs: string): string {
  const ids = wb.r === null ? [] : [attrOf(attrs, `${escapeRe(wb.r)}id`)];
  // A prefix declared on the element itself, not on the root.
  const local = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${escapeRe(REL)}"`).exec(attrs)?.[1];
  if (local) ids.push(attrOf(attrs, `${escapeRe(local)}:id`));
  return ids.find((id) => id !== undefined) ?? "";
}

function stateOf(attrs: string): SheetEntry["state"] {
  const state = attrOf(attrs, "state");
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** The sheets in workbook order (chartsheets and dialog sheets too: whatever <sheets> lists). */
export function sheetEntries(parts: Parts): SheetEntry[] {
  const wb = readWorkbook(parts);
  const targets = new Map(relationsOf(parts, WORKBOOK).map((r) => [r.id, r.target]));
  return sheetElements(wb).map(({ attrs }) => {
    const rId = rIdOf(wb, attrs);
    return {
      name: attrOf(attrs, "name") ?? "",
      path: targets.get(rId) ?? "",
      rId,
      sheetId: Number(attrOf(attrs, "sheetId") ?? 0),
      state: stateOf(attrs),
    };
  });
}

/** A workbook-level part's path by its relationship type ("styles"), else the name Excel gives it. */
export function workbookPartPath(parts: Parts, type: string, fallback: string): string {
  const rel = relationsOf(parts, WORKBOOK).find((r) => r.type === `${REL}/${type}` && !r.external);
  return rel ? rel.target : fallback;
}

export interface StylesPart {
  path: string;
  /** Its XML with the main namespace as the default (a prefixed part is written back so); null when absent. */
  xml: string | null;
  /** Whether the workbook has a relationship to it. */
  wired: boolean;
}

/** The workbook's styles part, found through its relationship as the reader finds it. */
export function stylesPart(parts: Parts): StylesPart {
  const wired = relationsOf(parts, WORKBOOK).some((r) => r.type === `${REL}/styles`);
  const path = workbookPartPath(parts, "styles", "xl/styles.xml");
  const xml = partText(parts, path);
  return { path, xml: xml === null ? null : unprefixed(xml), wired };
}

/** The styles written to their part, wired into the workbook when it had none: no spreadsheet reads it else. */
export function writeStylesPart(parts: Parts, at: StylesPart, xml: string): void {
  setPartText(parts, at.path, xml);
  if (at.wired) return;
  addRelation(parts, WORKBOOK, `${REL}/styles`, at.path);
  setContentType(parts, at.path, STYLES_CONTENT);
}

/** Each sheet's part: sheet name → the part's path (none when the package has no workbook part). */
export function sheetParts(parts: Parts): Map<string, string> {
  if (!parts.has(WORKBOOK)) return new Map();
  return new Map(sheetEntries(parts).flatMap((e) => (e.path ? [[e.name, e.path] as const] : [])));
}

/** A new worksheet `name` at the end of the workbook, its part holding `xml`. */
export function addSheet(
  parts: Parts,
  name: string,
  xml: string,
  state: SheetEntry["state"]
): void {
  checkSheetName(name);
  const entries = sheetEntries(parts);
  if (entries.some((e) => e.name.toLowerCase() === name.toLowerCase()))
    throw new Error(`the workbook already has a sheet named ${JSON.stringify(name)}`);
  const wb = readWorkbook(parts);
  const close = wb.xml.indexOf(`</${wb.p}sheets>`);
  if (close < 0) throw new Error(`${WORKBOOK} has no <sheets> list`);
  const path = freePartName(parts, (n) => `xl/worksheets/sheet${n}.xml`);
  setPartText(parts, path, xml);
  setContentType(parts, path, WORKSHEET_CONTENT);
  const rId = addRelation(parts, WORKBOOK, WORKSHEET_TYPE, path);
  const sheetId = entries.reduce((n, e) => Math.max(n, e.sheetId), 0) + 1;
  const r = wb.r ?? "r:";
  const tag =
    `<${wb.p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"` +
    (state === "visible" ? "" : ` state="${state}"`) +
    ` ${r}id="${rId}"${wb.r === null ? ` xmlns:r="${REL}"` : ""}/>`;
  setPartText(parts, WORKBOOK, wb.xml.slice(0, close) + tag + wb.xml.slice(close));
  editTitles(parts, entries, { add: name });
}

/** Remove the sheet `name` (nothing when there is none), with every part only it led to. */
export function removeSheet(parts: Parts, name: string): void {
  const entries = sheetEntries(parts);
  const index = entries.findIndex((e) => e.name === name);
  if (index < 0) return;
  const entry = entries[index];
  const wb = readWorkbook(parts);
  const element = sheetElements(wb)[index];
  let xml = wb.xml.slice(0, element.at) + wb.xml.slice(element.at + element.tag.length);
  xml = withoutLocalNames(xml, wb.p, index);
  xml = withViewsInRange(xml, wb.p, index, entries);
  setPartText(parts, WORKBOOK, xml);
  removeRelations(parts, WORKBOOK, [entry.rId]);
  if (entry.path) removeWithOrphans(parts, entry.path);
  editTitles(parts, entries, { remove: index });
}

/**
 * Names local to the sheet at `index` (its print area and titles among them) go; names local to a later
 * sheet follow it down. A <definedNames> left empty goes too.
 */
function withoutLocalNames(xml: string, p: string, index: number): string {
  const P = escapeRe(p);
  const name = new RegExp(`<${P}definedName\\b([^>]*?)(?:/>|>[\\s\\S]*?</${P}definedName>)`, "g");
  const after = xml.replace(name, (tag: string, attrs: string) => {
    const local = attrOf(attrs, "localSheetId");
    if (local === undefined) return tag;
    const id = Number(local);
    if (id === index) return "";
    if (id < index) return tag;
    return tag.replace(/\blocalSheetId\s*=\s*(?:"[^"]*"|'[^']*')/, `localSheetId="${id - 1}"`);
  });
  return after.replace(
    new RegExp(`<${P}definedNames\\b[^>]*>\\s*</${P}definedNames>|<${P}definedNames\\b[^>]*/>`),
    ""
  );
}

/** The workbook views' active tab and first tab kept on a sheet that is there, and visible where one is. */
function withViewsInRange(xml: string, p: string, index: number, entries: SheetEntry[]): string {
  const left = entries.filter((_, i) => i !== index);
  const visible = (i: number) => left[i]?.state === "visible";
  const move = (at: number, active: boolean): number => {
    if (at < index) return at;
    if (at > index) return at - 1;
    let to = Math.min(at, left.length - 1);
    if (active && !visible(to)) {
      const near = [...left.keys()]
        .filter(visible)
        .sort((a, b) => Math.abs(a - to) - Math.abs(b - to) || a - b)[0];
      if (near !== undefined) to = near;
    }
    return Math.max(to, 0);
  };
  return xml.replace(new RegExp(`<${escapeRe(p)}workbookView\\b[^>]*>`, "g"), (tag) =>
    tag.replace(/\b(activeTab|firstSheet)\s*=\s*"(\d+)"/g, (_, attr: string, value: string) => {
      return `${attr}="${move(Number(value), attr === "activeTab")}"`;
    })
  );
}

/** The sheet the workbook opens on (its first view's active tab; the first sheet when none is given). */
export function activeSheet(parts: Parts): string | undefined {
  const wb = readWorkbook(parts);
  const view = new RegExp(`<${escapeRe(wb.p)}workbookView\\b[^>]*>`).exec(wb.xml)?.[0] ?? "";
  return sheetEntries(parts)[Number(attrOf(view, "activeTab") ?? 0)]?.name;
}

/** Open the workbook on the sheet `name` (nothing when it has none): its first view's active tab. */
export function setActiveSheet(parts: Parts, name: string): void {
  const index = sheetEntries(parts).findIndex((e) => e.name === name);
  if (index < 0) return;
  const wb = readWorkbook(parts);
  const P = escapeRe(wb.p);
  const view = new RegExp(`<${P}workbookView\\b[^>]*>`).exec(wb.xml);
  let xml: string;
  if (view) {
    const tag = /\bactiveTab\s*=\s*"[^"]*"/.test(view[0])
      ? view[0].replace(/\bactiveTab\s*=\s*"[^"]*"/, `activeTab="${index}"`)
      : index === 0
        ? view[0]
        : view[0].replace(/^(<[^\s/>]+)/, `$1 activeTab="${index}"`);
    xml = wb.xml.slice(0, view.index) + tag + wb.xml.slice(view.index + view[0].length);
  } else {
    if (index === 0) return;
    const at = wb.xml.search(new RegExp(`<${P}sheets\\b`));
    xml = `${wb.xml.slice(0, at)}<${wb.p}bookViews><${wb.p}workbookView activeTab="${index}"/></${wb.p}bookViews>${wb.xml.slice(at)}`;
  }
  if (xml !== wb.xml) setPartText(parts, WORKBOOK, xml);
}

/** The source part of a .rels part ("" for the package's own _rels/.rels). */
function sourceOf(rels: string): string {
  const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(rels);
  return m ? m[1] + m[2] : "";
}

/** Whether any .rels part of the package still leads to `path`. */
function referenced(parts: Parts, path: string): boolean {
  for (const key of parts.keys()) {
    if (!key.endsWith(".rels")) continue;
    const from = sourceOf(key) || "package";
    for (const m of (partText(parts, key) ?? "").matchAll(/<Relationship\b([^>]*)>/g)) {
      if (attrOf(m[1], "TargetMode") === "External") continue;
      const target = attrOf(m[1], "Target");
      if (target !== undefined && resolve(from, target) === path) return true;
    }
  }
  return false;
}

/** Remove `path` and, after it, every part it led to that nothing else leads to (notes, drawings, …). */
function removeWithOrphans(parts: Parts, path: string): void {
  const led = relationsOf(parts, path)
    .filter((r) => !r.external)
    .map((r) => r.target);
  removePart(parts, path);
  for (const target of new Set(led))
    if (parts.has(target) && !referenced(parts, target)) removeWithOrphans(parts, target);
}

/** Drop xl/calcChain.xml: it lists formula cells of the input, and a run changes them (Excel rebuilds it). */
export function dropCalcChain(parts: Parts): void {
  const chain = relationsOf(parts, WORKBOOK).filter((r) => r.type.endsWith("/calcChain"));
  removeRelations(
    parts,
    WORKBOOK,
    chain.map((r) => r.id)
  );
  for (const path of new Set(["xl/calcChain.xml", ...chain.map((r) => r.target)]))
    if (parts.has(path)) removePart(parts, path);
}

/** What a run does to the worksheets' titles in docProps/app.xml. */
type TitleEdit = { add: string } | { remove: number };

/**
 * docProps/app.xml lists the worksheets' names (TitlesOfParts) under a count (HeadingPairs). It is kept in
 * step only when its first group is exactly the workbook's sheets as they were (so it can be told apart from
 * another group, whatever language the heading is in); otherwise it is left as it is: spreadsheets rewrite
 * it on save and read nothing from it. Only the one title and the two counts change.
 */
function editTitles(parts: Parts, before: SheetEntry[], edit: TitleEdit): void {
  const xml = partText(parts, APP);
  if (xml === null) return;
  const pairs =
    /<HeadingPairs>\s*<([\w.-]+:)?vector\b[^>]*>\s*<\1?variant>\s*<\1?lpstr>[^<]*<\/\1?lpstr>\s*<\/\1?variant>\s*<\1?variant>\s*<\1?i4>(\d+)</.exec(
      xml
    );
  const titles =
    /<TitlesOfParts>\s*<([\w.-]+:)?vector\b[^>]*?\bsize="(\d+)"[^>]*>([\s\S]*?)<\/\1?vector>/.exec(
      xml
    );
  if (!pairs || !titles) return;
  const count = Number(pairs[2]);
  const vt = escapeRe(titles[1] ?? "");
  const body = (titles.index ?? 0) + titles[0].indexOf(">", titles[0].indexOf("vector")) + 1;
  const items = [
    ...titles[3].matchAll(new RegExp(`<${vt}lpstr>([^<]*)</${vt}lpstr>|<${vt}lpstr\\s*/>`, "g")),
  ];
  if (count !== before.length || items.length < count) return;
  if (items.slice(0, count).some((m, i) => unescapeXml(m[1] ?? "") !== before[i].name)) return;
  const vtPrefix = titles[1] ?? "";
  const delta = "add" in edit ? 1 : -1;
  const splices: { at: number; cut: number; text: string }[] = [];
  if ("add" in edit) {
    const last = items[count - 1];
    const at = body + (last ? (last.index ?? 0) + last[0].length : 0);
    splices.push({
      at,
      cut: 0,
      text: `<${vtPrefix}lpstr>${escapeXml(edit.add)}</${vtPrefix}lpstr>`,
    });
  } else {
    const item = items[edit.remove];
    splices.push({ at: body + (item.index ?? 0), cut: item[0].length, text: "" });
  }
  const sizeAt = (titles.index ?? 0) + titles[0].indexOf('size="') + 6;
  splices.push({ at: sizeAt, cut: titles[2].length, text: String(Number(titles[2]) + delta) });
  const countAt = pairs.index + pairs[0].length - 1 - pairs[2].length;
  splices.push({ at: countAt, cut: pairs[2].length, text: String(count + delta) });
  // From the end of the part backwards, so that the earlier offsets hold (app.xml's elements come in any order).
  let out = xml;
  for (const { at, cut, text } of splices.sort((x, y) => y.at - x.at))
    out = out.slice(0, at) + text + out.slice(at + cut);
  setPartText(parts, APP, out);
}
