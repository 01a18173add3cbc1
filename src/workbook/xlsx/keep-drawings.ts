/**
 * A sheet's drawing (charts, pictures, shapes, text boxes) as the input has it. ExcelJS 4.4.0 reads only the
 * pictures of a drawing and writes a drawing of its own for them: charts and shapes are lost. A user sheet
 * the add-in does not write whole gets back, in the package written, the input's drawing part and every part
 * it leads to (charts, their styles and colours, images, embedded objects), byte for byte, with their content
 * types; the drawing ExcelJS wrote for that sheet is removed. A part whose path ExcelJS used for something
 * else is copied under a fresh name, and the relationships that lead to it say so.
 */

import { orderWorksheet } from "./package-fix";
import { relationships, relsPathOf, resolve, sheetParts } from "./package-xml";
import { type Parts, partText, setPartText } from "./zip-parts";

const DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const TYPES = "[Content_Types].xml";

/** One sheet's drawing in the input: its part, and the parts it leads to (itself and their rels included). */
export interface InputDrawing {
  drawing: string;
  parts: Parts;
  /** Content type per copied part (from the input's Overrides, else its Default for the extension). */
  types: Map<string, string>;
}

function contentTypes(types: string): {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
} {
  const attr = (el: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(el)?.[1];
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const m of types.matchAll(/<(Default|Override)\b[^>]*>/g)) {
    const type = attr(m[0], "ContentType") ?? "";
    if (m[1] === "Default") defaults.set((attr(m[0], "Extension") ?? "").toLowerCase(), type);
    else overrides.set((attr(m[0], "PartName") ?? "").replace(/^\//, ""), type);
  }
  return { defaults, overrides };
}

const extension = (p: string) => p.replace(/^.*\./, "").toLowerCase();

/** Every part reachable from `start` through relationships (internal targets only), with their rels parts. */
function closure(input: Parts, start: string): string[] {
  const seen = new Set<string>();
  const walk = (part: string) => {
    if (seen.has(part) || !input.has(part)) return;
    seen.add(part);
    const relsPath = relsPathOf(part);
    const rels = partText(input, relsPath);
    if (rels === null) return;
    seen.add(relsPath);
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/\bTargetMode="External"/.test(m[0])) continue;
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (target) walk(resolve(part, target));
    }
  };
  walk(start);
  return [...seen];
}

/** The drawing of each sheet of the input that has one: sheet name → what to put back. */
export function inputDrawings(input: Parts): Map<string, InputDrawing> {
  const out = new Map<string, InputDrawing>();
  const ct = contentTypes(partText(input, TYPES) ?? "");
  for (const [sheet, part] of sheetParts(input)) {
    const rels = partText(input, relsPathOf(part));
    const xml = partText(input, part);
    const id = xml && /<(?:\w+:)?drawing\b[^>]*\br:id="([^"]*)"/.exec(xml)?.[1];
    const rel =
      rels && id ? relationships(rels).find((r) => r.id === id && r.type === DRAWING) : undefined;
    if (!rel) continue;
    const drawing = resolve(part, rel.target);
    if (!input.has(drawing)) continue;
    const parts: Parts = new Map();
    const types = new Map<string, string>();
    for (const p of closure(input, drawing)) {
      parts.set(p, input.get(p) as Uint8Array);
      const type = ct.overrides.get(p) ?? ct.defaults.get(extension(p));
      if (type) types.set(p, type);
    }
    out.set(sheet, { drawing, parts, types });
  }
  return out;
}

/** A path relative to the folder of `from`, as relationships write their targets. */
function relative(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
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

/** Remove the drawing ExcelJS wrote for a sheet: its relationship, part and rels (its media stay if shared). */
function dropWritten(out: Parts, sheetRels: string, rels: string): string {
  return rels.replace(/<Relationship\b[^>]*\/>/g, (el) => {
    if (!el.includes(`Type="${DRAWING}"`)) return el;
    const target = /\bTarget="([^"]*)"/.exec(el)?.[1];
    if (target) {
      const sheet = sheetRels.replace(/_rels\/([^/]+)\.rels$/, "$1");
      const drawing = resolve(sheet, target);
      out.delete(drawing);
      out.delete(relsPathOf(drawing));
    }
    return "";
  });
}

/** Put the input's drawings back into the parts written, for the sheets `kept` accepts; true if any. */
export function keepDrawings(
  out: Parts,
  drawings: Map<string, InputDrawing>,
  kept: (sheet: string) => boolean
): boolean {
  let changed = false;
  let types = partText(out, TYPES) ?? "";
  const written = sheetParts(out);
  for (const [sheet, input] of drawings) {
    const part = written.get(sheet);
    const xml = part ? partText(out, part) : null;
    if (!part || xml === null || !kept(sheet)) continue;
    const relsPath = relsPathOf(part);
    let rels =
      partText(out, relsPath) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    rels = dropWritten(out, relsPath, rels);
    // Where each input part goes: its own path, unless ExcelJS wrote something else there.
    const moved = new Map<string, string>();
    for (const [p, bytes] of input.parts) {
      const there = out.get(p);
      const clash = there !== undefined && !sameBytes(there, bytes) && !p.includes("/_rels/");
      moved.set(p, clash ? freshPath(out, p) : p);
    }
    for (const [p, bytes] of input.parts) {
      if (p.includes("/_rels/")) continue;
      const to = moved.get(p) as string;
      out.set(to, bytes);
      const rels = partText(input.parts, relsPathOf(p));
      if (rels === null) continue;
      const retargeted = rels.replace(
        /(<Relationship\b[^>]*\bTarget=")([^"]*)("[^>]*>)/g,
        (el, a, target: string, b) => {
          if (/\bTargetMode="External"/.test(el)) return el;
          const from = resolve(p, target);
          const now = moved.get(from);
          return now && now !== from ? `${a}${relative(to, now)}${b}` : el;
        }
      );
      if (retargeted === rels && to === p)
        out.set(relsPathOf(to), input.parts.get(relsPathOf(p)) as Uint8Array);
      else setPartText(out, relsPathOf(to), retargeted);
    }
    for (const [p, type] of input.types) {
      const to = moved.get(p) as string;
      if (p.includes("/_rels/")) continue;
      if (types.includes(`PartName="/${to}"`)) continue;
      types = types.replace(
        "</Types>",
        `<Override PartName="/${to}" ContentType="${type}"/></Types>`
      );
    }
    const ids = new Set(relationships(rels).map((r) => r.id));
    let id = "rIdDrawing";
    for (let n = 2; ids.has(id); n++) id = `rIdDrawing${n}`;
    const target = relative(part, moved.get(input.drawing) as string);
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${DRAWING}" Target="${target}"/></Relationships>`
    );
    setPartText(out, relsPath, rels);
    const element = `<drawing r:id="${id}"/>`;
    const sheetXml = /<drawing\b[^>]*\/>/.test(xml)
      ? xml.replace(/<drawing\b[^>]*\/>/, element)
      : orderWorksheet(xml.replace(/<\/worksheet>\s*$/, `${element}</worksheet>`));
    setPartText(out, part, sheetXml);
    changed = true;
  }
  if (changed) {
    dropOrphanMedia(out);
    setPartText(out, TYPES, dropMissing(out, types));
  }
  return changed;
}

/** Overrides of parts no longer in the package (the drawings ExcelJS wrote and that were replaced). */
function dropMissing(out: Parts, types: string): string {
  return types.replace(/<Override\b[^>]*\bPartName="\/([^"]*)"[^>]*\/>/g, (el, p: string) =>
    out.has(p) ? el : ""
  );
}
